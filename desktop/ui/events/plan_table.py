"""Tables over the lists of an event plan (its sessions, bridge points, materials…).

:class:`PlanListModel` does not copy its rows: it shows the plan's own list, so a form
that edits the selected part only has to tell the model which row to repaint. Rows the
last save attempt complained about are tinted red with the message as tooltip.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from desktop.ui.table_models import AnyIndex, Column, ListTableModel, apply_column_widths, use_one_line_rows

PROBLEM_BACKGROUND = QColor("#fde7e5")


class PlanListModel(ListTableModel):
    """Read-only table over a list that belongs to the plan (see the module docstring)."""

    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(columns, (), parent=parent)
        self._problems: dict[int, str] = {}

    def set_list(self, rows: list) -> None:
        """Show ``rows`` itself (not a copy)."""
        self.beginResetModel()
        self._rows = rows
        self._problems = {}
        self.endResetModel()

    def insert(self, position: int, row) -> None:
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, row)
        self.endInsertRows()

    def remove(self, position: int):
        self.beginRemoveRows(QModelIndex(), position, position)
        row = self._rows.pop(position)
        self.endRemoveRows()
        return row

    def row_changed(self, position: int) -> None:
        if 0 <= position < len(self._rows):
            self.dataChanged.emit(self.index(position, 0), self.index(position, self.columnCount() - 1))

    def all_changed(self) -> None:
        """Repaint every row (the plan changed in a way that touches them all)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def position_of(self, row) -> int:
        return next((i for i, r in enumerate(self._rows) if r is row), -1)

    def set_problems(self, problems: dict[int, str]) -> None:
        self._problems = dict(problems)
        self.all_changed()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole) and index.isValid():
            problem = self._problems.get(index.row())
            if problem is not None:
                return PROBLEM_BACKGROUND if role == Qt.ItemDataRole.BackgroundRole else problem
            if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cell too narrow for it
                return super().data(index, Qt.ItemDataRole.DisplayRole) or None
        return super().data(index, role)


def plan_table(model, columns: Sequence[Column], *, name: str, multi: bool = False,
               stretch: str | None = None) -> QTableView:
    """A keyboard-friendly read-only table: whole rows selected, one line each. The
    column keyed ``stretch`` (else the last) takes the width the others leave."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)  # Tab leaves the table for the form, as in any dialog
    view.verticalHeader().hide()
    use_one_line_rows(view)
    apply_column_widths(view, columns)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    keys = [column.key for column in columns]
    if stretch in keys:
        header.setSectionResizeMode(keys.index(stretch), QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return view


def row_shortcuts(view: QTableView, *, insert: Callable[[], None] | None = None,
                  delete: Callable[[], None] | None = None, activate: Callable[[], None] | None = None) -> None:
    """Insert adds a row, Delete removes the selected one, Enter opens it: only while
    ``view`` has the focus, so the same keys keep their meaning in text fields."""
    bindings = []
    if insert is not None:
        bindings.append((Qt.Key.Key_Insert, insert))
    if delete is not None:
        bindings.append((Qt.Key.Key_Delete, delete))
    if activate is not None:
        bindings += [(Qt.Key.Key_Return, activate), (Qt.Key.Key_Enter, activate)]
    for key, action in bindings:
        QShortcut(QKeySequence(key), view, activated=action, context=Qt.ShortcutContext.WidgetShortcut)


def current_row(view: QTableView) -> int:
    """The selected row, or -1."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].row() if rows else -1


def select_row(view: QTableView, row: int) -> None:
    if 0 <= row < view.model().rowCount():
        view.selectRow(row)
        view.scrollTo(view.model().index(row, 0))
    else:
        view.clearSelection()


def selected_rows(view: QTableView) -> list[int]:
    return sorted({index.row() for index in view.selectionModel().selectedRows()})


def section_title(text: str) -> QLabel:
    """The bold heading over a table or a form."""
    label = QLabel(text)
    label.setStyleSheet("font-weight: bold; font-size: 11pt;")
    return label


def split_vertically(owner: QWidget, upper: QWidget, lower: QWidget, sizes: tuple[int, int]) -> QSplitter:
    """Fill ``owner`` with ``upper`` over ``lower``; the officer can move the line between
    them but not hide either one."""
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(upper)
    splitter.addWidget(lower)
    splitter.setSizes(list(sizes))
    QVBoxLayout(owner).addWidget(splitter)
    return splitter
