"""The "Câu hỏi" tab of an online dialogue: entering questions, choosing 3–5 to send,
exporting the official list, the units' report numbers."""

from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.core import dialogue, events, units
from desktop.core.events import BridgePointPlan, EventPlan, SessionPlan
from desktop.ui import dialogs
from desktop.ui.events.events_page import EventsPage
from desktop.ui.events.questions_tab import QuestionDialog


@pytest.fixture
def dialogue_id(demo_db) -> str:
    tree = units.load_tree(demo_db)
    plan = EventPlan("Đối thoại trực tuyến với thanh niên", "dialogue", tree.by_code("TV-CN").id,
                     sessions=[SessionPlan(date(2026, 12, 15), "morning")],
                     bridge_points=[BridgePointPlan("Điểm cầu xã Mỹ Long Bắc", "grassroots",
                                                    tree.by_code("TV-CN-01").id, capacity=20)])
    event_id = events.save_event_plan(demo_db, plan)
    for name, question in (("Lê Hoàng Phúc", "Tỉnh có chính sách gì giữ chân sinh viên giỏi?"),
                           ("Thạch Sô Phal", "Thanh niên Khmer học nghề miễn phí ở đâu?")):
        dialogue.add_question(demo_db, event_id, dialogue.QuestionInput(
            unit_id=tree.by_code("TV-CN-01").id, asker_name=name, question=question))
    return event_id


@pytest.fixture
def editor(demo_db, dialogue_id, worker, qtbot, wait_idle, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *_args: "discard")
    page = EventsPage(demo_db, worker)
    qtbot.addWidget(page)
    page.show()
    page.open_event(dialogue_id)
    wait_idle()
    page.editor.tabs.setCurrentWidget(page.editor.questions_tab)
    return page.editor


@pytest.fixture
def tab(editor):
    return editor.questions_tab


def test_the_questions_tab_is_only_there_for_a_dialogue(editor):
    questions = editor.tabs.indexOf(editor.questions_tab)
    assert editor.tabs.isTabVisible(questions)
    editor.general_tab.kind_combo.setCurrentIndex(editor.general_tab.kind_combo.findData("briefing"))
    assert not editor.tabs.isTabVisible(questions)


def test_enter_a_question_choose_three_to_send_and_export_them(tab, demo_db, dialogue_id, wait_idle, type_text,
                                                                tmp_path, monkeypatch, message_boxes):
    assert tab.question_model.rowCount() == 2

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QuestionDialog)
        dialog.unit_combo.set_unit_id(units.load_tree(demo_db).by_code("TV-CN-01").id)
        type_text(dialog.name_edit, "trần thị ngọc hân")
        type_text(dialog.birth_edit, "08/03/2002")
        type_text(dialog.phone_edit, "0901 234 567")
        type_text(dialog.question_edit, "Thanh niên nông thôn được hỗ trợ vốn khởi nghiệp thế nào?")
        dialog.save()

    QTimer.singleShot(0, fill)
    tab.add_question()
    wait_idle()
    assert tab.question_model.rowCount() == 3
    added = tab.question_model.row_at(2)
    assert (added.asker_name, added.asker_birth_date, added.phone) == ("Trần Thị Ngọc Hân", date(2002, 3, 8),
                                                                      "0901234567")

    tab.question_table.selectRow(0)
    tab.select_for_sending()
    wait_idle()
    assert "ít nhất 2 câu" in message_boxes.shown[-1][2]  # one chosen: 3 to 5 are needed
    tab.question_table.selectAll()
    tab.select_for_sending()
    wait_idle()
    assert [q.selected for q in dialogue.list_questions(demo_db, dialogue_id)] == [True, True, True]
    assert tab.status_model.row_at(0).state_label == "Đã chọn 3 câu"

    target = tmp_path / "cau hoi.xlsx"
    monkeypatch.setattr(dialogs, "choose_xlsx_to_save", lambda *_args: target)
    tab.export()
    wait_idle()
    assert target.is_file()
    assert message_boxes.shown[-1][2] == "Đã ghi 3 câu hỏi vào «cau hoi.xlsx»."
