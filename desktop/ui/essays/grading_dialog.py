"""Grading one essay: the text on the left, the grade on the right.

Without a rubric the officer picks a grade of the scale (big radio buttons, one click);
with a rubric there is a score box per criterion and the total, and the grade it earns
by the bands, change as the officer types. A criterion not scored yet is blank rather
than 0, so an essay is never saved with a zero nobody gave.

With double marking two markers grade independently: the dialog asks which marker is
grading and shows the other marker's grade only once this marker's own mark is saved.
When the two disagree, a "Thống nhất kết quả" section sets both marks side by side and
the final grade agreed between them is recorded as marker 0. The dialog stays open
after an independent mark is saved (to show what the other marker gave); ``exec()``
returns Accepted whenever something was saved.

The core (:func:`desktop.core.essays.grade_essay`) checks the scores and the grade; its
messages are shown in red next to the part of the form they concern.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core import essays
from desktop.core.errors import NotFoundError
from desktop.core.essays import EssayRules, GradeInput, Mark, RegisterRow
from desktop.core.events import list_events
from desktop.core.vntext import format_date
from desktop.db.engine import Database
from desktop.i18n import N_, tr, trn
from desktop.ui.forms import ERROR_COLOUR, DateLineEdit, FieldMessages
from desktop.ui.worker import DatabaseWorker

SAVED_COLOUR = "#1b5e20"
HINT_COLOUR = "#555"
MARKER_LABELS = {1: N_("Người chấm 1"), 2: N_("Người chấm 2"), 0: N_("Thống nhất kết quả")}
NO_TEXT_PAPER = N_("Bài nộp bản giấy: không có chữ để hiện ở đây. Hãy chấm trên bản giấy.")
NO_TEXT_SCAN = N_("Bài nộp bản giấy / ảnh quét: không có chữ. Bấm «Mở tệp» để xem bài.")
SCORE_STEP = 0.5
# Typed scores may go past a criterion's maximum so the slip shows (in red) instead of the
# keystroke being swallowed; the arrows stop at the maximum.
SCORE_CEILING = 1000.0

# The officer's name as last typed: grading goes essay after essay, and the name should
# not have to be typed for each one. Kept for the session only.
_last_name = ""


def remembered_name() -> str:
    return _last_name


def remember_name(name: str) -> None:
    global _last_name
    if name.strip():
        _last_name = name.strip()


def open_document(path: Path) -> bool:
    """Open ``path`` in the program the PC uses for it (Word, a PDF reader, a photo viewer)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def copy_for_reading(db: Database, essay_id: str) -> Path:
    """A copy of the essay's stored file under its original name, in the temporary folder:
    the store names files by content, without the extension the PC needs to pick a program."""
    stored, name = essays.essay_file(db, essay_id)
    folder = Path(tempfile.gettempdir()) / "doandesk-bai-thu-hoach" / stored.name[:16]
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    if not target.exists():
        shutil.copyfile(stored, target)
    return target


def reading_view(name: str) -> QTextEdit:
    """A read-only view for an essay's text, a size larger than the form around it."""
    view = QTextEdit()
    view.setObjectName(name)
    view.setReadOnly(True)
    view.setAcceptRichText(False)
    # Selectable with the mouse (to copy a sentence), but no blinking caret in a text nobody edits.
    view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() + 1)
    view.setFont(font)
    view.document().setDocumentMargin(10)
    return view


def set_essay_text(view: QTextEdit, text: str) -> None:
    """Show ``text`` with a gap after each paragraph: extracted text has one line per
    paragraph, and without the gap a page of it reads as one block."""
    view.setPlainText(text)
    cursor = QTextCursor(view.document())
    cursor.select(QTextCursor.SelectionType.Document)
    spacing = QTextBlockFormat()
    spacing.setBottomMargin(view.fontMetrics().height() * 0.5)
    cursor.mergeBlockFormat(spacing)


