"""The "Điểm danh" tab of the event page: the figures after check-ins, typing in a signed
sheet by row numbers, reading attendance from a file, the empty states, opening the
station, and printing cards and sign-in sheets."""

from __future__ import annotations

import sys
import types
from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from desktop import cli
from desktop.core import cards, events, units, vntext
from desktop.core.attendance import CheckInStation
from desktop.core.events import BridgePointPlan, EventPlan, SessionPlan
from desktop.core.invitations import list_invited
from desktop.db.engine import Database
from desktop.ui import dialogs
from desktop.ui.attendance.import_dialog import AttendanceImportDialog
from desktop.ui.attendance.paper_entry import PaperEntryDialog
from desktop.ui.events.events_page import EventsPage

DISTRICT_POINT = "Điểm cầu Huyện đoàn Cầu Ngang"


@pytest.fixture
def demo(tmp_path):
    """The demo database: units, 200 members and a conference with 20 invited."""
    path = tmp_path / "demo.sqlite3"
    assert cli.main(["--db", str(path), "demo", "--members", "200"]) == 0
    database = Database(path)
    yield database
    database.dispose()


@pytest.fixture
def event(demo) -> dict:
    event_id = events.list_events(demo)[0].id
    plan = events.load_event_plan(demo, event_id)
    session = plan.sorted_sessions()[0]
    point = next(p for p in plan.bridge_points if p.name == DISTRICT_POINT)
    return {"id": event_id, "plan": plan, "session": session, "point": point,
            "invited": list_invited(demo, event_id, point.id, session.id)}


@pytest.fixture
def page(demo, worker, qtbot, wait_idle, monkeypatch) -> EventsPage:
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *_args: "discard")
    events_page = EventsPage(demo, worker)
    qtbot.addWidget(events_page)
    events_page.resize(1280, 800)
    events_page.show()
    wait_idle()
    return events_page


def open_tab(page: EventsPage, event_id: str, wait_idle):
    page.open_event(event_id)
    wait_idle()
    editor = page.editor
    editor.tabs.setCurrentWidget(editor.attendance_tab)
    wait_idle()
    return editor.attendance_tab


def check_in(db, event, members) -> None:
    codes = cards.issue_cards(db, [m.member_id for m in members])
    station = CheckInStation(db, event["id"], event["session"].id, event["point"].id)
    try:
        for member in members:
            assert station.scan(codes[member.member_id]).recorded
    finally:
        station.close_connection()


def present(db, session_id) -> dict[str, str]:
    """member id → source of the live present records of a session."""
    with db.engine.connect() as conn:
        return dict(conn.exec_driver_sql(
            "SELECT member_id, source FROM attendances WHERE session_id = ? AND deleted_at IS NULL "
            "AND status = 'present'", (session_id,)).all())


def line_of(tab, session_id, point_name):
    model = tab.point_model
    return next(model.row_at(r) for r in range(model.rowCount())
                if model.row_at(r).session_id == session_id and model.row_at(r).point_name == point_name)


def cell(model, row: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row, [c.key for c in model.columns].index(key)).data(role)


def test_the_tab_shows_the_figures_after_check_ins_at_the_station(page, demo, event, wait_idle):
    check_in(demo, event, event["invited"][:3])
    tab = open_tab(page, event["id"], wait_idle)

    assert tab.pages.currentWidget() is tab.content_page and tab.figures_stack.currentWidget() is tab.tables_page
    session = event["session"]
    line = line_of(tab, session.id, DISTRICT_POINT)
    assert (line.figures.invited, line.figures.present, line.figures.absent, line.closed) == (16, 3, 13, False)
    row = [tab.point_model.row_at(r) for r in range(tab.point_model.rowCount())].index(line)
    assert cell(tab.point_model, row, "rate") == "18,8%"
    assert cell(tab.point_model, row, "state") == "Chưa kết thúc"
    assert cell(tab.point_model, row, "absent", Qt.ItemDataRole.FontRole).italic()  # "not yet", not absent
    assert "Vắng / chưa đến" in [c.header for c in tab.point_model.columns]
    # The chosen session and point are the busiest point of the first session.
    assert (tab.session_id(), tab.point_id()) == (session.id, event["point"].id)
    assert tab.choice_label.text().startswith("Có mặt 3/16 (18,8%)") and "13 chưa đến" in tab.choice_label.text()

    units_model = tab.unit_model
    total = units_model.rowCount() - 1
    assert cell(units_model, total, "unit") == "Tổng cộng" and cell(units_model, total, "invited") == "20"
    assert cell(units_model, total, "session_0") == "3" and cell(units_model, total, "attended") == "3"
    assert cell(units_model, total, "unit", Qt.ItemDataRole.FontRole).bold()
    assert "3 người có mặt ít nhất một buổi" in tab.total_label.text()

    station = CheckInStation(demo, event["id"], session.id, event["point"].id)
    station.close_session()
    station.close_connection()
    tab.refresh_button.click()
    wait_idle()
    line = line_of(tab, session.id, DISTRICT_POINT)
    assert line.closed and tab.choice_label.text().endswith("13 vắng — đã kết thúc")


