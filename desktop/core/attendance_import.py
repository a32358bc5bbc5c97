"""Attendance taken elsewhere, read from a spreadsheet: a list exported by another
check-in tool, a sign-in sheet typed up by a branch, a form's responses.

The file is previewed first: every row is matched to a member by the check-in code,
then the Union card number, the phone number, the name with the date of birth, and
last the name alone when exactly one invited member has it. Rows that match nobody are
listed with their row and column, never guessed. A column of marks ("Có mặt": x, có,
1…) keeps only the rows marked present; a column of times gives the arrival time (and
so lateness). Applying records the matched rows in one go; rows already recorded stay
as they are, so importing the same file again changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core import spreadsheet, vntext
from desktop.core.attendance import MarkResult, mark_present
from desktop.core.cards import normalize_code
from desktop.core.errors import InputFileError, Problem
from desktop.core.events import load_event_plan
from desktop.core.member_lookup import MemberLookup
from desktop.db.engine import Database
from desktop.i18n import N_, tr

# i18n: vi-begin — column names and marks as they appear in the files
ATTENDANCE_FIELDS: dict[str, list[str]] = {
    "seq": ["STT", "TT", "Số TT", "Số thứ tự"],
    "code": ["Mã thẻ", "Mã điểm danh", "Mã QR", "Mã thẻ điểm danh", "Mã check-in"],
    "card_number": ["Số thẻ", "Số thẻ đoàn viên", "Số thẻ ĐV", "Mã đoàn viên", "Mã ĐV"],
    "phone": ["Số điện thoại", "Điện thoại", "SĐT", "ĐT", "Di động"],
    "full_name": ["Họ và tên", "Họ tên", "Họ và tên đoàn viên", "Tên đoàn viên", "Họ tên đoàn viên"],
    "date_of_birth": ["Ngày sinh", "Năm sinh", "Ngày tháng năm sinh", "Ngày, tháng, năm sinh", "Sinh ngày"],
    "arrived": ["Giờ đến", "Thời gian", "Giờ điểm danh", "Thời điểm", "Thời gian điểm danh", "Check-in",
                "Dấu thời gian"],
    "present": ["Có mặt", "Điểm danh", "Tham dự", "Có mặt/Vắng"],
}
_IDENTIFYING = ("code", "card_number", "phone", "full_name")
_PRESENT_MARKS = {"x", "có", "co", "1", "✓", "✔", "v", "có mặt", "co mat", "đã đến", "da den", "yes", "true", "c"}
# i18n: vi-end
# "07:45", "7:45:00", "7h45", "7g45", "9 giờ", "9 giờ 5 phút" (folded: "gio", "phut")
_SPOKEN_TIME = re.compile(r"^(\d{1,2})\s*(?::|h|g|gio)\s*(\d{1,2})?\s*(?::\d{1,2}|p|phut)?$")
# How a row was matched, shown on the preview through tr().
_HOW = {"code": N_("mã thẻ"), "card_number": N_("số thẻ đoàn viên"), "phone": N_("số điện thoại"),
        "name_dob": N_("họ tên và ngày sinh"), "name": N_("họ tên")}


@dataclass(frozen=True)
class MatchedRow:
    row: int
    member_id: str
    full_name: str
    how: str
    arrived_at: dt.datetime | None  # local time
    state: str                      # "new", "already", "not_invited"


@dataclass
class AttendanceImportPreview:
    file: str
    sheet: str
    session_id: str
    bridge_point_id: str
    matched: list[MatchedRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped_absent: int = 0

    @property
    def unmatched(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def count(self, state: str) -> int:
        return sum(m.state == state for m in self.matched)

    def as_dict(self) -> dict:
        return {"file": self.file, "sheet": self.sheet, "new": self.count("new"), "already": self.count("already"),
                "not_invited": self.count("not_invited"), "unmatched": len(self.unmatched),
                "skipped_absent": self.skipped_absent,
                "matched": [{"row": m.row, "member_id": m.member_id, "full_name": m.full_name, "how": m.how,
                             "arrived_at": m.arrived_at.isoformat(timespec="minutes") if m.arrived_at else None,
                             "state": m.state} for m in self.matched],
                "problems": [p.as_dict() for p in self.problems]}


def _present(value: object) -> bool:
    text = vntext.normalize(spreadsheet.cell_text(value)).lower()
    return text in _PRESENT_MARKS


def _arrival(value: object, day: dt.date) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.time):
        return dt.datetime.combine(day, value.replace(second=0, microsecond=0))
    if isinstance(value, float) and 0 <= value < 1:  # an Excel time of day
        minutes = round(value * 24 * 60)
        return dt.datetime.combine(day, dt.time(minutes // 60, minutes % 60))
    text = spreadsheet.cell_text(value).strip()
    spoken = _SPOKEN_TIME.match(vntext.fold(text))
    if spoken:
        hour, minute = int(spoken.group(1)), int(spoken.group(2) or 0)
        if hour < 24 and minute < 60:
            return dt.datetime.combine(day, dt.time(hour, minute))
    for pattern in ("%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"):
        try:
            return dt.datetime.strptime(text, pattern)
        except ValueError:
            continue
    raise ValueError(tr("không đọc được giờ «{value}» (ví dụ đúng: 07:45)").format(
        value=spreadsheet.cell_text(value)))


class _Roster(MemberLookup):
    """The roster's lookups, plus the check-in codes and who is invited to the event."""

    def __init__(self, db: Database, event_id: str):
        super().__init__(db)
        with db.engine.connect() as conn:
            self.codes = dict(conn.exec_driver_sql(
                "SELECT code, member_id FROM member_cards WHERE deleted_at IS NULL").all())
            self.invited = {row[0]: row[1] for row in conn.exec_driver_sql(
                "SELECT member_id, bridge_point_id FROM invitations WHERE event_id = ? AND deleted_at IS NULL",
                (event_id,))}
        self.invited_by_name: dict[str, list[str]] = {}
        for member_id in self.invited:
            member = self.members.get(member_id)
            if member:
                self.invited_by_name.setdefault(member.folded, []).append(member_id)


