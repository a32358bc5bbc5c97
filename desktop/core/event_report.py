"""The report on a study conference (báo cáo kết quả học tập, quán triệt …) in the Union's
document format, from the event's records: PDF and .xlsx with the same figures.

Sections: the organisation (sessions, bridge points), participation per session and
point and per unit with a chart, the awareness test per unit with the distribution of
best scores, the essays per unit, then the officer's own words (assessment, difficulties,
proposals), the signature with the recipients, and the annexes: members not yet passed,
essays forwarded to the province. Every figure comes from the same summaries the screens
show; an event with nothing recorded yet gives zeros, never an error.

The report takes a number of the office's yearly sequence the first time it is issued
and keeps it (``issue_number``); the officer's text is kept with the event as a draft.
"""

# i18n: vi-module — the texts of this module are the Union's Vietnamese documents.

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.core import vntext
from desktop.core.attendance_summary import AttendanceSummary, UnitRow, add_attendance_sheets, attendance_summary
from desktop.core.errors import NotFoundError
from desktop.core.essays import EssaySummary, RegisterRow, add_essay_sheets, essay_register, essay_summary, load_rules
from desktop.core.events import EventPlan, load_event_plan
from desktop.core.list_sheet import ListBook
from desktop.core.office_documents import OfficeStyle, office_style, take_document_number
from desktop.core.pdfdoc import OfficialDocument
from desktop.core.quiz_summary import QuizSummary, add_quiz_sheets, quiz_summary
from desktop.core.quizzes import load_quiz
from desktop.core.records import new_record_fields, touch
from desktop.core.units import load_tree
from desktop.db.engine import Database
from desktop.db.models import Event, ReportDraft
from desktop.i18n import tr

DOC_TYPE = "BC"
SCORE_BINS = [(0, 49.9, "Dưới 50"), (50, 59.9, "50–59"), (60, 69.9, "60–69"), (70, 79.9, "70–79"),
              (80, 89.9, "80–89"), (90, 100, "90–100")]


@dataclass
class ReportText:
    assessment: str = ""
    difficulties: str = ""
    proposals: str = ""
    doc_number: int | None = None
    issued_on: date | None = None


def load_report_text(db: Database, event_id: str) -> ReportText:
    with db.session() as session:
        row = session.scalar(select(ReportDraft).where(ReportDraft.event_id == event_id,
                                                       ReportDraft.deleted_at.is_(None)))
        if row is None:
            return ReportText()
        return ReportText(row.assessment, row.difficulties, row.proposals, row.doc_number, row.issued_on)


def _paragraphs(text: str) -> str:
    """NFC, spaces tidied within each line, the officer's line breaks kept."""
    return "\n".join(line for line in (vntext.normalize(part) for part in text.splitlines()) if line)