def test_typed_row_numbers_tick_those_rows_and_saving_records_exactly_them(page, demo, event, qtbot, wait_idle,
                                                                          type_text, message_boxes):
    invited = event["invited"]
    check_in(demo, event, [invited[1]])  # row 2 came through the station already
    tab = open_tab(page, event["id"], wait_idle)
    tab.paper_button.click()
    dialog = tab.paper_dialog
    assert isinstance(dialog, PaperEntryDialog)
    wait_idle()
    assert dialog.loaded and [r.member.member_id for r in dialog.model.rows] == [m.member_id for m in invited]
    second = dialog.model.index(1, 0)
    assert second.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert not second.flags() & Qt.ItemFlag.ItemIsEnabled  # already present: ticked, not to be changed here

    type_text(dialog.rows_edit, "1, 3-4")
    assert dialog.ticked_numbers() == [1, 3, 4] and not dialog.rows_error.isVisible()
    assert dialog.count_label.text() == "Đã chọn 3"
    dialog.save_button.click()
    wait_idle()

    assert present(demo, event["session"].id) == {invited[0].member_id: "paper", invited[1].member_id: "scan",
                                                    invited[2].member_id: "paper", invited[3].member_id: "paper"}
    assert message_boxes.shown[-1][0] == "inform" and "Đã ghi 3 người có mặt" in message_boxes.shown[-1][2]
    assert tab.paper_dialog is None
    wait_idle()
    assert line_of(tab, event["session"].id, DISTRICT_POINT).figures.present == 4


def test_the_search_ignores_tones_and_space_ticks_the_selected_row(page, demo, event, qtbot, wait_idle, type_text,
                                                                   message_boxes):
    tab = open_tab(page, event["id"], wait_idle)
    tab.paper_button.click()
    dialog = tab.paper_dialog
    wait_idle()
    # A word of the name starts with what is typed: "huong" finds Hương, not Phương.
    expected = [i + 1 for i, m in enumerate(event["invited"])
                if any(word.startswith("huong") for word in vntext.fold(m.full_name).split())]
    assert len(expected) >= 2 and any("phuong" in vntext.fold(m.full_name) for m in event["invited"])
    type_text(dialog.search_edit, "HUONG")
    assert dialog.proxy.rowCount() == len(expected)
    dialog.table.setFocus()
    dialog.table.selectRow(1)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.ticked_numbers() == [expected[1]]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.ticked_numbers() == []

    dialog.search_edit.clear()
    type_text(dialog.search_edit, "12")  # a row number finds its row, not 1 or 2
    assert dialog.proxy.rowCount() == 1
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)  # one found: ticked, the box emptied for the next
    assert dialog.ticked_numbers() == [12] and dialog.search_edit.text() == ""
    wait_idle()
    assert dialog.isVisible() and present(demo, event["session"].id) == {}  # Enter does not save the sheet

    message_boxes.confirm_answer = False
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Escape)  # asks before dropping the tick
    assert dialog.isVisible() and message_boxes.kinds() == ["confirm"]
    message_boxes.confirm_answer = True
    dialog.reject()
    assert not dialog.isVisible()
    wait_idle()


