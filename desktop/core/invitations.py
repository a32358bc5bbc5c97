"""Who is invited to an event (thành phần triệu tập) and at which bridge point.

Invitations come from rules (positions at unit levels under a unit) and by hand. Rules
are applied again whenever the plan is saved: members who now match are added, those
who no longer match are dropped, and what the officer decided by hand stays: members
invited by hand, points chosen by hand, and excuses given in advance.

A member without a point chosen for them sits at the nearest bridge point hosted by
their own unit or the closest unit above it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import vntext
from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.records import new_record_fields, touch
from desktop.core.units import UnitTree, load_tree
from desktop.db.engine import Database
from desktop.db.models import BridgePoint, Event, Invitation, InvitationRule, Member
from desktop.i18n import tr, trn


def _rule_member_ids(session: Session, rule: InvitationRule, tree: UnitTree) -> list[str]:
    levels = set(json.loads(rule.unit_levels))
    positions = json.loads(rule.positions)
    unit_ids = [u for u in tree.subtree_ids(rule.scope_unit_id) if not levels or tree.by_id[u].level in levels]
    if not unit_ids:
        return []
    query = select(Member.id).where(Member.deleted_at.is_(None), Member.status == "active",
                                    Member.branch_id.in_(unit_ids))
    if positions:
        query = query.where(Member.position.in_(positions))
    return list(session.scalars(query))


def _nearest_point(tree: UnitTree, points_by_host: dict[str, str], branch_id: str) -> str | None:
    for unit in reversed(tree.path(branch_id)):
        if unit.id in points_by_host:
            return points_by_host[unit.id]
    return None


def _points_by_host(points: Iterable[BridgePoint]) -> dict[str, str]:
    """Host unit → its point; where a unit hosts several, the first in the plan's order."""
    result: dict[str, str] = {}
    for point in sorted(points, key=lambda p: p.position):
        result.setdefault(point.host_unit_id, point.id)
    return result


def apply_rules(db: Database, session: Session, event_id: str, tree: UnitTree) -> list[int]:
    """Bring the event's rule-based invitations in line with its rules (inside the caller's
    transaction). Returns the positions of rules that match nobody."""
    rules = sorted(session.scalars(select(InvitationRule).where(
        InvitationRule.event_id == event_id, InvitationRule.deleted_at.is_(None))), key=lambda r: r.position)
    points = list(session.scalars(select(BridgePoint).where(
        BridgePoint.event_id == event_id, BridgePoint.deleted_at.is_(None))))
    live_point_ids = {p.id for p in points}
    by_host = _points_by_host(points)
    wanted: dict[str, tuple[str, str | None]] = {}  # member → (rule, point fixed by the rule)
    nobody: list[int] = []
    for index, rule in enumerate(rules):
        matched = _rule_member_ids(session, rule, tree)
        if not matched:
            nobody.append(index)
        for member_id in matched:
            wanted.setdefault(member_id, (rule.id, rule.bridge_point_id))
    if nobody:
        return nobody
    branches = dict(session.execute(select(Member.id, Member.branch_id).where(Member.id.in_(wanted))).all()) \
        if wanted else {}
    existing = {inv.member_id: inv for inv in session.scalars(select(Invitation).where(
        Invitation.event_id == event_id, Invitation.deleted_at.is_(None)))}

    owner = session.get(Event, event_id).organiser_unit_id
    to_create = [m for m in wanted if m not in existing]
    bookkeeping = new_record_fields(db, session, owner, len(to_create)) if to_create else []
    for member_id, book in zip(to_create, bookkeeping):
        rule_id, rule_point = wanted[member_id]
        session.add(Invitation(event_id=event_id, member_id=member_id, rule_id=rule_id,
                               bridge_point_id=rule_point or _nearest_point(tree, by_host, branches[member_id]),
                               point_fixed=False, excused=False, excuse_reason="", **book))
    for member_id, invitation in existing.items():
        if member_id in wanted:
            rule_id, rule_point = wanted[member_id]
            point = invitation.bridge_point_id
            if not invitation.point_fixed or point not in live_point_ids:
                point = rule_point or _nearest_point(tree, by_host, branches[member_id])
            if (invitation.rule_id, invitation.bridge_point_id) != (rule_id, point):
                invitation.rule_id, invitation.bridge_point_id = rule_id, point
                if point is None:
                    invitation.point_fixed = False
                touch(invitation, session)
        elif invitation.rule_id is not None:
            touch(invitation, session, deleted=True)  # the rule that brought them is gone or changed
        elif invitation.bridge_point_id is not None and invitation.bridge_point_id not in live_point_ids:
            invitation.bridge_point_id = None  # invited by hand to a point since removed
            invitation.point_fixed = False
            touch(invitation, session)
    return []


