"""Tests of desktop.core.spreadsheet: reading workbooks, finding the table, parsing cells.

Workbooks are made in tmp_path with openpyxl (and one .ods written by hand as an ODF
zip), plus every sample file in shared/samples.
"""

from __future__ import annotations

import datetime as dt
import struct
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import pytest

from desktop.core.errors import InputFileError
from desktop.core.roster_columns import ROSTER_FIELDS, ROSTER_REQUIRED
from desktop.core.spreadsheet import (
    SKIP_REASONS,
    Sheet,
    TableLayout,
    cell_text,
    column_letter,
    find_tables,
    header_key,
    iter_records,
    locate_table,
    parse_date,
    parse_gender,
    parse_phone,
    read_sheet,
    read_sheet_rows,
    read_sheets,
    sheet_names,
    split_gender_key,
)

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
if not SAMPLES.is_dir():  # the repository checked out elsewhere: shared/ beside it
    SAMPLES = Path("/work/shared/samples")
needs_samples = pytest.mark.skipif(not SAMPLES.is_dir(), reason="shared/samples not present")

TODAY = dt.date(2026, 11, 10)


# ----------------------------------------------------------------------------- helpers


def make_xlsx(path: Path, rows, merges=(), title="Danh sách", extra_sheets=()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row, start=1):
            if v is not None and v != "":
                ws.cell(row=r, column=c, value=v)
    for rng in merges:
        ws.merge_cells(rng)
    for name, srows in extra_sheets:
        ws2 = wb.create_sheet(name)
        for srow in srows:
            ws2.append(list(srow))
    wb.save(path)
    return path


def roster(sheet: Sheet) -> TableLayout:
    layout = locate_table(sheet, ROSTER_FIELDS, ROSTER_REQUIRED)
    assert layout is not None, f"no roster table found in {sheet.name}"
    return layout


def records(sheet, layout, skipped=None):
    cb = (lambda *a: skipped.append(a)) if skipped is not None else None
    return list(iter_records(sheet, layout, on_skip=cb))


def letters(layout: TableLayout) -> dict[str, str]:
    return {f: ref.letter for f, ref in layout.columns.items()}


TITLE = [
    ["BCH ĐOÀN TỈNH TRÀ VINH", "", "", "", "ĐOÀN TNCS HỒ CHÍ MINH"],
    ["HUYỆN ĐOÀN CẦU NGANG"],
    [],
    ["DANH SÁCH ĐOÀN VIÊN"],
]


# ----------------------------------------------------------------------------- samples


@needs_samples
def test_sample_roster_standard():
    path = SAMPLES / "roster_standard.xlsx"
    sheets = read_sheets(path)
    assert [s.name for s in sheets] == ["Danh sách"]
    sheet = sheets[0]
    layout = roster(sheet)
    assert layout.sheet == "Danh sách"
    assert layout.header_rows == (6,)
    assert layout.data_start == 6 and layout.first_data_row == 7
    assert layout.anchor == "full_name"
    assert letters(layout) == {
        "seq": "A", "full_name": "B", "date_of_birth": "C", "gender": "D", "ethnicity": "E",
        "religion": "F", "citizen_id": "G", "phone": "H", "admission_date": "I",
        "card_number": "J", "position": "K", "branch": "L", "grassroots": "M",
    }
    assert layout.columns["card_number"].header == "Số thẻ đoàn viên"
    assert layout.unmatched == ()
    skipped = []
    recs = records(sheet, layout, skipped)
    assert len(recs) == 400
    assert recs[0][0] == 7 and recs[-1][0] == 406
    first = recs[0][1]
    assert first["full_name"] == "Lê Bảo Hà"
    assert parse_date(first["date_of_birth"]) == (dt.date(2005, 2, 10), False)
    assert cell_text(first["card_number"]) == "0840001001"
    assert parse_phone(first["phone"]) == "0863170669"
    # the footer is not data: the place-date line stops the table
    assert skipped == [(408, "footer", "Cầu Ngang, ngày 10 tháng 11 năm 2026")]
    assert all("NGƯỜI LẬP BIỂU" not in str(r.values()) for _, r in recs)


@needs_samples
def test_sample_roster_messy():
    sheet = read_sheet(SAMPLES / "roster_messy.xlsx")
    layout = roster(sheet)
    assert layout.header_rows == (5,)
    assert layout.first_data_row == 6
    assert letters(layout) == {
        "seq": "A", "full_name": "B", "date_of_birth": "C", "gender": "D", "phone": "E",
        "admission_date": "F", "card_number": "G", "branch": "H", "notes": "I",
    }
    assert layout.columns["full_name"].header == "Họ tên đoàn viên"
    assert layout.columns["date_of_birth"].header == "Ngày, tháng, năm sinh"
    recs = records(sheet, layout)
    # 125 numbered rows; the blank row 128 is skipped, the row without a name is kept
    assert len(recs) == 125
    rownums = [n for n, _ in recs]
    assert 128 not in rownums and 129 in rownums
    by_row = dict(recs)
    assert by_row[129]["full_name"] == ""
    problems = {}
    for n, rec in recs:
        for fld, parse in (("date_of_birth", parse_date), ("phone", parse_phone), ("gender", parse_gender)):
            try:
                parse(rec[fld])
            except ValueError as exc:
                problems.setdefault(n, []).append((fld, str(exc)))
    assert problems == {
        130: [("date_of_birth", "ngày không tồn tại: 31/02/2001")],
        133: [("gender", "giới tính không rõ: Khác? (ghi Nam hoặc Nữ)")],
    }
    assert parse_phone(by_row[9]["phone"]) == "0888889964"  # "'0888889964"
    assert parse_date(by_row[7]["date_of_birth"])[0] == dt.date(2005, 10, 16)  # 16-10-2005
    assert parse_date(by_row[8]["date_of_birth"])[0] == dt.date(1997, 8, 13)  # 13/8/1997
    assert parse_date(by_row[9]["date_of_birth"])[0] == dt.date(2004, 10, 5)  # 05.10.2004
    assert cell_text(by_row[16]["full_name"]) == "PHẠM CÔNG NAM"


QUIZ_FIELDS = {
    "seq": ["STT"],
    "full_name": ["Họ và tên"],
    "date_of_birth": ["Ngày sinh"],
    "phone": ["Số điện thoại"],
    "unit": ["Đơn vị", "Chi đoàn"],
    "attempt": ["Lần thi", "Lần kiểm tra"],
    "correct": ["Số câu đúng", "Số câu trả lời đúng"],
    "total": ["Tổng số câu"],
    "minutes": ["Thời gian làm bài"],
    "submitted_at": ["Thời điểm nộp bài", "Thời gian nộp bài"],
    "result": ["Kết quả"],
}
QUESTION_FIELDS = {
    "seq": ["STT"],
    "question": ["Câu hỏi", "Nội dung câu hỏi"],
    "option_a": ["Đáp án A", "Phương án A"],
    "option_b": ["Đáp án B", "Phương án B"],
    "option_c": ["Đáp án C", "Phương án C"],
    "option_d": ["Đáp án D", "Phương án D"],
    "answer": ["Đáp án đúng"],
    "topic": ["Chủ đề"],
}
UNIT_FIELDS = {
    "code": ["Mã đơn vị", "Mã"],
    "name": ["Tên đơn vị"],
    "level": ["Cấp"],
    "parent": ["Đơn vị cấp trên", "Mã đơn vị cấp trên"],
}


@needs_samples
def test_sample_quiz_results():
    sheet = read_sheet(SAMPLES / "quiz_results_app.xlsx")
    layout = locate_table(sheet, QUIZ_FIELDS, ["full_name", "correct"])
    assert layout.header_rows == (3,)
    assert letters(layout)["submitted_at"] == "J"
    assert letters(layout)["minutes"] == "I"  # "Thời gian làm bài (phút)"
    recs = records(sheet, layout)
    assert len(recs) == 356 and recs[0][0] == 4 and recs[-1][0] == 359
    assert isinstance(recs[0][1]["submitted_at"], dt.datetime)
    # the roster vocabulary also finds a (smaller) roster there
    assert roster(sheet).header_rows == (3,)


@needs_samples
def test_sample_question_bank():
    sheet = read_sheet(SAMPLES / "question_bank.xlsx")
    layout = locate_table(sheet, QUESTION_FIELDS, ["question", "answer"])
    assert layout.header_rows == (1,)
    assert letters(layout) == {
        "seq": "A", "question": "B", "option_a": "C", "option_b": "D", "option_c": "E",
        "option_d": "F", "answer": "G", "topic": "H",
    }
    recs = records(sheet, layout)
    assert len(recs) == 40
    assert cell_text(recs[11][1]["option_b"]) == "13"  # kept as text, not 13.0
    assert locate_table(sheet, ROSTER_FIELDS, ROSTER_REQUIRED) is None


@needs_samples
def test_sample_units():
    sheet = read_sheet(SAMPLES / "units_cau_ngang.xlsx")
    layout = locate_table(sheet, UNIT_FIELDS, ["code", "name"])
    assert letters(layout) == {"code": "A", "name": "B", "level": "C", "parent": "D"}
    recs = records(sheet, layout)
    assert len(recs) == 21
    assert recs[0][1] == {"code": "TV", "name": "Tỉnh đoàn Trà Vinh", "level": "Tỉnh", "parent": ""}
    assert locate_table(sheet, ROSTER_FIELDS, ROSTER_REQUIRED) is None


@needs_samples
@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.xls*")) if SAMPLES.is_dir() else [])
def test_every_sample_reads(path):
    sheets = read_sheets(path)
    assert sheets and all(s.rows for s in sheets)
    assert sheet_names(path) == [s.name for s in sheets]
    lazy = list(read_sheet_rows(path))
    assert [[c for c in r] for r in lazy] == [[c for c in r] for r in sheets[0].rows]
    tables = find_tables(sheets, {**QUIZ_FIELDS, **QUESTION_FIELDS, **UNIT_FIELDS, **ROSTER_FIELDS}, ["seq"] if "units" not in path.name else ["code"])
    assert tables, path.name


# ----------------------------------------------------------------------------- layouts


def _two_row_nam_nu_rows():
    return [
        *TITLE,
        ["STT", "Họ và tên", "Ngày, tháng, năm sinh", "", "Quê quán", "Chức vụ"],
        ["", "", "Nam", "Nữ", "", ""],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        [1, "Nguyễn Văn An", "05/10/2004", "", "Cầu Ngang", "Bí thư"],
        [2, "Trần Thị Bình", "", dt.datetime(2003, 2, 1), "Trà Cú", "Đoàn viên"],
        [3, "Lê Văn Cường", 1998, "", "Duyên Hải", ""],
        [4, "Lỗi Cả Hai", "01/01/2001", "02/02/2002", "", ""],
    ]


def test_two_row_header_with_nam_nu_birth_date(tmp_path):
    path = make_xlsx(
        tmp_path / "hai_dong.xlsx",
        _two_row_nam_nu_rows(),
        merges=["A5:A6", "B5:B6", "C5:D5", "E5:E6", "F5:F6", "A1:D1"],
    )
    sheet = read_sheet(path)
    assert (4, 2, 4, 3) in sheet.merged  # C5:D5, 0-based inclusive
    layout = roster(sheet)
    assert layout.header_rows == (5, 6)
    assert layout.number_row == 7
    assert layout.first_data_row == 8
    split = layout.splits["date_of_birth"]
    assert (split.male.index, split.female.index) == (2, 3)
    assert (split.male.letter, split.female.letter) == ("C", "D")
    assert split.female.header == "Nữ" and split.female.parent == "Ngày, tháng, năm sinh"
    assert "gender" not in layout.columns  # "Nam"/"Nữ" here are not a gender column
    assert layout.columns["position"].letter == "F"
    assert layout.unmatched == ((4, "Quê quán"),)
    recs = dict(records(sheet, layout))
    key = split_gender_key("date_of_birth")
    assert recs[8]["date_of_birth"] == "05/10/2004" and recs[8][key] == "male"
    assert parse_date(recs[9]["date_of_birth"])[0] == dt.date(2003, 2, 1) and recs[9][key] == "female"
    assert parse_date(recs[10]["date_of_birth"]) == (dt.date(1998, 1, 1), True)
    assert recs[11][key] == "both"
    assert len(recs) == 4


def test_two_row_header_without_merge_information():
    # .xls/.ods give no merge list: '' continuation cells alone must be enough
    sheet = Sheet("DS", [list(r) for r in _two_row_nam_nu_rows()])
    layout = roster(sheet)
    assert layout.header_rows == (5, 6) and layout.number_row == 7
    assert set(layout.splits) == {"date_of_birth"}
    assert len(records(sheet, layout)) == 4


def test_split_name_under_parent_header(tmp_path):
    rows = [
        ["DANH SÁCH ĐOÀN VIÊN CHI ĐOÀN ẤP GIỒNG LỚN"],
        [],
        ["TT", "Họ và tên", "", "Ngày sinh", "Giới tính", "Số điện thoại"],
        ["", "Họ đệm", "Tên", "", "", ""],
        [1, "Nguyễn Văn", "An", "05/10/2004", "Nam", 912345678],
        [2, "Trần Thị Ngọc", "Bích", "13/8/1997", "Nữ", "'0388889964"],
    ]
    path = make_xlsx(tmp_path / "ten_tach.xlsx", rows, merges=["B3:C3", "A3:A4", "D3:D4", "E3:E4", "F3:F4"])
    sheet = read_sheet(path)
    layout = roster(sheet)
    assert layout.header_rows == (3, 4)
    assert "full_name" not in layout.columns
    assert letters(layout)["family_middle"] == "B" and letters(layout)["given_name"] == "C"
    assert layout.columns["given_name"].parent == "Họ và tên"
    assert layout.anchor == "family_middle"
    recs = records(sheet, layout)
    assert [(r["family_middle"], r["given_name"]) for _, r in recs] == [
        ("Nguyễn Văn", "An"),
        ("Trần Thị Ngọc", "Bích"),
    ]
    assert [parse_phone(r["phone"]) for _, r in recs] == ["0912345678", "0388889964"]


def test_family_middle_given_on_one_row():
    sheet = Sheet("S", [["STT", "Họ", "Đệm", "Tên", "Năm sinh"], [1, "Lê", "Thị", "Hoa", 2001]])
    layout = roster(sheet)
    assert letters(layout) == {
        "seq": "A", "family_name": "B", "middle_name": "C", "given_name": "D", "date_of_birth": "E",
    }


def test_generic_parent_with_real_names_below():
    rows = [
        ["STT", "Họ và tên", "Thông tin cá nhân", "", "", "Sinh hoạt Đoàn", ""],
        ["", "", "Ngày sinh", "Giới tính", "Dân tộc", "Ngày vào Đoàn", "Chi đoàn"],
        [1, "Nguyễn Văn An", "05/10/2004", "Nam", "Kinh", "26/3/2020", "Chi đoàn 12A1"],
    ]
    layout = roster(Sheet("S", rows))
    assert layout.header_rows == (1, 2)
    assert letters(layout) == {
        "seq": "A", "full_name": "B", "date_of_birth": "C", "gender": "D", "ethnicity": "E",
        "admission_date": "F", "branch": "G",
    }
    assert layout.columns["admission_date"].parent == "Sinh hoạt Đoàn"


def test_name_header_merged_over_two_unlabeled_columns(tmp_path):
    rows = [
        ["STT", "Họ và tên", "", "Ngày sinh", "Chi đoàn"],
        [1, "Nguyễn Văn", "An", "05/10/2004", "Chi đoàn 12A1"],
        [2, "Thạch", "Sóc Kha", "06/11/2003", "Chi đoàn 12A2"],
    ]
    sheet = read_sheet(make_xlsx(tmp_path / "gop.xlsx", rows, merges=["B1:C1"]))
    layout = roster(sheet)
    assert layout.columns["full_name"].extra == (2,)
    assert [r["full_name"] for _, r in records(sheet, layout)] == ["Nguyễn Văn An", "Thạch Sóc Kha"]


def test_ambiguous_words_are_kept_apart():
    rows = [[
        "Số TT", "Họ và tên", "Tên chi đoàn", "Ngày vào Đoàn", "Ngày sinh", "Nam/Nữ",
        "Số thẻ ĐV", "Đoàn xã/phường", "CMND/CCCD", "Họ tên cha", "Tên đơn vị",
    ]]
    layout = roster(Sheet("S", rows + [[1, "A B", "Chi đoàn 1", "", "", "", "", "", "", "", ""]]))
    got = letters(layout)
    assert got == {
        "seq": "A", "full_name": "B", "branch": "C", "admission_date": "D",
        "date_of_birth": "E", "gender": "F", "card_number": "G", "grassroots": "H",
        "citizen_id": "I",
    }
    assert "given_name" not in got
    assert dict(layout.unmatched) == {9: "Họ tên cha", 10: "Tên đơn vị"}


def test_bare_nam_nu_tick_columns():
    rows = [
        ["STT", "Họ và tên", "Nam", "Nữ", "Năm sinh"],
        [1, "Nguyễn Văn An", "x", "", 2004],
        [2, "Trần Thị Bình", "", "X", 2003],
    ]
    sheet = Sheet("S", rows)
    layout = roster(sheet)
    split = layout.splits["gender"]
    assert (split.male.letter, split.female.letter) == ("C", "D")
    genders = []
    for _, rec in records(sheet, layout):
        genders.append(parse_gender(rec["gender"], under=rec[split_gender_key("gender")]))
    assert genders == ["male", "female"]


def test_number_row_and_line_breaks(tmp_path):
    rows = [
        *TITLE,
        [],
        ["STT", "Họ và\ntên", "Ngày,\ntháng, năm\nsinh", "Giới\ntính", "Số điện\nthoại", "Ngày kết nạp\nĐoàn", "Ghi chú"],
        [1, 2, 3, 4, 5, 6, 7],
        [1, "Nguyễn Văn An", "05/10/2004", "Nam", "0912345678", "26/03/2020", ""],
    ]
    sheet = read_sheet(make_xlsx(tmp_path / "xuong_dong.xlsx", rows))
    layout = roster(sheet)
    assert layout.header_rows == (6,)
    assert layout.number_row == 7 and layout.first_data_row == 8
    assert letters(layout) == {
        "seq": "A", "full_name": "B", "date_of_birth": "C", "gender": "D", "phone": "E",
        "admission_date": "F", "notes": "G",
    }
    assert layout.columns["date_of_birth"].header == "Ngày, tháng, năm sinh"
    assert [n for n, _ in records(sheet, layout)] == [8]


@pytest.mark.parametrize(
    "numbers",
    [["(1)", "(2)", "(3)", "(4)"], ["1", "2", "3", "4"], ["A", "B", "C", "D"], [1.0, 2.0, 3.0, 4.0]],
)
def test_number_row_forms(numbers):
    rows = [["STT", "Họ và tên", "Ngày sinh", "Chi đoàn"], numbers, [1, "Lê Văn A", "01/01/2000", "12A1"]]
    layout = roster(Sheet("S", rows))
    assert layout.number_row == 2 and layout.data_start == 2


def test_data_after_blank_rows_and_blank_rows_inside(tmp_path):
    rows = [
        ["Họ và tên", "Ngày sinh", "Số điện thoại"],
        [], [], [],
        ["Nguyễn Văn An", "05/10/2004", "0912345678"],
        [],
        ["Trần Thị Bình", "06/10/2004", "0912345679"],
        [], [],
        ["Lê Văn Cường", "07/10/2004", "0912345680"],
    ]
    sheet = read_sheet(make_xlsx(tmp_path / "trong.xlsx", rows))
    layout = roster(sheet)
    assert layout.header_rows == (1,)
    assert [n for n, _ in records(sheet, layout)] == [5, 7, 10]


def test_table_not_starting_at_a1(tmp_path):
    rows = [[], [], ["", "", "STT", "Họ và tên", "Ngày sinh"], ["", "", 1, "Lê Văn A", "01/01/2000"]]
    sheet = read_sheet(make_xlsx(tmp_path / "lech.xlsx", rows))
    layout = roster(sheet)
    assert layout.header_rows == (3,)
    assert letters(layout) == {"seq": "C", "full_name": "D", "date_of_birth": "E"}
    assert records(sheet, layout) == [(4, {"seq": 1, "full_name": "Lê Văn A", "date_of_birth": "01/01/2000"})]
    lazy = list(read_sheet_rows(tmp_path / "lech.xlsx"))
    assert len(lazy) == 4 and lazy[2][2] == "STT" and lazy[3][3] == "Lê Văn A"


def test_title_merged_across_the_table_is_not_a_parent(tmp_path):
    rows = [
        ["DANH SÁCH HỌ TÊN ĐOÀN VIÊN", "", "", ""],
        ["STT", "Họ và tên", "Ngày sinh", "Chi đoàn"],
        [1, "Lê Văn A", "01/01/2000", "12A1"],
    ]
    sheet = read_sheet(make_xlsx(tmp_path / "tieude.xlsx", rows, merges=["A1:D1"]))
    layout = roster(sheet)
    assert layout.header_rows == (2,)
    assert all(ref.parent == "" for ref in layout.columns.values())


def test_no_table_found():
    sheet = Sheet("S", [["Báo cáo tháng"], ["Nội dung", "Kết quả"], ["a", "b"]])
    assert locate_table(sheet, ROSTER_FIELDS, ROSTER_REQUIRED) is None
    assert locate_table(Sheet("empty", []), ROSTER_FIELDS, ROSTER_REQUIRED) is None


def test_header_beyond_scan_window_is_not_found():
    rows = [[f"dòng giới thiệu {i}"] for i in range(40)] + [["Họ và tên", "Ngày sinh"], ["A", "1/1/2000"]]
    assert locate_table(Sheet("S", rows), ROSTER_FIELDS, ROSTER_REQUIRED) is None
    assert locate_table(Sheet("S", rows), ROSTER_FIELDS, ROSTER_REQUIRED, max_scan_rows=60) is not None


def test_header_key():
    assert header_key("Ngày, tháng,\nnăm sinh (*)") == "ngay thang nam sinh"
    assert header_key("  HỌ VÀ TÊN (2) ") == "ho va ten"
    assert header_key("Nam/Nữ") == "nam nu"
    assert header_key("SĐT") == "sdt"


# ----------------------------------------------------------------------------- records


def test_footer_signature_totals_sections_and_repeats(tmp_path):
    head = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số điện thoại", "Chức vụ", "Ghi chú"]
    rows = [
        ["DANH SÁCH ĐOÀN VIÊN"],
        head,
        ["I", "Chi đoàn ấp Giồng Lớn"],  # section line
        [1, "Nguyễn Văn An", "05/10/2004", "Nam", "0912345678", "Bí thư", ""],
        [2, "Trần Thị Bình", "06/10/2004", "Nữ", "0912345679", "", ""],
        [3],  # pre-numbered empty row
        ["", "", "", "", "", "", "chuyển sinh hoạt tháng 5"],  # stray note
        head,  # header repeated on the second printed page
        [4, "Tổng Văn Bốn", "07/10/2004", "Nam", "0912345680", "", ""],
        [5, "Người Thị Năm", "08/10/2004", "Nữ", "0912345681", "", ""],  # odd names still data
        ["", "Tổng cộng: 5 đoàn viên", "", "", "", "", ""],
        [],
        ["", "", "", "", "Cầu Ngang, ngày 10 tháng 11 năm 2026"],
        ["", "NGƯỜI LẬP BIỂU", "", "", "TM. BAN CHẤP HÀNH"],
        ["", "(Ký, ghi rõ họ tên)", "", "", "BÍ THƯ"],
        [],
        ["", "Lê Văn Lập", "", "", "Phạm Văn Thư"],
    ]
    sheet = read_sheet(make_xlsx(tmp_path / "chan.xlsx", rows))
    layout = roster(sheet)
    skipped = []
    recs = records(sheet, layout, skipped)
    assert [r["full_name"] for _, r in recs] == [
        "Nguyễn Văn An", "Trần Thị Bình", "Tổng Văn Bốn", "Người Thị Năm",
    ]
    assert [(n, reason) for n, reason, _ in skipped] == [
        (3, "section"), (6, "index_only"), (7, "stray"), (8, "header"), (11, "total"), (13, "footer"),
    ]
    assert set(reason for _, reason, _ in skipped) <= set(SKIP_REASONS)


def test_signature_block_without_date_line_stops():
    rows = [
        ["STT", "Họ và tên", "Ngày sinh", "Chi đoàn"],
        [1, "Lê Văn A", "01/01/2000", "12A1"],
        ["", "", "NGƯỜI LẬP BIỂU", ""],
        ["", "", "", ""],
        ["", "Nguyễn Thị Ký", "", ""],
    ]
    sheet = Sheet("S", rows)
    skipped = []
    assert [n for n, _ in records(sheet, roster(sheet), skipped)] == [2]
    assert skipped[0][:2] == (3, "footer")


def test_data_row_with_position_bi_thu_is_not_a_footer():
    rows = [
        ["STT", "Họ và tên", "Chức vụ", "Ngày sinh", "Chi đoàn"],
        [1, "", "Bí thư", "01/01/2000", "12A1"],  # name forgotten, still a member row
        ["", "Lê Văn B", "Bí thư", "", ""],
        [3, "Lê Văn C", "", "01/01/2001", "12A1"],
    ]
    sheet = Sheet("S", rows)
    assert [n for n, _ in records(sheet, roster(sheet))] == [2, 3, 4]


def test_short_rows_and_none_cells():
    rows = [["Họ và tên", "Ngày sinh", "Số điện thoại"], ["Lê Văn A"], [None, None, None], ["Lê Văn B", None, "0912345678"]]
    sheet = Sheet("S", rows)
    recs = records(sheet, roster(sheet))
    assert recs == [
        (2, {"full_name": "Lê Văn A", "date_of_birth": "", "phone": ""}),
        (4, {"full_name": "Lê Văn B", "date_of_birth": None, "phone": "0912345678"}),
    ]


def test_iter_records_is_fast():
    fields = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Tôn giáo", "Số CCCD",
              "Số điện thoại", "Email", "Ngày vào Đoàn", "Số thẻ đoàn viên", "Chức vụ",
              "Chi đoàn", "Đoàn cơ sở", "Ghi chú"]
    fam = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
    rows = [["DANH SÁCH"], [], fields]
    for i in range(50_000):
        rows.append([
            float(i + 1), f"{fam[i % 12]} Văn {i}", dt.date(1990 + i % 17, 1 + i % 12, 1 + i % 28),
            "Nam" if i % 2 else "Nữ", "Kinh", "Không", f"0840{i:08d}", f"09{i:08d}", f"a{i}@x.vn",
            dt.date(2015, 3, 26), f"08400{i:06d}", "Đoàn viên", f"Chi đoàn {i % 40}", "Đoàn xã A", "",
        ])
    sheet = Sheet("S", rows)
    layout = roster(sheet)
    assert len(layout.columns) == 15
    start = time.perf_counter()
    n = sum(1 for _ in iter_records(sheet, layout))
    elapsed = time.perf_counter() - start
    assert n == 50_000
    assert elapsed < 1.5, f"iter_records took {elapsed:.2f} s for 50,000 rows"


# ----------------------------------------------------------------------------- parsers


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(2004, 10, 5), (dt.date(2004, 10, 5), False)),
        (dt.datetime(2004, 10, 5, 13, 30), (dt.date(2004, 10, 5), False)),
        ("05/10/2004", (dt.date(2004, 10, 5), False)),
        ("5/10/2004", (dt.date(2004, 10, 5), False)),
        ("16-10-2005", (dt.date(2005, 10, 16), False)),
        ("05.10.2004", (dt.date(2004, 10, 5), False)),
        ("13/8/1997", (dt.date(1997, 8, 13), False)),
        (" 5 / 10 / 2004 ", (dt.date(2004, 10, 5), False)),
        ("2004-10-05", (dt.date(2004, 10, 5), False)),
        ("2004/10/05", (dt.date(2004, 10, 5), False)),
        ("2004-10-05 00:00:00", (dt.date(2004, 10, 5), False)),
        ("05/10/2004 08:30", (dt.date(2004, 10, 5), False)),
        ("05102004", (dt.date(2004, 10, 5), False)),
        ("20041005", (dt.date(2004, 10, 5), False)),
        ("'05/10/2004", (dt.date(2004, 10, 5), False)),
        ("ngày 5 tháng 10 năm 2004", (dt.date(2004, 10, 5), False)),
        ("05/10/04", (dt.date(2004, 10, 5), False)),
        ("05/10/98", (dt.date(1998, 10, 5), False)),
        ("05/10/26", (dt.date(2026, 10, 5), False)),
        ("05/10/27", (dt.date(1927, 10, 5), False)),
        (38265, (dt.date(2004, 10, 5), False)),  # Excel serial
        (38265.0, (dt.date(2004, 10, 5), False)),
        (38265.75, (dt.date(2004, 10, 5), False)),
        ("38265", (dt.date(2004, 10, 5), False)),
        (1998, (dt.date(1998, 1, 1), True)),
        (1998.0, (dt.date(1998, 1, 1), True)),
        ("1998", (dt.date(1998, 1, 1), True)),
        ("1998.0", (dt.date(1998, 1, 1), True)),
        ("29/02/2004", (dt.date(2004, 2, 29), False)),
    ],
)
def test_parse_date_accepts(value, expected):
    assert parse_date(value, today=TODAY) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("31/02/2001", "ngày không tồn tại: 31/02/2001"),
        ("29/02/2001", "ngày không tồn tại: 29/02/2001"),
        ("10/25/2004", "tháng không hợp lệ (phải ghi ngày/tháng/năm): 10/25/2004"),
        ("05/13/2004", "tháng không hợp lệ"),
        ("3/2010", "thiếu ngày"),
        ("abc", "không hiểu ngày"),
        ("", "ô trống"),
        (None, "ô trống"),
        (dt.time(10, 5), "là giờ"),
        (500, "không phải ngày"),
        (99999, "không phải ngày"),
        ("1850", "năm ngoài khoảng"),
        ("05/10/1850", "năm ngoài khoảng"),
        (True, "không phải ngày"),
    ],
)
def test_parse_date_rejects(value, message):
    with pytest.raises(ValueError) as err:
        parse_date(value, today=TODAY)
    assert message in str(err.value)


def test_dates_from_a_real_workbook(tmp_path):
    rows = [
        ["Họ và tên", "Ngày sinh"],
        ["A", dt.date(2004, 10, 5)],
        ["B", "16-10-2005"],
        ["C", "13/8/1997"],
        ["D", "05.10.2004"],
        ["E", 38265],  # a serial typed into a cell without a date format
        ["F", 1998],
        ["G", "2004-10-05"],
        ["H", dt.datetime(2004, 10, 5, 0, 0)],
    ]
    sheet = read_sheet(make_xlsx(tmp_path / "ngay.xlsx", rows))
    got = [parse_date(r["date_of_birth"], today=TODAY) for _, r in records(sheet, roster(sheet))]
    assert got == [
        (dt.date(2004, 10, 5), False), (dt.date(2005, 10, 16), False), (dt.date(1997, 8, 13), False),
        (dt.date(2004, 10, 5), False), (dt.date(2004, 10, 5), False), (dt.date(1998, 1, 1), True),
        (dt.date(2004, 10, 5), False), (dt.date(2004, 10, 5), False),
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("'0888889964", "0888889964"),
        (840001001.0, "840001001"),
        (840001001, "840001001"),
        (84105074391.0, "84105074391"),
        (1e20, "100000000000000000000"),
        (1.5, "1.5"),
        (1.5e-05, "0.000015"),
        ("  PHẠM   CÔNG  NAM ", "PHẠM CÔNG NAM"),
        ("Nguye\u0302\u0303n", "Nguyễn"),  # NFD in, NFC out
        (dt.date(2004, 10, 5), "05/10/2004"),
        (dt.datetime(2004, 10, 5, 8, 30), "05/10/2004 08:30"),
        (dt.time(14, 0), "14:00"),
        ("", ""),
        (None, ""),
        (True, "TRUE"),
    ],
)
def test_cell_text(value, expected):
    assert cell_text(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0912345678", "0912345678"),
        ("'0888889964", "0888889964"),
        (912345678.0, "0912345678"),
        (912345678, "0912345678"),
        ("912345678", "0912345678"),
        ("0912 345 678", "0912345678"),
        ("0912.345.678", "0912345678"),
        ("0912-345-678", "0912345678"),
        ("+84 912 345 678", "0912345678"),
        ("+84912345678", "0912345678"),
        ("(+84) 912345678", "0912345678"),
        ("84912345678", "0912345678"),
        ("0084912345678", "0912345678"),
        ("01689123456", "0389123456"),  # old 11-digit mobile renumbered in 2018
        ("0294 3855 123", "02943855123"),  # landline
        (2943855123.0, "02943855123"),
        ("0912345678 / 0987654321", "0912345678"),
        ("0912345678 - 0987654321", "0912345678"),
        ("+1 415 555 0100", "+14155550100"),
    ],
)
def test_parse_phone_accepts(value, expected):
    assert parse_phone(value) == expected


@pytest.mark.parametrize(
    "value", ["12345", "0112345678", "abc", "091234567a", 1.5, "", dt.date(2004, 1, 1), "09123456789012"]
)
def test_parse_phone_rejects(value):
    with pytest.raises(ValueError):
        parse_phone(value)


def test_identifiers_stored_as_numbers_and_text(tmp_path):
    rows = [
        ["Họ và tên", "Số điện thoại", "Số thẻ đoàn viên", "Số CCCD"],
        ["A", 912345678, 840001001, "084105074391"],
        ["B", "'0888889964", "'0840001003", 84105074391],
        ["C", "0912 345 678", "0840001004", "'084105074392"],
    ]
    sheet = read_sheet(make_xlsx(tmp_path / "so.xlsx", rows))
    recs = [r for _, r in records(sheet, roster(sheet))]
    assert [parse_phone(r["phone"]) for r in recs] == ["0912345678", "0888889964", "0912345678"]
    assert [cell_text(r["card_number"]) for r in recs] == ["840001001", "0840001003", "0840001004"]
    assert [cell_text(r["citizen_id"]) for r in recs] == ["084105074391", "84105074391", "084105074392"]


@pytest.mark.parametrize(
    ("value", "under", "expected"),
    [
        ("Nam", None, "male"), ("nam", None, "male"), ("NAM", None, "male"),
        ("Nữ", None, "female"), ("nữ", None, "female"), ("NỮ", None, "female"), ("Nu", None, "female"),
        ("Nu\u0303", None, "female"), ("M", None, "male"), ("F", None, "female"),
        ("Nam giới", None, "male"), ("nữ.", None, "female"),
        ("x", "female", "female"), ("X", "male", "male"), ("✓", "male", "male"), (1.0, "female", "female"),
        ("", None, None), (None, None, None), ("", "male", None),
    ],
)
def test_parse_gender(value, under, expected):
    assert parse_gender(value, under=under) == expected


@pytest.mark.parametrize("value", ["Khác?", "x", "N", "2", dt.date(2000, 1, 1)])
def test_parse_gender_rejects(value):
    with pytest.raises(ValueError):
        parse_gender(value)


@pytest.mark.parametrize(
    ("index", "letter"), [(0, "A"), (1, "B"), (25, "Z"), (26, "AA"), (27, "AB"), (701, "ZZ"), (702, "AAA")]
)
def test_column_letter(index, letter):
    assert column_letter(index) == letter


# ----------------------------------------------------------------------------- files


def test_unreadable_file_names_the_file(tmp_path):
    bad = tmp_path / "danh_sach_hong.xlsx"
    bad.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    with pytest.raises(InputFileError) as err:
        read_sheets(bad)
    assert "danh_sach_hong.xlsx" in str(err.value)
    assert "hỏng" in str(err.value)


def test_missing_and_unsupported_files(tmp_path):
    with pytest.raises(InputFileError, match="Không tìm thấy tệp «khong_co.xlsx»"):
        read_sheets(tmp_path / "khong_co.xlsx")
    csv = tmp_path / "ds.csv"
    csv.write_text("Họ và tên\nA\n", encoding="utf-8")
    with pytest.raises(InputFileError, match="«ds.csv».*CSV"):
        read_sheets(csv)
    txt = tmp_path / "ds.docx"
    txt.write_bytes(b"PK\x03\x04")
    with pytest.raises(InputFileError, match="«ds.docx» không phải bảng tính"):
        read_sheets(txt)
    empty = tmp_path / "rong.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(InputFileError, match="«rong.xlsx» rỗng"):
        read_sheets(empty)
    html = tmp_path / "tai_ve.xls"
    html.write_text("<html><body><table><tr><td>Họ và tên</td></tr></table></body></html>", encoding="utf-8")
    with pytest.raises(InputFileError, match="«tai_ve.xls».*HTML"):
        read_sheets(html)
    text = tmp_path / "ghi_chu.xlsx"
    text.write_text("không phải bảng tính", encoding="utf-8")
    with pytest.raises(InputFileError, match="«ghi_chu.xlsx» không phải bảng tính"):
        read_sheets(text)
    lock = tmp_path / "~$ds.xlsx"
    lock.write_bytes(b"\x00" * 165)
    with pytest.raises(InputFileError, match="tệp khóa tạm"):
        read_sheets(lock)


def test_password_protected_xlsx(tmp_path):
    # An encrypted .xlsx is an OLE (CFB) container with an EncryptedPackage stream.
    fake = tmp_path / "mat_khau.xlsx"
    fake.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 512
    )
    with pytest.raises(InputFileError, match="«mat_khau.xlsx» được đặt mật khẩu"):
        read_sheets(fake)


def test_wrong_extension_is_read_by_content(tmp_path):
    real = make_xlsx(tmp_path / "that.xlsx", [["Họ và tên"], ["Lê Văn A"]])
    renamed = tmp_path / "doi_duoi.xls"
    renamed.write_bytes(real.read_bytes())
    sheet = read_sheets(renamed)[0]
    assert sheet.rows[1][0] == "Lê Văn A"


def test_several_sheets_and_choice_by_name(tmp_path):
    path = make_xlsx(
        tmp_path / "nhieu.xlsx",
        [["Hướng dẫn: điền theo mẫu"]],
        title="HuongDan",
        extra_sheets=[("DS", [["STT", "Họ và tên", "Ngày sinh"], [1, "Lê Văn A", "1/1/2000"]])],
    )
    assert sheet_names(path) == ["HuongDan", "DS"]
    tables = find_tables(read_sheets(path), ROSTER_FIELDS, ROSTER_REQUIRED)
    assert [(s.name, layout.sheet) for s, layout in tables] == [("DS", "DS")]
    assert read_sheet(path, "DS").rows[1][1] == "Lê Văn A"
    assert read_sheet(path, 1).name == "DS"
    with pytest.raises(InputFileError, match="không có trang «Khác»"):
        read_sheet(path, "Khác")


def _ods_cell(v) -> str:
    if v == "" or v is None:
        return "<table:table-cell/>"
    if isinstance(v, dt.date):
        return (
            f'<table:table-cell office:value-type="date" office:date-value="{v.isoformat()}">'
            f"<text:p>{v:%d/%m/%Y}</text:p></table:table-cell>"
        )
    if isinstance(v, (int, float)):
        return f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"><text:p>{escape(v)}</text:p></table:table-cell>'


def write_ods(path: Path, name: str, rows) -> Path:
    body = "".join(
        "<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>" for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{escape(name)}">{body}'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def test_ods_roster(tmp_path):
    rows = [
        ["DANH SÁCH ĐOÀN VIÊN"],
        [],
        ["TT", "Họ tên", "Ngày, tháng, năm sinh", "", "SĐT"],
        ["", "", "Nam", "Nữ", ""],
        [1, "Lê Văn A", dt.date(2004, 10, 5), "", "0912345678"],
        [2, "Trần Thị B", "", "13/8/1997", 388889964],
        [],
        ["", "", "", "Cầu Ngang, ngày … tháng … năm 2026"],
    ]
    path = write_ods(tmp_path / "danh_sach.ods", "Chi đoàn 1", rows)
    sheets = read_sheets(path)
    assert [s.name for s in sheets] == ["Chi đoàn 1"]
    sheet = sheets[0]
    layout = roster(sheet)
    assert layout.header_rows == (3, 4)
    assert layout.splits["date_of_birth"].female.letter == "D"
    skipped = []
    recs = records(sheet, layout, skipped)
    key = split_gender_key("date_of_birth")
    assert [(r["full_name"], r[key], parse_date(r["date_of_birth"])[0], parse_phone(r["phone"])) for _, r in recs] == [
        ("Lê Văn A", "male", dt.date(2004, 10, 5), "0912345678"),
        ("Trần Thị B", "female", dt.date(1997, 8, 13), "0388889964"),
    ]
    assert skipped[0][:2] == (8, "footer")


def test_damaged_ods_names_the_file(tmp_path):
    path = tmp_path / "hong.ods"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content")
    with pytest.raises(InputFileError, match="«hong.ods»"):
        read_sheets(path)


# ----------------------------------------------------------------------------- .xls (BIFF8)
# No xls writer is installed, so tests build the smallest BIFF8 workbook calamine reads:
# a Workbook stream (BOF, CODEPAGE, BOUNDSHEET, EOF; then the sheet's BOF, DIMENSIONS,
# LABEL/NUMBER cells, MERGECELLS, EOF) inside a version-3 compound (OLE) file.


def _rec(typ: int, data: bytes = b"") -> bytes:
    return struct.pack("<HH", typ, len(data)) + data


def _bof(kind: int) -> bytes:
    return _rec(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 0x07CC, 0, 0x06))


def biff8_stream(sheet_name: str, rows, merges=(), password=False) -> bytes:
    cells = []
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v is None or v == "":
                continue
            if isinstance(v, str):
                text = struct.pack("<HB", len(v), 1) + v.encode("utf-16-le")
                cells.append(_rec(0x0204, struct.pack("<HHH", r, c, 0) + text))
            else:
                cells.append(_rec(0x0203, struct.pack("<HHHd", r, c, 0, float(v))))
    width = max((len(r) for r in rows), default=0)
    sheet = _bof(0x0010) + _rec(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, width, 0)) + b"".join(cells)
    if merges:  # (first row, last row, first col, last col), 0-based
        sheet += _rec(0x00E5, struct.pack("<H", len(merges)) + b"".join(struct.pack("<HHHH", *m) for m in merges))
    sheet += _rec(0x000A)
    name = struct.pack("<BB", len(sheet_name), 1) + sheet_name.encode("utf-16-le")

    def book(pos: int) -> bytes:
        lock = _rec(0x002F, struct.pack("<HHH", 1, 1, 1)) if password else b""
        bound = _rec(0x0085, struct.pack("<IBB", pos, 0, 0) + name)
        return _bof(0x0005) + lock + _rec(0x0042, struct.pack("<H", 1200)) + bound + _rec(0x000A)

    return book(len(book(0))) + sheet


def compound_file(stream: bytes, name: str = "Workbook") -> bytes:
    stream = stream.ljust(4096, b"\x00")  # past the mini-stream cutoff: ordinary sectors only
    stream += b"\x00" * (-len(stream) % 512)
    n = len(stream) // 512
    end, free, fatsect, nostream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16
        + struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6) + b"\x00" * 6
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 0x1000, end, 0, end, 0)
        + struct.pack("<I", 0) + struct.pack("<I", free) * 108
    )
    fat = [fatsect, end] + [i + 1 for i in range(2, n + 1)] + [end]
    fat += [free] * (128 - len(fat))

    def entry(entry_name: str, typ: int, child: int, start: int, size: int) -> bytes:
        raw = entry_name.encode("utf-16-le") + b"\x00\x00" if entry_name else b""
        return (
            raw.ljust(64, b"\x00") + struct.pack("<HBB", len(raw), typ, 1 if typ else 0)
            + struct.pack("<III", nostream, nostream, child) + b"\x00" * 16
            + struct.pack("<IQQ", 0, 0, 0) + struct.pack("<IQ", start, size)
        )

    directory = entry("Root Entry", 5, 1, end, 0) + entry(name, 2, nostream, 2, len(stream))
    directory += entry("", 0, nostream, 0, 0) * 2
    return header + struct.pack("<128I", *fat) + directory + stream


def test_xls_roster_with_two_row_header(tmp_path):
    rows = [
        ["DANH SÁCH ĐOÀN VIÊN"],
        [],
        ["STT", "Họ và tên", "Ngày, tháng, năm sinh", "", "SĐT", "Số thẻ"],
        ["", "", "Nam", "Nữ", "", ""],
        [1, "Lê Văn A", "05/10/2004", "", 912345678, 840001001],
        [2, "Trần Thị B", "", "13/8/1997", "0388889964", "0840001002"],
        [],
        ["", "", "", "NGƯỜI LẬP BIỂU"],
    ]
    merges = [(2, 2, 2, 3), (2, 3, 0, 0), (2, 3, 1, 1), (2, 3, 4, 4), (2, 3, 5, 5)]
    path = tmp_path / "danh_sach_cu.xls"
    path.write_bytes(compound_file(biff8_stream("Danh sách", rows, merges)))
    sheets = read_sheets(path)
    assert [s.name for s in sheets] == ["Danh sách"]
    sheet = sheets[0]
    layout = roster(sheet)
    assert layout.header_rows == (3, 4)
    assert (layout.splits["date_of_birth"].male.letter, layout.splits["date_of_birth"].female.letter) == ("C", "D")
    skipped = []
    recs = records(sheet, layout, skipped)
    key = split_gender_key("date_of_birth")
    assert [
        (r["full_name"], r[key], parse_phone(r["phone"]), cell_text(r["card_number"])) for _, r in recs
    ] == [
        ("Lê Văn A", "male", "0912345678", "840001001"),
        ("Trần Thị B", "female", "0388889964", "0840001002"),
    ]
    assert skipped[0][:2] == (8, "footer")


def test_password_protected_xls(tmp_path):
    path = tmp_path / "khoa.xls"
    path.write_bytes(compound_file(biff8_stream("S", [["Họ và tên"]], password=True)))
    with pytest.raises(InputFileError, match="«khoa.xls» được đặt mật khẩu"):
        read_sheets(path)


def test_day_month_year_columns_and_gender_ticks_under_parents():
    rows = [
        ["STT", "Họ và tên", "Ngày sinh", "", "", "Giới tính", "", "Địa chỉ", ""],
        ["", "", "Ngày", "Tháng", "Năm", "Nam", "Nữ", "Thôn/ấp", "Xã"],
        [1, "Lê Văn A", 5, 10, 2004, "x", "", "Ấp 1", "Xã A"],
        [2, "Lê Thị B", 15, 1, 2003, "", "X", "Ấp 2", "Xã B"],
    ]
    sheet = Sheet("S", rows)
    layout = roster(sheet)
    assert layout.header_rows == (1, 2)
    assert layout.columns["date_of_birth"].indices == (2, 3, 4)
    assert set(layout.splits) == {"gender"}
    got = []
    for _, rec in records(sheet, layout):
        got.append((parse_date(rec["date_of_birth"])[0], parse_gender(rec["gender"], under=rec["gender.gender"])))
    assert got == [(dt.date(2004, 10, 5), "male"), (dt.date(2003, 1, 15), "female")]
    assert dict(layout.unmatched) == {7: "Thôn/ấp", 8: "Xã"}


def test_sub_column_with_its_own_meaning_is_not_joined():
    rows = [
        ["STT", "Họ và tên", "Số điện thoại", "", "Năm sinh"],
        ["", "", "Di động", "Cố định", ""],
        [1, "Lê Văn A", "0912345678", "02943855123", 2004],
    ]
    sheet = Sheet("S", rows)
    layout = roster(sheet)
    assert layout.columns["phone"].indices == (2,)
    assert records(sheet, layout)[0][1]["phone"] == "0912345678"


def test_place_date_line_in_the_name_column_with_signatures():
    rows = [
        ["STT", "Họ và tên", "Ngày sinh", "Chi đoàn"],
        [1, "Nguyễn Văn A", "1/1/2000", "12A1"],
        ["", "Cầu Ngang, ngày 5 tháng 3 năm 2025", "TM. BCH CHI ĐOÀN", "BÍ THƯ"],
        ["", "Lê Văn Ký", "", ""],
    ]
    sheet = Sheet("S", rows)
    skipped = []
    assert [n for n, _ in records(sheet, roster(sheet), skipped)] == [2]
    assert [s[:2] for s in skipped] == [(3, "footer")]


def test_member_rows_with_few_numbers_are_not_number_rows():
    rows = [
        ["STT", "Họ và tên", "Ngày sinh", "Lần thi", "Chi đoàn", "Ghi chú"],
        [1, "", "", 2, "", ""],  # name missing: still a row the importer must report
        [2, "Lê Văn B", "1/1/2000", 1, "12A1", ""],
    ]
    sheet = Sheet("S", rows)
    assert [n for n, _ in records(sheet, roster(sheet))] == [2, 3]


def test_roster_vocabulary_has_no_synonym_in_two_fields():
    seen = {}
    for fld, synonyms in ROSTER_FIELDS.items():
        for syn in synonyms:
            key = header_key(syn.lstrip("="))
            assert key, syn
            assert seen.setdefault(key, fld) == fld, f"{syn!r} is in {seen[key]} and {fld}"


def test_first_member_row_is_not_taken_for_a_sub_header():
    # An unlabeled column in the header and an all-text first row: still one header row.
    rows = [
        ["Họ và tên", "", "Giới tính", "Chi đoàn", "Ghi chú"],
        ["Nguyễn Văn An", "Cầu Ngang", "Nam", "Chi đoàn ấp Giồng Lớn", ""],
        ["Trần Thị Bình", "Trà Cú", "Nữ", "Chi đoàn ấp Cây Da", ""],
    ]
    sheet = Sheet("S", rows)
    layout = roster(sheet)
    assert layout.header_rows == (1,)
    assert [n for n, _ in records(sheet, layout)] == [2, 3]
