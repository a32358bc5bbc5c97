"""The unit tree as a Qt item model, shared by the units screen, the roster and set-up.

A few hundred units at most, so a QStandardItemModel rebuilt from
:class:`~desktop.core.units.UnitTree` whenever the tree changes is simple and quick.
Each first-column item carries the unit id in :data:`UNIT_ID_ROLE`.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from desktop.core.units import UnitInfo, UnitTree
from desktop.i18n import N_, tr

UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
HOME_NOTE = N_("Đơn vị của máy này")


def build_unit_model(tree: UnitTree, *, detailed: bool, parent=None) -> QStandardItemModel:
    """Items for every live unit; ``detailed`` adds the Mã, Cấp and Ghi chú columns."""
    model = QStandardItemModel(parent)
    headers = [tr("Tên đơn vị"), tr("Mã"), tr("Cấp"), tr("Ghi chú")] if detailed else [tr("Đơn vị")]
    home_note = tr(HOME_NOTE)
    model.setHorizontalHeaderLabels(headers)

    def add(parent_item: QStandardItem, unit: UnitInfo) -> None:
        is_home = unit.id == tree.home_id
        name_item = QStandardItem(unit.name)
        name_item.setData(unit.id, UNIT_ID_ROLE)
        tooltip = tr("{level} – mã {code}").format(level=tr(unit.level_label), code=unit.code)
        name_item.setToolTip(f"{tooltip}\n{home_note}" if is_home else tooltip)
        row = [name_item]
        if detailed:
            row += [QStandardItem(unit.code), QStandardItem(tr(unit.level_label)),
                    QStandardItem(home_note if is_home else "")]
        for item in row:
            item.setEditable(False)
            if is_home:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
        parent_item.appendRow(row)
        for child in tree.children.get(unit.id, []):
            add(name_item, child)

    for root in tree.roots():
        add(model.invisibleRootItem(), root)
    return model


def find_unit(model: QStandardItemModel, unit_id: str | None) -> QModelIndex:
    """The first-column index of ``unit_id``, or an invalid index."""
    if not unit_id:
        return QModelIndex()
    matches = model.match(model.index(0, 0), UNIT_ID_ROLE, unit_id, 1,
                          Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    return matches[0] if matches else QModelIndex()


def unit_id_at(index: QModelIndex) -> str | None:
    if not index.isValid():
        return None
    return index.siblingAtColumn(0).data(UNIT_ID_ROLE)


def reveal(view, index: QModelIndex) -> None:
    """Expand the ancestors of ``index`` in ``view`` so it can be seen."""
    parent = index.parent()
    while parent.isValid():
        view.expand(parent)
        parent = parent.parent()
