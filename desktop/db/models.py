"""ORM models. Every record carries what exchange between offices needs from day one.

Each synchronised table has a UUID key, the unit that owns it, created/updated times,
a revision counted per record, the installation it came from, a tombstone instead of a
hard delete, and ``change_seq``: a per-database sequence number (never the wall clock)
that orders changes for delta exports.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timezone

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
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


# --- Conferences and meetings (migration 0002) -------------------------------------------
# An event's owner is its organising unit; its parts (sessions, bridge points, rules,
# materials, tasks, questions) belong to the same owner so they travel together.


class Event(SyncedRecord, Base):
    """A gathering: study conference, briefing (possibly a rotating series), online
    dialogue or half-year online briefing."""

    __tablename__ = "events"

    title: Mapped[str] = mapped_column(String(500), nullable=False)
    title_folded: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    kind: Mapped[str] = mapped_column(String(24), nullable=False)
    organiser_unit_id: Mapped[str] = mapped_column(String(36), ForeignKey("units.id"), nullable=False)
    directive_code: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    directive_date: Mapped[date | None] = mapped_column(Date)
    directive_issuer: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    resolution: Mapped[str] = mapped_column(Text, nullable=False, default="")
    test_target_percent: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class EventSession(SyncedRecord, Base):
    """A session (buổi). For a rotating briefing series each session is one meeting with
    its own host unit and topic; the flag passes to the next session's host."""

    __tablename__ = "event_sessions"

    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("events.id"), nullable=False, index=True)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    part: Mapped[str] = mapped_column(String(12), nullable=False)
    start_time: Mapped[time] = mapped_column(Time, nullable=False)
    end_time: Mapped[time] = mapped_column(Time, nullable=False)
    title: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    host_unit_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("units.id"))
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class SessionTopic(SyncedRecord, Base):
    """A programme item (chuyên đề) of a session, with its speaker."""

    __tablename__ = "session_topics"

    session_id: Mapped[str] = mapped_column(String(36), ForeignKey("event_sessions.id"), nullable=False, index=True)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    speaker: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class BridgePoint(SyncedRecord, Base):
    """A bridge point (điểm cầu). ``session_ids`` is a JSON list of the sessions it joins;
    an empty list means every session of the event (the usual case)."""

    __tablename__ = "bridge_points"

    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("events.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(255), nullable=False)
    level: Mapped[str] = mapped_column(String(16), nullable=False)
    host_unit_id: Mapped[str] = mapped_column(String(36), ForeignKey("units.id"), nullable=False)
    address: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    platform: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    link: Mapped[str] = mapped_column(String(1000), nullable=False, default="")
    room_id: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    contact_name: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    contact_phone: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    test_at: Mapped[datetime | None] = mapped_column(DateTime)
    test_passed: Mapped[bool | None] = mapped_column(Boolean)
    capacity: Mapped[int | None] = mapped_column(Integer)
    session_ids: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class InvitationRule(SyncedRecord, Base):
    """Who is invited, by role: members holding ``positions`` (JSON list, empty = any) in
    units of ``unit_levels`` (JSON list, empty = any) under ``scope_unit_id`` (the unit
    itself and its subtree). ``bridge_point_id`` fixes where they sit; otherwise each is
    sent to the nearest point hosted by their unit or one above it."""

    __tablename__ = "invitation_rules"

    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("events.id"), nullable=False, index=True)
    label: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    scope_unit_id: Mapped[str] = mapped_column(String(36), ForeignKey("units.id"), nullable=False)
    unit_levels: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    positions: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    bridge_point_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("bridge_points.id"))
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class Invitation(SyncedRecord, Base):
    """One invited member (thành phần triệu tập) and the bridge point they attend.
    ``rule_id`` is null for a member invited by hand; ``point_fixed`` keeps a point
    chosen by hand when the rules are applied again."""

    __tablename__ = "invitations"

    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("events.id"), nullable=False)
    member_id: Mapped[str] = mapped_column(String(36), ForeignKey("members.id"), nullable=False)
    bridge_point_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("bridge_points.id"), index=True)
    rule_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("invitation_rules.id"))
    point_fixed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    excused: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    excuse_reason: Mapped[str] = mapped_column(String(500), nullable=False, default="")

    __table_args__ = (
        Index("uq_invitations_live", "event_id", "member_id", unique=True, sqlite_where=text("deleted_at IS NULL")),
    )


