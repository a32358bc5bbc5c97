"""Render the attendance screens of the event page offscreen and save them as PNGs.

Not a test (pytest does not collect it). Run:

    cd /work/main && QT_QPA_PLATFORM=offscreen uv run python -m tests.ui.screenshots_attendance [OUTPUT_FOLDER]

It builds the demo database (200 members and the demo conference with 20 invited) in a
temporary folder, checks people in at the station's core (some late, one excused, one
walk-in, the first session closed at the district's point), and saves into /tmp/shots
by default: the "Điểm danh" tab with its figures (attendance_tab.png), the paper entry
dialog with rows ticked (paper_entry.png), the file import preview with an unmatched
row (attendance_import.png, and its matched rows in attendance_import_matched.png), and
the tab's empty states (attendance_tab_unsaved.png, attendance_tab_no_invited.png).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import openpyxl  # noqa: E402

from desktop.core import cards, events, members, units  # noqa: E402
from desktop.core.attendance import CheckInStation  # noqa: E402
from desktop.core.demo import fill_demo  # noqa: E402
from desktop.core.events import BridgePointPlan, EventPlan, SessionPlan  # noqa: E402
from desktop.core.invitations import list_invited  # noqa: E402
from desktop.core.members import MemberQuery  # noqa: E402
from desktop.db.engine import Database  # noqa: E402
from desktop.ui.app import create_application  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.worker import DatabaseWorker  # noqa: E402
from tests.ui.screenshots import save, settle  # noqa: E402

DISTRICT_POINT = "Điểm cầu Huyện đoàn Cầu Ngang"


def _check_ins(db: Database, event_id: str) -> None:
    """A morning that went as mornings go: most came, a few late, one excused, one
    walk-in; the first session is closed at the district's point, the second under way."""
    plan = events.load_event_plan(db, event_id)
    sessions = plan.sorted_sessions()
    district = next(p for p in plan.bridge_points if p.name == DISTRICT_POINT)
    commune = next(p for p in plan.bridge_points if p.name == "Điểm cầu xã Mỹ Long Bắc")
    invited = list_invited(db, event_id)
    codes = cards.issue_cards(db, [m.member_id for m in invited])

    def station(session, point, minutes_after_start: int):
        moment = {"at": datetime.combine(session.day, session.start_time) + timedelta(minutes=minutes_after_start)}
        return CheckInStation(db, event_id, session.id, point.id, clock=lambda: moment["at"].astimezone()), moment

    morning, moment = station(sessions[0], district, -20)
    at_district = list_invited(db, event_id, district.id, sessions[0].id)
    for number, member in enumerate(at_district[:13]):
        moment["at"] += timedelta(minutes=2 if number < 10 else 9)  # the last three come late
        morning.scan(codes[member.member_id])
    morning.excuse(at_district[13].member_id, "Đi công tác tại tỉnh")
    invited_ids = {m.member_id for m in invited}
    walk_in = next(m for m in members.list_members(db, MemberQuery()) if m.id not in invited_ids)
    morning.check_in(walk_in.id, admit=True)  # not invited, let in at the door
    morning.close_session()
    morning.close_connection()

    afternoon, moment = station(sessions[1], district, -10)
    for member in list_invited(db, event_id, district.id, sessions[1].id)[:6]:
        moment["at"] += timedelta(minutes=1)
        afternoon.scan(codes[member.member_id])
    afternoon.close_connection()
    at_commune, _moment = station(sessions[0], commune, 0)
    for member in list_invited(db, event_id, commune.id, sessions[0].id)[1:]:
        at_commune.scan(codes[member.member_id])
    at_commune.close_connection()


def _attendance_file(path: Path, db: Database, event_id: str, point_id: str, session_id: str) -> Path:
    """What a branch typed up: a title, a header, names with arrival times, one name
    nobody has, one person not marked present."""
    here = list_invited(db, event_id, point_id, session_id)
    elsewhere = next(m for m in list_invited(db, event_id) if m.bridge_point_id != point_id)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Điểm danh"
    sheet.append(["DANH SÁCH ĐIỂM DANH HỘI NGHỊ"])
    sheet.append(["Buổi chiều, điểm cầu Huyện đoàn Cầu Ngang"])
    sheet.append([])
    sheet.append(["STT", "Họ và tên", "Giờ đến", "Có mặt"])
    rows = [(m.full_name, f"13:{50 + i}" if i < 5 else "14:25", "x") for i, m in enumerate(here[6:12])]
    rows.insert(2, ("Nguyễn Văn Không Có", "13:58", "x"))
    rows.append((here[12].full_name, "", ""))
    rows.append((elsewhere.full_name, "14:02", "x"))
    for number, row in enumerate(rows, start=1):
        sheet.append([number, *row])
    workbook.save(path)
    return path


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    create_application()
    scratch = Path(tempfile.mkdtemp(prefix="doandesk-attendance-shots-"))
    db = Database(scratch / "demo.sqlite3")
    fill_demo(db, 200)
    event_id = events.list_events(db)[0].id
    _check_ins(db, event_id)
    worker = DatabaseWorker()
    window = MainWindow(db, worker, demo=True)
    window.resize(1366, 768)
    window.show()
    window.show_screen("events")
    settle(worker)
    page = window.screens["events"]
    page.open_event(event_id)
    settle(worker)
    editor = page.editor
    tab = editor.attendance_tab
    editor.tabs.setCurrentWidget(tab)
    settle(worker)
    save(window, folder, "attendance_tab")

    plan = events.load_event_plan(db, event_id)
    afternoon = plan.sorted_sessions()[1]
    district = next(p for p in plan.bridge_points if p.name == DISTRICT_POINT)
    tab.choose(afternoon.id, district.id)
    settle(worker)
    save(window, folder, "attendance_tab_afternoon")
    tab.paper_button.click()
    settle(worker)
    paper = tab.paper_dialog
    paper.rows_edit.setText("1, 3, 8-10, 13")
    paper.table.selectRow(10)
    settle(worker)
    save(paper, folder, "paper_entry")
    paper.search_edit.setText("huong")
    settle(worker)
    save(paper, folder, "paper_entry_search")
    paper.search_edit.clear()
    paper.rows_edit.setText("8-3")
    settle(worker, 1.0)
    save(paper, folder, "paper_entry_error")
    paper.reject()
    settle(worker)

    tab.import_button.click()
    settle(worker)
    dialog = tab.import_dialog
    dialog.load(_attendance_file(scratch / "diem-danh-chieu.xlsx", db, event_id, district.id, afternoon.id))
    settle(worker)
    save(dialog, folder, "attendance_import")
    dialog.result_tabs.setCurrentIndex(0)
    settle(worker)
    save(dialog, folder, "attendance_import_matched")
    dialog.reject()
    settle(worker)

    tree = units.load_tree(db)
    empty = EventPlan("Giao ban công tác Đoàn quý I năm 2027", "briefing", tree.home_id,
                      sessions=[SessionPlan(date(2027, 3, 15), "morning")],
                      bridge_points=[BridgePointPlan(DISTRICT_POINT, "district", tree.home_id)])
    events.save_event_plan(db, empty)
    page.open_event(empty.id)
    settle(worker)
    editor.tabs.setCurrentWidget(tab)
    settle(worker)
    save(window, folder, "attendance_tab_no_invited")

    page.new_event("study_conference")
    settle(worker)
    editor.tabs.setCurrentWidget(tab)
    settle(worker)
    save(window, folder, "attendance_tab_unsaved")
    editor.discard_changes()

    window.close()
    worker.shutdown()
    db.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/shots"))
