"""Bookkeeping every synchronised record gets when it is written.

Creation stamps the origin installation, times, revision 1 and a fresh change sequence
number; every later change bumps the revision and takes a new sequence number. The
exchange code relies on these, so all writes in the core go through here.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.db.engine import Database, next_change_seq
from desktop.db.models import new_id, utcnow


def new_record_fields(db: Database, session: Session, owner_unit_id: str | None, count: int = 1) -> list[dict]:
    """Bookkeeping columns for ``count`` new records, with consecutive sequence numbers."""
    first = next_change_seq(session, count)
    now = utcnow()
    origin = db.installation_id
    return [
        {
            "id": new_id(),
            "owner_unit_id": owner_unit_id,
            "created_at": now,
            "updated_at": now,
            "revision": 1,
            "origin": origin,
            "deleted_at": None,
            "change_seq": first + i,
        }
        for i in range(count)
    ]


def touch(record, session: Session, *, deleted: bool = False) -> None:
    """Mark an ORM record as changed (or deleted): new revision, time and sequence number."""
    record.revision = (record.revision or 0) + 1
    record.updated_at = utcnow()
    record.change_seq = next_change_seq(session)
    if deleted:
        record.deleted_at = record.updated_at
