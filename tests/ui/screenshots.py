"""Render the main screens offscreen and save them as PNGs, to look at them.

Not a test (pytest does not collect it). Run:

    cd /work/main && QT_QPA_PLATFORM=offscreen uv run python tests/ui/screenshots.py [OUTPUT_FOLDER]

It builds a demo database (the core's demo unit tree and 30 members with Vietnamese
names) in a temporary folder and saves, into /tmp/shots by default: the roster, an
empty unit, the member dialog showing a validation error, the import preview of
shared/samples/roster_messy.xlsx, the export dialog, the units screen, the unit list
import and the first-run set-up.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop.core import members, units  # noqa: E402
from desktop.core.demo import fill_demo  # noqa: E402
from desktop.core.errors import InputFileError  # noqa: E402
from desktop.core.members import MemberQuery  # noqa: E402
from desktop.db.engine import Database  # noqa: E402
from desktop.ui import errors  # noqa: E402
from desktop.ui.app import create_application  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.roster.export_dialog import ExportDialog  # noqa: E402
from desktop.ui.roster.import_wizard import RosterImportWizard  # noqa: E402
from desktop.ui.roster.member_dialog import MemberDialog  # noqa: E402
from desktop.ui.setup.setup_dialog import SetupDialog  # noqa: E402
from desktop.ui.units.import_dialog import UnitImportDialog  # noqa: E402
from desktop.ui.units.tree_model import find_unit  # noqa: E402
from desktop.ui.worker import DatabaseWorker  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"


def settle(worker: DatabaseWorker, seconds: float = 0.3) -> None:
    """Let queued jobs finish and the widgets repaint."""
    deadline = time.monotonic() + 20
    while not worker.idle and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, folder: Path, name: str) -> None:
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def save_modal(folder: Path, name: str, show_it) -> None:
    """Call ``show_it`` (which opens a modal box), save the box once it is up, then close it."""
    def grab_and_close() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(50, grab_and_close)
            return
        save(box, folder, name)
        box.close()

    QTimer.singleShot(300, grab_and_close)
    show_it()


def type_into(widget, text: str) -> None:
    widget.setText(text)
    widget.editingFinished.emit()


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    create_application()
    scratch = Path(tempfile.mkdtemp(prefix="doandesk-shots-"))
    db = Database(scratch / "demo.sqlite3")
    fill_demo(db, 30)  # the core's demo tree and 30 members with Vietnamese names
    worker = DatabaseWorker()

    window = MainWindow(db, worker, demo=True)
    window.resize(1366, 768)
    window.show()
    window.show_screen("roster")  # the overview comes first in the navigation
    settle(worker)
    save(window, folder, "01_roster")

    roster = window.roster
    roster.search_edit.setText("huong")
    roster.refresh()
    settle(worker)
    save(window, folder, "02_roster_search")
    roster.search_edit.clear()
    grassroots = next(u for u in roster.tree.units if u.level == "grassroots")
    empty_branch = units.create_unit(db, grassroots.code + "-99", "Chi đoàn ấp Mới Lập", "branch", grassroots.id)
    roster.reload_units()
    roster.unit_view.setCurrentIndex(find_unit(roster.unit_view.model(), empty_branch.id))
    settle(worker)
    save(window, folder, "03_roster_empty_unit")

    tree = units.load_tree(db)
    branch = next(u for u in tree.units if u.level == "branch")
    dialog = MemberDialog(db, worker, tree, default_branch_id=branch.id, parent=window)
    dialog.show()
    type_into(dialog.name_edit, "nguyễn thị thu hường")
    type_into(dialog.birth_edit, "31/02/2004")
    dialog.phone_edit.setText("091234")
    dialog.save()
    settle(worker)
    save(dialog, folder, "04_member_dialog_errors")
    dialog.close()

    record = members.list_members(db, MemberQuery())[0]
    dialog = MemberDialog(db, worker, tree, record=record, parent=window)
    dialog.show()
    dialog.birth_edit.setText("1975")
    dialog.save()
    settle(worker)
    save(dialog, folder, "05_member_dialog_age_warning")
    dialog.close()

    export = ExportDialog(db, worker, MemberQuery(unit_id=tree.home_id), count=30, scope_name=tree.home().name,
                          parent=window)
    export.show()
    export.set_path(Path.home() / "Danh sách đoàn viên.xlsx")
    settle(worker)
    save(export, folder, "06_export_dialog")
    export.close()

    save_modal(folder, "06b_error_message", lambda: errors.show_error(
        window, InputFileError("Không tìm thấy bảng danh sách đoàn viên trong tệp ds.xlsx.")))
    save_modal(folder, "06c_unexpected_error", lambda: errors.show_error(window, KeyError("branch_id")))
    roster.unit_view.setCurrentIndex(find_unit(roster.unit_view.model(), tree.home_id))
    settle(worker)
    roster.table.selectRow(0)
    save_modal(folder, "06d_confirm_delete", lambda: roster.delete_selected())
    settle(worker)

    window.show_screen("units")
    settle(worker)
    save(window, folder, "07_units_screen")
    window.show_screen("roster")

    messy = SAMPLES / "roster_messy.xlsx"
    if messy.is_file():
        wizard = RosterImportWizard(db, worker, tree, path=messy, parent=window)
        wizard.show()
        settle(worker)
        save(wizard, folder, "08_import_choose_file")
        wizard.next()
        settle(worker)
        save(wizard, folder, "09_import_preview")
        wizard.preview_page.tabs.setCurrentIndex(1)
        settle(worker)
        save(wizard, folder, "10_import_problems")
        wizard.preview_page.tabs.setCurrentIndex(2)
        settle(worker)
        save(wizard, folder, "11_import_columns")
        wizard.close()
    else:
        print(f"(bỏ qua ảnh nhập danh sách: không có {messy})")

    fresh = Database(scratch / "fresh.sqlite3")
    setup = SetupDialog(fresh, worker)
    setup.show()
    settle(worker)
    save(setup, folder, "12_first_run_setup")
    type_into(setup.code_edit, "TV MLB")
    setup._save()
    settle(worker)
    save(setup, folder, "13_first_run_setup_error")
    setup.close()

    unit_list = SAMPLES / "units_cau_ngang.xlsx"
    if unit_list.is_file():
        unit_import = UnitImportDialog(fresh, worker, choose_home=True, path=unit_list)
        unit_import.show()
        settle(worker)
        save(unit_import, folder, "14_unit_import_preview")
        unit_import.import_button.click()
        settle(worker)
        save(unit_import, folder, "15_unit_import_pick_home")
        unit_import.close()

    window.close()
    worker.shutdown()
    db.dispose()
    fresh.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/shots"))


# --- the conference screens and the overview ----------------------------------------------
#
#     cd /work/main && QT_QPA_PLATFORM=offscreen uv run python tests/ui/screenshots.py [OUTPUT_FOLDER]
#
# also saves (as ev_*.png) the overview, the events list and every tab of the event page
# with the first source document's conference entered (dates around today, so the
# overview has something late and something soon, and a conference that ended with its
# attendance, test results and essays, for the overview's cards), a briefing series, a
# dialogue with questions, a save error, the dialogs of the events screens, the empty
# overview and the overview of a conference without test or essays.


def _conference_demo(db: Database) -> dict[str, str]:
    """The source document's conference and two other events, dated around today; returns
    their ids by kind. Adds the committee members the invitation rules look for."""
    from datetime import date, datetime, time as clock, timedelta

    from desktop.core import dialogue, events, invitations
    from desktop.core.events import (
        BridgePointPlan, EventPlan, MaterialPlan, RulePlan, SessionPlan, TaskPlan, TopicPlan,
    )
    from desktop.core.members import MemberInput

    tree = units.load_tree(db)
    unit = lambda code: tree.by_code(code).id  # noqa: E731
    for name, code, position in [
        ("Thạch Thị Sa Ri", "TV-CN", "secretary"), ("Kim Văn Tùng", "TV-CN", "deputy_secretary"),
        ("Lâm Thị Diễm", "TV-CN", "standing_member"), ("Trương Minh Hải", "TV-CN", "exec_member"),
        ("Nguyễn Văn An", "TV-CN-01", "secretary"), ("Trần Thị Bích", "TV-CN-02", "deputy_secretary"),
        ("Sơn Thị Huyền", "TV-CN-03", "secretary"), ("Đặng Quốc Khánh", "TV-CN-04", "secretary"),
        ("Huỳnh Thị Mỹ Ý", "TV-CN-05", "deputy_secretary"), ("Lý Văn Lộc", "TV-CN-06", "secretary"),
    ]:
        members.create_member(db, MemberInput.from_full_name(name, branch_id=unit(code), position=position,
                                                             date_of_birth=date(1994, 5, 17), gender="male"))
    today = date.today()
    day1, day2 = today + timedelta(days=1), today + timedelta(days=2)
    sessions = [
        SessionPlan(day1, "morning", topics=[
            TopicPlan("Chuyên đề 1: Những nội dung cơ bản của Nghị quyết Đại hội", "Đ/c Bí thư Tỉnh đoàn"),
            TopicPlan("Chuyên đề 2: Công tác xây dựng Đảng và hệ thống chính trị", "Báo cáo viên Tỉnh ủy")]),
        SessionPlan(day1, "afternoon", topics=[
            TopicPlan("Chuyên đề 3: Phát triển kinh tế - xã hội giai đoạn 2025–2030", "Báo cáo viên Tỉnh ủy")]),
        SessionPlan(day2, "morning", topics=[TopicPlan("Chuyên đề 4: Quốc phòng, an ninh, đối ngoại",
                                                       "Đ/c Phó Bí thư Tỉnh đoàn")]),
        SessionPlan(day2, "afternoon", topics=[TopicPlan("Chuyên đề 5: Trách nhiệm của tuổi trẻ", "Đ/c Bí thư Tỉnh đoàn")]),
    ]
    test_at = datetime.combine(today - timedelta(days=1), clock(14, 0))
    points = [
        BridgePointPlan("Điểm cầu Tỉnh đoàn Trà Vinh", "province", unit("TV"), address="Hội trường Tỉnh đoàn",
                        platform="Webex", link="https://tinhdoan.webex.com/meet/hoinghi", room_id="2514 873 2209",
                        contact_name="Nguyễn Minh Tâm", contact_phone="0912345678", test_at=test_at, test_passed=True,
                        capacity=120),
        BridgePointPlan("Điểm cầu Huyện đoàn Cầu Ngang", "district", unit("TV-CN"), address="Hội trường Huyện ủy",
                        platform="Cầu truyền hình VNPT", contact_name="Kim Văn Tùng", contact_phone="0987654321",
                        test_at=test_at, capacity=3),
        BridgePointPlan("Điểm cầu xã Mỹ Long Bắc", "grassroots", unit("TV-CN-01"), address="Hội trường UBND xã",
                        platform="Zoom", contact_name="Nguyễn Văn An", contact_phone="0939111222",
                        test_at=test_at + timedelta(hours=2), session_ids=[sessions[0].id, sessions[1].id]),
    ]
    conference = EventPlan(
        "Hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XII", "study_conference", unit("TV-CN"),
        directive_code="305-CV/TWĐTN-BTG", directive_date=today - timedelta(days=30),
        directive_issuer="Ban Bí thư Trung ương Đoàn", test_target_percent=100,
        resolution="Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Trà Vinh lần thứ XII, nhiệm kỳ 2025–2030",
        notes="100% đoàn viên tham gia kiểm tra nhận thức sau học tập; nộp bài thu hoạch trong 10 ngày.",
        sessions=sessions, bridge_points=points,
        rules=[RulePlan(unit("TV-CN"), ["district"], ["secretary", "deputy_secretary", "standing_member",
                                                      "exec_member"]),
               RulePlan(unit("TV-CN"), ["grassroots"], ["secretary", "deputy_secretary"])],
        materials=[MaterialPlan("Tài liệu hỏi - đáp Nghị quyết Đại hội", url="https://tinhdoan.travinh.gov.vn/tai-lieu/nghi-quyet-xii.pdf"),
                   MaterialPlan("Bài trình chiếu chuyên đề 1", "slides", url="https://tinhdoan.travinh.gov.vn/tai-lieu/chuyen-de-1.pptx"),
                   MaterialPlan("Video tóm tắt Nghị quyết", "video", url="https://www.youtube.com/watch?v=nq-xii-tv")],
        tasks=[TaskPlan("report_due", datetime.combine(day2 + timedelta(days=8), clock(17, 0)), unit_id=unit("TV-CN")),
               TaskPlan("essays_due", datetime.combine(day2 + timedelta(days=10), clock(17, 0))),
               TaskPlan("other", datetime.combine(today, clock(16, 0)) + timedelta(days=1),
                        "Gửi danh sách đại biểu về Tỉnh đoàn", unit_id=unit("TV-CN"))],
    )
    ids = {"study_conference": events.save_event_plan(db, conference)}
    by_name = {m.full_name: m for m in invitations.list_invited(db, conference.id)}
    invitations.set_excused(db, [by_name["Trương Minh Hải"].invitation_id], "Đi công tác tại tỉnh")

    briefing = EventPlan("Giao ban luân phiên các cơ sở Đoàn năm 2027", "briefing", unit("TV-CN"), sessions=[
        SessionPlan(date(today.year + 1, month, 15), "morning", title=f"Giao ban quý {quarter}",
                    host_unit_id=unit(code), topics=[TopicPlan("Đánh giá kết quả công tác Đoàn quý trước")])
        for quarter, month, code in (("I", 3, "TV-CN-01"), ("II", 6, "TV-CN-03"), ("III", 9, "TV-CN-05"),
                                     ("IV", 12, "TV-CN-02"))])
    ids["briefing"] = events.save_event_plan(db, briefing)

    dialog_plan = EventPlan("Đối thoại trực tuyến giữa lãnh đạo tỉnh với thanh niên năm 2026", "dialogue",
                            unit("TV-CN"), sessions=[SessionPlan(today + timedelta(days=6), "morning")],
                            bridge_points=[BridgePointPlan("Điểm cầu xã Mỹ Long Bắc", "grassroots", unit("TV-CN-01"),
                                                           capacity=20),
                                           BridgePointPlan("Điểm cầu xã Hiệp Mỹ Đông", "grassroots",
                                                           unit("TV-CN-02"), capacity=20)],
                            tasks=[TaskPlan("questions_due", datetime.combine(today + timedelta(days=2), clock(17, 0)))])
    ids["dialogue"] = events.save_event_plan(db, dialog_plan)
    asked = [
        ("TV-CN-01", "Trần Thị Ngọc Hân", "Ấp Giồng Lớn, xã Mỹ Long Bắc", "0901234567",
         "Thanh niên nông thôn cần được hỗ trợ vốn vay khởi nghiệp như thế nào?"),
        ("TV-CN-01", "Lê Hoàng Phúc", "Trường THPT Cầu Ngang A", "0912000111",
         "Tỉnh có chính sách gì giữ chân sinh viên giỏi về quê làm việc?"),
        ("TV-CN-01", "Thạch Sô Phal", "Ấp Cây Da, xã Mỹ Long Bắc", "0933222111",
         "Làm sao để thanh niên dân tộc Khmer tiếp cận học nghề miễn phí?"),
        ("TV-CN-02", "Nguyễn Thị Mỹ Duyên", "Ấp Đồng Cò, xã Hiệp Mỹ Đông", "0944555666",
         "Chuyển đổi số trong nông nghiệp: thanh niên được tập huấn ở đâu?"),
    ]
    question_ids = []
    for code, name, place, phone, question in asked:
        question_ids.append(dialogue.add_question(db, ids["dialogue"], dialogue.QuestionInput(
            unit_id=unit(code), asker_name=name, asker_birth_date=date(2002, 3, 8), asker_place=place, phone=phone,
            email="", social="zalo " + phone, question=question)).id)
    dialogue.set_selected(db, ids["dialogue"], unit("TV-CN-01"), question_ids[:3])
    dialogue.save_dialogue_report(db, ids["dialogue"], unit("TV-CN-01"), 18, 3, 126, 540)
    return ids


def _overview_demo(db: Database) -> str:
    """A study conference that ended twelve days ago with its figures filled in, so the
    overview's cards show real numbers: 150 more members invited, each branch with its own
    turnout, test results on paper, essays on paper (some late, some graded)."""
    import random
    from datetime import date, datetime, time as clock, timedelta

    from desktop.core import attendance, essays, events, invitations
    from desktop.core.essays import EssayRules, GradeInput
    from desktop.core.events import BridgePointPlan, EventPlan, RulePlan, SessionPlan
    from desktop.core.paper_results import record_paper_results

    fill_demo(db, 150)  # a database already filled gets only the members, no second conference
    tree = units.load_tree(db)
    district = tree.by_code("TV-CN").id
    day = date.today() - timedelta(days=12)
    sessions = [SessionPlan(day, "morning"), SessionPlan(day, "afternoon")]
    plan = EventPlan("Học tập chuyên đề năm 2026 về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                     "study_conference", district, test_target_percent=90, sessions=sessions,
                     bridge_points=[BridgePointPlan("Điểm cầu Huyện đoàn Cầu Ngang", "district", district,
                                                    test_at=datetime.combine(day - timedelta(days=2), clock(14, 0)),
                                                    test_passed=True)],
                     rules=[RulePlan(district, label="Toàn thể đoàn viên huyện")])
    event_id = events.save_event_plan(db, plan)
    point = plan.bridge_points[0].id
    rng = random.Random(2026)
    invited = invitations.list_invited(db, event_id)
    share: dict[str, float] = {}

    def chosen(member, spread: tuple[float, ...]) -> bool:
        return rng.random() < share.setdefault(member.unit_name + str(spread), rng.choice(spread))

    came = [m.member_id for m in invited if chosen(m, (0.35, 0.6, 0.85, 0.95, 1.0))]
    attendance.mark_present(db, event_id, sessions[0].id, point, came)
    attendance.mark_present(db, event_id, sessions[1].id, point, [m for m in came if rng.random() < 0.9])
    tested = [m for m in invited if chosen(m, (0.3, 0.55, 0.8, 0.9, 1.0))]
    record_paper_results(db, event_id, [(m.member_id, rng.choice([4, 6, 7, 8, 9, 10]), 10) for m in tested],
                         taken_on=day)
    essays.save_rules(db, event_id, EssayRules(deadline=datetime.combine(day + timedelta(days=7), clock(17, 0))))
    for m in invited:
        if chosen(m, (0.4, 0.7, 0.85, 1.0)):
            received = day + timedelta(days=rng.choice([2, 4, 6, 7, 9]))
            essay_id = essays.add_essay(db, event_id, m.member_id, None, received_on=received)
            if rng.random() < 0.5:
                essays.grade_essay(db, essay_id, GradeInput(grade=rng.choice(["Tốt", "Khá", "Đạt"])))
    return event_id


def event_screens(folder: Path) -> None:
    """The ev_*.png screenshots (see the comment above)."""
    from desktop.core.demo import build_demo_units
    from desktop.core.events import load_event_plan
    from desktop.ui.dashboard.dashboard_page import DashboardPage
    from desktop.ui.events.event_dialogs import CopyEventDialog, NewEventDialog
    from desktop.ui.events.participant_dialogs import MemberPickerDialog, RuleDialog
    from desktop.ui.events.plan_table import select_row

    folder.mkdir(parents=True, exist_ok=True)
    create_application()
    scratch = Path(tempfile.mkdtemp(prefix="doandesk-event-shots-"))
    db = Database(scratch / "demo.sqlite3")
    fill_demo(db, 30)
    ids = _conference_demo(db)
    _overview_demo(db)
    worker = DatabaseWorker()
    window = MainWindow(db, worker, demo=True)
    window.resize(1366, 768)
    window.show()
    settle(worker)
    save(window, folder, "ev_01_dashboard")

    window.show_screen("events")
    settle(worker)
    save(window, folder, "ev_02_events_list")
    page = window.screens["events"]
    page.open_event(ids["study_conference"])
    settle(worker)
    editor = page.editor
    names = ["general", "sessions", "points", "participants", "materials", "tasks"]
    for number, name in enumerate(names):
        editor.tabs.setCurrentIndex(number)
        settle(worker)
        save(window, folder, f"ev_{number + 3:02d}_event_{name}")

    editor.tabs.setCurrentWidget(editor.sessions_tab)
    select_row(editor.sessions_tab.table, 1)
    editor.sessions_tab.start_edit.setTime(editor.sessions_tab.end_edit.time().addSecs(3600))
    editor.save()
    settle(worker)
    save(window, folder, "ev_09_event_save_error")

    editor.discard_changes()
    page.open_event(ids["briefing"])
    settle(worker)
    editor.tabs.setCurrentWidget(editor.sessions_tab)
    settle(worker)
    save(window, folder, "ev_10_briefing_sessions")
    page.open_event(ids["dialogue"])
    settle(worker)
    editor.tabs.setCurrentWidget(editor.questions_tab)
    settle(worker)
    save(window, folder, "ev_11_dialogue_questions")

    page.back()
    settle(worker)
    save_modal(folder, "ev_12_new_event_dialog", lambda: NewEventDialog(window).exec())
    save_modal(folder, "ev_13_copy_dialog", lambda: CopyEventDialog(page.selected().title, page.selected().first_day,
                                                                    window).exec())
    plan = load_event_plan(db, ids["study_conference"])
    save_modal(folder, "ev_14_rule_dialog", lambda: RuleDialog(plan, page.tree, plan.rules[1], window).exec())
    picker_points = [(p.id, p.name) for p in plan.bridge_points]

    def picker() -> None:
        dialog = MemberPickerDialog(db, worker, page.tree, picker_points, window)
        dialog.search_edit.setText("nguyen")
        QTimer.singleShot(150, dialog.refresh)
        dialog.exec()

    save_modal(folder, "ev_15_member_picker", picker)

    fresh = Database(scratch / "empty.sqlite3")
    build_demo_units(fresh)
    empty = DashboardPage(fresh, worker)
    empty.resize(1230, 640)
    empty.show()
    settle(worker)
    save(empty, folder, "ev_16_dashboard_empty")
    empty.close()

    # A week on, the example conference is under way: no test and no essays asked for yet.
    from datetime import date, datetime, time as clock, timedelta

    later = datetime.combine(date.today() + timedelta(days=7), clock(9, 30))
    week_on = DashboardPage(db, worker, clock=lambda: later)
    week_on.resize(1230, 720)
    week_on.show()
    settle(worker)
    save(week_on, folder, "ev_17_dashboard_no_test")
    week_on.close()

    window.close()
    worker.shutdown()
    db.dispose()
    fresh.dispose()


if __name__ == "__main__":
    event_screens(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/shots"))


# --- the check-in station ----------------------------------------------------------------
#
#     cd /work/main && QT_QPA_PLATFORM=offscreen uv run python -m tests.ui.screenshots [OUTPUT_FOLDER]
#
# also saves the station at 1366×768 after a scan in each colour: station_green.png (a
# member checked in), station_amber.png (the same card again) and station_red.png (a
# code that is no card of this database), with a dozen earlier check-ins behind them.


def station_screens(folder: Path) -> None:
    """The station_*.png screenshots (see the comment above)."""
    from datetime import date, datetime, time as clock, timedelta

    # Run as a file, the checkout is not on the path; the data builder lives with the tests.
    root = str(Path(__file__).resolve().parents[2])
    if root not in sys.path:
        sys.path.insert(0, root)
    from desktop.core.attendance import CheckInStation
    from desktop.core.cards import new_code
    from desktop.ui.attendance.station_window import StationWindow
    from tests.ui.test_checkin_station import build_station_event

    folder.mkdir(parents=True, exist_ok=True)
    create_application()
    scratch = Path(tempfile.mkdtemp(prefix="doandesk-station-shots-"))
    db = Database(scratch / "station.sqlite3")
    data = build_station_event(db, 400)
    now = [datetime.combine(date.today(), clock(7, 12)).astimezone()]
    station = CheckInStation(db, data.event_id, data.morning_id, data.point_a, clock=lambda: now[0])
    window = StationWindow(db, station, sounds=False)
    window.resize(1366, 768)
    window.show()
    for member in data.at_a[1:14]:
        now[0] += timedelta(minutes=2)
        window.handle_scan(data.codes[member])
    window.handle_scan(data.codes[data.outsiders[0]])
    window.admit_shown()
    now[0] = datetime.combine(date.today(), clock(7, 41)).astimezone()
    window.handle_scan(data.codes[data.at_a[0]])
    QApplication.processEvents()
    save(window, folder, "station_green")
    now[0] = datetime.combine(date.today(), clock(7, 43)).astimezone()
    window.handle_scan(data.codes[data.at_a[0]])
    QApplication.processEvents()
    save(window, folder, "station_amber")
    window.handle_scan(new_code())
    QApplication.processEvents()
    save(window, folder, "station_red")
    window.close_now()
    db.dispose()


if __name__ == "__main__":
    station_screens(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/shots"))
