"""Conferences and meetings: the plan of an event and everything hanging off it.

An event is edited and exchanged as one :class:`EventPlan`: the event itself, its
sessions with their programme topics, bridge points, invitation rules, materials and
dated tasks. Screens, the event-definition file and copying an event as a template all
go through :func:`save_event_plan`, which checks the whole plan, writes only what
changed and applies the invitation rules again, in one transaction.

Identifiers of new parts are made when the plan object is made (UUIDs), so a bridge
point can refer to a session the officer has just added and not yet saved.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import invitations, vntext
from desktop.core.errors import NotFoundError, ValidationError, ValidationErrors
from desktop.core.members import POSITION_LABELS
from desktop.core.records import new_record_fields, touch
from desktop.core.units import LEVEL_LABELS, UnitTree, load_tree
from desktop.db.engine import Database
from desktop.db.models import (
    Attendance,
    AttendanceClosure,
    BridgePoint,
    DialogueQuestion,
    DialogueReport,
    Event,
    EventSession,
    EventTask,
    Invitation,
    InvitationRule,
    Material,
    SessionTopic,
    new_id,
)
from desktop.i18n import N_, tr, trn

EVENT_KINDS: dict[str, str] = {
    "study_conference": N_("Hội nghị học tập, quán triệt"),
    "briefing": N_("Hội nghị giao ban"),
    "dialogue": N_("Đối thoại trực tuyến"),
    "half_year_briefing": N_("Giao ban trực tuyến 6 tháng"),
}
SESSION_PARTS: dict[str, str] = {"morning": N_("Sáng"), "afternoon": N_("Chiều"), "evening": N_("Tối")}
# Usual hours of each part (the source documents: 08:00–11:30 and 14:00–17:00).
PART_HOURS: dict[str, tuple[time, time]] = {
    "morning": (time(8, 0), time(11, 30)),
    "afternoon": (time(14, 0), time(17, 0)),
    "evening": (time(19, 0), time(21, 0)),
}
POINT_LEVELS: dict[str, str] = {
    "province": N_("Cấp tỉnh"),
    "district": N_("Cấp huyện/xã"),
    "grassroots": N_("Cấp cơ sở"),
}
MATERIAL_KINDS: dict[str, str] = {
    "document": N_("Văn bản"),
    "slides": N_("Bài trình chiếu"),
    "video": "Video",
    "link": "Trang web",
    "other": N_("Khác"),
}
TASK_KINDS: dict[str, str] = {
    "technical_check": N_("Kiểm tra kỹ thuật"),
    "report_due": N_("Hạn nộp báo cáo"),
    "questions_due": N_("Hạn gửi câu hỏi"),
    "essays_due": N_("Hạn nộp bài thu hoạch"),
    "other": N_("Việc khác"),
}


@dataclass
class TopicPlan:
    """A programme item (chuyên đề) and who presents it."""

    title: str
    speaker: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class SessionPlan:
    """A session (buổi). ``title`` and ``host_unit_id`` matter for a briefing series,
    where each session is one meeting hosted by a different unit."""

    day: date
    part: str = "morning"
    start_time: time | None = None
    end_time: time | None = None
    title: str = ""
    host_unit_id: str | None = None
    topics: list[TopicPlan] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        default_start, default_end = PART_HOURS.get(self.part, (None, None))
        self.start_time = self.start_time or default_start
        self.end_time = self.end_time or default_end

    @property
    def label(self) -> str:
        """'Sáng 12/12/2026' — how officers name a session, in Vietnamese: the documents
        (sign-in sheets, reports) use it; screens use :attr:`screen_label`."""
        return f"{SESSION_PARTS.get(self.part, self.part)} {vntext.format_date(self.day)}"

    @property
    def screen_label(self) -> str:
        """:attr:`label` in the program's language, for screens and messages."""
        return f"{tr(SESSION_PARTS.get(self.part, self.part))} {vntext.format_date(self.day)}"


@dataclass
class BridgePointPlan:
    """A bridge point; ``session_ids`` empty means it joins every session."""

    name: str
    level: str
    host_unit_id: str | None
    address: str = ""
    platform: str = ""
    link: str = ""
    room_id: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    test_at: datetime | None = None
    test_passed: bool | None = None
    capacity: int | None = None
    session_ids: list[str] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    def joins(self, session_id: str) -> bool:
        return not self.session_ids or session_id in self.session_ids