class Material(SyncedRecord, Base):
    """A material (tài liệu): a link, a file kept in the data folder, or both."""

    __tablename__ = "materials"

    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("events.id"), nullable=False, index=True)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False, default="document")
    url: Mapped[str] = mapped_column(String(2000), nullable=False, default="")
    file_name: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    file_sha256: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class EventTask(SyncedRecord, Base):
    """A dated duty of an event: technical check, report due, questions due, essays due."""

    __tablename__ = "event_tasks"

    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("events.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    title: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    due_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    unit_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("units.id"))
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class DialogueQuestion(SyncedRecord, Base):
    """A question collected for an online dialogue, with who asked it."""

    __tablename__ = "dialogue_questions"

    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("events.id"), nullable=False, index=True)
    unit_id: Mapped[str] = mapped_column(String(36), ForeignKey("units.id"), nullable=False)
    asker_name: Mapped[str] = mapped_column(String(255), nullable=False)
    asker_birth_date: Mapped[date | None] = mapped_column(Date)
    asker_is_member: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    asker_place: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    social: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    achievements: Mapped[str] = mapped_column(Text, nullable=False, default="")
    question: Mapped[str] = mapped_column(Text, nullable=False)
    selected: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class DialogueReport(SyncedRecord, Base):
    """What a unit reports about its dialogue point: people there, pages streaming,
    shares, and the interaction count reported 30 minutes before the end."""

    __tablename__ = "dialogue_reports"

    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("events.id"), nullable=False, index=True)
    unit_id: Mapped[str] = mapped_column(String(36), ForeignKey("units.id"), nullable=False)
    attendees: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    streaming_pages: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    shares: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    interactions: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    reported_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (
        Index("uq_dialogue_reports_live", "event_id", "unit_id", unique=True, sqlite_where=text("deleted_at IS NULL")),
    )


# --- Attendance (migration 0003) -----------------------------------------------------------


class MemberCard(SyncedRecord, Base):
    """A member's check-in card. ``code`` is what the card's QR code and a keyboard-wedge
    scanner carry (see ``desktop.core.cards``); re-issuing a card revokes the old code,
    which stays on record so a scan of the old card is recognised as revoked."""

    __tablename__ = "member_cards"

    member_id: Mapped[str] = mapped_column(String(36), ForeignKey("members.id"), nullable=False, index=True)
    code: Mapped[str] = mapped_column(String(16), nullable=False)
    issued_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (Index("uq_member_cards_code", "code", unique=True),)


class Attendance(SyncedRecord, Base):
    """A member present at (or excused from) one session, recorded at a bridge point.

    One live record per member and session, whichever point recorded it, so nobody is
    counted twice. ``arrived_at`` is UTC; ``late_minutes`` is how far past the session
    start plus the grace period the arrival was (0 on time). ``invited`` is false for
    someone let in who was not on the point's list; ``source`` says how it was taken
    (scan, camera, search, paper, import, command)."""

    __tablename__ = "attendances"

    # Every scan inserts a row while people queue: an index on the owner (the event's
    # organiser, the same for every row) would only slow each insert down.
    owner_unit_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("units.id"))

    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("events.id"), nullable=False, index=True)
    session_id: Mapped[str] = mapped_column(String(36), ForeignKey("event_sessions.id"), nullable=False)
    bridge_point_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("bridge_points.id"))
    member_id: Mapped[str] = mapped_column(String(36), ForeignKey("members.id"), nullable=False)
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="present")
    arrived_at: Mapped[datetime | None] = mapped_column(DateTime)
    late_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    invited: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    source: Mapped[str] = mapped_column(String(12), nullable=False, default="scan")
    excuse_reason: Mapped[str] = mapped_column(String(500), nullable=False, default="")

    __table_args__ = (
        Index("uq_attendances_live", "session_id", "member_id", unique=True, sqlite_where=text("deleted_at IS NULL")),
    )


