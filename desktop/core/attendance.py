"""Attendance at a bridge point: the check-in station, manual marks, excuses, closing.

A :class:`CheckInStation` serves one session at one bridge point. It reads everything it
needs once when it opens (the codes of every card, the expected list, what is already
recorded for the session) and then each scan costs a few dictionary lookups and one
small transaction on its own SQLite connection: the change sequence number and the new
row, committed before the result is returned. A result on screen is therefore already on
disk (WAL mode: a killed program loses nothing committed).

One live record per member and session, wherever it was taken (the database's unique
index enforces it even across two programs on one file), so a member scanned at two
points or twice is counted once. Arrival times are stored in UTC and shown in local
time; a member is late when they arrive more than the grace period (a setting) after the
session starts.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable, Iterable, Sequence

from desktop.core import vntext
from desktop.core.cards import format_code, normalize_code
from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.settings import LATE_GRACE_MINUTES, get_setting
from desktop.db.bulk import new_ids
from desktop.db.engine import Database
from desktop.i18n import N_, tr, trn

# Outcomes of a scan or a manual mark, and the colour the station shows for each.
CHECKED_IN = "checked_in"
ALREADY = "already"
NOT_INVITED = "not_invited"
UNKNOWN = "unknown"
REVOKED = "revoked"
INVALID = "invalid"
OUTCOME_COLOURS = {CHECKED_IN: "green", ALREADY: "amber", NOT_INVITED: "amber",
                   UNKNOWN: "red", REVOKED: "red", INVALID: "red"}

# How a check-in was taken; screens show the label through tr().
SOURCES = {"scan": N_("Quét thẻ"), "camera": "Camera", "search": N_("Tìm tên"), "paper": N_("Danh sách ký"),
           "import": N_("Nhập từ tệp"), "command": N_("Dòng lệnh")}


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def _storage(moment: datetime) -> str:
    """An aware time as the database keeps it: UTC, no zone, SQLAlchemy's text form."""
    return moment.astimezone(timezone.utc).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def local_time(stored: str | datetime | None) -> datetime | None:
    """A stored UTC time as local wall-clock time (naive), for display and lateness."""
    if stored is None or stored == "":
        return None
    moment = datetime.fromisoformat(stored) if isinstance(stored, str) else stored
    return moment.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)


def _clean_name(*parts: str) -> str:
    return " ".join(" ".join(parts).split())


@dataclass(frozen=True)
class ScanResult:
    """What happened to one scan or manual mark, with what the station shows for it.

    ``at`` is the local time of the check-in (for ``already``, the earlier one);
    ``point_name`` names the other point for ``already`` recorded elsewhere, or the
    point the member is invited to for ``not_invited``."""

    outcome: str
    code: str = ""
    member_id: str | None = None
    full_name: str = ""
    unit_name: str = ""
    attendance_id: str | None = None
    at: datetime | None = None
    late_minutes: int = 0
    point_name: str = ""
    source: str = "scan"

    @property
    def colour(self) -> str:
        return OUTCOME_COLOURS[self.outcome]

    @property
    def recorded(self) -> bool:
        return self.outcome == CHECKED_IN

    @property
    def headline(self) -> str:
        if self.outcome == CHECKED_IN:
            return trn("Đã điểm danh — đến muộn %n phút", self.late_minutes) if self.late_minutes \
                else tr("Đã điểm danh")
        if self.outcome == ALREADY:
            if not self.at:
                return tr("Đã điểm danh trước đó")
            if self.point_name:
                return tr("Đã điểm danh lúc {time} tại {point}").format(time=f"{self.at:%H:%M}", point=self.point_name)
            return tr("Đã điểm danh lúc {time}").format(time=f"{self.at:%H:%M}")
        if self.outcome == NOT_INVITED:
            return tr("Được mời ở điểm cầu khác: {point}").format(point=self.point_name) if self.point_name \
                else tr("Không có trong danh sách được mời")
        if self.outcome == REVOKED:
            return tr("Thẻ đã bị thu hồi (đã cấp thẻ mới)")
        if self.outcome == UNKNOWN:
            return tr("Mã thẻ không có trong dữ liệu")
        return tr("Không phải mã thẻ điểm danh")

    @property
    def message(self) -> str:
        """One line for a log or the command line."""
        who = f"{self.full_name} ({self.unit_name})" if self.full_name else format_code(self.code) if \
            normalize_code(self.code) else repr(self.code)
        return f"{who}: {self.headline}"


