"""Attendance read from a spreadsheet (matched by code, card number, phone, name) and the
printed sign-in sheet, both through real files."""

from __future__ import annotations

import subprocess
from datetime import date, time

import openpyxl
import pytest

from desktop.core import cards, events
from desktop.core.attendance_import import apply_attendance_import, preview_attendance_file
from desktop.core.errors import InputFileError
from desktop.core.event_reports import write_signin_sheet
from tests.core.test_attendance import _live_rows, event  # noqa: F401 - fixtures
from tests.core.test_events import _member, conference, roster, tree  # noqa: F401 - fixtures


def _sheet(path, header, rows, title_rows=("DANH SÁCH ĐIỂM DANH", "Hội nghị học tập Nghị quyết")):
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = "Điểm danh"
    for line in title_rows:
        ws.append([line])
    ws.append([])
    ws.append(header)
    for row in rows:
        ws.append(row)
    workbook.save(path)
    return path


def test_a_list_is_matched_previewed_and_applied_once(demo_db, event, tree, tmp_path):  # noqa: F811
    roster = event["roster"]
    phone_holder = _member(demo_db, tree, "Huỳnh Thị Mai", "TV-CN", "exec_member", phone="0912000111")
    events.save_event_plan(demo_db, events.load_event_plan(demo_db, event["id"]))  # the rule now invites her
    session = event["sessions"][0]
    code = cards.format_code(event["codes"][roster["btv_huyen"]]).lower()
    path = _sheet(tmp_path / "diem-danh.xlsx",
                  ["STT", "Họ và tên", "Ngày sinh", "Số điện thoại", "Mã thẻ", "Giờ đến", "Có mặt"], [
                      [1, "Thạch Thị Sa Ri", "01/01/2000", "", "", "07:40", "x"],       # name + birth date
                      [2, "KIM VĂN TÙNG", "", "", code, time(8, 5), "có"],              # code, any case
                      [3, "Huynh Thi Mai", "", "0912 000 111", "", "", "x"],             # phone
                      [4, "Lâm Thị Diễm", "", "", "", "", ""],                           # not marked present
                      [5, "Nguyễn Văn Không Có", "1999", "", "", "", "x"],               # nobody
                      [6, "Thạch Thị Sa Ri", "", "", "", "", "x"],                       # twice
                      [7, "Lê Văn Cường", "01/01/2000", "", "", "9 giờ 5", "x"],         # not invited here
                      [8, "Trần Thị Bích", "", "", "", "sáng sớm", "x"],                 # name alone, odd time
                  ])
    preview = preview_attendance_file(demo_db, event["id"], session.id, event["district"], path)
    by_row = {m.row: m for m in preview.matched}
    assert {r: (m.how, m.state) for r, m in by_row.items()} == {
        5: ("họ tên và ngày sinh", "new"), 6: ("mã thẻ", "new"), 7: ("số điện thoại", "new"),
        11: ("họ tên và ngày sinh", "not_invited"), 12: ("họ tên", "new")}
    assert by_row[6].arrived_at.time() == time(8, 5) and by_row[5].arrived_at.date() == session.day
    assert by_row[11].arrived_at.time() == time(9, 5) and by_row[12].arrived_at is None
    assert preview.skipped_absent == 1
    [unmatched] = preview.unmatched
    assert unmatched.row == 9 and "Nguyễn Văn Không Có" in unmatched.message and unmatched.sheet == "Điểm danh"
    assert (unmatched.file, unmatched.column, unmatched.header) == ("diem-danh.xlsx", "B", "Họ và tên")
    warnings = [str(p) for p in preview.problems if p.severity == "warning"]
    assert any("dòng 10" in w and "đã có ở dòng 5" in w for w in warnings)
    assert any("dòng 12" in w and "sáng sớm" in w for w in warnings)
    assert _live_rows(demo_db, event["id"]) == []  # a preview writes nothing

    result = apply_attendance_import(demo_db, event["id"], preview, admit_not_invited=False)
    assert (result.recorded, result.already) == (4, 0)
    rows = {r.member_id: r for r in _live_rows(demo_db, event["id"])}
    assert set(rows) == {roster["bt_huyen"], roster["btv_huyen"], phone_holder, roster["pbt_cs2"]}
    assert rows[roster["btv_huyen"]].source == "import" and rows[roster["btv_huyen"]].late_minutes == 0

    again = preview_attendance_file(demo_db, event["id"], session.id, event["district"], path)
    assert again.count("already") == 4 and again.count("new") == 0
    assert apply_attendance_import(demo_db, event["id"], again, admit_not_invited=False).recorded == 0
    assert len(_live_rows(demo_db, event["id"])) == 4


def test_a_file_without_an_attendance_table_is_refused_clearly(demo_db, event, tmp_path):
    path = _sheet(tmp_path / "khac.xlsx", ["Nội dung", "Ghi chú"], [["a", "b"]])
    with pytest.raises(InputFileError, match="khac.xlsx.*không tìm thấy bảng điểm danh"):
        preview_attendance_file(demo_db, event["id"], event["sessions"][0].id, event["district"], path)


def test_sign_in_sheet_lists_the_point_in_name_order_with_room_to_sign(demo_db, event, tmp_path):
    session = event["sessions"][0]
    path = tmp_path / "ky-ten.pdf"
    assert write_signin_sheet(demo_db, event["id"], session.id, event["district"], path, on=date(2026, 12, 10)) == 4
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "DANH SÁCH KÝ TÊN THAM DỰ" in text and "Ký tên" in text and "buổi sáng 10/12/2026" in text
    names = ["Lâm Thị Diễm", "Thạch Thị Sa Ri", "Trần Thị Bích", "Kim Văn Tùng"]
    ordered = sorted(names, key=lambda n: text.index(n))  # by given name first, the Vietnamese way
    assert ordered == ["Trần Thị Bích", "Lâm Thị Diễm", "Thạch Thị Sa Ri", "Kim Văn Tùng"]
    assert "Số người được mời: 4" in text
