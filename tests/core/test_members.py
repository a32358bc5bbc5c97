"""Members: validation, create/update/soft delete, Vietnamese order, tone-free search."""

from datetime import date

import pytest

from desktop.core import members
from desktop.core.errors import ValidationError
from desktop.core.members import MemberInput, MemberQuery


@pytest.fixture
def branch_id(demo_db):
    from desktop.core.units import load_tree

    return load_tree(demo_db).by_code("TV-CN-01-01").id


def _add(db, branch_id, name, **kw):
    kw.setdefault("date_of_birth", date(2000, 1, 1))
    return members.create_member(db, MemberInput.from_full_name(name, branch_id=branch_id, **kw))


def test_full_name_split_and_card_number_keeps_leading_zero(demo_db, branch_id):
    member_id = _add(demo_db, branch_id, "  nguyễn   thị  hường ", card_number="0840000123", phone="0912 345 678")
    record = members.get_member(demo_db, member_id)
    assert (record.family_name, record.middle_name, record.given_name) == ("Nguyễn", "Thị", "Hường")
    assert record.card_number == "0840000123"
    assert record.phone == "0912345678"


def test_search_ignores_tones_case_and_d(demo_db, branch_id):
    _add(demo_db, branch_id, "Nguyễn Thị Hường")
    _add(demo_db, branch_id, "Đồng Văn Đông", date_of_birth=date(1999, 5, 5))
    _add(demo_db, branch_id, "Lê Văn Nam")
    found = lambda text: [r.full_name for r in members.list_members(demo_db, MemberQuery(search=text))]
    assert found("nguyen thi huong") == ["Nguyễn Thị Hường"]
    assert found("NGUYEN huo") == ["Nguyễn Thị Hường"]
    assert found("dong") == ["Đồng Văn Đông"]
    assert found("van") == ["Đồng Văn Đông", "Lê Văn Nam"]
    assert found("zzz") == []


def test_list_is_in_vietnamese_order_given_name_first(demo_db, branch_id):
    for i, name in enumerate(["Trần Văn Bình", "Lê Thị An", "Phạm Đức Anh", "Nguyễn Văn Đức",
                              "Võ Văn Dũng", "Ngô Thị Ánh", "Bùi Ư Ưng", "Đỗ Minh Uyên"]):
        _add(demo_db, branch_id, name, date_of_birth=date(2000, 1, 1 + i))
    names = [r.full_name for r in members.list_members(demo_db)]
    assert names == ["Lê Thị An", "Phạm Đức Anh", "Ngô Thị Ánh", "Trần Văn Bình", "Võ Văn Dũng",
                     "Nguyễn Văn Đức", "Đỗ Minh Uyên", "Bùi Ư Ưng"]


def test_validation_errors_name_the_field(demo_db, branch_id):
    with pytest.raises(ValidationError) as err:
        _add(demo_db, branch_id, "")
    assert err.value.field == "full_name"
    with pytest.raises(ValidationError) as err:
        _add(demo_db, branch_id, "Lê Văn A", email="khong-phai-email")
    assert err.value.field == "email"
    with pytest.raises(ValidationError) as err:
        _add(demo_db, branch_id, "Lê Văn A", date_of_birth=date(2099, 1, 1))
    assert err.value.field == "date_of_birth"


def test_age_outside_15_35_is_only_a_warning():
    errors, warnings = members.check_member(
        MemberInput.from_full_name("Phạm Văn Tuổi", date_of_birth=date(1960, 1, 1), branch_id="x"),
        today=date(2026, 11, 22))
    assert errors == []
    assert "66" in str(warnings[0])


def test_card_number_is_unique_among_live_members(demo_db, branch_id):
    first = _add(demo_db, branch_id, "Lê Văn A", card_number="001")
    with pytest.raises(ValidationError, match="Lê Văn A"):
        _add(demo_db, branch_id, "Lê Văn B", card_number="001")
    members.delete_members(demo_db, [first])
    _add(demo_db, branch_id, "Lê Văn B", card_number="001")  # the old holder is deleted


def test_update_bumps_revision_and_change_sequence_delete_is_soft(demo_db, branch_id):
    member_id = _add(demo_db, branch_id, "Lê Văn A")
    before = members.get_member(demo_db, member_id)
    data = before.to_input()
    data.notes = "Đã chuyển nơi ở"
    members.update_member(demo_db, member_id, data)
    after = members.get_member(demo_db, member_id)
    assert after.revision == before.revision + 1 and after.notes == "Đã chuyển nơi ở"
    assert members.delete_members(demo_db, [member_id]) == 1
    assert members.list_members(demo_db) == []
    with demo_db.engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT deleted_at, revision FROM members WHERE id=?", (member_id,)).one()
    assert row[0] is not None and row[1] == after.revision + 1


def test_scope_to_a_unit_includes_its_subtree(demo_db):
    from desktop.core.demo import fill_demo
    from desktop.core.units import load_tree

    fill_demo(demo_db, 60)
    tree = load_tree(demo_db)
    grassroots = tree.by_code("TV-CN-01")
    in_scope = members.list_members(demo_db, MemberQuery(unit_id=grassroots.id))
    assert in_scope and {r.branch_id for r in in_scope} <= set(tree.subtree_ids(grassroots.id))
    assert len(members.list_members(demo_db, MemberQuery(unit_id=tree.home_id))) == 60


def test_name_order_follows_every_change_between_searches(demo_db, branch_id):
    """Repeated searches reuse the name order; a rename, delete or status change shows at once."""
    names = lambda **kw: [r.full_name for r in members.list_members(demo_db, MemberQuery(**kw))]
    first = _add(demo_db, branch_id, "Trần Văn Bình")
    _add(demo_db, branch_id, "Lê Thị An", date_of_birth=date(2001, 1, 1))
    assert names() == ["Lê Thị An", "Trần Văn Bình"]
    assert names(search="binh") == ["Trần Văn Bình"]

    data = members.get_member(demo_db, first).to_input()
    data.given_name = "Anh"
    members.update_member(demo_db, first, data)
    assert names() == ["Lê Thị An", "Trần Văn Anh"]
    assert names(search="binh") == [] and names(search="anh") == ["Trần Văn Anh"]
    assert names(descending=True) == ["Trần Văn Anh", "Lê Thị An"]

    data.status = "graduated"
    members.update_member(demo_db, first, data)
    assert names(statuses=("active",)) == ["Lê Thị An"]
    assert names(statuses=("graduated",), search="tran") == ["Trần Văn Anh"]

    members.delete_members(demo_db, [first])
    assert names() == ["Lê Thị An"] and names(search="tran") == []
