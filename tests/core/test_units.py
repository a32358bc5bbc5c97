"""The unit tree: levels, codes, home office, unit-list import."""

import pytest
from openpyxl import Workbook

from desktop.core import units
from desktop.core.errors import SetupError, ValidationError
from desktop.core.units import UnitLevel


def test_import_sample_unit_list_builds_the_tree_and_sets_home(db, samples):
    report = units.import_units(db, samples / "units_cau_ngang.xlsx", home_code="TV-CN")
    assert report.applied and not report.errors
    assert len(report.created) == 21
    tree = units.load_tree(db)
    assert tree.home().name == "Huyện đoàn Cầu Ngang"
    assert [u.code for u in tree.path(tree.by_code("TV-CN-01-02").id)] == ["TV", "TV-CN", "TV-CN-01", "TV-CN-01-02"]
    assert tree.by_code("TV-CN-01").level == UnitLevel.GRASSROOTS
    assert tree.by_code("TV-CN-01-01").level == UnitLevel.BRANCH
    again = units.import_units(db, samples / "units_cau_ngang.xlsx")
    assert (len(again.created), len(again.updated), len(again.unchanged)) == (0, 0, 21)


def _unit_file(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH ĐƠN VỊ"])
    ws.append([])
    ws.append(["Mã đơn vị", "Tên đơn vị", "Cấp", "Đơn vị cấp trên"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_unit_list_with_children_before_parents_and_post_2025_levels(db, tmp_path):
    path = _unit_file(tmp_path / "dv.xlsx", [
        ["P-01-01", "Chi đoàn khu phố 1", "Chi đoàn", "P-01"],
        ["P-01", "Đoàn phường An Hội", "Xã/Phường", "P"],
        ["P", "Tỉnh đoàn Vĩnh Long", "Tỉnh", ""],
    ])
    report = units.import_units(db, path)
    assert report.applied, report.problems
    tree = units.load_tree(db)
    assert tree.by_code("P-01").level == UnitLevel.COMMUNE
    assert tree.by_code("P-01-01").parent_id == tree.by_code("P-01").id


def test_unit_list_problems_are_located_and_nothing_is_written(db, tmp_path):
    path = _unit_file(tmp_path / "bad.xlsx", [
        ["A", "Tỉnh đoàn A", "Tỉnh", ""],
        ["A-1", "Huyện đoàn B", "Huyện", "ZZZ"],
        ["A-2", "Đoàn xã C", "Cấp lạ", "A"],
        ["A", "Trùng mã", "Tỉnh", ""],
    ])
    report = units.import_units(db, path)
    assert not report.applied
    messages = {(p.row, p.column): p.message for p in report.errors}
    assert "ZZZ" in messages[(5, "D")]
    assert "Cấp lạ" in messages[(6, "C")]
    assert "lặp lại" in messages[(7, "A")]
    assert units.load_tree(db).units == []


def test_a_child_must_sit_below_its_parent(db):
    province = units.create_unit(db, "T", "Tỉnh đoàn T", "province")
    branch = units.create_unit(db, "T-B", "Chi đoàn B", "branch", province.id)
    with pytest.raises(ValidationError, match="không thể trực thuộc"):
        units.create_unit(db, "T-X", "Huyện đoàn X", "district", branch.id)
    with pytest.raises(ValidationError, match="đã có"):
        units.create_unit(db, "T", "Khác", "province")


def test_delete_refuses_units_with_children_and_home(db):
    province = units.create_unit(db, "T", "Tỉnh đoàn T", "province")
    district = units.create_unit(db, "T-H", "Huyện đoàn H", "district", province.id)
    units.set_home_unit(db, district.id)
    with pytest.raises(ValidationError, match="còn 1 đơn vị"):
        units.delete_unit(db, province.id)
    with pytest.raises(ValidationError, match="đơn vị của máy này"):
        units.delete_unit(db, district.id)


def test_first_run_setup_creates_home_office_and_province(db):
    with pytest.raises(SetupError):
        units.require_home_unit(db)
    unit = units.setup_home_office(db, name="Đoàn phường Long Châu", code="VL-LC", level="commune",
                                   parent_name="Tỉnh đoàn Vĩnh Long", parent_code="VL")
    tree = units.load_tree(db)
    assert tree.home_id == unit.id
    assert tree.by_id[unit.parent_id].name == "Tỉnh đoàn Vĩnh Long"


def test_level_words_offices_use():
    assert units.parse_level("Huyện") == "district"
    assert units.parse_level("Cơ sở") == "grassroots"
    assert units.parse_level("Chi đoàn") == "branch"
    assert units.parse_level("Đoàn khối") == "sector"
    assert units.parse_level("tỉnh") == "province"


def test_setup_mistakes_point_at_the_right_field_and_write_nothing(db):
    with pytest.raises(ValidationError) as err:
        units.setup_home_office(db, name="Đoàn xã A", code="VL-A", level="commune",
                                parent_name="Tỉnh đoàn Vĩnh Long", parent_code="V L")
    assert err.value.field == "parent_code"
    with pytest.raises(ValidationError) as err:
        units.setup_home_office(db, name="Đoàn xã A", code="VL A", level="commune",
                                parent_name="Tỉnh đoàn Vĩnh Long", parent_code="VL")
    assert err.value.field == "code"
    with pytest.raises(ValidationError) as err:
        units.setup_home_office(db, name="Tỉnh đoàn khác", code="X", level="province",
                                parent_name="Tỉnh đoàn Vĩnh Long", parent_code="VL")
    assert err.value.field == "level"
    assert units.load_tree(db).units == []  # the province was not created on the way
