"""Exporting the roster to .xlsx in the Union's list format.

Times New Roman, the header block, sized columns, a frozen header row, Vietnamese name
order, dd/mm/yyyy dates, identifiers stored as text. The file re-imports unchanged:
the importer recognises these headers and values.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.core.letterhead import Letterhead
from desktop.core.list_sheet import DATE_FORMAT, ListSheet
from desktop.core.members import MemberQuery, MemberRecord, list_members
from desktop.core.tasks import Progress, Reporter
from desktop.core.units import load_tree
from desktop.db.engine import Database
from desktop.i18n import tr


def _date_cell(value: date | None, year_only: bool = False):
    if value is None:
        return None
    return value.year if year_only else value


# (header, width, value getter, is a date). Declared once: header, width and value stay together.
# The headers are the Union's list format, which the importer recognises.
# i18n: vi-begin
def _columns(split_name: bool, grassroots_of) -> list[tuple[str, float, object, bool]]:
    name_columns = (
        [("Họ đệm", 20, lambda m: m.family_and_middle, False), ("Tên", 9, lambda m: m.given_name, False)]
        if split_name else [("Họ và tên", 26, lambda m: m.full_name, False)]
    )
    return [
        ("STT", 6, None, False),
        *name_columns,
        ("Ngày sinh", 12, lambda m: _date_cell(m.date_of_birth, m.birth_year_only), True),
        ("Giới tính", 9, lambda m: m.gender_label, False),
        ("Dân tộc", 10, lambda m: m.ethnicity, False),
        ("Tôn giáo", 11, lambda m: m.religion, False),
        ("Số CCCD", 15, lambda m: m.citizen_id, False),
        ("Số điện thoại", 13, lambda m: m.phone, False),
        ("E-mail", 22, lambda m: m.email, False),
        ("Ngày vào Đoàn", 13, lambda m: _date_cell(m.admission_date), True),
        ("Số thẻ đoàn viên", 15, lambda m: m.card_number or "", False),
        ("Chức vụ", 13, lambda m: m.position_label, False),
        ("Chi đoàn", 26, lambda m: m.branch_name, False),
        ("Đoàn cơ sở", 26, grassroots_of, False),
        ("Tình trạng", 16, lambda m: m.status_label, False),
        ("Ghi chú", 20, lambda m: m.notes, False),
    ]
# i18n: vi-end


def export_roster(db: Database, path: str | Path, query: MemberQuery | None = None, *,
                  split_name: bool = False, progress: Progress | None = None, cancelled=None) -> int:
    """Write the members matching ``query`` (default: all) to ``path``; return the row count."""
    from openpyxl.styles import Alignment  # here, not at the top: see list_sheet on import time

    report = Reporter(progress, cancelled)
    tree = load_tree(db)
    members = list_members(db, query)
    report(0.1, tr("Đang chuẩn bị"))

    def grassroots_of(member: MemberRecord) -> str:
        branch = tree.by_id.get(member.branch_id)
        parent = tree.by_id.get(branch.parent_id) if branch and branch.parent_id else None
        return parent.name if parent and branch.level == "branch" else ""

    columns = _columns(split_name, grassroots_of)
    scope = tree.by_id.get(query.unit_id) if query and query.unit_id else tree.home()
    letterhead = Letterhead.for_unit(tree, tree.home() or scope)
    sheet = ListSheet("Danh sách đoàn viên", letterhead, "DANH SÁCH ĐOÀN VIÊN", scope.name if scope else "",  # i18n: vi
                      [(header, width) for header, width, _getter, _is_date in columns])
    ws, regular, border, header_row = sheet.ws, sheet.regular, sheet.border, sheet.header_row

    for r, member in enumerate(members, start=1):
        if r % 2000 == 0:
            report(0.1 + 0.8 * r / len(members), tr("Đang ghi {done}/{total}").format(done=r, total=len(members)))
        row = header_row + r
        for c, (_header, _width, getter, is_date) in enumerate(columns, start=1):
            value = r if getter is None else getter(member)
            cell = ws.cell(row, c, value)
            cell.font, cell.border = regular, border
            if is_date and isinstance(value, date):
                cell.number_format = DATE_FORMAT
            elif isinstance(value, str):
                cell.data_type = "s"  # keep leading zeros of phones, cards, ID numbers
            if getter is None or is_date:
                cell.alignment = Alignment(horizontal="center")

    report(0.95, tr("Đang lưu tệp"))
    sheet.save(path)
    report(1.0, tr("Xong"))
    return len(members)
