"""ORM models. Every record carries what exchange between offices needs from day one.

Each synchronised table has a UUID key, the unit that owns it, created/updated times,
a revision counted per record, the installation it came from, a tombstone instead of a
hard delete, and ``change_seq``: a per-database sequence number (never the wall clock)
that orders changes for delta exports.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timezone

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    event,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Installation(Base):
    """The single row that describes this installation (this copy of the program's database)."""

    __tablename__ = "installation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    installation_id: Mapped[str] = mapped_column(String(36), nullable=False)
    home_unit_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("units.id"))
    change_seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)


class SyncedRecord:
    """Columns every exchanged record has; see the module docstring."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    owner_unit_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("units.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    origin: Mapped[str] = mapped_column(String(36), nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    change_seq: Mapped[int] = mapped_column(Integer, nullable=False, index=True)


class Unit(SyncedRecord, Base):
    """A node of the Union's tree: province, district, commune/ward, sector, attached,
    grassroots or branch. ``code`` is stable and unique; it is how files refer to a unit."""

    __tablename__ = "units"

    code: Mapped[str] = mapped_column(String(64), nullable=False)
    name: Mapped[str] = mapped_column(String(255), nullable=False)
    name_folded: Mapped[str] = mapped_column(String(255), nullable=False, index=True)
    level: Mapped[str] = mapped_column(String(16), nullable=False)
    parent_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("units.id"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    __table_args__ = (
        Index("uq_units_code_live", "code", unique=True, sqlite_where=text("deleted_at IS NULL")),
    )


class Member(SyncedRecord, Base):
    """A Union member (đoàn viên). ``branch_id`` is the unit the member belongs to."""

    __tablename__ = "members"

    # A member's owner is always its branch, which ix_members_branch_sort already leads
    # with: a second index on the same values would only slow down every insert.
    owner_unit_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("units.id"))
    family_name: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    middle_name: Mapped[str] = mapped_column(String(128), nullable=False, default="")
    given_name: Mapped[str] = mapped_column(String(64), nullable=False)
    name_folded: Mapped[str] = mapped_column(String(255), nullable=False)
    sort_key: Mapped[str] = mapped_column(String(512), nullable=False, index=True)
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    birth_year_only: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    gender: Mapped[str | None] = mapped_column(String(8))
    ethnicity: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    religion: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    citizen_id: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    admission_date: Mapped[date | None] = mapped_column(Date)
    card_number: Mapped[str | None] = mapped_column(String(32))
    position: Mapped[str] = mapped_column(String(24), nullable=False, default="member")
    branch_id: Mapped[str] = mapped_column(String(36), ForeignKey("units.id"), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="active")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (
        Index(
            "uq_members_card_live",
            "card_number",
            unique=True,
            sqlite_where=text("card_number IS NOT NULL AND deleted_at IS NULL"),
        ),
        Index("ix_members_name_dob", "name_folded", "date_of_birth"),
        Index("ix_members_branch_sort", "branch_id", "sort_key"),
    )


@event.listens_for(Member, "after_insert")
def _index_new_member(_mapper, connection, member: Member) -> None:
    """Add a member inserted through the ORM to the search index (see migration 0001)."""
    connection.exec_driver_sql(
        "INSERT INTO members_fts(rowid, search_text) SELECT rowid, search_text FROM members WHERE id = ?",
        (member.id,),
    )
