"""The conference screens: entering the source document's conference, save errors,
copying as a template, and the participants tab."""

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QTime, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.core import events, invitations, members, units
from desktop.core.members import MemberInput
from desktop.ui import dialogs
from desktop.ui.events.event_dialogs import CopyEventDialog
from desktop.ui.events.events_page import EventsPage
from desktop.ui.events.fields import UnitCombo
from desktop.ui.events.participant_dialogs import RuleDialog
from desktop.ui.events.plan_table import current_row
from tests.core.test_events import conference

# Committee members on the district's roster, grassroots secretaries on their union's,
# ordinary members in branches (the roster the core's tests use).
ROSTER = [
    ("Thạch Thị Sa Ri", "TV-CN", "secretary"),
    ("Kim Văn Tùng", "TV-CN", "standing_member"),
    ("Lâm Thị Diễm", "TV-CN", "exec_member"),
    ("Nguyễn Văn An", "TV-CN-01", "secretary"),
    ("Trần Thị Bích", "TV-CN-02", "deputy_secretary"),
    ("Lê Văn Cường", "TV-CN-01-01", "member"),
]


@pytest.fixture
def roster_db(demo_db):
    tree = units.load_tree(demo_db)
    for name, code, position in ROSTER:
        members.create_member(demo_db, MemberInput.from_full_name(
            name, branch_id=tree.by_code(code).id, position=position, date_of_birth=date(2000, 1, 1)))
    return demo_db


@pytest.fixture(autouse=True)
def unsaved_changes_answer(monkeypatch):
    """Leaving with unsaved changes asks; tests that do not care drop them."""
    answers: list[str] = []
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *_args: answers.pop(0) if answers else "discard")
    return answers


@pytest.fixture
def page(roster_db, worker, qtbot, wait_idle) -> EventsPage:
    events_page = EventsPage(roster_db, worker)
    qtbot.addWidget(events_page)
    events_page.resize(1240, 760)
    events_page.show()
    wait_idle()
    return events_page


def open_editor_with(page: EventsPage, plan, wait_idle):
    events.save_event_plan(page._db, plan)
    page.refresh()
    wait_idle()
    page.open_event(plan.id)
    wait_idle()
    return page.editor


def cell(model, row: int, key: str) -> str:
    """The text of ``model``'s column ``key`` on ``row`` (columns are declared by key)."""
    return model.index(row, [column.key for column in model.columns].index(key)).data()


def cell_editor(view) -> QLineEdit:
    editors = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    return editors[0]


def type_in_cell(view, qtbot, type_text, text: str) -> None:
    """Type into the cell editor that is open and press Enter (the view commits it queued)."""
    type_text(cell_editor(view), text)
    qtbot.keyClick(cell_editor(view), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()], timeout=2000)


def type_topic(tab, qtbot, type_text, title: str, speaker: str = "") -> None:
    """Insert a topic the way the officer does: the title cell opens for typing, then the speaker's."""
    tab.add_topic()
    type_in_cell(tab.topic_table, qtbot, type_text, title)
    if speaker:
        index = tab.topic_model.index(tab.topic_model.rowCount() - 1, 2)
        tab.topic_table.setCurrentIndex(index)
        tab.topic_table.edit(index)
        type_in_cell(tab.topic_table, qtbot, type_text, speaker)


def fill_point(tab, type_text, name: str, level: str, host: str, **fields) -> None:
    tab.add_point()
    type_text(tab.name_edit, name)
    tab.level_combo.setCurrentIndex(tab.level_combo.findData(level))
    tab.host_combo.set_unit_id(next(u.id for u in tab.tree.units if u.name == host))
    for attribute, text in fields.items():
        widget = {"platform": tab.platform_combo.lineEdit(), "link": tab.link_edit, "address": tab.address_edit,
                  "contact_name": tab.contact_name_edit, "contact_phone": tab.contact_phone_edit,
                  "test_day": tab.test_day_edit}[attribute]
        type_text(widget, text)


