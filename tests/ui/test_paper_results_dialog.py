"""Typing in paper test results: the name found without tones, ↑ ↓ and Enter, the score
as the sheet shows it, inline messages for slips, one save for the whole pile, and the
quiz tab's button that opens the dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from desktop.core import events, members
from desktop.core.members import MemberInput
from desktop.core.question_bank import import_bank_file
from desktop.core.quiz_summary import quiz_summary
from desktop.core.quizzes import QuizSettings, member_attempts, save_quiz
from desktop.core.units import load_tree
from desktop.ui.quiz.paper_results_dialog import PaperResultsDialog
from desktop.ui.quiz.quiz_tab import QuizTab


@pytest.fixture
def event_id(demo_db) -> str:
    plan = events.EventPlan(title="Học tập Nghị quyết Đại hội Đoàn XII", kind="study_conference",
                            organiser_unit_id=load_tree(demo_db).by_code("TV-CN").id)
    return events.save_event_plan(demo_db, plan)


def member(db, name: str, born: dt.date | None = None) -> str:
    return members.create_member(db, MemberInput.from_full_name(
        name, branch_id=load_tree(db).by_code("TV-CN-01-01").id, date_of_birth=born))


@pytest.fixture
def people(demo_db) -> dict[str, str]:
    return {"huong": member(demo_db, "Nguyễn Thị Hương", dt.date(1999, 2, 3)),
            "huong2": member(demo_db, "Nguyễn Thị Hường", dt.date(2001, 5, 12)),
            "lam": member(demo_db, "Trần Văn Lâm", dt.date(1998, 11, 30))}


@pytest.fixture
def open_dialog(demo_db, worker, qtbot, wait_idle, event_id):
    def make() -> PaperResultsDialog:
        dialog = PaperResultsDialog(demo_db, worker, event_id)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        wait_idle()  # the test's settings
        return dialog
    return make


def enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def cell(dialog: PaperResultsDialog, row: int, key: str) -> str:
    column = next(i for i, c in enumerate(dialog.columns) if c.key == key)
    return dialog.model.index(row, column).data()


def type_sheet(qtbot, dialog: PaperResultsDialog, name: str, score: str, *, down: int = 0) -> None:
    """One sheet as an officer types it (ASCII only: keyClicks aborts on anything else)."""
    qtbot.keyClicks(dialog.name_edit, name)
    for _ in range(down):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Down)
    enter(qtbot, dialog.name_edit)
    qtbot.keyClicks(dialog.score_edit, score)
    enter(qtbot, dialog.score_edit)


def test_a_toneless_name_enter_and_a_score_add_a_row(open_dialog, people, qtbot):
    dialog = open_dialog()
    assert dialog.date_edit.date() == QDate.currentDate() and dialog.date_edit.displayFormat() == "dd/MM/yyyy"
    assert dialog.total_spin.value() == 100  # the event has no test settings yet
    assert dialog.pass_label.text().startswith("Điểm đạt: 60% số câu")
    assert not dialog.save_button.isEnabled() and dialog.save_button.text() == "&Ghi kết quả (0)"
    assert QApplication.focusWidget() is dialog.name_edit

    qtbot.keyClicks(dialog.name_edit, "NGUYEN thi huong")
    qtbot.waitUntil(lambda: dialog.match_list.count() == 2)
    # Both, tones aside, in name order, each with the birth date and branch to tell them apart.
    assert dialog.match_list.item(0).text().startswith("Nguyễn Thị Hương  ·  sinh 03/02/1999  ·  ")
    assert dialog.match_list.item(1).text().startswith("Nguyễn Thị Hường  ·  sinh 12/05/2001  ·  ")
    assert "2 người khớp" in dialog.message_label.text()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Down)
    assert dialog.match_list.currentRow() == 1
    enter(qtbot, dialog.name_edit)
    assert dialog.picked.id == people["huong2"] and dialog.name_edit.text() == "Nguyễn Thị Hường"
    assert QApplication.focusWidget() is dialog.score_edit

    qtbot.keyClicks(dialog.score_edit, "7/10")
    enter(qtbot, dialog.score_edit)
    assert [(e.member_id, e.correct, e.total) for e in dialog.entries] == [(people["huong2"], 7, 10)]
    assert (cell(dialog, 0, "name"), cell(dialog, 0, "score"), cell(dialog, 0, "percent"),
            cell(dialog, 0, "result")) == ("Nguyễn Thị Hường", "7/10", "70%", "Đạt")
    assert cell(dialog, 0, "birth") == "12/05/2001" and cell(dialog, 0, "branch")
    # Back to an empty name box for the next sheet, the last one confirmed underneath.
    assert dialog.name_edit.text() == "" and dialog.score_edit.text() == "" and dialog.match_list.count() == 0
    assert QApplication.focusWidget() is dialog.name_edit
    assert "Đã thêm <b>Nguyễn Thị Hường</b>: 7/10 (70%) – Đạt." in dialog.message_label.text()

    # A bare count is out of the paper's size; a percentage out of 100; 60 % passes.
    type_sheet(qtbot, dialog, "tran van lam", "59")
    type_sheet(qtbot, dialog, "thi huong", "60%")
    assert [(e.correct, e.total) for e in dialog.entries] == [(7, 10), (59, 100), (60, 100)]
    assert [cell(dialog, row, "result") for row in range(3)] == ["Đạt", "Chưa đạt", "Đạt"]
    assert dialog.tally_label.text() == "2 đạt, 1 chưa đạt"
    assert dialog.save_button.isEnabled() and dialog.save_button.text() == "&Ghi kết quả (3)"


def test_a_name_with_tones_typed_as_text_is_found_too(open_dialog, people, qtbot, type_text):
    dialog = open_dialog()
    type_text(dialog.name_edit, "Trần Văn Lâm")
    enter(qtbot, dialog.name_edit)
    assert dialog.picked.id == people["lam"]
    type_text(dialog.score_edit, "72")
    enter(qtbot, dialog.score_edit)
    assert [(e.member_id, e.correct, e.total) for e in dialog.entries] == [(people["lam"], 72, 100)]


def test_a_bad_score_is_explained_inline_and_adds_nothing(open_dialog, people, qtbot, message_boxes):
    dialog = open_dialog()
    qtbot.keyClicks(dialog.name_edit, "lam")
    enter(qtbot, dialog.name_edit)
    for typed, expected in [("12/10", "Điểm «12/10» chưa đúng: điểm «12/10» không hợp lệ."),
                            ("120", "Điểm «120» chưa đúng: 120 câu đúng mà đề chỉ có 100 câu."),
                            ("abc", "Không đọc được điểm «abc»: gõ số câu đúng (72), hoặc 72/100, hoặc 72%."),
                            ("7,5", "«7,5» không phải số câu đúng"),
                            ("", "Chưa có điểm")]:
        dialog.score_edit.clear()
        qtbot.keyClicks(dialog.score_edit, typed)
        enter(qtbot, dialog.score_edit)
        assert expected in dialog.message_label.text(), typed
        assert dialog.message_label.property("severity") == "error"
        assert dialog.entries == [] and QApplication.focusWidget() is dialog.score_edit
    assert dialog.picked.id == people["lam"]  # still chosen: only the score needs retyping
    assert message_boxes.shown == []

    # A score with nobody chosen, and a name that matches nobody.
    dialog.score_edit.clear()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)  # the name box starts over
    assert dialog.name_edit.text() == "" and dialog.picked is None
    qtbot.keyClicks(dialog.score_edit, "50")
    enter(qtbot, dialog.score_edit)
    assert "Chưa chọn người thi" in dialog.message_label.text() and dialog.entries == []
    qtbot.keyClicks(dialog.name_edit, "zzz")
    enter(qtbot, dialog.name_edit)
    assert "Không tìm thấy đoàn viên nào có tên «zzz»" in dialog.message_label.text()
    assert dialog.picked is None and QApplication.focusWidget() is dialog.name_edit


def test_a_member_typed_twice_is_pointed_out_and_rows_can_be_deleted(open_dialog, people, qtbot):
    dialog = open_dialog()
    type_sheet(qtbot, dialog, "lam", "80")
    type_sheet(qtbot, dialog, "huong", "40", down=1)
    qtbot.keyClicks(dialog.name_edit, "tran van")
    enter(qtbot, dialog.name_edit)
    assert dialog.message_label.property("severity") == "warning"
    assert "Trần Văn Lâm</b>" in dialog.message_label.text()
    assert "đã có trong danh sách (dòng 1: 80/100)" in dialog.message_label.text()
    qtbot.keyClicks(dialog.score_edit, "85")
    enter(qtbot, dialog.score_edit)
    assert "Người này có 2 dòng trong danh sách." in dialog.message_label.text()
    assert dialog.model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is not None  # both lines tinted
    assert dialog.model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole) is None

    dialog.table.selectRow(0)
    assert dialog.remove_button.isEnabled()
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert [(e.member_id, e.correct) for e in dialog.entries] == [(people["huong2"], 40), (people["lam"], 85)]
    assert dialog.model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole) is None  # no longer twice
    dialog.table.selectRow(0)
    dialog.remove_button.click()
    assert len(dialog.entries) == 1 and dialog.save_button.text() == "&Ghi kết quả (1)"


def test_saving_records_the_pile_and_a_second_typing_adds_nothing(open_dialog, demo_db, event_id, people, qtbot,
                                                                  wait_idle, message_boxes):
    dialog = open_dialog()
    dialog.date_edit.setDate(QDate(2026, 3, 14))
    type_sheet(qtbot, dialog, "lam", "7/10")
    type_sheet(qtbot, dialog, "huong", "5/10")
    dialog.save_button.click()
    wait_idle()
    assert message_boxes.shown == [("inform", "Nhập điểm thi trên giấy",
                                    "Đã ghi 2 lượt thi trên giấy, ngày 14/03/2026.")]
    assert dialog.result() == PaperResultsDialog.DialogCode.Accepted and (dialog.added, dialog.skipped) == (2, 0)
    summary = quiz_summary(demo_db, event_id)
    assert (summary.total.tested, summary.total.passed, summary.total.attempts) == (2, 1, 2)
    [attempt] = member_attempts(demo_db, event_id, people["lam"])
    assert (attempt.source, attempt.submitted_at) == ("paper", dt.datetime(2026, 3, 14))

    again = open_dialog()
    again.date_edit.setDate(QDate(2026, 3, 14))
    type_sheet(qtbot, again, "lam", "7/10")
    type_sheet(qtbot, again, "huong", "6/10", down=1)
    again.save_button.click()
    wait_idle()
    assert message_boxes.shown[-1][2] == ("Đã ghi 1 lượt thi trên giấy, ngày 14/03/2026. 1 bài đã được ghi từ "
                                          "trước (cùng người, cùng ngày, cùng điểm): không ghi lại.")
    assert quiz_summary(demo_db, event_id).total.attempts == 3


def test_a_refused_save_keeps_the_rows_and_shows_the_error(open_dialog, demo_db, people, qtbot, wait_idle,
                                                           message_boxes):
    dialog = open_dialog()
    type_sheet(qtbot, dialog, "lam", "7/10")
    members.delete_members(demo_db, [people["lam"]])  # meanwhile, in another window
    dialog.save_button.click()
    wait_idle()
    assert message_boxes.shown == [("warn", "Dữ liệu chưa hợp lệ",
                                    "Dòng 1: không tìm thấy đoàn viên (có thể đã bị xóa).")]
    assert len(dialog.entries) == 1 and dialog.isVisible() and dialog.save_button.isEnabled()


def test_the_tests_settings_give_the_paper_size_and_pass_mark(open_dialog, demo_db, event_id, people, samples, qtbot):
    bank_id = import_bank_file(demo_db, samples / "question_bank.xlsx", "Nghị quyết XII")[1]
    save_quiz(demo_db, event_id, QuizSettings(bank_id, question_count=30, pass_percent=80))
    dialog = open_dialog()
    assert dialog.total_spin.value() == 30
    assert dialog.pass_label.text() == "Điểm đạt: 80% số câu (theo cài đặt bài kiểm tra)"
    type_sheet(qtbot, dialog, "lam", "24")
    type_sheet(qtbot, dialog, "huong", "23", down=1)
    assert [(cell(dialog, r, "score"), cell(dialog, r, "percent"), cell(dialog, r, "result")) for r in range(2)] == [
        ("24/30", "80%", "Đạt"), ("23/30", "76,7%", "Chưa đạt")]


def test_closing_with_unsaved_rows_asks_first(open_dialog, people, qtbot, message_boxes):
    dialog = open_dialog()
    dialog.reject()  # nothing typed: closes without asking
    assert not dialog.isVisible() and message_boxes.shown == []

    dialog = open_dialog()
    type_sheet(qtbot, dialog, "lam", "9/10")
    message_boxes.confirm_answer = False
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)  # an empty name box: Esc means close
    assert message_boxes.kinds() == ["confirm"]
    assert "Có 1 bài đã gõ nhưng chưa ghi" in message_boxes.shown[0][2] and dialog.isVisible()
    qtbot.keyClicks(dialog.name_edit, "huo")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)  # with text: Esc only starts the name over
    assert dialog.name_edit.text() == "" and len(message_boxes.shown) == 1
    message_boxes.confirm_answer = True
    dialog.close()
    assert not dialog.isVisible() and dialog.entries


def test_the_quiz_tab_button_opens_the_dialog_and_refreshes_after(demo_db, worker, event_id, people, qtbot,
                                                                  wait_idle):
    tab = QuizTab(demo_db, worker, load_tree(demo_db))
    qtbot.addWidget(tab)
    tab.resize(1230, 640)
    tab.show()
    tab.set_event(event_id)
    wait_idle()
    assert tab.paper_button.text() == "Nhậ&p điểm thi trên giấy…" and tab.paper_button.isVisible()
    assert tab.summary.total.attempts == 0
    tab.paper_button.click()
    dialog = tab.findChild(PaperResultsDialog)
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Nhập điểm thi trên giấy"
    wait_idle()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    type_sheet(qtbot, dialog, "lam", "8/10")
    with qtbot.waitSignal(dialog.finished):
        dialog.save_button.click()
    wait_idle()
    assert (tab.summary.total.tested, tab.summary.total.passed) == (1, 1)
