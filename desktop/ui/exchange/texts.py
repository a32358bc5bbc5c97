"""How the "Gửi / Nhận" screen words what the core returns: outcomes of an import,
statuses of the package log, times, table names."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from desktop.core.bundles import OUTCOMES
from desktop.i18n import N_, counted, number_text, tr, trn

# A count of records with each outcome of an import, as the summaries list them ("147 mới").
OUTCOME_LABELS: dict[str, str] = {
    "new": N_("{count} mới"),
    "updated": N_("{count} cập nhật"),
    "unchanged": N_("{count} không đổi"),
    "superseded": N_("{count} bản cũ hơn, bỏ qua"),
    "deleted": N_("{count} xóa"),
    "conflicts": N_("{count} xung đột"),
    "rejected": N_("{count} từ chối"),
}
OUTCOME_HEADERS: dict[str, str] = {
    "new": N_("Mới"),
    "updated": N_("Cập nhật"),
    "unchanged": N_("Không đổi"),
    "superseded": N_("Bản cũ hơn"),
    "deleted": N_("Đã xóa"),
    "conflicts": N_("Xung đột"),
    "rejected": N_("Từ chối"),
}
LOG_STATUS_LABELS: dict[str, str] = {
    "sent": N_("Đã gửi, chờ biên nhận"),
    "acknowledged": N_("Đã có biên nhận"),
    "applied": N_("Đã nhập"),
    "previewed": N_("Mới xem trước"),
    "quarantined": N_("Để riêng: khóa chưa tin cậy"),
}
# The tables an officer can tell apart (the rest are named as the database names them);
# "table" tells these names (plural in English) from the same words as column headers.
TABLE_LABELS: dict[str, str] = {
    "units": N_("Đơn vị", "table"),
    "members": N_("Đoàn viên", "table"),
    "events": N_("Hội nghị", "table"),
    "event_sessions": N_("Buổi hội nghị", "table"),
    "bridge_points": N_("Điểm cầu", "table"),
    "invitations": N_("Thành phần được mời", "table"),
    "invitation_rules": N_("Quy tắc mời", "table"),
    "attendances": N_("Điểm danh", "table"),
    "attendance_closures": N_("Chốt điểm danh", "table"),
    "member_cards": N_("Thẻ đoàn viên", "table"),
    "materials": N_("Tài liệu", "table"),
    "event_tasks": N_("Việc cần làm", "table"),
    "session_topics": N_("Nội dung buổi", "table"),
    "quizzes": N_("Bài kiểm tra", "table"),
    "quiz_attempts": N_("Lượt làm bài", "table"),
    "quiz_answers": N_("Câu trả lời", "table"),
    "questions": N_("Câu hỏi", "table"),
    "question_banks": N_("Ngân hàng câu hỏi", "table"),
    "essays": N_("Bài thu hoạch", "table"),
    "essay_grades": N_("Chấm bài thu hoạch", "table"),
    "essay_requirements": N_("Yêu cầu bài thu hoạch", "table"),
    "certificates": N_("Giấy chứng nhận", "table"),
    "dialogue_questions": N_("Câu hỏi đối thoại", "table"),
    "dialogue_reports": N_("Báo cáo đối thoại", "table"),
    "report_drafts": N_("Báo cáo", "table"),
    "similarity_flags": N_("Bài giống nhau", "table"),
}


# Fields an officer reads in a conflict; the rest go by their database name.
FIELD_LABELS: dict[str, str] = {
    "family_name": N_("Họ"), "middle_name": N_("Tên đệm"), "given_name": N_("Tên"),
    "date_of_birth": N_("Ngày sinh"), "gender": N_("Giới tính"), "ethnicity": N_("Dân tộc"),
    "religion": N_("Tôn giáo"), "citizen_id": N_("CCCD"), "phone": N_("Điện thoại"), "email": N_("E-mail"),
    "admission_date": N_("Ngày vào Đoàn"), "card_number": N_("Số thẻ"), "position": N_("Chức vụ"),
    "branch_id": N_("Chi đoàn"), "status": N_("Tình trạng"), "notes": N_("Ghi chú"), "name": N_("Tên"),
    "code": N_("Mã"), "level": N_("Cấp"), "parent_id": N_("Đơn vị cấp trên"), "title": N_("Tên"),
    "kind": N_("Loại"), "deleted_at": N_("Đã xóa"), "arrived_at": N_("Giờ đến"), "day": N_("Ngày"),
    "start_time": N_("Giờ bắt đầu"), "end_time": N_("Giờ kết thúc"), "place": N_("Địa điểm"),
}
# Worked out from other fields (folded names, sort keys): they differ whenever those do.
DERIVED_FIELDS = ("name_folded", "sort_key", "search_text", "title_folded", "text_folded")


def field_label(name: str) -> str:
    return tr(FIELD_LABELS[name]) if name in FIELD_LABELS else name


def table_label(name: str) -> str:
    return tr(TABLE_LABELS[name], "table") if name in TABLE_LABELS else name


def log_status_label(status: str) -> str:
    return tr(LOG_STATUS_LABELS[status]) if status in LOG_STATUS_LABELS else status


def local_time(value: datetime | str | None) -> str:
    """'dd/mm/yyyy HH:MM' in this computer's time, from the UTC the database holds."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value.rstrip("Z").replace("T", " "))
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    value = value.astimezone()
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d} {value.hour:02d}:{value.minute:02d}"


