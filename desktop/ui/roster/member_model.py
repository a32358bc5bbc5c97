"""The roster table: columns declared once, rows fetched lazily by page.

The model holds only the list of *handles* (SQLite rowids, in display order) that
:func:`desktop.core.members.query_member_handles` returned. Records are fetched when a
row is first painted, a page of :data:`PAGE_SIZE` at a time, and kept in a small LRU
cache of pages, so a roster of 100,000 members opens and scrolls without reading it
all (the approach of Anki's ``browser/table/model.py``).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop.core.members import SORT_EXPRESSIONS, MemberRecord
from desktop.i18n import N_, tr
from desktop.ui.table_models import CENTER, RIGHT, AnyIndex, Column

PAGE_SIZE = 200
CACHED_PAGES = 12

# Headers are marked with N_ and shown through tr() (see MemberTableModel.headerData).
MEMBER_COLUMNS: list[Column[MemberRecord]] = [
    Column("seq", N_("STT"), None, alignment=RIGHT, width=48),
    Column("name", N_("Họ và tên"), lambda m: m.full_name, sort_key="name", width=190),
    Column("date_of_birth", N_("Ngày sinh"), lambda m: m.date_of_birth_text, sort_key="date_of_birth",
           alignment=CENTER, width=88),
    Column("gender", N_("Giới tính"), lambda m: tr(m.gender_label), sort_key="gender", alignment=CENTER, width=66),
    Column("card_number", N_("Số thẻ ĐV"), lambda m: m.card_number or "", sort_key="card_number", width=104),
    Column("position", N_("Chức vụ"), lambda m: tr(m.position_label), sort_key="position", width=100),
    Column("branch", N_("Chi đoàn"), lambda m: m.branch_name, sort_key="branch", width=190),
    Column("phone", N_("SĐT"), lambda m: m.phone, sort_key="phone", width=100),
    # Shown masked: the full number is personal data under the 2025 data protection law.
    Column("citizen_id", N_("CCCD"), lambda m: m.masked_citizen_id, width=112),
    Column("status", N_("Tình trạng"), lambda m: tr(m.status_label), sort_key="status", width=130),
]

# A column that says it sorts must sort by something the core knows.
assert all(c.sort_key is None or c.sort_key in SORT_EXPRESSIONS for c in MEMBER_COLUMNS)

Fetch = Callable[[list[int]], dict[int, MemberRecord]]


class MemberTableModel(QAbstractTableModel):
    """Read-only table over member handles; see the module docstring."""

    def __init__(self, fetch: Fetch, parent=None):
        super().__init__(parent)
        self.columns = MEMBER_COLUMNS
        self._alignments = [int(column.alignment) for column in self.columns]
        self._fetch = fetch
        self._handles: list[int] = []
        self._pages: OrderedDict[int, dict[int, MemberRecord]] = OrderedDict()
        self.pages_fetched = 0  # how many pages were read from the database (tests assert on it)

    # ------------------------------------------------------------------ content

    def set_handles(self, handles: list[int]) -> None:
        """Show a new list (after a search, a sort or a change); the cache starts empty."""
        self.beginResetModel()
        self._handles = list(handles)
        self._pages.clear()
        self.endResetModel()

    def row_of_handle(self, handle: int) -> int:
        """The row showing ``handle``, or -1."""
        try:
            return self._handles.index(handle)
        except ValueError:
            return -1

    def record_at(self, row: int) -> MemberRecord | None:
        """The record on ``row``, reading its page if it is not cached (None if it vanished)."""
        if not 0 <= row < len(self._handles):
            return None
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            page = self._load_page(page_number)
        else:
            self._pages.move_to_end(page_number)
        return page.get(self._handles[row])

    def _load_page(self, page_number: int) -> dict[int, MemberRecord]:
        start = page_number * PAGE_SIZE
        page = self._fetch(self._handles[start:start + PAGE_SIZE])
        self.pages_fetched += 1
        self._pages[page_number] = page
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._handles)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell on each repaint: the roles this
        # model answers are tested first, and everything else returns at once.
        if role == Qt.ItemDataRole.DisplayRole:
            row = index.row()
            if not index.isValid() or not 0 <= row < len(self._handles):
                return None
            column = self.columns[index.column()]
            if column.value is None:  # STT needs no database read
                return column.text(row, None)
            return column.text(row, self.record_at(row))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignments[index.column()] if index.isValid() else None
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and self.columns[index.column()].key == "name":
            record = self.record_at(index.row())
            if record is not None and record.notes:
                return record.notes
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(column.header)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment)
        if role == Qt.ItemDataRole.ToolTipRole and column.sort_key:
            return tr("Bấm để sắp xếp theo cột «{column}»").format(column=tr(column.header))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
