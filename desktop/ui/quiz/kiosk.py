"""The test kiosk: members take an event's awareness test on an office PC, one at a time.

Three pages in one window that fills the screen:

* **Identify**: the member scans their card (a keyboard-wedge scanner types the code and
  Enter; :class:`ScanCapture` catches it wherever the focus is) or types their name,
  tones and case ignored, and picks it from the list. When the core refuses (passed
  already, no attempts left) its message stays on the page, with the certificate at
  hand for whoever passed.
* **Question**: one question at a time in large type, its options as big buttons
  (check boxes when the question has several right answers), keys 1–8 / A–H to pick
  and ← → to move, the countdown, and a map of every question to jump to. Each choice
  is written the moment it is made.
* **Result**: the score against the pass mark, the certificate for those who passed,
  and the way back for the next person.

Time runs only while this screen holds the attempt: the time used is what the attempt
had when it was opened plus the seconds of a monotonic clock since, written with every
answer and every few seconds. A kiosk killed mid-test loses at most those few seconds,
in the member's favour; opening the attempt again resumes on the first unanswered
question with the time that was left. At zero the attempt is submitted by itself.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.cards import CODE_ALPHABET, CODE_LENGTH, find_card, format_code, normalize_code
from desktop.core.certificates import issue_certificates, write_certificate_pdf
from desktop.core.errors import ValidationError
from desktop.core.events import load_event_plan
from desktop.core.members import MemberQuery, MemberRecord, fetch_members, query_member_handles
from desktop.core.question_bank import bank_questions
from desktop.core.question_formats import LETTERS
from desktop.core.quizzes import (
    AttemptResult,
    KioskAttempt,
    QuizSettings,
    load_quiz,
    member_attempts,
    record_elapsed,
    save_answer,
    start_attempt,
    submit_attempt,
)
from desktop.db.engine import Database
from desktop.i18n import N_, tr, trn
from desktop.ui import dialogs, errors
from desktop.ui.attendance.scan_capture import ScanCapture
from desktop.ui.roster.roster_page import SEARCH_DELAY_MS

log = logging.getLogger(__name__)

AUTOSAVE_SECONDS = 5     # the most a killed kiosk can lose (and give back to the member)
TICK_MS = 250            # the countdown turns over within a quarter of a second of the real second
LAST_MINUTE = 60
SEARCH_LIMIT = 30
MAP_COLUMNS = 10
MAP_BUTTON_SIZE = (36, 30)

HEADER_COLOURS = ("#1c3d6e", "#ffffff")
PASS_COLOUR = "#2e7d32"
FAIL_COLOUR = "#c62828"
URGENT_COLOUR = "#c62828"
CALM_COLOUR = "#1c3d6e"

IDENTIFY_TITLE = N_("Quét thẻ hoặc tìm tên")
IDENTIFY_HINT = N_("Đưa mã QR trên thẻ vào máy quét. Không mang thẻ: gõ họ tên (không dấu cũng được) rồi chọn tên "
                   "mình.")

STYLE = f"""
QFrame#kiosk_header {{ background: {HEADER_COLOURS[0]}; }}
QFrame#kiosk_header QLabel {{ color: {HEADER_COLOURS[1]}; }}
QFrame#kiosk_option {{ border: 2px solid #c5ced8; border-radius: 10px; background: #ffffff; }}
QFrame#kiosk_option:hover {{ border-color: #5b86c5; }}
QFrame#kiosk_option[chosen="true"] {{ border: 3px solid #1c5fa8; background: #e3eefb; }}
QPushButton#map_button {{ border: 1px solid #b0bec5; border-radius: 4px; background: #eceff1; color: #263238; }}
QPushButton#map_button[answered="true"] {{ background: #2e7d32; border-color: #1b5e20; color: #ffffff; }}
QPushButton#map_button[current="true"] {{ border: 3px solid #ff8f00; font-weight: bold; }}
QLabel#legend_answered {{ background: #2e7d32; border: 1px solid #1b5e20; }}
QLabel#legend_unanswered {{ background: #eceff1; border: 1px solid #b0bec5; }}
QLabel#legend_current {{ background: #eceff1; border: 3px solid #ff8f00; }}
QFrame#kiosk_side {{ background: #f3f6f9; border-left: 1px solid #d5dde5; }}
QScrollArea#question_map, QWidget#question_map_holder {{ background: transparent; }}
QLineEdit#identify_search {{ padding: 4px 12px; }}
QListWidget#identify_results::item {{ padding: 6px 8px; }}
QPushButton#previous_question, QPushButton#next_question {{ padding: 6px 18px; }}
QLabel#resume_note {{ background: #fff4d6; border: 1px solid #e0b13a; border-radius: 6px; color: #5a4300;
                     padding: 8px 12px; }}
QFrame#identify_notice {{ border-radius: 8px; }}
QFrame#identify_notice[tone="error"] {{ background: #fdecea; border: 2px solid #c62828; }}
QFrame#identify_notice[tone="done"] {{ background: #e8f5e9; border: 2px solid #2e7d32; }}
QPushButton#submit_button {{ background: #c62828; color: #ffffff; border-radius: 6px; padding: 8px 22px; }}
QPushButton#submit_button:hover {{ background: #b71c1c; }}
QPushButton#start_button, QPushButton#certificate_button, QPushButton#notice_certificate,
QPushButton#next_person_button {{
    background: #1c5fa8; color: #ffffff; border-radius: 6px; padding: 8px 22px; }}
