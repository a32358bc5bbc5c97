"""Check-in codes, cards and the check-in station's core: what each scan records and shows,
lateness, excuses, undo, closing a session, batches, and the summary's figures."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.core import attendance, cards, events
from desktop.core.attendance import (
    ALREADY, CHECKED_IN, INVALID, NOT_INVITED, REVOKED, UNKNOWN, CheckInStation, mark_present, parse_row_numbers,
)
from desktop.core.attendance_summary import attendance_summary
from desktop.core.errors import ValidationError
from desktop.core.settings import LATE_GRACE_MINUTES, get_setting, set_setting
from desktop.db.models import Attendance
from tests.core.test_events import conference, roster, tree  # noqa: F401 - fixtures


# --- codes --------------------------------------------------------------------------------


def test_codes_use_only_characters_no_input_method_or_layout_changes():
    assert not set(cards.CODE_ALPHABET) & set("AEIOUYDWQMSFRXJZ01")
    for _ in range(200):
        code = cards.new_code()
        assert len(code) == 9 and cards.normalize_code(code) == code


def test_a_scan_is_accepted_in_any_case_with_dashes_and_spaces():
    code = cards.new_code()
    assert cards.normalize_code(f"  {cards.format_code(code).lower()}\r\n") == code
    assert cards.format_code(code).count("-") == 2


def test_the_check_character_catches_every_single_error_and_every_swap_of_neighbours():
    code = cards.new_code()
    for position, replacement in itertools.product(range(9), cards.CODE_ALPHABET):
        if code[position] != replacement:
            assert cards.normalize_code(code[:position] + replacement + code[position + 1:]) is None
    for position in range(8):
        swapped = code[:position] + code[position + 1] + code[position] + code[position + 2:]
        if swapped != code:
            assert cards.normalize_code(swapped) is None
    assert cards.normalize_code(code[:-1]) is None and cards.normalize_code("Nguyễn Văn An") is None


# --- an event with cards --------------------------------------------------------------------


@pytest.fixture
def event(demo_db, tree, roster):  # noqa: F811 - pytest fixtures
    plan = conference(tree)
    event_id = events.save_event_plan(demo_db, plan)
    plan = events.load_event_plan(demo_db, event_id)
    sessions = plan.sorted_sessions()
    district, grassroots = plan.bridge_points[1], plan.bridge_points[2]
    codes = cards.issue_cards(demo_db, [*roster.values()])
    return {"id": event_id, "plan": plan, "sessions": sessions, "district": district.id,
            "grassroots": grassroots.id, "codes": codes, "roster": roster}


def _station(db, event, session_index=0, point="district", minutes_after_start=0, **kwargs):
    session = event["sessions"][session_index]
    now = datetime.combine(session.day, session.start_time) + timedelta(minutes=minutes_after_start)
    clock = {"now": now}
    station = CheckInStation(db, event["id"], session.id, event[point],
                             clock=lambda: clock["now"].astimezone(), **kwargs)
    station.test_clock = clock
    return station


def _live_rows(db, event_id):
    with db.session() as session:
        return session.scalars(select(Attendance).where(Attendance.event_id == event_id,
                                                        Attendance.deleted_at.is_(None))).all()


def test_issuing_is_idempotent_and_reissuing_revokes_the_old_code(demo_db, event):
    member = event["roster"]["bt_huyen"]
    old = event["codes"][member]
    assert cards.issue_cards(demo_db, [member]) == {member: old}
    new = cards.reissue_card(demo_db, member)
    assert new != old and cards.live_code(demo_db, member) == new
    station = _station(demo_db, event)
    assert station.scan(old).outcome == REVOKED
    result = station.scan(new)
    assert result.outcome == CHECKED_IN and result.full_name == "Thạch Thị Sa Ri"


def test_a_card_revoked_while_the_station_is_open_stops_working(demo_db, event):
    member = event["roster"]["btv_huyen"]
    station = _station(demo_db, event)
    new = cards.reissue_card(demo_db, member)  # at the desk, while the station runs
    assert station.scan(event["codes"][member]).outcome == REVOKED
    assert station.scan(new).outcome == CHECKED_IN


def test_each_scan_shows_what_happened_and_records_once(demo_db, event):
    roster, codes = event["roster"], event["codes"]
    station = _station(demo_db, event, minutes_after_start=5)
    first = station.scan(codes[roster["bt_huyen"]].lower())
    assert (first.outcome, first.colour, first.late_minutes) == (CHECKED_IN, "green", 0)
    assert first.unit_name == "Huyện đoàn Cầu Ngang"
    again = station.scan(codes[roster["bt_huyen"]])
    assert (again.outcome, again.colour) == (ALREADY, "amber")
    assert again.at == first.at and f"{first.at:%H:%M}" in again.headline
    outsider = station.scan(codes[roster["dv1"]])
    assert (outsider.outcome, outsider.colour) == (NOT_INVITED, "amber") and outsider.full_name == "Lê Văn Cường"
    elsewhere = station.scan(codes[roster["bt_cs1"]])
    assert elsewhere.outcome == NOT_INVITED and elsewhere.point_name == "Điểm cầu xã Mỹ Long Nam"
    assert station.scan(cards.new_code()).outcome == UNKNOWN
    assert station.scan("https://tinhdoan.vn").outcome == INVALID
    admitted = station.check_in(roster["dv1"], admit=True)
    assert admitted.outcome == CHECKED_IN
    rows = _live_rows(demo_db, event["id"])
    assert sorted(r.member_id for r in rows) == sorted([roster["bt_huyen"], roster["dv1"]])
    assert {r.member_id: r.invited for r in rows}[roster["dv1"]] is False
    counts = station.counts()
    assert (counts.present, counts.expected, counts.walk_ins) == (1, 4, 1)


def test_late_after_the_grace_period(demo_db, event):
    roster, codes = event["roster"], event["codes"]
    assert get_setting(demo_db, LATE_GRACE_MINUTES) == 15
    set_setting(demo_db, LATE_GRACE_MINUTES, 10)
    station = _station(demo_db, event, minutes_after_start=10)
    assert station.scan(codes[roster["bt_huyen"]]).late_minutes == 0
    station.test_clock["now"] += timedelta(minutes=12)
    late = station.scan(codes[roster["btv_huyen"]])
    assert late.late_minutes == 22 and "muộn 22 phút" in late.headline
    assert station.counts().late == 1
    with pytest.raises(ValidationError):
        set_setting(demo_db, LATE_GRACE_MINUTES, -5)


def test_one_record_per_member_and_session_whichever_point_scans(demo_db, event):
    roster, codes = event["roster"], event["codes"]
    district = _station(demo_db, event)
    grassroots = _station(demo_db, event, point="grassroots")
    assert grassroots.scan(codes[roster["bt_cs1"]]).outcome == CHECKED_IN
    # The district station opened before that scan: the database's unique index still
    # stops a second record and the station shows the first.
    result = district.check_in(roster["bt_cs1"], admit=True)
    assert result.outcome == ALREADY and result.point_name == "Điểm cầu xã Mỹ Long Nam"
    assert len(_live_rows(demo_db, event["id"])) == 1


def test_excuse_undo_close_and_a_reopened_station_remembers(demo_db, event):
    roster, codes = event["roster"], event["codes"]
    station = _station(demo_db, event)
    station.scan(codes[roster["bt_huyen"]])
    station.scan(codes[roster["btv_huyen"]])
    station.excuse(roster["bch_huyen"], "Đi công tác")
    with pytest.raises(ValidationError):
        station.excuse(roster["bt_huyen"], "Ốm")  # already present
    with pytest.raises(ValidationError):
        station.excuse(roster["pbt_cs2"], "  ")
    assert station.undo(roster["btv_huyen"]) and not station.undo(roster["btv_huyen"])
    assert station.counts().excused == 1
    assert station.close_session() == 2  # btv (undone) and pbt_cs2
    reopened = _station(demo_db, event)
    assert reopened.closed
    assert [r.full_name for r in reopened.recent()] == ["Thạch Thị Sa Ri"]
    # The excused member turns up after all: present, the excuse gone.
    assert reopened.check_in(roster["bch_huyen"]).outcome == CHECKED_IN
    states = {hit.full_name: hit.state for hit in reopened.expected_list()}
    assert states == {"Thạch Thị Sa Ri": "present", "Lâm Thị Diễm": "present", "Kim Văn Tùng": "waiting",
                      "Trần Thị Bích": "waiting"}
    reopened.reopen_session()
    assert not _station(demo_db, event).closed


def test_search_ignores_tones_and_case_and_finds_people_not_on_the_list(demo_db, event):
    station = _station(demo_db, event)
    hits = station.search("THACH thi sa")
    assert [(h.full_name, h.state) for h in hits] == [("Thạch Thị Sa Ri", "waiting")]
    assert [(h.full_name, h.state) for h in station.search("cuong")] == [("Lê Văn Cường", "not_invited")]
    assert [h.state for h in station.search("nguyen van an")] == ["elsewhere"]
    assert station.search("   ") == []


def test_a_point_only_opens_for_its_sessions(demo_db, event):
    with pytest.raises(ValidationError, match="không tham gia"):
        _station(demo_db, event, session_index=3, point="grassroots")


def test_row_numbers_of_a_signed_sheet():
    assert parse_row_numbers("1, 3 5-7;2 3", 10) == [1, 3, 5, 6, 7, 2]
    assert parse_row_numbers("4 – 5", 10) == [4, 5]
    for bad, message in (("0", "ngoài danh sách"), ("11", "ngoài danh sách"), ("7-3", "ngược"), ("a", "không phải")):
        with pytest.raises(ValidationError, match=message):
            parse_row_numbers(bad, 10)


def test_marking_many_is_one_transaction(demo_db, event, monkeypatch):
    roster = event["roster"]
    session = event["sessions"][0]
    wanted = [roster["bt_huyen"], roster["btv_huyen"], roster["dv2"]]
    calls = {"n": 0}
    real_check_in = CheckInStation.check_in

    def failing(self, member_id, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk unplugged")
        return real_check_in(self, member_id, **kwargs)

    monkeypatch.setattr(CheckInStation, "check_in", failing)
    with pytest.raises(RuntimeError):
        mark_present(demo_db, event["id"], session.id, event["district"], wanted)
    assert _live_rows(demo_db, event["id"]) == []
    monkeypatch.setattr(CheckInStation, "check_in", real_check_in)
    result = mark_present(demo_db, event["id"], session.id, event["district"], wanted)
    assert (result.recorded, result.already, result.not_invited) == (3, 0, [])
    again = mark_present(demo_db, event["id"], session.id, event["district"], wanted)
    assert (again.recorded, again.already) == (0, 3)
    assert all(r.late_minutes == 0 and r.source == "paper" for r in _live_rows(demo_db, event["id"]))


def test_summary_counts_everyone_once(demo_db, event, tree):  # noqa: F811
    roster, codes = event["roster"], event["codes"]
    first = _station(demo_db, event, session_index=0, minutes_after_start=30)
    first.scan(codes[roster["bt_huyen"]])               # late
    first.excuse(roster["btv_huyen"], "Ốm")
    first.check_in(roster["dv1"], admit=True)            # walk-in
    first.close_session()
    _station(demo_db, event, session_index=0, point="grassroots").scan(codes[roster["bt_cs1"]])
    second = _station(demo_db, event, session_index=1)
    second.scan(codes[roster["bt_huyen"]])
    second.scan(codes[roster["bch_huyen"]])
    summary = attendance_summary(demo_db, event["id"])

    morning = summary.sessions[0]
    by_point = {p.point_name: p for p in morning.points}
    district = by_point["Điểm cầu Huyện đoàn Cầu Ngang"]
    assert district.closed and (district.figures.invited, district.figures.present, district.figures.late,
                                district.figures.excused, district.figures.absent,
                                district.figures.walk_ins) == (4, 1, 1, 1, 2, 1)
    assert district.figures.rate == 25.0
    assert by_point["Điểm cầu xã Mỹ Long Nam"].figures.present == 1
    assert by_point["Điểm cầu Tỉnh đoàn"].figures.invited == 0 and by_point["Điểm cầu Tỉnh đoàn"].figures.rate == 0
    assert (morning.figures.invited, morning.figures.present) == (5, 2)
    # The grassroots point only joins the first two sessions.
    assert [p.point_name for p in summary.sessions[3].points] == ["Điểm cầu Tỉnh đoàn", "Điểm cầu Huyện đoàn Cầu Ngang"]
    assert summary.sessions[3].figures.invited == 4

    units = {u.unit_name: u for u in summary.units}
    district_unit = units["Huyện đoàn Cầu Ngang"]
    assert (district_unit.invited, district_unit.attended, district_unit.late, district_unit.excused,
            district_unit.absent) == (3, 2, 1, 1, 0)
    assert district_unit.present_by_session == [1, 2, 0, 0]
    walk_in_unit = tree.by_code("TV-CN-01-01").name  # Lê Văn Cường's branch, not invited
    assert (units[walk_in_unit].invited, units[walk_in_unit].walk_ins, units[walk_in_unit].present_by_session) == (
        0, 1, [1, 0, 0, 0])
    total = summary.total
    assert (total.invited, total.attended, total.walk_ins) == (5, 3, 1)
    assert total.present_by_session == [3, 2, 0, 0]  # two invited and the walk-in, then two


def test_summary_of_an_event_with_no_sessions_or_invitations(demo_db, tree):  # noqa: F811
    plan = events.EventPlan(title="Hội nghị chưa lên lịch", kind="study_conference",
                            organiser_unit_id=tree.by_code("TV-CN").id)
    summary = attendance_summary(demo_db, events.save_event_plan(demo_db, plan))
    assert summary.sessions == [] and summary.units == [] and summary.total.rate == 0.0


def test_a_killed_station_keeps_every_scan_it_showed(demo_db, event, tmp_path):
    """A station in another process scans every card and is killed (SIGKILL, no clean
    shutdown) right after showing the last result: every result it showed is on disk."""
    session = event["sessions"][0]
    codes = [event["codes"][m] for m in event["roster"].values()]
    script = textwrap.dedent(f"""
        import os, signal, sys
        from desktop.db.engine import Database
        from desktop.core.attendance import CheckInStation
        db = Database({str(demo_db.path)!r})
        station = CheckInStation(db, {event['id']!r}, {session.id!r}, {event['district']!r})
        for code in sys.argv[1:]:
            result = station.check_in(station.scan(code).member_id, admit=True, source="scan")
            print(result.outcome, result.member_id, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    run = subprocess.run([sys.executable, "-c", script, *codes], capture_output=True, text=True,
                         cwd=os.getcwd(), timeout=60)
    assert run.returncode == -signal.SIGKILL
    shown = [line.split() for line in run.stdout.splitlines()]
    assert len(shown) == len(codes) and all(outcome in (CHECKED_IN, ALREADY) for outcome, _ in shown)
    recorded = {r.member_id for r in _live_rows(demo_db, event["id"])}
    assert recorded == {member for _outcome, member in shown}


def test_sources_are_counted(demo_db, event):
    station = _station(demo_db, event)
    station.scan(event["codes"][event["roster"]["bt_huyen"]])
    station.check_in(event["roster"]["btv_huyen"])
    assert attendance.count_sources(demo_db, event["id"]) == {"scan": 1, "search": 1}


def test_running_counters_always_equal_a_fresh_count(demo_db, event):
    """The station updates its counters by each change; a station opened afresh on the
    same records counts everything from scratch: they must agree after any sequence."""
    import random as random_module

    roster, codes = event["roster"], event["codes"]
    station = _station(demo_db, event, minutes_after_start=20)
    rng = random_module.Random(7)
    people = list(roster.values())
    for _step in range(60):
        member = rng.choice(people)
        action = rng.choice(["scan", "admit", "undo", "excuse"])
        if action == "scan":
            station.scan(codes[member])
        elif action == "admit":
            station.check_in(member, admit=True)
        elif action == "undo":
            station.undo(member)
        else:
            try:
                station.excuse(member, "Bận việc")
            except ValidationError:
                pass
        assert station.counts() == _station(demo_db, event, minutes_after_start=20).counts()