class AttendanceClosure(SyncedRecord, Base):
    """A session closed at a bridge point: from then on everyone expected there who has
    no attendance record counts as absent (before, they have simply not arrived yet)."""

    __tablename__ = "attendance_closures"

    session_id: Mapped[str] = mapped_column(String(36), ForeignKey("event_sessions.id"), nullable=False)
    bridge_point_id: Mapped[str] = mapped_column(String(36), ForeignKey("bridge_points.id"), nullable=False)
    closed_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)

    __table_args__ = (
        Index("uq_attendance_closures_live", "session_id", "bridge_point_id", unique=True,
              sqlite_where=text("deleted_at IS NULL")),
    )


class Setting(Base):
    """One setting of this installation (not exchanged): a key from the registry in
    ``desktop.core.settings`` and its value as JSON."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


# --- Awareness tests (migration 0004) ------------------------------------------------------


class QuestionBank(SyncedRecord, Base):
    """A named set of multiple-choice questions (ngân hàng câu hỏi)."""

    __tablename__ = "question_banks"

    name: Mapped[str] = mapped_column(String(255), nullable=False)
    name_folded: Mapped[str] = mapped_column(String(255), nullable=False)
    source_file: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Question(SyncedRecord, Base):
    """One question of a bank: ``options`` is a JSON list of texts, ``correct`` a JSON list
    of their indices. ``fingerprint`` identifies the question however it was typed, so
    importing the same file again adds nothing (see ``question_formats``)."""

    __tablename__ = "questions"

    bank_id: Mapped[str] = mapped_column(String(36), ForeignKey("question_banks.id"), nullable=False)
    topic: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    question_text: Mapped[str] = mapped_column(Text, nullable=False)
    options: Mapped[str] = mapped_column(Text, nullable=False)
    correct: Mapped[str] = mapped_column(Text, nullable=False)
    explanation: Mapped[str] = mapped_column(Text, nullable=False, default="")
    fingerprint: Mapped[str] = mapped_column(String(64), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    __table_args__ = (
        Index("uq_questions_live", "bank_id", "fingerprint", unique=True, sqlite_where=text("deleted_at IS NULL")),
    )


class Quiz(SyncedRecord, Base):
    """The awareness test of an event: how many questions from which bank, quotas per
    topic (JSON object topic → count), time, pass mark, attempts (0 = unlimited) and
    how the questions are drawn."""

    __tablename__ = "quizzes"

    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("events.id"), nullable=False)
    bank_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("question_banks.id"))
    question_count: Mapped[int] = mapped_column(Integer, nullable=False, default=100)
    topic_quotas: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    duration_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=30)
    pass_percent: Mapped[int] = mapped_column(Integer, nullable=False, default=60)
    max_attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    shuffle_questions: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    shuffle_options: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    prefer_unseen: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    __table_args__ = (
        Index("uq_quizzes_event_live", "event_id", unique=True, sqlite_where=text("deleted_at IS NULL")),
    )


class QuizAttempt(SyncedRecord, Base):
    """One attempt of a member at an event's test, whatever its source: taken at the
    kiosk (``paper`` = the drawn questions and option orders as JSON; answers in
    ``quiz_answers``), imported from the national app's export, or typed from paper.
    ``elapsed_seconds`` is the time used so far (a kiosk attempt resumes with the rest);
    ``import_key`` identifies an imported result so a file imported twice adds nothing."""

    __tablename__ = "quiz_attempts"

    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("events.id"), nullable=False, index=True)
    member_id: Mapped[str] = mapped_column(String(36), ForeignKey("members.id"), nullable=False, index=True)
    source: Mapped[str] = mapped_column(String(12), nullable=False)
    attempt_no: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)
    duration_seconds: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    elapsed_seconds: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    paper: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    correct_count: Mapped[int | None] = mapped_column(Integer)
    question_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    score_percent: Mapped[float | None] = mapped_column()
    passed: Mapped[bool | None] = mapped_column(Boolean)
    import_key: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        Index("uq_quiz_attempts_import_live", "event_id", "import_key", unique=True,
              sqlite_where=text("import_key IS NOT NULL AND deleted_at IS NULL")),
    )


class QuizAnswer(SyncedRecord, Base):
    """The option(s) chosen for the question at ``position`` of a kiosk attempt (indices
    into the question's stored options), saved the moment they are given."""

    __tablename__ = "quiz_answers"

    owner_unit_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("units.id"))
    attempt_id: Mapped[str] = mapped_column(String(36), ForeignKey("quiz_attempts.id"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    question_id: Mapped[str] = mapped_column(String(36), ForeignKey("questions.id"), nullable=False)
    chosen: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    answered_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)

    __table_args__ = (
        Index("uq_quiz_answers_live", "attempt_id", "position", unique=True, sqlite_where=text("deleted_at IS NULL")),
    )


class Certificate(SyncedRecord, Base):
    """A certificate (giấy chứng nhận) for a passed attempt. ``payload`` is the signed
    JSON the QR code carries; ``signature`` its Ed25519 signature (base64url) by the key
    ``key_fingerprint`` names."""

    __tablename__ = "certificates"

    number: Mapped[str] = mapped_column(String(32), nullable=False)
    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("events.id"), nullable=False, index=True)
    member_id: Mapped[str] = mapped_column(String(36), ForeignKey("members.id"), nullable=False)
    attempt_id: Mapped[str] = mapped_column(String(36), ForeignKey("quiz_attempts.id"), nullable=False)
    issued_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    payload: Mapped[str] = mapped_column(Text, nullable=False)
    signature: Mapped[str] = mapped_column(String(128), nullable=False)
    key_fingerprint: Mapped[str] = mapped_column(String(64), nullable=False)

    __table_args__ = (Index("uq_certificates_number", "number", unique=True),)