# --- by hand ------------------------------------------------------------------------------


def _event_tree_points(session: Session, event_id: str, db: Database):
    event = session.get(Event, event_id)
    if event is None or event.deleted_at is not None:
        raise NotFoundError(tr("Không tìm thấy hội nghị (có thể đã bị xóa)."))
    points = list(session.scalars(select(BridgePoint).where(
        BridgePoint.event_id == event_id, BridgePoint.deleted_at.is_(None))))
    return event, load_tree(db), points


def invite_members(db: Database, event_id: str, member_ids: Iterable[str], bridge_point_id: str | None = None) -> int:
    """Invite members by hand; those already invited are left as they are. Returns how
    many were added."""
    with db.session() as session:
        _, tree, points = _event_tree_points(session, event_id, db)
        if bridge_point_id is not None and bridge_point_id not in {p.id for p in points}:
            raise ValidationError(tr("Điểm cầu đã chọn không thuộc hội nghị này."), "bridge_point_id")
        return add_by_hand(db, session, event_id, tree, [(m, bridge_point_id) for m in member_ids])


def add_by_hand(db: Database, session: Session, event_id: str, tree: UnitTree,
                wanted: Iterable[tuple[str, str | None]]) -> int:
    """Invite members by hand inside the caller's transaction, each with the point chosen
    for them (kept when rules are applied again) or ``None`` for the nearest one. Members
    already invited are left as they are. Returns how many were added."""
    event = session.get(Event, event_id)
    points = session.scalars(select(BridgePoint).where(
        BridgePoint.event_id == event_id, BridgePoint.deleted_at.is_(None)))
    by_host = _points_by_host(points)
    already = set(session.scalars(select(Invitation.member_id).where(
        Invitation.event_id == event_id, Invitation.deleted_at.is_(None))))
    chosen: dict[str, str | None] = {}
    for member_id, point_id in wanted:
        if member_id not in already:
            chosen.setdefault(member_id, point_id)
    members = {m.id: m for m in session.scalars(select(Member).where(
        Member.id.in_(chosen), Member.deleted_at.is_(None)))}
    if any(m not in members for m in chosen):
        raise NotFoundError(tr("Có đoàn viên không còn trong danh sách (có thể đã bị xóa)."))
    books = new_record_fields(db, session, event.organiser_unit_id, len(chosen)) if chosen else []
    for (member_id, point_id), book in zip(chosen.items(), books):
        point = point_id or _nearest_point(tree, by_host, members[member_id].branch_id)
        session.add(Invitation(event_id=event_id, member_id=member_id, rule_id=None, bridge_point_id=point,
                               point_fixed=point_id is not None, excused=False, excuse_reason="", **book))
    return len(chosen)


def _invitation(session: Session, invitation_id: str) -> Invitation:
    invitation = session.get(Invitation, invitation_id)
    if invitation is None or invitation.deleted_at is not None:
        raise NotFoundError(tr("Không tìm thấy người được mời (có thể đã bị bỏ)."))
    return invitation


def remove_invitations(db: Database, invitation_ids: Iterable[str]) -> int:
    """Take back invitations made by hand. Those that come from a rule cannot be taken
    back one by one (the rule would bring them back): change the rule or excuse them."""
    with db.session() as session:
        rows = [_invitation(session, i) for i in invitation_ids]
        by_rule = [r for r in rows if r.rule_id is not None]
        if by_rule:
            raise ValidationError(
                trn("%n người được mời theo quy tắc thành phần, không bỏ riêng được: "
                    "hãy sửa quy tắc, hoặc đánh dấu vắng có phép.", len(by_rule)), "rule_id")
        for row in rows:
            touch(row, session, deleted=True)
        return len(rows)


def set_bridge_point(db: Database, invitation_ids: Iterable[str], bridge_point_id: str | None) -> None:
    """Seat members at a chosen point (kept when rules are applied again); ``None`` goes
    back to the automatic choice."""
    with db.session() as session:
        rows = [_invitation(session, i) for i in invitation_ids]
        if not rows:
            return
        event, tree, points = _event_tree_points(session, rows[0].event_id, db)
        if bridge_point_id is not None and bridge_point_id not in {p.id for p in points}:
            raise ValidationError(tr("Điểm cầu đã chọn không thuộc hội nghị này."), "bridge_point_id")
        by_host = _points_by_host(points)
        for row in rows:
            if bridge_point_id is None:
                rule_point = session.get(InvitationRule, row.rule_id).bridge_point_id if row.rule_id else None
                branch = session.get(Member, row.member_id).branch_id
                point, fixed = rule_point or _nearest_point(tree, by_host, branch), False
            else:
                point, fixed = bridge_point_id, True
            if (row.bridge_point_id, row.point_fixed) != (point, fixed):
                row.bridge_point_id, row.point_fixed = point, fixed
                touch(row, session)


