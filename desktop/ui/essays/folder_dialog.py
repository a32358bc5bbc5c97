"""A whole folder of essay files handed in at once: preview, link by hand, then record.

Branches often send their essays together, one file per member named after its writer
("BTH_NguyenVanAn.docx"). The preview (:func:`desktop.core.essays.preview_folder`)
writes nothing: it lists the files matched to an invited member, those it could not
match (no such name, or several people with it) with the reason and the candidates,
and the files that are not essays. The officer links an unmatched file to a member by
hand from the event's invited list, then «Nhập N bài» records them all in one
transaction (:func:`desktop.core.essays.apply_folder`), dated the day chosen here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import vntext
from desktop.core.essays import FolderMatch, FolderPreview, RegisterRow, apply_folder, essay_register, preview_folder
from desktop.core.invitations import InvitedMember, list_invited
from desktop.db.engine import Database
from desktop.i18n import N_, tr, trn
from desktop.ui import dialogs, errors
from desktop.ui.essays.essay_tab import matches_search
from desktop.ui.events.plan_table import current_row, plan_table, select_row
from desktop.ui.forms import ERROR_COLOUR, chosen_path_row
from desktop.ui.table_models import Column, ListTableModel
from desktop.ui.worker import DatabaseWorker

TITLE = N_("Nhập bài thu hoạch từ thư mục")
LINKED = QColor("#e6f4ea")
NOT_LINKED = QColor("#fff4d6")


def choose_essay_folder(parent: QWidget | None, title: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, str(Path.home()))
    return Path(name) if name else None


# --- choosing a member by hand ------------------------------------------------------------------

def member_columns() -> list[Column[InvitedMember]]:
    return [
        Column("name", tr("Họ và tên"), lambda m: m.full_name, width=190),
        Column("position", tr("Chức vụ"), lambda m: tr(m.position_label), width=100),
        Column("unit", tr("Đơn vị"), lambda m: m.unit_name, width=230),
    ]


class MemberChooser(QDialog):
    """Pick one of the event's invited members; the search ignores tones and case."""

    def __init__(self, invited: list[InvitedMember], title: str, *, search: str = "", note: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(620, 460)
        self._invited = [(vntext.fold(f"{m.full_name} {m.position_label} {m.unit_name}").split(), m)
                         for m in invited]
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("member_search")
        self.search_edit.setPlaceholderText(tr("Tìm tên hoặc đơn vị (gõ không dấu cũng được)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self._filter())
        columns = member_columns()
        self.model = ListTableModel(columns, parent=self)
        self.table = plan_table(self.model, columns, name="member_choices", stretch="unit")
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_ok())
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(tr("&Chọn"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if note:
            label = QLabel(note)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.search_edit.setText(search)
        self._filter()

    def _filter(self) -> None:
        words = vntext.fold(self.search_edit.text()).split()
        self.model.set_rows([m for folded, m in self._invited if matches_search(words, folded)])
        # With one person left (or a search that names several), the first is the likely one.
        select_row(self.table, 0 if self.model.rowCount() else -1)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> InvitedMember | None:
        row = current_row(self.table)
        return self.model.row_at(row) if row >= 0 else None

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()


def ask_member(parent: QWidget | None, invited: list[InvitedMember], title: str, *, search: str = "",
               note: str = "") -> InvitedMember | None:
    """The invited member the officer picks; None when cancelled."""
    chooser = MemberChooser(invited, title, search=search, note=note, parent=parent)
    try:
        return chooser.chosen() if chooser.exec() else None
    finally:
        chooser.deleteLater()


# --- the dialog ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Read:
    """What the dialog reads for a folder, in one job."""

    preview: FolderPreview
    invited: list[InvitedMember]
    handed_in: dict[str, RegisterRow]  # member id → their row, for those who already have an essay


class FolderImportDialog(QDialog):
    """See the module docstring. ``imported`` holds the number of essays recorded once accepted."""

    def __init__(self, db: Database, worker: DatabaseWorker, event_id: str, folder: Path | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self.event_id = event_id
        self.preview: FolderPreview | None = None
        self.invited: list[InvitedMember] = []
        self._by_id: dict[str, InvitedMember] = {}
        self.handed_in: dict[str, RegisterRow] = {}
        self.links: dict[str, str] = {}  # unmatched file name → member id chosen by hand
        self.imported = 0
        self._generation = 0  # a newer folder choice makes older previews stale
        self.setWindowTitle(tr(TITLE))
        self.resize(960, 600)

        intro = QLabel(tr("Chọn thư mục chứa các tệp bài thu hoạch (.docx, .pdf, .txt, ảnh chụp), mỗi người một tệp "
                          "<b>đặt tên theo họ tên người viết</b>, ví dụ «BTH_NguyenVanAn.docx» hay «Nguyễn Văn An - "
                          "Chi đoàn ấp 3.pdf». DoanDesk ghép từng tệp với người được mời và cho xem trước; chưa ghi "
                          "gì cho đến khi bạn bấm «Nhập»."))
        intro.setWordWrap(True)
        folder_row, self.path_edit, self.choose_button = chosen_path_row(
            tr("Thư mục:"), tr("Chưa chọn thư mục"), tr("&Chọn thư mục…"), self._choose_folder, "folder_path")
        self.received_edit = QDateEdit()
        self.received_edit.setObjectName("folder_received_on")
        self.received_edit.setDisplayFormat("dd/MM/yyyy")
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDate(QDate.currentDate())
        self.received_edit.setToolTip(tr("Ngày ghi cho mọi bài trong thư mục; so với hạn nộp để biết nộp muộn"))
        self.summary_label = QLabel()
        self.summary_label.setObjectName("folder_summary")
        self.summary_label.setWordWrap(True)

        self.matched_model = ListTableModel(self._matched_columns(), parent=self)
        self.matched_table = plan_table(self.matched_model, self.matched_model.columns, name="folder_matched",
                                        stretch="note")
        self.unmatched_model = ListTableModel(self._unmatched_columns(), parent=self,
                                              background=lambda m: LINKED if m.path.name in self.links
                                              else NOT_LINKED)
        self.unmatched_table = plan_table(self.unmatched_model, self.unmatched_model.columns,
                                          name="folder_unmatched", stretch="linked")
        self.unmatched_table.doubleClicked.connect(lambda _index: self.link_selected())
        self.unmatched_table.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        self.link_button = QPushButton(tr("Chọn &đoàn viên…"))
        self.link_button.setObjectName("folder_link")
        self.link_button.setToolTip(tr("Gắn tệp đang chọn với một người trong danh sách được mời"))
        self.link_button.clicked.connect(lambda: self.link_selected())
        self.unlink_button = QPushButton(tr("&Bỏ gắn"))
        self.unlink_button.clicked.connect(self.unlink_selected)
        unmatched = QWidget()
        unmatched_layout = QVBoxLayout(unmatched)
        unmatched_layout.setContentsMargins(0, 0, 0, 0)
        unmatched_layout.addWidget(self.unmatched_table, 1)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_button)
        link_row.addWidget(self.unlink_button)
        link_hint = QLabel(tr("Tệp chưa gắn với ai thì không được nhập."))
        link_hint.setStyleSheet("color: #555;")
        link_row.addWidget(link_hint, 1)
        unmatched_layout.addLayout(link_row)
        self.skipped_model = ListTableModel([Column("file", tr("Tệp"), lambda m: m.path.name, width=300),
                                             Column("reason", tr("Lý do"), lambda m: m.reason, width=400)],
                                            parent=self)
        self.skipped_table = plan_table(self.skipped_model, self.skipped_model.columns, name="folder_skipped",
                                        stretch="reason")
        self.result_tabs = QTabWidget()
        self.result_tabs.addTab(self.matched_table, tr("Khớp được"))
        self.result_tabs.addTab(unmatched, tr("Chưa khớp"))
        self.result_tabs.addTab(self.skipped_table, tr("Bỏ qua"))
        self.result_tabs.hide()

        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(tr("&Nhập"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("folder_apply")
        self.apply_button.setEnabled(False)
        self.buttons.addButton(tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        folder_row.addSpacing(12)
        folder_row.addWidget(QLabel(tr("Ngày nhận bài:")))
        folder_row.addWidget(self.received_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(folder_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.result_tabs, 1)
        layout.addStretch(0)
        layout.addWidget(self.buttons)
        self._update_buttons()
        if folder is not None:
            self.load(folder)

    # ------------------------------------------------------------------ columns

    def _member_text(self, member_id: str | None) -> str:
        member = self._by_id.get(member_id or "")
        return f"{member.full_name} ({member.unit_name})" if member else ""

    def _note(self, member_id: str | None) -> str:
        row = self.handed_in.get(member_id or "")
        if row is None:
            return ""
        text = tr("Thay bài nộp ngày {date} (bản giấy)") if row.on_paper else tr("Thay bài nộp ngày {date}")
        return text.format(date=vntext.format_date(row.received_on))

    def _matched_columns(self) -> list[Column[FolderMatch]]:
        return [
            Column("file", tr("Tệp"), lambda m: m.path.name, width=260),
            Column("member", tr("Đoàn viên"), lambda m: m.full_name, width=170),
            Column("unit", tr("Đơn vị"), lambda m: self._by_id[m.member_id].unit_name if m.member_id in self._by_id
                   else "", width=200),
            Column("note", tr("Ghi chú"), lambda m: self._note(m.member_id), width=220),
        ]

    def _unmatched_columns(self) -> list[Column[FolderMatch]]:
        return [
            Column("file", tr("Tệp"), lambda m: m.path.name, width=220),
            Column("reason", tr("Lý do"), lambda m: m.reason, width=230),
            Column("candidates", tr("Có thể là"), lambda m: "; ".join(m.candidates), width=220),
            Column("linked", tr("Gắn với"), lambda m: self._member_text(self.links.get(m.path.name)), width=200),
        ]

    # ------------------------------------------------------------------ preview

    def _choose_folder(self) -> None:
        folder = choose_essay_folder(self, tr("Chọn thư mục bài thu hoạch"))
        if folder is not None:
            self.load(folder)

    def load(self, folder: Path) -> None:
        """Preview ``folder`` (nothing is written)."""
        folder = Path(folder)
        self.preview = None
        self.links = {}
        self.path_edit.setText(str(folder))
        self.summary_label.setText(tr("Đang đọc thư mục…"))
        self._update_buttons()
        self._generation += 1
        generation = self._generation
        db, event_id = self._db, self.event_id

        def job(_state) -> Read:
            handed_in = {r.member_id: r for r in essay_register(db, event_id) if r.essay_id}
            return Read(preview_folder(db, event_id, folder), list_invited(db, event_id), handed_in)

        self._worker.run(job, on_success=lambda read: self._previewed(generation, read),
                         on_failure=lambda exc: self._preview_failed(generation, exc), parent=self,
                         label=tr("Đang đọc thư mục {folder}…").format(folder=folder.name))

    def _previewed(self, generation: int, read: Read) -> None:
        if generation != self._generation:
            return
        preview = read.preview
        self.preview, self.invited, self.handed_in = preview, read.invited, read.handed_in
        self._by_id = {m.member_id: m for m in read.invited}
        self.matched_model.set_rows(preview.matched)
        self.unmatched_model.set_rows(preview.unmatched)
        self.skipped_model.set_rows(preview.skipped)
        for number, (title, rows) in enumerate(((tr("Khớp được"), preview.matched),
                                                 (tr("Chưa khớp"), preview.unmatched),
                                                 (tr("Bỏ qua"), preview.skipped))):
            self.result_tabs.setTabText(number, f"{title} ({len(rows)})")
            self.result_tabs.setTabEnabled(number, bool(rows))
        self.result_tabs.show()
        # Unmatched files are what the officer must act on: show them first.
        self.result_tabs.setCurrentIndex(1 if preview.unmatched else 0)
        if preview.unmatched:
            select_row(self.unmatched_table, 0)
        self._show_summary()
        self._update_buttons()

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.summary_label.setText("")
        self.result_tabs.hide()
        errors.show_error(self, exc)

    def _show_summary(self) -> None:
        preview = self.preview
        if preview is None:
            return
        replacing = sum(m.member_id in self.handed_in for m in preview.matched) + \
            sum(member_id in self.handed_in for member_id in self.links.values())
        parts = [trn("<b>%n</b> tệp khớp tên người được mời", len(preview.matched))]
        if self.links:
            parts.append(trn("<b>%n</b> tệp gắn bằng tay", len(self.links)))
        if preview.skipped:
            parts.append(trn("%n tệp không phải bài thu hoạch (bỏ qua)", len(preview.skipped)))
        text = tr("Thư mục «{folder}»: {parts}.").format(folder=preview.folder.name, parts=", ".join(parts))
        if replacing:
            text += " " + trn("%n người đã nộp bài trước đó: bài mới thay bài cũ.", replacing)
        waiting = len(preview.unmatched) - len(self.links)
        if waiting:
            text += "<br><span style='color:{colour}'>{text}</span>".format(
                colour=ERROR_COLOUR, text=trn("<b>%n</b> tệp chưa khớp với ai: chọn tệp rồi bấm «Chọn đoàn viên…» để "
                                              "gắn, hoặc để nguyên thì tệp đó không được nhập.", waiting))
        if not preview.matched and not preview.unmatched:
            text += "<br>" + tr("Thư mục không có tệp bài thu hoạch nào.")
        self.summary_label.setText(text)

    # ------------------------------------------------------------------ linking by hand

    def selected_unmatched(self) -> FolderMatch | None:
        row = current_row(self.unmatched_table)
        return self.unmatched_model.row_at(row) if row >= 0 else None

    def link_selected(self) -> None:
        match = self.selected_unmatched()
        if match is None:
            return
        # "Several people with this name": start from that name, the officer picks the right unit.
        search = match.candidates[0].rsplit(" (", 1)[0] if match.candidates else ""
        member = ask_member(self, self.invited, tr("Tệp «{file}» là bài của ai?").format(file=match.path.name),
                            search=search, note=tr("Lý do chưa khớp: {reason}.").format(reason=match.reason))
        if member is not None:
            self.link(match.path.name, member.member_id)

    def link(self, file_name: str, member_id: str) -> bool:
        """Link the unmatched ``file_name`` to ``member_id``; refused (and said why) when
        that member already has a file in this import."""
        taken = {m.member_id: m.path.name for m in self.preview.matched} if self.preview else {}
        taken.update({linked: name for name, linked in self.links.items() if name != file_name})
        if member_id in taken:
            member = self._by_id.get(member_id)
            text = (tr("{name} đã có tệp «{file}» trong lần nhập này.") if member else
                    tr("Người này đã có tệp «{file}» trong lần nhập này."))
            dialogs.warn(self, tr(TITLE), text.format(name=member.full_name if member else "", file=taken[member_id]),
                         informative=tr("Mỗi người một bài: hãy chọn người khác, hoặc bỏ gắn tệp kia trước."))
            return False
        self.links[file_name] = member_id
        self._links_changed()
        return True

    def unlink_selected(self) -> None:
        match = self.selected_unmatched()
        if match is not None and self.links.pop(match.path.name, None) is not None:
            self._links_changed()

    def _links_changed(self) -> None:
        model = self.unmatched_model
        if model.rowCount():
            model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, model.columnCount() - 1))
        self._show_summary()
        self._update_buttons()

    # ------------------------------------------------------------------ apply

    def to_import(self) -> int:
        return len(self.preview.matched) + len(self.links) if self.preview else 0

    def _update_buttons(self) -> None:
        count = self.to_import()
        self.apply_button.setEnabled(count > 0)
        self.apply_button.setText(trn("&Nhập %n bài", count) if count else tr("&Nhập"))
        match = self.selected_unmatched() if self.preview else None
        self.link_button.setEnabled(match is not None)
        self.unlink_button.setEnabled(match is not None and match.path.name in self.links)

    def apply(self) -> None:
        if self.preview is None or self.to_import() == 0:
            return
        db, event_id, preview, links = self._db, self.event_id, self.preview, dict(self.links)
        received_on = self.received_edit.date().toPython()
        self.apply_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self._worker.run(lambda _state: apply_folder(db, event_id, preview, received_on=received_on, links=links),
                         on_success=self._applied, on_failure=self._apply_failed, parent=self,
                         label=trn("Đang nhập %n bài thu hoạch…", self.to_import()))

    def _apply_failed(self, exc: BaseException) -> None:
        self.choose_button.setEnabled(True)
        self._update_buttons()
        errors.show_error(self, exc)

    def _applied(self, count: int) -> None:
        self.imported = count
        text = trn("Đã nhập %n bài thu hoạch từ thư mục «{folder}», ngày nhận {date}.", count).format(
            folder=self.preview.folder.name, date=vntext.format_date(self.received_edit.date().toPython()))
        waiting = len(self.preview.unmatched) - len(self.links)
        if waiting:
            text += " " + trn("%n tệp chưa khớp với ai không được nhập.", waiting)
        dialogs.inform(self, tr(TITLE), text)
        self.accept()

