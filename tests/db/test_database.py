"""The database file: migrations, SQLite settings, bookkeeping columns, change sequence."""

import sqlite3

import pytest
from sqlalchemy import text

from desktop.db.engine import Database, DatabaseError, default_db_path, next_change_seq
from desktop.db.migrate import current_revision, head_revision


def test_new_database_is_at_head_with_wal_and_foreign_keys(db):
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_installation_id_is_stable_across_reopen(tmp_path):
    first = Database(tmp_path / "a.sqlite3")
    ident = first.installation_id
    first.dispose()
    again = Database(tmp_path / "a.sqlite3")
    assert again.installation_id == ident
    again.dispose()


def test_change_sequence_reserves_consecutive_ranges(db):
    with db.session() as session:
        a = next_change_seq(session)
        b = next_change_seq(session, 10)
        c = next_change_seq(session)
    assert (a, b, c) == (1, 2, 12)


def test_db_path_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("DOANDESK_DB", str(tmp_path / "x.sqlite3"))
    assert default_db_path() == tmp_path / "x.sqlite3"


def test_database_from_a_newer_program_is_refused_clearly(tmp_path):
    path = tmp_path / "newer.sqlite3"
    Database(path).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseError, match="phiên bản DoanDesk mới hơn"):
        Database(path)


def test_foreign_key_enforced(db):
    with db.engine.begin() as conn, pytest.raises(Exception):
        conn.execute(text(
            "INSERT INTO units (id, code, name, name_folded, level, parent_id, sort_order, created_at, updated_at,"
            " revision, origin, change_seq) VALUES ('u1','X','X','x','branch','missing',0,'2025-01-01','2025-01-01',"
            " 1,'o',1)"))


def test_schema_head_constant_matches_the_migrations():
    from desktop.db.migrate import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision()