@dataclass
class RulePlan:
    """Invite the members holding ``positions`` in units of ``unit_levels`` under
    ``scope_unit_id`` (empty lists mean any). The level is that of the unit the member
    belongs to: a grassroots union's secretary is on its roster, a branch secretary on
    the branch's."""

    scope_unit_id: str | None
    unit_levels: list[str] = field(default_factory=list)
    positions: list[str] = field(default_factory=list)
    label: str = ""
    bridge_point_id: str | None = None
    id: str = field(default_factory=new_id)


@dataclass
class MaterialPlan:
    title: str
    kind: str = "document"
    url: str = ""
    file_name: str = ""
    file_sha256: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class TaskPlan:
    kind: str
    due_at: datetime
    title: str = ""
    unit_id: str | None = None
    done_at: datetime | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)

    @property
    def label(self) -> str:
        """The task's own title, else its kind in the program's language (for screens)."""
        return self.title or tr(TASK_KINDS.get(self.kind, self.kind))


@dataclass
class EventPlan:
    title: str
    kind: str
    organiser_unit_id: str | None
    directive_code: str = ""
    directive_date: date | None = None
    directive_issuer: str = ""
    resolution: str = ""
    test_target_percent: int | None = None
    notes: str = ""
    sessions: list[SessionPlan] = field(default_factory=list)
    bridge_points: list[BridgePointPlan] = field(default_factory=list)
    rules: list[RulePlan] = field(default_factory=list)
    materials: list[MaterialPlan] = field(default_factory=list)
    tasks: list[TaskPlan] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    @property
    def first_day(self) -> date | None:
        return min((s.day for s in self.sessions), default=None)

    @property
    def last_day(self) -> date | None:
        return max((s.day for s in self.sessions), default=None)

    def sorted_sessions(self) -> list[SessionPlan]:
        return sorted(self.sessions, key=lambda s: (s.day, s.start_time or time(0)))

    def session(self, session_id: str) -> SessionPlan | None:
        return next((s for s in self.sessions if s.id == session_id), None)

    def bridge_point(self, point_id: str) -> BridgePointPlan | None:
        return next((p for p in self.bridge_points if p.id == point_id), None)

    def flag_handovers(self) -> list[tuple[SessionPlan, str | None]]:
        """For a rotating series: each meeting and the unit that receives the flag at it
        (the next meeting's host; None after the last one)."""
        meetings = self.sorted_sessions()
        return [(m, meetings[i + 1].host_unit_id if i + 1 < len(meetings) else None)
                for i, m in enumerate(meetings)]


# --- checking -----------------------------------------------------------------------------


def _hhmm(value: time | None) -> str:
    return value.strftime("%H:%M") if value else "?"


