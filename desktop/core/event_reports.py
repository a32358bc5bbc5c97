"""Printed papers of an event: the expected participant list of each bridge point and
session, and the sheet of QR codes that open the materials."""

# i18n: vi-module — the texts of this module are the Union's Vietnamese documents.

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.core import vntext
from desktop.core.errors import ValidationError
from desktop.core.events import POINT_LEVELS, load_event_plan
from desktop.core.invitations import list_invited
from desktop.core.letterhead import Letterhead
from desktop.core.pdfdoc import OfficialDocument, QrItem, qr_sheet
from desktop.core.units import load_tree
from desktop.db.engine import Database
from desktop.i18n import tr


def organiser_letterhead(db: Database, organiser_unit_id: str, on: date | None) -> Letterhead:
    """The letterhead of an event's organiser, dated ``on`` (blank date when None)."""
    tree = load_tree(db)
    return Letterhead.for_unit(tree, tree.by_id.get(organiser_unit_id), on)


def write_participant_list(db: Database, event_id: str, path: str | Path, *, bridge_point_id: str | None = None,
                           session_id: str | None = None, on: date | None = None) -> int:
    """The expected list (thành phần triệu tập) as a PDF: one section per bridge point
    (or only ``bridge_point_id``), for one session or the whole event, in Vietnamese
    name order, excused members marked with their reason. Returns the number listed."""
    plan = load_event_plan(db, event_id)
    points = [p for p in plan.bridge_points if bridge_point_id in (None, p.id)]
    if bridge_point_id is not None and not points:
        raise ValidationError(tr("Điểm cầu đã chọn không thuộc hội nghị này."), "bridge_point_id")
    session = plan.session(session_id) if session_id else None
    if session_id and session is None:
        raise ValidationError(tr("Buổi đã chọn không thuộc hội nghị này."), "session_id")
    if session is not None:
        points = [p for p in points if p.joins(session.id)]
    subtitle = plan.title + (f" — buổi {session.label.lower()}" if session else "")
    document = OfficialDocument(organiser_letterhead(db, plan.organiser_unit_id, on), "Danh sách thành phần tham dự", subtitle)
    total = 0
    sections = [(point, list_invited(db, event_id, point.id, session_id)) for point in points]
    if bridge_point_id is None:  # a page per point nobody is sent to would only waste paper
        sections = [(point, invited) for point, invited in sections if invited]
    for index, (point, invited) in enumerate(sections):
        if index:
            document.page_break()
        heading = f"{point.name} ({POINT_LEVELS.get(point.level, point.level)})"
        if point.address:
            heading += f" — {point.address}"
        document.paragraph(heading, "heading")
        expected = sum(not m.excused for m in invited)
        document.paragraph(f"Số người được mời: {len(invited)}; dự kiến có mặt: {expected}"
                           + (f"; sức chứa: {point.capacity}" if point.capacity else "") + ".")
        rows = [[i, m.full_name, vntext.format_date(date.fromisoformat(m.date_of_birth)) if m.date_of_birth else "",
                 m.position_label, m.unit_name, f"Vắng có phép: {m.excuse_reason}" if m.excused else ""]
                for i, m in enumerate(invited, start=1)]
        if rows:
            document.table(["STT", "Họ và tên", "Ngày sinh", "Chức vụ", "Đơn vị", "Ghi chú"], rows,
                           align=["center", "left", "center", "left", "left", "left"])
        else:
            document.paragraph("Chưa có ai được mời về điểm cầu này.", "italic")
        total += len(invited)
    if not sections:
        document.paragraph("Chưa có ai được mời về các điểm cầu của buổi này.", "italic")
    document.signature_block(("NGƯỜI LẬP DANH SÁCH", ""))
    document.write(path)
    return total


def write_material_qr_sheet(db: Database, event_id: str, path: str | Path, on: date | None = None) -> int:
    """A printable sheet of QR codes, one per material with a link. Returns how many."""
    plan = load_event_plan(db, event_id)
    items = [QrItem(m.title, m.url) for m in plan.materials if m.url]
    if not items:
        raise ValidationError(tr("Hội nghị chưa có tài liệu nào có đường dẫn để in mã QR."), "materials")
    qr_sheet(organiser_letterhead(db, plan.organiser_unit_id, on), "Tài liệu hội nghị", items, subtitle=plan.title).write(path)
    return len(items)


SIGNIN_SPARE_ROWS = 5  # blank numbered rows for people who come without being on the list


def write_signin_sheet(db: Database, event_id: str, session_id: str, bridge_point_id: str, path: str | Path, *,
                       on: date | None = None) -> int:
    """The paper sign-in sheet (danh sách ký tên) of one session at one point: everyone
    expected there in Vietnamese name order with a column to sign, those excused in
    advance marked, and a few numbered blank rows at the end. The row numbers are the
    ones the fast entry screen takes back. Returns the number of names printed."""
    plan = load_event_plan(db, event_id)
    point = plan.bridge_point(bridge_point_id)
    session = plan.session(session_id)
    if point is None:
        raise ValidationError(tr("Điểm cầu đã chọn không thuộc hội nghị này."), "bridge_point_id")
    if session is None:
        raise ValidationError(tr("Buổi đã chọn không thuộc hội nghị này."), "session_id")
    if not point.joins(session.id):
        raise ValidationError(tr("Điểm cầu «{point}» không tham gia buổi {session}.").format(
            point=point.name, session=session.label), "session_id")
    invited = list_invited(db, event_id, point.id, session.id)
    when = f"buổi {session.label.lower()}"
    if session.start_time:
        when += f", từ {session.start_time:%H:%M}"
    document = OfficialDocument(organiser_letterhead(db, plan.organiser_unit_id, on or session.day),
                                "Danh sách ký tên tham dự", plan.title)
    document.paragraph(f"{point.name} — {when}" + (f" — {point.address}" if point.address else ""), "heading")
    rows = [[i, m.full_name, m.date_of_birth[:4] if m.date_of_birth else "", m.position_label, m.unit_name, "",
             f"Vắng có phép: {m.excuse_reason}" if m.excused else ""] for i, m in enumerate(invited, start=1)]
    rows += [[len(invited) + i, "", "", "", "", "", ""] for i in range(1, SIGNIN_SPARE_ROWS + 1)]
    document.table(["STT", "Họ và tên", "Năm sinh", "Chức vụ", "Đơn vị", "Ký tên", "Ghi chú"], rows,
                   col_widths_mm=[11, 42, 15, 22, 35, 22, 18],
                   align=["center", "left", "center", "left", "left", "left", "left"], row_height_mm=10)
    document.paragraph(f"Số người được mời: {len(invited)}; vắng có phép báo trước: "
                       f"{sum(m.excused for m in invited)}. Có mặt: ……… người.")
    document.signature_block(("NGƯỜI LẬP DANH SÁCH", ""), ("XÁC NHẬN CỦA ĐIỂM CẦU", ""))
    document.write(path)
    return len(invited)