def add_rule_through_dialog(tab, scope_name: str, levels: list[str], positions: list[str]) -> None:
    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RuleDialog)
        dialog.scope_combo.set_unit_id(next(u.id for u in tab.tree.units if u.name == scope_name))
        for level in levels:
            dialog.level_boxes[level].setChecked(True)
        for position in positions:
            dialog.position_boxes[position].setChecked(True)
        dialog.buttons.accepted.emit()

    QTimer.singleShot(0, fill)
    tab.add_rule()


def test_the_source_conference_can_be_entered_through_the_screens(page, roster_db, qtbot, wait_idle, type_text):
    page.new_event("study_conference")
    editor = page.editor
    assert page.stack.currentWidget() is editor
    general = editor.general_tab
    type_text(general.title_edit, "Hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh")
    assert editor.title_label.text().endswith(" *")
    type_text(general.directive_code_edit, "305-CV/TWĐTN-BTG")
    type_text(general.directive_date_edit, "2/11/2026")
    general.directive_date_edit.editingFinished.emit()
    assert general.directive_date_edit.text() == "02/11/2026"
    type_text(general.directive_issuer_edit, "Ban Bí thư Trung ương Đoàn")
    general.target_spin.setValue(100)

    sessions = editor.sessions_tab
    editor.tabs.setCurrentWidget(sessions)
    sessions.add_session()
    sessions.day_edit.clear()
    type_text(sessions.day_edit, "10/12/2026")
    for _ in range(3):  # morning, afternoon, next morning, next afternoon
        sessions.add_session()
    assert [s.label for s in editor.plan.sessions] == ["Sáng 10/12/2026", "Chiều 10/12/2026", "Sáng 11/12/2026",
                                                        "Chiều 11/12/2026"]
    assert editor.plan.sessions[1].start_time == time(14, 0) and editor.plan.sessions[1].end_time == time(17, 0)
    programme = [
        [("Chuyên đề 1: Những nội dung cơ bản của Nghị quyết", "Đ/c Bí thư Tỉnh đoàn"),
         ("Chuyên đề 2: Công tác xây dựng Đảng", "Báo cáo viên Tỉnh ủy")],
        [("Chuyên đề 3: Phát triển kinh tế - xã hội", "")],
        [("Chuyên đề 4: Quốc phòng, an ninh", "")],
        [("Chuyên đề 5: Trách nhiệm của tuổi trẻ", "")],
    ]
    for row, topics in enumerate(programme):
        sessions.table.selectRow(row)
        for title, speaker in topics:
            type_topic(sessions, qtbot, type_text, title, speaker)
    assert cell(sessions.model, 0, "topics") == "2"

    points = editor.points_tab
    editor.tabs.setCurrentWidget(points)
    fill_point(points, type_text, "Điểm cầu Tỉnh đoàn", "province", "Tỉnh đoàn Trà Vinh", platform="Webex",
               link="https://tinhdoan.webex.com/meet/hoinghi", contact_name="Nguyễn Minh Tâm",
               contact_phone="0912345678", test_day="08/12/2026")
    fill_point(points, type_text, "Điểm cầu Huyện đoàn Cầu Ngang", "district", "Huyện đoàn Cầu Ngang",
               address="Hội trường Huyện ủy", test_day="08/12/2026")
    points.capacity_spin.setValue(80)
    fill_point(points, type_text, "Điểm cầu xã Mỹ Long Bắc", "grassroots", "Đoàn xã Mỹ Long Bắc")
    for _session_id, box in points._session_boxes[2:]:  # only the first day
        box.setChecked(False)
    assert cell(points.model, 2, "sessions") == "Sáng 10/12/2026, Chiều 10/12/2026"

    participants = editor.participants_tab
    editor.tabs.setCurrentWidget(participants)
    add_rule_through_dialog(participants, "Huyện đoàn Cầu Ngang", ["district"],
                            ["secretary", "deputy_secretary", "standing_member", "exec_member"])
    add_rule_through_dialog(participants, "Huyện đoàn Cầu Ngang", ["grassroots"], ["secretary", "deputy_secretary"])
    assert cell(participants.rule_model, 1, "rule") == \
        "Bí thư, Phó Bí thư — cấp Đoàn cơ sở thuộc Huyện đoàn Cầu Ngang"

    tasks = editor.tasks_tab
    editor.tabs.setCurrentWidget(tasks)
    tasks.add_task()
    tasks.due_day_edit.clear()
    type_text(tasks.due_day_edit, "20/12/2026")
    assert editor.plan.tasks[0].due_at == datetime(2026, 12, 20, 17, 0)

    editor.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor.window(), timeout=2000)
    qtbot.keyClick(tasks.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle()
    assert editor.problems == [] and not editor.dirty
    assert not editor.title_label.text().endswith("*")

    saved = events.load_event_plan(roster_db, editor.plan.id)
    assert saved.directive_date == date(2026, 11, 2) and saved.test_target_percent == 100
    assert [s.label for s in saved.sessions] == ["Sáng 10/12/2026", "Chiều 10/12/2026", "Sáng 11/12/2026",
                                                 "Chiều 11/12/2026"]
    assert [[(t.title, t.speaker) for t in s.topics] for s in saved.sessions] == programme
    assert [(p.name, p.level, p.test_at) for p in saved.bridge_points] == [
        ("Điểm cầu Tỉnh đoàn", "province", datetime(2026, 12, 8, 14, 0)),
        ("Điểm cầu Huyện đoàn Cầu Ngang", "district", datetime(2026, 12, 8, 14, 0)),
        ("Điểm cầu xã Mỹ Long Bắc", "grassroots", None)]
    assert saved.bridge_points[1].capacity == 80 and saved.bridge_points[0].contact_phone == "0912345678"
    assert saved.bridge_points[2].session_ids == sorted(s.id for s in saved.sessions[:2])
    assert len(saved.rules) == 2
    assert len(invitations.list_invited(roster_db, saved.id)) == 5
    qtbot.waitUntil(lambda: participants.invited_model.rowCount() == 5, timeout=3000)
    assert [e.title for e in events.list_events(roster_db)] == [saved.title]


def test_a_session_ending_before_it_starts_is_shown_at_its_field_and_nothing_is_saved(
        page, roster_db, qtbot, wait_idle, type_text):
    page.new_event("study_conference")
    editor = page.editor
    type_text(editor.general_tab.title_edit, "Hội nghị giao ban quý IV")
    sessions = editor.sessions_tab
    sessions.add_session()
    sessions.add_session()
    sessions.table.selectRow(1)
    sessions.start_edit.setTime(QTime(17, 0))
    sessions.end_edit.setTime(QTime(14, 0))
    sessions.table.selectRow(0)
    editor.tabs.setCurrentIndex(0)

    editor.save()
    wait_idle()
    assert [p.field for p in editor.problems] == ["sessions[1].end_time"]
    assert editor.problem_list.isVisible() and editor.problem_list.count() == 1
    assert editor.tabs.currentWidget() is sessions
    assert current_row(sessions.table) == 1
    message = sessions.messages.label("end_time")
    assert message.isVisible() and "giờ kết thúc 14:00 không sau giờ bắt đầu 17:00" in message.text()
    assert sessions.model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) is not None  # the row is tinted
    assert editor.dirty and events.list_events(roster_db) == []