def outcome_summary(counts: dict) -> str:
    """'147 mới, 3 cập nhật' (the outcomes that happened), or that nothing changed."""
    parts = [tr(OUTCOME_LABELS[name]).format(count=number_text(int(counts.get(name, 0)))) for name in OUTCOMES
             if int(counts.get(name, 0))]
    return ", ".join(parts) if parts else tr("không có bản ghi nào")


def records_summary(rows: dict, *, vietnamese: bool = False) -> str:
    """'147 bản ghi (Đoàn viên 80, Đơn vị 27, …)' for an outgoing package; ``vietnamese``
    for the message sent with it, written in Vietnamese whatever the program's language."""
    total = sum(int(v) for v in rows.values())
    if not total:
        if vietnamese:
            return "không có bản ghi nào"  # i18n: vi
        return tr("không có bản ghi nào")
    biggest = sorted(rows.items(), key=lambda item: -int(item[1]))[:3]
    if vietnamese:
        detail = ", ".join(f"{TABLE_LABELS.get(name, name)} {number_text(int(count))}" for name, count in biggest)
    else:
        detail = ", ".join(tr("{table} {count}").format(table=table_label(name), count=number_text(int(count)))
                           for name, count in biggest)
    more = ", …" if len(rows) > 3 else ""
    if vietnamese:
        template = "%n bản ghi ({detail})".replace("%n", str(total))  # i18n: vi
    else:
        template = trn("%n bản ghi ({detail})", total)
    return counted(template, total).format(detail=detail + more)


def log_counts_summary(direction: str, counts_json: str) -> str:
    try:
        counts = json.loads(counts_json or "{}")
    except ValueError:
        return ""
    return records_summary(counts) if direction == "out" else outcome_summary(counts)


def scope_summary(scope_json: str | dict, event_titles: dict[str, str] | None = None) -> str:
    """What a package held: everything or one event, all or the changes, full or minimal."""
    try:
        scope = json.loads(scope_json) if isinstance(scope_json, str) else dict(scope_json)
    except ValueError:
        return ""
    events = scope.get("events") or []
    if events:
        titles = [(event_titles or {}).get(event_id, "") for event_id in events]
        named = ", ".join(tr("«{title}»").format(title=t) if t else event_id[:8] + "…"
                          for t, event_id in zip(titles, events))
        what = tr("Hội nghị {events}").format(events=named)
    else:
        what = tr("Toàn bộ dữ liệu")
    parts = [what]
    if scope.get("kind") == "changes":
        parts.append(tr("chỉ các thay đổi"))
    if scope.get("minimal"):
        parts.append(tr("không có dữ liệu cá nhân nhạy cảm"))
    return "; ".join(parts)