def check_event_plan(plan: EventPlan, tree: UnitTree) -> list[ValidationError]:
    """Every rule the plan breaks, each naming its field (``sessions[2].end_time``)."""
    errors: list[ValidationError] = []

    def error(message: str, where: str) -> None:
        errors.append(ValidationError(message, where))

    def known_unit(unit_id: str | None) -> bool:
        return unit_id is not None and unit_id in tree.by_id

    if not plan.title.strip():
        error(tr("Thiếu tên hội nghị."), "title")
    if plan.kind not in EVENT_KINDS:
        error(tr("Loại hội nghị «{kind}» không có; chọn một trong: {kinds}.").format(
            kind=plan.kind, kinds=", ".join(EVENT_KINDS.values())), "kind")
    if not known_unit(plan.organiser_unit_id):
        error(tr("Thiếu đơn vị tổ chức (hoặc đơn vị không có trong cây đơn vị)."), "organiser_unit_id")
    if plan.test_target_percent is not None and not 0 <= plan.test_target_percent <= 100:
        error(tr("Chỉ tiêu kiểm tra nhận thức phải từ 0 đến 100%."), "test_target_percent")

    session_ids = set()
    for i, s in enumerate(plan.sessions):
        where = f"sessions[{i}]"
        name = tr("Buổi {number}").format(number=i + 1)
        session_ids.add(s.id)
        if s.part not in SESSION_PARTS:
            error(tr("{name}: buổi «{part}» không có; chọn Sáng, Chiều hoặc Tối.").format(name=name, part=s.part),
                  f"{where}.part")
        if s.start_time is None or s.end_time is None:
            error(tr("{name}: thiếu giờ bắt đầu hoặc giờ kết thúc.").format(name=name), f"{where}.start_time")
        elif s.end_time <= s.start_time:
            error(tr("{name} ({session}): giờ kết thúc {end} không sau giờ bắt đầu {start}.").format(
                name=name, session=s.screen_label, end=_hhmm(s.end_time), start=_hhmm(s.start_time)),
                f"{where}.end_time")
        if s.host_unit_id is not None and not known_unit(s.host_unit_id):
            error(tr("{name}: đơn vị đăng cai không có trong cây đơn vị.").format(name=name), f"{where}.host_unit_id")
        for j, topic in enumerate(s.topics):
            if not topic.title.strip():
                error(tr("{name}, chuyên đề {number}: thiếu tên chuyên đề.").format(name=name, number=j + 1),
                      f"{where}.topics[{j}].title")
    seen_slots: dict[tuple, int] = {}
    for i, s in enumerate(plan.sessions):
        slot = (s.day, s.part)
        if slot in seen_slots:
            error(tr("Buổi {number} trùng với buổi {other} ({session}).").format(
                number=i + 1, other=seen_slots[slot] + 1, session=s.screen_label), f"sessions[{i}].day")
        seen_slots.setdefault(slot, i)

    point_ids = set()
    for i, p in enumerate(plan.bridge_points):
        where = f"bridge_points[{i}]"
        name = tr("Điểm cầu {number}").format(number=i + 1) + (f" «{p.name}»" if p.name.strip() else "")
        point_ids.add(p.id)
        if not p.name.strip():
            error(tr("{name}: thiếu tên điểm cầu.").format(name=name), f"{where}.name")
        if p.level not in POINT_LEVELS:
            error(tr("{name}: cấp «{level}» không có; chọn {levels}.").format(
                name=name, level=p.level, levels=", ".join(POINT_LEVELS.values())), f"{where}.level")
        if not known_unit(p.host_unit_id):
            error(tr("{name}: thiếu đơn vị chủ trì điểm cầu.").format(name=name), f"{where}.host_unit_id")
        if p.capacity is not None and p.capacity <= 0:
            error(tr("{name}: sức chứa phải là số người lớn hơn 0.").format(name=name), f"{where}.capacity")
        if p.contact_phone and not vntext.fold(p.contact_phone).replace(" ", "").lstrip("+").isdigit():
            error(tr("{name}: số điện thoại liên hệ «{phone}» không hợp lệ.").format(name=name, phone=p.contact_phone),
                  f"{where}.contact_phone")
        for session_id in p.session_ids:
            if session_id not in session_ids:
                error(tr("{name}: tham gia một buổi không có trong hội nghị.").format(name=name),
                      f"{where}.session_ids")
                break

    for i, r in enumerate(plan.rules):
        where = f"rules[{i}]"
        name = tr("Thành phần {number}").format(number=i + 1) + (f" «{r.label}»" if r.label else "")
        if not known_unit(r.scope_unit_id):
            error(tr("{name}: thiếu đơn vị (phạm vi) của quy tắc mời.").format(name=name),
                  f"{where}.scope_unit_id")
        for level in r.unit_levels:
            if level not in LEVEL_LABELS:
                error(tr("{name}: cấp đơn vị «{level}» không có.").format(name=name, level=level),
                      f"{where}.unit_levels")
        for position in r.positions:
            if position not in POSITION_LABELS:
                error(tr("{name}: chức vụ «{position}» không có.").format(name=name, position=position),
                      f"{where}.positions")
        if r.bridge_point_id is not None and r.bridge_point_id not in point_ids:
            error(tr("{name}: điểm cầu được chỉ định không có trong hội nghị.").format(name=name),
                  f"{where}.bridge_point_id")

    for i, m in enumerate(plan.materials):
        where = f"materials[{i}]"
        if not m.title.strip():
            error(tr("Tài liệu {number}: thiếu tên tài liệu.").format(number=i + 1), f"{where}.title")
        if m.kind not in MATERIAL_KINDS:
            error(tr("Tài liệu {number}: loại «{kind}» không có.").format(number=i + 1, kind=m.kind), f"{where}.kind")
        if not m.url.strip() and not m.file_sha256:
            error(tr("Tài liệu {number} «{title}»: cần một đường dẫn hoặc một tệp.").format(
                number=i + 1, title=m.title), f"{where}.url")
        elif m.url.strip() and not m.url.strip().lower().startswith(("http://", "https://")):
            error(tr("Tài liệu {number} «{title}»: đường dẫn phải bắt đầu bằng http:// hoặc https://.").format(
                number=i + 1, title=m.title), f"{where}.url")

    for i, t in enumerate(plan.tasks):
        where = f"tasks[{i}]"
        if t.kind not in TASK_KINDS:
            error(tr("Việc {number}: loại «{kind}» không có.").format(number=i + 1, kind=t.kind), f"{where}.kind")
        if t.due_at is None:
            error(tr("Việc {number}: thiếu hạn.").format(number=i + 1), f"{where}.due_at")
        if t.kind == "other" and not t.title.strip():
            error(tr("Việc {number}: việc khác cần có tên.").format(number=i + 1), f"{where}.title")
        if t.unit_id is not None and not known_unit(t.unit_id):
            error(tr("Việc {number}: đơn vị thực hiện không có trong cây đơn vị.").format(number=i + 1),
                  f"{where}.unit_id")
    return errors


