"""Fast bulk inserts for large imports, close to a raw sqlite3 ``executemany``.

SQLAlchemy's per-row parameter processing costs more than SQLite's own work on 50,000
rows, so bulk inserts go to the driver with plain tuples already in SQLite's storage
form (ISO dates and times, 0/1 booleans): the caller builds them. Members are indexed
for search in one statement afterwards (see the 0001 migration). :func:`member_bulk_load`
makes room for a large insert; :func:`new_ids` makes the keys.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from datetime import date, datetime
from typing import Iterable, Iterator, Mapping, Sequence

from sqlalchemy.orm import Session

# Page cache while a bulk insert runs (negative: KiB): holds the indexes of a 50,000-member
# table, which would otherwise be read back from the file for every few rows.
BULK_CACHE_KIB = 64 * 1024

# RFC 4122 variant: the first hex digit of the fourth group is 8, 9, a or b.
_UUID_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}


def storage_date(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def storage_datetime(value: datetime) -> str:
    return value.isoformat(sep=" ")


def new_ids(count: int) -> list[str]:
    """``count`` random (version 4) UUIDs as text, like ``models.new_id`` but made in one go
    (``str(uuid4())`` costs more per row than inserting the row), in ascending order: rows
    inserted in key order extend the primary-key index instead of landing all over it."""
    digits = os.urandom(16 * count).hex()
    return sorted(
        f"{digits[i:i + 8]}-{digits[i + 8:i + 12]}-4{digits[i + 13:i + 16]}-"
        f"{_UUID_VARIANT[digits[i + 16]]}{digits[i + 17:i + 20]}-{digits[i + 20:i + 32]}"
        for i in range(0, 32 * count, 32)
    )


def _sql_literal(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise TypeError(f"no SQL literal for {value!r}")


def insert_rows(session: Session, table: str, columns: Sequence[str], rows: Iterable[Sequence],
                constants: Mapping[str, object] | None = None) -> None:
    """``executemany`` of ``rows`` (tuples in ``columns`` order) into ``table``, in the session's transaction.

    ``constants`` are columns with one value for all the rows (None, int or str): written
    into the statement once instead of bound again for each row.
    """
    constants = constants or {}
    names = ", ".join([*columns, *constants])
    values = ", ".join(["?"] * len(columns) + [_sql_literal(value) for value in constants.values()])
    data = rows if isinstance(rows, list) else list(rows)
    if data:
        session.connection().exec_driver_sql(f"INSERT INTO {table} ({names}) VALUES ({values})", data)


# session.info key: set while member_bulk_load() runs, which indexes the new members for
# search itself, once at the end.
_SEARCH_INDEX_DEFERRED = "doandesk.members_search_index_deferred"


def insert_members(session: Session, columns: Sequence[str], rows: list[Sequence],
                   constants: Mapping[str, object] | None = None) -> None:
    """Insert member rows (see :func:`insert_rows`) and add them to the search index in one statement."""
    if not rows:
        return
    connection = session.connection()
    first_rowid = _next_rowid(connection, "members")
    insert_rows(session, "members", columns, rows, constants)
    if not session.info.get(_SEARCH_INDEX_DEFERRED):
        _index_for_search(connection, first_rowid)


def _next_rowid(connection, table: str) -> int:
    return connection.exec_driver_sql(f"SELECT coalesce(max(rowid), 0) + 1 FROM {table}").scalar()


def _index_for_search(connection, first_rowid: int) -> None:
    """Add the members from ``first_rowid`` on to the search index (see the 0001 migration)."""
    connection.exec_driver_sql(
        "INSERT INTO members_fts(rowid, search_text) SELECT rowid, search_text FROM members WHERE rowid >= ?",
        (first_rowid,),
    )


@contextmanager
def member_bulk_load(session: Session, rows: int) -> Iterator[None]:
    """Room for inserting about ``rows`` members in the session's transaction.

    While it lasts the page cache is larger, and :func:`insert_members` leaves the search
    index to the end, when one statement indexes all the new members. When the insert at
    least doubles the table, its indexes are dropped first and built again at the end:
    one sort per index costs about half as much as growing it row by row. SQLite changes
    its schema within transactions, so an error or a cancel inside rolls the indexes back
    with the rows; the end's work is only done after a body that finished. Insert members
    only through :func:`insert_members` inside.
    """
    connection = session.connection()
    if not connection.connection.dbapi_connection.in_transaction:
        # The sqlite3 module opens a transaction only before INSERT/UPDATE/DELETE: without
        # this, dropping an index first would be committed at once.
        connection.exec_driver_sql("BEGIN")
    cache_size = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    session.info[_SEARCH_INDEX_DEFERRED] = True
    try:
        first_rowid = _next_rowid(connection, "members")
        indexes = []
        if rows and rows >= first_rowid - 1:
            # Indexes SQLite makes itself (primary key, UNIQUE) have no SQL and stay.
            indexes = connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'members' "
                "AND sql IS NOT NULL"
            ).all()
            for name, _sql in indexes:
                connection.exec_driver_sql(f'DROP INDEX "{name}"')
        yield
        for _name, sql in indexes:
            connection.exec_driver_sql(sql)
        _index_for_search(connection, first_rowid)
    finally:
        del session.info[_SEARCH_INDEX_DEFERRED]
        connection.exec_driver_sql(f"PRAGMA cache_size = {cache_size}")