def test_a_reversed_range_is_shown_inline_and_nothing_is_saved(page, demo, event, qtbot, wait_idle, type_text,
                                                               message_boxes):
    tab = open_tab(page, event["id"], wait_idle)
    tab.paper_button.click()
    dialog = tab.paper_dialog
    wait_idle()
    type_text(dialog.rows_edit, "7-2")
    assert dialog.ticked_numbers() == []  # "7" ticked row 7 on the way; "7-2" names no row
    qtbot.waitUntil(dialog.rows_error.isVisible, timeout=3000)
    assert "«7-2»" in dialog.rows_error.text() and "ngược" in dialog.rows_error.text()
    dialog.save_button.click()
    wait_idle()
    assert dialog.isVisible() and present(demo, event["session"].id) == {}
    assert message_boxes.shown == []
    dialog.rows_edit.clear()
    type_text(dialog.rows_edit, "99")
    dialog.save_button.click()  # the complaint does not wait for a pause when saving
    assert "ngoài danh sách (từ 1 đến 16)" in dialog.rows_error.text()
    assert present(demo, event["session"].id) == {}
    dialog.reject()
    wait_idle()


def _attendance_file(path, rows):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Điểm danh"
    sheet.append(["DANH SÁCH ĐIỂM DANH"])
    sheet.append(["Hội nghị học tập Nghị quyết"])
    sheet.append([])
    sheet.append(["STT", "Họ và tên", "Có mặt"])
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_a_file_is_previewed_with_its_unmatched_row_and_applied(page, demo, event, tmp_path, wait_idle,
                                                               message_boxes):
    invited = event["invited"]
    elsewhere = next(m for m in list_invited(demo, event["id"]) if m.bridge_point_id != event["point"].id)
    path = _attendance_file(tmp_path / "diem-danh.xlsx", [
        [1, invited[0].full_name.upper(), "x"],
        [2, "Nguyễn Văn Không Có", "x"],
        [3, invited[1].full_name, ""],
        [4, elsewhere.full_name, "có"],
    ])
    tab = open_tab(page, event["id"], wait_idle)
    tab.import_button.click()
    dialog = tab.import_dialog
    assert isinstance(dialog, AttendanceImportDialog)
    dialog.load(path)
    wait_idle()

    model = dialog.matched_model
    assert [(model.row_at(r).row, model.row_at(r).state) for r in range(model.rowCount())] == [
        (5, "new"), (8, "not_invited")]
    assert cell(model, 0, "how") == "họ tên" and cell(model, 1, "state") == "Không có trong danh sách điểm cầu"
    problems = dialog.problems_view.model()
    assert problems.rowCount() == 1 and dialog.result_tabs.currentIndex() == 1
    assert problems.index(0, 2).data() == "6" and "Nguyễn Văn Không Có" in problems.index(0, 4).data()
    assert "Bỏ qua 1 dòng không đánh dấu có mặt" in dialog.summary_label.text()
    assert dialog.apply_button.text() == "&Ghi điểm danh (2 người)"
    dialog.admit_check.setChecked(False)
    assert dialog.apply_button.text() == "&Ghi điểm danh (1 người)"

    dialog.apply_button.click()
    wait_idle()
    assert present(demo, event["session"].id) == {invited[0].member_id: "import"}
    assert message_boxes.shown[-1] == ("inform", "Nhập điểm danh từ tệp",
                                       "Đã ghi 1 người có mặt từ tệp «diem-danh.xlsx».")
    wait_idle()
    assert line_of(tab, event["session"].id, DISTRICT_POINT).figures.present == 1


def test_an_unreadable_file_is_reported_and_nothing_can_be_applied(page, event, tmp_path, wait_idle,
                                                                  message_boxes):
    tab = open_tab(page, event["id"], wait_idle)
    tab.import_button.click()
    dialog = tab.import_dialog
    workbook = openpyxl.Workbook()
    workbook.active.append(["Ghi chú", "Nội dung"])
    workbook.save(tmp_path / "khac.xlsx")
    dialog.load(tmp_path / "khac.xlsx")
    wait_idle()
    kind, title, text = message_boxes.shown[-1]
    assert (kind, title) == ("warn", "Không đọc được tệp") and "không tìm thấy bảng điểm danh" in text
    assert not dialog.apply_button.isEnabled()
    dialog.reject()
    wait_idle()