# --- saving -------------------------------------------------------------------------------

_EVENT_FIELDS = ("title", "kind", "organiser_unit_id", "directive_code", "directive_date", "directive_issuer",
                 "resolution", "test_target_percent", "notes")


def _clean_text(plan: EventPlan) -> EventPlan:
    """NFC, trimmed, single-spaced text everywhere in the plan (long texts keep their lines)."""
    def tidy(obj, long_fields=()):
        for name, value in vars(obj).items():
            if isinstance(value, str) and name not in ("id",) and not name.endswith("_id"):
                text = vntext.normalize(value) if name not in long_fields else "\n".join(
                    vntext.normalize(line) for line in value.splitlines()).strip()
                setattr(obj, name, text)
    tidy(plan, ("resolution", "notes"))
    for s in plan.sessions:
        tidy(s)
        for t in s.topics:
            tidy(t)
    for part in (*plan.bridge_points, *plan.rules, *plan.materials):
        tidy(part)
    for t in plan.tasks:
        tidy(t, ("notes",))
    return plan


def _sync_rows(db: Database, session: Session, model, existing: dict[str, object], wanted: list[tuple[str, dict]],
               owner_unit_id: str | None) -> None:
    """Make the live rows of ``model`` equal ``wanted`` (id, columns): update what changed,
    create what is new, tombstone what is gone."""
    new_ones = [(row_id, cols) for row_id, cols in wanted if row_id not in existing]
    bookkeeping = new_record_fields(db, session, owner_unit_id, len(new_ones)) if new_ones else []
    for (row_id, cols), book in zip(new_ones, bookkeeping):
        book["id"] = row_id
        session.add(model(**cols, **book))
    for row_id, cols in wanted:
        row = existing.get(row_id)
        if row is None:
            continue
        changed = any(getattr(row, k) != v for k, v in cols.items()) or row.owner_unit_id != owner_unit_id
        if changed:
            for k, v in cols.items():
                setattr(row, k, v)
            row.owner_unit_id = owner_unit_id
            touch(row, session)
    wanted_ids = {row_id for row_id, _ in wanted}
    for row_id, row in existing.items():
        if row_id not in wanted_ids:
            touch(row, session, deleted=True)


def _live(session: Session, model, **where) -> dict[str, object]:
    query = select(model).where(model.deleted_at.is_(None))
    for column, value in where.items():
        attribute = getattr(model, column)
        query = query.where(attribute.in_(value) if isinstance(value, (list, set, tuple)) else attribute == value)
    return {row.id: row for row in session.scalars(query)}


