"""Typing in the results of a test taken on paper, one marked sheet after another.

The hands stay on the keyboard: a few letters of the name (tones and case ignored) list
the closest members with their birth date and branch, ↑ ↓ pick one and Enter goes to
the score; the score is typed as the sheet shows it — 72, 72/100 or 72% — and Enter adds
the sheet to the list below and brings the cursor back to an empty name box for the
next one. A member typed twice is pointed out at once, not when saving. Nothing is
written until "Ghi kết quả": the whole list is then recorded in one transaction
(:func:`desktop.core.paper_results.record_paper_results`), and sheets recorded before
(same member, day and score) are recognised and skipped.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core import members
from desktop.core.members import MemberQuery, MemberRecord
from desktop.core.paper_results import record_paper_results
from desktop.core.quiz_results_import import parse_score
from desktop.core.quizzes import DEFAULT_PASS_PERCENT, DEFAULT_QUESTIONS, QuizSettings, load_quiz
from desktop.db.engine import Database
from desktop.i18n import N_, percent_text, tr, trn
from desktop.ui import dialogs, errors
from desktop.ui.events.plan_table import plan_table, row_shortcuts, section_title, selected_rows
from desktop.ui.forms import ERROR_COLOUR, WARNING_COLOUR
from desktop.ui.roster.roster_page import SEARCH_DELAY_MS
from desktop.ui.table_models import CENTER, RIGHT, AnyIndex, Column, ListTableModel
from desktop.ui.worker import DatabaseWorker

TITLE = N_("Nhập điểm thi trên giấy")
MATCH_LIMIT = 10
VISIBLE_MATCHES = 5
INFO_COLOUR = "#555"
PASSED_COLOUR = QColor("#1b5e20")
FAILED_COLOUR = QColor("#b3261e")
TWICE_BACKGROUND = QColor("#fff4d6")
# What a score typed from a sheet can look like; anything else is a slip of the finger,
# and parse_score's own message (written for spreadsheet cells) would not help here.
SCORE_SHAPE = re.compile(r"[\d.,]+\s*(/\s*[\d.,]+|%)?")
SCORE_HELP = N_("gõ số câu đúng (72), hoặc 72/100, hoặc 72%")


@dataclass(frozen=True)
class PaperEntry:
    """One marked sheet as typed: who, and how many right answers out of how many."""

    member_id: str
    full_name: str
    date_of_birth: str
    branch_name: str
    correct: int
    total: int

    @property
    def percent(self) -> float:
        return round(100.0 * self.correct / self.total, 1)

    @property
    def score_text(self) -> str:
        return f"{self.correct}/{self.total}"


def result_text(passed: bool) -> str:
    return tr("Đạt") if passed else tr("Chưa đạt")


class EntryModel(ListTableModel):
    """The sheets typed so far; the result column is green or red, a member typed more
    than once is tinted so the officer sees both lines."""

    def __init__(self, columns, passed, twice, parent=None):
        super().__init__(columns, background=lambda e: TWICE_BACKGROUND if twice(e) else None,
                         tooltip=lambda e: (tr("{name} có hơn một dòng trong danh sách").format(name=e.full_name)
                                          if twice(e) else ""),
                         parent=parent)
        self._passed = passed
        self._result_column = next(i for i, c in enumerate(columns) if c.key == "result")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == self._result_column:
            return PASSED_COLOUR if self._passed(self.row_at(index.row())) else FAILED_COLOUR
        return super().data(index, role)


class PaperResultsDialog(QDialog):
    """See the module docstring. After saving, :attr:`added` and :attr:`skipped` say what
    was recorded."""

    def __init__(self, db: Database, worker: DatabaseWorker, event_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self.event_id = event_id
        self.pass_percent = DEFAULT_PASS_PERCENT
        self.entries: list[PaperEntry] = []
        self.matches: list[MemberRecord] = []
        self.picked: MemberRecord | None = None
        self.added: int | None = None
        self.skipped = 0
        self._searched: str | None = None  # the text the matches were found for
        self._total_set_by_hand = False
        self._filling = False
        self._saving = False
        self.setWindowTitle(tr(TITLE))
        self.resize(900, 660)

        intro = QLabel(tr("Gõ lần lượt từng bài thi: vài chữ của họ tên (không dấu cũng được), <b>Enter</b>, rồi số "
                          "câu đúng (72, 72/100 hoặc 72%), <b>Enter</b>. Chưa ghi gì cho đến khi bạn bấm «Ghi kết "
                          "quả»."))
        intro.setWordWrap(True)

        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setObjectName("paper_date")
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.total_spin = QSpinBox()
        self.total_spin.setObjectName("paper_total")
        self.total_spin.setRange(1, 500)
        self.total_spin.setSuffix(tr(" câu"))
        self.total_spin.setValue(DEFAULT_QUESTIONS)
        self.total_spin.setToolTip(tr("Số câu đúng gõ không kèm tổng (ví dụ 72) được tính trên số câu này"))
        self.total_spin.valueChanged.connect(self._total_changed)
        self.pass_label = QLabel()
        self.pass_label.setObjectName("paper_pass_mark")
        self.pass_label.setStyleSheet(f"color: {INFO_COLOUR};")
        self._show_pass_mark(None)
        settings_row = QHBoxLayout()
        settings_row.addWidget(self.date_edit)
        settings_row.addSpacing(18)
        total_label = QLabel(tr("Số câu của đề:"))
        total_label.setBuddy(self.total_spin)
        settings_row.addWidget(total_label)
        settings_row.addWidget(self.total_spin)
        settings_row.addSpacing(18)
        settings_row.addWidget(self.pass_label, 1)
        form = QFormLayout()
        form.addRow(tr("Ngày thi:"), settings_row)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("paper_name")
        self.name_edit.setPlaceholderText(tr("Họ tên người thi (gõ không dấu cũng được)"))
        self.name_edit.setClearButtonEnabled(True)
        self.name_edit.textEdited.connect(self._name_edited)
        self.name_edit.installEventFilter(self)
        self.score_edit = QLineEdit()
        self.score_edit.setObjectName("paper_score")
        self.score_edit.setPlaceholderText("72, 72/100, 72%")
        self.score_edit.setFixedWidth(self.score_edit.fontMetrics().horizontalAdvance("72, 72/100, 72%") + 24)
        self.score_edit.installEventFilter(self)
        self.add_button = QPushButton(tr("&Thêm"))
        self.add_button.setToolTip(tr("Thêm bài này vào danh sách (Enter ở ô điểm)"))
        self.add_button.clicked.connect(self.score_entered)
        name_label = QLabel(tr("&Họ và tên:"))
        name_label.setBuddy(self.name_edit)
        score_label = QLabel(tr("Đ&iểm:"))
        score_label.setBuddy(self.score_edit)
        entry_row = QHBoxLayout()
        entry_row.addWidget(name_label)
        entry_row.addWidget(self.name_edit, 1)
        entry_row.addSpacing(8)
        entry_row.addWidget(score_label)
        entry_row.addWidget(self.score_edit)
        entry_row.addWidget(self.add_button)

        self.match_list = QListWidget()
        self.match_list.setObjectName("paper_matches")
        self.match_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.match_list.setUniformItemSizes(True)
        self.match_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # ↑ ↓ in the name box walk it
        # Room above and below each line: stacked Vietnamese marks (ễ, ặ) are taller than
        # the font's nominal height and would be clipped in rows of exactly that height.
        self.match_list.setStyleSheet("QListWidget::item { padding: 3px 4px; }")
        row_height = self.match_list.fontMetrics().height() + 6  # with the padding above and below
        self.match_list.setFixedHeight(row_height * VISIBLE_MATCHES + 2 * self.match_list.frameWidth() + 2)
        self.match_list.itemDoubleClicked.connect(lambda item: self.pick(self.match_list.row(item)))
        self.message_label = QLabel()
        self.message_label.setObjectName("paper_message")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.RichText)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)

        self.columns: list[Column[PaperEntry]] = [
            Column("seq", tr("STT"), None, alignment=RIGHT, width=44),
            Column("name", tr("Họ và tên"), lambda e: e.full_name, width=200),
            Column("birth", tr("Ngày sinh"), lambda e: e.date_of_birth, alignment=CENTER, width=90),
            Column("branch", tr("Chi đoàn"), lambda e: e.branch_name, width=220),
            Column("score", tr("Điểm"), lambda e: e.score_text, alignment=CENTER, width=76),
            Column("percent", tr("Tỉ lệ đúng"), lambda e: percent_text(e.percent), alignment=RIGHT, width=80),
            Column("result", tr("Kết quả"), lambda e: result_text(self.passes(e)), width=96),
        ]
        self.model = EntryModel(self.columns, self.passes, lambda e: self._times_typed(e.member_id) > 1, self)
        self.table = plan_table(self.model, self.columns, name="paper_entries", multi=True, stretch="branch")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        row_shortcuts(self.table, delete=self.remove_selected)
        self.list_title = section_title(tr("Đã nhập", "typed in"))
        self.tally_label = QLabel()
        self.tally_label.setObjectName("paper_tally")
        self.remove_button = QPushButton(tr("&Xóa dòng"))
        self.remove_button.setToolTip(tr("Xóa các dòng đang chọn khỏi danh sách (phím Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        list_header = QHBoxLayout()
        list_header.addWidget(self.list_title)
        list_header.addStretch(1)
        list_header.addWidget(self.tally_label)

        self.save_button = QPushButton()
        self.save_button.setObjectName("paper_save")
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(tr("Đóng"))
        self.close_button.clicked.connect(self.reject)
        # Enter belongs to the entry line: no button may take it and save half a pile.
        for button in (self.add_button, self.remove_button, self.save_button, self.close_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addSpacing(4)
        layout.addWidget(section_title(tr("Nhập từng bài")))
        layout.addLayout(entry_row)
        layout.addWidget(self.match_list)
        layout.addWidget(self.message_label)
        layout.addSpacing(4)
        layout.addLayout(list_header)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self._show_entries()
        self._say("")
        self.name_edit.setFocus()
        db = self._db
        self._worker.run(lambda _state: load_quiz(db, event_id), on_success=self._settings_loaded, parent=self,
                         label=tr("Đang đọc cài đặt bài kiểm tra…"), show_progress=False)

    # ------------------------------------------------------------------ settings

    def _settings_loaded(self, settings: QuizSettings | None) -> None:
        if settings is not None:
            self.pass_percent = settings.pass_percent
            if not self._total_set_by_hand:
                self._filling = True
                try:
                    self.total_spin.setValue(settings.question_count)
                finally:
                    self._filling = False
        self._show_pass_mark(settings)
        self._show_entries()  # the results shown so far were judged by the default mark

    def _show_pass_mark(self, settings: QuizSettings | None) -> None:
        if settings is not None:
            text = tr("Điểm đạt: {percent}% số câu (theo cài đặt bài kiểm tra)")
        else:
            text = tr("Điểm đạt: {percent}% số câu (mức mặc định, hội nghị chưa đặt bài kiểm tra)")
        self.pass_label.setText(text.format(percent=self.pass_percent))

    def _total_changed(self, _value: int) -> None:
        if not self._filling:
            self._total_set_by_hand = True

    def passes(self, entry: PaperEntry) -> bool:
        return entry.percent >= self.pass_percent

    # ------------------------------------------------------------------ the name box

    def _name_edited(self, _text: str) -> None:
        self.picked = None  # what was picked no longer matches what the box says
        self._search_timer.start()

    def run_search(self) -> list[MemberRecord]:
        """The first members whose name (or card, phone) holds every word typed.

        Read on the GUI thread, as the kiosk does: a queued read could wait behind a save,
        and the keys typed meanwhile (the score) would land in the name box.
        """
        self._search_timer.stop()
        text = self.name_edit.text().strip()
        self._searched = text
        self.matches = []
        self.match_list.clear()
        if not text:
            self._say("")
            return []
        try:
            handles = members.query_member_handles(self._db, MemberQuery(search=text))
            found = members.fetch_members(self._db, handles[:MATCH_LIMIT])
        except Exception as exc:  # noqa: BLE001 - shown, and the officer can type again
            errors.show_error(self, exc)
            return []
        self.matches = [found[h] for h in handles[:MATCH_LIMIT] if h in found]
        for record in self.matches:
            if record.date_of_birth_text:
                line = tr("{name}  ·  sinh {born}  ·  {branch}").format(
                    name=record.full_name, born=record.date_of_birth_text, branch=record.branch_name)
            else:
                line = f"{record.full_name}  ·  {record.branch_name}"
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.match_list.addItem(item)
        if self.matches:
            self.match_list.setCurrentRow(0)
        if not self.matches:
            self._say(tr("Không tìm thấy đoàn viên nào có tên «{name}». Kiểm tra lại chữ đã gõ.").format(
                name=html.escape(text)), "error")
        elif len(self.matches) == 1:
            self._say(tr("Nhấn Enter để chọn, rồi gõ điểm."))
        elif len(handles) > MATCH_LIMIT:
            self._say(trn("%n người khớp, hiện {limit} người đầu: gõ thêm để thu hẹp; ↑ ↓ để chọn đúng người, Enter "
                          "để gõ điểm.", len(handles)).format(limit=MATCH_LIMIT))
        else:
            self._say(trn("%n người khớp: ↑ ↓ để chọn đúng người, Enter để gõ điểm.", len(handles)))
        return self.matches

    def _move_match(self, step: int) -> None:
        if self.matches:
            self.match_list.setCurrentRow(max(0, min(len(self.matches) - 1, self.match_list.currentRow() + step)))

    def name_entered(self) -> None:
        """Enter in the name box: the highlighted match is the person; on to the score."""
        if not self.name_edit.text().strip():
            self._say(tr("Gõ vài chữ của họ tên người thi rồi nhấn Enter."), "error")
            return
        if self.picked is not None:
            self.score_edit.setFocus()
            self.score_edit.selectAll()
            return
        if self._search_timer.isActive() or self._searched != self.name_edit.text().strip():
            self.run_search()
        if self.matches:
            self.pick(max(0, self.match_list.currentRow()))

    def pick(self, position: int) -> None:
        """Take the match at ``position`` as the person of the sheet being typed."""
        record = self.matches[position]
        self.picked = record
        self.match_list.setCurrentRow(position)
        self.name_edit.setText(record.full_name)
        self._searched = record.full_name
        name, branch = html.escape(record.full_name), html.escape(record.branch_name)
        if record.date_of_birth_text:
            who = tr("<b>{name}</b> ({branch}, sinh {born})").format(name=name, branch=branch,
                                                                     born=record.date_of_birth_text)
        else:
            who = f"<b>{name}</b> ({branch})"
        earlier = [i for i, e in enumerate(self.entries, start=1) if e.member_id == record.id]
        if earlier:
            lines = ", ".join(tr("dòng {number}: {score}").format(number=i, score=self.entries[i - 1].score_text)
                              for i in earlier)
            self._say(tr("⚠ {who} đã có trong danh sách ({lines}). Chỉ gõ tiếp nếu đây là một bài thi khác của "
                         "người này.").format(who=who, lines=lines), "warning")
        else:
            self._say(tr("Đã chọn {who}. Gõ điểm rồi nhấn Enter.").format(who=who))
        self.score_edit.setFocus()
        self.score_edit.selectAll()

    # ------------------------------------------------------------------ the score box

    def read_score(self) -> tuple[int, int]:
        """The score box as (right answers, questions); ValueError with the reason."""
        text = self.score_edit.text().strip()
        if not text:
            raise ValueError(tr("Chưa có điểm: {help}.").format(help=tr(SCORE_HELP)))
        if not SCORE_SHAPE.fullmatch(text):
            raise ValueError(tr("Không đọc được điểm «{text}»: {help}.").format(text=text, help=tr(SCORE_HELP)))
        if re.fullmatch(r"\d+[.,]\d+", text):
            # With the paper's size known, a bare number counts right answers; 7,5 is a
            # mark out of ten, which a paper test of N questions does not give.
            raise ValueError(tr("«{text}» không phải số câu đúng: {help}.").format(text=text, help=tr(SCORE_HELP)))
        try:
            return parse_score(text, self.total_spin.value())
        except ValueError as exc:
            raise ValueError(tr("Điểm «{text}» chưa đúng: {reason}.").format(text=text, reason=exc)) from None

    def score_entered(self) -> None:
        """Enter in the score box (or "Thêm"): add the sheet, then back to an empty name box."""
        name = self.name_edit.text().strip()
        if self.picked is None and name:
            # Tab instead of Enter after the name: a single match leaves no doubt.
            if self._search_timer.isActive() or self._searched != name:
                self.run_search()
            if len(self.matches) == 1:
                self.pick(0)
        if self.picked is None:
            self._say(trn("Có %n người khớp «{name}»: chọn đúng người (↑ ↓ rồi Enter ở ô họ tên).",
                          len(self.matches)).format(name=html.escape(name)) if name and self.matches else
                      tr("Chưa chọn người thi: gõ họ tên rồi nhấn Enter để chọn."), "error")
            self.name_edit.setFocus()
            return
        try:
            correct, total = self.read_score()
        except ValueError as exc:
            self._say(html.escape(str(exc)), "error")
            self.score_edit.setFocus()
            self.score_edit.selectAll()
            return
        record = self.picked
        entry = PaperEntry(record.id, record.full_name, record.date_of_birth_text, record.branch_name, correct, total)
        self.entries.append(entry)
        self._show_entries()
        self.table.scrollToBottom()
        times = self._times_typed(record.id)
        text = tr("Đã thêm <b>{name}</b>: {score} ({percent}) – {result}.").format(
            name=html.escape(record.full_name), score=entry.score_text, percent=percent_text(entry.percent),
            result=result_text(self.passes(entry)))
        if times > 1:
            self._say(trn("⚠ {text} Người này có %n dòng trong danh sách.", times).format(text=text), "warning")
        else:
            self._say(text)
        self.picked = None
        self.matches = []
        self._searched = None
        self.match_list.clear()
        self.name_edit.clear()
        self.score_edit.clear()
        self.name_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if watched is self.name_edit:
                if enter:
                    self.name_entered()
                    return True
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: VISIBLE_MATCHES,
                        Qt.Key.Key_PageUp: -VISIBLE_MATCHES}.get(key)
                if step is not None:
                    if self._search_timer.isActive():  # ↓ typed faster than the search started
                        self.run_search()
                    self._move_match(step)
                    self.picked = None  # ↑ ↓ after a pick means another person
                    return True
                if key == Qt.Key.Key_Escape and self.name_edit.text():
                    # Esc starts the name over; only an empty box lets it close the dialog.
                    self.name_edit.clear()
                    self._name_edited("")
                    return True
            elif watched is self.score_edit and enter:
                self.score_entered()
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ the list

    def _times_typed(self, member_id: str) -> int:
        return sum(1 for e in self.entries if e.member_id == member_id)

    def _show_entries(self) -> None:
        self.model.set_rows(self.entries)
        count = len(self.entries)
        passed = sum(1 for e in self.entries if self.passes(e))
        self.list_title.setText(trn("Đã nhập (%n bài)", count) if count else tr("Đã nhập", "typed in"))
        self.tally_label.setText(tr("{passed} đạt, {failed} chưa đạt").format(passed=passed, failed=count - passed)
                                 if count else tr("Chưa có bài nào."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = len(self.entries)
        self.save_button.setText(tr("&Ghi kết quả ({count})").format(count=count))
        self.save_button.setEnabled(count > 0 and not self._saving)
        self.remove_button.setEnabled(bool(selected_rows(self.table)) and not self._saving)
        # A sheet added while the pile is written would be cleared with it, never saved.
        for widget in (self.name_edit, self.score_edit, self.add_button, self.date_edit, self.total_spin):
            widget.setEnabled(not self._saving)

    def remove_rows(self, positions: list[int]) -> None:
        for position in sorted(set(positions), reverse=True):
            if 0 <= position < len(self.entries):
                del self.entries[position]
        self._show_entries()

    def remove_selected(self) -> None:
        positions = selected_rows(self.table)
        if not positions or self._saving:
            return
        self.remove_rows(positions)
        if self.entries:
            self.table.selectRow(min(positions[0], len(self.entries) - 1))
            self.table.setFocus()
        else:
            self.name_edit.setFocus()

    # ------------------------------------------------------------------ saving and closing

    def taken_on(self) -> date:
        return self.date_edit.date().toPython()

    def save(self) -> None:
        if not self.entries or self._saving:
            return
        db, event_id, taken_on = self._db, self.event_id, self.taken_on()
        pile = [(e.member_id, e.correct, e.total) for e in self.entries]
        self._saving = True
        self._update_buttons()
        self.close_button.setEnabled(False)
        self._worker.run(lambda _state: record_paper_results(db, event_id, pile, taken_on=taken_on),
                         on_success=lambda added: self._saved(added, len(pile)), on_failure=self._save_failed,
                         parent=self, label=tr("Đang ghi kết quả thi trên giấy…"))

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.close_button.setEnabled(True)
        self._update_buttons()
        errors.show_error(self, exc)
        self.name_edit.setFocus()

    def _saved(self, added: int, typed: int) -> None:
        self._saving = False
        self.close_button.setEnabled(True)
        self.added, self.skipped = added, typed - added
        text = trn("Đã ghi %n lượt thi trên giấy, ngày {date}.", added).format(date=self.date_edit.text())
        if self.skipped:
            text += " " + trn("%n bài đã được ghi từ trước (cùng người, cùng ngày, cùng điểm): không ghi lại.",
                              self.skipped)
        self.entries = []
        self._show_entries()
        dialogs.inform(self, tr(TITLE), text)
        self.accept()

    def reject(self) -> None:
        if self._saving:  # closing while the pile is written would lose the report
            return
        if self.entries and not dialogs.confirm(
                self, tr(TITLE), trn("Có %n bài đã gõ nhưng chưa ghi. Đóng và bỏ các bài này?", len(self.entries)),
                informative=tr("Bấm «Ở lại» rồi «Ghi kết quả» để lưu."), confirm_text=tr("Bỏ và đóng"),
                cancel_text=tr("Ở lại")):
            return
        super().reject()

    # ------------------------------------------------------------------ messages

    def _say(self, text: str, severity: str = "info") -> None:
        """The line under the entry: what was just done, or what is wrong (rich text)."""
        colour = {"error": ERROR_COLOUR, "warning": WARNING_COLOUR}.get(severity, INFO_COLOUR)
        self.message_label.setStyleSheet(f"color: {colour};")
        self.message_label.setProperty("severity", severity)
        self.message_label.setText(text or " ")
