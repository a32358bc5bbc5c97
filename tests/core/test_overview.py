"""The overview: sessions and connection tests of the next two weeks, the choice of the
current study conference, and its participation, test and essay figures with the units
furthest behind, all agreeing with the core summaries."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from desktop.core import essays, events, invitations
from desktop.core.attendance_summary import attendance_summary
from desktop.core.deadlines import list_deadlines, set_done
from desktop.core.essays import EssayRules, GradeInput
from desktop.core.overview import BEHIND_COUNT, UnitBehind, choose_current_event, office_overview
from desktop.core.paper_results import record_paper_results
from desktop.core.question_bank import import_bank_file
from desktop.core.quiz_summary import quiz_summary
from desktop.core.quizzes import QuizSettings, save_quiz
from tests.core.test_attendance import _station, event  # noqa: F401 - fixtures
from tests.core.test_events import _member, conference, roster, tree  # noqa: F401 - fixtures

# The conference of tests.core.test_events: 10 and 11/12/2026, morning and afternoon;
# connection tests of the province and district points at 14:00 on 8/12.
BEFORE = datetime(2026, 12, 1, 9, 0)


def overview_at(db, now: datetime):
    return office_overview(db, now.date(), now)


def test_upcoming_sessions_carry_their_points_and_who_is_expected(demo_db, event):  # noqa: F811
    overview = overview_at(demo_db, BEFORE)
    assert [(s.label, s.time_label, s.bridge_points, s.invited) for s in overview.sessions] == [
        ("Sáng 10/12/2026", "08:00–11:30", 3, 5), ("Chiều 10/12/2026", "14:00–17:00", 3, 5),
        ("Sáng 11/12/2026", "08:00–11:30", 2, 4), ("Chiều 11/12/2026", "14:00–17:00", 2, 4)]
    # The same people the attendance summary expects at each session.
    summary = attendance_summary(demo_db, event["id"])
    assert [s.invited for s in overview.sessions] == [s.figures.invited for s in summary.sessions]
    assert {(s.event_id, s.event_title) for s in overview.sessions} == {(event["id"], event["plan"].title)}
    assert overview.event_count == 1

    # A session that has ended is gone; one under way stays.
    during = overview_at(demo_db, datetime(2026, 12, 10, 15, 0))
    assert [s.label for s in during.sessions] == ["Chiều 10/12/2026", "Sáng 11/12/2026", "Chiều 11/12/2026"]
    # Fourteen days ahead and no further.
    assert overview_at(demo_db, datetime(2026, 11, 26, 9, 0)).sessions[0].label == "Sáng 10/12/2026"
    assert overview_at(demo_db, datetime(2026, 11, 25, 9, 0)).sessions == []
    assert overview_at(demo_db, datetime(2026, 12, 12, 9, 0)).sessions == []


def test_connection_tests_due_soon_or_overdue_until_passed(demo_db, event):  # noqa: F811
    checks = overview_at(demo_db, BEFORE).checks
    assert [(c.point_name, c.when_label, c.contact_name, c.contact_phone, c.overdue, c.failed) for c in checks] == [
        ("Điểm cầu Huyện đoàn Cầu Ngang", "14:00 08/12/2026", "", "", False, False),
        ("Điểm cầu Tỉnh đoàn", "14:00 08/12/2026", "Nguyễn Minh Tâm", "0912345678", False, False)]
    assert overview_at(demo_db, datetime(2026, 11, 20, 9, 0)).checks == []  # more than 14 days ahead

    # Overdue: in red on the screen, until passed or the conference is over.
    late = overview_at(demo_db, datetime(2026, 12, 9, 8, 0)).checks
    assert [c.overdue for c in late] == [True, True]
    province = next(d for d in list_deadlines(demo_db) if d.title.endswith("Điểm cầu Tỉnh đoàn"))
    set_done(demo_db, province)
    assert [c.point_name for c in overview_at(demo_db, datetime(2026, 12, 9, 8, 0)).checks] == [
        "Điểm cầu Huyện đoàn Cầu Ngang"]
    assert overview_at(demo_db, datetime(2026, 12, 11, 16, 0)).checks[0].overdue  # last day: still wanted
    assert overview_at(demo_db, datetime(2026, 12, 12, 8, 0)).checks == []

    # Tried and failed: still to do, marked as failed.
    plan = events.load_event_plan(demo_db, event["id"])
    plan.bridge_points[1].test_passed = False
    events.save_event_plan(demo_db, plan)
    [failed] = overview_at(demo_db, datetime(2026, 12, 9, 8, 0)).checks
    assert failed.failed and failed.overdue


def _copy(db, plan, first_day: date, title: str, kind: str | None = None) -> str:
    copy = events.copy_event_plan(plan, first_day=first_day, title=title)
    return events.save_event_plan(db, replace(copy, kind=kind or copy.kind))


def test_the_current_event_is_the_study_conference_nearest_to_today(demo_db, tree, roster):  # noqa: F811
    plan = conference(tree)
    december = events.save_event_plan(demo_db, plan)  # 10–11/12/2026
    january = _copy(demo_db, plan, date(2027, 1, 20), "Hội nghị tháng Giêng")  # 20–21/1/2027
    _copy(demo_db, plan, date(2026, 12, 20), "Giao ban cuối năm", kind="briefing")  # not a study conference
    overlapping = _copy(demo_db, plan, date(2026, 12, 11), "Hội nghị chồng ngày")  # 11–12/12/2026
    events.save_event_plan(demo_db, events.EventPlan("Hội nghị chưa có buổi", "study_conference",
                                                     tree.by_code("TV-CN").id))

    def current(day: date):
        chosen = office_overview(demo_db, day, datetime.combine(day, datetime.min.time())).current
        return (chosen.event_id, chosen.state) if chosen else None

    assert current(date(2026, 11, 1)) == (december, "upcoming")  # nothing yet: the next one
    assert current(date(2026, 12, 10)) == (december, "ongoing")
    assert current(date(2026, 12, 11)) == (overlapping, "ongoing")  # both under way: the one begun last
    assert current(date(2026, 12, 20)) == (overlapping, "past")  # a briefing under way does not count
    # Ended 24 days ago beats starting in 15: the office is still collecting its figures.
    assert current(date(2027, 1, 5)) == (overlapping, "past")
    assert current(date(2027, 1, 21)) == (january, "ongoing")
    assert current(date(2027, 3, 22)) == (january, "past")  # 60 days after its last day
    assert current(date(2027, 3, 23)) is None
    summaries = events.list_events(demo_db)
    assert choose_current_event(summaries, date(2027, 2, 9)).id == january
    assert choose_current_event([s for s in summaries if s.id != january], date(2027, 2, 9)).id == overlapping


@pytest.fixture
def busy(demo_db, tree, event):  # noqa: F811
    """The conference after it: three came, one excused, results of five tests (and three
    members of other unions who never sat it), essays in from two of the five due."""
    roster = event["roster"]
    for point, members in (("district", ["bt_huyen", "btv_huyen"]), ("grassroots", ["bt_cs1"])):
        station = _station(demo_db, event, point=point)
        for key in members:
            assert station.scan(event["codes"][roster[key]]).outcome == "checked_in"
        station.close_connection()
    by_name = {m.full_name: m for m in invitations.list_invited(demo_db, event["id"])}
    invitations.set_excused(demo_db, [by_name["Lâm Thị Diễm"].invitation_id], "Đi công tác")
    others = [_member(demo_db, tree, name, code) for name, code in
              (("Sơn Thị Huyền", "TV-CN-03"), ("Kiên Văn Rươl", "TV-CN-03"), ("Huỳnh Thị Mỹ Ý", "TV-CN-04"))]
    record_paper_results(demo_db, event["id"], [(roster["bt_huyen"], 8, 10), (roster["btv_huyen"], 7, 10),
                                                 (roster["dv1"], 4, 10), (roster["pbt_cs2"], 9, 10),
                                                 (roster["bt_chidoan"], 7, 10)], taken_on=date.today())
    essays.save_rules(demo_db, event["id"], EssayRules(deadline=datetime(2026, 12, 20, 17, 0)))
    graded = essays.add_essay(demo_db, event["id"], roster["bt_huyen"], None, received_on=date(2026, 12, 18))
    essays.add_essay(demo_db, event["id"], roster["bt_cs1"], None, received_on=date(2026, 12, 22))  # late
    essays.add_essay(demo_db, event["id"], roster["dv1"], None, received_on=date(2026, 12, 19))  # not asked to
    essays.grade_essay(demo_db, graded, GradeInput(grade="Khá"))
    return {**event, "others": others}


def test_participation_figures_and_the_units_furthest_behind(demo_db, tree, busy):
    current = overview_at(demo_db, datetime(2026, 12, 12, 10, 0)).current
    assert (current.event_id, current.state, current.state_label) == (busy["id"], "past", "Đã kết thúc")
    assert current.dates_label == "10/12/2026 – 11/12/2026"
    p = current.participation
    assert (p.invited, p.attended, p.excused, p.rate, p.begun) == (5, 3, 1, 60.0, True)
    total = attendance_summary(demo_db, busy["id"]).total
    assert (p.invited, p.attended, p.excused, p.rate) == (total.invited, total.attended, total.excused, total.rate)
    district, cs1, cs2 = (tree.by_code(code).name for code in ("TV-CN", "TV-CN-01", "TV-CN-02"))
    # The first union's secretary came: complete, so not behind.
    assert p.units_behind == [UnitBehind(cs2, 0, 1), UnitBehind(district, 2, 3)]
    assert [(u.rate, u.missing) for u in p.units_behind] == [(0.0, 1), (66.7, 1)]


def test_test_figures_and_the_units_furthest_behind(demo_db, tree, busy):
    test = overview_at(demo_db, datetime(2026, 12, 12, 10, 0)).current.test
    assert (test.to_test, test.tested, test.passed, test.tested_rate, test.pass_rate, test.target_percent) == (
        11, 5, 4, 45.5, 36.4, 100)
    total = quiz_summary(demo_db, busy["id"]).total
    assert (test.to_test, test.tested, test.passed) == (total.to_test, total.tested, total.passed)
    cs1, cs3, cs4 = (tree.by_code(code).name for code in ("TV-CN-01", "TV-CN-03", "TV-CN-04"))
    # Both at 0 %: the one with more still to test first; three at most (the office, at
    # 2 of 3, is left out).
    assert len(test.units_behind) == BEHIND_COUNT
    assert test.units_behind == [UnitBehind(cs3, 0, 2, 0), UnitBehind(cs4, 0, 1, 0), UnitBehind(cs1, 1, 3, 0)]


def test_essay_figures_and_the_units_furthest_behind(demo_db, tree, busy):
    current = overview_at(demo_db, datetime(2026, 12, 12, 10, 0)).current
    e = current.essays
    assert (e.required, e.received, e.handed_in, e.late, e.missing, e.graded, e.rate) == (5, 3, 2, 1, 3, 1, 40.0)
    assert e.deadline == datetime(2026, 12, 20, 17, 0)
    total = essays.essay_summary(demo_db, busy["id"]).total
    assert (e.required, e.received, e.late, e.missing, e.graded) == (
        total.required, total.received, total.late, total.missing, total.graded)
    district, cs2 = (tree.by_code(code).name for code in ("TV-CN", "TV-CN-02"))
    # The branch of the member who wrote unasked owes nothing, so it is never behind.
    assert e.units_behind == [UnitBehind(cs2, 0, 1), UnitBehind(district, 1, 3)]


def test_before_the_first_session_nobody_is_behind_on_participation(demo_db, busy):
    p = overview_at(demo_db, datetime(2026, 12, 10, 7, 30)).current.participation
    assert (p.begun, p.units_behind) == (False, [])
    assert overview_at(demo_db, datetime(2026, 12, 10, 8, 0)).current.participation.begun


def test_no_test_and_no_essays_until_the_event_has_them(demo_db, event, samples):  # noqa: F811
    current = overview_at(demo_db, BEFORE).current
    assert (current.event_id, current.state) == (event["id"], "upcoming")
    assert (current.test, current.essays) == (None, None)
    assert (current.participation.invited, current.participation.attended) == (5, 0)
    bank_id = import_bank_file(demo_db, samples / "question_bank.xlsx", "Nghị quyết XII")[1]
    save_quiz(demo_db, event["id"], QuizSettings(bank_id, question_count=30))
    essays.save_rules(demo_db, event["id"], EssayRules(positions=["secretary"]))
    current = overview_at(demo_db, BEFORE).current
    assert (current.test.to_test, current.test.tested, current.test.passed) == (8, 0, 0)
    assert (current.essays.required, current.essays.received, current.essays.missing) == (2, 0, 2)
    assert current.essays.deadline is None


def test_an_office_without_events(demo_db):
    overview = overview_at(demo_db, BEFORE)
    assert (overview.event_count, overview.sessions, overview.checks, overview.current) == (0, [], [], None)


def test_a_clock_with_a_time_zone_reads_as_local_time(demo_db, event):  # noqa: F811
    local = datetime(2026, 12, 10, 15, 0)
    aware = local.astimezone()
    assert overview_at(demo_db, aware).sessions == overview_at(demo_db, local).sessions
    assert [s.label for s in overview_at(demo_db, aware).sessions][0] == "Chiều 10/12/2026"