def save_event_plan(db: Database, plan: EventPlan, by_hand: Sequence[tuple[str, str | None]] = ()) -> str:
    """Check and save the whole plan in one transaction; apply the invitation rules again.

    ``by_hand`` invites members by hand in the same transaction: (member id, id of a
    bridge point of the plan or ``None`` for the nearest); those already invited stay as
    they are. An event file carries such invitations with the plan.

    Raises :class:`ValidationErrors` listing every problem (nothing is saved), including
    an invitation rule that matches nobody.
    """
    plan = _clean_text(plan)
    tree = load_tree(db)
    errors = check_event_plan(plan, tree)
    point_ids = {p.id for p in plan.bridge_points}
    errors += [ValidationError(tr("Người mời thêm {number}: điểm cầu được chỉ định không có trong hội nghị.").format(
                   number=i + 1), f"by_hand[{i}].bridge_point_id")
               for i, (_, point_id) in enumerate(by_hand) if point_id is not None and point_id not in point_ids]
    if errors:
        raise ValidationErrors(errors)
    owner = plan.organiser_unit_id
    with db.session() as session:
        existing_event = session.get(Event, plan.id)
        if existing_event is not None and existing_event.deleted_at is not None:
            raise NotFoundError(tr("Hội nghị này đã bị xóa."))
        event_columns = {name: getattr(plan, name) for name in _EVENT_FIELDS}
        event_columns["title_folded"] = vntext.fold(plan.title)
        _sync_rows(db, session, Event, {plan.id: existing_event} if existing_event else {},
                   [(plan.id, event_columns)], owner)
        session.flush()

        sessions = _live(session, EventSession, event_id=plan.id)
        _sync_rows(db, session, EventSession, sessions, [
            (s.id, {"event_id": plan.id, "day": s.day, "part": s.part, "start_time": s.start_time,
                    "end_time": s.end_time, "title": s.title, "host_unit_id": s.host_unit_id, "position": i})
            for i, s in enumerate(plan.sorted_sessions())
        ], owner)
        session.flush()
        all_session_ids = list(sessions) + [s.id for s in plan.sessions]
        topics = _live(session, SessionTopic, session_id=all_session_ids)
        _sync_rows(db, session, SessionTopic, topics, [
            (t.id, {"session_id": s.id, "title": t.title, "speaker": t.speaker, "position": j})
            for s in plan.sessions for j, t in enumerate(s.topics)
        ], owner)

        points = _live(session, BridgePoint, event_id=plan.id)
        _sync_rows(db, session, BridgePoint, points, [
            (p.id, {"event_id": plan.id, "name": p.name, "level": p.level, "host_unit_id": p.host_unit_id,
                    "address": p.address, "platform": p.platform, "link": p.link, "room_id": p.room_id,
                    "contact_name": p.contact_name, "contact_phone": p.contact_phone, "test_at": p.test_at,
                    "test_passed": p.test_passed, "capacity": p.capacity,
                    "session_ids": json.dumps(sorted(p.session_ids)), "position": i})
            for i, p in enumerate(plan.bridge_points)
        ], owner)
        session.flush()

        rules = _live(session, InvitationRule, event_id=plan.id)
        _sync_rows(db, session, InvitationRule, rules, [
            (r.id, {"event_id": plan.id, "label": r.label or describe_rule(r, tree), "scope_unit_id": r.scope_unit_id,
                    "unit_levels": json.dumps(sorted(r.unit_levels)), "positions": json.dumps(sorted(r.positions)),
                    "bridge_point_id": r.bridge_point_id, "position": i})
            for i, r in enumerate(plan.rules)
        ], owner)
        materials = _live(session, Material, event_id=plan.id)
        _sync_rows(db, session, Material, materials, [
            (m.id, {"event_id": plan.id, "title": m.title, "kind": m.kind, "url": m.url.strip(),
                    "file_name": m.file_name, "file_sha256": m.file_sha256, "position": i})
            for i, m in enumerate(plan.materials)
        ], owner)
        tasks = _live(session, EventTask, event_id=plan.id)
        _sync_rows(db, session, EventTask, tasks, [
            (t.id, {"event_id": plan.id, "kind": t.kind, "title": t.title, "due_at": t.due_at,
                    "unit_id": t.unit_id, "done_at": t.done_at, "notes": t.notes})
            for t in plan.tasks
        ], owner)
        session.flush()
        nobody = invitations.apply_rules(db, session, plan.id, tree)
        if nobody:  # raising inside the session rolls back everything above
            raise ValidationErrors([
                ValidationError(tr("Thành phần {number} «{rule}»: không có đoàn viên nào phù hợp (kiểm tra đơn vị, "
                                   "cấp và chức vụ).").format(number=i + 1,
                                                              rule=rule_screen_label(plan.rules[i], tree)),
                                f"rules[{i}]")
                for i in nobody
            ])
        if by_hand:
            invitations.add_by_hand(db, session, plan.id, tree, by_hand)
    return plan.id


def _as_written(text: str) -> str:
    return text