def test_an_unreadable_date_blocks_saving_and_is_kept_as_typed(page, roster_db, wait_idle, type_text):
    page.new_event("study_conference")
    editor = page.editor
    type_text(editor.general_tab.title_edit, "Hội nghị thử")
    sessions = editor.sessions_tab
    sessions.add_session()
    sessions.day_edit.clear()
    type_text(sessions.day_edit, "31/02/2026")
    editor.save()
    wait_idle()
    assert [p.field for p in editor.problems] == ["sessions[0].day"]
    assert sessions.day_edit.text() == "31/02/2026"
    assert "Ngày không hợp lệ" in sessions.messages.label("day").text()
    assert events.list_events(roster_db) == []


def test_copy_as_template_asks_title_and_first_day_and_opens_the_copy(page, roster_db, wait_idle, type_text):
    plan = conference(units.load_tree(roster_db))
    events.save_event_plan(roster_db, plan)
    page.refresh()
    wait_idle()

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CopyEventDialog)
        assert dialog.first_day_edit.text() == "10/12/2026"
        dialog.title_edit.clear()
        type_text(dialog.title_edit, "Hội nghị học tập chuyên đề năm 2027")
        dialog.first_day_edit.clear()
        type_text(dialog.first_day_edit, "01/03/2027")
        dialog._accept()

    QTimer.singleShot(0, fill)
    page.copy_selected()
    wait_idle()
    editor = page.editor
    assert page.stack.currentWidget() is editor and not editor.dirty
    assert editor.plan.title == "Hội nghị học tập chuyên đề năm 2027" and editor.plan.id != plan.id
    assert (editor.plan.first_day, editor.plan.last_day) == (date(2027, 3, 1), date(2027, 3, 2))
    assert editor.plan.bridge_points[0].test_at == datetime(2027, 2, 27, 14, 0)
    assert "01/03/2027 – 02/03/2027" in editor.subtitle_label.text()
    assert len(events.list_events(roster_db)) == 2

    page.back()
    wait_idle()
    assert page.model.rowCount() == 2 and page.selected().id == editor.plan.id


