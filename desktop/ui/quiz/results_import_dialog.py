"""Test results from a file (the national app's export, another office's list, paper
results typed into a sheet): preview, settle who is who, then record.

The preview (:func:`desktop.core.quiz_results_import.preview_results_file`) writes
nothing. Rows matched by phone, card number or name with birth date are counted; a
row whose name is only *close* to a member's is offered as a suggestion the officer
ticks "Xác nhận" to accept (never applied on its own); a row that matches nobody can be
linked by hand with "Chọn đoàn viên…" (a roster search, tones and case ignored). The
file's problems are listed with their row and column. "Ghi kết quả" records the
matched, confirmed and linked attempts in one transaction
(:func:`~desktop.core.quiz_results_import.apply_results`); attempts recorded by an
earlier import of the same file are recognised and not added again.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import members, vntext
from desktop.core.members import MemberQuery, MemberRecord
from desktop.core.quiz_results_import import ResultRow, ResultsPreview, Suggestion, apply_results, preview_results_file
from desktop.db.engine import Database
from desktop.i18n import N_, tr, trn
from desktop.ui import dialogs, errors
from desktop.ui.events.plan_table import plan_table
from desktop.ui.forms import ERROR_COLOUR, WARNING_COLOUR, chosen_path_row
from desktop.ui.problems import problems_view
from desktop.ui.roster.member_model import MemberTableModel
from desktop.ui.roster.roster_page import SEARCH_DELAY_MS, count_text
from desktop.ui.table_models import (
    CENTER,
    RIGHT,
    AnyIndex,
    Column,
    ListTableModel,
    apply_column_widths,
    use_one_line_rows,
)
from desktop.ui.worker import DatabaseWorker

CONFIRMED = QColor("#e3f4e6")
LINKED = QColor("#e2eefb")


def score_text(row: ResultRow) -> str:
    return f"{row.correct}/{row.total}"


def _when(row: ResultRow) -> str:
    return vntext.format_date(row.submitted_at.date()) if row.submitted_at else ""


@dataclass(frozen=True)
class Link:
    """The member an unmatched row was linked to by hand."""

    member_id: str
    full_name: str
    unit_name: str

    @property
    def text(self) -> str:
        return f"{self.full_name} – {self.unit_name}"


MATCHED_COLUMNS: list[Column[tuple[ResultRow, str, str]]] = [
    Column("row", N_("Dòng"), lambda m: m[0].row, alignment=RIGHT, width=52),
    Column("name", N_("Họ và tên trong tệp"), lambda m: m[0].name, width=210),
    Column("how", N_("Khớp theo"), lambda m: m[2], width=150),
    Column("attempt", N_("Lần thi"), lambda m: m[0].attempt_no or "", alignment=RIGHT, width=60),
    Column("score", N_("Điểm"), lambda m: score_text(m[0]), alignment=CENTER, width=70),
    Column("percent", N_("Tỉ lệ đúng"), lambda m: f"{m[0].percent:g}%".replace(".", ","), alignment=RIGHT, width=80),
    Column("when", N_("Ngày thi"), lambda m: _when(m[0]), alignment=CENTER, width=90),
]

SUGGESTION_COLUMNS: list[Column[tuple[ResultRow, Suggestion]]] = [
    Column("confirm", N_("Xác nhận"), lambda _s: "", alignment=CENTER, width=76),
    Column("row", N_("Dòng"), lambda s: s[0].row, alignment=RIGHT, width=52),
    Column("file_name", N_("Họ và tên trong tệp"), lambda s: s[0].name, width=190),
    Column("member", N_("Đoàn viên gợi ý"), lambda s: s[1].full_name, width=190),
    Column("birth", N_("Ngày sinh"), lambda s: vntext.format_date(s[1].date_of_birth), alignment=CENTER, width=86),
    Column("unit", N_("Đơn vị"), lambda s: s[1].unit_name, width=200),
    Column("similarity", N_("Độ khớp"), lambda s: f"{round(s[1].similarity * 100)}%", alignment=RIGHT, width=66),
    Column("score", N_("Điểm"), lambda s: score_text(s[0]), alignment=CENTER, width=70),
]


class ConfirmModel(ListTableModel):
    """The suggestions, with a tick box in the "Xác nhận" column (unticked at first)."""

    toggled = Signal()

    def __init__(self, columns, parent=None):
        super().__init__(columns, background=None, parent=parent)
        self._ticked: set[int] = set()
        self._check_column = next(i for i, c in enumerate(columns) if c.key == "confirm")

    def set_rows(self, rows) -> None:
        self._ticked = set()
        super().set_rows(rows)

    def ticked_rows(self) -> list[int]:
        return sorted(self._ticked)

    def set_ticked(self, position: int, ticked: bool) -> None:
        (self._ticked.add if ticked else self._ticked.discard)(position)
        self.dataChanged.emit(self.index(position, 0), self.index(position, self.columnCount() - 1))
        self.toggled.emit()

    def set_all(self, ticked: bool) -> None:
        self._ticked = set(range(self.rowCount())) if ticked else set()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.toggled.emit()

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.isValid() and index.column() == self._check_column:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self._check_column:
            return Qt.CheckState.Checked if index.row() in self._ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and index.row() in self._ticked:
            return CONFIRMED
        if role == Qt.ItemDataRole.ToolTipRole:
            return super().data(index, Qt.ItemDataRole.DisplayRole) or None
        return super().data(index, role)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != self._check_column:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        self.set_ticked(index.row(), checked)
        return True


class MemberSearchDialog(QDialog):
    """Find the member an unmatched row belongs to (name, card or phone; tones optional)."""

    HIDDEN_COLUMNS = ("gender", "card_number", "position", "citizen_id")

    def __init__(self, db: Database, worker: DatabaseWorker, *, row: ResultRow, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self._generation = 0
        self.chosen: MemberRecord | None = None
        self.setWindowTitle(tr("Chọn đoàn viên"))
        self.resize(860, 520)

        about = QLabel(tr("Dòng {row} của tệp: <b>{name}</b>, điểm {score}. Tìm đoàn viên này trong danh sách rồi "
                          "bấm «Chọn».").format(row=row.row, name=html.escape(row.name or tr("(không có tên)")),
                                                 score=score_text(row)))
        about.setWordWrap(True)
        self.search_edit = QLineEdit(row.name)
        self.search_edit.setObjectName("member_search")
        self.search_edit.setPlaceholderText(tr("Họ tên, số thẻ hoặc số điện thoại (gõ không dấu cũng được)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.selectAll()
        self.count_label = QLabel()
        self.count_label.setMinimumWidth(self.count_label.fontMetrics().horizontalAdvance(count_text(888_888)) + 8)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())

        self.model = MemberTableModel(lambda handles: members.fetch_members(db, handles), self)
        self.table = QTableView()
        self.table.setObjectName("member_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        use_one_line_rows(self.table)
        apply_column_widths(self.table, self.model.columns)
        self.table.horizontalHeader().setStretchLastSection(True)
        for number, column in enumerate(self.model.columns):
            self.table.setColumnHidden(number, column.key in self.HIDDEN_COLUMNS)
        self.table.doubleClicked.connect(lambda _index: self._accept())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_button())

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.choose_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.choose_button.setText(tr("Chọn"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Hủy"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        search_label = QLabel(tr("&Tìm:"))
        search_label.setBuddy(self.search_edit)
        search = QHBoxLayout()
        search.addWidget(search_label)
        search.addWidget(self.search_edit, 1)
        search.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.search_edit.setFocus()
        self._update_button()
        self.refresh()

    def refresh(self) -> None:
        """Search again (in the worker); answers to an older search are dropped."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        db, query = self._db, MemberQuery(search=self.search_edit.text())
        self._worker.run(lambda _state: members.query_member_handles(db, query),
                         on_success=lambda handles: self._show(generation, handles), parent=self,
                         label=tr("Đang tìm…"), show_progress=False)

    def _show(self, generation: int, handles: list[int]) -> None:
        if generation != self._generation:
            return
        self.model.set_handles(handles)
        self.count_label.setText(count_text(len(handles)))
        if len(handles) == 1:
            self.table.selectRow(0)
        self._update_button()

    def _update_button(self) -> None:
        self.choose_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _accept(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.chosen = self.model.record_at(rows[0].row()) if rows else None
        if self.chosen is not None:
            self.accept()


class ResultsImportDialog(QDialog):
    """See the module docstring. :attr:`added` holds how many attempts were recorded."""

    def __init__(self, db: Database, worker: DatabaseWorker, event_id: str, *, path: Path | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self.event_id = event_id
        self.preview: ResultsPreview | None = None
        self.links: dict[int, Link] = {}  # unmatched row number → the member linked by hand
        self.added: int | None = None
        self.member_dialog: MemberSearchDialog | None = None
        self._row_buttons: dict[int, tuple[QPushButton, QPushButton]] = {}
        self._generation = 0
        self._applying = False
        self.setWindowTitle(tr("Nhập kết quả kiểm tra từ tệp"))
        self.resize(1080, 640)

        intro = QLabel(tr("Chọn tệp kết quả (xuất từ ứng dụng Thanh niên Việt Nam, danh sách của đơn vị khác, kết "
                          "quả thi giấy gõ lại…). Cần một dòng tiêu đề có cột <b>Họ và tên</b> (hoặc <b>Số điện "
                          "thoại</b>) và cột <b>Điểm</b> (hoặc <b>Số câu đúng</b>). DoanDesk cho xem trước, chưa ghi "
                          "gì cho đến khi bạn bấm «Ghi kết quả»."))
        intro.setWordWrap(True)
        file_row, self.path_edit, self.choose_button = chosen_path_row(
            tr("Tệp:"), tr("Chưa chọn tệp"), tr("&Chọn tệp…"), self._choose_file, "import_path")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("results_summary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)

        self.suggestion_model = ConfirmModel(SUGGESTION_COLUMNS, self)
        self.suggestion_model.toggled.connect(self._update_apply)
        self.suggestion_table = plan_table(self.suggestion_model, SUGGESTION_COLUMNS, name="suggestions",
                                           stretch="unit")
        self.confirm_all_button = QPushButton(tr("Xác nhận tất cả"))
        self.confirm_all_button.clicked.connect(lambda: self.suggestion_model.set_all(True))
        self.confirm_none_button = QPushButton(tr("Bỏ xác nhận tất cả"))
        self.confirm_none_button.clicked.connect(lambda: self.suggestion_model.set_all(False))
        suggestions = QWidget()
        suggestions_layout = QVBoxLayout(suggestions)
        hint = QLabel(tr("Tên trong tệp gần giống tên một đoàn viên (có thể gõ sai dấu, sai chữ). Đánh dấu "
                         "«Xác nhận» ở những dòng đúng người; dòng không đánh dấu sẽ không được ghi. «Độ khớp»: họ "
                         "tên giống nhau đến đâu (khi nhiều người gần giống, người cùng đơn vị, cùng ngày sinh được "
                         "gợi ý)."))
        hint.setWordWrap(True)
        suggestion_buttons = QHBoxLayout()
        suggestion_buttons.addWidget(hint, 1)
        suggestion_buttons.addWidget(self.confirm_all_button)
        suggestion_buttons.addWidget(self.confirm_none_button)
        suggestions_layout.addLayout(suggestion_buttons)
        suggestions_layout.addWidget(self.suggestion_table, 1)

        self.unmatched_columns: list[Column[ResultRow]] = [
            Column("row", tr("Dòng"), lambda r: r.row, alignment=RIGHT, width=52),
            Column("name", tr("Họ và tên trong tệp"), lambda r: r.name, width=200),
            Column("score", tr("Điểm"), score_text, alignment=CENTER, width=70),
            Column("attempt", tr("Lần thi"), lambda r: r.attempt_no or "", alignment=RIGHT, width=60),
            Column("link", tr("Đoàn viên được chọn"), self._link_text, width=300),
            Column("action", "", lambda _r: "", width=220),
        ]
        self.unmatched_model = ListTableModel(self.unmatched_columns, parent=self,
                                              background=lambda r: LINKED if r.row in self.links else None,
                                              tooltip=lambda r: self._link_text(r))
        self.unmatched_table = plan_table(self.unmatched_model, self.unmatched_columns, name="unmatched",
                                          stretch="link")
        self.unmatched_table.verticalHeader().setDefaultSectionSize(
            max(self.unmatched_table.verticalHeader().defaultSectionSize(), 30))
        unmatched = QWidget()
        unmatched_layout = QVBoxLayout(unmatched)
        unmatched_hint = QLabel(tr("Không khớp được với đoàn viên nào. Bấm «Chọn đoàn viên…» để liên kết dòng với "
                                   "đúng người; dòng không liên kết sẽ không được ghi."))
        unmatched_hint.setWordWrap(True)
        unmatched_layout.addWidget(unmatched_hint)
        unmatched_layout.addWidget(self.unmatched_table, 1)

        self.matched_model = ListTableModel(MATCHED_COLUMNS, parent=self)
        self.matched_table = plan_table(self.matched_model, MATCHED_COLUMNS, name="matched", stretch="name")
        self.problems_view = problems_view()
        self.problems_view.setObjectName("results_problems")
        self.problems_view.setColumnWidth(0, 76)
        self.problems_view.setColumnHidden(1, True)  # the summary names the sheet
        self.tabs = QTabWidget()
        self.tabs.setObjectName("results_tabs")
        self.tabs.addTab(suggestions, tr("Gợi ý cần xác nhận"))
        self.tabs.addTab(unmatched, tr("Chưa khớp"))
        self.tabs.addTab(self.problems_view, tr("Lỗi trong tệp"))
        self.tabs.addTab(self.matched_table, tr("Đã khớp"))
        self.tabs.hide()

        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(tr("&Ghi kết quả"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(False)
        self.buttons.addButton(tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)
        layout.addStretch(0)
        layout.addWidget(self.buttons)
        if path is not None:
            self.load(path)

    # ------------------------------------------------------------------ preview

    def _choose_file(self) -> None:
        path = dialogs.choose_spreadsheet(self, tr("Chọn tệp kết quả kiểm tra"))
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        """Preview ``path`` (nothing is written)."""
        self.preview = None
        self.links = {}
        self.path_edit.setText(str(path))
        self.summary_label.setText(tr("Đang đọc tệp…"))
        self.apply_button.setEnabled(False)
        self._generation += 1
        generation = self._generation
        db, event_id = self._db, self.event_id
        self._worker.run(lambda _state: preview_results_file(db, event_id, path),
                         on_success=lambda preview: self._previewed(generation, preview),
                         on_failure=lambda exc: self._preview_failed(generation, exc), parent=self,
                         label=tr("Đang đọc {name}…").format(name=path.name))

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.summary_label.setText("")
        self.tabs.hide()
        errors.show_error(self, exc)

    def _previewed(self, generation: int, preview: ResultsPreview) -> None:
        if generation != self._generation:
            return
        self.preview = preview
        self.suggestion_model.set_rows(preview.suggested)
        self.unmatched_model.set_rows(preview.unmatched)
        self._make_row_buttons()
        self.matched_model.set_rows(preview.matched)
        self.problems_view.model().set_rows(preview.problems)
        counts = [len(preview.suggested), len(preview.unmatched), len(preview.problems), len(preview.matched)]
        titles = (tr("Gợi ý cần xác nhận"), tr("Chưa khớp"), tr("Lỗi và cảnh báo trong tệp"), tr("Đã khớp"))
        for number, (title, count) in enumerate(zip(titles, counts)):
            self.tabs.setTabText(number, f"{title} ({count})")
            self.tabs.setTabEnabled(number, count > 0)
        self.tabs.setVisible(any(counts))
        # What needs the officer comes first.
        self.tabs.setCurrentIndex(next((i for i, count in enumerate(counts) if count), 3))
        self.summary_label.setText(self._summary_text(preview))
        self._update_apply()

    def _summary_text(self, preview: ResultsPreview) -> str:
        people = len({member_id for _row, member_id, _how in preview.matched})
        text = trn("Tệp «{file}», trang «{sheet}»: <b>%n</b> người khớp với danh sách đoàn viên, <b>{attempts}</b> "
                   "lượt thi.", people).format(file=html.escape(preview.file), sheet=html.escape(preview.sheet),
                                               attempts=len(preview.matched))
        if preview.already:
            text += "<br>" + trn("<b>%n</b> lượt thi đã được ghi từ trước (nhập tệp này lần trước): không ghi lại.",
                                 preview.already)
        if preview.suggested:
            line = trn("<b>%n</b> dòng có tên gần giống một đoàn viên: xác nhận nếu đúng người.",
                       len(preview.suggested))
            text += f"<br><span style='color:{WARNING_COLOUR}'>{line}</span>"
        if preview.unmatched:
            line = trn("<b>%n</b> dòng chưa khớp với ai: chọn đoàn viên để liên kết, hoặc bỏ qua.",
                       len(preview.unmatched))
            text += f"<br><span style='color:{ERROR_COLOUR}'>{line}</span>"
        if preview.errors:
            line = trn("<b>%n</b> dòng lỗi không đọc được điểm (xem thẻ «Lỗi và cảnh báo trong tệp»): sửa tệp rồi "
                       "chọn lại.", len(preview.errors))
            text += f"<br><span style='color:{ERROR_COLOUR}'>{line}</span>"
        if not preview.matched and not preview.suggested and not preview.unmatched:
            text += "<br>" + tr("Tệp không có dòng kết quả nào để ghi.")
        return text

    # ------------------------------------------------------------------ linking by hand

    def _link_text(self, row: ResultRow) -> str:
        link = self.links.get(row.row)
        return link.text if link else tr("(chưa chọn)")

    def _make_row_buttons(self) -> None:
        """A "Chọn đoàn viên…" button (and "Bỏ" once linked) in each unmatched row."""
        self._row_buttons = {}
        action_column = len(self.unmatched_columns) - 1
        for position in range(self.unmatched_model.rowCount()):
            row = self.unmatched_model.row_at(position)
            cell = QWidget()
            cell_layout = QHBoxLayout(cell)
            cell_layout.setContentsMargins(2, 0, 2, 0)
            cell_layout.setSpacing(4)
            choose = QPushButton(tr("Chọn đoàn viên…"))
            choose.setObjectName(f"link_row_{row.row}")
            choose.clicked.connect(lambda _checked=False, number=row.row: self.choose_member(number))
            clear = QPushButton(tr("Bỏ"))
            clear.setToolTip(tr("Bỏ liên kết: dòng này sẽ không được ghi"))
            clear.clicked.connect(lambda _checked=False, number=row.row: self.unlink(number))
            cell_layout.addWidget(choose)
            cell_layout.addWidget(clear)
            cell_layout.addStretch(1)
            self._row_buttons[row.row] = (choose, clear)
            self.unmatched_table.setIndexWidget(self.unmatched_model.index(position, action_column), cell)
            self._update_row_buttons(row.row)

    def _update_row_buttons(self, row_number: int) -> None:
        choose, clear = self._row_buttons[row_number]
        linked = row_number in self.links
        choose.setText(tr("Đổi đoàn viên…") if linked else tr("Chọn đoàn viên…"))
        clear.setVisible(linked)

    def _row(self, row_number: int) -> ResultRow:
        return next(r for r in self.preview.unmatched if r.row == row_number)

    def choose_member(self, row_number: int) -> MemberSearchDialog:
        """Open the roster search for the unmatched row ``row_number``."""
        dialog = MemberSearchDialog(self._db, self._worker, row=self._row(row_number), parent=self)
        self.member_dialog = dialog

        def finished(result: int) -> None:
            if dialog is self.member_dialog:
                self.member_dialog = None
            if result and dialog.chosen is not None:
                chosen = dialog.chosen
                self.link(row_number, Link(chosen.id, chosen.full_name, chosen.branch_name))
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def link(self, row_number: int, link: Link) -> None:
        self.links[row_number] = link
        self._row_changed(row_number)

    def unlink(self, row_number: int) -> None:
        self.links.pop(row_number, None)
        self._row_changed(row_number)

    def _row_changed(self, row_number: int) -> None:
        position = next(i for i, r in enumerate(self.preview.unmatched) if r.row == row_number)
        self.unmatched_model.dataChanged.emit(self.unmatched_model.index(position, 0),
                                              self.unmatched_model.index(position, len(self.unmatched_columns) - 1))
        self._update_row_buttons(row_number)
        self._update_apply()

    # ------------------------------------------------------------------ apply

    def chosen_links(self) -> dict[int, str]:
        """Row number → member id: the confirmed suggestions and the rows linked by hand."""
        if self.preview is None:
            return {}
        links = {self.suggestion_model.row_at(i)[0].row: self.suggestion_model.row_at(i)[1].member_id
                 for i in self.suggestion_model.ticked_rows()}
        links.update({row: link.member_id for row, link in self.links.items()})
        return links

    def _to_record(self) -> int:
        if self.preview is None:
            return 0
        return len(self.preview.matched) - self.preview.already + len(self.chosen_links())

    def _update_apply(self) -> None:
        count = self._to_record()
        self.apply_button.setEnabled(count > 0)
        if self.preview is not None and count == 0:
            self.apply_button.setText(tr("Không có kết quả mới để ghi"))
        else:
            self.apply_button.setText(trn("&Ghi kết quả (%n lượt thi)", count) if count else tr("&Ghi kết quả"))

    def apply(self) -> None:
        if self._to_record() == 0:
            return
        db, preview, links = self._db, self.preview, self.chosen_links()
        self._applying = True
        self.buttons.setEnabled(False)
        self.choose_button.setEnabled(False)
        self._worker.run(lambda _state: apply_results(db, preview, links=links), on_success=self._applied,
                         on_failure=self._apply_failed, parent=self, label=tr("Đang ghi kết quả kiểm tra…"))

    def _apply_failed(self, exc: BaseException) -> None:
        self._applying = False
        self.buttons.setEnabled(True)
        self.choose_button.setEnabled(True)
        self._update_apply()
        errors.show_error(self, exc)

    def reject(self) -> None:
        if not self._applying:  # closing while the attempts are written would lose the report
            super().reject()

    def _applied(self, added: int) -> None:
        self._applying = False
        self.added = added
        text = trn("Đã ghi %n lượt thi từ tệp «{file}».", added).format(file=self.preview.file)
        if self.preview.already:
            text += " " + trn("%n lượt đã có từ lần nhập trước (giữ nguyên).", self.preview.already)
        dialogs.inform(self, tr("Nhập kết quả kiểm tra"), text)
        self.accept()
