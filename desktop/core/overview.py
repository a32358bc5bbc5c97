"""Where the office stands, for the overview screen: what happens in the next two weeks
and how far the current study conference has got.

*Upcoming* are the sessions of any event that have not ended yet and fall in the next
:data:`HORIZON` days, and the bridge points' connection tests that are due in that time
or overdue and not passed. An overdue test of an event whose sessions are all over is
left out: nobody will connect to it any more, and the list of deadlines still has it.

The *current event* is the study conference whose sessions are nearest to today: one
under way, else the one that ended most recently within :data:`RECENT`, else the next
one to come. Its figures are those of the core summaries (attendance, awareness test,
essays), so the overview never says anything the event's own tabs do not; the test's
figures only when the event has a test (its settings, or results already recorded), the
essays' only when it asks for essays.

*Units furthest behind* are, for each figure, the :data:`BEHIND_COUNT` units with
something still missing, the lowest rate first and then the most missing. Before the
first session nobody can have missed it, so participation lists none then.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Callable, Iterable, TypeVar

from desktop.core import vntext
from desktop.core.attendance_summary import attendance_summary, rate
from desktop.core.essays import essay_summary, load_rules
from desktop.core.events import EventPlan, EventSummary, list_events, load_event_plan
from desktop.core.quiz_summary import quiz_summary
from desktop.core.quizzes import attempts_count, load_quiz
from desktop.db.engine import Database
from desktop.i18n import tr

HORIZON = timedelta(days=14)
RECENT = timedelta(days=60)
BEHIND_COUNT = 3


@dataclass(frozen=True)
class UpcomingSession:
    event_id: str
    event_title: str
    session_id: str
    part: str                  # 'morning', 'afternoon' or 'evening'
    label: str                 # 'Sáng 12/12/2026', in the program's language
    title: str                 # a briefing meeting's own name, else ''
    day: date
    start_time: time | None
    end_time: time | None
    bridge_points: int         # the points that join this session
    invited: int               # expected at this session (as the attendance summary counts them)

    @property
    def starts_at(self) -> datetime:
        return datetime.combine(self.day, self.start_time or time(0))

    @property
    def ends_at(self) -> datetime:
        return datetime.combine(self.day, self.end_time or time.max)

    @property
    def time_label(self) -> str:
        if self.start_time is None:
            return ""
        end = f"–{self.end_time:%H:%M}" if self.end_time else ""
        return f"{self.start_time:%H:%M}{end}"


@dataclass(frozen=True)
class UpcomingCheck:
    """A bridge point's connection test still to be passed."""

    event_id: str
    event_title: str
    point_id: str
    point_name: str
    test_at: datetime
    contact_name: str
    contact_phone: str
    overdue: bool
    failed: bool               # tried and recorded as not passed

    @property
    def when_label(self) -> str:
        return f"{self.test_at:%H:%M} {vntext.format_date(self.test_at.date())}"


@dataclass(frozen=True)
class UnitBehind:
    """``done`` of ``whole``: attended of invited, tested of those to test, essays handed
    in of those due; ``passed`` for the test only."""

    unit_name: str
    done: int
    whole: int
    passed: int | None = None

    @property
    def rate(self) -> float:
        return rate(self.done, self.whole)

    @property
    def missing(self) -> int:
        return self.whole - self.done


@dataclass(frozen=True)
class Participation:
    invited: int
    attended: int              # came to at least one session
    excused: int
    begun: bool                # the first session has started
    units_behind: list[UnitBehind] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return rate(self.attended, self.invited)


@dataclass(frozen=True)
class TestProgress:
    to_test: int
    tested: int
    passed: int
    target_percent: int | None
    units_behind: list[UnitBehind] = field(default_factory=list)

    @property
    def tested_rate(self) -> float:
        return rate(self.tested, self.to_test)

    @property
    def pass_rate(self) -> float:
        return rate(self.passed, self.to_test)


