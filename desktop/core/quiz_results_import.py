"""Test results from elsewhere — the national app's export, another office's list, paper
results typed into a sheet — matched to the roster and recorded as attempts.

Layouts differ: columns are named differently, a score may be "75/100", "75%", 7.5 (out
of 10) or split into right answers and question count, and a person may appear once per
attempt. Each row is matched to a member by phone, then Union card number, then name
with date of birth; failing those, a close spelling of the name (and the unit when the
file names it) is *offered* for the officer to confirm, never applied on its own. Rows
that match nobody are listed for linking by hand. Each attempt gets a key made of what
identifies it in the file, so importing the same file again adds nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from sqlalchemy import func

from desktop.core import spreadsheet, vntext
from desktop.core.errors import InputFileError, Problem
from desktop.core.member_lookup import MemberLookup
from desktop.core.quizzes import DEFAULT_PASS_PERCENT, load_quiz
from desktop.core.records import new_record_fields
from desktop.db.engine import Database
from desktop.db.models import Member, QuizAttempt
from desktop.i18n import tr

# i18n: vi-begin — column names as they appear in the files
RESULT_FIELDS: dict[str, list[str]] = {
    "seq": ["STT", "TT", "Số TT", "Số thứ tự"],
    "full_name": ["Họ và tên", "Họ tên", "Họ và tên đoàn viên", "Tên đoàn viên", "Người dự thi", "Thí sinh"],
    "date_of_birth": ["Ngày sinh", "Năm sinh", "Ngày tháng năm sinh", "Ngày, tháng, năm sinh", "Sinh ngày"],
    "phone": ["Số điện thoại", "Điện thoại", "SĐT", "ĐT", "Tài khoản", "Số điện thoại đăng ký"],
    "card_number": ["Số thẻ", "Số thẻ đoàn viên", "Mã đoàn viên", "Mã ĐV"],
    "unit": ["Đơn vị", "Chi đoàn", "Đơn vị sinh hoạt", "Cơ sở đoàn"],
    "attempt_no": ["Lần thi", "Lượt thi", "Lần", "Lần kiểm tra"],
    "correct": ["Số câu đúng", "Số câu trả lời đúng", "Câu đúng"],
    "total": ["Tổng số câu", "Số câu hỏi", "Tổng câu"],
    "score": ["Điểm", "Điểm số", "Kết quả điểm", "Điểm thi", "Tỷ lệ đúng", "Tỉ lệ đúng"],
    "submitted_at": ["Thời điểm nộp bài", "Thời gian nộp bài", "Ngày thi", "Thời gian nộp", "Ngày kiểm tra",
                     "Thời điểm"],
    "minutes": ["Thời gian làm bài", "Thời gian làm bài (phút)", "Số phút"],
    "result": ["Kết quả", "Xếp loại", "Đạt/Chưa đạt"],
}
# i18n: vi-end
_REQUIRED = [("full_name", "phone", "card_number"), ("score", ("correct", "total"), "correct")]
FUZZY_THRESHOLD = 0.85


@dataclass(frozen=True)
class ResultRow:
    row: int
    name: str
    attempt_no: int | None
    correct: int
    total: int
    percent: float
    submitted_at: dt.datetime | None
    minutes: int | None
    key: str = ""


@dataclass(frozen=True)
class Suggestion:
    member_id: str
    full_name: str
    unit_name: str
    date_of_birth: str
    similarity: float


@dataclass
class ResultsPreview:
    file: str
    sheet: str
    event_id: str
    matched: list[tuple[ResultRow, str, str]] = field(default_factory=list)      # (row, member id, how)
    suggested: list[tuple[ResultRow, Suggestion]] = field(default_factory=list)  # to confirm
    unmatched: list[ResultRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    already: int = 0  # matched attempts already recorded (same key)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def as_dict(self) -> dict:
        return {"file": self.file, "sheet": self.sheet,
                "matched": len({m for _, m, _ in self.matched}),
                "attempts": len(self.matched), "already_recorded": self.already,
                "suggested": [{"row": r.row, "name": r.name, "member_id": s.member_id, "member_name": s.full_name,
                               "unit": s.unit_name, "similarity": round(s.similarity, 3)} for r, s in self.suggested],
                "unmatched": [{"row": r.row, "name": r.name} for r in self.unmatched],
                "errors": [p.as_dict() for p in self.errors],
                "warnings": [p.as_dict() for p in self.problems if p.severity == "warning"]}


def parse_score(value: object, total_hint: int | None = None) -> tuple[int, int]:
    """'75/100' → (75, 100); '75%' or 0.75 → (75, 100); 7.5 → (75, 100) as a mark out of
    10; a bare count with ``total_hint`` → (count, hint). ValueError otherwise."""
    if isinstance(value, bool) or spreadsheet.is_blank(value):
        raise ValueError(tr("ô trống, không có điểm"))
    text = spreadsheet.cell_text(value).replace(",", ".").replace(" ", "")
    fraction = re.fullmatch(r"(\d+(?:\.\d+)?)/(\d+(?:\.\d+)?)", text)
    if fraction:
        right, total = float(fraction.group(1)), float(fraction.group(2))
        if total <= 0 or right > total:
            raise ValueError(tr("điểm «{text}» không hợp lệ").format(text=text))
        return round(right), round(total)
    percent = re.fullmatch(r"(\d+(?:\.\d+)?)%", text)
    if percent:
        share = float(percent.group(1))
        if share > 100:
            raise ValueError(tr("tỉ lệ «{text}» vượt 100%").format(text=text))
        return round(share), 100
    try:
        number = float(text)
    except ValueError:
        raise ValueError(tr("không đọc được điểm «{value}» (ví dụ: 75/100, 75%, 7,5)").format(
            value=spreadsheet.cell_text(value))) from None
    if total_hint:
        if number > total_hint:
            raise ValueError(tr("{correct} câu đúng mà đề chỉ có {total} câu").format(
                correct=f"{number:g}", total=total_hint))
        return round(number), total_hint
    if 0 <= number <= 1 and not float(number).is_integer():
        return round(number * 100), 100
    if 0 <= number <= 10:
        return round(number * 10), 100
    if 0 <= number <= 100:
        return round(number), 100
    raise ValueError(tr("điểm «{text}» vượt 100").format(text=text))


class _Roster(MemberLookup):
    """The roster's lookups, plus the indexes that find close spellings of a name."""

    def __init__(self, db: Database):
        super().__init__(db)
        self.by_given: dict[str, list[str]] = {}
        self.by_family_middle: dict[str, list[str]] = {}
        for member in self.members.values():
            words = member.folded.split()
            self.by_given.setdefault(words[-1] if words else "", []).append(member.member_id)
            self.by_family_middle.setdefault(" ".join(words[:-1]), []).append(member.member_id)

    def suggest(self, name_folded: str, unit_folded: str, birth: dt.date | None) -> Suggestion | None:
        """The closest spelling among members who share the given name or the family and
        middle names (one part of a name is rarely misspelt with another), preferring the
        file's unit and birth date."""
        words = name_folded.split()
        if not words:
            return None
        candidates = set(self.by_given.get(words[-1], [])) | set(self.by_family_middle.get(" ".join(words[:-1]), []))
        best, best_score, best_likeness = None, 0.0, 0.0
        for member_id in candidates:
            member = self.members[member_id]
            likeness = SequenceMatcher(None, name_folded, member.folded).ratio()
            score = likeness  # the unit and the birth date only rank close spellings
            member_unit = vntext.fold(member.unit_name)
            if unit_folded and (unit_folded in member_unit or member_unit in unit_folded):
                score += 0.05
            if birth is not None and member.birth == birth.isoformat():
                score += 0.1
            if score > best_score:
                best, best_score, best_likeness = member_id, score, likeness
        if best is None or best_score < FUZZY_THRESHOLD:
            return None
        member = self.members[best]
        # What the officer sees is how alike the names are, not the ranking with its bonuses.
        return Suggestion(best, member.full_name, member.unit_name, member.birth, best_likeness)


