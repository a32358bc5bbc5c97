"""Attendance figures of an event: per session and bridge point, and per unit.

Each invited member belongs to exactly one bridge point and has at most one attendance
record per session (see ``desktop.core.attendance``), so figures add up without counting
anyone twice: a session's total is the sum of its points, and a unit's figures count
distinct members over the whole event.

For a session at a point: *invited* are those seated there (the point joins the
session); *present* those with a present record wherever it was taken; *late* those of
them who arrived after the grace period; *excused* the rest with an excuse (for the
event or for the session); *absent* everyone else. Until the session is closed at the
point, "absent" means "not arrived yet": ``closed`` tells which. *Walk-ins* came to the
point without being expected at that session. Rates are present ÷ invited, 0 when
nobody is invited.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from desktop.core import vntext
from desktop.core.events import load_event_plan
from desktop.db.engine import Database
from desktop.i18n import N_, tr

# The point of members not seated yet: documents write it as it is, screens through tr().
NO_POINT = N_("Chưa xếp điểm cầu")


def rate(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


@dataclass(frozen=True)
class Figures:
    invited: int = 0
    present: int = 0
    late: int = 0
    excused: int = 0
    absent: int = 0
    walk_ins: int = 0

    @property
    def rate(self) -> float:
        return rate(self.present, self.invited)

    def __add__(self, other: "Figures") -> "Figures":
        return Figures(*(a + b for a, b in zip(asdict(self).values(), asdict(other).values())))

    def as_dict(self) -> dict:
        return {**asdict(self), "rate": self.rate}


@dataclass(frozen=True)
class PointRow:
    point_id: str | None
    point_name: str
    closed: bool
    figures: Figures


@dataclass(frozen=True)
class SessionRow:
    """``label`` is the Vietnamese one the Union's documents write; ``screen_label`` is it
    in the program's language, for screens (the same text when not given)."""

    session_id: str
    label: str
    points: list[PointRow]
    screen_label: str = ""

    def __post_init__(self) -> None:
        if not self.screen_label:
            object.__setattr__(self, "screen_label", self.label)

    @property
    def figures(self) -> Figures:
        total = Figures()
        for point in self.points:
            total = total + point.figures
        return total

    @property
    def closed(self) -> bool:
        return bool(self.points) and all(p.closed for p in self.points)


@dataclass(frozen=True)
class UnitRow:
    """A unit's members over the whole event: ``attended`` came to at least one session;
    ``present_by_session`` follows the summary's session order."""

    unit_id: str
    unit_name: str
    invited: int
    attended: int
    late: int
    excused: int
    absent: int
    walk_ins: int
    present_by_session: list[int] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return rate(self.attended, self.invited)

    def as_dict(self) -> dict:
        return {**asdict(self), "rate": self.rate}


@dataclass(frozen=True)
class AttendanceSummary:
    event_id: str
    title: str
    sessions: list[SessionRow]
    units: list[UnitRow]
    total: UnitRow

    def as_dict(self) -> dict:
        return {
            "event_id": self.event_id,
            "title": self.title,
            "sessions": [{"session_id": s.session_id, "label": s.label, "closed": s.closed,
                          **s.figures.as_dict(),
                          "points": [{"point_id": p.point_id, "point_name": p.point_name, "closed": p.closed,
                                      **p.figures.as_dict()} for p in s.points]} for s in self.sessions],
            "units": [u.as_dict() for u in self.units],
            "total": self.total.as_dict(),
        }


