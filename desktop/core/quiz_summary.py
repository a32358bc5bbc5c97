"""Where an event's awareness test stands: who must be tested, who was, who passed, who
is still missing — per unit and for the whole office.

Everyone active on the roster of the organising unit and the units under it must take
the test (the target is 100 %). Units are the organiser's direct subordinates (each
row counts its whole subtree) plus the organiser's own members. A member counts once
whatever the number of attempts or where they came from: *tested* with at least one
marked attempt, *passed* with at least one pass; the best score is kept.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from desktop.core import vntext
from desktop.core.attendance_summary import rate
from desktop.core.units import load_tree
from desktop.db.engine import Database
from desktop.db.models import Event
from desktop.i18n import tr


@dataclass(frozen=True)
class QuizUnitRow:
    unit_id: str
    unit_name: str
    to_test: int
    tested: int
    passed: int
    attempts: int

    @property
    def tested_rate(self) -> float:
        return rate(self.tested, self.to_test)

    @property
    def pass_rate(self) -> float:
        return rate(self.passed, self.to_test)

    def as_dict(self) -> dict:
        return {**asdict(self), "tested_rate": self.tested_rate, "pass_rate": self.pass_rate}


@dataclass(frozen=True)
class MemberStanding:
    member_id: str
    full_name: str
    unit_name: str
    attempts: int
    best_percent: float | None
    best_score: str          # "58/100", "" when never tested
    passed: bool


@dataclass(frozen=True)
class QuizSummary:
    event_id: str
    title: str
    units: list[QuizUnitRow]
    total: QuizUnitRow
    not_passed: list[MemberStanding] = field(default_factory=list)
    standings: dict[str, MemberStanding] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"event_id": self.event_id, "title": self.title, "units": [u.as_dict() for u in self.units],
                "total": self.total.as_dict(),
                "not_passed": [asdict(m) for m in self.not_passed]}


def quiz_summary(db: Database, event_id: str) -> QuizSummary:
    tree = load_tree(db)
    with db.session() as session:
        event = session.get(Event, event_id)
        title, organiser = event.title, event.organiser_unit_id
    group_of = tree.subordinate_of(organiser)
    organiser_info = tree.by_id[organiser]
    with db.engine.connect() as conn:
        members = conn.exec_driver_sql(
            "SELECT m.id, m.family_name, m.middle_name, m.given_name, m.branch_id, u.name FROM members m "
            "JOIN units u ON u.id = m.branch_id WHERE m.deleted_at IS NULL AND m.status = 'active' "
            "ORDER BY m.sort_key").all()
        attempts = conn.exec_driver_sql(
            "SELECT member_id, count(*), max(score_percent), max(passed), "
            "max(CASE WHEN submitted_at IS NOT NULL OR source != 'kiosk' THEN 1 ELSE 0 END) "
            "FROM quiz_attempts WHERE event_id = ? AND deleted_at IS NULL GROUP BY member_id", (event_id,)).all()
        best_rows = {r[0]: (r[1], r[2]) for r in conn.exec_driver_sql(
            "SELECT member_id, correct_count, question_count FROM quiz_attempts a WHERE event_id = ? AND "
            "deleted_at IS NULL AND score_percent = (SELECT max(score_percent) FROM quiz_attempts b WHERE "
            "b.event_id = a.event_id AND b.member_id = a.member_id AND b.deleted_at IS NULL)", (event_id,))}
    by_member = {r[0]: r[1:] for r in attempts}
    rows: dict[str, list[int]] = {}
    standings: dict[str, MemberStanding] = {}
    not_passed = []
    for member_id, family, middle, given, branch_id, unit_name in members:
        group = group_of.get(branch_id)
        if group is None:
            continue
        count, best, passed, tested = by_member.get(member_id, (0, None, 0, 0))
        counts = rows.setdefault(group, [0, 0, 0, 0])
        counts[0] += 1
        counts[1] += bool(tested)
        counts[2] += bool(passed)
        counts[3] += count
        right_total = best_rows.get(member_id)
        standing = MemberStanding(member_id, " ".join(f"{family} {middle} {given}".split()), unit_name, count,
                                  best, f"{right_total[0]}/{right_total[1]}" if right_total and right_total[0]
                                  is not None else "", bool(passed))
        standings[member_id] = standing
        if not passed:
            not_passed.append(standing)
    order = [u.id for u in tree.children.get(organiser, [])]
    units = []
    for group, counts in rows.items():
        name = tree.by_id[group].name if group != organiser else f"{organiser_info.name} (cơ quan)"  # i18n: vi
        units.append(QuizUnitRow(group, name, *counts))
    units.sort(key=lambda r: (r.unit_id != organiser, order.index(r.unit_id) if r.unit_id in order else 0,
                              vntext.fold(r.unit_name)))
    # The total's name is only shown on screens (documents write their own "Tổng cộng").
    total = QuizUnitRow("", tr("Tổng cộng"), *(sum(getattr(r, f) for r in units)
                                               for f in ("to_test", "tested", "passed", "attempts")))
    return QuizSummary(event_id, title, units, total, not_passed, standings)


def write_quiz_summary_xlsx(db: Database, summary: QuizSummary, path: str | Path) -> Path:
    """Per unit (totals and rates as formulas) and the list of members not yet passed."""
    from desktop.core.event_reports import organiser_letterhead
    from desktop.core.events import load_event_plan
    from desktop.core.list_sheet import ListBook

    plan = load_event_plan(db, summary.event_id)
    book = ListBook(organiser_letterhead(db, plan.organiser_unit_id, None))
    add_quiz_sheets(book, summary)
    return book.save(path)


def add_quiz_sheets(book, summary: QuizSummary) -> None:
    """The test's sheets (per unit, members not yet passed) added to a ``ListBook``."""
    # i18n: vi-begin — the Union's workbook, in Vietnamese
    by_unit = book.sheet("Kiểm tra theo đơn vị", "KẾT QUẢ KIỂM TRA NHẬN THỨC THEO ĐƠN VỊ", summary.title, [
        ("STT", 6), ("Đơn vị", 38), ("Số đoàn viên phải kiểm tra", 14), ("Đã kiểm tra", 12),
        ("Tỉ lệ đã kiểm tra (%)", 13), ("Đạt", 10), ("Tỉ lệ đạt (%)", 12), ("Số lượt thi", 11)])
    first = by_unit.header_row + 1
    for index, unit in enumerate(summary.units):
        r = first + index
        by_unit.write_row(r, [index + 1, unit.unit_name, unit.to_test, unit.tested,
                              f"=IF(C{r}=0,0,ROUND(D{r}/C{r}*100,1))", unit.passed,
                              f"=IF(C{r}=0,0,ROUND(F{r}/C{r}*100,1))", unit.attempts])
    last = first + len(summary.units) - 1
    r = last + 1

    def column_sum(letter: str) -> str | int:
        return f"=SUM({letter}{first}:{letter}{last})" if summary.units else 0

    by_unit.write_row(r, ["", "Tổng cộng", column_sum("C"), column_sum("D"), f"=IF(C{r}=0,0,ROUND(D{r}/C{r}*100,1))",
                          column_sum("F"), f"=IF(C{r}=0,0,ROUND(F{r}/C{r}*100,1))", column_sum("H")], bold=True)
    missing = book.sheet("Chưa đạt", "DANH SÁCH ĐOÀN VIÊN CHƯA ĐẠT / CHƯA KIỂM TRA", summary.title, [
        ("STT", 6), ("Họ và tên", 28), ("Đơn vị", 34), ("Số lần thi", 10), ("Điểm cao nhất", 13), ("Ghi chú", 20)])
    for index, member in enumerate(summary.not_passed):
        missing.write_row(missing.header_row + 1 + index, [
            index + 1, member.full_name, member.unit_name, member.attempts, member.best_score,
            "Chưa kiểm tra" if not member.attempts else "Chưa đạt"])
    # i18n: vi-end