def test_participants_tab_counts_per_point_warns_over_capacity_and_excuses(page, roster_db, monkeypatch,
                                                                          wait_idle, qtbot):
    plan = conference(units.load_tree(roster_db))
    plan.bridge_points[1].capacity = 3  # four are seated at the district's point
    editor = open_editor_with(page, plan, wait_idle)
    tab = editor.participants_tab
    editor.tabs.setCurrentWidget(tab)
    wait_idle()
    counts = {tab.count_model.row_at(r).name: tab.count_model.row_at(r) for r in range(tab.count_model.rowCount())}
    assert counts["Điểm cầu Huyện đoàn Cầu Ngang"].invited == 4
    assert counts["Điểm cầu xã Mỹ Long Nam"].invited == 1
    assert tab.capacity_warning.isVisible()
    assert "dự kiến 4 người, vượt sức chứa 3" in tab.capacity_warning.text()
    assert tab.invited_count_label.text() == "5 người"

    names = [tab.invited_model.row_at(r).full_name for r in range(tab.invited_model.rowCount())]
    tab.invited_table.selectRow(names.index("Kim Văn Tùng"))
    monkeypatch.setattr(dialogs, "ask_text", lambda *_args: "Đi công tác")
    qtbot.mouseClick(tab.excuse_button, Qt.MouseButton.LeftButton)
    wait_idle()
    tung = next(m for m in invitations.list_invited(roster_db, plan.id) if m.full_name == "Kim Văn Tùng")
    assert tung.excused and tung.excuse_reason == "Đi công tác"
    assert tab.invited_count_label.text() == "5 người, 1 vắng có phép"
    assert not tab.capacity_warning.isVisible()
    assert tab.selected_invited()[0].full_name == "Kim Văn Tùng"  # the selection survives the refresh
    assert tab.unexcuse_button.isEnabled()

    tab.point_filter.setCurrentIndex(tab.point_filter.findText("Điểm cầu xã Mỹ Long Nam"))
    tab.refresh_invited()
    wait_idle()
    assert [tab.invited_model.row_at(r).full_name for r in range(tab.invited_model.rowCount())] == ["Nguyễn Văn An"]


def test_leaving_with_unsaved_changes_asks_and_can_save(page, roster_db, wait_idle, type_text,
                                                        unsaved_changes_answer):
    plan = conference(units.load_tree(roster_db))
    editor = open_editor_with(page, plan, wait_idle)
    editor.general_tab.title_edit.clear()
    type_text(editor.general_tab.title_edit, "Hội nghị đã đổi tên")
    unsaved_changes_answer.append("cancel")
    page.back()
    assert page.stack.currentWidget() is editor
    unsaved_changes_answer.append("save")
    page.back()
    wait_idle()
    assert page.stack.currentWidget() is page.list_page
    assert events.load_event_plan(roster_db, plan.id).title == "Hội nghị đã đổi tên"