def number(value: float) -> str:
    """37.5 → '37,5', 40.0 → '40' (Vietnamese decimal comma)."""
    return f"{value:g}".replace(".", ",")


def mark_text(mark: Mark, rules: EssayRules) -> str:
    """'Khá — 76/100 điểm' (or just the grade without a rubric)."""
    if mark.total is None or not rules.rubric:
        return mark.grade
    return tr("{grade} — {total}/{maximum} điểm").format(grade=mark.grade, total=number(mark.total),
                                                          maximum=number(rules.rubric_total))


@dataclass(frozen=True)
class EssayView:
    """What the dialog reads for one essay, in one job."""

    event_id: str
    writer: RegisterRow
    rules: EssayRules
    text: str
    marks: dict[int, Mark]


def load_essay(db: Database, essay_id: str, event_id: str | None = None) -> EssayView:
    """The essay, its writer, its event's rules and its marks. Without ``event_id`` the
    events are searched for it (an office holds a handful of events a year)."""
    candidates = [event_id] if event_id else [e.id for e in list_events(db)]
    for candidate in candidates:
        row = next((r for r in essays.essay_register(db, candidate) if r.essay_id == essay_id), None)
        if row is not None:
            return EssayView(candidate, row, essays.rules_or_default(db, candidate), essays.essay_text(db, essay_id),
                             essays.essay_marks(db, essay_id))
    raise NotFoundError(tr("Không tìm thấy bài thu hoạch (có thể đã được thay bằng bài nộp lại hoặc đã bị xóa)."))


class ScoreSpin(QDoubleSpinBox):
    """A criterion's score: blank until scored, steps of 0.5, arrows from 0 to the maximum."""

    def __init__(self, maximum: float, parent: QWidget | None = None):
        super().__init__(parent)
        self.maximum_score = maximum
        self.setDecimals(1)
        self.setSingleStep(SCORE_STEP)
        # One step below 0 stands for "not scored yet", shown as a dash.
        self.setRange(-SCORE_STEP, max(SCORE_CEILING, maximum))
        self.setSpecialValueText("—")
        self.setValue(-SCORE_STEP)
        self.setSuffix(f" / {number(maximum)}")
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(120)
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)

    def is_blank(self) -> bool:
        return self.value() < 0

    def score(self) -> float:
        return max(0.0, self.value())

    def set_score(self, value: float | None) -> None:
        self.setValue(-SCORE_STEP if value is None else value)

    def out_of_range(self) -> bool:
        return self.value() > self.maximum_score

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        if self.is_blank():
            if steps <= 0:
                return
            value = (steps - 1) * SCORE_STEP  # the first step up from blank gives 0
        else:
            value = self.value() + steps * SCORE_STEP
        self.setValue(min(self.maximum_score, max(0.0, value)))
        self.selectAll()

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:  # noqa: N802
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.value() < self.maximum_score:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if self.value() > 0:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        # A click into the box should let the officer type the score over the dash.
        QTimer.singleShot(0, self.selectAll)


def _bold(text: str = "", size: float | None = None) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    if size:
        font.setPointSizeF(size)
    label.setFont(font)
    return label


def _hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {HINT_COLOUR};")
    return label


