"""The test kiosk: identifying by card and by name, answers written at once, the
countdown and the submission at zero, a kiosk that dies mid-test and the attempt
resumed elsewhere with every answer and the time that was left, the question map, the
score and the certificate.

Time is the test's: each window runs on a clock the test moves by hand. What the kiosk
stored is read back through the core (``start_attempt`` resumes the unfinished attempt
with its answers), not through the window that wrote it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core import events, members
from desktop.core.cards import CODE_ALPHABET, check_character, format_code, issue_cards
from desktop.core.events import EventPlan
from desktop.core.members import MemberInput
from desktop.core.question_bank import bank_questions, import_bank_file
from desktop.core.quizzes import (
    KioskAttempt, QuizSettings, member_attempts, record_elapsed, save_quiz, start_attempt,
)
from desktop.core.units import load_tree
from desktop.db.engine import Database
from desktop.ui import dialogs
from desktop.ui.quiz import kiosk as kiosk_module
from desktop.ui.quiz.kiosk import KioskWindow
from desktop.ui.quiz.open_kiosk import open_kiosk

START = 1000.0


class Clock:
    """Monotonic seconds that move only when the test says so."""

    def __init__(self, now: float = START):
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class QuizEvent:
    event_id: str
    bank_id: str
    member_id: str          # Nguyễn Thị Hường, with a card
    code: str
    namesake_id: str        # Nguyễn Thị Hương: the same letters without tones
    other_id: str           # Trần Văn Nam


def add_member(db: Database, name: str, branch: str = "TV-CN-01-01") -> str:
    tree = load_tree(db)
    return members.create_member(db, MemberInput.from_full_name(name, branch_id=tree.by_code(branch).id))


def add_event(db: Database, title: str = "Học tập Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII") -> str:
    tree = load_tree(db)
    return events.save_event_plan(db, EventPlan(title=title, kind="study_conference",
                                                 organiser_unit_id=tree.by_code("TV-CN").id))


@pytest.fixture
def quiz_event(demo_db, samples) -> QuizEvent:
    member = add_member(demo_db, "Nguyễn Thị Hường")
    namesake = add_member(demo_db, "Nguyễn Thị Hương", "TV-CN-01-02")
    other = add_member(demo_db, "Trần Văn Nam")
    event_id = add_event(demo_db)
    _preview, bank_id = import_bank_file(demo_db, samples / "question_bank.xlsx")
    save_quiz(demo_db, event_id, QuizSettings(bank_id, question_count=10, duration_minutes=5))
    codes = issue_cards(demo_db, [member])
    return QuizEvent(event_id, bank_id, member, codes[member], namesake, other)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def open_window(app, qtbot, demo_db, quiz_event, clock):
    def open_it(event_id: str | None = None, at: Clock | None = None) -> KioskWindow:
        window = KioskWindow(demo_db, event_id or quiz_event.event_id, clock=at or clock)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        return window
    return open_it


def key_event(kind: QEvent.Type, char: str) -> QKeyEvent:
    if char == "\r":
        return QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
    key = Qt.Key.Key_Minus if char == "-" else Qt.Key(ord(char.upper()))
    modifier = Qt.KeyboardModifier.ShiftModifier if char.isupper() else Qt.KeyboardModifier.NoModifier
    return QKeyEvent(kind, key, modifier, char)


def scanner_types(target: QWidget, text: str) -> None:
    """What a keyboard-wedge scanner sends: the characters, then Enter, press and release."""
    for char in text + "\r":
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, key_event(kind, char))


def right_option(db: Database, bank_id: str, attempt: KioskAttempt, position: int) -> int:
    """The right option of the question at ``position``, as the kiosk shows it."""
    stored = {q.id: q for q in bank_questions(db, bank_id)}
    question = attempt.questions[position]
    right = stored[question.question_id]
    return question.options.index(right.options[right.correct[0]])


def stored_attempt(db: Database, event_id: str, member_id: str) -> KioskAttempt:
    """The unfinished attempt as a kiosk on another PC would resume it."""
    attempt = start_attempt(db, event_id, member_id)
    assert attempt.resumed
    return attempt


def on_page(window: KioskWindow) -> str:
    return window.stack.currentWidget().objectName()


def test_a_scanned_card_starts_the_attempt(open_window, quiz_event):
    window = open_window()
    assert on_page(window) == "identify_page" and window.capture.active

    scanner_types(window.search_edit, format_code(quiz_event.code).lower())  # Caps Lock off, dashes and all

    assert on_page(window) == "question_page"
    assert not window.capture.active  # B and C pick options now, they are no part of a code
    assert window.member_label.text() == "Nguyễn Thị Hường"
    assert window.number_label.text() == "Câu 1/10"
    assert window.countdown_label.text() == "05:00"
    assert window.map.state(0) == "current" and window.map.state(1) == "unanswered"
    assert not window.resume_note.isVisible()
    assert window.search_edit.text() == ""


def test_a_toneless_name_finds_the_member_and_namesakes_are_picked_by_hand(open_window, qtbot, quiz_event):
    window = open_window()
    qtbot.keyClicks(window.search_edit, "nguyen thi huong")
    window.run_search()
    texts = [window.results.item(row).text() for row in range(window.results.count())]
    assert len(texts) == 2 and any(t.startswith("Nguyễn Thị Hường") for t in texts)
    assert any(t.startswith("Nguyễn Thị Hương  ") for t in texts)

    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)  # two people: Enter alone does not guess
    assert on_page(window) == "identify_page"
    assert "chọn đúng tên mình" in window.results_caption.text()

    wanted = next(row for row, text in enumerate(texts) if text.startswith("Nguyễn Thị Hường"))
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Down)
    if wanted == 0:
        qtbot.keyClick(window.search_edit, Qt.Key.Key_Up)
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert on_page(window) == "question_page"
    assert window.attempt.member_id == quiz_event.member_id


def test_one_hit_starts_on_enter_and_cards_it_cannot_use_are_said_so(open_window, qtbot, quiz_event):
    window = open_window()
    body = "BCG4K7LN"
    scanner_types(window.search_edit, body + check_character(body))  # well formed, but nobody's card here
    assert on_page(window) == "identify_page" and window.notice.isVisible()
    assert window.notice_name.text() == "Không nhận ra thẻ"
    wrong = next(ch for ch in CODE_ALPHABET if ch != check_character(body))
    scanner_types(window.search_edit, body + wrong)  # a slip in a code typed by hand
    assert window.notice_name.text() == "Mã thẻ không hợp lệ" and window.search_edit.text() == ""

    window.search_edit.clear()
    qtbot.keyClicks(window.search_edit, "tran van nam")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert on_page(window) == "question_page"
    assert window.attempt.member_id == quiz_event.other_id


def test_every_choice_is_written_at_once(open_window, qtbot, demo_db, quiz_event, clock):
    window = open_window()
    window.begin(quiz_event.member_id)
    clock.advance(12)
    qtbot.keyClick(window.question_page, Qt.Key.Key_2)
    assert window.options[1].chosen and not window.options[0].chosen
    assert window.map.state(0) == "current" and window.answered_label.text() == "Đã trả lời: 1/10 câu"

    qtbot.keyClick(window.question_page, Qt.Key.Key_Right)
    assert window.number_label.text() == "Câu 2/10" and window.map.state(0) == "answered"
    clock.advance(8)
    qtbot.mouseClick(window.options[3].text_label, Qt.MouseButton.LeftButton)  # anywhere on the row
    qtbot.keyClick(window.question_page, Qt.Key.Key_Right)
    qtbot.keyClick(window.question_page, Qt.Key.Key_C)
    qtbot.keyClick(window.question_page, Qt.Key.Key_A)  # a change of mind replaces the choice

    stored = stored_attempt(demo_db, quiz_event.event_id, quiz_event.member_id)
    assert [q.chosen for q in stored.questions[:4]] == [[1], [3], [0], []]
    assert stored.elapsed_seconds == 20
    qtbot.keyClick(window.question_page, Qt.Key.Key_Left)
    assert window.number_label.text() == "Câu 2/10" and window.options[3].chosen


def test_the_countdown_runs_and_submits_by_itself_at_zero(open_window, demo_db, quiz_event, clock):
    window = open_window()
    window.begin(quiz_event.member_id)
    clock.advance(65.4)
    window.tick()
    assert window.countdown_label.text() == "03:55" and not window.countdown_urgent
    assert member_attempts(demo_db, quiz_event.event_id, quiz_event.member_id)[0].elapsed_seconds == 65

    clock.advance(175)  # 240 s used: one minute left
    window.tick()
    assert window.countdown_label.text() == "01:00" and window.countdown_urgent
    assert "#c62828" in window.countdown_label.styleSheet()

    clock.advance(60)
    window.tick()
    assert on_page(window) == "result_page" and window.auto_submitted and window.auto_note.isVisible()
    assert window.score_label.text() == "0/10 — CHƯA ĐẠT"
    [attempt] = member_attempts(demo_db, quiz_event.event_id, quiz_event.member_id)
    assert attempt.submitted_at is not None and attempt.elapsed_seconds == 300


def test_a_killed_kiosk_resumes_with_every_answer_and_the_time_left(app, qtbot, open_window, demo_db, quiz_event,
                                                                     clock):
    first = KioskWindow(demo_db, quiz_event.event_id, clock=clock)  # not handed to qtbot: it dies below
    first.show()
    first.begin(quiz_event.member_id)
    clock.advance(10)
    first.choose(2)
    first.show_question(1)
    clock.advance(10)
    first.choose(0)
    first.map.buttons[4].click()
    first.choose(3)
    clock.advance(7)
    first.tick()            # 27 s used, written (5 s since the last answer)
    clock.advance(2.5)      # these seconds die with the window
    answers = [q.chosen for q in first.attempt.questions]

    first.deleteLater()     # no closeEvent, no last write: as if the process were killed
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(first)

    clock.advance(600)      # the PC is restarted: time does not run while no kiosk does
    second = open_window()
    second.begin(quiz_event.member_id)
    assert second.attempt.resumed
    assert [q.chosen for q in second.attempt.questions] == answers
    assert second.countdown_label.text() == "04:33" and second.remaining_seconds() == 273
    assert second.resume_note.isVisible() and "Tiếp tục bài làm: còn 04:33" in second.resume_note.text()
    assert second.number_label.text() == "Câu 3/10"  # the first unanswered
    assert [second.map.state(p) for p in range(5)] == ["answered", "answered", "current", "unanswered", "answered"]
    second.show_question(4)
    assert [option.chosen for option in second.options[:4]] == [False, False, False, True]
    assert not second.resume_note.isVisible()

    clock.advance(3)
    second.tick()
    assert second.countdown_label.text() == "04:30"


def test_an_attempt_whose_time_ran_out_is_submitted_when_it_is_opened(open_window, demo_db, quiz_event):
    attempt = start_attempt(demo_db, quiz_event.event_id, quiz_event.member_id)
    record_elapsed(demo_db, attempt.attempt_id, 300)  # the last write before the kiosk died was at zero
    window = open_window()
    window.begin(quiz_event.member_id)
    assert on_page(window) == "result_page" and window.auto_note.isVisible()
    assert member_attempts(demo_db, quiz_event.event_id, quiz_event.member_id)[0].submitted_at is not None


def test_leaving_asks_first_and_keeps_the_time_to_the_second(open_window, demo_db, message_boxes, quiz_event, clock):
    window = open_window()
    window.begin(quiz_event.member_id)
    clock.advance(42)
    message_boxes.confirm_answer = False
    window.close()
    assert window.isVisible() and message_boxes.kinds() == ["confirm"]
    assert "Nguyễn Thị Hường đang làm bài" in message_boxes.shown[0][2]

    message_boxes.confirm_answer = True
    window.close()
    assert not window.isVisible()
    assert stored_attempt(demo_db, quiz_event.event_id, quiz_event.member_id).remaining_seconds == 300 - 42


def test_the_map_jumps_to_any_question(open_window, qtbot, quiz_event):
    window = open_window()
    window.begin(quiz_event.member_id)
    window.choose(1)
    qtbot.mouseClick(window.map.buttons[7], Qt.MouseButton.LeftButton)
    assert window.number_label.text() == "Câu 8/10"
    assert window.question_label.text() == window.attempt.questions[7].text
    assert [window.map.state(p) for p in (0, 1, 7)] == ["answered", "unanswered", "current"]
    assert window.next_button.isEnabled() and window.previous_button.isEnabled()
    qtbot.mouseClick(window.map.buttons[9], Qt.MouseButton.LeftButton)
    assert not window.next_button.isEnabled() and window.previous_button.isEnabled()


def test_submitting_shows_the_score_and_prints_the_certificate(open_window, qtbot, demo_db, message_boxes, monkeypatch,
                                                               tmp_path, quiz_event):
    window = open_window()
    window.begin(quiz_event.member_id)
    attempt = window.attempt
    for position in range(7):
        window.show_question(position)
        window.choose(right_option(demo_db, quiz_event.bank_id, attempt, position))
    window.show_question(7)
    window.choose((right_option(demo_db, quiz_event.bank_id, attempt, 7) + 1) % 4)

    message_boxes.confirm_answer = False
    qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    assert message_boxes.shown[-1][2] == "Bạn còn 2 câu chưa trả lời. Vẫn nộp bài?"
    assert on_page(window) == "question_page"

    message_boxes.confirm_answer = True
    qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    assert on_page(window) == "result_page" and not window.auto_note.isVisible()
    assert window.score_label.text() == "7/10 — ĐẠT" and "#2e7d32" in window.score_label.styleSheet()
    assert window.detail_label.text() == "Trả lời đúng 7/10 câu (70%). Điểm đạt: từ 60% (6/10 câu)."
    assert window.certificate_button.isVisible()

    target = tmp_path / "giay-chung-nhan.pdf"
    monkeypatch.setattr(dialogs, "choose_pdf_to_save", lambda _parent, _title, name: target)
    opened: list[Path] = []
    monkeypatch.setattr(kiosk_module, "open_document", lambda path: opened.append(path) or True)
    qtbot.mouseClick(window.certificate_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF") and opened == [target]
    assert message_boxes.shown[-1][1] == "Đã lưu giấy chứng nhận"

    qtbot.mouseClick(window.next_person_button, Qt.MouseButton.LeftButton)
    assert on_page(window) == "identify_page" and window.capture.active
    scanner_types(window.search_edit, quiz_event.code)
    assert on_page(window) == "identify_page"
    assert "Nguyễn Thị Hường đã đạt bài kiểm tra này" in window.notice_text.text()
    assert window.notice_certificate_button.isVisible()
    target.unlink()
    qtbot.mouseClick(window.notice_certificate_button, Qt.MouseButton.LeftButton)
    assert target.is_file()  # the same certificate again, for a lost print


def test_a_member_below_the_pass_mark_gets_no_certificate(open_window, qtbot, demo_db, quiz_event):
    window = open_window()
    window.begin(quiz_event.other_id)
    for position in range(5):
        window.show_question(position)
        window.choose(right_option(demo_db, quiz_event.bank_id, window.attempt, position))
    window.submit()
    assert window.score_label.text() == "5/10 — CHƯA ĐẠT" and "#c62828" in window.score_label.styleSheet()
    assert not window.certificate_button.isVisible()
    assert window.advice_label.text() == "Bạn có thể thi lại: quét thẻ hoặc tìm tên để bắt đầu lượt mới."

    save_quiz(demo_db, quiz_event.event_id, QuizSettings(quiz_event.bank_id, question_count=10, duration_minutes=5,
                                                         max_attempts=1))
    window.next_person()
    window.begin(quiz_event.other_id)
    assert on_page(window) == "identify_page"
    assert window.notice_text.text() == "Trần Văn Nam đã thi đủ 1 lần cho phép."
    assert not window.notice_certificate_button.isVisible()


def test_a_question_with_several_right_answers_takes_several(open_window, qtbot, demo_db, quiz_event, tmp_path):
    path = tmp_path / "nhieu-dap-an.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Câu hỏi", "Đáp án A", "Đáp án B", "Đáp án C", "Đáp án D", "Đáp án đúng"])
    sheet.append(["Những ngày nào là ngày lễ của Đoàn?", "26/3", "1/1", "15/10", "8/3", "A, C"])
    workbook.save(path)
    _preview, bank_id = import_bank_file(demo_db, path, "Nhiều đáp án")
    event_id = add_event(demo_db, "Hội thi tìm hiểu về Đoàn")
    save_quiz(demo_db, event_id, QuizSettings(bank_id, question_count=1, duration_minutes=5, shuffle_options=False))
    window = open_window(event_id)
    window.begin(quiz_event.member_id)
    assert window.options[0].check.isVisible() and not window.options[0].radio.isVisible()
    for key in (Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_2, Qt.Key.Key_2):  # B on, then off again
        qtbot.keyClick(window.question_page, key)
    assert window.attempt.questions[0].chosen == [0, 2]
    assert stored_attempt(demo_db, event_id, quiz_event.member_id).questions[0].chosen == [0, 2]
    window.submit()
    assert window.score_label.text() == "1/1 — ĐẠT"


def test_the_kiosk_opens_only_for_an_event_with_a_test(app, qtbot, demo_db, message_boxes, quiz_event):
    bare = add_event(demo_db, "Hội nghị không có bài kiểm tra")
    assert open_kiosk(None, demo_db, bare) is None
    assert message_boxes.shown == [("warn", "Chưa có bài kiểm tra",
                                    "Hội nghị này chưa có bài kiểm tra nên chưa mở được màn hình thi.")]

    window = open_kiosk(None, demo_db, quiz_event.event_id)
    assert window is not None
    qtbot.addWidget(window)
    assert window.isVisible() and window.isMaximized()
    assert window.title_label.text() == "Học tập Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII"
    window.toggle_full_screen()
    assert window.isFullScreen()
    window.toggle_full_screen()
    assert not window.isFullScreen()
    window.close_now()
