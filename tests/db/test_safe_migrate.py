"""Migrations with a backup first: an older database is backed up and upgraded; a
migration that fails half-way leaves the database as it was."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from desktop.db import migrate, safe_migrate
from desktop.db.engine import Database, DatabaseError
from desktop.db.migrate import SCHEMA_HEAD, alembic_config
from desktop.db.models import Installation, new_id
from desktop.db.safe_migrate import upgrade_with_backup


def _upgrade_to(path: Path, revision: str) -> None:
    from alembic import command

    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def _revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def _tables(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as connection:
        return {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _rows(path: Path, *tables: str) -> dict[str, list[tuple]]:
    with closing(sqlite3.connect(path)) as connection:
        return {t: sorted(connection.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


@pytest.fixture
def old_db(tmp_path) -> Path:
    """A database left by the DoanDesk of revision 0005, with the demo office and members."""
    from desktop.core.demo import build_demo_units
    from desktop.core.members import MemberInput, create_member

    path = tmp_path / "office" / "doandesk.sqlite3"
    path.parent.mkdir()
    _upgrade_to(path, "0005")
    database = Database(path, migrate=False)
    with database.session() as session:
        session.add(Installation(id=1, installation_id=new_id(), change_seq=0))
    branches = build_demo_units(database)
    for name in ("Nguyễn Thị Thu Hường", "Trần Văn Bình", "Thạch Thị Sa Ri"):
        create_member(database, MemberInput.from_full_name(name, branch_id=branches[0], gender="female",
                                                           date_of_birth=date(2000, 1, 2)))
    database.dispose()
    assert _revision(path) == "0005"
    return path


def test_an_older_database_is_backed_up_then_upgraded(old_db, tmp_path):
    before = _rows(old_db, "units", "members")
    archive = upgrade_with_backup(old_db, tmp_path / "backups")
    assert archive is not None and Path(archive).parent == tmp_path / "backups"
    assert Path(archive).name.endswith("-before-upgrade.zip")
    with zipfile.ZipFile(archive) as backup:
        manifest = json.loads(backup.read("backup.json"))
        (tmp_path / "saved.sqlite3").write_bytes(backup.read("doandesk.sqlite3"))
    assert manifest["schema"] == "0005" and manifest["counts"]["members"] == 3
    assert _revision(tmp_path / "saved.sqlite3") == "0005"
    assert _revision(old_db) == SCHEMA_HEAD
    assert _rows(old_db, "units", "members") == before
    opened = Database(old_db)  # already at head: opens without migrating again
    opened.dispose()


def test_the_backup_is_one_the_officer_can_see_and_restore(old_db, tmp_path):
    from desktop.core.backups import list_backups

    upgrade_with_backup(old_db, tmp_path / "backups")
    (info,) = list_backups(tmp_path / "backups")
    assert info.label_text == "Trước khi nâng cấp" and info.schema == "0005" and info.counts["members"] == 3


def _failing_upgrade(real_upgrade_to):
    """A migration that gets to 0006, then fails (a bug, a full disk) before 0007."""
    def upgrade_to_head(engine) -> None:
        from alembic import command

        config = alembic_config(engine)
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0006")
        raise RuntimeError("migration 0007 broke")
    return upgrade_to_head


def test_a_failed_migration_leaves_the_old_database_usable(old_db, tmp_path, monkeypatch):
    before = _rows(old_db, "units", "members", "installation")
    monkeypatch.setattr(migrate, "upgrade_to_head", _failing_upgrade(migrate.upgrade_to_head))
    with pytest.raises(DatabaseError) as caught:
        upgrade_with_backup(old_db, tmp_path / "backups")
    message = str(caught.value)
    assert "Không nâng cấp được cơ sở dữ liệu" in message and "migration 0007 broke" in message
    assert "đã được khôi phục nguyên trạng" in message
    assert _revision(old_db) == "0005"
    assert "report_drafts" not in _tables(old_db)  # what 0006 made is gone again
    assert _rows(old_db, "units", "members", "installation") == before
    from desktop.core.backups import check_integrity

    assert check_integrity(old_db) == []

    monkeypatch.undo()
    assert upgrade_with_backup(old_db, tmp_path / "backups") is not None
    assert _revision(old_db) == SCHEMA_HEAD


def test_a_database_sqlite_cannot_write_back_into_is_replaced_whole(old_db, tmp_path, monkeypatch):
    before = _rows(old_db, "units", "members")
    monkeypatch.setattr(migrate, "upgrade_to_head", _failing_upgrade(migrate.upgrade_to_head))

    def refuse(_snapshot, _target):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(safe_migrate, "load_into", refuse)
    with pytest.raises(DatabaseError, match="đã được khôi phục nguyên trạng"):
        upgrade_with_backup(old_db, tmp_path / "backups")
    assert _revision(old_db) == "0005" and _rows(old_db, "units", "members") == before
    assert not list(old_db.parent.glob(".*restoring"))


def test_nothing_to_do_for_a_current_or_missing_database(tmp_path):
    assert upgrade_with_backup(tmp_path / "none.sqlite3", tmp_path / "backups") is None
    Database(tmp_path / "current.sqlite3").dispose()
    assert upgrade_with_backup(tmp_path / "current.sqlite3", tmp_path / "backups") is None
    assert not (tmp_path / "backups").exists()


def test_a_database_of_a_newer_program_is_left_to_the_open_to_refuse(tmp_path):
    path = tmp_path / "newer.sqlite3"
    Database(path).dispose()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    assert upgrade_with_backup(path, tmp_path / "backups") is None
    with pytest.raises(DatabaseError, match="phiên bản DoanDesk mới hơn"):
        Database(path)


def test_no_upgrade_without_a_backup(old_db, tmp_path):
    blocker = tmp_path / "backups"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(DatabaseError, match="không sao lưu được trước khi nâng cấp") as caught:
        upgrade_with_backup(old_db, blocker)
    assert "Chưa thay đổi gì" in str(caught.value)
    assert _revision(old_db) == "0005"
