"""The event's lists in the Union's document format: attendance per session and point,
test results per member, and the essay register — the same records as the screens and
the report, as PDFs an office files or sends."""

# i18n: vi-module — the texts of this module are the Union's Vietnamese documents.

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.core import vntext
from desktop.core.attendance import local_time
from desktop.core.attendance_summary import attendance_summary
from desktop.core.errors import ValidationError
from desktop.core.essays import essay_register
from desktop.core.events import load_event_plan
from desktop.core.invitations import list_invited
from desktop.core.office_documents import office_style
from desktop.core.pdfdoc import OfficialDocument
from desktop.core.quiz_summary import quiz_summary
from desktop.core.quizzes import load_quiz
from desktop.db.engine import Database
from desktop.i18n import tr


def percent(value: float) -> str:
    return vntext.format_percent(value, keep_zero_decimal=True)


def _document(db: Database, event_id: str, title: str, doc_type: str, on: date | None) -> tuple:
    plan = load_event_plan(db, event_id)
    style = office_style(db, plan.organiser_unit_id, on)
    document = OfficialDocument(style.letterhead, title, plan.title, doc_code=style.doc_code(doc_type))
    return plan, style, document


def _sign(document: OfficialDocument, style) -> None:
    titles, name = style.signer
    document.signature_block((titles or ("NGƯỜI LẬP DANH SÁCH",), name), recipients=style.recipients)


def write_attendance_list(db: Database, event_id: str, path: str | Path, *, on: date | None = None) -> int:
    """Who was there, session by session and point by point: arrival time, late, excused,
    absent; the figures of each point under its list. Returns the number of lines."""
    plan, style, document = _document(db, event_id, "Danh sách điểm danh", "DS", on)
    summary = attendance_summary(db, event_id)
    with db.engine.connect() as conn:
        records = {(r[0], r[1]): r[2:] for r in conn.exec_driver_sql(
            "SELECT session_id, member_id, status, arrived_at, late_minutes, excuse_reason FROM attendances "
            "WHERE event_id = ? AND deleted_at IS NULL", (event_id,))}
    lines = 0
    first = True
    for session_row in summary.sessions:
        for point_row in session_row.points:
            if point_row.point_id is None or not point_row.figures.invited:
                continue
            if not first:
                document.page_break()
            first = False
            document.paragraph(f"{session_row.label} — {point_row.point_name}", "heading")
            rows = []
            for index, member in enumerate(list_invited(db, event_id, point_row.point_id, session_row.session_id),
                                           start=1):
                record = records.get((session_row.session_id, member.member_id))
                if record and record[0] == "present":
                    arrived = local_time(record[1])
                    state = f"Có mặt {arrived:%H:%M}" if arrived else "Có mặt"
                    note = f"Muộn {record[2]} phút" if record[2] else ""
                elif record or member.excused:
                    state, note = "Vắng có phép", (record[3] if record else member.excuse_reason)
                else:
                    state, note = ("Vắng" if point_row.closed else "Chưa đến"), ""
                rows.append([index, member.full_name, member.unit_name, state, note])
            lines += len(rows)
            document.table(["STT", "Họ và tên", "Đơn vị", "Điểm danh", "Ghi chú"], rows,
                           align=["center", "left", "left", "left", "left"], font_size=11)
            f = point_row.figures
            absent = f"vắng {f.absent}" if point_row.closed else f"chưa đến {f.absent} (buổi chưa kết thúc)"
            document.paragraph(f"Được mời {f.invited}; có mặt {f.present} ({percent(f.rate)}); đến muộn "
                               f"{f.late}; vắng có phép {f.excused}; {absent}; ngoài danh sách {f.walk_ins}.")
    if first:
        document.paragraph("Chưa có ai được mời về các điểm cầu của hội nghị.", "italic")
    _sign(document, style)
    document.write(path)
    return lines


def write_test_results(db: Database, event_id: str, path: str | Path, *, on: date | None = None) -> int:
    """Every member who must be tested: attempts, best score, passed or not, unit by unit."""
    if load_quiz(db, event_id) is None:
        raise ValidationError(tr("Hội nghị này chưa có bài kiểm tra nhận thức."), "quiz")
    plan, style, document = _document(db, event_id, "Kết quả kiểm tra nhận thức", "DS", on)
    summary = quiz_summary(db, event_id)
    t = summary.total
    document.paragraph(f"Phải kiểm tra {t.to_test}; đã kiểm tra {t.tested} ({percent(t.tested_rate)}); đạt "
                       f"{t.passed} ({percent(t.pass_rate)}); tổng số lượt thi {t.attempts}.")
    standings = sorted(summary.standings.values(), key=lambda s: (vntext.fold(s.unit_name), s.unit_name))
    rows = [[i, s.full_name, s.unit_name, s.attempts or "", s.best_score,
             "Đạt" if s.passed else ("Chưa đạt" if s.attempts else "Chưa kiểm tra")]
            for i, s in enumerate(standings, start=1)]
    if rows:
        document.table(["STT", "Họ và tên", "Đơn vị", "Số lần thi", "Điểm cao nhất", "Kết quả"], rows,
                       align=["center", "left", "left", "right", "right", "left"], font_size=11)
    else:
        document.paragraph("Chưa có đoàn viên nào phải kiểm tra.", "italic")
    _sign(document, style)
    document.write(path)
    return len(rows)


def write_essay_register(db: Database, event_id: str, path: str | Path, *, on: date | None = None) -> int:
    """The essay register: who had to write, when it came in, how it was graded, what goes up."""
    plan, style, document = _document(db, event_id, "Sổ theo dõi bài thu hoạch", "DS", on)
    register = essay_register(db, event_id)
    rows = [[i, r.full_name, r.position_label, r.unit_name, r.state_label,
             vntext.format_date(r.received_on) if r.received_on else "",
             r.grade or (" / ".join(r.marks) if r.marks else ""), "x" if r.forward else ""]
            for i, r in enumerate(register, start=1)]
    if rows:
        document.table(["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Tình trạng", "Ngày nộp", "Xếp loại", "Gửi tỉnh"],
                       rows, align=["center", "left", "left", "left", "left", "center", "left", "center"],
                       font_size=11)
    else:
        document.paragraph("Chưa có ai phải nộp bài thu hoạch.", "italic")
    received = sum(1 for r in register if r.essay_id)
    document.paragraph(f"Phải nộp {sum(r.required for r in register)}; đã nộp {received}; nộp muộn "
                       f"{sum(r.late for r in register)}; gửi lên tỉnh {sum(r.forward for r in register)}.")
    _sign(document, style)
    document.write(path)
    return len(rows)