def test_before_the_first_save_the_tab_asks_to_save_and_without_invitations_it_says_so(page, demo, wait_idle):
    page.new_event("study_conference")
    editor = page.editor
    tab = editor.attendance_tab
    editor.tabs.setCurrentWidget(tab)
    wait_idle()
    assert tab.pages.currentWidget() is tab.unsaved_page
    assert tab.findChild(QWidget, "attendance_unsaved_title").text() == "Lưu hội nghị để điểm danh"

    tree = units.load_tree(demo)
    plan = EventPlan("Giao ban quý I", "briefing", tree.home_id, sessions=[SessionPlan(date(2027, 3, 15), "morning")],
                     bridge_points=[BridgePointPlan("Điểm cầu Huyện đoàn", "district", tree.home_id)])
    events.save_event_plan(demo, plan)
    tab = open_tab(page, plan.id, wait_idle)
    assert tab.pages.currentWidget() is tab.content_page and tab.figures_stack.currentWidget() is tab.empty_page
    assert tab.empty_title.text() == "Chưa có ai được mời."
    assert tab.station_button.isEnabled() and tab.paper_button.isEnabled()


class FakeStation(QWidget):
    """Stands in for the station window: says ``closed`` when it really closes."""

    closed = Signal()

    def closeEvent(self, event):  # noqa: N802 - Qt's name
        super().closeEvent(event)
        self.closed.emit()


def test_the_station_opens_from_the_tab_and_its_closing_refreshes_the_figures(page, demo, event, wait_idle,
                                                                             monkeypatch, qtbot):
    calls = []
    window = FakeStation()
    qtbot.addWidget(window)

    def open_station(parent, db, event_id):
        calls.append((parent, db, event_id))
        window.show()
        return window

    monkeypatch.setitem(sys.modules, "desktop.ui.attendance.open_station",
                        types.SimpleNamespace(open_station=open_station))
    tab = open_tab(page, event["id"], wait_idle)
    tab.station_button.click()
    assert calls == [(tab, demo, event["id"])] and tab.station is window and tab._live_timer.isActive()

    check_in(demo, event, event["invited"][:2])
    window.close()
    qtbot.waitUntil(lambda: line_of(tab, event["session"].id, DISTRICT_POINT).figures.present == 2, timeout=3000)
    assert tab.station is None and not tab._live_timer.isActive()


def test_print_cards_and_a_sign_in_sheet_from_the_print_menu(page, demo, event, wait_idle, tmp_path, monkeypatch,
                                                             message_boxes):
    open_tab(page, event["id"], wait_idle)
    editor = page.editor
    actions = [a.text() for a in editor.print_button.menu().actions()]
    assert "Thẻ điểm danh có mã QR (PDF)…" in actions and "Danh sách ký tên một buổi (PDF)…" in actions

    monkeypatch.setattr(dialogs, "choose_pdf_to_save", lambda _parent, _title, name: tmp_path / name.replace("/", "-"))
    editor.print_cards()
    wait_idle()
    assert message_boxes.shown[-1][2].startswith("Đã ghi 20 thẻ điểm danh vào «Thẻ điểm danh - ")

    asked = []

    def ask_choice(_parent, _title, label, items, current=0):
        asked.append((label, items, current))
        return current

    monkeypatch.setattr(dialogs, "ask_choice", ask_choice)
    editor.print_signin_sheet()
    wait_idle()
    sessions, points = asked
    assert sessions[1][0] == event["session"].label and sessions[2] == 0
    assert points[1][points[2]] == DISTRICT_POINT  # the point chosen on the tab is offered first
    kind, _title, text = message_boxes.shown[-1]
    assert kind == "inform" and "Đã ghi danh sách ký tên 16 người" in text
    written = list(tmp_path.glob("Ký tên - *.pdf"))
    assert len(written) == 1 and written[0].read_bytes().startswith(b"%PDF")


def test_the_event_lists_print_from_the_print_menu(page, demo, event, wait_idle, tmp_path, monkeypatch,
                                                   message_boxes):
    open_tab(page, event["id"], wait_idle)
    editor = page.editor
    actions = [a.text() for a in editor.print_button.menu().actions()]
    assert "Danh sách điểm danh (PDF)…" in actions and "Sổ theo dõi bài thu hoạch (PDF)…" in actions
    monkeypatch.setattr(dialogs, "choose_pdf_to_save", lambda _parent, _title, name: tmp_path / name.replace("/", "-"))
    editor.print_list("attendance")
    wait_idle()
    kind, _title, text = message_boxes.shown[-1]
    assert kind == "inform" and text.startswith("Đã ghi ") and (tmp_path / f"Điểm danh - {editor.plan.title}.pdf").exists()
    editor.print_list("results")  # no test set up: the core's message, nothing written
    wait_idle()
    assert "chưa có bài kiểm tra" in message_boxes.shown[-1][2]