def attendance_summary(db: Database, event_id: str) -> AttendanceSummary:
    plan = load_event_plan(db, event_id)
    sessions = plan.sorted_sessions()
    points = plan.bridge_points
    with db.engine.connect() as conn:
        invitations = {row[0]: row[1:] for row in conn.exec_driver_sql(
            "SELECT i.member_id, i.bridge_point_id, i.excused, m.branch_id, u.name FROM invitations i "
            "JOIN members m ON m.id = i.member_id JOIN units u ON u.id = m.branch_id "
            "WHERE i.event_id = ? AND i.deleted_at IS NULL AND m.deleted_at IS NULL", (event_id,))}
        records = {(row[0], row[1]): row[2:] for row in conn.exec_driver_sql(
            "SELECT session_id, member_id, status, bridge_point_id, late_minutes FROM attendances "
            "WHERE event_id = ? AND deleted_at IS NULL", (event_id,))}
        closures = set(conn.exec_driver_sql(
            "SELECT c.session_id, c.bridge_point_id FROM attendance_closures c "
            "JOIN event_sessions s ON s.id = c.session_id WHERE s.event_id = ? AND c.deleted_at IS NULL",
            (event_id,)).all())
        outsiders = {row[0]: row[1:] for row in conn.exec_driver_sql(
            "SELECT DISTINCT m.id, m.branch_id, u.name FROM attendances a JOIN members m ON m.id = a.member_id "
            "JOIN units u ON u.id = m.branch_id WHERE a.event_id = ? AND a.deleted_at IS NULL "
            "AND a.status = 'present'", (event_id,)) if row[0] not in invitations}
    point_by_id = {p.id: p for p in points}

    def expected_in(member_point: str | None, session_id: str) -> bool:
        if member_point is None:
            return True  # not seated yet: still expected at every session
        point = point_by_id.get(member_point)
        return point is not None and point.joins(session_id)

    session_rows = []
    for session in sessions:
        tallies: dict[str | None, list[int]] = {}
        for member_id, (point_id, excused_event, _unit, _name) in invitations.items():
            if not expected_in(point_id, session.id):
                continue
            tally = tallies.setdefault(point_id if point_id in point_by_id else None, [0] * 6)
            tally[0] += 1
            record = records.get((session.id, member_id))
            if record is not None and record[0] == "present":
                tally[1] += 1
                tally[2] += record[2] > 0
            elif (record is not None and record[0] == "excused") or excused_event:
                tally[3] += 1
            else:
                tally[4] += 1
        for (session_id, member_id), (status, point_id, _late) in records.items():
            if session_id != session.id or status != "present":
                continue
            invitation = invitations.get(member_id)
            if invitation is None or not expected_in(invitation[0], session.id):
                tallies.setdefault(point_id if point_id in point_by_id else None, [0] * 6)[5] += 1
        rows = [PointRow(p.id, p.name, (session.id, p.id) in closures, Figures(*tallies.get(p.id, [0] * 6)))
                for p in points if p.joins(session.id) or p.id in tallies]
        if None in tallies:
            rows.append(PointRow(None, NO_POINT, False, Figures(*tallies[None])))
        session_rows.append(SessionRow(session.id, session.label, rows, session.screen_label))

    session_ids = [s.id for s in sessions]
    units: dict[str, dict] = {}

    def unit_entry(unit_id: str, unit_name: str) -> dict:
        return units.setdefault(unit_id, {"name": unit_name, "invited": 0, "attended": 0, "late": 0, "excused": 0,
                                          "walk_ins": 0, "by_session": [0] * len(session_ids)})

    for member_id, (point_id, excused_event, unit_id, unit_name) in invitations.items():
        entry = unit_entry(unit_id, unit_name)
        entry["invited"] += 1
        came = was_late = excused_any = False
        for index, session_id in enumerate(session_ids):
            record = records.get((session_id, member_id))
            if record is None:
                continue
            if record[0] == "present":
                came = True
                was_late = was_late or record[2] > 0
                entry["by_session"][index] += 1
            elif record[0] == "excused":
                excused_any = True
        entry["attended"] += came
        entry["late"] += was_late
        entry["excused"] += not came and (excused_event or excused_any)
    for member_id, (unit_id, unit_name) in outsiders.items():
        entry = unit_entry(unit_id, unit_name)
        entry["walk_ins"] += 1
        for index, session_id in enumerate(session_ids):
            record = records.get((session_id, member_id))
            entry["by_session"][index] += record is not None and record[0] == "present"

    def unit_row(unit_id: str, entry: dict) -> UnitRow:
        return UnitRow(unit_id, entry["name"], entry["invited"], entry["attended"], entry["late"], entry["excused"],
                       entry["invited"] - entry["attended"] - entry["excused"], entry["walk_ins"],
                       list(entry["by_session"]))

    unit_rows = sorted((unit_row(u, e) for u, e in units.items()), key=lambda r: vntext.fold(r.unit_name))
    # The total's name is only shown on screens (documents write their own "Tổng cộng").
    total = UnitRow("", tr("Tổng cộng"), *(sum(getattr(r, name) for r in unit_rows)
                                       for name in ("invited", "attended", "late", "excused", "absent", "walk_ins")),
                    [sum(r.present_by_session[i] for r in unit_rows) for i in range(len(session_ids))])
    return AttendanceSummary(event_id, plan.title, session_rows, unit_rows, total)