def test_events_list_searches_without_tones_and_deletes_after_asking(page, roster_db, qtbot, wait_idle, type_text,
                                                                     message_boxes):
    assert page.list_stack.currentWidget() is page.empty_state
    events.save_event_plan(roster_db, conference(units.load_tree(roster_db)))
    page.refresh()
    wait_idle()
    type_text(page.search_edit, "quan triet nghi quyet")
    qtbot.waitUntil(lambda: page.count_label.text() == "1 hội nghị", timeout=3000)
    page.search_edit.clear()
    type_text(page.search_edit, "giao ban")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=3000)
    assert page.list_stack.currentWidget() is page.table and "giao ban" in page.count_label.text()
    page.search_edit.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert cell(page.model, 0, "dates") == "10/12/2026 – 11/12/2026"
    page.delete_selected()
    wait_idle()
    assert message_boxes.shown[-1][0] == "confirm" and events.list_events(roster_db) == []


def test_unit_picker_finds_a_unit_typed_without_tones(roster_db, qtbot):
    combo = UnitCombo(units.load_tree(roster_db))
    qtbot.addWidget(combo)
    completer = combo.completer()
    completer.setCompletionPrefix("my long bac")
    found = completer.completionModel()
    names = [found.index(row, 0).data() for row in range(found.rowCount())]
    assert names[0] == "Đoàn xã Mỹ Long Bắc"
    assert "Chi đoàn ấp Cây Da – Đoàn xã Mỹ Long Bắc" in names and all("Mỹ Long Bắc" in n for n in names)
    combo.setEditText("Đoàn xã Mỹ Long Bắc")
    assert combo.unit_id() == units.load_tree(roster_db).by_code("TV-CN-01").id
    combo.setEditText("Đoàn xã Mỹ Long")
    assert combo.unit_id() is None


def test_saving_takes_in_a_topic_still_being_typed(page, roster_db, wait_idle, type_text):
    page.new_event("briefing")
    editor = page.editor
    type_text(editor.general_tab.title_edit, "Giao ban quý I")
    sessions = editor.sessions_tab
    editor.tabs.setCurrentWidget(sessions)
    sessions.add_session()
    sessions.add_topic()
    type_text(cell_editor(sessions.topic_table), "Đánh giá công tác Đoàn quý IV")
    editor.save()  # Ctrl+S with the cell still open
    wait_idle()
    assert editor.problems == []
    saved = events.load_event_plan(roster_db, editor.plan.id)
    assert [t.title for t in saved.sessions[0].topics] == ["Đánh giá công tác Đoàn quý IV"]


def test_print_menu_writes_the_participant_list_and_the_qr_sheet(page, roster_db, monkeypatch, wait_idle,
                                                                  tmp_path, message_boxes):
    import subprocess

    plan = conference(units.load_tree(roster_db))
    editor = open_editor_with(page, plan, wait_idle)
    targets = iter([tmp_path / "thanh phan.pdf", tmp_path / "qr.pdf"])
    monkeypatch.setattr(dialogs, "choose_pdf_to_save", lambda *_args: next(targets))
    editor.print_participants()
    wait_idle()
    text = subprocess.run(["pdftotext", str(tmp_path / "thanh phan.pdf"), "-"], capture_output=True, text=True).stdout
    assert "DANH SÁCH THÀNH PHẦN THAM DỰ" in text and "Nguyễn Văn An" in text
    assert message_boxes.shown[-1][2] == "Đã ghi danh sách 5 người vào «thanh phan.pdf»."
    editor.print_materials()
    wait_idle()
    assert (tmp_path / "qr.pdf").read_bytes().startswith(b"%PDF")
