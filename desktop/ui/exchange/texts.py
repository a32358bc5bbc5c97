"""How the "Gửi / Nhận" screen words what the core returns: outcomes of an import,
statuses of the package log, times, table names."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from desktop.core.bundles import OUTCOMES

OUTCOME_LABELS: dict[str, str] = {
    "new": "mới",
    "updated": "cập nhật",
    "unchanged": "không đổi",
    "superseded": "bản cũ hơn, bỏ qua",
    "deleted": "xóa",
    "conflicts": "xung đột",
    "rejected": "từ chối",
}
OUTCOME_HEADERS: dict[str, str] = {
    "new": "Mới",
    "updated": "Cập nhật",
    "unchanged": "Không đổi",
    "superseded": "Bản cũ hơn",
    "deleted": "Xóa",
    "conflicts": "Xung đột",
    "rejected": "Từ chối",
}
LOG_STATUS_LABELS: dict[str, str] = {
    "sent": "Đã gửi, chờ biên nhận",
    "acknowledged": "Đã có biên nhận",
    "applied": "Đã nhập",
    "previewed": "Mới xem trước",
    "quarantined": "Để riêng: khóa chưa tin cậy",
}
# The tables an officer can tell apart (the rest are named as the database names them).
TABLE_LABELS: dict[str, str] = {
    "units": "Đơn vị",
    "members": "Đoàn viên",
    "events": "Hội nghị",
    "event_sessions": "Buổi hội nghị",
    "bridge_points": "Điểm cầu",
    "invitations": "Thành phần được mời",
    "invitation_rules": "Quy tắc mời",
    "attendances": "Điểm danh",
    "attendance_closures": "Chốt điểm danh",
    "member_cards": "Thẻ đoàn viên",
    "materials": "Tài liệu",
    "event_tasks": "Việc cần làm",
    "session_topics": "Nội dung buổi",
    "quizzes": "Bài kiểm tra",
    "quiz_attempts": "Lượt làm bài",
    "quiz_answers": "Câu trả lời",
    "questions": "Câu hỏi",
    "question_banks": "Ngân hàng câu hỏi",
    "essays": "Bài thu hoạch",
    "essay_grades": "Chấm bài thu hoạch",
    "essay_requirements": "Yêu cầu bài thu hoạch",
    "certificates": "Giấy chứng nhận",
    "dialogue_questions": "Câu hỏi đối thoại",
    "dialogue_reports": "Báo cáo đối thoại",
    "report_drafts": "Báo cáo",
    "similarity_flags": "Bài giống nhau",
}


# Fields an officer reads in a conflict; the rest go by their database name.
FIELD_LABELS: dict[str, str] = {
    "family_name": "Họ", "middle_name": "Tên đệm", "given_name": "Tên", "date_of_birth": "Ngày sinh",
    "gender": "Giới tính", "ethnicity": "Dân tộc", "religion": "Tôn giáo", "citizen_id": "CCCD",
    "phone": "Điện thoại", "email": "E-mail", "admission_date": "Ngày vào Đoàn", "card_number": "Số thẻ",
    "position": "Chức vụ", "branch_id": "Chi đoàn", "status": "Tình trạng", "notes": "Ghi chú", "name": "Tên",
    "code": "Mã", "level": "Cấp", "parent_id": "Đơn vị cấp trên", "title": "Tên", "kind": "Loại",
    "deleted_at": "Đã xóa", "arrived_at": "Giờ đến", "day": "Ngày", "start_time": "Giờ bắt đầu",
    "end_time": "Giờ kết thúc", "place": "Địa điểm",
}
# Worked out from other fields (folded names, sort keys): they differ whenever those do.
DERIVED_FIELDS = ("name_folded", "sort_key", "search_text", "title_folded", "text_folded")


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name)


def table_label(name: str) -> str:
    return TABLE_LABELS.get(name, name)


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


def number(value: int) -> str:
    """Thousands with a dot, as Vietnamese documents write them."""
    return f"{value:,}".replace(",", ".")


def outcome_summary(counts: dict) -> str:
    """'147 mới, 3 cập nhật' (the outcomes that happened), or that nothing changed."""
    parts = [f"{number(int(counts.get(name, 0)))} {OUTCOME_LABELS[name]}" for name in OUTCOMES
             if int(counts.get(name, 0))]
    return ", ".join(parts) if parts else "không có bản ghi nào"


def records_summary(rows: dict) -> str:
    """'147 bản ghi (Đoàn viên 80, Đơn vị 27, …)' for an outgoing package."""
    total = sum(int(v) for v in rows.values())
    if not total:
        return "không có bản ghi nào"
    biggest = sorted(rows.items(), key=lambda item: -int(item[1]))[:3]
    detail = ", ".join(f"{table_label(name)} {number(int(count))}" for name, count in biggest)
    more = ", …" if len(rows) > 3 else ""
    return f"{number(total)} bản ghi ({detail}{more})"


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
        what = "Hội nghị " + ", ".join(f"«{t}»" if t else event_id[:8] + "…" for t, event_id in zip(titles, events))
    else:
        what = "Toàn bộ dữ liệu"
    parts = [what]
    if scope.get("kind") == "changes":
        parts.append("chỉ các thay đổi")
    if scope.get("minimal"):
        parts.append("không có dữ liệu cá nhân nhạy cảm")
    return "; ".join(parts)