def write_summary_xlsx(db: Database, summary: AttendanceSummary, path: str | Path) -> Path:
    """The summary as a workbook: one sheet per session and point, one per unit; totals
    and rates are formulas, so figures corrected by hand keep their sums right."""
    from desktop.core.event_reports import organiser_letterhead
    from desktop.core.list_sheet import ListBook

    plan = load_event_plan(db, summary.event_id)
    book = ListBook(organiser_letterhead(db, plan.organiser_unit_id, None))
    add_attendance_sheets(book, summary)
    return book.save(path)


def add_attendance_sheets(book, summary: AttendanceSummary) -> None:
    """The summary's sheets (by session and point, by unit) added to a ``ListBook``."""
    # i18n: vi-begin — the Union's workbook, in Vietnamese
    by_session = book.sheet("Theo buổi", "TỔNG HỢP ĐIỂM DANH THEO BUỔI VÀ ĐIỂM CẦU", summary.title, [
        ("Buổi", 18), ("Điểm cầu", 36), ("Được mời", 10), ("Có mặt", 10), ("Đến muộn", 10), ("Vắng có phép", 11),
        ("Vắng", 10), ("Tỉ lệ có mặt (%)", 12), ("Ngoài danh sách", 12), ("Đã kết thúc", 11)])
    ws = by_session.ws
    row = by_session.header_row + 1
    for session in summary.sessions:
        first = row
        for point in session.points:
            f = point.figures
            by_session.write_row(row, [session.label, point.point_name, f.invited, f.present, f.late, f.excused,
                                       f.absent, f"=IF(C{row}=0,0,ROUND(D{row}/C{row}*100,1))", f.walk_ins,
                                       "Đã kết thúc" if point.closed else "Chưa"])
            row += 1
        last = row - 1
        total = [f"Cộng {session.label}", ""] + [f"=SUM({c}{first}:{c}{last})" if last >= first else 0
                                                 for c in "CDEFG"]
        total += [f"=IF(C{row}=0,0,ROUND(D{row}/C{row}*100,1))",
                  f"=SUM(I{first}:I{last})" if last >= first else 0, ""]
        by_session.write_row(row, total, bold=True)
        row += 1
    if not summary.sessions:
        ws.cell(row, 1, "Hội nghị chưa có buổi nào.")
        by_session.merge_row(row)

    session_columns = [(f"Có mặt {s.label}", 12) for s in summary.sessions]
    by_unit = book.sheet("Theo đơn vị", "TỔNG HỢP ĐIỂM DANH THEO ĐƠN VỊ", summary.title, [
        ("STT", 6), ("Đơn vị", 36), ("Được mời", 10), *session_columns, ("Có mặt ít nhất một buổi", 13),
        ("Đến muộn", 10), ("Vắng có phép", 11), ("Vắng", 10), ("Tỉ lệ (%)", 10), ("Ngoài danh sách", 12)])
    from openpyxl.utils import get_column_letter

    first = by_unit.header_row + 1
    n = len(summary.sessions)
    attended_col = get_column_letter(4 + n)
    for index, unit in enumerate(summary.units):
        r = first + index
        by_unit.write_row(r, [index + 1, unit.unit_name, unit.invited, *unit.present_by_session, unit.attended,
                              unit.late, unit.excused, unit.absent,
                              f"=IF(C{r}=0,0,ROUND({attended_col}{r}/C{r}*100,1))", unit.walk_ins])
    last = first + len(summary.units) - 1
    r = last + 1
    def column_sum(column: int) -> str | int:
        letter = get_column_letter(column)
        return f"=SUM({letter}{first}:{letter}{last})" if summary.units else 0

    sums = [column_sum(c) for c in range(3, 8 + n)]  # invited, each session, attended … absent
    sums += [f"=IF(C{r}=0,0,ROUND({attended_col}{r}/C{r}*100,1))", column_sum(9 + n)]
    by_unit.write_row(r, ["", "Tổng cộng", *sums], bold=True)
    # i18n: vi-end