class SigningKey(Base):
    """Ed25519 keys. This installation's own key has its private half (created on first
    use); keys of other offices, registered by fingerprint, have only the public half.
    Not exchanged as records: keys travel in bundles' manifests."""

    __tablename__ = "signing_keys"

    fingerprint: Mapped[str] = mapped_column(String(64), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(64), nullable=False)
    private_key: Mapped[str | None] = mapped_column(String(64))
    owner_name: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    trusted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    # X25519 pair for packages encrypted to this office (added in migration 0007).
    box_public_key: Mapped[str | None] = mapped_column(String(64))
    box_private_key: Mapped[str | None] = mapped_column(String(64))
    unit_code: Mapped[str] = mapped_column(String(64), nullable=False, default="")


# --- Personal essays (migration 0005) --------------------------------------------------------


class EssayRequirement(SyncedRecord, Base):
    """Who must write a personal essay (bài thu hoạch) after an event and by when.

    ``positions`` (JSON list) narrows "everyone invited" to those positions (empty: all);
    ``forward_positions`` names the positions whose essays go up to the province.
    ``scale`` is the JSON list of grades, best first; ``rubric`` a JSON list of criteria
    ``{"name", "max"}`` whose total maps to a grade by ``bands`` (JSON list of minimum
    totals, one per grade but the last); ``double_marking`` asks for two independent marks."""

    __tablename__ = "essay_requirements"

    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("events.id"), nullable=False)
    positions: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    deadline: Mapped[datetime | None] = mapped_column(DateTime)
    forward_positions: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    scale: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    rubric: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    bands: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    double_marking: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    __table_args__ = (
        Index("uq_essay_requirements_event_live", "event_id", unique=True, sqlite_where=text("deleted_at IS NULL")),
    )


class Essay(SyncedRecord, Base):
    """A member's essay for an event: a file in the application's store (named by its
    SHA-256) or a paper essay recorded without one. ``body`` is the text extracted from a
    .docx, .pdf or .txt (NFC) for reading and the similarity check; scans keep none."""

    __tablename__ = "essays"

    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("events.id"), nullable=False, index=True)
    member_id: Mapped[str] = mapped_column(String(36), ForeignKey("members.id"), nullable=False)
    received_on: Mapped[date] = mapped_column(Date, nullable=False)
    on_paper: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    file_sha256: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    file_name: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    file_kind: Mapped[str] = mapped_column(String(8), nullable=False, default="")
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    word_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    forward: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (
        Index("uq_essays_live", "event_id", "member_id", unique=True, sqlite_where=text("deleted_at IS NULL")),
    )


