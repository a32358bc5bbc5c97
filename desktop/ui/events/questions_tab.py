"""The "Câu hỏi" tab of an online dialogue: the questions each unit collects, the 3–5 it
sends, the official list as .xlsx, and the numbers each unit reports on the day.

Questions and reports are written at once through :mod:`desktop.core.dialogue` (they
are not part of the plan the "Lưu" button saves), so the tab needs the event to be in
the database as a dialogue.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core import dialogue, vntext
from desktop.core.dialogue import (
    MAX_SELECTED,
    MIN_SELECTED,
    DialogueReportRecord,
    QuestionInput,
    QuestionRecord,
    SelectionStatus,
)
from desktop.core.errors import ValidationError, ValidationErrors
from desktop.core.events import EventPlan
from desktop.core.units import UnitTree
from desktop.db.engine import Database
from desktop.i18n import N_, tr, trn
from desktop.ui import dialogs
from desktop.ui.events.deadline_model import STATE_BACKGROUNDS
from desktop.ui.events.fields import UnitCombo
from desktop.ui.events.plan_table import (
    plan_table,
    row_shortcuts,
    section_title,
    selected_rows,
    split_vertically,
)
from desktop.ui.forms import DateLineEdit, FieldMessages
from desktop.ui.table_models import CENTER, RIGHT, Column, ListTableModel
from desktop.ui.worker import DatabaseWorker

QUESTION_COLUMNS: list[Column[QuestionRecord]] = [
    Column("seq", N_("STT"), None, alignment=RIGHT, width=40),
    Column("selected", N_("Gửi"), lambda q: "✓" if q.selected else "", alignment=CENTER, width=36),
    Column("unit", N_("Đơn vị"), lambda q: q.unit_name, width=150),
    Column("name", N_("Người hỏi"), lambda q: q.asker_name, width=140),
    Column("birth", N_("Ngày sinh"), lambda q: vntext.format_date(q.asker_birth_date), alignment=CENTER, width=80),
    Column("member", N_("Đoàn viên"), lambda q: "x" if q.asker_is_member else "", alignment=CENTER, width=66),
    Column("place", N_("Nơi ở/học tập/công tác"), lambda q: q.asker_place, width=150),
    Column("phone", N_("Điện thoại"), lambda q: q.phone, width=90),
    Column("contact", "Email/Facebook/Zalo", lambda q: q.contact.replace("\n", "; "), width=130),
    Column("question", N_("Nội dung câu hỏi"), lambda q: " ".join(q.question.split()), width=300),
]
STATUS_COLUMNS: list[Column[SelectionStatus]] = [
    Column("unit", N_("Đơn vị"), lambda s: s.unit_name, width=170),
    Column("collected", N_("Thu thập"), lambda s: s.collected, alignment=RIGHT, width=62),
    Column("selected", N_("Đã chọn"), lambda s: s.selected, alignment=RIGHT, width=58),
    Column("due", N_("Hạn gửi"), lambda s: s.due_label, alignment=CENTER, width=114),
    Column("state", N_("Tình trạng"), lambda s: s.state_label, width=200),
]
REPORT_COLUMNS: list[Column[DialogueReportRecord]] = [
    Column("unit", N_("Đơn vị"), lambda r: r.unit_name, width=190),
    Column("attendees", N_("Số người"), lambda r: r.attendees, alignment=RIGHT, width=70),
    Column("pages", N_("Trang phát"), lambda r: r.streaming_pages, alignment=RIGHT, width=76),
    Column("shares", N_("Chia sẻ"), lambda r: r.shares, alignment=RIGHT, width=64),
    Column("interactions", N_("Tương tác"), lambda r: r.interactions, alignment=RIGHT, width=74),
]


def _status_background(status: SelectionStatus):
    if status.late:
        return STATE_BACKGROUNDS["late"]
    return None if status.complete else STATE_BACKGROUNDS["soon"]


class QuestionDialog(QDialog):
    """Add or correct one question with its asker's details."""

    FIELDS = ("unit_id", "asker_name", "asker_birth_date", "asker_place", "phone", "email", "social",
              "achievements", "question")

    def __init__(self, db: Database, worker: DatabaseWorker, tree: UnitTree, event_id: str, *,
                 record: QuestionRecord | None = None, unit_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self._event_id = event_id
        self._record = record
        self.setWindowTitle(tr("Sửa câu hỏi") if record else tr("Thêm câu hỏi"))
        self.setMinimumWidth(720)
        general = QLabel()
        self.messages = FieldMessages(general)
        self.unit_combo = UnitCombo(tree)
        self.unit_combo.set_unit_id(record.unit_id if record else unit_id)
        self.name_edit = QLineEdit(record.asker_name if record else "")
        self.birth_edit = DateLineEdit()
        self.birth_edit.set_value(record.asker_birth_date if record else None)
        self.member_check = QCheckBox(tr("Là đoàn viên"))
        self.member_check.setChecked(record.asker_is_member if record else True)
        self.place_edit = QLineEdit(record.asker_place if record else "")
        self.place_edit.setPlaceholderText(tr("Nơi ở, nơi học tập hoặc công tác"))
        self.phone_edit = QLineEdit(record.phone if record else "")
        self.phone_edit.setMaxLength(20)
        self.email_edit = QLineEdit(record.email if record else "")
        self.social_edit = QLineEdit(record.social if record else "")
        self.social_edit.setPlaceholderText(tr("Facebook hoặc Zalo"))
        self.achievements_edit = QPlainTextEdit(record.achievements if record else "")
        self.achievements_edit.setTabChangesFocus(True)
        self.achievements_edit.setFixedHeight(52)
        self.question_edit = QPlainTextEdit(record.question if record else "")
        self.question_edit.setTabChangesFocus(True)
        self.question_edit.setMinimumHeight(90)

        m = self.messages
        who = QHBoxLayout()
        who.addWidget(m.wrap("asker_name", self.name_edit), 1)
        who.addWidget(self.member_check)
        form = QFormLayout()
        form.addRow(tr("Đơn &vị thu thập:"), m.wrap("unit_id", self.unit_combo))
        form.addRow(tr("&Họ và tên người hỏi:"), who)
        form.addRow(tr("Ngày sinh:"), m.wrap("asker_birth_date", self.birth_edit))
        form.addRow(tr("Nơi ở/học tập/công tác:"), m.wrap("asker_place", self.place_edit))
        form.addRow(tr("Điện thoại:"), m.wrap("phone", self.phone_edit))
        form.addRow("E-mail:", m.wrap("email", self.email_edit))
        form.addRow("Facebook/Zalo:", m.wrap("social", self.social_edit))
        form.addRow(tr("Thành tích nổi bật:"), m.wrap("achievements", self.achievements_edit))
        form.addRow(tr("&Câu hỏi:"), m.wrap("question", self.question_edit))
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        (self.name_edit if record or unit_id else self.unit_combo).setFocus()

    def save(self) -> None:
        self.messages.clear()
        try:
            birth, _year_only = self.birth_edit.value()
        except ValueError as exc:
            self.messages.show("asker_birth_date", tr("Ngày sinh không hợp lệ: {error}").format(error=exc))
            self.messages.focus("asker_birth_date")
            return
        data = QuestionInput(
            unit_id=self.unit_combo.unit_id() or "", asker_name=self.name_edit.text(), asker_birth_date=birth,
            asker_is_member=self.member_check.isChecked(), asker_place=self.place_edit.text(),
            phone=self.phone_edit.text(), email=self.email_edit.text(), social=self.social_edit.text(),
            achievements=self.achievements_edit.toPlainText(), question=self.question_edit.toPlainText())
        db, event_id, record = self._db, self._event_id, self._record

        def job(_state):
            if record is None:
                return dialogue.add_question(db, event_id, data)
            return dialogue.update_question(db, record.id, data)

        self.buttons.setEnabled(False)
        self._worker.run(job, on_success=lambda _saved: self.accept(), on_failure=self._failed, parent=self,
                         label=tr("Đang lưu câu hỏi…"))

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        problems = exc.errors if isinstance(exc, ValidationErrors) else [exc]
        if not all(isinstance(p, ValidationError) for p in problems):
            self.messages.show_failure(exc, self)
            return
        for problem in problems:
            self.messages.show(problem.field, str(problem))
        self.messages.focus(problems[0].field)


class ReportDialog(QDialog):
    """The numbers one unit reports for the dialogue."""

    def __init__(self, tree: UnitTree, report: DialogueReportRecord | None, unit_id: str | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Báo cáo số liệu đối thoại"))
        self.setMinimumWidth(520)
        self.messages = FieldMessages()
        self.unit_combo = UnitCombo(tree)
        self.unit_combo.set_unit_id(report.unit_id if report else unit_id)
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout()
        form.addRow(tr("Đơn &vị:"), self.messages.wrap("unit_id", self.unit_combo))
        for name, label in (("attendees", tr("Số người tại điểm cầu:")),
                            ("streaming_pages", tr("Số trang phát trực tiếp:")),
                            ("shares", tr("Số lượt chia sẻ:")), ("interactions", tr("Số lượt tương tác:"))):
            spin = QSpinBox()
            spin.setRange(0, 10_000_000)
            spin.setGroupSeparatorShown(True)
            spin.setValue(getattr(report, name) if report else 0)
            self.spins[name] = spin
            form.addRow(label, self.messages.wrap(name, spin))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, int]:
        return {name: spin.value() for name, spin in self.spins.items()}

    def _accept(self) -> None:
        if self.unit_combo.unit_id() is None:
            self.messages.show("unit_id", tr("Chọn đơn vị báo cáo."))
            self.messages.focus("unit_id")
            return
        self.accept()


class QuestionsTab(QWidget):
    def __init__(self, db: Database, worker: DatabaseWorker, tree: UnitTree, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self.tree = tree
        self.event_id: str | None = None
        self.event_title = ""
        self._generation = 0
        self.statuses: list[SelectionStatus] = []
        self.reports: tuple[DialogueReportRecord, ...] = ()

        self.note = QLabel()
        self.note.setObjectName("questions_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a5a00;")
        self.unit_filter = QComboBox()
        self.unit_filter.setObjectName("question_unit_filter")
        self.unit_filter.setMinimumWidth(240)
        self.unit_filter.activated.connect(lambda _i: self.refresh())
        self.count_label = QLabel()
        self.question_model = ListTableModel(QUESTION_COLUMNS, parent=self,
                                             tooltip=lambda q: q.question + (
                                                 "\n\n" + tr("Thành tích: {achievements}").format(
                                                     achievements=q.achievements) if q.achievements else ""))
        self.question_table = plan_table(self.question_model, QUESTION_COLUMNS, name="questions_table", multi=True,
                                         stretch="question")
        self.question_table.doubleClicked.connect(lambda _index: self.edit_question())
        self.question_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        row_shortcuts(self.question_table, insert=self.add_question, delete=self.delete_questions,
                      activate=self.edit_question)
        self.add_button = QPushButton(tr("&Thêm câu hỏi…"))
        self.add_button.setToolTip(tr("Thêm câu hỏi (phím Insert trong bảng)"))
        self.add_button.clicked.connect(self.add_question)
        self.edit_button = QPushButton(tr("Sửa…"))
        self.edit_button.clicked.connect(self.edit_question)
        self.delete_button = QPushButton(tr("Xóa"))
        self.delete_button.clicked.connect(self.delete_questions)
        self.select_button = QPushButton(tr("&Chọn gửi các câu đánh dấu"))
        self.select_button.setToolTip(tr("Mỗi đơn vị chọn {min}–{max} câu hỏi để gửi").format(
            min=MIN_SELECTED, max=MAX_SELECTED))
        self.select_button.clicked.connect(self.select_for_sending)
        self.clear_button = QPushButton(tr("Bỏ chọn của đơn vị"))
        self.clear_button.clicked.connect(self.clear_selection)
        self.export_button = QPushButton(tr("&Xuất danh sách (.xlsx)…"))
        self.export_button.clicked.connect(self.export)

        self.status_model = ListTableModel(STATUS_COLUMNS, background=_status_background, parent=self)
        self.status_table = plan_table(self.status_model, STATUS_COLUMNS, name="selection_status", stretch="unit")
        self.report_model = ListTableModel(REPORT_COLUMNS, background=lambda r: STATE_BACKGROUNDS["late"]
                                           if r.over_capacity else None, parent=self)
        self.report_table = plan_table(self.report_model, REPORT_COLUMNS, name="reports_table", stretch="unit")
        self.report_table.doubleClicked.connect(lambda _index: self.enter_report())
        self.report_totals = QLabel()
        self.report_totals.setObjectName("report_totals")
        self.report_button = QPushButton(tr("&Nhập báo cáo…"))
        self.report_button.clicked.connect(self.enter_report)
        self._build_layout()
        self.set_event(None)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Đơn vị:")))
        top.addWidget(self.unit_filter)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.export_button)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addSpacing(16)
        buttons.addWidget(self.select_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        questions = QWidget()
        questions_layout = QVBoxLayout(questions)
        questions_layout.setContentsMargins(0, 0, 0, 0)
        questions_layout.addWidget(section_title(tr("Câu hỏi các đơn vị thu thập")))
        questions_layout.addWidget(self.note)
        questions_layout.addLayout(top)
        questions_layout.addLayout(buttons)
        questions_layout.addWidget(self.question_table, 1)

        status = QVBoxLayout()
        status.setContentsMargins(0, 0, 0, 0)
        status.addWidget(section_title(tr("Tình hình chọn câu hỏi ({min}–{max} câu mỗi đơn vị)").format(
            min=MIN_SELECTED, max=MAX_SELECTED)))
        status.addWidget(self.status_table, 1)
        reports_header = QHBoxLayout()
        reports_header.addWidget(section_title(tr("Số liệu các đơn vị báo cáo")), 1)
        reports_header.addWidget(self.report_button)
        reports = QVBoxLayout()
        reports.setContentsMargins(0, 0, 0, 0)
        reports.addLayout(reports_header)
        reports.addWidget(self.report_table, 1)
        reports.addWidget(self.report_totals)
        lower = QHBoxLayout()
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addLayout(status, 1)
        lower.addSpacing(12)
        lower.addLayout(reports, 1)
        lower_widget = QWidget()
        lower_widget.setLayout(lower)
        split_vertically(self, questions, lower_widget, (330, 220))

    # ------------------------------------------------------------------ data

    def set_event(self, plan: EventPlan | None) -> None:
        """The saved dialogue to work on; None while there is none (the tab says why)."""
        self.event_id = plan.id if plan is not None else None
        self.event_title = plan.title if plan is not None else ""
        self.note.setText("" if plan else tr("Lưu hội nghị (Ctrl+S) trước khi nhập câu hỏi."))
        self.note.setVisible(plan is None)
        self.refresh()

    def refresh(self) -> None:
        if self.event_id is None:
            self.question_model.set_rows([])
            self.status_model.set_rows([])
            self.report_model.set_rows([])
            self.report_totals.clear()
            self._update_buttons()
            return
        self._generation += 1
        generation = self._generation
        db, event_id, unit_id = self._db, self.event_id, self.unit_filter.currentData()

        def job(_state):
            return (dialogue.list_questions(db, event_id, unit_id), dialogue.selection_status(db, event_id),
                    dialogue.list_dialogue_reports(db, event_id))

        self._worker.run(job, on_success=lambda result: self._show(generation, *result), parent=self,
                         label=tr("Đang đọc câu hỏi…"), show_progress=False)

    def _show(self, generation: int, questions, statuses, reports) -> None:
        if generation != self._generation:
            return
        self.question_model.set_rows(questions)
        self.statuses = statuses
        self.status_model.set_rows(statuses)
        self.reports = reports.rows
        self.report_model.set_rows(reports.rows)
        self.report_totals.setText(
            tr("Cộng: {attendees} người · {pages} trang phát trực tiếp · {shares} lượt chia sẻ · "
               "{interactions} lượt tương tác").format(
                attendees=reports.attendees, pages=reports.streaming_pages, shares=reports.shares,
                interactions=reports.interactions) if reports.rows else
            tr("Chưa đơn vị nào báo cáo."))
        chosen = sum(1 for q in questions if q.selected)
        self.count_label.setText(trn("%n câu hỏi, {chosen} câu chọn gửi", len(questions)).format(chosen=chosen))
        keep = self.unit_filter.currentData()
        self.unit_filter.clear()
        self.unit_filter.addItem(tr("Tất cả đơn vị"), None)
        for status in statuses:
            self.unit_filter.addItem(status.unit_name, status.unit_id)
        self.unit_filter.setCurrentIndex(max(0, self.unit_filter.findData(keep)))
        self._update_buttons()

    def selected_questions(self) -> list[QuestionRecord]:
        return [self.question_model.row_at(row) for row in selected_rows(self.question_table)]

    def _update_buttons(self) -> None:
        ready = self.event_id is not None
        chosen = self.selected_questions() if ready else []
        for widget in (self.add_button, self.unit_filter, self.report_button):
            widget.setEnabled(ready)
        self.edit_button.setEnabled(len(chosen) == 1)
        self.delete_button.setEnabled(bool(chosen))
        self.select_button.setEnabled(bool(chosen))
        self.clear_button.setEnabled(bool(chosen) or self.unit_filter.currentData() is not None)
        self.export_button.setEnabled(ready and any(self.question_model.row_at(row).selected
                                                    for row in range(self.question_model.rowCount())))

    def _run(self, job, label: str) -> None:
        self._worker.run(job, on_success=lambda _result: self.refresh(), parent=self, label=label)

    # ------------------------------------------------------------------ actions

    def add_question(self) -> None:
        if self.event_id is None:
            return
        dialog = QuestionDialog(self._db, self._worker, self.tree, self.event_id,
                                unit_id=self.unit_filter.currentData(), parent=self)
        if dialog.exec():
            self.refresh()

    def edit_question(self) -> None:
        chosen = self.selected_questions()
        if len(chosen) != 1:
            return
        dialog = QuestionDialog(self._db, self._worker, self.tree, self.event_id, record=chosen[0], parent=self)
        if dialog.exec():
            self.refresh()

    def delete_questions(self) -> None:
        chosen = self.selected_questions()
        if not chosen:
            return
        text = (tr("Xóa câu hỏi của «{name}»?").format(name=chosen[0].asker_name) if len(chosen) == 1
                else trn("Xóa %n câu hỏi đã chọn?", len(chosen)))
        if not dialogs.confirm(self, tr("Xóa câu hỏi"), text, confirm_text=tr("Xóa"), cancel_text=tr("Không xóa")):
            return
        db, ids = self._db, [q.id for q in chosen]
        self._run(lambda _state: dialogue.delete_questions(db, ids), tr("Đang xóa câu hỏi…"))

    def select_for_sending(self) -> None:
        """The highlighted questions become the ones their unit sends (3 to 5, one unit)."""
        chosen = self.selected_questions()
        units = {q.unit_id for q in chosen}
        if len(units) != 1:
            dialogs.warn(self, tr("Chọn câu hỏi gửi"), tr("Hãy đánh dấu các câu hỏi của cùng một đơn vị "
                                                          "(lọc theo đơn vị ở ô «Đơn vị» cho dễ chọn)."))
            return
        db, event_id, unit_id, ids = self._db, self.event_id, units.pop(), [q.id for q in chosen]
        self._run(lambda _state: dialogue.set_selected(db, event_id, unit_id, ids), tr("Đang ghi…"))

    def clear_selection(self) -> None:
        units = {q.unit_id for q in self.selected_questions()} or {self.unit_filter.currentData()} - {None}
        db, event_id = self._db, self.event_id
        self._run(lambda _state: [dialogue.set_selected(db, event_id, unit, []) for unit in units], tr("Đang ghi…"))

    def export(self) -> None:
        unit_id = self.unit_filter.currentData()
        scope = self.unit_filter.currentText() if unit_id else self.event_title
        safe = "".join("-" if ch in '<>:"/\\|?*' else ch for ch in scope).strip()
        path = dialogs.choose_xlsx_to_save(self, tr("Xuất danh sách câu hỏi"),
                                           tr("Câu hỏi đối thoại - {scope}.xlsx").format(scope=safe))
        if path is None:
            return
        db, event_id = self._db, self.event_id
        self._worker.run(lambda _state: dialogue.export_questions_xlsx(db, event_id, path, unit_id),
                         on_success=lambda count: dialogs.inform(
                             self, tr("Xuất danh sách câu hỏi"),
                             trn("Đã ghi %n câu hỏi vào «{file}».", count).format(file=path.name)),
                         parent=self, label=tr("Đang xuất danh sách…"))

    def enter_report(self) -> None:
        if self.event_id is None:
            return
        rows = selected_rows(self.report_table)
        report = self.reports[rows[0]] if rows else None
        dialog = ReportDialog(self.tree, report, self.unit_filter.currentData(), parent=self)
        if not dialog.exec():
            return
        db, event_id, unit_id, values = self._db, self.event_id, dialog.unit_combo.unit_id(), dialog.values()
        self._worker.run(lambda _state: dialogue.save_dialogue_report(db, event_id, unit_id, **values),
                         on_success=self._report_saved, parent=self, label=tr("Đang lưu báo cáo…"))

    def _report_saved(self, warnings: list[ValidationError]) -> None:
        if warnings:
            dialogs.warn(self, tr("Đã lưu báo cáo"), "\n".join(str(w) for w in warnings))
        self.refresh()