class GradingDialog(QDialog):
    """See the module docstring. ``event_id`` (when the caller knows it) saves a search."""

    def __init__(self, db: Database, worker: DatabaseWorker, essay_id: str, parent: QWidget | None = None, *,
                 event_id: str | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self.essay_id = essay_id
        self.view: EssayView | None = None
        self.rules = EssayRules()
        self.marks: dict[int, Mark] = {}
        self.marker = 0
        self.saved = False
        self.grade_buttons: dict[str, QRadioButton] = {}
        self.score_spins: list[ScoreSpin] = []
        self.marker_buttons: dict[int, QRadioButton] = {}
        self.setWindowTitle(tr("Chấm bài thu hoạch"))
        self.resize(1180, 760)

        # Left: who wrote it and the text.
        self.writer_label = _bold(tr("Đang mở bài…"), 12)
        self.writer_label.setObjectName("writer")
        self.details_label = _hint()
        self.details_label.setObjectName("essay_details")
        self.open_button = QPushButton(tr("Mở &tệp"))
        self.open_button.setObjectName("open_file")
        self.open_button.setToolTip(tr("Mở tệp bài nộp bằng chương trình của máy (Word, trình đọc PDF, xem ảnh)"))
        self.open_button.clicked.connect(self.open_file)
        self.open_button.setAutoDefault(False)  # Enter in the form saves; it never opens a file
        self.open_button.hide()
        self.text_view = reading_view("essay_text")
        self.no_text = QFrame()
        self.no_text.setFrameShape(QFrame.Shape.StyledPanel)
        self.no_text_label = QLabel()
        self.no_text_label.setObjectName("no_text")
        self.no_text_label.setWordWrap(True)
        self.no_text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_text_label.setStyleSheet("font-size: 12pt; color: #555;")
        self.no_text_layout = QVBoxLayout(self.no_text)
        self.no_text_layout.addStretch(1)
        self.no_text_layout.addWidget(self.no_text_label)
        self.no_text_layout.addStretch(1)
        self.no_text.hide()
        left = QWidget()
        self.header_row = QHBoxLayout()
        header_text = QVBoxLayout()
        header_text.addWidget(self.writer_label)
        header_text.addWidget(self.details_label)
        self.header_row.addLayout(header_text, 1)
        self.header_row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addLayout(self.header_row)
        left_layout.addWidget(self.text_view, 1)
        left_layout.addWidget(self.no_text, 1)

        # Right: the form, built once the rules are known.
        self.general_message = QLabel()
        self.general_message.setObjectName("general_message")
        self.general_message.setWordWrap(True)
        self.messages = FieldMessages(self.general_message)
        self.form_panel = QWidget()
        self.form_layout = QVBoxLayout(self.form_panel)
        self.form_layout.setContentsMargins(6, 0, 6, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form_panel)

        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet(f"color: {SAVED_COLOUR};")
        self.save_button = QPushButton(tr("&Lưu"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(tr("Đóng"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.general_message)
        right_layout.addWidget(scroll, 1)

        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        worker.run(lambda _state: load_essay(db, essay_id, event_id), on_success=self._loaded,
                   on_failure=self._load_failed, parent=self, label=tr("Đang mở bài thu hoạch…"))

    # ------------------------------------------------------------------ loading

    def _load_failed(self, exc: BaseException) -> None:
        self.writer_label.setText(tr("Không mở được bài thu hoạch"))
        self.messages.show_failure(exc, self)

    def _loaded(self, view: EssayView) -> None:
        self.view = view
        self.rules = view.rules
        self.marks = dict(view.marks)
        writer = view.writer
        self.setWindowTitle(tr("Chấm bài thu hoạch — {name}").format(name=writer.full_name))
        self.writer_label.setText(writer.full_name)
        received = (tr("Nộp ngày {date} (muộn)") if writer.late else tr("Nộp ngày {date}")).format(
            date=format_date(writer.received_on))
        where = tr("bản giấy") if writer.on_paper else tr("tệp {file}").format(file=writer.file_name)
        words = tr("{words} chữ").format(words=f"{writer.word_count:,}".replace(",", ".")) if writer.word_count \
            else ""
        parts = [p for p in (tr(writer.position_label), writer.unit_name) if p]
        self.details_label.setText(" · ".join(parts) + "\n" + " · ".join(p for p in (received, where, words) if p))
        has_file = not writer.on_paper and bool(writer.file_name)
        if view.text.strip():
            set_essay_text(self.text_view, view.text)
            self.open_button.setText(tr("Mở tệp &gốc"))
        else:
            self.text_view.hide()
            self.no_text_label.setText(tr(NO_TEXT_PAPER) if not has_file else tr(NO_TEXT_SCAN))
            if has_file:
                # Without text to read, opening the file is the one thing to do: the button
                # goes where the text would be, large.
                self.open_button.setText(tr("Mở &tệp"))
                self.open_button.setMinimumHeight(40)
                self.header_row.removeWidget(self.open_button)
                self.no_text_layout.insertWidget(2, self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)
            self.no_text.show()
        self.open_button.setVisible(has_file)
        self._build_form()
        if self.rules.double_marking:
            self.splitter.setSizes([580, 600])  # the two marks side by side need the room
        self.save_button.setEnabled(True)
        self.select_marker(self._default_marker())
        # The officer's hands go to the grade first, not to the button that happened to come first.
        first = self.score_spins[0] if self.score_spins else next(iter(self.grade_buttons.values()))
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_form(self) -> None:
        rules = self.rules
        m = self.messages
        form = self.form_layout
        if rules.double_marking:
            row = QHBoxLayout()
            row.addWidget(_bold(tr("Ai đang chấm:")))
            self.marker_group = QButtonGroup(self)
            for marker in (1, 2, 0):
                button = QRadioButton(tr(MARKER_LABELS[marker]))
                button.setObjectName(f"marker_{marker}")
                self.marker_group.addButton(button, marker)
                self.marker_buttons[marker] = button
                row.addWidget(button)
            row.addStretch(1)
            form.addLayout(row)
            self.marker_group.idClicked.connect(self.select_marker)
            self.other_label = _hint()
            self.other_label.setObjectName("other_marker")
            form.addWidget(self.other_label)
            self.reconcile_box = QGroupBox(tr("Thống nhất kết quả"))
            self.reconcile_box.setObjectName("reconcile")
            self.reconcile_grid = QGridLayout(self.reconcile_box)
            self.reconcile_grid.setHorizontalSpacing(14)
            form.addWidget(self.reconcile_box)
            self.reconcile_box.hide()

        grading = self.grading_box = QGroupBox()
        grading_layout = QVBoxLayout(grading)
        if not rules.rubric:
            options = QWidget()
            options_layout = QVBoxLayout(options)
            options_layout.setContentsMargins(4, 0, 0, 0)
            options_layout.setSpacing(2)
            self.grade_group = QButtonGroup(self)
            for position, grade in enumerate(rules.scale):
                button = QRadioButton(grade)
                button.setObjectName(f"grade_{position}")
                # Big targets: grading dozens of essays is click after click.
                button.setStyleSheet("QRadioButton { font-size: 14pt; padding: 6px 2px; }"
                                     "QRadioButton::indicator { width: 20px; height: 20px; }")
                self.grade_group.addButton(button, position)
                self.grade_buttons[grade] = button
                options_layout.addWidget(button)
            grading_layout.addWidget(m.wrap("grade", options))
        else:
            rubric = QWidget()
            grid = QGridLayout(rubric)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setColumnStretch(0, 1)
            for row_number, criterion in enumerate(rules.rubric):
                label = QLabel(criterion.name)
                label.setWordWrap(True)
                spin = ScoreSpin(criterion.max_score)
                spin.setObjectName(f"score_{row_number}")
                spin.valueChanged.connect(lambda _value: self._update_total())
                label.setBuddy(spin)
                grid.addWidget(label, row_number, 0)
                grid.addWidget(spin, row_number, 1)
                self.score_spins.append(spin)
            grading_layout.addWidget(m.wrap("scores", rubric))
            self.total_label = _bold("", 13)
            self.total_label.setObjectName("total")
            self.rubric_grade_label = _bold("", 13)
            self.rubric_grade_label.setObjectName("rubric_grade")
            totals = QHBoxLayout()
            totals.addWidget(self.total_label)
            totals.addStretch(1)
            totals.addWidget(self.rubric_grade_label)
            grading_layout.addLayout(totals)
            bands = [tr("{grade} từ {score}").format(grade=g, score=number(b))
                     for g, b in zip(rules.scale, rules.bands)]
            bands.append(tr("dưới {score}: {grade}").format(score=number(rules.bands[-1]), grade=rules.scale[-1])
                         if rules.bands else rules.scale[-1])
            grading_layout.addWidget(_hint(tr("Thang: {bands} điểm.").format(bands=" · ".join(bands))))
        form.addWidget(grading)

        self.grader_edit = QLineEdit()
        self.grader_edit.setObjectName("grader")
        self.grader_edit.setPlaceholderText(tr("Họ tên người chấm, ví dụ Đ/c Nguyễn Minh Tâm"))
        self.date_edit = DateLineEdit()
        self.date_edit.setObjectName("graded_on")
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setObjectName("comment")
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setPlaceholderText(tr("Nhận xét ngắn (không bắt buộc)"))
        self.comment_edit.setFixedHeight(self.comment_edit.fontMetrics().lineSpacing() * 3 + 12)
        details = QFormLayout()
        details.addRow(tr("Người &chấm:"), m.wrap("grader", self.grader_edit))
        details.addRow(tr("&Ngày chấm:"), m.wrap("graded_on", self.date_edit))
        details.addRow(tr("Nhận &xét:"), m.wrap("comment", self.comment_edit))
        details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addLayout(details)
        form.addStretch(1)

    # ------------------------------------------------------------------ markers

    def _default_marker(self) -> int:
        if not self.rules.double_marking:
            return 0
        marks = self.marks
        if 0 in marks or self._disagree():
            return 0
        return 1 if 1 not in marks else 2 if 2 not in marks else 1

    def _disagree(self) -> bool:
        return 1 in self.marks and 2 in self.marks and self.marks[1].grade != self.marks[2].grade

    def select_marker(self, marker: int) -> None:
        """Grade as ``marker`` (1, 2, or 0 for the agreed result): its saved mark fills the form."""
        self.marker = marker
        if self.marker_buttons:
            self.marker_buttons[marker].setChecked(True)
        self.messages.clear()
        if self.rules.double_marking and marker == 0:
            title = tr("Kết quả thống nhất — điểm theo tiêu chí") if self.rules.rubric else \
                tr("Kết quả thống nhất — xếp loại")
        else:
            title = tr("Điểm theo tiêu chí") if self.rules.rubric else tr("Xếp loại")
        self.grading_box.setTitle(title)
        self._fill_form(self.marks.get(marker))
        self._show_marks()

    def _fill_form(self, mark: Mark | None) -> None:
        rules = self.rules
        if rules.rubric:
            if mark is not None and len(mark.scores) == len(self.score_spins):
                scores: list[float | None] = list(mark.scores)
            elif mark is None and self.marker == 0 and 1 in self.marks and 2 in self.marks:
                # A starting point for the agreement: halfway between the two markers.
                scores = [round((a + b) / 2 / SCORE_STEP) * SCORE_STEP
                          for a, b in zip(self.marks[1].scores, self.marks[2].scores)]
                if len(scores) != len(self.score_spins):
                    scores = [None] * len(self.score_spins)
            else:
                scores = [None] * len(self.score_spins)
            for spin, score in zip(self.score_spins, scores):
                spin.set_score(score)
            self._update_total()
        else:
            self.grade_group.setExclusive(False)
            for grade, button in self.grade_buttons.items():
                button.setChecked(mark is not None and grade == mark.grade)
            self.grade_group.setExclusive(True)
        self.grader_edit.setText(mark.grader if mark is not None and mark.grader else remembered_name())
        self.date_edit.set_value(mark.graded_on if mark is not None else date.today())
        self.comment_edit.setPlainText(mark.comment if mark is not None else "")

    def _show_marks(self) -> None:
        """The other marker's grade (once this one has saved) and the side-by-side section."""
        if not self.rules.double_marking:
            return
        marks = self.marks
        both = 1 in marks and 2 in marks
        self.marker_buttons[0].setEnabled(0 in marks or self._disagree())
        # With marker 0 the side-by-side section says it all.
        self.other_label.setVisible(self.marker != 0)
        if self.marker != 0:
            other = 3 - self.marker
            if self.marker not in marks:
                self.other_label.setText(tr("Chấm độc lập: kết quả của người chấm {other} chỉ hiện sau khi "
                                            "đồng chí lưu điểm của mình.").format(other=other))
            elif other not in marks:
                self.other_label.setText(tr("Người chấm {other} chưa chấm bài này.").format(other=other))
            elif not self._disagree():
                self.other_label.setText(tr("Người chấm {other}: {mark}. Hai người chấm cùng xếp loại {grade}: đó là "
                                            "kết quả cuối.").format(other=other,
                                                                     mark=mark_text(marks[other], self.rules),
                                                                     grade=marks[other].grade))
            else:
                self.other_label.setText(tr("Người chấm {other}: {mark}. Hai người chấm xếp loại khác nhau: cần thống "
                                            "nhất kết quả.").format(other=other,
                                                                    mark=mark_text(marks[other], self.rules)))
        self._fill_reconcile(both and (self._disagree() or 0 in marks))

    def _fill_reconcile(self, visible: bool) -> None:
        grid = self.reconcile_grid
        while grid.count():
            item = grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.reconcile_box.setVisible(visible)
        if not visible:
            return
        first, second = self.marks[1], self.marks[2]
        # (label, first marker, second marker, whether a difference is shown in red)
        rows: list[tuple[str, str, str, bool]] = [(tr("Xếp loại"), first.grade, second.grade, True)]
        if self.rules.rubric:
            for index, criterion in enumerate(self.rules.rubric):
                a = number(first.scores[index]) if index < len(first.scores) else "—"
                b = number(second.scores[index]) if index < len(second.scores) else "—"
                rows.append((criterion.name, a, b, True))
            rows.append((tr("Tổng"), number(first.total or 0), number(second.total or 0), True))
        rows.append((tr("Người chấm"), first.grader or "—", second.grader or "—", False))
        rows.append((tr("Nhận xét"), first.comment or "—", second.comment or "—", False))
        grid.addWidget(QLabel(""), 0, 0)
        grid.addWidget(_bold(tr(MARKER_LABELS[1])), 0, 1)
        grid.addWidget(_bold(tr(MARKER_LABELS[2])), 0, 2)
        for row_number, (name, a, b, compared) in enumerate(rows, start=1):
            grid.addWidget(_hint(name), row_number, 0)
            for column, value in ((1, a), (2, b)):
                label = _bold(value, 12) if row_number == 1 else QLabel(value)
                label.setWordWrap(True)
                label.setObjectName(f"reconcile_{row_number}_{column}")
                if a != b and compared:
                    label.setStyleSheet(f"color: {ERROR_COLOUR};")
                grid.addWidget(label, row_number, column)
        # Criterion names are long and the marks short: the names get the room, on one line.
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        final = self.marks.get(0)
        note = (tr("Kết quả cuối đã thống nhất: {mark}.").format(mark=mark_text(final, self.rules)) if final else
                tr("Ghi kết quả hai người đã thống nhất ở dưới rồi bấm «Lưu»."))
        summary = _hint(note)
        summary.setObjectName("reconcile_note")
        grid.addWidget(summary, len(rows) + 1, 0, 1, 3)

    # ------------------------------------------------------------------ the rubric total

    def _update_total(self) -> None:
        if not self.score_spins:
            return
        rules = self.rules
        total = sum(spin.score() for spin in self.score_spins)
        blank = sum(spin.is_blank() for spin in self.score_spins)
        over = [spin for spin in self.score_spins if spin.out_of_range()]
        for spin in self.score_spins:
            spin.setStyleSheet(f"QDoubleSpinBox {{ color: {ERROR_COLOUR}; border: 2px solid {ERROR_COLOUR}; }}"
                               if spin.out_of_range() else "")
        self.total_label.setText(tr("Tổng: {total}/{maximum} điểm").format(total=number(total),
                                                                           maximum=number(rules.rubric_total)))
        if over:
            self.rubric_grade_label.setText(tr("Điểm vượt mức tối đa"))
            self.rubric_grade_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        elif blank:
            self.rubric_grade_label.setText(trn("Còn %n tiêu chí chưa chấm", blank))
            self.rubric_grade_label.setStyleSheet(f"color: {HINT_COLOUR};")
        else:
            self.rubric_grade_label.setText(tr("Xếp loại: {grade}").format(grade=rules.grade_for(total)))
            self.rubric_grade_label.setStyleSheet(f"color: {SAVED_COLOUR};")

    def live_grade(self) -> str:
        """The grade the scores typed so far earn ("" while a criterion is blank)."""
        if any(spin.is_blank() for spin in self.score_spins):
            return ""
        return self.rules.grade_for(sum(spin.score() for spin in self.score_spins))

    # ------------------------------------------------------------------ saving

    def mark_input(self) -> GradeInput | None:
        """The form as the core takes it; None (with the message shown) when incomplete."""
        try:
            graded_on = self.date_edit.value()[0] or date.today()
        except ValueError as exc:
            self.messages.show("graded_on", tr("Ngày chấm chưa đúng: {error}.").format(error=exc))
            self.messages.focus("graded_on")
            return None
        grade = ""
        scores: list[float] = []
        if self.rules.rubric:
            blank = [c.name for c, spin in zip(self.rules.rubric, self.score_spins) if spin.is_blank()]
            if blank:
                names = ", ".join(tr("«{criterion}»").format(criterion=n) for n in blank)
                self.messages.show("scores", tr("Chưa cho điểm: {criteria}.").format(criteria=names))
                next(spin for spin in self.score_spins if spin.is_blank()).setFocus()
                return None
            scores = [spin.score() for spin in self.score_spins]
        else:
            checked = self.grade_group.checkedButton()
            if checked is None:
                self.messages.show("grade", tr("Chọn một mức xếp loại."))
                return None
            grade = checked.text()
        return GradeInput(grade, scores, self.grader_edit.text().strip(), self.comment_edit.toPlainText().strip(),
                          graded_on)

    def save(self) -> None:
        if self.view is None:
            return
        self.messages.clear()
        mark = self.mark_input()
        if mark is None:
            return
        db, essay_id, marker = self._db, self.essay_id, self.marker
        self.save_button.setEnabled(False)

        def job(_state):
            grade = essays.grade_essay(db, essay_id, mark, marker=marker)
            return grade, essays.essay_marks(db, essay_id)

        self._worker.run(job, on_success=lambda result: self._saved(marker, mark, *result),
                         on_failure=self._save_failed, parent=self, label=tr("Đang lưu kết quả chấm…"))

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.messages.show_failure(exc, self)

    def _saved(self, marker: int, mark: GradeInput, grade: str, marks: dict[int, Mark]) -> None:
        self.saved = True
        self.save_button.setEnabled(True)
        remember_name(mark.grader)
        self.marks = marks
        if not self.rules.double_marking or marker == 0:
            self.accept()
            return
        self.status_label.setText(tr("Đã lưu: người chấm {number} xếp loại {grade}.").format(number=marker,
                                                                                             grade=grade))
        if self._disagree() and 0 not in marks:
            self.select_marker(0)
        else:
            self._show_marks()

    def done(self, result: int) -> None:
        # Closing after an independent mark was saved still tells the caller to refresh.
        super().done(QDialog.DialogCode.Accepted.value if self.saved else result)

    # ------------------------------------------------------------------ the file

    def open_file(self) -> None:
        db, essay_id = self._db, self.essay_id
        self._worker.run(lambda _state: copy_for_reading(db, essay_id), on_success=self._open_copy, parent=self,
                         label=tr("Đang mở tệp…"))

    def _open_copy(self, path: Path) -> None:
        if not open_document(path):
            self.messages.show(None, tr("Máy không có chương trình mở được tệp {file}. Tệp nằm ở {folder}.").format(
                file=path.name, folder=path.parent))