def _attempt_key(event_id: str, member_id: str, row: ResultRow) -> str:
    when = row.submitted_at.isoformat() if row.submitted_at else ""
    text = "|".join([event_id, member_id, str(row.attempt_no or ""), when, str(row.correct), str(row.total)])
    return hashlib.sha256(text.encode()).hexdigest()


def preview_results_file(db: Database, event_id: str, path: str | Path) -> ResultsPreview:
    path = Path(path)
    found = [(sheet, layout) for sheet in spreadsheet.read_sheets(path)
             if (layout := spreadsheet.locate_table(sheet, RESULT_FIELDS, _REQUIRED)) is not None]
    if not found:
        raise InputFileError(tr("Tệp {file}: không tìm thấy bảng kết quả kiểm tra. Cần một dòng tiêu đề có «Họ và "
                                "tên» (hoặc «Số điện thoại») và «Điểm» (hoặc «Số câu đúng»).").format(file=path.name))
    sheet, layout = max(found, key=lambda f: len(f[1].fields))
    preview = ResultsPreview(path.name, sheet.name, event_id)
    roster = _Roster(db)
    with db.engine.connect() as conn:
        held = {r[0] for r in conn.exec_driver_sql(
            "SELECT import_key FROM quiz_attempts WHERE event_id = ? AND import_key IS NOT NULL AND deleted_at IS NULL",
            (event_id,))}

    def problem(severity: str, message: str, row: int, field_name: str | None = None) -> None:
        column = layout.column(field_name) if field_name else None
        preview.problems.append(Problem(severity, message, sheet.name, row, column.letter if column else "",
                                        column.header if column else "", path.name))

    seen_keys: set[str] = set()
    for row_number, record in spreadsheet.iter_records(sheet, layout):
        name = vntext.normalize(spreadsheet.cell_text(record.get("full_name")))
        total_hint = None
        if layout.has("total") and not spreadsheet.is_blank(record.get("total")):
            try:
                total_hint = round(float(spreadsheet.cell_text(record.get("total")).replace(",", ".")))
            except ValueError:
                problem("error", tr("tổng số câu «{value}» không phải số").format(
                    value=spreadsheet.cell_text(record.get("total"))),
                        row_number, "total")
                continue
        score_field = "correct" if layout.has("correct") and not spreadsheet.is_blank(record.get("correct")) \
            else "score"
        try:
            correct, total = parse_score(record.get(score_field), total_hint if score_field == "correct" else None)
        except ValueError as exc:
            if not name and spreadsheet.is_blank(record.get(score_field)):
                continue
            problem("error", str(exc), row_number, score_field)
            continue
        submitted = None
        if layout.has("submitted_at") and not spreadsheet.is_blank(record.get("submitted_at")):
            value = record.get("submitted_at")
            if isinstance(value, dt.datetime):
                submitted = value
            else:
                try:
                    submitted = dt.datetime.combine(spreadsheet.parse_date(value)[0], dt.time())
                except ValueError as exc:
                    problem("warning", tr("thời điểm nộp bài: {error}").format(error=exc), row_number, "submitted_at")
        attempt_no = None
        if layout.has("attempt_no") and not spreadsheet.is_blank(record.get("attempt_no")):
            try:
                attempt_no = int(float(spreadsheet.cell_text(record.get("attempt_no"))))
            except ValueError:
                problem("warning", tr("lần thi không phải số: bỏ qua"), row_number, "attempt_no")
        minutes = None
        if layout.has("minutes") and not spreadsheet.is_blank(record.get("minutes")):
            try:
                minutes = round(float(spreadsheet.cell_text(record.get("minutes")).replace(",", ".")))
            except ValueError:
                pass
        result = ResultRow(row_number, name, attempt_no, correct, total, round(100.0 * correct / total, 1),
                           submitted, minutes)
        member_id, how = _match(record, roster)
        if member_id is None:
            birth = None
            if not spreadsheet.is_blank(record.get("date_of_birth")):
                try:
                    birth = spreadsheet.parse_date(record.get("date_of_birth"))[0]
                except ValueError:
                    pass
            suggestion = roster.suggest(vntext.fold(name), vntext.fold(spreadsheet.cell_text(record.get("unit"))),
                                        birth) if name else None
            if suggestion is not None:
                preview.suggested.append((result, suggestion))
            else:
                preview.unmatched.append(result)
            continue
        key = _attempt_key(event_id, member_id, result)
        if key in seen_keys:
            problem("warning", tr("{name}: kết quả trùng với một dòng ở trên, chỉ lấy một lần").format(
                name=name), row_number)
            continue
        seen_keys.add(key)
        if key in held:
            preview.already += 1
        preview.matched.append((ResultRow(**{**result.__dict__, "key": key}), member_id, how))
    return preview