def describe_rule(rule: RulePlan, tree: UnitTree, *, translated: bool = False) -> str:
    """A rule in words: 'Bí thư, Phó Bí thư — các Đoàn cơ sở thuộc Huyện đoàn Cầu Ngang'.

    In Vietnamese by default: it is saved as the rule's label when the officer gives the
    rule no name of its own, and compared with saved labels. ``translated`` gives it in
    the program's language, for screens (see :func:`rule_screen_label`)."""
    say = tr if translated else _as_written
    who = ", ".join(say(POSITION_LABELS.get(p, p)) for p in rule.positions) or say(N_("Tất cả đoàn viên"))
    scope = tree.by_id.get(rule.scope_unit_id or "")
    scope_name = scope.name if scope else "?"
    if rule.unit_levels:
        levels = ", ".join(say(LEVEL_LABELS.get(level, level)) for level in rule.unit_levels)
        return say(N_("{who} — cấp {levels} thuộc {scope}")).format(who=who, levels=levels, scope=scope_name)
    return f"{who} — {scope_name}"


def rule_screen_label(rule: RulePlan, tree: UnitTree) -> str:
    """What screens call a rule: the name the officer gave it, else its description in
    the program's language (a saved description counts as no name of its own)."""
    if rule.label and rule.label != describe_rule(rule, tree):
        return rule.label
    return describe_rule(rule, tree, translated=True)


# --- loading, listing, copying, deleting --------------------------------------------------


def load_event_plan(db: Database, event_id: str) -> EventPlan:
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None or event.deleted_at is not None:
            raise NotFoundError(tr("Không tìm thấy hội nghị (có thể đã bị xóa)."))
        plan = EventPlan(**{name: getattr(event, name) for name in _EVENT_FIELDS}, id=event.id)
        session_rows = sorted(_live(session, EventSession, event_id=event_id).values(), key=lambda s: s.position)
        topics_by_session: dict[str, list] = {}
        for topic in _live(session, SessionTopic, session_id=[s.id for s in session_rows]).values():
            topics_by_session.setdefault(topic.session_id, []).append(topic)
        for s in session_rows:
            plan.sessions.append(SessionPlan(
                day=s.day, part=s.part, start_time=s.start_time, end_time=s.end_time, title=s.title,
                host_unit_id=s.host_unit_id, id=s.id,
                topics=[TopicPlan(t.title, t.speaker, t.id)
                        for t in sorted(topics_by_session.get(s.id, []), key=lambda t: t.position)]))
        for p in sorted(_live(session, BridgePoint, event_id=event_id).values(), key=lambda p: p.position):
            plan.bridge_points.append(BridgePointPlan(
                name=p.name, level=p.level, host_unit_id=p.host_unit_id, address=p.address, platform=p.platform,
                link=p.link, room_id=p.room_id, contact_name=p.contact_name, contact_phone=p.contact_phone,
                test_at=p.test_at, test_passed=p.test_passed, capacity=p.capacity,
                session_ids=json.loads(p.session_ids), id=p.id))
        for r in sorted(_live(session, InvitationRule, event_id=event_id).values(), key=lambda r: r.position):
            plan.rules.append(RulePlan(scope_unit_id=r.scope_unit_id, unit_levels=json.loads(r.unit_levels),
                                       positions=json.loads(r.positions), label=r.label,
                                       bridge_point_id=r.bridge_point_id, id=r.id))
        for m in sorted(_live(session, Material, event_id=event_id).values(), key=lambda m: m.position):
            plan.materials.append(MaterialPlan(m.title, m.kind, m.url, m.file_name, m.file_sha256, m.id))
        for t in sorted(_live(session, EventTask, event_id=event_id).values(), key=lambda t: t.due_at):
            plan.tasks.append(TaskPlan(t.kind, t.due_at, t.title, t.unit_id, t.done_at, t.notes, t.id))
    return plan


@dataclass(frozen=True)
class EventSummary:
    id: str
    title: str
    kind: str
    organiser_name: str
    directive_code: str
    first_day: date | None
    last_day: date | None
    session_count: int
    bridge_point_count: int
    invited_count: int

    @property
    def kind_label(self) -> str:
        """The kind in the program's language (screens and the command line)."""
        return tr(EVENT_KINDS.get(self.kind, self.kind))

    @property
    def short_id(self) -> str:
        return self.id[:8]

    @property
    def dates_label(self) -> str:
        if self.first_day is None:
            return ""
        if self.first_day == self.last_day:
            return vntext.format_date(self.first_day)
        return f"{vntext.format_date(self.first_day)} – {vntext.format_date(self.last_day)}"


