"""Bulk loading members: identifiers, the search index, and a failed load leaving nothing."""

import uuid

import pytest

from desktop.db import bulk
from desktop.db.models import Unit


def test_new_ids_are_distinct_version_4_uuids_in_ascending_order():
    ids = bulk.new_ids(2000)
    assert ids == sorted(ids) and len(set(ids)) == 2000
    parsed = [uuid.UUID(i) for i in ids]
    assert all(u.version == 4 and u.variant == uuid.RFC_4122 and str(u) == i for u, i in zip(parsed, ids))


def _branch(db) -> str:
    with db.session() as session:
        unit = Unit(code="CD", name="Chi đoàn 1", name_folded="chi doan 1", level="branch", origin="t", change_seq=1)
        session.add(unit)
        session.flush()
        return unit.id


def _rows(branch_id: str, names: list[str]) -> list[tuple]:
    ids = bulk.new_ids(len(names))
    return [(i, branch_id, branch_id, name, name.lower(), name.lower(), name.lower(), n + 1)
            for n, (i, name) in enumerate(zip(ids, names))]


COLUMNS = ("id", "owner_unit_id", "branch_id", "given_name", "name_folded", "sort_key", "search_text", "change_seq")
CONSTANTS = {"origin": "t", "created_at": "2026-01-01 00:00:00", "updated_at": "2026-01-01 00:00:00",
             "revision": 1, "family_name": "Lê", "middle_name": "", "birth_year_only": 0, "ethnicity": "",
             "religion": "", "citizen_id": "", "phone": "", "email": "", "position": "member", "status": "active",
             "notes": ""}


def _indexes(db) -> set[str]:
    with db.engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='members'")}


def _load(db, rows, fail: bool = False) -> None:
    with db.session() as session:
        with bulk.member_bulk_load(session, len(rows)):
            bulk.insert_members(session, COLUMNS, rows, CONSTANTS)
            if fail:
                raise RuntimeError("hủy giữa chừng")


def test_bulk_load_indexes_for_search_and_keeps_the_table_indexes(db):
    branch = _branch(db)
    before = _indexes(db)
    _load(db, _rows(branch, ["Hường", "Đông", "An"]))
    assert _indexes(db) == before
    with db.engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT m.given_name FROM members_fts f JOIN members m ON m.rowid = f.rowid WHERE members_fts MATCH 'huong'"
        ).all()
    assert found == [("Hường",)]


def test_a_failed_bulk_load_leaves_no_rows_and_every_index_in_place(db):
    branch = _branch(db)
    before = _indexes(db)
    with pytest.raises(RuntimeError):
        _load(db, _rows(branch, ["Hường", "Đông"]), fail=True)
    assert _indexes(db) == before
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM members").scalar() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM members_fts WHERE members_fts MATCH 'huong'").scalar() == 0