QPushButton#start_button:disabled {{ background: #9fb3c8; }}
"""


def mm_ss(seconds: int) -> str:
    """1234 → "20:34"; minutes are not wrapped into hours (a test lasts at most 300 minutes)."""
    seconds = max(0, int(seconds))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def pass_mark_count(pass_percent: int, total: int) -> int:
    """The fewest right answers that pass, by the core's rule (percent rounded to 0.1)."""
    return next((c for c in range(total + 1) if round(100.0 * c / total, 1) >= pass_percent), total) if total else 0


def open_document(path: Path) -> bool:
    """Open a saved file in the program the PC uses for it (a PDF reader, to print)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _font(point_size: float, *, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def _label(text: str = "", point_size: float = 12, *, bold: bool = False, name: str = "", wrap: bool = False,
           plain: bool = True) -> QLabel:
    label = QLabel(text)
    label.setFont(_font(point_size, bold=bold))
    label.setWordWrap(wrap)
    if plain:  # names and question texts are data: a "<" in them is not markup
        label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


def _button(text: str, point_size: float = 13, *, name: str = "", bold: bool = False,
            focus: bool = True) -> QPushButton:
    button = QPushButton(text)
    button.setFont(_font(point_size, bold=bold))
    button.setMinimumHeight(int(point_size * 3.2))
    if name:
        button.setObjectName(name)
    if not focus:
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


def _repolish(widget: QWidget) -> None:
    """Apply the style sheet again after a dynamic property it selects on changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _looks_like_code(text: str) -> bool:
    """Nine characters of the card alphabet: a code typed by hand with a slip, not a name."""
    candidate = "".join(text.split()).replace("-", "").upper()
    return len(candidate) == CODE_LENGTH and set(candidate) <= set(CODE_ALPHABET)