def list_events(db: Database, search: str = "") -> list[EventSummary]:
    """Live events, the latest first (undated ones, just being planned, on top)."""
    sql = """
        SELECT e.id, e.title, e.kind, u.name, e.directive_code,
               (SELECT min(day) FROM event_sessions s WHERE s.event_id = e.id AND s.deleted_at IS NULL),
               (SELECT max(day) FROM event_sessions s WHERE s.event_id = e.id AND s.deleted_at IS NULL),
               (SELECT count(*) FROM event_sessions s WHERE s.event_id = e.id AND s.deleted_at IS NULL),
               (SELECT count(*) FROM bridge_points p WHERE p.event_id = e.id AND p.deleted_at IS NULL),
               (SELECT count(*) FROM invitations i WHERE i.event_id = e.id AND i.deleted_at IS NULL),
               e.title_folded
        FROM events e JOIN units u ON u.id = e.organiser_unit_id
        WHERE e.deleted_at IS NULL
    """
    folded = vntext.fold(search)
    with db.engine.connect() as conn:
        rows = [r for r in conn.exec_driver_sql(sql) if folded in r[10]]
    summaries = [EventSummary(r[0], r[1], r[2], r[3], r[4], _as_date(r[5]), _as_date(r[6]), r[7], r[8], r[9])
                 for r in rows]
    return sorted(summaries, key=lambda e: (e.first_day is not None, e.first_day or date.min, e.title), reverse=True)


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def find_event(db: Database, reference: str) -> str:
    """The id of the event ``reference`` names: its id or the first characters of it."""
    reference = reference.strip().lower()
    if not reference:
        raise NotFoundError(tr("Chưa cho biết mã hội nghị."))
    with db.engine.connect() as conn:
        ids = [r[0] for r in conn.exec_driver_sql(
            "SELECT id FROM events WHERE deleted_at IS NULL AND id LIKE ? || '%'", (reference,))]
    if not ids:
        raise NotFoundError(tr("Không có hội nghị nào có mã «{reference}» (xem: doandesk event list).").format(
            reference=reference))
    if len(ids) > 1:
        raise NotFoundError(trn("Mã «{reference}» khớp %n hội nghị; hãy gõ thêm vài ký tự.", len(ids)).format(
            reference=reference))
    return ids[0]


def delete_event(db: Database, event_id: str) -> None:
    """Soft-delete the event and all its parts (tombstones travel to other offices)."""
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None or event.deleted_at is not None:
            raise NotFoundError(tr("Không tìm thấy hội nghị (có thể đã bị xóa)."))
        session_ids = list(_live(session, EventSession, event_id=event_id))
        parts = [_live(session, SessionTopic, session_id=session_ids),
                 _live(session, AttendanceClosure, session_id=session_ids)]
        for model in (EventSession, BridgePoint, InvitationRule, Invitation, Material, EventTask,
                      DialogueQuestion, DialogueReport, Attendance):
            parts.append(_live(session, model, event_id=event_id))
        for rows in parts:
            for row in rows.values():
                touch(row, session, deleted=True)
        touch(event, session, deleted=True)


def copy_event_plan(plan: EventPlan, first_day: date | None = None, title: str | None = None) -> EventPlan:
    """A new plan made from ``plan`` as a template: new identifiers, dates moved so the
    first session falls on ``first_day``, test results and done marks cleared."""
    shift = timedelta(0)
    if first_day is not None and plan.first_day is not None:
        shift = first_day - plan.first_day
    session_ids = {s.id: new_id() for s in plan.sessions}
    point_ids = {p.id: new_id() for p in plan.bridge_points}
    return replace(
        plan,
        id=new_id(),
        title=title if title is not None else plan.title,
        sessions=[replace(s, id=session_ids[s.id], day=s.day + shift,
                          topics=[replace(t, id=new_id()) for t in s.topics]) for s in plan.sessions],
        bridge_points=[replace(p, id=point_ids[p.id], test_passed=None,
                               test_at=p.test_at + shift if p.test_at else None,
                               session_ids=[session_ids[i] for i in p.session_ids if i in session_ids])
                       for p in plan.bridge_points],
        rules=[replace(r, id=new_id(), bridge_point_id=point_ids.get(r.bridge_point_id) if r.bridge_point_id else None)
               for r in plan.rules],
        materials=[replace(m, id=new_id()) for m in plan.materials],
        tasks=[replace(t, id=new_id(), due_at=t.due_at + shift, done_at=None) for t in plan.tasks],
    )
