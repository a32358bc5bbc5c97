"""The "Đơn vị" screen: the unit tree with add, edit, delete and import.

The home unit (this computer's office) is shown in bold and noted in the last column.
Every change goes through :mod:`desktop.core.units`; the screen then reloads the tree
and tells the rest of the window through :attr:`UnitsPage.units_changed`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import units
from desktop.core.units import UnitInfo, UnitTree
from desktop.db.engine import Database
from desktop.i18n import tr
from desktop.ui import dialogs
from desktop.ui.units.import_dialog import UnitImportDialog
from desktop.ui.units.tree_model import build_unit_model, find_unit, reveal, unit_id_at
from desktop.ui.units.unit_dialog import UnitDialog
from desktop.ui.worker import DatabaseWorker

_COLUMN_WIDTHS = (380, 130, 130)


class UnitsPage(QWidget):
    units_changed = Signal()

    def __init__(self, db: Database, worker: DatabaseWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self.tree: UnitTree = units.load_tree(db)

        title = QLabel("<h2>{title}</h2>".format(title=tr("Đơn vị", "screen")))
        hint = QLabel(tr("Cây đơn vị từ Tỉnh đoàn đến chi đoàn. Đơn vị của máy này được in đậm."))
        hint.setWordWrap(True)

        self.add_button = QPushButton(tr("Thêm đơn vị trực thuộc…"))
        self.edit_button = QPushButton(tr("Sửa…"))
        self.delete_button = QPushButton(tr("Xóa"))
        self.import_button = QPushButton(tr("Nhập danh sách đơn vị…"))
        self.add_button.clicked.connect(self.add_child)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.import_units)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)

        self.view = QTreeView()
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self._show_tree(select_id=self.tree.home_id)

    # ------------------------------------------------------------------ tree

    def reload(self, select_id: str | None = None) -> None:
        """Read the tree again, keeping (or moving) the selection."""
        keep = select_id or self.selected_unit_id()
        self.tree = units.load_tree(self._db)
        self._show_tree(select_id=keep or self.tree.home_id)

    def _show_tree(self, select_id: str | None) -> None:
        model = build_unit_model(self.tree, detailed=True, parent=self.view)
        old_model = self.view.model()
        self.view.setModel(model)
        if old_model is not None:
            old_model.deleteLater()
        for column, width in enumerate(_COLUMN_WIDTHS):
            self.view.setColumnWidth(column, width)
        self.view.expandToDepth(1)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        index = find_unit(model, select_id)
        if index.isValid():
            reveal(self.view, index)
            self.view.expand(index)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        self._update_buttons()

    def selected_unit_id(self) -> str | None:
        if self.view.selectionModel() is None:
            return None
        return unit_id_at(self.view.currentIndex())

    def selected_unit(self) -> UnitInfo | None:
        unit_id = self.selected_unit_id()
        return self.tree.by_id.get(unit_id) if unit_id else None

    def _update_buttons(self) -> None:
        unit = self.selected_unit()
        self.add_button.setEnabled(unit is not None and unit.level != units.UnitLevel.BRANCH)
        self.edit_button.setEnabled(unit is not None)
        self.delete_button.setEnabled(unit is not None and unit.id != self.tree.home_id)

    # ------------------------------------------------------------------ actions

    def add_child(self) -> None:
        parent_unit = self.selected_unit()
        if parent_unit is None:
            return
        dialog = UnitDialog(self._db, self._worker, parent_unit=parent_unit, parent=self)
        if dialog.exec() and dialog.saved_unit is not None:
            self.reload(select_id=dialog.saved_unit.id)
            self.units_changed.emit()

    def edit_selected(self) -> None:
        unit = self.selected_unit()
        if unit is None:
            return
        parent_unit = self.tree.by_id.get(unit.parent_id) if unit.parent_id else None
        dialog = UnitDialog(self._db, self._worker, parent_unit=parent_unit, unit=unit, parent=self)
        if dialog.exec() and dialog.saved_unit is not None:
            self.reload(select_id=unit.id)
            self.units_changed.emit()

    def delete_selected(self) -> None:
        unit = self.selected_unit()
        if unit is None:
            return
        if not dialogs.confirm(self, tr("Xóa đơn vị"),
                               tr("Xóa {level} «{name}» (mã {code})?").format(
                                   level=tr(unit.level_label).lower(), name=unit.name, code=unit.code),
                               confirm_text=tr("Xóa"), cancel_text=tr("Không xóa"),
                               informative=tr("Chỉ xóa được đơn vị không còn đơn vị trực thuộc và không còn "
                                              "đoàn viên.")):
            return
        parent_id = unit.parent_id
        db = self._db
        self._worker.run(lambda _state: units.delete_unit(db, unit.id),
                         on_success=lambda _result: self._deleted(parent_id), parent=self,
                         label=tr("Đang xóa đơn vị…"))

    def _deleted(self, parent_id: str | None) -> None:
        self.reload(select_id=parent_id)
        self.units_changed.emit()

    def import_units(self) -> None:
        dialog = UnitImportDialog(self._db, self._worker, parent=self)
        if dialog.exec():
            self.reload()
            self.units_changed.emit()