def preview_attendance_file(db: Database, event_id: str, session_id: str, bridge_point_id: str,
                            path: str | Path) -> AttendanceImportPreview:
    plan = load_event_plan(db, event_id)
    session = plan.session(session_id)
    point = plan.bridge_point(bridge_point_id)
    if session is None or point is None:
        raise InputFileError(tr("Buổi hoặc điểm cầu đã chọn không thuộc hội nghị này."))
    path = Path(path)
    found = [(sheet, layout) for sheet in spreadsheet.read_sheets(path)
             if (layout := spreadsheet.locate_table(sheet, ATTENDANCE_FIELDS, [_IDENTIFYING])) is not None]
    if not found:
        raise InputFileError(tr(
            "Tệp {file}: không tìm thấy bảng điểm danh. Cần một dòng tiêu đề có ít nhất một cột "
            "«Mã thẻ», «Số thẻ», «Số điện thoại» hoặc «Họ và tên».").format(file=path.name))
    sheet, layout = max(found, key=lambda f: len(f[1].fields))
    preview = AttendanceImportPreview(path.name, sheet.name, session_id, bridge_point_id)
    roster = _Roster(db, event_id)
    with db.engine.connect() as conn:
        recorded = {row[0] for row in conn.exec_driver_sql(
            "SELECT member_id FROM attendances WHERE session_id = ? AND deleted_at IS NULL AND status = 'present'",
            (session_id,))}
    seen: dict[str, int] = {}

    def problem(severity: str, message: str, row: int, field_name: str | None = None) -> None:
        column = layout.column(field_name) if field_name else None
        preview.problems.append(Problem(severity, message, sheet.name, row, column.letter if column else "",
                                        column.header if column else "", path.name))

    for row_number, record in spreadsheet.iter_records(sheet, layout):
        if layout.has("present") and not _present(record.get("present")):
            preview.skipped_absent += 1
            continue
        member_id, how = _match(record, roster)
        if member_id is None:
            given = next((f for f in ("full_name", "code", "card_number", "phone")
                          if not spreadsheet.is_blank(record.get(f))), None)
            if given is None:
                continue
            problem("error", tr("không tìm thấy đoàn viên «{given}» ({reason})").format(
                given=spreadsheet.cell_text(record.get(given)), reason=how), row_number, given)
            continue
        if member_id in seen:
            problem("warning", tr("{name} đã có ở dòng {row}: bỏ qua dòng này").format(
                name=roster.members[member_id].full_name, row=seen[member_id]), row_number)
            continue
        seen[member_id] = row_number
        arrived = None
        if layout.has("arrived") and not spreadsheet.is_blank(record.get("arrived")):
            try:
                arrived = _arrival(record.get("arrived"), session.day)
            except ValueError as exc:
                problem("warning", tr("{error}; ghi giờ bắt đầu buổi").format(error=exc), row_number, "arrived")
        invited_point = roster.invited.get(member_id, "none")
        state = "already" if member_id in recorded else "new" if invited_point == bridge_point_id else "not_invited"
        preview.matched.append(MatchedRow(row_number, member_id, roster.members[member_id].full_name, tr(_HOW[how]),
                                          arrived, state))
    return preview


def _match(record: dict, roster: _Roster) -> tuple[str | None, str]:
    """The member a row names and how it was found; (None, why) when nobody or several."""
    code_cell = record.get("code")
    if not spreadsheet.is_blank(code_cell):
        code = normalize_code(spreadsheet.cell_text(code_cell))
        if code and code in roster.codes:
            return roster.codes[code], "code"
    member_id = roster.by_card(record.get("card_number"))
    if member_id:
        return member_id, "card_number"
    member_id = roster.by_phone(record.get("phone"))
    if member_id:
        return member_id, "phone"
    name = vntext.fold(spreadsheet.cell_text(record.get("full_name")))
    if not name:
        return None, tr("không có mã thẻ, số thẻ hay số điện thoại khớp")
    if not spreadsheet.is_blank(record.get("date_of_birth")):
        candidates = roster.by_name_and_birth(name, record.get("date_of_birth")) or set()
        if len(candidates) == 1:
            return next(iter(candidates)), "name_dob"
        if len(candidates) > 1:
            return None, tr("nhiều người trùng họ tên và ngày sinh")
    invited = roster.invited_by_name.get(name, [])
    if len(invited) == 1:
        return invited[0], "name"
    if len(invited) > 1:
        return None, tr("nhiều người được mời trùng họ tên: cần thêm ngày sinh hoặc số thẻ")
    return None, tr("không có trong danh sách được mời")


def apply_attendance_import(db: Database, event_id: str, preview: AttendanceImportPreview, *,
                            admit_not_invited: bool = True) -> MarkResult:
    """Record the preview's matched rows present (those already recorded stay as they
    are); members not on the point's list only with ``admit_not_invited``."""
    rows = [m for m in preview.matched if m.state != "not_invited" or admit_not_invited]
    return mark_present(db, event_id, preview.session_id, preview.bridge_point_id, [m.member_id for m in rows],
                        source="import", arrivals={m.member_id: m.arrived_at for m in rows if m.arrived_at})
