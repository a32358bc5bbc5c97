"""The "Kiểm tra nhận thức" tab of the event page: the test's settings, where it stands
per unit, and the ways results come in and certificates go out.

The settings (:class:`desktop.core.quizzes.QuizSettings`) are saved on their own with
"Lưu cài đặt", not with the event's plan; the core checks them all at once and each
problem is shown under its field. Attempts are written by the kiosk and by imports
straight to the database, so the overview reads its figures from there
(:func:`desktop.core.quiz_summary.quiz_summary`): whenever the tab is shown, after an
import, and every few seconds while a kiosk opened from here is running. The event
must be saved first: until then the tab only says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core import vntext
from desktop.core.certificates import write_certificates
from desktop.core.errors import ValidationError, ValidationErrors
from desktop.core.question_bank import BankSummary, list_banks
from desktop.core.quiz_summary import (
    MemberStanding,
    QuizSummary,
    QuizUnitRow,
    quiz_summary,
    write_quiz_summary_xlsx,
)
from desktop.core.quizzes import QuizSettings, load_quiz, new_quiz_settings, save_quiz
from desktop.core.units import UnitTree
from desktop.db.engine import Database
from desktop.i18n import N_, percent_text, tr, trn
from desktop.ui import dialogs, errors
from desktop.ui.events.attendance_tab import FiguresModel
from desktop.ui.events.plan_table import plan_table, section_title
from desktop.ui.events.tab_base import SavedEventTab, save_first_page
from desktop.ui.forms import ERROR_COLOUR, FieldMessages
from desktop.ui.quiz.bank_dialog import QuestionBankDialog, topic_name
from desktop.ui.quiz.paper_results_dialog import PaperResultsDialog
from desktop.ui.quiz.results_import_dialog import ResultsImportDialog
from desktop.ui.quiz.verify_dialog import CertificateVerifyDialog
from desktop.ui.roster.roster_page import SEARCH_DELAY_MS
from desktop.ui.table_models import CENTER, RIGHT, Column, ListTableModel
from desktop.ui.worker import DatabaseWorker

# While a kiosk opened from this tab runs, its submitted attempts show here this often.
LIVE_REFRESH_MS = 10_000
NEVER_TESTED = QColor("#f1f1f1")
NOT_PASSED = QColor("#fff4d6")
SAVED_COLOUR = "#1b5e20"
UNLIMITED_ATTEMPTS = N_("Không giới hạn (đến khi đạt)")
STANDING_FILTERS = [(N_("Tất cả chưa đạt"), None), (N_("Chưa kiểm tra"), False), (N_("Đã thi, chưa đạt"), True)]

UNIT_COLUMNS: list[Column[QuizUnitRow]] = [
    Column("unit", N_("Đơn vị"), lambda r: r.unit_name, width=230),
    Column("to_test", N_("Phải\nkiểm tra"), lambda r: r.to_test, alignment=RIGHT, width=74),
    Column("tested", N_("Đã\nkiểm tra"), lambda r: r.tested, alignment=RIGHT, width=74),
    Column("tested_rate", N_("Tỉ lệ đã\nkiểm tra"), lambda r: percent_text(r.tested_rate) if r.to_test else "—",
           alignment=RIGHT, width=74),
    Column("passed", N_("Đạt"), lambda r: r.passed, alignment=RIGHT, width=56),
    Column("pass_rate", N_("Tỉ lệ\nđạt"), lambda r: percent_text(r.pass_rate) if r.to_test else "—", alignment=RIGHT,
           width=64),
    Column("attempts", N_("Số lượt\nthi"), lambda r: r.attempts, alignment=RIGHT, width=66),
]

STANDING_COLUMNS: list[Column[MemberStanding]] = [
    Column("seq", N_("STT"), None, alignment=RIGHT, width=44),
    Column("name", N_("Họ và tên"), lambda m: m.full_name, width=190),
    Column("unit", N_("Chi đoàn"), lambda m: m.unit_name, width=210),
    Column("attempts", N_("Số lần thi"), lambda m: m.attempts or "", alignment=RIGHT, width=76),
    Column("best", N_("Điểm cao nhất"), lambda m: m.best_score, alignment=CENTER, width=100),
    Column("state", N_("Tình trạng"), lambda m: tr("Chưa đạt") if m.attempts else tr("Chưa kiểm tra"), width=110),
]


def choose_folder(parent: QWidget | None, title: str) -> Path | None:
    """Ask for an existing folder; None when cancelled."""
    name = QFileDialog.getExistingDirectory(parent, title, str(Path.home()))
    return Path(name) if name else None


def open_folder(folder: Path) -> None:
    """Show ``folder`` in the system's file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