@dataclass
class ExpectedMember:
    member_id: str
    full_name: str
    unit_id: str
    unit_name: str
    position: str
    excused_for_event: bool
    excuse_reason: str
    search_text: str


@dataclass
class _Record:
    attendance_id: str
    member_id: str
    point_id: str | None
    status: str
    arrived_at: datetime | None  # local
    late_minutes: int
    invited: bool
    source: str


@dataclass(frozen=True)
class UnitCount:
    unit_name: str
    present: int
    expected: int


@dataclass(frozen=True)
class StationCounts:
    present: int            # of those expected here (walk-ins are counted apart)
    expected: int           # invited here and not excused
    late: int
    excused: int
    walk_ins: int           # let in without being on this point's list
    by_unit: list[UnitCount] = field(default_factory=list)


@dataclass(frozen=True)
class SearchHit:
    member_id: str
    full_name: str
    unit_name: str
    state: str              # "present", "excused", "waiting", "elsewhere", "not_invited"
    at: datetime | None = None

    @property
    def state_label(self) -> str:
        if self.state == "present":
            return tr("Có mặt {time}").format(time=f"{self.at:%H:%M}") if self.at else tr("Có mặt")
        return {"excused": tr("Vắng có phép"), "waiting": tr("Chưa đến"), "elsewhere": tr("Mời ở điểm cầu khác"),
                "not_invited": tr("Không được mời")}[self.state]


class StationConnection:
    """The station's own SQLite connection, in autocommit mode so each scan is exactly one
    short transaction of our choosing, with the same settings as the main engine."""

    def __init__(self, db: Database):
        self.conn = sqlite3.connect(str(db.path), isolation_level=None, check_same_thread=False)
        for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=NORMAL", "busy_timeout=5000"):
            self.conn.execute(f"PRAGMA {pragma}")

    def next_change_seq(self) -> int:
        return self.conn.execute(
            "UPDATE installation SET change_seq = change_seq + 1 WHERE id = 1 RETURNING change_seq").fetchone()[0]

    def close(self) -> None:
        self.conn.close()