def set_excused(db: Database, invitation_ids: Iterable[str], reason: str | None) -> None:
    """Excuse members in advance (vắng có phép) with a reason; ``None`` withdraws it."""
    reason_text = vntext.normalize(reason or "")
    if reason is not None and not reason_text:
        raise ValidationError(tr("Hãy ghi lý do vắng có phép."), "excuse_reason")
    with db.session() as session:
        for invitation_id in invitation_ids:
            row = _invitation(session, invitation_id)
            excused = reason is not None
            if (row.excused, row.excuse_reason) != (excused, reason_text):
                row.excused, row.excuse_reason = excused, reason_text
                touch(row, session)


# --- lists --------------------------------------------------------------------------------


@dataclass(frozen=True)
class InvitedMember:
    invitation_id: str
    member_id: str
    full_name: str
    date_of_birth: str
    gender: str | None
    card_number: str
    position: str
    unit_name: str
    bridge_point_id: str | None
    bridge_point_name: str
    by_rule: bool
    point_fixed: bool
    excused: bool
    excuse_reason: str

    @property
    def position_label(self) -> str:
        from desktop.core.members import POSITION_LABELS

        return POSITION_LABELS.get(self.position, self.position)


def list_invited(db: Database, event_id: str, bridge_point_id: str | None = None,
                 session_id: str | None = None, search: str = "") -> list[InvitedMember]:
    """The invited members in Vietnamese name order; narrowed to one bridge point and/or
    to the points that join one session (the expected list for that session)."""
    sql = """
        SELECT i.id, m.id, trim(m.family_name || ' ' || m.middle_name || ' ' || m.given_name), m.date_of_birth,
               m.gender, coalesce(m.card_number, ''), m.position, u.name, i.bridge_point_id, coalesce(p.name, ''),
               i.rule_id IS NOT NULL, i.point_fixed, i.excused, i.excuse_reason, p.session_ids, m.search_text
        FROM invitations i
        JOIN members m ON m.id = i.member_id
        JOIN units u ON u.id = m.branch_id
        LEFT JOIN bridge_points p ON p.id = i.bridge_point_id AND p.deleted_at IS NULL
        WHERE i.event_id = ? AND i.deleted_at IS NULL AND m.deleted_at IS NULL
    """
    params: list = [event_id]
    if bridge_point_id is not None:
        sql += " AND i.bridge_point_id = ?"
        params.append(bridge_point_id)
    sql += " ORDER BY m.sort_key"
    words = vntext.fold(search).split()
    result = []
    with db.engine.connect() as conn:
        for row in conn.exec_driver_sql(sql, tuple(params)):
            if session_id is not None:
                joined = json.loads(row[14]) if row[14] else None
                if joined is None or (joined and session_id not in joined):
                    continue
            if words and not all(w in row[15] for w in words):
                continue
            name = " ".join(row[2].split())
            result.append(InvitedMember(row[0], row[1], name, row[3] or "", row[4], row[5], row[6], row[7],
                                        row[8], row[9], bool(row[10]), bool(row[11]), bool(row[12]), row[13]))
    return result


@dataclass(frozen=True)
class PointCount:
    bridge_point_id: str | None
    name: str
    capacity: int | None
    invited: int
    excused: int

    @property
    def expected(self) -> int:
        return self.invited - self.excused

    @property
    def over_capacity(self) -> bool:
        return self.capacity is not None and self.expected > self.capacity


def count_by_point(db: Database, event_id: str) -> list[PointCount]:
    """Invited and excused per bridge point, in the plan's order; members with no point
    last (name empty)."""
    with db.engine.connect() as conn:
        points = list(conn.exec_driver_sql(
            "SELECT id, name, capacity FROM bridge_points WHERE event_id = ? AND deleted_at IS NULL ORDER BY position",
            (event_id,)))
        counts = {r[0]: (r[1], r[2]) for r in conn.exec_driver_sql(
            "SELECT bridge_point_id, count(*), sum(excused) FROM invitations "
            "WHERE event_id = ? AND deleted_at IS NULL GROUP BY bridge_point_id", (event_id,))}
    result = [PointCount(p[0], p[1], p[2], *(counts.get(p[0], (0, 0)))) for p in points]
    if None in counts:
        result.append(PointCount(None, "", None, *counts[None]))
    return result
