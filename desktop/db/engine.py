"""Opening the database: where the file lives, SQLite settings, migrations, sessions.

One SQLite file per installation in the user's data folder (``--db PATH`` or the
``DOANDESK_DB`` environment variable choose another). WAL journal, foreign keys on.
The schema is brought to the newest Alembic revision every time the file is opened.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.errors import DatabaseError
from desktop.db.models import Installation, new_id

__all__ = ["Database", "DatabaseError", "data_dir", "default_db_path", "next_change_seq"]

DB_ENV_VAR = "DOANDESK_DB"
DATA_DIR_ENV_VAR = "DOANDESK_DATA_DIR"
DB_FILENAME = "doandesk.sqlite3"


def data_dir() -> Path:
    """The user's data folder (created on demand)."""
    override = os.environ.get(DATA_DIR_ENV_VAR)
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir("DoanDesk", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    env = os.environ.get(DB_ENV_VAR)
    if env:
        return Path(env)
    return data_dir() / DB_FILENAME


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # NORMAL is durable across program crashes in WAL mode; only a power cut can lose
    # the last transactions, and it never corrupts the file.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


class Database:
    """An open DoanDesk database: engine, session factory and the installation row."""

    def __init__(self, path: Path | str, *, migrate: bool = True):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(f"sqlite:///{self.path}", future=True)
        event.listen(self.engine, "connect", _set_sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if migrate:
            self.upgrade()
        self._installation_id: str | None = None

    def upgrade(self) -> None:
        from desktop.db.migrate import upgrade_to_head

        try:
            upgrade_to_head(self.engine)
        except sqlite3.DatabaseError as exc:  # pragma: no cover - depends on a damaged file
            raise DatabaseError(f"Không mở được cơ sở dữ liệu {self.path}: {exc}") from exc
        with self.session() as session:
            if session.get(Installation, 1) is None:
                session.add(Installation(id=1, installation_id=new_id(), change_seq=0))

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any exception."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @property
    def installation_id(self) -> str:
        if self._installation_id is None:
            with self.session() as session:
                self._installation_id = session.execute(
                    select(Installation.installation_id).where(Installation.id == 1)
                ).scalar_one()
        return self._installation_id

    def dispose(self) -> None:
        self.engine.dispose()


def next_change_seq(session: Session, count: int = 1) -> int:
    """Reserve ``count`` change sequence numbers and return the first of them."""
    last = session.execute(
        Installation.__table__.update()
        .where(Installation.id == 1)
        .values(change_seq=Installation.change_seq + count)
        .returning(Installation.change_seq)
    ).scalar_one()
    return last - count + 1