_INSERT = (
    "INSERT INTO attendances (id, owner_unit_id, created_at, updated_at, revision, origin, deleted_at, change_seq, "
    "event_id, session_id, bridge_point_id, member_id, status, arrived_at, late_minutes, invited, source, "
    "excuse_reason) VALUES (?, ?, ?, ?, 1, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class CheckInStation:
    """Check-in for one session at one bridge point; see the module docstring."""

    def __init__(self, db: Database, event_id: str, session_id: str, bridge_point_id: str, *,
                 grace_minutes: int | None = None, clock: Callable[[], datetime] = _utc_now):
        self.db = db
        self.event_id, self.session_id, self.point_id = event_id, session_id, bridge_point_id
        self.clock = clock
        self.grace = timedelta(minutes=grace_minutes if grace_minutes is not None
                               else get_setting(db, LATE_GRACE_MINUTES))
        self._db_conn = StationConnection(db)
        conn = self._db_conn.conn
        event = conn.execute("SELECT title, organiser_unit_id FROM events WHERE id = ? AND deleted_at IS NULL",
                             (event_id,)).fetchone()
        if event is None:
            raise NotFoundError(tr("Không tìm thấy hội nghị (có thể đã bị xóa)."))
        self.event_title, self.owner_unit_id = event
        session = conn.execute("SELECT day, part, start_time, end_time FROM event_sessions "
                               "WHERE id = ? AND event_id = ? AND deleted_at IS NULL", (session_id, event_id)).fetchone()
        if session is None:
            raise NotFoundError(tr("Buổi đã chọn không thuộc hội nghị này."))
        from desktop.core.events import SESSION_PARTS

        day = datetime.fromisoformat(session[0]).date()
        self.session_start = datetime.combine(day, datetime.strptime(session[2][:5], "%H:%M").time())
        # The Vietnamese label (as documents write it) and the one screens and messages show.
        self.session_label = f"{SESSION_PARTS.get(session[1], session[1])} {vntext.format_date(day)}"
        self.session_screen_label = f"{tr(SESSION_PARTS.get(session[1], session[1]))} {vntext.format_date(day)}"
        self.points = {row[0]: row[1] for row in conn.execute(
            "SELECT id, name FROM bridge_points WHERE event_id = ? AND deleted_at IS NULL", (event_id,))}
        point = conn.execute("SELECT name, session_ids FROM bridge_points WHERE id = ? AND event_id = ? "
                             "AND deleted_at IS NULL", (bridge_point_id, event_id)).fetchone()
        if point is None:
            raise NotFoundError(tr("Điểm cầu đã chọn không thuộc hội nghị này."))
        joined = json.loads(point[1] or "[]")
        if joined and session_id not in joined:
            raise ValidationError(tr("Điểm cầu «{point}» không tham gia buổi {session}.").format(
                point=point[0], session=self.session_screen_label), "session_id")
        self.point_name = point[0]
        self._in_batch = False
        self._load()

    # --- loading ----------------------------------------------------------------------

    def _load(self) -> None:
        conn = self._db_conn.conn
        self.codes: dict[str, tuple[str, bool]] = {}
        self._cards_seen_seq = 0
        self._data_version = conn.execute("PRAGMA data_version").fetchone()[0]
        self._refresh_cards()
        self.expected: dict[str, ExpectedMember] = {}
        self.invited_elsewhere: dict[str, str | None] = {}  # member → point id (None: no point yet)
        for row in conn.execute(
                "SELECT m.id, m.family_name, m.middle_name, m.given_name, u.id, u.name, m.position, i.excused, "
                "i.excuse_reason, m.search_text, i.bridge_point_id FROM invitations i "
                "JOIN members m ON m.id = i.member_id JOIN units u ON u.id = m.branch_id "
                "WHERE i.event_id = ? AND i.deleted_at IS NULL AND m.deleted_at IS NULL ORDER BY m.sort_key",
                (self.event_id,)):
            if row[10] == self.point_id:
                self.expected[row[0]] = ExpectedMember(row[0], _clean_name(row[1], row[2], row[3]), row[4], row[5],
                                                       row[6], bool(row[7]), row[8], row[9])
            else:
                self.invited_elsewhere[row[0]] = row[10]
        self.records: dict[str, _Record] = {}
        for row in conn.execute(
                "SELECT id, member_id, bridge_point_id, status, arrived_at, late_minutes, invited, source "
                "FROM attendances WHERE session_id = ? AND deleted_at IS NULL", (self.session_id,)):
            self.records[row[1]] = _Record(row[0], row[1], row[2], row[3], local_time(row[4]), row[5], bool(row[6]),
                                           row[7])
        self._people: dict[str, tuple[str, str]] = {m.member_id: (m.full_name, m.unit_name)
                                                    for m in self.expected.values()}
        self.closed = conn.execute(
            "SELECT 1 FROM attendance_closures WHERE session_id = ? AND bridge_point_id = ? AND deleted_at IS NULL",
            (self.session_id, self.point_id)).fetchone() is not None
        self._count_all()

    def close_connection(self) -> None:
        self._db_conn.close()

    @contextmanager
    def _transaction(self):
        """One scan's transaction; inside :meth:`batch`, a savepoint of the batch's."""
        conn = self._db_conn.conn
        if self._in_batch:
            conn.execute("SAVEPOINT mark")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK TO mark")
                conn.execute("RELEASE mark")
                raise
            conn.execute("RELEASE mark")
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    @contextmanager
    def batch(self):
        """Many marks as one transaction (a file, a paper sheet): all or nothing."""
        conn = self._db_conn.conn
        conn.execute("BEGIN IMMEDIATE")
        self._in_batch = True
        try:
            yield self
        except BaseException:
            conn.execute("ROLLBACK")
            self._load()  # forget the marks that were rolled back
            raise
        else:
            conn.execute("COMMIT")
        finally:
            self._in_batch = False

    def _person(self, member_id: str) -> tuple[str, str]:
        person = self._people.get(member_id)
        if person is None:
            row = self._db_conn.conn.execute(
                "SELECT m.family_name, m.middle_name, m.given_name, u.name FROM members m "
                "JOIN units u ON u.id = m.branch_id WHERE m.id = ?", (member_id,)).fetchone()
            person = (_clean_name(row[0], row[1], row[2]), row[3]) if row else ("", "")
            self._people[member_id] = person
        return person

    def _refresh_cards(self) -> None:
        """Take in cards issued, re-issued or revoked since the last look (by another
        program on this file, or merged in from another PC)."""
        for code, member_id, revoked, deleted, seq in self._db_conn.conn.execute(
                "SELECT code, member_id, revoked_at IS NOT NULL, deleted_at IS NOT NULL, change_seq FROM member_cards "
                "WHERE change_seq > ?", (self._cards_seen_seq,)):
            if deleted:
                self.codes.pop(code, None)
            else:
                self.codes[code] = (member_id, bool(revoked))
            self._cards_seen_seq = max(self._cards_seen_seq, seq)

    def _lookup_code(self, code: str) -> tuple[str, bool] | None:
        # SQLite's data_version moves only when another connection commits: one cheap
        # pragma per scan tells whether a card may have been revoked meanwhile.
        version = self._db_conn.conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self._data_version:
            self._data_version = version
            self._refresh_cards()
        found = self.codes.get(code)
        if found is None:
            # A card issued on this PC after the station opened, or merged in since.
            row = self._db_conn.conn.execute(
                "SELECT member_id, revoked_at IS NOT NULL FROM member_cards WHERE code = ? AND deleted_at IS NULL",
                (code,)).fetchone()
            if row is not None:
                found = self.codes[code] = (row[0], bool(row[1]))
        return found

    # --- recording --------------------------------------------------------------------

    def scan(self, text: str, source: str = "scan") -> ScanResult:
        """A code as a scanner typed it (or a camera read it): check the member in."""
        code = normalize_code(text)
        if code is None:
            return ScanResult(INVALID, code=text.strip()[:40], source=source)
        card = self._lookup_code(code)
        if card is None:
            return ScanResult(UNKNOWN, code=code, source=source)
        member_id, revoked = card
        if revoked:
            name, unit = self._person(member_id)
            return ScanResult(REVOKED, code=code, member_id=member_id, full_name=name, unit_name=unit, source=source)
        return self.check_in(member_id, source=source, code=code)

    def check_in(self, member_id: str, *, source: str = "search", code: str = "",
                 admit: bool = False, arrived_at: datetime | None = None) -> ScanResult:
        """Mark a member present. Someone not on this point's list is only recorded with
        ``admit`` (the officer let them in); otherwise the result asks for it."""
        name, unit = self._person(member_id)
        if not name:
            return ScanResult(UNKNOWN, code=code, member_id=member_id, source=source)
        existing = self.records.get(member_id)
        if existing is not None and existing.status == "present":
            return ScanResult(ALREADY, code=code, member_id=member_id, full_name=name, unit_name=unit,
                              attendance_id=existing.attendance_id, at=existing.arrived_at,
                              late_minutes=existing.late_minutes,
                              point_name=self.points.get(existing.point_id, "") if existing.point_id != self.point_id
                              else "", source=source)
        invited_here = member_id in self.expected
        if not invited_here and not admit:
            elsewhere = self.invited_elsewhere.get(member_id)
            return ScanResult(NOT_INVITED, code=code, member_id=member_id, full_name=name, unit_name=unit,
                              point_name=self.points.get(elsewhere, "") if elsewhere else "", source=source)
        moment = arrived_at or self.clock()
        local = moment.astimezone().replace(tzinfo=None)
        late = local - self.session_start
        late_minutes = int(late.total_seconds() // 60) if late > self.grace else 0
        attendance_id = new_ids(1)[0]
        stored = _storage(moment)
        try:
            with self._transaction() as conn:
                if existing is not None:  # an excuse for this session, overtaken by the member arriving
                    conn.execute("UPDATE attendances SET deleted_at = ?, updated_at = ?, revision = revision + 1, "
                                 "change_seq = ? WHERE id = ?",
                                 (stored, stored, self._db_conn.next_change_seq(), existing.attendance_id))
                conn.execute(_INSERT, (attendance_id, self.owner_unit_id, stored, stored, self.db.installation_id,
                                       self._db_conn.next_change_seq(), self.event_id, self.session_id, self.point_id,
                                       member_id, "present", stored, late_minutes, invited_here, source, ""))
        except sqlite3.IntegrityError:
            # Recorded meanwhile by another program on this file (the paper entry, a
            # second station): show what is there.
            self._reload_member(member_id)
            return self.check_in(member_id, source=source, code=code, admit=admit, arrived_at=arrived_at)
        self._set_record(member_id, _Record(attendance_id, member_id, self.point_id, "present", local, late_minutes,
                                          invited_here, source))
        return ScanResult(CHECKED_IN, code=code, member_id=member_id, full_name=name, unit_name=unit,
                          attendance_id=attendance_id, at=local, late_minutes=late_minutes, source=source)

    def _reload_member(self, member_id: str) -> None:
        row = self._db_conn.conn.execute(
            "SELECT id, member_id, bridge_point_id, status, arrived_at, late_minutes, invited, source "
            "FROM attendances WHERE session_id = ? AND member_id = ? AND deleted_at IS NULL",
            (self.session_id, member_id)).fetchone()
        self._set_record(member_id, None if row is None else _Record(
            row[0], row[1], row[2], row[3], local_time(row[4]), row[5], bool(row[6]), row[7]))

    def _tombstone(self, attendance_id: str) -> None:
        stored = _storage(self.clock())
        with self._transaction() as conn:
            conn.execute("UPDATE attendances SET deleted_at = ?, updated_at = ?, revision = revision + 1, "
                         "change_seq = ? WHERE id = ? AND deleted_at IS NULL",
                         (stored, stored, self._db_conn.next_change_seq(), attendance_id))

    def undo(self, member_id: str) -> bool:
        """Take back a check-in (or an excuse) recorded for this session. Returns whether
        there was one."""
        record = self.records.get(member_id)
        if record is None:
            return False
        self._tombstone(record.attendance_id)
        self._set_record(member_id, None)
        return True

    def excuse(self, member_id: str, reason: str) -> None:
        """Excused absence (vắng có phép) from this session, with its reason."""
        reason_text = vntext.normalize(reason)
        if not reason_text:
            raise ValidationError(tr("Hãy ghi lý do vắng có phép."), "excuse_reason")
        existing = self.records.get(member_id)
        if existing is not None and existing.status == "present":
            raise ValidationError(tr("{name} đã điểm danh có mặt; hãy hủy lượt điểm danh trước.").format(
                name=self._person(member_id)[0]), "status")
        stored = _storage(self.clock())
        attendance_id = new_ids(1)[0]
        with self._transaction() as conn:
            if existing is not None:
                conn.execute("UPDATE attendances SET deleted_at = ?, updated_at = ?, revision = revision + 1, "
                             "change_seq = ? WHERE id = ?",
                             (stored, stored, self._db_conn.next_change_seq(), existing.attendance_id))
            conn.execute(_INSERT, (attendance_id, self.owner_unit_id, stored, stored, self.db.installation_id,
                                   self._db_conn.next_change_seq(), self.event_id, self.session_id, self.point_id,
                                   member_id, "excused", None, 0, member_id in self.expected, "search", reason_text))
        self._set_record(member_id, _Record(attendance_id, member_id, self.point_id, "excused", None, 0,
                                            member_id in self.expected, "search"))

    def close_session(self) -> int:
        """Close the session at this point: whoever expected has not come is absent from
        now on. Returns how many that is. Late arrivals can still be checked in."""
        if not self.closed:
            stored = _storage(self.clock())
            with self._transaction() as conn:
                if conn.execute("SELECT 1 FROM attendance_closures WHERE session_id = ? AND bridge_point_id = ? "
                                "AND deleted_at IS NULL", (self.session_id, self.point_id)).fetchone() is None:
                    conn.execute(
                        "INSERT INTO attendance_closures (id, owner_unit_id, created_at, updated_at, revision, "
                        "origin, deleted_at, change_seq, session_id, bridge_point_id, closed_at) "
                        "VALUES (?, ?, ?, ?, 1, ?, NULL, ?, ?, ?, ?)",
                        (new_ids(1)[0], self.owner_unit_id, stored, stored, self.db.installation_id,
                         self._db_conn.next_change_seq(), self.session_id, self.point_id, stored))
            self.closed = True
        counts = self.counts()
        return counts.expected - counts.present

    def reopen_session(self) -> None:
        if not self.closed:
            return
        stored = _storage(self.clock())
        with self._transaction() as conn:
            conn.execute("UPDATE attendance_closures SET deleted_at = ?, updated_at = ?, revision = revision + 1, "
                         "change_seq = ? WHERE session_id = ? AND bridge_point_id = ? AND deleted_at IS NULL",
                         (stored, stored, self._db_conn.next_change_seq(), self.session_id, self.point_id))
        self.closed = False

    # --- what the screen shows ---------------------------------------------------------

    def _excused(self, member: ExpectedMember) -> bool:
        record = self.records.get(member.member_id)
        if record is not None:
            return record.status == "excused"
        return member.excused_for_event

    # Running tallies: a scan changes one member, so the counters change by that member's
    # share instead of being counted again over everyone expected (thousands at a big point).

    def _share(self, member_id: str) -> tuple:
        record = self.records.get(member_id)
        present = record is not None and record.status == "present"
        member = self.expected.get(member_id)
        if member is None:
            return ("walk_in", present and record.point_id == self.point_id)
        excused = not present and self._excused(member)
        return (member.unit_id, present, excused, present and record.late_minutes > 0)

    def _tally(self, member_id: str, sign: int) -> None:
        share = self._share(member_id)
        if share[0] == "walk_in":
            self._walk_ins += sign * share[1]
            return
        unit_id, present, excused, late = share
        unit = self._by_unit[unit_id]
        if excused:
            self._excused_count += sign
            return
        unit[2] += sign
        unit[1] += sign * present
        self._present += sign * present
        self._late += sign * late

    def _set_record(self, member_id: str, record: _Record | None) -> None:
        self._tally(member_id, -1)
        if record is None:
            self.records.pop(member_id, None)
        else:
            self.records[member_id] = record
        self._tally(member_id, +1)

    def _count_all(self) -> None:
        self._present = self._late = self._excused_count = self._walk_ins = 0
        self._by_unit: dict[str, list] = {m.unit_id: [m.unit_name, 0, 0] for m in self.expected.values()}
        for member_id in {*self.expected, *self.records}:
            self._tally(member_id, +1)

    def counts(self) -> StationCounts:
        by_unit = sorted((UnitCount(name, p, e) for name, p, e in self._by_unit.values() if e),
                         key=lambda u: (u.present / u.expected, vntext.fold(u.unit_name)))
        present, late, excused, walk_ins = self._present, self._late, self._excused_count, self._walk_ins
        return StationCounts(present, len(self.expected) - excused, late, excused, walk_ins, by_unit)

    def recent(self, limit: int = 8) -> list[ScanResult]:
        """The latest check-ins at this point, newest first (they survive a restart)."""
        here = [r for r in self.records.values() if r.point_id == self.point_id and r.status == "present"]
        here.sort(key=lambda r: r.arrived_at or datetime.min, reverse=True)
        results = []
        for record in here[:limit]:
            name, unit = self._person(record.member_id)
            results.append(ScanResult(CHECKED_IN, member_id=record.member_id, full_name=name, unit_name=unit,
                                      attendance_id=record.attendance_id, at=record.arrived_at,
                                      late_minutes=record.late_minutes, source=record.source))
        return results

    def _state(self, member_id: str) -> tuple[str, datetime | None]:
        record = self.records.get(member_id)
        if record is not None and record.status == "present":
            return "present", record.arrived_at
        member = self.expected.get(member_id)
        if member is not None:
            return ("excused" if self._excused(member) else "waiting"), None
        return ("elsewhere" if member_id in self.invited_elsewhere else "not_invited"), None

    def search(self, text: str, limit: int = 30) -> list[SearchHit]:
        """Members whose name (or card number, phone) holds every word of ``text``, tones
        and case ignored: this point's list first, then anyone else on the roster."""
        words = vntext.fold(text).split()
        if not words:
            return []
        hits = [m.member_id for m in self.expected.values() if all(w in m.search_text for w in words)][:limit]
        from desktop.core.members import fts_query

        query = fts_query(text)
        if len(hits) < limit and query:  # punctuation alone makes no full-text query (and a syntax error)
            rows = self._db_conn.conn.execute(
                "SELECT m.id FROM members_fts f JOIN members m ON m.rowid = f.rowid "
                "WHERE members_fts MATCH ? AND m.deleted_at IS NULL ORDER BY m.sort_key LIMIT ?",
                (query, limit)).fetchall()
            hits += [r[0] for r in rows if r[0] not in self.expected][:limit - len(hits)]
        result = []
        for member_id in hits:
            name, unit = self._person(member_id)
            state, at = self._state(member_id)
            result.append(SearchHit(member_id, name, unit, state, at))
        return result

    def hit(self, member_id: str) -> SearchHit:
        """Where one member stands now: their row of :meth:`search` or :meth:`expected_list`
        made afresh after a scan, an undo or an excuse changed it."""
        name, unit = self._person(member_id)
        return SearchHit(member_id, name, unit, *self._state(member_id))

    def expected_list(self) -> list[SearchHit]:
        """Everyone expected here in name order with where they stand."""
        return [SearchHit(m.member_id, m.full_name, m.unit_name, *self._state(m.member_id))
                for m in self.expected.values()]


# --- marking many at once: paper sheets, files ---------------------------------------------


_RANGE = re.compile(r"^(\d+)-(\d+)$")


def parse_row_numbers(text: str, highest: int) -> list[int]:
    """'1, 3 5-9' → [1, 3, 5, 6, 7, 8, 9]: the row numbers of a signed sheet, in the
    order given, without repeats. Raises ValidationError naming the bad part."""
    numbers: list[int] = []
    for part in re.split(r"[,;\s]+", re.sub(r"\s*[-–]\s*", "-", text.strip())):
        part = part.strip()
        if not part:
            continue
        match = _RANGE.match(part)
        if match:
            first, last = int(match.group(1)), int(match.group(2))
            if first > last:
                raise ValidationError(tr("Khoảng «{part}» ngược: số đầu phải nhỏ hơn số cuối.").format(part=part),
                                      "rows")
            values = range(first, last + 1)
        elif part.isdigit():
            values = [int(part)]
        else:
            raise ValidationError(tr("«{part}» không phải số thứ tự hay khoảng số (ví dụ 1, 3, 5-9).").format(
                part=part), "rows")
        for value in values:
            if not 1 <= value <= highest:
                raise ValidationError(tr("Số thứ tự {number} ngoài danh sách (từ 1 đến {highest}).").format(
                    number=value, highest=highest), "rows")
            if value not in numbers:
                numbers.append(value)
    return numbers


@dataclass(frozen=True)
class MarkResult:
    recorded: int
    already: int
    not_invited: list[str]

    def as_dict(self) -> dict:
        return {"recorded": self.recorded, "already": self.already, "not_invited": self.not_invited}


def mark_present(db: Database, event_id: str, session_id: str, bridge_point_id: str, member_ids: Iterable[str], *,
                 source: str = "paper", admit: bool = True,
                 arrivals: dict[str, datetime] | None = None) -> MarkResult:
    """Mark many members present in one transaction (a signed sheet typed in afterwards,
    a file). ``arrivals`` gives local arrival times where known; the others are recorded
    at the session's start and so not late. Members already recorded stay as they are."""
    station = CheckInStation(db, event_id, session_id, bridge_point_id)
    arrivals = arrivals or {}
    try:
        recorded = already = 0
        not_invited = []
        with station.batch():
            for member_id in dict.fromkeys(member_ids):
                arrived = arrivals.get(member_id) or station.session_start
                result = station.check_in(member_id, source=source, admit=admit, arrived_at=arrived.astimezone())
                if result.outcome == CHECKED_IN:
                    recorded += 1
                elif result.outcome == ALREADY:
                    already += 1
                else:
                    not_invited.append(result.full_name or member_id)
        return MarkResult(recorded, already, not_invited)
    finally:
        station.close_connection()


def resolve_session_and_point(db: Database, event_id: str, session_ref: str, point_ref: str) -> tuple[str, str]:
    """The session and point a command line names: a number in the plan's order (1, 2…),
    the first characters of an id, or (for a point) words of its name."""
    from desktop.core.events import load_event_plan

    plan = load_event_plan(db, event_id)
    sessions = plan.sorted_sessions()
    session_id = _pick(session_ref, [(s.id, s.label) for s in sessions],
                       tr("Không có buổi «{reference}». Các buổi: {listing}."),
                       tr("«{reference}» khớp {count} buổi; hãy chọn theo số thứ tự: {listing}."))
    point_id = _pick(point_ref, [(p.id, p.name) for p in plan.bridge_points],
                     tr("Không có điểm cầu «{reference}». Các điểm cầu: {listing}."),
                     tr("«{reference}» khớp {count} điểm cầu; hãy chọn theo số thứ tự: {listing}."))
    return session_id, point_id


def _pick(reference: str, choices: Sequence[tuple[str, str]], missing: str, ambiguous: str) -> str:
    """The id ``reference`` names among ``choices``; ``missing`` and ``ambiguous`` are the
    messages (with ``{reference}``, ``{listing}`` and, for ``ambiguous``, ``{count}``)."""
    reference = reference.strip()
    listing = "; ".join(f"{i}. {label}" for i, (_, label) in enumerate(choices, start=1))
    if reference.isdigit() and 1 <= int(reference) <= len(choices):
        return choices[int(reference) - 1][0]
    matches = [cid for cid, _ in choices if cid.startswith(reference.lower())] if len(reference) >= 4 else []
    if not matches:
        words = vntext.fold(reference).split()
        matches = [cid for cid, label in choices if words and all(w in vntext.fold(label) for w in words)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFoundError(missing.format(reference=reference, listing=listing))
    raise NotFoundError(ambiguous.format(reference=reference, count=len(matches), listing=listing))


def count_sources(db: Database, event_id: str) -> Counter:
    """How the event's check-ins were taken (scan, search, paper…), for the summary."""
    with db.engine.connect() as conn:
        return Counter(dict(conn.exec_driver_sql(
            "SELECT source, count(*) FROM attendances WHERE event_id = ? AND deleted_at IS NULL "
            "AND status = 'present' GROUP BY source", (event_id,)).all()))
