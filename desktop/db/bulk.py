"""Fast bulk inserts for large imports, close to a raw sqlite3 ``executemany``.

SQLAlchemy's per-row parameter processing costs more than SQLite's own work on 50,000
rows, so bulk inserts go to the driver with plain tuples already in SQLite's storage
form (ISO dates and times, 0/1 booleans): the caller builds them. Members are indexed
for search in one statement afterwards (see the 0001 migration).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Iterable, Sequence

from sqlalchemy.orm import Session


def storage_date(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def storage_datetime(value: datetime) -> str:
    return value.isoformat(sep=" ")


def insert_rows(session: Session, table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
    """``executemany`` of ``rows`` (tuples in ``columns`` order) into ``table``, in the session's transaction."""
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    data = rows if isinstance(rows, list) else list(rows)
    if data:
        session.connection().exec_driver_sql(sql, data)


def insert_members(session: Session, columns: Sequence[str], rows: list[Sequence]) -> None:
    """Insert member rows and add them to the search index in one statement."""
    if not rows:
        return
    connection = session.connection()
    first_rowid = (connection.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM members").scalar() or 0) + 1
    insert_rows(session, "members", columns, rows)
    connection.exec_driver_sql(
        "INSERT INTO members_fts(rowid, search_text) SELECT rowid, search_text FROM members WHERE rowid >= ?",
        (first_rowid,),
    )
