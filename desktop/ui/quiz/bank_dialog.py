"""Question banks: which ones the office holds, importing a file into one, exporting one
back to the spreadsheet template, and reading its questions.

Importing is previewed first (:func:`desktop.core.question_bank.preview_bank_import`
writes nothing): how many questions the file holds, how many the bank already has,
their topics, and every refused question with its row (spreadsheets) or line (Aiken,
GIFT, Moodle XML). A file with refused questions imports nothing unless the officer
ticks "Bỏ qua câu lỗi"; importing the same file again adds nothing.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core import vntext
from desktop.core.question_bank import (
    BankImportPreview,
    BankSummary,
    StoredQuestion,
    apply_bank_import,
    bank_questions,
    export_bank_xlsx,
    list_banks,
    preview_bank_import,
)
from desktop.core.question_formats import FORMATS, LETTERS
from desktop.db.engine import Database
from desktop.i18n import N_, tr, trn
from desktop.ui import dialogs, errors
from desktop.ui.events.plan_table import current_row, plan_table, section_title, select_row
from desktop.ui.forms import ERROR_COLOUR, WARNING_COLOUR
from desktop.ui.problems import problems_view
from desktop.ui.roster.roster_page import SEARCH_DELAY_MS
from desktop.ui.table_models import CENTER, RIGHT, Column, ListTableModel
from desktop.ui.worker import DatabaseWorker

QUESTION_FILE_FILTER = N_("Tệp câu hỏi (*.xlsx *.xls *.ods *.txt *.gift *.xml);;Bảng tính (*.xlsx *.xls *.ods);;"
                           "Aiken hoặc GIFT (*.txt *.gift);;Moodle XML (*.xml);;Mọi tệp (*)")
NO_TOPIC = N_("(không chủ đề)")
RIGHT_ANSWER_COLOUR = "#1b5e20"

# The folder the officer last took a question file from, so the next choice opens there.
_last_folder: Path | None = None


def topic_name(topic: str) -> str:
    return topic or tr(NO_TOPIC)


def topics_text(topics: dict[str, int]) -> str:
    """{'Đại hội XII': 10, 'Mẫu': 30} → 'Đại hội XII: 10 · Mẫu: 30'."""
    ordered = sorted(topics.items(), key=lambda item: vntext.fold(item[0]))
    return " · ".join(f"{topic_name(topic)}: {count}" for topic, count in ordered)


def choose_question_file(parent: QWidget | None) -> Path | None:
    """Ask for a question file in any of the formats the core reads; None when cancelled."""
    global _last_folder
    name, _filter = QFileDialog.getOpenFileName(parent, tr("Chọn tệp câu hỏi"), str(_last_folder or Path.home()),
                                                tr(QUESTION_FILE_FILTER))
    if not name:
        return None
    _last_folder = Path(name).parent
    return Path(name)


def question_html(question: StoredQuestion) -> str:
    """One question as it reads on paper, its right option(s) marked and in green."""
    parts = [f"<p style='font-size: 11pt;'><b>{html.escape(question.text)}</b></p>"]
    right = tr("(đáp án đúng)")
    for index, option in enumerate(question.options):
        text = f"{LETTERS[index]}. {html.escape(option)}"
        if index in question.correct:
            parts.append(f"<p style='margin-left: 12px; color: {RIGHT_ANSWER_COLOUR};'><b>✔ {text}</b> "
                         f"<i>{right}</i></p>")
        else:
            parts.append(f"<p style='margin-left: 12px;'>&nbsp;&nbsp;&nbsp;{text}</p>")
    topic = tr("Chủ đề: {topic}").format(topic=html.escape(topic_name(question.topic)))
    parts.append(f"<p style='color: #555;'>{topic}</p>")
    if question.explanation:
        explanation = tr("Giải thích: {explanation}").format(explanation=html.escape(question.explanation))
        parts.append(f"<p style='color: #555;'>{explanation}</p>")
    return "".join(parts)


BANK_COLUMNS: list[Column[BankSummary]] = [
    Column("name", N_("Ngân hàng câu hỏi"), lambda b: b.name, width=220),
    Column("count", N_("Số câu"), lambda b: b.question_count, alignment=RIGHT, width=60),
    Column("topics", N_("Chủ đề (số câu)"), lambda b: topics_text(b.topics), width=280),
    Column("source", N_("Nhập từ tệp"), lambda b: b.source_file, width=170),
]

QUESTION_COLUMNS: list[Column[StoredQuestion]] = [
    Column("seq", N_("STT"), None, alignment=RIGHT, width=44),
    Column("topic", N_("Chủ đề"), lambda q: topic_name(q.topic), width=120),
    Column("text", N_("Câu hỏi"), lambda q: q.text, width=420),
    Column("options", N_("Số phương án"), lambda q: len(q.options), alignment=RIGHT, width=96),
    Column("answer", N_("Đáp án đúng"), lambda q: q.answer_letters, alignment=CENTER, width=92),
]


class BankImportDialog(QDialog):
    """Preview a question file and import it into a bank; :attr:`bank_id` holds the bank
    once written (see the module docstring)."""

    def __init__(self, db: Database, worker: DatabaseWorker, path: Path, *, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self.path = path
        self.preview: BankImportPreview | None = None
        self.bank_id: str | None = None
        self.added = 0
        self._generation = 0
        self._applying = False
        self.setWindowTitle(tr("Nhập câu hỏi từ tệp"))
        self.resize(900, 300)

        self.file_label = QLabel(tr("Tệp: <b>{name}</b>").format(name=html.escape(path.name)))
        self.file_label.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("bank_name")
        self.name_edit.setPlaceholderText(tr("Tên ngân hàng (mặc định theo tên tệp)"))
        self.name_edit.editingFinished.connect(self._name_edited)
        self.bank_note = QLabel()
        self.bank_note.setObjectName("bank_note")
        self.bank_note.setStyleSheet("color: #555;")
        self.summary_label = QLabel(tr("Đang đọc tệp…"))
        self.summary_label.setObjectName("bank_import_summary")
        self.summary_label.setWordWrap(True)
        self.topics_label = QLabel()
        self.topics_label.setObjectName("bank_import_topics")
        self.topics_label.setWordWrap(True)
        self.problems_title = section_title(tr("Câu hỏi bị từ chối và cảnh báo"))
        self.problems_view = problems_view()
        self.problems_view.setObjectName("bank_import_problems")
        self.problems_view.setColumnWidth(0, 76)
        all_valid = tr("Mọi câu hỏi trong tệp đều hợp lệ.")
        self.all_valid_label = QLabel(f"<span style='color:{RIGHT_ANSWER_COLOUR}'>✔ {all_valid}</span>")
        self.skip_check = QCheckBox(tr("Bỏ qua câu lỗi"))
        self.skip_check.setObjectName("skip_invalid")
        self.skip_check.toggled.connect(lambda _on: self._update_apply())
        self.skip_check.hide()

        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(tr("&Nhập"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.bank_note)
        form = QFormLayout()
        form.addRow(tr("Nhập vào ngân hàng:"), name_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addLayout(form)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.topics_label)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems_view, 1)
        layout.addWidget(self.all_valid_label)
        layout.addStretch(0)
        layout.addWidget(self.skip_check)
        layout.addWidget(self.buttons)
        self._show_problems_area(False)
        self._update_apply()
        self.load()

    def _show_problems_area(self, visible: bool) -> None:
        self.problems_title.setVisible(visible)
        self.problems_view.setVisible(visible)
        self.all_valid_label.setVisible(not visible and self.preview is not None)
        # A clean file needs only a few lines; the list of problems needs room.
        if visible and self.height() < 560:
            self.resize(self.width(), 560)

    def _name_edited(self) -> None:
        if self.preview is not None and vntext.normalize(self.name_edit.text()) != self.preview.bank_name:
            self.load()

    def load(self) -> None:
        """Preview the file (nothing is written) into the bank the name field says."""
        self.preview = None
        self._generation += 1
        generation = self._generation
        db, path, name = self._db, self.path, self.name_edit.text().strip() or None
        self._update_apply()
        self._worker.run(lambda _state: preview_bank_import(db, path, name),
                         on_success=lambda preview: self._previewed(generation, preview),
                         on_failure=lambda exc: self._failed(generation, exc), parent=self,
                         label=tr("Đang đọc {name}…").format(name=path.name))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.summary_label.setText(f"<span style='color:{ERROR_COLOUR}'>{tr('Không đọc được tệp này.')}</span>")
        errors.show_error(self, exc)

    def _previewed(self, generation: int, preview: BankImportPreview) -> None:
        if generation != self._generation:
            return
        self.preview = preview
        parsed = preview.parsed
        self.name_edit.setText(preview.bank_name)
        self.bank_note.setText(tr("ngân hàng đã có: chỉ thêm câu mới") if preview.bank_id else tr("ngân hàng mới"))
        self.file_label.setText(tr("Tệp: <b>{name}</b> ({format})").format(
            name=html.escape(parsed.file), format=tr(FORMATS.get(parsed.format, parsed.format))))
        text = trn("Đọc được <b>%n</b> câu hỏi: <b>{new}</b> câu mới, <b>{unchanged}</b> câu đã có trong ngân hàng.",
                   len(parsed.questions)).format(new=len(preview.new), unchanged=preview.unchanged)
        errors_found = parsed.errors
        warnings = [p for p in parsed.problems if p.severity == "warning"]
        if errors_found:
            refused = trn("<b>%n</b> câu bị từ chối (xem bảng dưới, theo dòng trong tệp). Sửa tệp rồi chọn lại, "
                          "hoặc đánh dấu «Bỏ qua câu lỗi».", len(errors_found))
            text += f"<br><span style='color:{ERROR_COLOUR}'>{refused}</span>"
        if warnings:
            warned = trn("%n cảnh báo (vẫn nhập được).", len(warnings))
            text += f"<br><span style='color:{WARNING_COLOUR}'>{warned}</span>"
        self.summary_label.setText(text)
        self.topics_label.setText(tr("Chủ đề: {topics}").format(topics=", ".join(
            trn("{topic} (%n câu)", count).format(topic=html.escape(topic_name(topic)))
            for topic, count in parsed.topics.items())) if parsed.topics else "")
        self.problems_view.model().set_rows(parsed.problems)
        # Text formats have no sheets or columns: those columns give their room to the message.
        self.problems_view.setColumnHidden(1, not any(p.sheet for p in parsed.problems))
        self.problems_view.setColumnHidden(3, not any(p.column for p in parsed.problems))
        self._show_problems_area(bool(parsed.problems))
        self.skip_check.setVisible(bool(errors_found))
        self.skip_check.setText(trn("Bỏ qua %n câu lỗi, chỉ nhập các câu hợp lệ", len(errors_found)))
        self._update_apply()

    def _importable(self) -> int:
        if self.preview is None:
            return 0
        if self.preview.parsed.errors and not self.skip_check.isChecked():
            return 0
        return len(self.preview.new)

    def _update_apply(self) -> None:
        count = self._importable()
        self.apply_button.setEnabled(count > 0)
        if self.preview is None:
            self.apply_button.setText(tr("&Nhập"))
        elif not self.preview.new:
            self.apply_button.setText(tr("Không có câu mới"))
        elif count == 0:
            self.apply_button.setText(trn("Nhập (còn %n câu lỗi)", len(self.preview.parsed.errors)))
        else:
            self.apply_button.setText(trn("&Nhập %n câu mới", count))

    def apply(self) -> None:
        if self._importable() == 0:
            return
        db, preview, skip = self._db, self.preview, self.skip_check.isChecked()
        self._applying = True
        self.buttons.setEnabled(False)
        self._worker.run(lambda _state: apply_bank_import(db, preview, skip_invalid=skip),
                         on_success=self._applied, on_failure=self._apply_failed, parent=self,
                         label=tr("Đang nhập câu hỏi…"))

    def _apply_failed(self, exc: BaseException) -> None:
        self._applying = False
        self.buttons.setEnabled(True)
        self._update_apply()
        errors.show_error(self, exc)

    def reject(self) -> None:
        if not self._applying:  # closing while the questions are written would lose the report
            super().reject()

    def _applied(self, bank_id: str) -> None:
        self._applying = False
        self.bank_id = bank_id
        self.added = len(self.preview.new)
        skipped = len(self.preview.parsed.errors)
        dialogs.inform(self, tr("Nhập câu hỏi"),
                       trn("Đã thêm %n câu hỏi vào ngân hàng «{bank}».", self.added).format(
                           bank=self.preview.bank_name),
                       informative=trn("Bỏ qua %n câu lỗi.", skipped) if skipped else "")
        self.accept()


class QuestionBankDialog(QDialog):
    """The banks and their questions (see the module docstring)."""

    def __init__(self, db: Database, worker: DatabaseWorker, *, bank_id: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self._wanted_bank = bank_id
        self._generation = 0
        self.banks: list[BankSummary] = []
        self.questions: list[StoredQuestion] = []
        self.import_dialog: BankImportDialog | None = None
        self.changed = False  # a bank was imported into: the caller reads the banks again
        self.setWindowTitle(tr("Ngân hàng câu hỏi"))
        self.resize(1100, 720)

        self.bank_model = ListTableModel(BANK_COLUMNS, parent=self, tooltip=lambda b: topics_text(b.topics))
        self.bank_table = plan_table(self.bank_model, BANK_COLUMNS, name="bank_table", stretch="topics")
        self.bank_table.setMaximumHeight(130)
        self.bank_table.selectionModel().selectionChanged.connect(lambda *_: self._bank_chosen())
        self.import_button = QPushButton(tr("&Nhập từ tệp…"))
        self.import_button.setToolTip(tr("Bảng tính theo mẫu (.xlsx), Aiken (.txt), GIFT hoặc Moodle XML (.xml)"))
        self.import_button.clicked.connect(self.choose_and_import)
        self.export_button = QPushButton(tr("&Xuất ra .xlsx…"))
        self.export_button.setToolTip(tr("Theo đúng mẫu nhập: sửa trong Excel rồi nhập lại được"))
        self.export_button.clicked.connect(self.export)
        self.empty_label = QLabel(tr("Chưa có ngân hàng câu hỏi nào. Bấm «Nhập từ tệp…» để nhập bộ câu hỏi "
                                     "(bảng tính theo mẫu, Aiken, GIFT hoặc Moodle XML)."))
        self.empty_label.setObjectName("banks_empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #555;")

        self.topic_filter = QComboBox()
        self.topic_filter.setObjectName("topic_filter")
        self.topic_filter.setMinimumWidth(180)
        self.topic_filter.activated.connect(lambda _i: self._show_questions())
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("question_search")
        self.search_edit.setPlaceholderText(tr("Tìm trong câu hỏi và phương án (gõ không dấu cũng được)"))
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._show_questions)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.question_count_label = QLabel()
        self.question_count_label.setObjectName("question_count")
        self.question_count_label.setMinimumWidth(
            self.question_count_label.fontMetrics().horizontalAdvance(
                trn("{shown} / %n câu", 9999).format(shown="0000")) + 8)
        self.question_model = ListTableModel(QUESTION_COLUMNS, parent=self, tooltip=lambda q: q.text)
        self.question_table = plan_table(self.question_model, QUESTION_COLUMNS, name="question_table", stretch="text")
        self.question_table.selectionModel().selectionChanged.connect(lambda *_: self._question_chosen())
        self.detail = QTextBrowser()
        self.detail.setObjectName("question_detail")
        self.detail.setOpenLinks(False)
        self._folded: list[str] = []

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(tr("Đóng"))
        close.rejected.connect(self.reject)

        bank_buttons = QHBoxLayout()
        bank_buttons.addWidget(section_title(tr("Các ngân hàng câu hỏi")), 1)
        bank_buttons.addWidget(self.import_button)
        bank_buttons.addWidget(self.export_button)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Chủ đề:")))
        filters.addWidget(self.topic_filter)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.question_count_label)
        self.questions_title = section_title(tr("Câu hỏi"))
        browser = QSplitter(Qt.Orientation.Horizontal)
        browser.setChildrenCollapsible(False)
        browser.addWidget(self.question_table)
        browser.addWidget(self.detail)
        browser.setSizes([700, 360])
        layout = QVBoxLayout(self)
        layout.addLayout(bank_buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.bank_table)
        layout.addSpacing(6)
        layout.addWidget(self.questions_title)
        layout.addLayout(filters)
        layout.addWidget(browser, 1)
        layout.addWidget(close)
        self._update_buttons()
        self.refresh()

    # ------------------------------------------------------------------ banks

    def refresh(self) -> None:
        """Read the list of banks again (in the worker)."""
        db = self._db
        self._worker.run(lambda _state: list_banks(db), on_success=self._show_banks, parent=self,
                         label=tr("Đang đọc ngân hàng câu hỏi…"), show_progress=False)

    def _show_banks(self, banks: list[BankSummary]) -> None:
        keep = self._wanted_bank or (self.current_bank().id if self.current_bank() else None)
        self.banks = banks
        self.bank_model.set_rows(banks)
        self.empty_label.setVisible(not banks)
        self.bank_table.setVisible(bool(banks))
        position = next((i for i, bank in enumerate(banks) if bank.id == keep), 0)
        select_row(self.bank_table, position)
        self._wanted_bank = None
        if not banks:
            self._bank_chosen()
        self._update_buttons()

    def current_bank(self) -> BankSummary | None:
        row = current_row(self.bank_table)
        return self.bank_model.row_at(row) if row >= 0 else None

    def _update_buttons(self) -> None:
        bank = self.current_bank()
        self.export_button.setEnabled(bank is not None and bank.question_count > 0)
        for widget in (self.topic_filter, self.search_edit):
            widget.setEnabled(bank is not None)

    def _bank_chosen(self) -> None:
        bank = self.current_bank()
        self._update_buttons()
        self._generation += 1
        generation = self._generation
        if bank is None:
            self.questions_title.setText(tr("Câu hỏi"))
            self._set_questions(generation, [])
            return
        self.questions_title.setText(tr("Câu hỏi của ngân hàng «{name}»").format(name=bank.name))
        db, bank_id = self._db, bank.id
        self._worker.run(lambda _state: bank_questions(db, bank_id),
                         on_success=lambda questions: self._set_questions(generation, questions), parent=self,
                         label=tr("Đang đọc câu hỏi…"), show_progress=False)

    # ------------------------------------------------------------------ questions

    def _set_questions(self, generation: int, questions: list[StoredQuestion]) -> None:
        if generation != self._generation:
            return
        self.questions = questions
        # Folded once: the search then only compares plain strings while the officer types.
        self._folded = [vntext.fold(" ".join((q.text, *q.options))) for q in questions]
        topics = sorted({q.topic for q in questions}, key=vntext.fold)
        keep = self.topic_filter.currentData()
        self.topic_filter.clear()
        self.topic_filter.addItem(tr("Tất cả chủ đề"), None)
        for topic in topics:
            count = sum(1 for q in questions if q.topic == topic)
            self.topic_filter.addItem(f"{topic_name(topic)} ({count})", topic)
        self.topic_filter.setCurrentIndex(max(0, self.topic_filter.findData(keep)))
        self._show_questions()

    def _show_questions(self) -> None:
        self._search_timer.stop()
        topic = self.topic_filter.currentData()
        words = vntext.fold(self.search_edit.text()).split()
        shown = [q for q, folded in zip(self.questions, self._folded)
                 if (topic is None or q.topic == topic) and all(w in folded for w in words)]
        self.question_model.set_rows(shown)
        total = len(self.questions)
        self.question_count_label.setText(trn("%n câu", total) if len(shown) == total
                                          else trn("{shown} / %n câu", total).format(shown=len(shown)))
        select_row(self.question_table, 0)
        if not shown:
            self.detail.setHtml("<p style='color:#555;'>" + tr("Không có câu hỏi nào.") + "</p>" if self.current_bank()
                                else "")

    def _question_chosen(self) -> None:
        row = current_row(self.question_table)
        self.detail.setHtml(question_html(self.question_model.row_at(row)) if row >= 0 else "")

    # ------------------------------------------------------------------ import and export

    def choose_and_import(self) -> None:
        path = choose_question_file(self)
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> BankImportDialog:
        """Open the preview of ``path``; the banks are read again once it imports."""
        dialog = BankImportDialog(self._db, self._worker, path, parent=self)
        self.import_dialog = dialog

        def finished(result: int) -> None:
            if dialog is self.import_dialog:
                self.import_dialog = None
            if result and dialog.bank_id:
                self.changed = True
                self._wanted_bank = dialog.bank_id
                self.refresh()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def export(self) -> None:
        bank = self.current_bank()
        if bank is None:
            return
        path = dialogs.choose_xlsx_to_save(self, tr("Xuất ngân hàng câu hỏi"), f"{bank.name}.xlsx")
        if path is None:
            return
        db, bank_id = self._db, bank.id
        self._worker.run(lambda _state: export_bank_xlsx(db, bank_id, path),
                         on_success=lambda count: dialogs.inform(
                             self, tr("Xuất ngân hàng câu hỏi"),
                             trn("Đã ghi %n câu hỏi vào «{name}».", count).format(name=path.name),
                             informative=tr("Tệp theo đúng mẫu nhập: sửa trong Excel rồi nhập lại vào ngân hàng này "
                                            "(câu đã có không bị thêm hai lần).")),
                         parent=self, label=tr("Đang xuất ngân hàng câu hỏi…"))
