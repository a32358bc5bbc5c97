"""The "Đoàn viên" screen: unit tree on the left, the searchable member table on the right.

Selecting a unit scopes the list to that unit and everything under it; the search box
filters as the officer types (tones and case ignored by the core). The list itself is a
list of handles the worker fetches; the table model reads rows page by page.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import members, units
from desktop.core.errors import NotFoundError
from desktop.core.members import MemberQuery, MemberRecord
from desktop.core.units import UnitTree
from desktop.db.engine import Database
from desktop.i18n import counted, tr, trn
from desktop.ui import dialogs
from desktop.ui.roster.export_dialog import ExportDialog
from desktop.ui.roster.import_wizard import RosterImportWizard
from desktop.ui.roster.member_dialog import MEMBER_UNIT_LEVELS, MemberDialog
from desktop.ui.roster.member_model import MEMBER_COLUMNS, MemberTableModel
from desktop.ui.table_models import apply_column_widths, use_one_line_rows
from desktop.ui.units.tree_model import build_unit_model, find_unit, reveal, unit_id_at
from desktop.ui.worker import DatabaseWorker

SEARCH_DELAY_MS = 150


def count_text(count: int) -> str:
    """``1234`` → ``"1.234 đoàn viên"`` (Vietnamese groups thousands with a dot)."""
    return counted(trn("%n đoàn viên", count), count)


class RosterPage(QWidget):
    members_changed = Signal()  # after an add, edit, delete or import: the window updates its count

    def __init__(self, db: Database, worker: DatabaseWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self.tree: UnitTree = units.load_tree(db)
        self.query = MemberQuery(unit_id=self.tree.home_id)
        self._query_generation = 0
        self._select_after_refresh: str | None = None  # member id to select once the list is back

        self.model = MemberTableModel(lambda handles: members.fetch_members(db, handles), self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_unit_tree())
        splitter.addWidget(self._build_list_side())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_member)
        # Only while the table has focus: Delete and Enter in the search box keep their usual meaning.
        for key, action in ((Qt.Key.Key_Delete, self.delete_selected), (Qt.Key.Key_Return, self.edit_selected),
                            (Qt.Key.Key_Enter, self.edit_selected)):
            QShortcut(QKeySequence(key), self.table, activated=action, context=Qt.ShortcutContext.WidgetShortcut)

        self._show_unit_tree(select_id=self.tree.home_id)
        self.refresh()

    # ------------------------------------------------------------------ building

    def _build_unit_tree(self) -> QWidget:
        self.unit_view = QTreeView()
        self.unit_view.setHeaderHidden(True)
        self.unit_view.setUniformRowHeights(True)
        self.unit_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unit_view.setMinimumWidth(200)
        return self.unit_view

    def _build_list_side(self) -> QWidget:
        self.scope_label = QLabel()
        self.scope_label.setObjectName("scope_label")
        self.scope_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search")
        self.search_edit.setPlaceholderText(tr("Tìm theo họ tên, số thẻ hoặc số điện thoại (gõ không dấu cũng được)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.refresh)
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addSpacing(12)
        top.addWidget(self.count_label)

        self.add_button = QPushButton(tr("Thêm…"))
        self.edit_button = QPushButton(tr("Sửa…"))
        self.delete_button = QPushButton(tr("Xóa"))
        self.import_button = QPushButton(tr("Nhập từ Excel…"))
        self.export_button = QPushButton(tr("Xuất Excel…"))
        self.add_button.setToolTip(tr("Thêm đoàn viên (Ctrl+N)"))
        self.delete_button.setToolTip(tr("Xóa các đoàn viên đang chọn (phím Delete)"))
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.import_roster)
        self.export_button.clicked.connect(self.export_roster)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)

        self.table = QTableView()
        self.table.setObjectName("member_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # A fixed row height also spares the view measuring 100,000 rows.
        use_one_line_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.sectionClicked.connect(self._sort_by_column)
        apply_column_widths(self.table, MEMBER_COLUMNS)
        self._show_sort_indicator()
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)

        self.empty_state = self._build_empty_state()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_state)

        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.scope_label)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)
        return side

    def _build_empty_state(self) -> QWidget:
        widget = QWidget()
        widget.setObjectName("empty_state")
        self.empty_title = QLabel()
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_title.setWordWrap(True)
        self.empty_title.setStyleSheet("font-size: 14pt;")
        hint = QLabel(tr("Thêm từng đoàn viên, hoặc nhập cả danh sách từ tệp Excel (.xlsx, .xls, .ods)."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        add = QPushButton(tr("Thêm đoàn viên…"))
        add.clicked.connect(self.add_member)
        import_button = QPushButton(tr("Nhập từ Excel…"))
        import_button.clicked.connect(self.import_roster)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(add)
        buttons.addWidget(import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(widget)
        layout.addStretch(1)
        layout.addWidget(self.empty_title)
        layout.addWidget(hint)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return widget

    # ------------------------------------------------------------------ unit tree

    def _show_unit_tree(self, select_id: str | None) -> None:
        model = build_unit_model(self.tree, detailed=False, parent=self.unit_view)
        old_model = self.unit_view.model()
        self.unit_view.setModel(model)
        if old_model is not None:
            old_model.deleteLater()
        index = find_unit(model, select_id) if select_id else find_unit(model, self.tree.home_id)
        if not index.isValid() and model.rowCount():
            index = model.index(0, 0)
        if index.isValid():
            reveal(self.unit_view, index)
            self.unit_view.expand(index)
            self.unit_view.setCurrentIndex(index)
            self.unit_view.scrollTo(index)
        self.query.unit_id = unit_id_at(index)
        self.unit_view.selectionModel().currentChanged.connect(self._unit_selected)
        self._update_scope_label()

    def reload_units(self) -> None:
        """The tree changed on the units screen: rebuild it, keeping the selected unit if it still exists."""
        self.tree = units.load_tree(self._db)
        keep = self.query.unit_id if self.query.unit_id in self.tree.by_id else self.tree.home_id
        self._show_unit_tree(select_id=keep)
        self.refresh()

    def _unit_selected(self, current, _previous) -> None:
        self.query.unit_id = unit_id_at(current)
        self._update_scope_label()
        self.refresh()

    def selected_unit_name(self) -> str:
        unit = self.tree.by_id.get(self.query.unit_id) if self.query.unit_id else None
        return unit.name if unit else tr("toàn bộ danh sách")

    def _update_scope_label(self) -> None:
        self.scope_label.setText(self.selected_unit_name())

    # ------------------------------------------------------------------ the list

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def refresh(self) -> None:
        """Ask the worker for the handles of the current query; stale answers are dropped."""
        self._search_timer.stop()
        self.query.search = self.search_edit.text()
        self._query_generation += 1
        generation = self._query_generation
        query = MemberQuery(unit_id=self.query.unit_id, search=self.query.search, sort=self.query.sort,
                            descending=self.query.descending, statuses=self.query.statuses)
        db, tree = self._db, self.tree
        self._worker.run(lambda _state: members.query_member_handles(db, query, tree),
                         on_success=lambda handles: self._show_handles(generation, handles), parent=self,
                         label=tr("Đang tìm…"), show_progress=False)

    def _show_handles(self, generation: int, handles: list[int]) -> None:
        if generation != self._query_generation:
            return  # the officer typed more meanwhile
        self.model.set_handles(handles)
        self.count_label.setText(count_text(len(handles)))
        searching = bool(self.query.search.strip())
        if not handles and not searching:
            self.empty_title.setText(
                tr("Chưa có đoàn viên nào trong «{scope}».").format(scope=self.selected_unit_name()))
            self.stack.setCurrentWidget(self.empty_state)
        else:
            self.stack.setCurrentWidget(self.table)
        if not handles and searching:
            self.count_label.setText(tr("Không tìm thấy «{search}»").format(search=self.query.search.strip()))
        if self._select_after_refresh:
            self._select_member(self._select_after_refresh)
            self._select_after_refresh = None
        self._update_buttons()

    def _select_member(self, member_id: str) -> None:
        try:
            handle = members.get_member(self._db, member_id).handle
        except NotFoundError:  # deleted meanwhile: nothing to select
            return
        row = self.model.row_of_handle(handle)
        if row < 0:
            return
        index = self.model.index(row, 1)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _sort_by_column(self, section: int) -> None:
        column = MEMBER_COLUMNS[section]
        if column.sort_key is None:
            self._show_sort_indicator()  # STT and CCCD do not sort: keep showing the real order
            return
        if column.sort_key == self.query.sort:
            self.query.descending = not self.query.descending
        else:
            self.query.sort, self.query.descending = column.sort_key, False
        self._show_sort_indicator()
        self.refresh()

    def _show_sort_indicator(self) -> None:
        section = next(i for i, c in enumerate(MEMBER_COLUMNS) if c.sort_key == self.query.sort)
        order = Qt.SortOrder.DescendingOrder if self.query.descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(section, order)

    def selected_records(self) -> list[MemberRecord]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        records = [self.model.record_at(row) for row in rows]
        return [record for record in records if record is not None]

    def _update_buttons(self) -> None:
        selected = len(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(selected == 1)
        self.delete_button.setEnabled(selected > 0)
        self.export_button.setEnabled(self.model.rowCount() > 0)

    # ------------------------------------------------------------------ actions

    def _default_branch_id(self) -> str | None:
        unit = self.tree.by_id.get(self.query.unit_id) if self.query.unit_id else None
        return unit.id if unit is not None and unit.level in MEMBER_UNIT_LEVELS else None

    def add_member(self) -> None:
        dialog = MemberDialog(self._db, self._worker, self.tree, default_branch_id=self._default_branch_id(),
                              parent=self)
        if dialog.exec() and dialog.saved_member_id:
            self._changed(select=dialog.saved_member_id)

    def edit_selected(self) -> None:
        records = self.selected_records()
        if len(records) != 1:
            return
        # Read it again: the cached row may be older than what the worker last wrote.
        record = members.get_member(self._db, records[0].id)
        dialog = MemberDialog(self._db, self._worker, self.tree, record=record, parent=self)
        if dialog.exec():
            self._changed(select=record.id)

    def delete_selected(self) -> None:
        records = self.selected_records()
        if not records:
            return
        if len(records) == 1:
            question = tr("Xóa đoàn viên «{name}» ({branch})?").format(name=records[0].full_name,
                                                                     branch=records[0].branch_name)
        else:
            question = trn("Xóa %n đoàn viên đã chọn?", len(records))
        if not dialogs.confirm(self, tr("Xóa đoàn viên"), question, confirm_text=tr("Xóa"),
                               cancel_text=tr("Không xóa"),
                               informative=tr("Hồ sơ sẽ không còn trong danh sách. DoanDesk vẫn ghi nhận việc xóa "
                                              "để báo cho đơn vị cấp trên khi gửi dữ liệu.")):
            return
        ids = [record.id for record in records]
        db = self._db
        self._worker.run(lambda _state: members.delete_members(db, ids), on_success=lambda _count: self._changed(),
                         parent=self, label=tr("Đang xóa…"))

    def _changed(self, select: str | None = None) -> None:
        self._select_after_refresh = select
        self.refresh()
        self.members_changed.emit()

    def import_roster(self) -> None:
        wizard = RosterImportWizard(self._db, self._worker, self.tree, default_unit_id=self._default_branch_id(),
                                    parent=self)
        if wizard.exec():
            self._changed()

    def export_roster(self) -> None:
        query = MemberQuery(unit_id=self.query.unit_id, search=self.query.search, sort=self.query.sort,
                            descending=self.query.descending, statuses=self.query.statuses)
        dialog = ExportDialog(self._db, self._worker, query, count=self.model.rowCount(),
                              scope_name=self.selected_unit_name(), parent=self)
        dialog.exec()