@dataclass(frozen=True)
class EssayProgress:
    """``received`` counts every essay in, also from members not asked to write;
    ``handed_in`` only those due, so the rate never passes 100 %."""

    required: int
    received: int
    late: int
    missing: int
    graded: int
    deadline: datetime | None
    units_behind: list[UnitBehind] = field(default_factory=list)

    @property
    def handed_in(self) -> int:
        return self.required - self.missing

    @property
    def rate(self) -> float:
        return rate(self.handed_in, self.required)


@dataclass(frozen=True)
class CurrentEvent:
    event_id: str
    title: str
    first_day: date
    last_day: date
    state: str                 # 'ongoing', 'past' or 'upcoming'
    participation: Participation
    test: TestProgress | None
    essays: EssayProgress | None

    @property
    def dates_label(self) -> str:
        if self.first_day == self.last_day:
            return vntext.format_date(self.first_day)
        return f"{vntext.format_date(self.first_day)} – {vntext.format_date(self.last_day)}"

    @property
    def state_label(self) -> str:
        return {"ongoing": tr("Đang diễn ra"), "past": tr("Đã kết thúc"), "upcoming": tr("Sắp diễn ra")}[self.state]


@dataclass(frozen=True)
class Overview:
    today: date
    event_count: int
    sessions: list[UpcomingSession]
    checks: list[UpcomingCheck]
    current: CurrentEvent | None


def office_overview(db: Database, today: date, now: datetime) -> Overview:
    """The overview as of ``now`` (local time; ``today`` is its day as the office sees it)."""
    if now.tzinfo is not None:
        now = now.astimezone().replace(tzinfo=None)  # test times are stored as local wall-clock times
    summaries = list_events(db)
    plans = {e.id: load_event_plan(db, e.id) for e in summaries
             if e.first_day is not None and e.last_day >= today and e.first_day <= today + HORIZON}
    current = choose_current_event(summaries, today)
    return Overview(today, len(summaries), _upcoming_sessions(db, plans.values(), today, now),
                    _upcoming_checks(db, today, now), _current_figures(db, current, today, now) if current else None)


def choose_current_event(summaries: Iterable[EventSummary], today: date) -> EventSummary | None:
    """The study conference under way, else the latest ended within :data:`RECENT`, else the next."""
    dated = [e for e in summaries if e.kind == "study_conference" and e.first_day is not None]
    ongoing = [e for e in dated if e.first_day <= today <= e.last_day]
    if ongoing:  # two at once: the one begun last is the one the office is busy with
        return max(ongoing, key=lambda e: (e.first_day, e.last_day))
    past = [e for e in dated if today - RECENT <= e.last_day < today]
    if past:
        return max(past, key=lambda e: (e.last_day, e.first_day))
    coming = [e for e in dated if e.first_day > today]
    return min(coming, key=lambda e: (e.first_day, e.last_day)) if coming else None


def _invited_points(db: Database, event_ids: list[str]) -> dict[str, list[str | None]]:
    """Each event's invited members' bridge points (None: not seated yet), counted the way
    :func:`desktop.core.attendance_summary.attendance_summary` counts them."""
    if not event_ids:
        return {}
    marks = ", ".join("?" * len(event_ids))
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT i.event_id, i.bridge_point_id FROM invitations i JOIN members m ON m.id = i.member_id "
            f"JOIN units u ON u.id = m.branch_id WHERE i.event_id IN ({marks}) AND i.deleted_at IS NULL "
            "AND m.deleted_at IS NULL", tuple(event_ids)).all()
    points: dict[str, list[str | None]] = {}
    for event_id, point_id in rows:
        points.setdefault(event_id, []).append(point_id)
    return points