def save_report_text(db: Database, event_id: str, text: ReportText) -> None:
    """Keep the officer's words with the event (the number and date are the issue's)."""
    values = {"assessment": _paragraphs(text.assessment), "difficulties": _paragraphs(text.difficulties),
              "proposals": _paragraphs(text.proposals)}
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None or event.deleted_at is not None:
            raise NotFoundError(tr("Không tìm thấy hội nghị (có thể đã bị xóa)."))
        row = session.scalar(select(ReportDraft).where(ReportDraft.event_id == event_id,
                                                       ReportDraft.deleted_at.is_(None)))
        if row is None:
            session.add(ReportDraft(event_id=event_id, **values, doc_number=None, issued_on=None,
                                    **new_record_fields(db, session, event.organiser_unit_id)[0]))
        elif any(getattr(row, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            touch(row, session)


def issue_number(db: Database, event_id: str, on: date | None = None) -> tuple[int, date]:
    """The report's number and date: taken from the year's sequence the first time."""
    held = load_report_text(db, event_id)
    if held.doc_number is not None and held.issued_on is not None:
        return held.doc_number, held.issued_on
    save_report_text(db, event_id, held)
    when = on or date.today()
    number = take_document_number(db, when.year)
    with db.session() as session:
        row = session.scalar(select(ReportDraft).where(ReportDraft.event_id == event_id,
                                                       ReportDraft.deleted_at.is_(None)))
        row.doc_number, row.issued_on = number, when
        touch(row, session)
    return number, when


@dataclass
class EventReport:
    plan: EventPlan
    attendance: AttendanceSummary
    quiz: QuizSummary | None
    essays: EssaySummary | None
    text: ReportText
    style: OfficeStyle
    number: int | None
    issued_on: date
    issuer_name: str = ""
    best_scores: list[float] = field(default_factory=list)
    forwarded: list[RegisterRow] = field(default_factory=list)

    @property
    def title_summary(self) -> str:
        subject = self.plan.resolution or self.plan.title
        return f"Kết quả học tập, quán triệt {subject}" if subject else "Kết quả học tập"

    def score_distribution(self) -> list[tuple[str, int]]:
        return [(label, sum(low <= s <= high for s in self.best_scores)) for low, high, label in SCORE_BINS]


def build_report(db: Database, event_id: str, *, on: date | None = None, number: int | None = None) -> EventReport:
    """Everything the report shows. ``number`` (from :func:`issue_number`) fills the
    number line; without it the number is left blank to be written in by hand."""
    plan = load_event_plan(db, event_id)
    text = load_report_text(db, event_id)
    when = on or text.issued_on or date.today()
    with_quiz = load_quiz(db, event_id) is not None or _has_rows(db, "quiz_attempts", event_id)
    with_essays = load_rules(db, event_id) is not None or _has_rows(db, "essays", event_id)
    quiz = quiz_summary(db, event_id) if with_quiz else None
    best = [s.best_percent for s in quiz.standings.values() if s.best_percent is not None] if quiz else []
    register = essay_register(db, event_id) if with_essays else []
    forwarded = [r for r in register if r.forward and r.essay_id]
    tree = load_tree(db)
    organiser = tree.by_id.get(plan.organiser_unit_id)
    names = _subordinate_names(tree, plan.organiser_unit_id) if organiser else {}
    attendance = attendance_summary(db, event_id)
    attendance = replace(attendance, units=_regrouped(attendance.units, names))
    essays = essay_summary(db, event_id, group=names, register=register) if with_essays else None
    return EventReport(plan, attendance, quiz, essays, text, office_style(db, plan.organiser_unit_id, when), number,
                       when, organiser.name if organiser else "", best, forwarded)


def _subordinate_names(tree, organiser_id: str) -> dict[str, str]:
    """Unit id → the name of the organiser's subordinate unit it belongs to: the report
    has a row per unit the organiser directs (its own members in a row of their own),
    as the quiz summary does."""
    organiser = tree.by_id[organiser_id]
    return {unit_id: (tree.by_id[group].name if group != organiser_id else f"{organiser.name} (cơ quan)")
            for unit_id, group in tree.subordinate_of(organiser_id).items()}


def _regrouped(rows: list[UnitRow], names: dict[str, str]) -> list[UnitRow]:
    """Attendance rows per branch summed into rows per subordinate unit (members belong
    to one branch each, so the sums still count everyone once)."""
    groups: dict[str, list[UnitRow]] = {}
    for row in rows:
        groups.setdefault(names.get(row.unit_id, row.unit_name), []).append(row)
    merged = []
    for name, members in groups.items():
        sessions = len(members[0].present_by_session)
        merged.append(UnitRow("", name, *(sum(getattr(r, f) for r in members)
                                          for f in ("invited", "attended", "late", "excused", "absent", "walk_ins")),
                              [sum(r.present_by_session[i] for r in members) for i in range(sessions)]))
    return sorted(merged, key=lambda r: vntext.fold(r.unit_name))


def _has_rows(db: Database, table: str, event_id: str) -> bool:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(f"SELECT 1 FROM {table} WHERE event_id = ? AND deleted_at IS NULL LIMIT 1",
                                    (event_id,)).first() is not None


def _percent(value: float) -> str:
    return vntext.format_percent(value, keep_zero_decimal=True)


# --- PDF ------------------------------------------------------------------------------------


def write_report_pdf(report: EventReport, path: str | Path) -> Path:
    from desktop.core.report_charts import bar_chart

    plan = report.plan
    style = report.style
    document = OfficialDocument(style.letterhead, "Báo cáo", report.title_summary,
                                doc_number=str(report.number) if report.number else None,
                                doc_code=style.doc_code(DOC_TYPE))
    if plan.directive_code:
        issued = f" ngày {vntext.format_date(plan.directive_date)}" if plan.directive_date else ""
        by = f" của {plan.directive_issuer}" if plan.directive_issuer else ""
        document.paragraph(f"Thực hiện Hướng dẫn số {plan.directive_code}{issued}{by}, "
                           f"{_issuer_name(report)} báo cáo kết quả như sau:")
    else:
        document.paragraph(f"{_issuer_name(report)} báo cáo kết quả tổ chức «{plan.title}» như sau:")

    sessions = plan.sorted_sessions()
    document.paragraph("I. CÔNG TÁC TỔ CHỨC", "heading")
    if sessions:
        days = sorted({s.day for s in sessions})
        span = vntext.format_date(days[0]) + (f" đến {vntext.format_date(days[-1])}" if len(days) > 1 else "")
        topics = sum(len(s.topics) for s in sessions)
        document.paragraph(f"Hội nghị tổ chức {len(sessions)} buổi, từ {span}, với {topics} chuyên đề, "
                           f"tại {len(plan.bridge_points)} điểm cầu.")
    else:
        document.paragraph("Hội nghị chưa có buổi nào được lên lịch.")

    attendance = report.attendance
    document.paragraph("II. KẾT QUẢ THAM GIA", "heading")
    total = attendance.total
    document.paragraph(f"Tổng số người được triệu tập: {total.invited}; tham dự ít nhất một buổi: {total.attended} "
                       f"({_percent(total.rate)}); vắng có phép: {total.excused}; vắng không phép: {total.absent}; "
                       f"đến muộn: {total.late}; dự ngoài danh sách: {total.walk_ins}.")
    rows = []
    for session in attendance.sessions:
        for point in session.points:
            f = point.figures
            rows.append([session.label, point.point_name, f.invited, f.present, f.late, f.excused, f.absent,
                         _percent(f.rate)])
        f = session.figures
        rows.append([f"Cộng {session.label}", "", f.invited, f.present, f.late, f.excused, f.absent, _percent(f.rate)])
    if rows:
        document.paragraph("1. Theo buổi và điểm cầu", "bold")
        document.table(["Buổi", "Điểm cầu", "Triệu tập", "Có mặt", "Muộn", "Vắng có phép", "Vắng", "Tỉ lệ"], rows,
                       align=["left", "left", "right", "right", "right", "right", "right", "right"], font_size=11)
    if attendance.units:
        document.paragraph("2. Theo đơn vị", "bold")
        unit_rows = [[i, u.unit_name, u.invited, u.attended, u.excused, u.absent, _percent(u.rate)]
                     for i, u in enumerate(attendance.units, start=1)]
        unit_rows.append(["", "Tổng cộng", total.invited, total.attended, total.excused, total.absent,
                          _percent(total.rate)])
        document.table(["STT", "Đơn vị", "Triệu tập", "Có mặt", "Vắng có phép", "Vắng", "Tỉ lệ"], unit_rows,
                       align=["center", "left", "right", "right", "right", "right", "right"], font_size=11)
        document.figure(bar_chart([(u.unit_name, u.rate) for u in attendance.units if u.invited], document.frame_width,
                                  value_suffix="%", maximum=100),
                        "Biểu đồ 1. Tỉ lệ tham dự theo đơn vị (%)")

    document.paragraph("III. KIỂM TRA NHẬN THỨC", "heading")
    quiz = report.quiz
    if quiz is None:
        document.paragraph("Hội nghị này không tổ chức kiểm tra nhận thức.")
    else:
        t = quiz.total
        document.paragraph(f"Số đoàn viên phải kiểm tra: {t.to_test}; đã kiểm tra: {t.tested} "
                           f"({_percent(t.tested_rate)}); đạt: {t.passed} ({_percent(t.pass_rate)}); "
                           f"tổng số lượt thi: {t.attempts}; chưa đạt hoặc chưa kiểm tra: {len(quiz.not_passed)} "
                           "(Phụ lục 1).")
        quiz_rows = [[i, u.unit_name, u.to_test, u.tested, _percent(u.tested_rate), u.passed, _percent(u.pass_rate)]
                     for i, u in enumerate(quiz.units, start=1)]
        quiz_rows.append(["", "Tổng cộng", t.to_test, t.tested, _percent(t.tested_rate), t.passed,
                          _percent(t.pass_rate)])
        document.table(["STT", "Đơn vị", "Phải kiểm tra", "Đã kiểm tra", "Tỉ lệ", "Đạt", "Tỉ lệ đạt"], quiz_rows,
                       align=["center", "left", "right", "right", "right", "right", "right"], font_size=11)
        if report.best_scores:
            document.figure(bar_chart(report.score_distribution(), document.frame_width, horizontal=False),
                            "Biểu đồ 2. Phân bố điểm cao nhất của mỗi đoàn viên (số người)")

    document.paragraph("IV. BÀI THU HOẠCH", "heading")
    essays = report.essays
    if essays is None:
        document.paragraph("Hội nghị này không yêu cầu viết bài thu hoạch.")
    else:
        t = essays.total
        grades = "; ".join(f"{g}: {n}" for g, n in t.grades.items())
        document.paragraph(f"Số bài phải nộp: {t.required}; đã nộp: {t.received} (nộp muộn {t.late}); chưa nộp: "
                           f"{t.missing}; đã chấm: {t.graded} ({grades}); gửi Ban Tuyên giáo Tỉnh đoàn: "
                           f"{t.forwarded} bài (Phụ lục 2)."
                           + (f" Phát hiện {essays.confirmed_copies} bài sao chép." if essays.confirmed_copies else ""))
        essay_rows = [[i, u.unit_name, u.required, u.received, u.late, u.missing, *(u.grades[g] for g in essays.scale)]
                      for i, u in enumerate(essays.units, start=1)]
        essay_rows.append(["", "Tổng cộng", t.required, t.received, t.late, t.missing,
                           *(t.grades[g] for g in essays.scale)])
        document.table(["STT", "Đơn vị", "Phải nộp", "Đã nộp", "Muộn", "Chưa nộp", *essays.scale], essay_rows,
                       align=["center", "left", *["right"] * (4 + len(essays.scale))], font_size=11)

    text = report.text
    document.paragraph("V. ĐÁNH GIÁ CHUNG", "heading")
    document.paragraph(text.assessment or "(Chưa nhập nội dung đánh giá.)", "body" if text.assessment else "italic")
    if text.difficulties:
        document.paragraph("Khó khăn, hạn chế", "bold")
        document.paragraph(text.difficulties)
    document.paragraph("VI. ĐỀ XUẤT, KIẾN NGHỊ", "heading")
    document.paragraph(text.proposals or "Không có.", "body" if text.proposals else "italic")
    titles, name = style.signer
    document.signature_block((titles or ("NGƯỜI BÁO CÁO",), name), recipients=style.recipients)

    if quiz is not None:
        document.page_break()
        document.paragraph("PHỤ LỤC 1", "heading")
        document.paragraph("Danh sách đoàn viên chưa đạt hoặc chưa kiểm tra nhận thức", "bold")
        if quiz.not_passed:
            document.table(["STT", "Họ và tên", "Đơn vị", "Số lần thi", "Điểm cao nhất", "Ghi chú"],
                           [[i, m.full_name, m.unit_name, m.attempts or "", m.best_score,
                             "Chưa kiểm tra" if not m.attempts else "Chưa đạt"]
                            for i, m in enumerate(quiz.not_passed, start=1)],
                           align=["center", "left", "left", "right", "right", "left"], font_size=11)
        else:
            document.paragraph("Mọi đoàn viên đã đạt.", "italic")
    if essays is not None:
        document.page_break()
        document.paragraph("PHỤ LỤC 2", "heading")
        document.paragraph("Bài thu hoạch gửi Ban Tuyên giáo Tỉnh đoàn", "bold")
        if report.forwarded:
            document.table(["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Xếp loại"],
                           [[i, r.full_name, r.position_label, r.unit_name, r.grade]
                            for i, r in enumerate(report.forwarded, start=1)],
                           align=["center", "left", "left", "left", "left"], font_size=11)
        else:
            document.paragraph("Không có bài nào được đánh dấu gửi lên tỉnh.", "italic")
    return document.write(path)


def _issuer_name(report: EventReport) -> str:
    return f"Ban Thường vụ {report.issuer_name}" if report.issuer_name else "Đơn vị"


# --- .xlsx ------------------------------------------------------------------------------------


def write_report_xlsx(db: Database, report: EventReport, path: str | Path) -> Path:
    """The report's tables as a workbook, one sheet each, with totals and rates as formulas."""
    book = ListBook(report.style.letterhead)
    add_attendance_sheets(book, report.attendance)
    if report.quiz is not None:
        add_quiz_sheets(book, report.quiz)
    if report.essays is not None:
        add_essay_sheets(book, db, report.plan.id, report.plan.title)
    return book.save(path)
