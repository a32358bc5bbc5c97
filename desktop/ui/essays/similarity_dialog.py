"""Copied essays: the pairs of an event's essays that share too much, read side by side.

The check (:func:`desktop.core.essays.run_similarity`) runs in the worker when the dialog
opens and again on "Kiểm tra lại"; a thousand essays take a few seconds, shown by a line
of text rather than a window over the list. Pairs already decided keep their decision.

For the pair selected, the two essays stand side by side with every passage they share
highlighted in the same colour on both sides; the passage being looked at is in a
stronger colour, and "Đoạn trước / Đoạn sau" step through the passages, scrolling both
texts to it. A pair is then settled as copied, not copied, or left for later, with the
officer's name and a note.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core import essays
from desktop.core.essay_similarity import THRESHOLD, Passage
from desktop.core.essays import Comparison, FlagRow
from desktop.db.engine import Database
from desktop.i18n import N_, percent_text, tr, trn
from desktop.ui import errors
from desktop.ui.essays.grading_dialog import reading_view, remember_name, remembered_name, set_essay_text
from desktop.ui.events.plan_table import current_row, plan_table, section_title, select_row
from desktop.ui.table_models import CENTER, RIGHT, Column, ListTableModel
from desktop.ui.worker import DatabaseWorker

# Same colours on both sides so the eye pairs them; black text stays readable on both.
PASSAGE_COLOUR = QColor("#fff1a8")
CURRENT_COLOUR = QColor("#ffa94d")
STATUS_BACKGROUNDS = {"confirmed": QColor("#fde7e5"), "dismissed": QColor("#eef1ee")}
HINT_COLOUR = "#555"
NO_TEXT = N_("Chưa có bài nào có chữ để so sánh")
RUNNING = N_("Đang so sánh các bài… (với hàng nghìn bài có thể mất vài giây)")


def flag_columns() -> list[Column[FlagRow]]:
    return [
        Column("score", tr("Giống"), lambda f: percent_text(f.score * 100), alignment=RIGHT, width=70),
        Column("name_a", tr("Người viết"), lambda f: f.name_a, width=170),
        Column("unit_a", tr("Đơn vị"), lambda f: f.unit_a, width=210),
        Column("name_b", tr("Người viết"), lambda f: f.name_b, width=170),
        Column("unit_b", tr("Đơn vị"), lambda f: f.unit_b, width=210),
        Column("status", tr("Kết luận"), lambda f: f.status_label, alignment=CENTER, width=120),
    ]


def no_pairs_text(threshold_percent: int) -> str:
    return tr("Chưa có cặp bài nào giống nhau từ {threshold}% trở lên").format(threshold=threshold_percent)


def qt_positions(text: str) -> Callable[[int], int]:
    """Python string offsets → QTextDocument positions, which count UTF-16 units: the two
    differ only after a character outside the BMP (an emoji in an essay)."""
    if all(ord(ch) < 0x10000 for ch in text):
        return lambda offset: offset
    positions = [0]
    for ch in text:
        positions.append(positions[-1] + (2 if ord(ch) >= 0x10000 else 1))
    return positions.__getitem__


class SimilarityDialog(QDialog):
    """See the module docstring; :attr:`flags` holds the pairs listed."""

    def __init__(self, db: Database, worker: DatabaseWorker, event_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self.event_id = event_id
        self._all_flags: list[FlagRow] = []
        self.flags: list[FlagRow] = []
        self.comparison: Comparison | None = None
        self.current_passage = -1
        self._texts = -1          # essays with text at the last check
        self._checked_at = 100    # the lowest threshold (percent) checked so far
        self._generation = 0
        self._listing = False     # the list is being refilled: its selection signals mean nothing
        self.setWindowTitle(tr("Kiểm tra bài thu hoạch giống nhau"))
        self.resize(1280, 760)

        self.threshold_spin = QSpinBox()
        self.threshold_spin.setObjectName("threshold")
        self.threshold_spin.setRange(5, 100)
        self.threshold_spin.setSingleStep(5)
        self.threshold_spin.setSuffix(" %")
        self.threshold_spin.setValue(round(THRESHOLD * 100))
        self.threshold_spin.setToolTip(tr("Phần của bài ngắn hơn có trong bài kia (tính theo các cụm 4 chữ liền nhau)"))
        self.threshold_spin.valueChanged.connect(lambda _value: self._show_flags())
        self.run_button = QPushButton(tr("Kiểm tra &lại"))
        self.run_button.setObjectName("run")
        self.run_button.clicked.connect(self.run_check)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progress")
        self.progress_label.setStyleSheet(f"color: {HINT_COLOUR};")
        top = QHBoxLayout()
        threshold_label = QLabel(tr("Giống nhau từ:"))
        threshold_label.setBuddy(self.threshold_spin)
        top.addWidget(threshold_label)
        top.addWidget(self.threshold_spin)
        top.addWidget(self.run_button)
        top.addSpacing(12)
        top.addWidget(self.progress_label, 1)

        columns = flag_columns()
        self.model = ListTableModel(columns, background=lambda f: STATUS_BACKGROUNDS.get(f.status), parent=self)
        self.table = plan_table(self.model, columns, name="flags", stretch="unit_b")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._flag_chosen())

        self.title_a = QLabel()
        self.title_b = QLabel()
        self.view_a = reading_view("text_a")
        self.view_b = reading_view("text_b")
        for title in (self.title_a, self.title_b):
            title.setStyleSheet("font-weight: bold; font-size: 11pt;")
            title.setWordWrap(True)
        sides = QSplitter(Qt.Orientation.Horizontal)
        sides.setChildrenCollapsible(False)
        for title, view in ((self.title_a, self.view_a), (self.title_b, self.view_b)):
            side = QWidget()
            side_layout = QVBoxLayout(side)
            side_layout.setContentsMargins(0, 0, 0, 0)
            side_layout.addWidget(title)
            side_layout.addWidget(view, 1)
            sides.addWidget(side)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("comparison_summary")
        self.previous_button = QPushButton(tr("◀ Đoạn &trước"))
        self.previous_button.setObjectName("previous_passage")
        self.previous_button.clicked.connect(self.previous_passage)
        self.next_button = QPushButton(tr("Đoạn sa&u ▶"))
        self.next_button.setObjectName("next_passage")
        self.next_button.clicked.connect(self.next_passage)
        self.passage_label = QLabel()
        self.passage_label.setObjectName("passage")
        self.passage_label.setMinimumWidth(150)
        self.passage_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passage_label.setStyleSheet("font-weight: bold;")
        navigation = QHBoxLayout()
        navigation.addWidget(self.summary_label, 1)
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.passage_label)
        navigation.addWidget(self.next_button)

        self.officer_edit = QLineEdit()
        self.officer_edit.setObjectName("decided_by")
        self.officer_edit.setPlaceholderText(tr("Họ tên người kết luận"))
        self.officer_edit.setText(remembered_name())
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("note")
        self.note_edit.setPlaceholderText(tr("Ghi chú (không bắt buộc), ví dụ: chép gần như nguyên văn phần liên hệ"))
        self.confirm_button = QPushButton(tr("Xác nhận sao &chép"))
        self.confirm_button.setObjectName("confirm")
        self.confirm_button.setStyleSheet("QPushButton { color: #b3261e; font-weight: bold; }")
        self.dismiss_button = QPushButton(tr("&Không phải sao chép"))
        self.dismiss_button.setObjectName("dismiss")
        self.later_button = QPushButton(tr("Để &xem sau"))
        self.later_button.setObjectName("later")
        self.confirm_button.clicked.connect(lambda: self.decide("confirmed"))
        self.dismiss_button.clicked.connect(lambda: self.decide("dismissed"))
        self.later_button.clicked.connect(lambda: self.decide("open"))
        officer_label = QLabel(tr("&Người kết luận:"))
        officer_label.setBuddy(self.officer_edit)
        note_label = QLabel(tr("&Ghi chú:"))
        note_label.setBuddy(self.note_edit)
        decision = QHBoxLayout()
        decision.addWidget(officer_label)
        decision.addWidget(self.officer_edit, 1)
        decision.addWidget(note_label)
        decision.addWidget(self.note_edit, 2)
        decision.addWidget(self.confirm_button)
        decision.addWidget(self.dismiss_button)
        decision.addWidget(self.later_button)

        comparison = QWidget()
        comparison_layout = QVBoxLayout(comparison)
        comparison_layout.setContentsMargins(0, 0, 0, 0)
        comparison_layout.addLayout(navigation)
        comparison_layout.addWidget(sides, 1)
        comparison_layout.addLayout(decision)
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addWidget(section_title(tr("Các cặp bài giống nhau")))
        listing_layout.addWidget(self.table, 1)
        content = QSplitter(Qt.Orientation.Vertical)
        content.setChildrenCollapsible(False)
        content.addWidget(listing)
        content.addWidget(comparison)
        content.setSizes([170, 560])

        self.empty_label = QLabel()
        self.empty_label.setObjectName("empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #555; font-size: 13pt;")
        self.pages = QStackedWidget()
        self.pages.addWidget(content)
        self.pages.addWidget(self.empty_label)

        close_button = QPushButton(tr("Đóng"))
        close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)

        self._show_comparison(None)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.run_check()

    @property
    def threshold_percent(self) -> int:
        return self.threshold_spin.value()

    # ------------------------------------------------------------------ the check

    def run_check(self) -> None:
        """Compare every pair of the event's essays again (in the worker)."""
        db, event_id = self._db, self.event_id
        threshold = self.threshold_percent

        def job(_state):
            texts = sum(1 for row in essays.essay_register(db, event_id) if row.word_count > 0)
            return essays.run_similarity(db, event_id, threshold / 100), texts

        self.run_button.setEnabled(False)
        self.progress_label.setText(tr(RUNNING))
        if not self._all_flags:
            self.empty_label.setText(tr(RUNNING))
            self.pages.setCurrentWidget(self.empty_label)
        self._worker.run(job, on_success=lambda result: self._checked(threshold, *result),
                         on_failure=self._check_failed, parent=self, show_progress=False)

    def _check_failed(self, exc: BaseException) -> None:
        self.run_button.setEnabled(True)
        self.progress_label.setText(tr("Chưa kiểm tra được."))
        errors.show_error(self, exc)

    def _checked(self, threshold: int, flags: list[FlagRow], texts: int) -> None:
        self.run_button.setEnabled(True)
        self._texts = texts
        self._checked_at = min(self._checked_at, threshold)
        self._all_flags = flags
        self._show_flags()

    def _show_flags(self, keep: str | None = None) -> None:
        """List the pairs at or above the threshold (and copies already confirmed)."""
        threshold = self.threshold_percent
        if keep is None and self.comparison is not None:
            keep = self.comparison.flag.flag_id
        shown = [f for f in self._all_flags if f.score * 100 >= threshold - 1e-6 or f.status == "confirmed"]
        self.flags = shown
        self._listing = True
        try:
            self.model.set_rows(shown)
        finally:
            self._listing = False
        if self._texts < 0:
            return
        if threshold < self._checked_at:
            self.progress_label.setText(tr("Ngưỡng thấp hơn lần kiểm tra trước: bấm «Kiểm tra lại» để tìm thêm."))
        else:
            self.progress_label.setText(trn("Đã so sánh %n bài có chữ: {pairs} cặp giống nhau từ {threshold}% trở "
                                            "lên.", self._texts).format(pairs=len(shown), threshold=threshold)
                                        if self._texts else "")
        if not shown:
            self.empty_label.setText(tr(NO_TEXT) if self._texts == 0 else no_pairs_text(threshold))
            self.pages.setCurrentWidget(self.empty_label)
            self._show_comparison(None)
            return
        self.pages.setCurrentIndex(0)
        row = next((i for i, f in enumerate(shown) if f.flag_id == keep), 0)
        self._listing = True
        try:
            select_row(self.table, row)
        finally:
            self._listing = False
        self._flag_chosen()

    # ------------------------------------------------------------------ one pair

    def selected_flag(self) -> FlagRow | None:
        row = current_row(self.table)
        return self.flags[row] if 0 <= row < len(self.flags) else None

    def _flag_chosen(self) -> None:
        if self._listing:
            return
        flag = self.selected_flag()
        if flag is None:
            self._show_comparison(None)
            return
        if self.comparison is not None and self.comparison.flag.flag_id == flag.flag_id:
            # Same pair (the list was refreshed): keep the passage, take the new status.
            self.comparison = Comparison(flag, self.comparison.text_a, self.comparison.text_b,
                                         self.comparison.passages)
            self._update_decision_buttons()
            return
        self._generation += 1
        generation = self._generation
        db = self._db
        self._worker.run(lambda _state: essays.compare(db, flag.flag_id),
                         on_success=lambda comparison: self._compared(generation, comparison), parent=self,
                         show_progress=False)

    def _compared(self, generation: int, comparison: Comparison) -> None:
        if generation != self._generation:
            return  # the officer chose another pair meanwhile
        self._show_comparison(comparison)

    def _show_comparison(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        self.current_passage = -1
        for view in (self.view_a, self.view_b):
            view.setExtraSelections([])
            view.clear()
        if comparison is None:
            self.title_a.setText("")
            self.title_b.setText("")
            self.summary_label.setText("")
            self.passage_label.setText("")
            self._update_decision_buttons()
            return
        flag = comparison.flag
        set_essay_text(self.view_a, comparison.text_a)
        set_essay_text(self.view_b, comparison.text_b)
        self.title_a.setText(f"{flag.name_a} — {flag.unit_a}")
        self.title_b.setText(f"{flag.name_b} — {flag.unit_b}")
        shared = sum(p.words for p in comparison.passages)
        self.summary_label.setText(trn("Giống {percent}: %n đoạn trùng, {words} chữ. Đoạn trùng tô vàng, đoạn đang "
                                       "xem tô cam.", len(comparison.passages)).format(
            percent=percent_text(flag.score * 100), words=shared))
        self.note_edit.clear()
        self.show_passage(0 if comparison.passages else -1)
        self._update_decision_buttons()

    def _update_decision_buttons(self) -> None:
        flag = self.comparison.flag if self.comparison is not None else None
        for button, status in ((self.confirm_button, "confirmed"), (self.dismiss_button, "dismissed"),
                               (self.later_button, "open")):
            button.setEnabled(flag is not None and flag.status != status)

    # ------------------------------------------------------------------ passages

    @property
    def passages(self) -> list[Passage]:
        return self.comparison.passages if self.comparison is not None else []

    def show_passage(self, index: int) -> None:
        """Make passage ``index`` the current one: stronger colour, both texts scrolled to it."""
        passages = self.passages
        if not passages:
            self.current_passage = -1
            self.passage_label.setText(tr("Không có đoạn trùng") if self.comparison is not None else "")
            self.previous_button.setEnabled(False)
            self.next_button.setEnabled(False)
            return
        index = max(0, min(index, len(passages) - 1))
        self.current_passage = index
        assert self.comparison is not None
        for view, text, spans in (
                (self.view_a, self.comparison.text_a, [(p.a_start, p.a_end) for p in passages]),
                (self.view_b, self.comparison.text_b, [(p.b_start, p.b_end) for p in passages])):
            position = qt_positions(text)
            selections = []
            for number, (start, end) in enumerate(spans):
                if number != index:
                    selections.append(self._selection(view, position(start), position(end), PASSAGE_COLOUR))
            # The current passage last, so it is painted over any passage it overlaps.
            start, end = spans[index]
            selections.append(self._selection(view, position(start), position(end), CURRENT_COLOUR))
            view.setExtraSelections(selections)
            self._scroll_to(view, position(start))
        passage = passages[index]
        self.passage_label.setText(trn("Đoạn {number}/{total} — %n chữ", passage.words).format(
            number=index + 1, total=len(passages)))
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(passages) - 1)

    def next_passage(self) -> None:
        self.show_passage(self.current_passage + 1)

    def previous_passage(self) -> None:
        self.show_passage(self.current_passage - 1)

    @staticmethod
    def _selection(view: QTextEdit, start: int, end: int, colour: QColor) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        char_format = QTextCharFormat()
        char_format.setBackground(colour)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = char_format
        return selection

    @staticmethod
    def _scroll_to(view: QTextEdit, position: int) -> None:
        """Bring ``position`` to the upper third of ``view``, so the passage reads downwards."""
        cursor = QTextCursor(view.document())
        cursor.setPosition(position)
        bar = view.verticalScrollBar()
        bar.setValue(bar.value() + view.cursorRect(cursor).top() - view.viewport().height() // 4)

    # ------------------------------------------------------------------ the decision

    def decide(self, status: str) -> None:
        """Settle the selected pair: ``confirmed``, ``dismissed`` or ``open`` (look again later)."""
        if self.comparison is None:
            return
        flag_id = self.comparison.flag.flag_id
        by, note = self.officer_edit.text().strip(), self.note_edit.text().strip()
        remember_name(by)
        db, event_id = self._db, self.event_id

        def job(_state):
            essays.decide_flag(db, flag_id, status, by=by, note=note)
            return essays.similarity_flags(db, event_id)

        for button in (self.confirm_button, self.dismiss_button, self.later_button):
            button.setEnabled(False)
        self._worker.run(job, on_success=lambda flags: self._decided(flag_id, flags),
                         on_failure=self._decide_failed, parent=self, label=tr("Đang lưu kết luận…"))

    def _decide_failed(self, exc: BaseException) -> None:
        self._update_decision_buttons()
        errors.show_error(self, exc)

    def _decided(self, flag_id: str, flags: list[FlagRow]) -> None:
        self._all_flags = flags
        self._show_flags(keep=flag_id)