def _upcoming_sessions(db: Database, plans: Iterable[EventPlan], today: date, now: datetime) -> list[UpcomingSession]:
    plans = list(plans)
    seated = _invited_points(db, [p.id for p in plans])
    result = []
    for plan in plans:
        point_by_id = {p.id: p for p in plan.bridge_points}
        for session in plan.sorted_sessions():
            if datetime.combine(session.day, session.end_time or time.max) < now or session.day > today + HORIZON:
                continue
            expected = sum(1 for point_id in seated.get(plan.id, [])
                           if point_id is None or (point_id in point_by_id and point_by_id[point_id].joins(session.id)))
            result.append(UpcomingSession(plan.id, plan.title, session.id, session.part, session.screen_label,
                                          session.title, session.day, session.start_time, session.end_time,
                                          sum(p.joins(session.id) for p in plan.bridge_points), expected))
    return sorted(result, key=lambda s: (s.day, s.start_time or time(0), vntext.fold(s.event_title)))


def _upcoming_checks(db: Database, today: date, now: datetime) -> list[UpcomingCheck]:
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT e.id, e.title, p.id, p.name, p.test_at, p.contact_name, p.contact_phone, p.test_passed, "
            "(SELECT max(day) FROM event_sessions s WHERE s.event_id = e.id AND s.deleted_at IS NULL) "
            "FROM bridge_points p JOIN events e ON e.id = p.event_id "
            "WHERE p.deleted_at IS NULL AND e.deleted_at IS NULL AND p.test_at IS NOT NULL "
            "AND coalesce(p.test_passed, 0) = 0").all()
    result = []
    for event_id, title, point_id, name, test_at, contact, phone, passed, last_day in rows:
        test_at = test_at if isinstance(test_at, datetime) else datetime.fromisoformat(str(test_at))
        overdue = test_at < now
        if test_at > now + HORIZON:
            continue
        if overdue and last_day is not None and date.fromisoformat(str(last_day)[:10]) < today:
            continue
        result.append(UpcomingCheck(event_id, title, point_id, name, test_at, contact or "", phone or "", overdue,
                                    passed is not None and not passed))
    return sorted(result, key=lambda c: (c.test_at, vntext.fold(c.event_title), vntext.fold(c.point_name)))


R = TypeVar("R")


def _behind(rows: Iterable[R], unit: Callable[[R], UnitBehind]) -> list[UnitBehind]:
    units = [u for u in map(unit, rows) if u.whole > 0 and u.missing > 0]
    units.sort(key=lambda u: (u.rate, -u.missing, vntext.fold(u.unit_name)))
    return units[:BEHIND_COUNT]


def _current_figures(db: Database, event: EventSummary, today: date, now: datetime) -> CurrentEvent:
    plan = load_event_plan(db, event.id)
    first = plan.sorted_sessions()[0]
    begun = now >= datetime.combine(first.day, first.start_time or time(0))
    attendance = attendance_summary(db, event.id)
    total = attendance.total
    participation = Participation(
        total.invited, total.attended, total.excused, begun,
        _behind(attendance.units, lambda u: UnitBehind(u.unit_name, u.attended, u.invited)) if begun else [])

    test = None
    if load_quiz(db, event.id) is not None or attempts_count(db, event.id):
        quiz = quiz_summary(db, event.id)
        test = TestProgress(quiz.total.to_test, quiz.total.tested, quiz.total.passed, plan.test_target_percent,
                            _behind(quiz.units, lambda u: UnitBehind(u.unit_name, u.tested, u.to_test, u.passed)))

    essays = None
    rules = load_rules(db, event.id)
    if rules is not None:
        summary = essay_summary(db, event.id)
        t = summary.total
        essays = EssayProgress(t.required, t.received, t.late, t.missing, t.graded, rules.deadline,
                               _behind(summary.units, lambda u: UnitBehind(u.unit_name, u.required - u.missing,
                                                                           u.required)))

    if event.first_day <= today <= event.last_day:
        state = "ongoing"
    else:
        state = "past" if event.last_day < today else "upcoming"
    return CurrentEvent(event.id, event.title, event.first_day, event.last_day, state, participation, test, essays)