@dataclass(frozen=True)
class Loaded:
    """What the tab reads for an event, in one job."""

    banks: list[BankSummary]
    settings: QuizSettings | None
    summary: QuizSummary
    defaults: QuizSettings  # what a test not set up yet starts from (the office's settings)


class QuotaGrid(QWidget):
    """A small table of spin boxes: how many questions each topic of the bank gives."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.spins: dict[str, QSpinBox] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(3)

    def set_topics(self, topics: dict[str, int], quotas: dict[str, int]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.spins = {}
        if len(topics) < 2:
            note = QLabel(tr("Ngân hàng không chia chủ đề: mọi câu lấy ngẫu nhiên từ cả ngân hàng.") if topics
                          else tr("Chọn ngân hàng câu hỏi để chia số câu theo chủ đề."))
            note.setWordWrap(True)
            note.setStyleSheet("color: #555;")
            self._grid.addWidget(note, 0, 0, 1, 3)
            return
        for column, text in enumerate((tr("Chủ đề"), tr("Trong ngân hàng"), tr("Lấy vào đề"))):
            header = QLabel(text)
            header.setStyleSheet("color: #555;")
            self._grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignRight if column else
                                 Qt.AlignmentFlag.AlignLeft)
        for row, (topic, count) in enumerate(sorted(topics.items(), key=lambda item: vntext.fold(item[0])), start=1):
            name = QLabel(topic_name(topic))
            name.setToolTip(topic_name(topic))
            spin = QSpinBox()
            spin.setObjectName(f"quota_{row}")
            spin.setRange(0, count)
            spin.setSpecialValueText("—")
            spin.setSuffix(tr(" câu"))
            spin.setValue(quotas.get(topic, 0))
            spin.valueChanged.connect(lambda _value: self.changed.emit())
            self.spins[topic] = spin
            self._grid.addWidget(name, row, 0)
            self._grid.addWidget(QLabel(trn("%n câu", count)), row, 1, Qt.AlignmentFlag.AlignRight)
            self._grid.addWidget(spin, row, 2)
        self._grid.setColumnStretch(0, 1)

    def quotas(self) -> dict[str, int]:
        return {topic: spin.value() for topic, spin in self.spins.items() if spin.value()}


class QuizTab(SavedEventTab):
    """See the module docstring. ``set_event(event_id)`` with the saved event's id, or None."""

    settings_saved = Signal(str)  # the event id, once the test's settings are written

    def __init__(self, db: Database, worker: DatabaseWorker, tree: UnitTree, parent: QWidget | None = None):
        super().__init__(db, worker, parent)
        self.tree = tree
        self.banks: list[BankSummary] = []
        self.settings: QuizSettings | None = None  # as saved
        self.summary: QuizSummary | None = None
        self.dirty = False
        self._filling = False  # widgets being set from the database: not an edit
        self._standings: list[tuple[str, MemberStanding]] = []
        self.kiosk: QWidget | None = None
        self.bank_dialog: QuestionBankDialog | None = None
        self.results_dialog: ResultsImportDialog | None = None
        self.verify_dialog: CertificateVerifyDialog | None = None
        self._live_timer = QTimer(self)
        self._live_timer.setInterval(LIVE_REFRESH_MS)
        self._live_timer.timeout.connect(self._live_refresh)

        self._set_pages(self._build_unsaved_page(), self._build_content_page())
        self.set_event(None)

    # ------------------------------------------------------------------ building

    def _build_unsaved_page(self) -> QWidget:
        return save_first_page(
            "quiz_unsaved", tr("Lưu hội nghị để đặt bài kiểm tra"),
            tr("Sau khi lưu (Ctrl+S), thẻ này cho chọn ngân hàng câu hỏi và cách ra đề, mở phòng thi trên máy, nhập "
               "kết quả từ ứng dụng hoặc tệp, xem ai đã kiểm tra, ai đã đạt theo từng đơn vị và cấp giấy chứng nhận."),
            self.save_requested)

    def _build_content_page(self) -> QWidget:
        self.kiosk_button = QPushButton(tr("&Mở phòng thi trên máy…"))
        self.kiosk_button.setToolTip(tr("Đoàn viên làm bài trên máy của cơ quan (toàn màn hình)"))
        self.kiosk_button.clicked.connect(self.open_kiosk)
        self.import_button = QPushButton(tr("&Nhập kết quả…"))
        self.import_button.setToolTip(tr("Kết quả xuất từ ứng dụng Thanh niên Việt Nam, danh sách của đơn vị khác…"))
        self.import_button.clicked.connect(lambda: self.import_results())
        self.paper_button = QPushButton(tr("Nhậ&p điểm thi trên giấy…"))
        self.paper_button.setToolTip(tr("Gõ nhanh điểm từng bài thi trên giấy: họ tên, số câu đúng"))
        self.paper_button.clicked.connect(lambda: self.enter_paper_results())
        self.certificates_button = QPushButton(tr("&Cấp giấy chứng nhận…"))
        self.certificates_button.setToolTip(tr("Mỗi đoàn viên đã đạt một tệp PDF có mã QR để kiểm tra"))
        self.certificates_button.clicked.connect(self.issue_certificates)
        self.verify_button = QPushButton(tr("&Kiểm tra giấy chứng nhận…"))
        self.verify_button.clicked.connect(self.verify_certificate)
        actions = QHBoxLayout()
        for button in (self.kiosk_button, self.import_button, self.paper_button, self.certificates_button,
                       self.verify_button):
            actions.addWidget(button)
        actions.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_settings())
        splitter.addWidget(self._build_overview())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 830])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        return page

    def _build_settings(self) -> QWidget:
        general = QLabel()
        general.setObjectName("quiz_settings_error")
        general.setWordWrap(True)
        self.messages = FieldMessages(general, grow_window=False)
        self.bank_combo = QComboBox()
        self.bank_combo.setObjectName("quiz_bank")
        self.bank_combo.setMinimumContentsLength(16)
        self.bank_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.bank_combo.currentIndexChanged.connect(lambda _i: self._bank_chosen())
        self.banks_button = QPushButton(tr("Ngân hàng &câu hỏi…"))
        self.banks_button.setToolTip(tr("Nhập, xuất và xem các ngân hàng câu hỏi"))
        self.banks_button.clicked.connect(self.open_banks)

        def spin(name: str, low: int, high: int, suffix: str) -> QSpinBox:
            box = QSpinBox()
            box.setObjectName(name)
            box.setRange(low, high)
            box.setSuffix(suffix)
            box.valueChanged.connect(lambda _value: self._edited())
            return box

        self.count_spin = spin("quiz_question_count", 1, 500, tr(" câu"))
        self.minutes_spin = spin("quiz_minutes", 1, 300, tr(" phút"))
        self.pass_spin = spin("quiz_pass_percent", 1, 100, " %")
        self.pass_spin.setToolTip(tr("Tỉ lệ câu trả lời đúng tối thiểu để đạt"))
        self.attempts_spin = spin("quiz_max_attempts", 0, 50, tr(" lần"))
        self.attempts_spin.setSpecialValueText(tr(UNLIMITED_ATTEMPTS))
        self.attempts_spin.setToolTip(tr("0: thi lại đến khi đạt"))
        self.shuffle_questions_check = QCheckBox(tr("Đảo thứ tự câu hỏi"))
        self.shuffle_options_check = QCheckBox(tr("Đảo thứ tự phương án"))
        self.prefer_unseen_check = QCheckBox(tr("Thi lại: ưu tiên câu chưa gặp"))
        self.prefer_unseen_check.setToolTip(tr("Lần thi sau lấy trước những câu người đó chưa gặp ở các lần trước"))
        for check in (self.shuffle_questions_check, self.shuffle_options_check, self.prefer_unseen_check):
            check.toggled.connect(lambda _on: self._edited())
        self.quota_grid = QuotaGrid()
        self.quota_grid.changed.connect(self._quotas_changed)
        self.quota_note = QLabel()
        self.quota_note.setObjectName("quota_note")
        self.quota_note.setWordWrap(True)
        self.quota_note.setStyleSheet("color: #555;")
        quotas = QWidget()
        quotas_layout = QVBoxLayout(quotas)
        quotas_layout.setContentsMargins(0, 0, 0, 0)
        quotas_layout.addWidget(self.quota_grid)
        quotas_layout.addWidget(self.quota_note)

        self.save_button = QPushButton(tr("&Lưu cài đặt"))
        self.save_button.setObjectName("quiz_save")
        self.save_button.clicked.connect(self.save_settings)
        self.state_label = QLabel()
        self.state_label.setObjectName("quiz_settings_state")
        self.state_label.setWordWrap(True)

        m = self.messages
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("Ngân hàng:"), m.wrap("bank_id", self.bank_combo))
        banks_row = QHBoxLayout()
        banks_row.addWidget(self.banks_button)
        banks_row.addStretch(1)
        form.addRow("", banks_row)
        form.addRow(tr("Số câu mỗi đề:"), m.wrap("question_count", self.count_spin))
        form.addRow(tr("Thời gian làm bài:"), m.wrap("duration_minutes", self.minutes_spin))
        form.addRow(tr("Điểm đạt:"), m.wrap("pass_percent", self.pass_spin))
        form.addRow(tr("Số lần thi tối đa:"), m.wrap("max_attempts", self.attempts_spin))
        checks = QVBoxLayout()
        checks.setSpacing(2)
        for check in (self.shuffle_questions_check, self.shuffle_options_check, self.prefer_unseen_check):
            checks.addWidget(check)
        form.addRow(tr("Ra đề:"), checks)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        save_row.addWidget(self.state_label, 1)

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 8, 0)
        inner_layout.addWidget(section_title(tr("Cài đặt bài kiểm tra")))
        inner_layout.addWidget(general)
        inner_layout.addLayout(form)
        inner_layout.addSpacing(4)
        inner_layout.addWidget(section_title(tr("Số câu theo chủ đề")))
        inner_layout.addWidget(m.wrap("topic_quotas", quotas))
        inner_layout.addSpacing(8)
        inner_layout.addLayout(save_row)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("quiz_settings")
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(360)
        return scroll

    def _build_overview(self) -> QWidget:
        self.headline = QLabel()
        self.headline.setObjectName("quiz_headline")
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-size: 11pt;")
        self.export_button = QPushButton(tr("&Xuất báo cáo (.xlsx)…"))
        self.export_button.setToolTip(tr("Kết quả theo đơn vị và danh sách đoàn viên chưa đạt"))
        self.export_button.clicked.connect(self.export_summary)
        self.unit_model = FiguresModel(UNIT_COLUMNS, is_total=lambda row: row.unit_id == "", parent=self)
        self.unit_table = plan_table(self.unit_model, UNIT_COLUMNS, name="quiz_units", stretch="unit")

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("quiz_search")
        self.search_edit.setPlaceholderText(tr("Tìm tên hoặc chi đoàn (gõ không dấu cũng được)"))
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._show_standings)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.standing_filter = QComboBox()
        self.standing_filter.setObjectName("quiz_standing_filter")
        for text, tested in STANDING_FILTERS:
            self.standing_filter.addItem(tr(text), tested)
        self.standing_filter.activated.connect(lambda _i: self._show_standings())
        self.standing_count = QLabel()
        self.standing_count.setObjectName("quiz_standing_count")
        # Room for the widest count: some fonts draw "người" wider than they measure it.
        widest = tr("{shown}/{total} người").format(shown="00000", total="00000")
        self.standing_count.setMinimumWidth(self.standing_count.fontMetrics().horizontalAdvance(widest) + 8)
        self.standing_model = ListTableModel(STANDING_COLUMNS, parent=self,
                                             background=lambda m: NOT_PASSED if m.attempts else NEVER_TESTED)
        self.standing_table = plan_table(self.standing_model, STANDING_COLUMNS, name="quiz_not_passed",
                                         stretch="unit")

        units = QWidget()
        units_layout = QVBoxLayout(units)
        units_layout.setContentsMargins(8, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(section_title(tr("Kết quả theo đơn vị")), 1)
        title_row.addWidget(self.export_button)
        units_layout.addLayout(title_row)
        units_layout.addWidget(self.headline)
        units_layout.addWidget(self.unit_table, 1)
        standings = QWidget()
        standings_layout = QVBoxLayout(standings)
        standings_layout.setContentsMargins(8, 0, 0, 0)
        standings_layout.addWidget(section_title(tr("Đoàn viên chưa đạt")))
        filters = QHBoxLayout()
        filters.addWidget(self.standing_filter)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.standing_count)
        standings_layout.addLayout(filters)
        standings_layout.addWidget(self.standing_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(units)
        splitter.addWidget(standings)
        splitter.setSizes([300, 300])
        return splitter

    # ------------------------------------------------------------------ event and data

    def set_tree(self, tree: UnitTree) -> None:
        self.tree = tree

    def set_event(self, event_id: str | None) -> None:
        """The saved event to work on; None while it is not saved (the tab says why)."""
        if event_id != self.event_id:
            self.dirty = False
            self.settings = None
            self.summary = None
            self.messages.clear()
            self._live_timer.stop()
        self.event_id = event_id
        self._show_page()
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Read the banks, the settings and the figures again (in the worker)."""
        if self.event_id is None:
            self._update_buttons()
            return
        db, event_id = self._db, self.event_id

        def read() -> Loaded:
            banks = list_banks(db)
            return Loaded(banks, load_quiz(db, event_id), quiz_summary(db, event_id),
                          new_quiz_settings(db, banks[0].id if len(banks) == 1 else None))

        self._read_in_worker(read, self._show, tr("Đang đọc kết quả kiểm tra…"))

    def _show(self, loaded: Loaded) -> None:
        self.banks = loaded.banks
        self.settings = loaded.settings
        if not self.dirty:  # never overwrite what the officer is typing
            self._fill_settings(loaded.settings or loaded.defaults)
        else:
            self._fill_bank_combo(self.bank_combo.currentData())
        self._show_summary(loaded.summary)
        self._update_buttons()

    def _fill_bank_combo(self, bank_id: str | None) -> None:
        self._filling = True
        try:
            self.bank_combo.clear()
            self.bank_combo.addItem(tr("(chưa chọn ngân hàng)"), None)
            for bank in self.banks:
                self.bank_combo.addItem(trn("{name} (%n câu)", bank.question_count).format(name=bank.name), bank.id)
            self.bank_combo.setCurrentIndex(max(0, self.bank_combo.findData(bank_id)))
        finally:
            self._filling = False

    def _fill_settings(self, settings: QuizSettings | None) -> None:
        shown = settings or QuizSettings(self.banks[0].id if len(self.banks) == 1 else None)  # no event read yet
        self._filling = True
        try:
            self._fill_bank_combo(shown.bank_id)
            self.count_spin.setValue(shown.question_count)
            self.minutes_spin.setValue(shown.duration_minutes)
            self.pass_spin.setValue(shown.pass_percent)
            self.attempts_spin.setValue(shown.max_attempts)
            self.shuffle_questions_check.setChecked(shown.shuffle_questions)
            self.shuffle_options_check.setChecked(shown.shuffle_options)
            self.prefer_unseen_check.setChecked(shown.prefer_unseen)
            self._set_quota_topics(shown.topic_quotas)
        finally:
            self._filling = False
        self.dirty = False
        self._show_state()

    def current_bank(self) -> BankSummary | None:
        bank_id = self.bank_combo.currentData()
        return next((bank for bank in self.banks if bank.id == bank_id), None)

    def _set_quota_topics(self, quotas: dict[str, int]) -> None:
        bank = self.current_bank()
        self.quota_grid.set_topics(bank.topics if bank else {}, quotas)
        self._update_quota_note()

    def _bank_chosen(self) -> None:
        if self._filling:
            return
        # Quotas of topics the new bank shares with the old one are kept.
        self._set_quota_topics(self.quota_grid.quotas())
        self._edited()

    def _quotas_changed(self) -> None:
        self._update_quota_note()
        self._edited()

    def _update_quota_note(self) -> None:
        if not self.quota_grid.spins:
            self.quota_note.clear()
            self.quota_note.hide()
            return
        by_topic = sum(self.quota_grid.quotas().values())
        rest = self.count_spin.value() - by_topic
        self.quota_note.setText(
            tr("Mọi câu lấy ngẫu nhiên từ cả ngân hàng.") if by_topic == 0 else
            tr("Theo chủ đề {by_topic} câu; {rest} câu còn lại lấy ngẫu nhiên từ cả ngân hàng.").format(
                by_topic=by_topic, rest=rest) if rest >= 0 else
            tr("Tổng theo chủ đề ({by_topic} câu) vượt số câu của đề.").format(by_topic=by_topic))
        self.quota_note.show()

    def _edited(self) -> None:
        if self._filling:
            return
        self.dirty = True
        self._update_quota_note()
        self._show_state()
        self._update_buttons()

    def _show_state(self) -> None:
        if self.dirty:
            text, colour = tr("Có thay đổi chưa lưu."), "#8a5a00"
        elif self.settings is None:
            text, colour = tr("Chưa có bài kiểm tra: chọn ngân hàng câu hỏi rồi lưu cài đặt."), "#555"
        else:
            text, colour = tr("✔ Đã lưu cài đặt."), SAVED_COLOUR
        self.state_label.setText(text)
        self.state_label.setStyleSheet(f"color: {colour};")

    def current_settings(self) -> QuizSettings:
        """The settings as the widgets show them."""
        return QuizSettings(
            bank_id=self.bank_combo.currentData(), question_count=self.count_spin.value(),
            topic_quotas=self.quota_grid.quotas(), duration_minutes=self.minutes_spin.value(),
            pass_percent=self.pass_spin.value(), max_attempts=self.attempts_spin.value(),
            shuffle_questions=self.shuffle_questions_check.isChecked(),
            shuffle_options=self.shuffle_options_check.isChecked(),
            prefer_unseen=self.prefer_unseen_check.isChecked())

    def _update_buttons(self) -> None:
        ready = self.event_id is not None
        passed = self.summary.total.passed if self.summary else 0
        self.import_button.setEnabled(ready)
        self.kiosk_button.setEnabled(ready and self.settings is not None)
        self.kiosk_button.setToolTip(tr("Đoàn viên làm bài trên máy của cơ quan (toàn màn hình)")
                                     if self.settings is not None else
                                     tr("Lưu cài đặt bài kiểm tra trước khi mở phòng thi"))
        self.certificates_button.setEnabled(ready and passed > 0)
        self.export_button.setEnabled(self.summary is not None)

    # ------------------------------------------------------------------ overview

    def _show_summary(self, summary: QuizSummary) -> None:
        self.summary = summary
        self.unit_model.set_table(UNIT_COLUMNS, [*summary.units, summary.total])
        total = summary.total
        if total.to_test == 0:
            text = tr("Đơn vị tổ chức và các đơn vị trực thuộc chưa có đoàn viên nào đang sinh hoạt: chưa có ai "
                      "phải kiểm tra.")
        elif total.attempts == 0:
            text = tr("<b>{to_test}</b> đoàn viên phải kiểm tra; chưa có kết quả nào. Mở phòng thi trên máy "
                      "hoặc nhập kết quả từ tệp.").format(to_test=total.to_test)
        else:
            text = tr("Đã kiểm tra <b>{tested}/{to_test}</b> đoàn viên (<b>{tested_rate}</b>), đạt <b>{passed}</b> "
                      "(<b>{pass_rate}</b>); {attempts} lượt thi.").format(
                tested=total.tested, to_test=total.to_test, tested_rate=percent_text(total.tested_rate),
                passed=total.passed, pass_rate=percent_text(total.pass_rate), attempts=total.attempts)
        self.headline.setText(text)
        # Folded once: the search then compares plain strings while the officer types.
        self._standings = [(vntext.fold(f"{m.full_name} {m.unit_name}"), m) for m in summary.not_passed]
        self._show_standings()

    def _show_standings(self) -> None:
        self._search_timer.stop()
        words = vntext.fold(self.search_edit.text()).split()
        tested = self.standing_filter.currentData()
        shown = [m for folded, m in self._standings
                 if all(w in folded for w in words) and (tested is None or bool(m.attempts) == tested)]
        self.standing_model.set_rows(shown)
        total = len(self._standings)
        self.standing_count.setText(trn("%n người", len(shown)) if len(shown) == total else
                                    tr("{shown}/{total} người").format(shown=len(shown), total=total))

    def export_summary(self) -> None:
        if self.summary is None:
            return
        summary = self.summary
        path = dialogs.choose_xlsx_to_save(self, tr("Xuất kết quả kiểm tra"),
                                           tr("Kết quả kiểm tra - {title}.xlsx").format(title=summary.title))
        if path is None:
            return
        db = self._db
        self._worker.run(lambda _state: write_quiz_summary_xlsx(db, summary, path),
                         on_success=lambda written: dialogs.inform(self, tr("Xuất kết quả kiểm tra"),
                                                                   tr("Đã ghi «{name}».").format(name=written.name)),
                         parent=self, label=tr("Đang xuất kết quả kiểm tra…"))

    # ------------------------------------------------------------------ settings

    def save_settings(self) -> None:
        if self.event_id is None:
            return
        self.messages.clear()
        settings, db, event_id = self.current_settings(), self._db, self.event_id
        self.save_button.setEnabled(False)
        self._worker.run(lambda _state: save_quiz(db, event_id, settings),
                         on_success=lambda _result: self._saved(event_id, settings), on_failure=self._save_failed,
                         parent=self, label=tr("Đang lưu cài đặt bài kiểm tra…"))

    def _saved(self, event_id: str, settings: QuizSettings) -> None:
        self.save_button.setEnabled(True)
        if event_id != self.event_id:
            return
        self.settings = settings
        self.dirty = False
        self._show_state()
        self._update_buttons()
        self.settings_saved.emit(event_id)

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        problems = exc.errors if isinstance(exc, ValidationErrors) else [exc]
        if not problems or not all(isinstance(p, ValidationError) for p in problems):
            errors.show_error(self, exc)
            return
        by_field: dict[str | None, list[str]] = {}
        for problem in problems:
            field = problem.field if self.messages.knows(problem.field) else None
            by_field.setdefault(field, []).append(str(problem))
        for field, messages in by_field.items():
            self.messages.show(field, "\n".join(messages))
        self.messages.focus(problems[0].field)
        self.state_label.setText(trn("Chưa lưu: %n lỗi, xem dưới từng ô.", len(problems)) if len(problems) > 1
                                 else tr("Chưa lưu: xem lỗi dưới ô."))
        self.state_label.setStyleSheet(f"color: {ERROR_COLOUR};")

    # ------------------------------------------------------------------ actions

    def open_banks(self) -> QuestionBankDialog:
        dialog = QuestionBankDialog(self._db, self._worker, bank_id=self.bank_combo.currentData(), parent=self)
        self.bank_dialog = dialog

        def finished(_result: int) -> None:
            if dialog is self.bank_dialog:
                self.bank_dialog = None
            if dialog.changed:
                self.refresh()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def open_kiosk(self) -> None:
        if self.event_id is None:
            return
        if self.settings is None or self.dirty:
            dialogs.inform(self, tr("Mở phòng thi"), tr("Hãy lưu cài đặt bài kiểm tra (ngân hàng câu hỏi, số câu, "
                                                        "thời gian…) trước khi mở phòng thi."))
            return
        from desktop.ui.quiz.open_kiosk import open_kiosk

        window = open_kiosk(self, self._db, self.event_id)
        if isinstance(window, QWidget):
            self.kiosk = window
            self._live_timer.start()
        self.refresh()

    def _live_refresh(self) -> None:
        try:
            running = self.kiosk is not None and self.kiosk.isVisible()
        except RuntimeError:  # the kiosk window was closed and deleted
            running = False
        if not running:
            self.kiosk = None
            self._live_timer.stop()
            self.refresh()
        elif self.isVisible() and self._worker.idle:
            self.refresh()

    def import_results(self, path: Path | None = None) -> ResultsImportDialog | None:
        if self.event_id is None:
            return None
        dialog = ResultsImportDialog(self._db, self._worker, self.event_id, path=path, parent=self)
        self.results_dialog = dialog

        def finished(result: int) -> None:
            if dialog is self.results_dialog:
                self.results_dialog = None
            if result:
                self.refresh()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        if path is None:
            QTimer.singleShot(0, dialog.choose_button.click)  # the file is the first thing to choose
        return dialog

    def enter_paper_results(self) -> PaperResultsDialog | None:
        if self.event_id is None:
            return None
        dialog = PaperResultsDialog(self._db, self._worker, self.event_id, parent=self)

        def finished(_result: int) -> None:
            self.refresh()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def issue_certificates(self) -> None:
        if self.event_id is None:
            return
        if self.summary is not None and self.summary.total.passed == 0:
            dialogs.inform(self, tr("Cấp giấy chứng nhận"), tr("Chưa có đoàn viên nào đạt bài kiểm tra."))
            return
        folder = choose_folder(self, tr("Chọn thư mục lưu giấy chứng nhận (mỗi người một tệp PDF)"))
        if folder is None:
            return
        db, event_id = self._db, self.event_id
        self._worker.run(lambda _state: write_certificates(db, event_id, folder),
                         on_success=lambda paths: self._certificates_written(folder, paths), parent=self,
                         label=tr("Đang cấp giấy chứng nhận…"))

    def _certificates_written(self, folder: Path, paths: list[Path]) -> None:
        if dialogs.confirm(self, tr("Cấp giấy chứng nhận"),
                           trn("Đã ghi %n giấy chứng nhận (PDF) vào thư mục «{folder}».", len(paths)).format(
                               folder=folder),
                           informative=tr("Người đã có giấy chứng nhận giữ nguyên số cũ; mỗi giấy có mã QR để kiểm "
                                          "tra thật giả."), confirm_text=tr("Mở thư mục"), cancel_text=tr("Đóng")):
            open_folder(folder)

    def verify_certificate(self) -> CertificateVerifyDialog:
        dialog = CertificateVerifyDialog(self._db, self._worker, parent=self)
        self.verify_dialog = dialog

        def finished(_result: int) -> None:
            if dialog is self.verify_dialog:
                self.verify_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog
