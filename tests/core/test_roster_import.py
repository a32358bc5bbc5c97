"""Roster import: the sample files, the paper-form layout, matching, all-or-nothing."""

from datetime import date

import pytest
from openpyxl import Workbook

from desktop.core.errors import InputFileError, ValidationError
from desktop.core.members import MemberQuery, list_members
from desktop.core.roster_import import apply_roster_import, preview_roster_import
from desktop.core.units import import_units

TODAY = date(2026, 11, 22)


@pytest.fixture
def cau_ngang(db, samples):
    import_units(db, samples / "units_cau_ngang.xlsx", home_code="TV-CN")
    return db


def _by_name(db):
    return {r.full_name: r for r in list_members(db)}


def test_messy_sample_problem_rows_reported_with_location_and_not_imported(cau_ngang, samples):
    plan = preview_roster_import(cau_ngang, samples / "roster_messy.xlsx", today=TODAY)
    assert plan.sheets[0].header_row == 5
    located = {(p.row, p.column) for p in plan.errors}
    assert (129, "B") in located          # missing name
    assert (130, "C") in located          # 31/02/2001
    assert (131, "G") in located          # card number repeated from row 6
    assert (133, "D") in located          # gender "Khác?"
    assert (133, "H") in located          # unknown branch
    assert [(p.row, p.column) for p in plan.warnings] == [(132, "C")]  # 66 years old: warned, imported
    assert all(p.sheet == "DS DV" and p.file == "roster_messy.xlsx" for p in plan.problems)
    assert all(p.message[:1].isupper() for p in plan.problems), [p.message for p in plan.problems]
    assert plan.counts == {"create": 121, "update": 0, "unchanged": 0, "error": 4}

    with pytest.raises(ValidationError):
        apply_roster_import(cau_ngang, plan)
    assert list_members(cau_ngang) == []  # nothing half-written

    report = apply_roster_import(cau_ngang, plan, skip_invalid=True)
    assert (report.created, report.skipped) == (121, 4)
    people = _by_name(cau_ngang)
    assert "Trần Văn Lỗi" not in people and "Võ Thị Giới" not in people
    assert "Phạm Văn Tuổi" in people
    cuong = people["Trần Hữu Cường"]
    assert (cuong.date_of_birth, cuong.gender, cuong.phone, cuong.card_number) == (
        date(2002, 2, 5), "male", "0944939092", "0840001001")
    assert cuong.branch_name == "Chi đoàn ấp Giồng Lớn"
    assert people["Hoàng Công Hùng"].phone == "0888889964"       # leading apostrophe dropped
    assert people["Hoàng Công Hùng"].date_of_birth == date(2004, 10, 5)  # 05.10.2004
    assert people["Bùi Thùy Phương"].date_of_birth == date(2005, 10, 16)  # 16-10-2005
    assert people["Phạm Công Nam"].family_name == "Phạm"          # "  PHẠM CÔNG NAM " cleaned
    assert people["Lâm Thị Linh"].given_name == "Linh"            # NFD in the file, NFC in the roster
    assert people["Lê Công Vĩnh"].branch_name == "Chi đoàn cơ sở Công an huyện"


def test_standard_sample_imports_every_column_and_reimport_changes_nothing(cau_ngang, samples):
    plan = preview_roster_import(cau_ngang, samples / "roster_standard.xlsx", today=TODAY)
    assert plan.errors == []
    assert plan.counts["create"] == 400
    apply_roster_import(cau_ngang, plan)
    ha = next(r for r in list_members(cau_ngang) if r.card_number == "0840001007")
    assert (ha.full_name, ha.date_of_birth) == ("Thạch Thùy Thảo", date(1998, 4, 5))
    assert (ha.ethnicity, ha.religion, ha.citizen_id, ha.position, ha.gender) == (
        "Kinh", "Phật giáo", "084198662585", "deputy_secretary", "female")
    again = preview_roster_import(cau_ngang, samples / "roster_standard.xlsx", today=TODAY)
    assert again.counts == {"create": 0, "update": 0, "unchanged": 400, "error": 0}


def test_existing_member_is_updated_not_duplicated(cau_ngang, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Họ và tên", "Ngày sinh", "Số thẻ", "Chi đoàn", "SĐT"])
    ws.append(["Lê Văn An", "01/02/2001", "0840000001", "Chi đoàn ấp Cây Da", "0911111111"])
    ws.append(["Trần Thị Bé", "03/04/2002", "", "Chi đoàn ấp Cây Da", ""])
    wb.save(tmp_path / "v1.xlsx")
    apply_roster_import(cau_ngang, preview_roster_import(cau_ngang, tmp_path / "v1.xlsx", today=TODAY))
    ws["E2"] = "0922222222"                       # matched by card number
    ws["C3"] = "0840000002"                       # matched by name + date of birth, gains a card
    wb.save(tmp_path / "v2.xlsx")
    plan = preview_roster_import(cau_ngang, tmp_path / "v2.xlsx", today=TODAY)
    assert plan.counts == {"create": 0, "update": 2, "unchanged": 0, "error": 0}
    apply_roster_import(cau_ngang, plan)
    people = _by_name(cau_ngang)
    assert len(people) == 2
    assert people["Lê Văn An"].phone == "0922222222"
    assert people["Trần Thị Bé"].card_number == "0840000002"


def test_card_number_of_someone_else_is_a_conflict(cau_ngang, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Họ và tên", "Ngày sinh", "Số thẻ", "Chi đoàn"])
    ws.append(["Lê Văn An", "01/02/2001", "0840000001", "Chi đoàn ấp Cây Da"])
    wb.save(tmp_path / "a.xlsx")
    apply_roster_import(cau_ngang, preview_roster_import(cau_ngang, tmp_path / "a.xlsx", today=TODAY))
    ws["A2"], ws["B2"] = "Ngô Thị Khác", "09/09/1999"
    wb.save(tmp_path / "b.xlsx")
    plan = preview_roster_import(cau_ngang, tmp_path / "b.xlsx", today=TODAY)
    assert plan.counts["error"] == 1 and "Lê Văn An" in plan.errors[0].message


def test_paper_form_with_two_row_header_and_birth_date_under_gender(cau_ngang, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["BCH HUYỆN ĐOÀN CẦU NGANG"])
    ws.append(["DANH SÁCH ĐOÀN VIÊN CHI ĐOÀN ẤP CÂY DA"])
    ws.append(["STT", "Họ và tên", "Ngày, tháng, năm sinh", None, "Số thẻ ĐV", "Chi đoàn", "Ghi chú"])
    ws.append([None, None, "Nam", "Nữ", None, None, None])
    ws.merge_cells("C3:D3")
    for col in "ABEFG":
        ws.merge_cells(f"{col}3:{col}4")
    ws.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"])
    ws.append([1, "Nguyễn Văn Nam", "12/03/2001", None, "'0840000101", "Chi đoàn ấp Cây Da", None])
    ws.append([2, "Trần Thị Nữ", None, "1999", "'0840000102", "Chi đoàn ấp Cây Da", None])
    ws.append([None, None, None, None, None, None, None])
    ws.append([None, None, None, "Cầu Ngang, ngày 10 tháng 11 năm 2026", None, None, None])
    ws.append([None, None, None, "NGƯỜI LẬP BIỂU", None, None, None])
    wb.save(tmp_path / "paper.xlsx")
    plan = preview_roster_import(cau_ngang, tmp_path / "paper.xlsx", today=TODAY)
    assert plan.errors == [], [str(p) for p in plan.errors]
    apply_roster_import(cau_ngang, plan)
    people = _by_name(cau_ngang)
    assert set(people) == {"Nguyễn Văn Nam", "Trần Thị Nữ"}
    assert (people["Nguyễn Văn Nam"].gender, people["Nguyễn Văn Nam"].date_of_birth) == ("male", date(2001, 3, 12))
    nu = people["Trần Thị Nữ"]
    assert (nu.gender, nu.date_of_birth, nu.birth_year_only, nu.card_number) == (
        "female", date(1999, 1, 1), True, "0840000102")


def test_file_without_branch_column_goes_to_the_chosen_unit(cau_ngang, tmp_path):
    from desktop.core.units import load_tree

    wb = Workbook()
    ws = wb.active
    ws.append(["Họ tên", "Năm sinh", "Giới tính"])
    ws.append(["Lý Thị Hoa", 2003, "Nữ"])
    wb.save(tmp_path / "nobranch.xlsx")
    plan = preview_roster_import(cau_ngang, tmp_path / "nobranch.xlsx", today=TODAY)
    assert plan.errors and "Chi đoàn" in plan.errors[0].message
    target = load_tree(cau_ngang).by_code("TV-CN-02-01")
    plan = preview_roster_import(cau_ngang, tmp_path / "nobranch.xlsx", target_unit_id=target.id, today=TODAY)
    apply_roster_import(cau_ngang, plan)
    assert list_members(cau_ngang, MemberQuery(unit_id=target.id))[0].full_name == "Lý Thị Hoa"


def test_legacy_tcvn3_names_are_converted_and_reported(cau_ngang, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Hä vµ tªn", "Ngµy sinh", "Chi ®oµn"])   # the header itself typed in TCVN3 is not required
    ws.append(["Hä vµ tªn".replace("Hä vµ tªn", "Họ và tên"), "Ngày sinh", "Chi đoàn"])
    ws.delete_rows(1)
    ws.append(["NguyÔn V¨n Hïng", "01/01/2000", "Chi ®oµn Êp C©y Da"])
    ws.append(["TrÇn ThÞ Hång", "02/02/2001", "Chi ®oµn Êp C©y Da"])
    wb.save(tmp_path / "tcvn3.xlsx")
    plan = preview_roster_import(cau_ngang, tmp_path / "tcvn3.xlsx", today=TODAY)
    assert plan.legacy_encoding == "tcvn3"
    assert plan.errors == [], [str(p) for p in plan.errors]
    assert [r.full_name for r in plan.rows] == ["Nguyễn Văn Hùng", "Trần Thị Hồng"]


def test_unreadable_file_says_which_file(cau_ngang, tmp_path):
    bad = tmp_path / "hong.xlsx"
    bad.write_bytes(b"not a spreadsheet")
    with pytest.raises(InputFileError, match="hong.xlsx"):
        preview_roster_import(cau_ngang, bad)
    with pytest.raises(InputFileError, match="Họ và tên"):
        preview_roster_import(cau_ngang, _no_table(tmp_path / "empty.xlsx"))


def _no_table(path):
    wb = Workbook()
    wb.active.append(["Chỉ có", "văn bản"])
    wb.save(path)
    return path


def test_cancelled_apply_writes_nothing(cau_ngang, samples):
    from desktop.core.tasks import Cancelled

    plan = preview_roster_import(cau_ngang, samples / "roster_standard.xlsx", today=TODAY)
    calls = []

    def cancel_after_start():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        apply_roster_import(cau_ngang, plan, cancelled=cancel_after_start)
    assert list_members(cau_ngang) == []