class OptionRow(QFrame):
    """One option: a large framed row with its letter and text (wrapped), the whole row
    clickable. The radio button or check box only shows the state; the window decides it."""

    picked = Signal(int)

    def __init__(self, index: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.index = index
        self.setObjectName("kiosk_option")
        self.setProperty("chosen", False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.radio = QRadioButton()
        self.check = QCheckBox()
        for indicator in (self.radio, self.check):
            indicator.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            indicator.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            indicator.setStyleSheet("QRadioButton::indicator, QCheckBox::indicator { width: 24px; height: 24px; }")
        self.check.hide()
        self.letter_label = _label(f"{LETTERS[index]}.", 17, bold=True)
        self.letter_label.setFixedWidth(34)
        self.text_label = _label("", 17, wrap=True, name=f"option_text_{index}")
        self.text_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(10)
        layout.addWidget(self.radio, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.check, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.letter_label, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.text_label, 1)

    def show_option(self, text: str, multiple: bool, chosen: bool) -> None:
        self.text_label.setText(text)
        self.radio.setVisible(not multiple)
        self.check.setVisible(multiple)
        self.set_chosen(chosen)

    def set_chosen(self, chosen: bool) -> None:
        self.radio.setChecked(chosen)
        self.check.setChecked(chosen)
        if self.property("chosen") != chosen:
            self.setProperty("chosen", chosen)
            _repolish(self)

    @property
    def chosen(self) -> bool:
        return bool(self.property("chosen"))

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        event.accept()  # else the release goes elsewhere

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.picked.emit(self.index)


class QuestionMap(QScrollArea):
    """Every question of the paper as a numbered button: green when answered, framed in
    orange where the member is; a click jumps there."""

    jump = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("question_map")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.buttons: list[QPushButton] = []
        self._holder = QWidget()
        self._holder.setObjectName("question_map_holder")
        self._grid = QGridLayout(self._holder)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(5)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setWidget(self._holder)
        self.viewport().setAutoFillBackground(False)  # the side panel's colour shows through
        width = MAP_COLUMNS * MAP_BUTTON_SIZE[0] + (MAP_COLUMNS - 1) * 5
        self.setMinimumWidth(width + self.verticalScrollBar().sizeHint().width())

    def set_count(self, count: int) -> None:
        if count == len(self.buttons):
            return
        for button in self.buttons:
            button.hide()
            self._grid.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for position in range(count):
            button = QPushButton(str(position + 1))
            button.setObjectName("map_button")
            button.setFixedSize(*MAP_BUTTON_SIZE)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("answered", False)
            button.setProperty("current", False)
            button.clicked.connect(lambda _checked=False, p=position: self.jump.emit(p))
            self._grid.addWidget(button, position // MAP_COLUMNS, position % MAP_COLUMNS)
            self.buttons.append(button)

    def set_state(self, position: int, *, answered: bool, current: bool) -> None:
        button = self.buttons[position]
        if button.property("answered") != answered or button.property("current") != current:
            button.setProperty("answered", answered)
            button.setProperty("current", current)
            _repolish(button)
        if current:
            self.ensureWidgetVisible(button)

    def state(self, position: int) -> str:
        """"current", "answered" or "unanswered" (for tests and screen readers alike)."""
        button = self.buttons[position]
        if button.property("current"):
            return "current"
        return "answered" if button.property("answered") else "unanswered"


class KioskWindow(QWidget):
    """The test kiosk for one event; see the module docstring.

    ``clock`` gives monotonic seconds (tests pass their own to move time at will).
    Closing asks first; the attempt on screen keeps its answers and time left.
    """

    closed = Signal()

    def __init__(self, db: Database, event_id: str, parent: QWidget | None = None, *,
                 clock: Callable[[], float] = time.monotonic):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("quiz_kiosk")
        self.db = db
        self.event_id = event_id
        self.clock = clock
        self.event_title = load_event_plan(db, event_id).title
        self.settings: QuizSettings | None = load_quiz(db, event_id)
        self.attempt: KioskAttempt | None = None
        self.result: AttemptResult | None = None
        self.auto_submitted = False
        self.current = 0
        self._base_elapsed = 0
        self._opened_at = 0.0
        self._saved_elapsed = 0
        self._multiple: set[str] = set()
        self._urgent: bool | None = None
        self._submitting = False
        self._finished = False
        self._picked_by_hand = False
        self._refused_member: str | None = None  # who the identify page's certificate button is for

        self.setWindowTitle(tr("Thi trắc nghiệm: {title}").format(title=self.event_title))
        self.setFont(_font(12))
        self.setMinimumSize(1024, 640)
        self.setStyleSheet(STYLE)

        self.capture = ScanCapture(self)
        self.capture.scanned.connect(self._scanned)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_header())
        self.stack = QStackedWidget()
        self.identify_page = self._build_identify_page()
        self.question_page = self._build_question_page()
        self.result_page = self._build_result_page()
        for page in (self.identify_page, self.question_page, self.result_page):
            self.stack.addWidget(page)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self._build_footer())

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)

        QShortcut(QKeySequence(Qt.Key.Key_F11), self, activated=self.toggle_full_screen)
        self._show_test_facts()
        self.show_identify()

    # --- building ------------------------------------------------------------------------

    def _build_header(self) -> QWidget:
        header = QFrame()
        header.setObjectName("kiosk_header")
        self.title_label = _label(self.event_title, 17, bold=True, name="kiosk_event", wrap=True)
        self.facts_label = _label("", 12, name="kiosk_facts", wrap=True)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.facts_label)
        row = QHBoxLayout(header)
        row.setContentsMargins(18, 10, 18, 10)
        row.addLayout(titles, 1)
        return header

    def _build_identify_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("identify_page")
        title = _label(tr(IDENTIFY_TITLE), 30, bold=True, name="identify_title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = _label(tr(IDENTIFY_HINT), 14, wrap=True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("identify_search")
        self.search_edit.setFont(_font(20))
        self.search_edit.setMinimumHeight(56)
        self.search_edit.setPlaceholderText(tr("Quét thẻ, hoặc gõ họ tên…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textEdited.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.search_entered)
        self.search_edit.installEventFilter(self)

        self.notice = QFrame()
        self.notice.setObjectName("identify_notice")
        self.notice.setProperty("tone", "error")
        self.notice_name = _label("", 20, bold=True, name="notice_name", wrap=True)
        self.notice_text = _label("", 15, name="notice_text", wrap=True)
        self.notice_certificate_button = _button(tr("In giấy chứng nhận"), 14, name="notice_certificate", bold=True)
        self.notice_certificate_button.clicked.connect(
            lambda: self._refused_member and self.print_certificate(self._refused_member))
        notice_text = QVBoxLayout()
        notice_text.setSpacing(4)
        notice_text.addWidget(self.notice_name)
        notice_text.addWidget(self.notice_text)
        notice_row = QHBoxLayout(self.notice)
        notice_row.setContentsMargins(18, 12, 18, 12)
        notice_row.addLayout(notice_text, 1)
        notice_row.addWidget(self.notice_certificate_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.notice.hide()

        self.results_caption = _label("", 13, name="results_caption", wrap=True)
        self.results = QListWidget()
        self.results.setObjectName("identify_results")
        self.results.setFont(_font(16))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setUniformItemSizes(True)
        self.results.setSpacing(2)
        self.results.hide()  # shown with the first search hits; an empty box says nothing
        self.results.itemActivated.connect(lambda item: self.begin(item.data(Qt.ItemDataRole.UserRole)))
        self.results.itemSelectionChanged.connect(self._selection_changed)
        self.start_button = _button(tr("Bắt đầu làm bài"), 15, name="start_button", bold=True)
        self.start_button.setEnabled(False)
        self.start_button.hide()
        self.start_button.clicked.connect(self.start_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.results_caption, 1)
        actions.addWidget(self.start_button)

        column = QVBoxLayout()
        column.setSpacing(12)
        column.addSpacing(18)
        column.addWidget(title)
        column.addWidget(hint)
        column.addSpacing(6)
        column.addWidget(self.search_edit)
        column.addWidget(self.notice)
        column.addWidget(self.results, 1)
        column.addLayout(actions)
        column.addStretch(0)
        outer = QHBoxLayout(page)
        outer.setContentsMargins(24, 12, 24, 18)
        outer.addStretch(1)
        outer.addLayout(column, 6)
        outer.addStretch(1)
        return page

    def _build_question_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("question_page")
        page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keys land here, not on a button

        self.number_label = _label("", 19, bold=True, name="question_number")
        self.topic_label = _label("", 12, name="question_topic")
        self.topic_label.setStyleSheet("color: #607d8b;")
        number_row = QHBoxLayout()
        number_row.addWidget(self.number_label)
        number_row.addSpacing(14)
        number_row.addWidget(self.topic_label, 1, Qt.AlignmentFlag.AlignBottom)
        self.resume_note = _label("", 14, name="resume_note", wrap=True)
        self.resume_note.hide()

        self.question_label = _label("", 21, bold=True, name="question_text", wrap=True)
        self.question_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.options = [OptionRow(index) for index in range(len(LETTERS))]
        for option in self.options:
            option.picked.connect(self.choose)
        self.choice_hint = _label("", 12, name="choice_hint", wrap=True)
        self.choice_hint.setStyleSheet("color: #546e7a;")
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 12, 0)
        body_layout.setSpacing(12)
        body_layout.addWidget(self.question_label)
        body_layout.addSpacing(6)
        for option in self.options:
            body_layout.addWidget(option)
        body_layout.addWidget(self.choice_hint)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("question_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # arrows move between questions, not the view
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)

        self.previous_button = _button(tr("←  Câu trước"), 14, name="previous_question", focus=False)
        self.previous_button.clicked.connect(self.previous_question)
        self.next_button = _button(tr("Câu sau  →"), 14, name="next_question", focus=False)
        self.next_button.clicked.connect(self.next_question)
        self.submit_button = _button(tr("Nộp bài"), 15, name="submit_button", bold=True, focus=False)
        self.submit_button.clicked.connect(self.submit)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        nav.addWidget(self.submit_button)

        left = QVBoxLayout()
        left.setContentsMargins(26, 16, 16, 14)
        left.setSpacing(10)
        left.addLayout(number_row)
        left.addWidget(self.resume_note)
        left.addWidget(scroll, 1)
        left.addLayout(nav)

        side = QFrame()
        side.setObjectName("kiosk_side")
        self.member_label = _label("", 15, bold=True, name="kiosk_member", wrap=True)
        self.attempt_label = _label("", 12, name="kiosk_attempt_no")
        countdown_caption = _label(tr("Thời gian còn lại"), 12)
        self.countdown_label = _label("", 40, bold=True, name="countdown")
        self.countdown_label.setStyleSheet(f"color: {CALM_COLOUR};")
        self.answered_label = _label("", 13, name="answered_count")
        self.map = QuestionMap()
        self.map.jump.connect(self.show_question)
        legend = QHBoxLayout()
        legend.setSpacing(6)
        for name, text in (("legend_answered", tr("Đã trả lời")), ("legend_unanswered", tr("Chưa trả lời")),
                           ("legend_current", tr("Đang xem"))):
            swatch = QLabel()
            swatch.setObjectName(name)
            swatch.setFixedSize(18, 16)
            legend.addWidget(swatch)
            legend.addWidget(_label(text, 11))
            legend.addSpacing(8)
        legend.addStretch(1)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(18, 16, 18, 14)
        side_layout.setSpacing(6)
        side_layout.addWidget(self.member_label)
        side_layout.addWidget(self.attempt_label)
        side_layout.addSpacing(10)
        side_layout.addWidget(countdown_caption)
        side_layout.addWidget(self.countdown_label)
        side_layout.addSpacing(6)
        side_layout.addWidget(self.answered_label)
        side_layout.addWidget(self.map, 1)
        side_layout.addLayout(legend)
        side.setFixedWidth(self.map.minimumWidth() + 36 + 8)

        outer = QHBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addLayout(left, 1)
        outer.addWidget(side)
        return page

    def _build_result_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("result_page")
        self.result_name = _label("", 22, bold=True, name="result_name", wrap=True)
        caption = _label(tr("Kết quả bài kiểm tra"), 15)
        self.score_label = _label("", 46, bold=True, name="result_score")
        self.detail_label = _label("", 16, name="result_detail", wrap=True)
        self.auto_note = _label(tr("Hết giờ làm bài: bài đã được nộp tự động."), 14, name="auto_submitted", wrap=True)
        self.auto_note.setStyleSheet("color: #8a5a00;")
        self.advice_label = _label("", 14, name="result_advice", wrap=True)
        for label in (self.result_name, caption, self.score_label, self.detail_label, self.auto_note,
                      self.advice_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.certificate_button = _button(tr("In giấy chứng nhận"), 15, name="certificate_button", bold=True)
        self.certificate_button.clicked.connect(lambda: self.attempt and self.print_certificate(self.attempt.member_id))
        self.next_person_button = _button(tr("Người tiếp theo"), 15, name="next_person_button", bold=True)
        self.next_person_button.clicked.connect(self.next_person)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.certificate_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.next_person_button)
        buttons.addStretch(1)
        column = QVBoxLayout(page)
        column.setContentsMargins(60, 30, 60, 30)
        column.setSpacing(12)
        column.addStretch(1)
        column.addWidget(self.result_name)
        column.addWidget(caption)
        column.addSpacing(8)
        column.addWidget(self.score_label)
        column.addWidget(self.detail_label)
        column.addWidget(self.auto_note)
        column.addWidget(self.advice_label)
        column.addSpacing(18)
        column.addLayout(buttons)
        column.addStretch(2)
        return page

    def _build_footer(self) -> QWidget:
        footer = QFrame()
        footer.setObjectName("kiosk_footer")
        self.full_screen_button = _button(tr("Toàn màn hình (F11)"), 10, focus=False)
        self.full_screen_button.setMinimumHeight(30)
        self.full_screen_button.clicked.connect(self.toggle_full_screen)
        self.leave_button = _button(tr("Thoát"), 10, name="leave_kiosk", focus=False)
        self.leave_button.setMinimumHeight(30)
        self.leave_button.clicked.connect(self.close)
        self.footer_note = _label(tr("Mọi câu trả lời được lưu ngay khi chọn."), 10)
        self.footer_note.setStyleSheet("color: #607d8b;")
        row = QHBoxLayout(footer)
        row.setContentsMargins(14, 4, 14, 8)
        row.addWidget(self.footer_note)
        row.addStretch(1)
        row.addWidget(self.full_screen_button)
        row.addWidget(self.leave_button)
        return footer

    # --- identify ----------------------------------------------------------------------------

    def _show_test_facts(self) -> None:
        settings = self.settings
        if settings is None:
            self.facts_label.setText(tr("Hội nghị chưa có bài kiểm tra."))
            return
        self.facts_label.setText(tr("Bài kiểm tra nhận thức: {count} câu, làm trong {minutes} phút; trả lời đúng từ "
                                    "{percent}% trở lên là đạt.").format(
            count=settings.question_count, minutes=settings.duration_minutes, percent=settings.pass_percent))

    def show_identify(self) -> None:
        """The first page, empty, ready for the next person."""
        self.attempt = None
        self.result = None
        self.auto_submitted = False
        self.timer.stop()
        self.search_edit.clear()
        self.results.clear()
        self.results.hide()
        self.results_caption.setText("")
        self.start_button.setEnabled(False)
        self.start_button.hide()
        self._hide_notice()
        self.stack.setCurrentWidget(self.identify_page)
        if self.isVisible():  # a hidden kiosk must not take scans meant for another window
            self.capture.install()
        self.search_edit.setFocus()

    def _scanned(self, code: str) -> None:
        if self.stack.currentWidget() is self.identify_page and not self._finished:
            self.search_edit.clear()
            self.scan_code(code)

    def scan_code(self, text: str) -> KioskAttempt | None:
        """A card code (from the scanner or typed): start or resume its holder's attempt."""
        code = normalize_code(text)
        if code is None:
            self._show_notice(tr("Mã thẻ không hợp lệ"),
                              tr("«{text}» không phải mã thẻ đúng. Hãy quét lại, hoặc gõ họ tên để tìm.").format(
                                  text=text.strip()))
            return None
        try:
            card = find_card(self.db, code)
        except Exception as exc:  # noqa: BLE001 - the kiosk shows any failure and carries on
            errors.show_error(self, exc)
            return None
        if card is None:
            self._show_notice(tr("Không nhận ra thẻ"),
                              tr("Máy này không có thẻ mã {code}. Hãy gõ họ tên để tìm, hoặc hỏi cán bộ phụ "
                                 "trách.").format(code=format_code(code)))
            return None
        if card.revoked:
            self._show_notice(tr("Thẻ đã bị thu hồi"),
                              tr("Thẻ mã {code} đã được thay bằng thẻ mới. Hãy dùng thẻ mới, hoặc gõ họ tên để "
                                 "tìm.").format(code=format_code(code)))
            return None
        return self.begin(card.member_id)

    def run_search(self) -> list[MemberRecord]:
        """Members whose name (or phone, card number) holds every word typed, tones ignored."""
        self._search_timer.stop()
        text = self.search_edit.text().strip()
        self.results.clear()
        self._picked_by_hand = False
        self.start_button.setEnabled(False)
        if not text or normalize_code(text) or _looks_like_code(text):
            self.results_caption.setText("")
            self.results.hide()
            self.start_button.hide()
            return []
        try:
            handles = query_member_handles(self.db, MemberQuery(search=text, statuses=("active",)))
            found = fetch_members(self.db, handles[:SEARCH_LIMIT])
        except Exception as exc:  # noqa: BLE001 - the kiosk shows any failure and carries on
            errors.show_error(self, exc)
            return []
        records = [found[h] for h in handles[:SEARCH_LIMIT] if h in found]
        for record in records:
            if record.date_of_birth_text:
                text = tr("{name}  ·  sinh {born}  ·  {branch}").format(
                    name=record.full_name, born=record.date_of_birth_text, branch=record.branch_name)
            else:
                text = f"{record.full_name}  ·  {record.branch_name}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.results.addItem(item)
        if not records:
            caption = tr("Không tìm thấy ai có tên này. Hãy kiểm tra lại, hoặc hỏi cán bộ phụ trách.")
        elif len(records) == 1:
            caption = tr("Nếu đúng là bạn, nhấn Enter hoặc «Bắt đầu làm bài».")
        elif len(handles) > SEARCH_LIMIT:
            caption = tr("Gõ thêm để thu hẹp. Có {count} người: chọn đúng tên mình (↑ ↓ hoặc bấm chuột) rồi nhấn "
                         "Enter.").format(count=len(handles))
        else:
            caption = tr("Có {count} người: chọn đúng tên mình (↑ ↓ hoặc bấm chuột) rồi nhấn Enter.").format(
                count=len(handles))
        self.results_caption.setText(caption)
        self.results.setVisible(bool(records))
        self.start_button.setVisible(bool(records))
        if records:
            self.results.setCurrentRow(0)
        return records

    def _selection_changed(self) -> None:
        self.start_button.setEnabled(bool(self.results.selectedItems()))

    def search_entered(self) -> None:
        """Enter in the box: a code typed by hand is scanned; a name starts the attempt of
        the person found when the list leaves no doubt (one hit, or one picked with ↑ ↓)."""
        text = self.search_edit.text()
        if normalize_code(text) or _looks_like_code(text):
            self.search_edit.clear()
            self.scan_code(text)
            return
        if not text.strip():
            return
        picked_by_hand = self._picked_by_hand
        if self._search_timer.isActive() or not self.results.count():
            self.run_search()
        if self.results.count() == 1 or (picked_by_hand and self.results.selectedItems()):
            self.start_selected()

    def start_selected(self) -> KioskAttempt | None:
        items = self.results.selectedItems()
        return self.begin(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # ↑ ↓ in the search box walk the list below it, so the hands stay on the keyboard.
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key())
            if step is not None and self.results.count():
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                self._picked_by_hand = True
                return True
        return super().eventFilter(watched, event)

    def _show_notice(self, title: str, text: str, *, tone: str = "error", certificate_for: str | None = None) -> None:
        self.notice_name.setText(title)
        self.notice_text.setText(text)
        if self.notice.property("tone") != tone:
            self.notice.setProperty("tone", tone)
            _repolish(self.notice)
        self._refused_member = certificate_for
        self.notice_certificate_button.setVisible(certificate_for is not None)
        self.notice.show()

    def _hide_notice(self) -> None:
        self._refused_member = None
        self.notice.hide()

    # --- starting and resuming ------------------------------------------------------------------

    def begin(self, member_id: str) -> KioskAttempt | None:
        """Start the member's attempt, or resume their unfinished one; when the test does
        not let them (passed, no attempts left) say why on the identify page."""
        if not member_id or self.in_progress:  # one member at a time: the page for it is not on screen
            return None
        try:
            self.settings = load_quiz(self.db, self.event_id)
            self._show_test_facts()
            attempt = start_attempt(self.db, self.event_id, member_id)
        except Exception as exc:  # noqa: BLE001 - refusals are the core's messages, failures shown as such
            self._refused(member_id, exc)
            return None
        self._open(attempt)
        return attempt

    def _refused(self, member_id: str, exc: Exception) -> None:
        report = errors.describe_error(exc)
        if report.is_bug:
            errors.show_error(self, exc)
            return
        passed = False
        try:
            passed = any(a.passed for a in member_attempts(self.db, self.event_id, member_id))
        except Exception:  # noqa: BLE001 - the refusal itself is what matters here
            log.warning("Không đọc được các lượt thi của đoàn viên", exc_info=True)
        if passed:
            self._show_notice(tr("Đã đạt bài kiểm tra"),
                              tr("{message} Có thể in giấy chứng nhận ngay tại đây.").format(message=str(exc)),
                              tone="done", certificate_for=member_id)
        else:
            # A refusal by the rules ("invalid data" to the error dialog) is said in the kiosk's words.
            self._show_notice(tr("Chưa thi được") if isinstance(exc, ValidationError) else report.title, str(exc))
        self.search_edit.selectAll()
        self.search_edit.setFocus()

    def _multiple_answer_questions(self) -> set[str]:
        """Questions with several right answers (shown with check boxes)."""
        if self.settings is None or not self.settings.bank_id:
            return set()
        try:
            return {q.id for q in bank_questions(self.db, self.settings.bank_id) if len(q.correct) > 1}
        except Exception:  # noqa: BLE001 - one choice per question is the safe default
            log.warning("Không đọc được ngân hàng câu hỏi", exc_info=True)
            return set()

    def _open(self, attempt: KioskAttempt) -> None:
        self.capture.remove()
        self._search_timer.stop()
        self.attempt = attempt
        self.result = None
        self.auto_submitted = False
        self._multiple = self._multiple_answer_questions()
        self._base_elapsed = attempt.elapsed_seconds
        self._saved_elapsed = attempt.elapsed_seconds
        self._opened_at = self.clock()
        self.member_label.setText(attempt.full_name)
        self.attempt_label.setText(tr("Lần thi thứ {number}").format(number=attempt.attempt_no))
        self.map.set_count(len(attempt.questions))
        first_open = next((q.position for q in attempt.questions if not q.chosen), 0)
        self.current = first_open
        for question in attempt.questions:
            self.map.set_state(question.position, answered=bool(question.chosen), current=False)
        if attempt.resumed:
            self.resume_note.setText(tr("Tiếp tục bài làm: còn {remaining}. Đã trả lời {answered}/{total} câu; các "
                                        "câu trả lời trước vẫn được giữ nguyên.").format(
                remaining=mm_ss(attempt.remaining_seconds), answered=attempt.answered, total=len(attempt.questions)))
        self.resume_note.setVisible(attempt.resumed)
        self.stack.setCurrentWidget(self.question_page)
        self.show_question(first_open)
        self._show_answered()
        self._urgent = None  # the colour is set afresh for this attempt
        self._show_countdown(attempt.remaining_seconds)
        self.question_page.setFocus()
        if attempt.remaining_seconds <= 0:
            self._submit(auto=True)  # its time ran out while the kiosk was down after the last save
            return
        self.timer.start()

    # --- the question page ----------------------------------------------------------------------

    @property
    def in_progress(self) -> bool:
        return self.attempt is not None and self.result is None

    def elapsed_seconds(self) -> int:
        """Seconds used: what the attempt had when opened plus this screen's time since."""
        if self.attempt is None:
            return 0
        running = max(0.0, self.clock() - self._opened_at)
        return min(self.attempt.duration_seconds, self._base_elapsed + int(running))

    def remaining_seconds(self) -> int:
        return self.attempt.duration_seconds - self.elapsed_seconds() if self.attempt else 0

    def show_question(self, position: int) -> None:
        attempt = self.attempt
        if attempt is None or not 0 <= position < len(attempt.questions):
            return
        previous, self.current = self.current, position
        if previous != position and 0 <= previous < len(attempt.questions):
            self.map.set_state(previous, answered=bool(attempt.questions[previous].chosen), current=False)
            self.resume_note.hide()
        question = attempt.questions[position]
        multiple = question.question_id in self._multiple
        self.number_label.setText(tr("Câu {number}/{total}").format(number=position + 1, total=len(attempt.questions)))
        self.topic_label.setText(question.topic)
        self.question_label.setText(question.text)
        for option in self.options:
            if option.index < len(question.options):
                option.show_option(question.options[option.index], multiple, option.index in question.chosen)
                option.show()
            else:
                option.hide()
        last = LETTERS[len(question.options) - 1]
        hint = (tr("Chọn tất cả các đáp án đúng (phím 1–{count} hoặc A–{last}; chọn lại để bỏ).") if multiple
                else tr("Chọn một đáp án (phím 1–{count} hoặc A–{last}). ← → để chuyển câu."))
        self.choice_hint.setText(hint.format(count=len(question.options), last=last))
        self.previous_button.setEnabled(position > 0)
        self.next_button.setEnabled(position < len(attempt.questions) - 1)
        self.map.set_state(position, answered=bool(question.chosen), current=True)

    def next_question(self) -> None:
        self.show_question(self.current + 1)

    def previous_question(self) -> None:
        self.show_question(self.current - 1)

    def choose(self, index: int) -> bool:
        """Pick option ``index`` (as shown) of the question on screen, and write it at once.
        With several right answers a pick toggles the option; otherwise it replaces the
        choice. On a failed write the screen goes back to what is stored."""
        if not self.in_progress or self._submitting:
            return False
        question = self.attempt.questions[self.current]
        if not 0 <= index < len(question.options):
            return False
        if question.question_id in self._multiple:
            chosen = sorted(set(question.chosen) ^ {index})
        else:
            chosen = [index]
        if chosen == question.chosen:
            return True
        elapsed = self.elapsed_seconds()
        try:
            save_answer(self.db, self.attempt.attempt_id, question.position, chosen, elapsed)
        except Exception as exc:  # noqa: BLE001 - the member must see that the answer was not kept
            errors.show_error(self, exc)
            self.show_question(self.current)
            return False
        question.chosen = chosen
        self._saved_elapsed = max(self._saved_elapsed, elapsed)
        for option in self.options[:len(question.options)]:
            option.set_chosen(option.index in chosen)
        self.map.set_state(question.position, answered=bool(chosen), current=True)
        self.resume_note.hide()
        self._show_answered()
        return True

    def _show_answered(self) -> None:
        if self.attempt is not None:
            self.answered_label.setText(tr("Đã trả lời: {answered}/{total} câu").format(
                answered=self.attempt.answered, total=len(self.attempt.questions)))

    def _show_countdown(self, remaining: int) -> None:
        text = mm_ss(remaining)
        if self.countdown_label.text() != text:
            self.countdown_label.setText(text)
        urgent = remaining <= LAST_MINUTE
        if urgent != self._urgent:
            self._urgent = urgent
            self.countdown_label.setStyleSheet(f"color: {URGENT_COLOUR if urgent else CALM_COLOUR};")

    @property
    def countdown_urgent(self) -> bool:
        return bool(self._urgent)

    def tick(self) -> None:
        """The countdown; the time used written every few seconds; at zero, the submission."""
        if not self.in_progress or self._submitting:
            return
        elapsed = self.elapsed_seconds()
        self._show_countdown(self.attempt.duration_seconds - elapsed)
        if elapsed >= self.attempt.duration_seconds:
            self._submit(auto=True)
        elif elapsed - self._saved_elapsed >= AUTOSAVE_SECONDS:
            self._record(elapsed)

    def _record(self, elapsed: int) -> None:
        try:
            record_elapsed(self.db, self.attempt.attempt_id, elapsed)
        except Exception:  # noqa: BLE001 - retried at the next tick; a dialog every few seconds would stop the test
            log.warning("Không ghi được thời gian làm bài", exc_info=True)
            return
        self._saved_elapsed = elapsed

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if self.stack.currentWidget() is self.question_page and self.in_progress and not (
                event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                                     | Qt.KeyboardModifier.MetaModifier)):
            key = event.key()
            if key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
                self.previous_question()
                return
            if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
                self.next_question()
                return
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_8:
                self.choose(key - Qt.Key.Key_1)
                return
            if Qt.Key.Key_A <= key <= Qt.Key.Key_H:
                self.choose(key - Qt.Key.Key_A)
                return
        super().keyPressEvent(event)

    # --- submitting ---------------------------------------------------------------------------

    def unanswered(self) -> int:
        return sum(1 for q in self.attempt.questions if not q.chosen) if self.attempt else 0

    def submit(self) -> AttemptResult | None:
        """"Nộp bài": asks first, saying how many questions have no answer."""
        if not self.in_progress:
            return None
        left = self.unanswered()
        if left:
            text = trn("Bạn còn %n câu chưa trả lời. Vẫn nộp bài?", left)
            informative = tr("Câu chưa trả lời được tính là sai. Sau khi nộp không sửa được nữa.")
        else:
            text = tr("Bạn đã trả lời tất cả các câu. Nộp bài?")
            informative = tr("Sau khi nộp không sửa được nữa.")
        if not dialogs.confirm(self, tr("Nộp bài"), text, confirm_text=tr("Nộp bài"), cancel_text=tr("Làm tiếp"),
                               informative=informative):
            return None
        if not self.in_progress:
            return self.result  # the time ran out while the question was open: already submitted
        return self._submit(auto=False)

    def _submit(self, *, auto: bool) -> AttemptResult | None:
        if self._submitting:
            return None
        self._submitting = True
        self.timer.stop()
        try:
            result = submit_attempt(self.db, self.attempt.attempt_id, self.elapsed_seconds())
        except Exception as exc:  # noqa: BLE001 - shown; the countdown tries again (or the member presses again)
            errors.show_error(self, exc)
            self.timer.start()
            return None
        finally:
            self._submitting = False
        self.result = result
        self.auto_submitted = auto
        self._show_result()
        return result

    def _show_result(self) -> None:
        attempt, result = self.attempt, self.result
        self.result_name.setText(attempt.full_name)
        verdict = tr("ĐẠT") if result.passed else tr("CHƯA ĐẠT")
        self.score_label.setText(f"{result.score_text} — {verdict}")
        self.score_label.setStyleSheet(f"color: {PASS_COLOUR if result.passed else FAIL_COLOUR};")
        percent = f"{result.percent:g}".replace(".", ",")
        need = pass_mark_count(result.pass_percent, result.total)
        self.detail_label.setText(tr("Trả lời đúng {correct}/{total} câu ({percent}%). Điểm đạt: từ {pass_percent}% "
                                     "({need}/{total} câu).").format(
            correct=result.correct, total=result.total, percent=percent, pass_percent=result.pass_percent, need=need))
        self.auto_note.setVisible(self.auto_submitted)
        if result.passed:
            advice = tr("Chúc mừng bạn! Có thể in giấy chứng nhận ngay.")
        elif self.settings is not None and self.settings.max_attempts and \
                attempt.attempt_no >= self.settings.max_attempts:
            advice = trn("Bạn đã thi đủ %n lần cho phép.", self.settings.max_attempts)
        else:
            advice = tr("Bạn có thể thi lại: quét thẻ hoặc tìm tên để bắt đầu lượt mới.")
        self.advice_label.setText(advice)
        self.certificate_button.setVisible(result.passed)
        self.stack.setCurrentWidget(self.result_page)
        self.next_person_button.setFocus()

    def next_person(self) -> None:
        self.show_identify()

    # --- certificates ---------------------------------------------------------------------------

    def print_certificate(self, member_id: str) -> Path | None:
        """Issue (or reprint) the member's certificate, save it as a PDF where the officer
        says, and offer to open it for printing."""
        try:
            [certificate] = issue_certificates(self.db, self.event_id, [member_id])
        except Exception as exc:  # noqa: BLE001 - shown to the officer
            errors.show_error(self, exc)
            return None
        path = dialogs.choose_pdf_to_save(
            self, tr("Lưu giấy chứng nhận"),
            tr("Giấy chứng nhận {number} - {name}.pdf").format(number=certificate.number,
                                                               name=certificate.facts.member_name))
        if path is None:
            return None
        try:
            write_certificate_pdf(certificate, path)
        except Exception as exc:  # noqa: BLE001 - shown to the officer
            errors.show_error(self, exc)
            return None
        if dialogs.confirm(self, tr("Đã lưu giấy chứng nhận"),
                           tr("Đã lưu giấy chứng nhận số {number} của {name}.").format(
                               number=certificate.number, name=certificate.facts.member_name),
                           informative=tr("Tệp: {path}\nMở tệp để in ngay?").format(path=path),
                           confirm_text=tr("Mở để in"), cancel_text=tr("Để sau")) and not open_document(path):
            dialogs.warn(self, tr("Không mở được tệp"),
                         tr("Máy chưa có chương trình mở tệp PDF. Hãy mở tệp {path} bằng chương trình đọc PDF để "
                            "in.").format(path=path))
        return path

    # --- the window ------------------------------------------------------------------------------

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showMaximized()
            self.full_screen_button.setText(tr("Toàn màn hình (F11)"))
        else:
            self.showFullScreen()
            self.full_screen_button.setText(tr("Thu nhỏ (F11)"))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self._finished:
            if not self._confirm_leave():
                event.ignore()
                return
            self._finish()
        super().closeEvent(event)

    def _confirm_leave(self) -> bool:
        if self.in_progress:
            name = self.attempt.full_name
            return dialogs.confirm(
                self, tr("Thoát màn hình thi"), tr("{name} đang làm bài. Thoát màn hình thi?").format(name=name),
                informative=tr("Các câu đã trả lời đều đã được lưu. Khi mở lại màn hình thi và quét thẻ (hoặc tìm "
                               "tên), bài làm tiếp tục với thời gian còn lại ({remaining}); thời gian không chạy "
                               "trong lúc màn hình đóng.").format(remaining=mm_ss(self.remaining_seconds())),
                confirm_text=tr("Thoát"), cancel_text=tr("Ở lại"))
        return dialogs.confirm(self, tr("Thoát màn hình thi"), tr("Đóng màn hình thi?"), confirm_text=tr("Đóng"),
                               cancel_text=tr("Ở lại"))

    def close_now(self) -> None:
        """Close without asking (the program is quitting, or a script is done with it)."""
        if not self._finished:
            self._finish()
        self.close()

    def _finish(self) -> None:
        self._finished = True
        if self.in_progress:
            self._record(self.elapsed_seconds())
        self.timer.stop()
        self._search_timer.stop()
        self.capture.remove()
        self.closed.emit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._finished and self.stack.currentWidget() is self.identify_page:
            self.capture.install()
            self.search_edit.setFocus()
        elif self.stack.currentWidget() is self.question_page:
            self.question_page.setFocus()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Scans meant for another window (the check-in station) must not land here.
        self.capture.remove()
        super().hideEvent(event)