class EssayGrade(SyncedRecord, Base):
    """A mark given to an essay: ``marker`` 1 or 2 for independent marks, 0 for the final
    (reconciled) one. ``scores`` is a JSON list of rubric scores, ``total`` their sum."""

    __tablename__ = "essay_grades"

    essay_id: Mapped[str] = mapped_column(String(36), ForeignKey("essays.id"), nullable=False)
    marker: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    grade: Mapped[str] = mapped_column(String(40), nullable=False)
    scores: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    total: Mapped[float | None] = mapped_column()
    grader: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    graded_on: Mapped[date] = mapped_column(Date, nullable=False)
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (
        Index("uq_essay_grades_live", "essay_id", "marker", unique=True, sqlite_where=text("deleted_at IS NULL")),
    )


class SimilarityFlag(SyncedRecord, Base):
    """Two essays of an event the similarity check found alike (``score``: the share of
    the shorter one's word sequences found in the other). A person confirms or dismisses
    it; ``status`` is open, confirmed or dismissed."""

    __tablename__ = "similarity_flags"

    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("events.id"), nullable=False, index=True)
    essay_a_id: Mapped[str] = mapped_column(String(36), ForeignKey("essays.id"), nullable=False)
    essay_b_id: Mapped[str] = mapped_column(String(36), ForeignKey("essays.id"), nullable=False)
    score: Mapped[float] = mapped_column(nullable=False)
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="open")
    decided_by: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (
        Index("uq_similarity_flags_live", "essay_a_id", "essay_b_id", unique=True,
              sqlite_where=text("deleted_at IS NULL")),
    )


# --- Reports (migration 0006) -----------------------------------------------------------------


class ReportDraft(SyncedRecord, Base):
    """The officer's own words in an event's report (assessment, difficulties, proposals)
    and, once issued, its number in the office's yearly sequence and its date."""

    __tablename__ = "report_drafts"

    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("events.id"), nullable=False)
    assessment: Mapped[str] = mapped_column(Text, nullable=False, default="")
    difficulties: Mapped[str] = mapped_column(Text, nullable=False, default="")
    proposals: Mapped[str] = mapped_column(Text, nullable=False, default="")
    doc_number: Mapped[int | None] = mapped_column(Integer)
    issued_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        Index("uq_report_drafts_event_live", "event_id", unique=True, sqlite_where=text("deleted_at IS NULL")),
    )


# --- Exchange between offices (migration 0007) ------------------------------------------------


class BundleLog(Base):
    """Every package made here or read here: ``direction`` out or in; ``status`` for an
    incoming one is applied, previewed or quarantined (its sender not trusted yet); an
    outgoing one is acknowledged once the receiver's receipt is read back. ``upto_seq``
    is the last change sequence number an outgoing package holds (the next "changes
    since the last acknowledged package" start after it)."""

    __tablename__ = "bundle_log"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the package's id
    direction: Mapped[str] = mapped_column(String(3), nullable=False)
    status: Mapped[str] = mapped_column(String(12), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    logged_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    sender_fingerprint: Mapped[str] = mapped_column(String(64), nullable=False)
    sender_unit_code: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    sender_unit_name: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    scope: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    counts: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    upto_seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    file_name: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime)


class SyncConflict(Base):
    """Two versions of one record edited independently (same revision, different content).
    The version kept follows a fixed rule, so every office ends with the same one; the
    other is kept here, never lost, for an officer to settle."""

    __tablename__ = "sync_conflicts"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # table, record and the other version's hash
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    record_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    kept: Mapped[str] = mapped_column(Text, nullable=False)
    other: Mapped[str] = mapped_column(Text, nullable=False)
    found_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