def _match(record: dict, roster: _Roster) -> tuple[str | None, str]:
    member_id = roster.by_phone(record.get("phone"))
    if member_id:
        return member_id, tr("số điện thoại")
    member_id = roster.by_card(record.get("card_number"))
    if member_id:
        return member_id, tr("số thẻ đoàn viên")
    name = vntext.fold(spreadsheet.cell_text(record.get("full_name")))
    if name and not spreadsheet.is_blank(record.get("date_of_birth")):
        found = roster.by_name_and_birth(name, record.get("date_of_birth")) or set()
        if len(found) == 1:
            return next(iter(found)), tr("họ tên và ngày sinh")
    return None, ""


def apply_results(db: Database, preview: ResultsPreview, *, links: dict[int, str] | None = None) -> int:
    """Record the matched attempts (and the suggested or unmatched rows the officer linked:
    ``links`` maps a row number to a member id) in one transaction. Attempts already
    recorded are skipped. Returns how many were added."""
    links = links or {}
    quiz = load_quiz(db, preview.event_id)
    pass_percent = quiz.pass_percent if quiz else DEFAULT_PASS_PERCENT
    rows = [(row, member_id) for row, member_id, _how in preview.matched]
    for row in [r for r, _ in preview.suggested] + preview.unmatched:
        if row.row in links:
            rows.append((ResultRow(**{**row.__dict__, "key": _attempt_key(preview.event_id, links[row.row], row)}),
                         links[row.row]))
    with db.session() as session:
        held = set(session.scalars(QuizAttempt.__table__.select().with_only_columns(QuizAttempt.import_key).where(
            QuizAttempt.event_id == preview.event_id, QuizAttempt.import_key.is_not(None),
            QuizAttempt.deleted_at.is_(None))))
        counts = dict(session.execute(QuizAttempt.__table__.select().with_only_columns(
            QuizAttempt.member_id, func.max(QuizAttempt.attempt_no)).where(
            QuizAttempt.event_id == preview.event_id, QuizAttempt.deleted_at.is_(None))
            .group_by(QuizAttempt.member_id)).all())
        new = []
        for row, member_id in rows:
            if row.key not in held:  # recorded before, or the same attempt linked twice
                held.add(row.key)
                new.append((row, member_id))
        new.sort(key=lambda item: (item[1], item[0].attempt_no or 0, item[0].submitted_at or dt.datetime.min))
        branches = dict(session.execute(Member.__table__.select().with_only_columns(Member.id, Member.branch_id)
                                        .where(Member.id.in_({m for _, m in new}))).all()) if new else {}
        books = new_record_fields(db, session, None, len(new)) if new else []
        for (row, member_id), book in zip(new, books):
            book["owner_unit_id"] = branches.get(member_id)
            number = row.attempt_no or (counts.get(member_id, 0) + 1)
            counts[member_id] = max(counts.get(member_id, 0), number)
            submitted = row.submitted_at or book["created_at"]
            session.add(QuizAttempt(
                event_id=preview.event_id, member_id=member_id, source="app", attempt_no=number,
                started_at=None, submitted_at=submitted, duration_seconds=(row.minutes or 0) * 60,
                elapsed_seconds=(row.minutes or 0) * 60, paper="[]", correct_count=row.correct,
                question_count=row.total, score_percent=row.percent, passed=row.percent >= pass_percent,
                import_key=row.key, **book))
        return len(new)

