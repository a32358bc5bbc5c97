"""Columns declared once, and a read-only table model over a list of plain rows.

A :class:`Column` keeps together what a table column needs: its key, header (the
Vietnamese text marked with ``N_``, shown through ``tr``),
how to get the text from a row, how to sort it (a key of
``desktop.core.members.SORT_EXPRESSIONS`` for roster columns), its alignment and a
starting width. :class:`ListTableModel` shows a short list (an import preview, a list
of problems) with such columns; the roster has its own lazily fetching model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Generic, Sequence, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView

from desktop.i18n import tr

Row = TypeVar("Row")

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One table column.

    ``value`` is ``None`` only for the running number (STT), which the model derives
    from the row position without needing the row itself.
    """

    key: str
    header: str
    value: Callable[[Row], Any] | None
    sort_key: str | None = None
    alignment: Qt.AlignmentFlag = LEFT
    width: int = 120  # starting width in pixels at the 10 pt application font

    def text(self, row_number: int, row: Row | None) -> str:
        if self.value is None:
            return str(row_number + 1)
        if row is None:
            return ""
        value = self.value(row)
        return "" if value is None else str(value)


class ListTableModel(QAbstractTableModel, Generic[Row]):
    """Read-only model over ``rows`` (a list held in memory) with declared ``columns``."""

    def __init__(self, columns: Sequence[Column[Row]], rows: Sequence[Row] = (), *,
                 background: Callable[[Row], QColor | None] | None = None,
                 tooltip: Callable[[Row], str] | None = None, parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Row] = list(rows)
        self._background = background
        self._tooltip = tooltip

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row_number: int) -> Row:
        return self._rows[row_number]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self.columns[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(index.row(), row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment)
        if role == Qt.ItemDataRole.BackgroundRole and self._background is not None:
            return self._background(row)
        if role == Qt.ItemDataRole.ToolTipRole and self._tooltip is not None:
            return self._tooltip(row) or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(self.columns[section].header)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.columns[section].alignment)
        return None


HEADER_PADDING = 18  # the header's margins and room for a sort arrow


def apply_column_widths(view, columns: Sequence[Column]) -> None:
    """Give each column of ``view`` (a QTableView or QTreeView) its declared starting width,
    or the width of its header's text when that is wider: widths are chosen for the
    Vietnamese headers, and an English one ("Not handed in") can be longer."""
    header = view.horizontalHeader() if hasattr(view, "horizontalHeader") else view.header()
    metrics = header.fontMetrics()
    for number, column in enumerate(columns):
        needed = max(metrics.horizontalAdvance(line) for line in tr(column.header).split("\n")) + HEADER_PADDING
        view.setColumnWidth(number, max(column.width, needed))


def use_one_line_rows(view) -> None:
    """Rows of one text line at a fixed height: compact, and the view need not measure each row."""
    header = view.verticalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setWordWrap(False)
