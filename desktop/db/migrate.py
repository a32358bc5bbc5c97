"""Alembic, driven from code: every open brings the schema to the newest revision."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# The newest revision in migrations/versions. Opening an up-to-date database compares
# against this and skips importing Alembic, which costs a noticeable part of start-up;
# tests/db/test_database.py checks that it matches Alembic's own head.
SCHEMA_HEAD = "0007"


def alembic_config(engine: Engine | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.set_main_option("sqlalchemy.url", str(engine.url))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        has_table = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").first()
        if not has_table:
            return None
        return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _known(script, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises its CommandError/ResolutionError for unknown ids
        return False


def upgrade_to_head(engine: Engine) -> None:
    from desktop.db.errors import DatabaseError

    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    if current is not None and not _known(script, current):
        raise DatabaseError(
            "Cơ sở dữ liệu này được tạo bởi một phiên bản DoanDesk mới hơn "
            f"(phiên bản lược đồ {current}). Hãy cập nhật DoanDesk trước khi mở nó."
        )
    if current == script.get_current_head():
        return
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
