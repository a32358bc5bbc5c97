"""Results of a test taken on paper, typed in from the marked sheets.

The officer has a pile of sheets, each with a name and how many answers were right out
of how many; they are typed in one after another and recorded together as attempts of
the source "paper". The whole pile is checked before anything is written, and either
every attempt is recorded or none is: a half-recorded pile would leave the officer
guessing which sheets still need typing.

Each attempt gets a key made of the event, the member, the day of the test and the
score, so a sheet typed in twice (the same pile entered again, two officers sharing the
work) is recognised and not counted twice, while a retake (another day, another score)
is a new attempt with the member's next number.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Iterable

from sqlalchemy import func, select

from desktop.core.errors import NotFoundError, ValidationError, ValidationErrors
from desktop.core.quizzes import DEFAULT_PASS_PERCENT, load_quiz
from desktop.core.records import new_record_fields
from desktop.db.engine import Database
from desktop.db.models import Event, Member, QuizAttempt
from desktop.i18n import tr

SOURCE = "paper"


def paper_key(event_id: str, member_id: str, taken_on: dt.date, correct: int, total: int) -> str:
    """What identifies one marked sheet; the source is part of it so a paper result never
    collides with the same score imported from a file."""
    text = "|".join([event_id, member_id, taken_on.isoformat(), str(correct), str(total), SOURCE])
    return hashlib.sha256(text.encode()).hexdigest()


def _full_name(member: Member) -> str:
    return " ".join(f"{member.family_name} {member.middle_name} {member.given_name}".split())


def record_paper_results(db: Database, event_id: str, entries: Iterable[tuple[str, int, int]], *,
                         taken_on: dt.date) -> int:
    """Record ``entries`` — ``(member id, right answers, questions)`` — as paper attempts
    taken on ``taken_on``, in one transaction. Sheets already recorded (same member, day
    and score) are skipped. Returns how many attempts were added; raises
    :class:`ValidationErrors` naming every bad entry, and then writes nothing."""
    entries = [(member_id, correct, total) for member_id, correct, total in entries]
    quiz = load_quiz(db, event_id)
    pass_percent = quiz.pass_percent if quiz else DEFAULT_PASS_PERCENT
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None or event.deleted_at is not None:
            raise NotFoundError(tr("Không tìm thấy hội nghị (có thể đã bị xóa)."))
        people = {m.id: m for m in session.scalars(select(Member).where(
            Member.id.in_({member_id for member_id, _, _ in entries})))} if entries else {}
        problems: list[ValidationError] = []
        if taken_on > dt.date.today():
            problems.append(ValidationError(tr("Ngày thi {date} chưa tới: hãy kiểm tra lại ngày.").format(
                date=f"{taken_on:%d/%m/%Y}"), "taken_on"))
        for number, (member_id, correct, total) in enumerate(entries, start=1):
            member = people.get(member_id)
            if member is None or member.deleted_at is not None:
                problems.append(ValidationError(tr("Dòng {number}: không tìm thấy đoàn viên (có thể đã bị "
                                                   "xóa).").format(number=number), "entries"))
                continue
            name = _full_name(member)
            if total < 1:
                problems.append(ValidationError(tr("Dòng {number} ({name}): số câu của đề phải từ 1 trở lên, không "
                                                   "phải {total}.").format(
                    number=number, name=name, total=total), "entries"))
            elif not 0 <= correct <= total:
                problems.append(ValidationError(tr("Dòng {number} ({name}): số câu đúng phải từ 0 đến {total}, không "
                                                   "phải {correct}.").format(
                    number=number, name=name, total=total, correct=correct), "entries"))
        if problems:
            raise ValidationErrors(problems)

        held = set(session.scalars(select(QuizAttempt.import_key).where(
            QuizAttempt.event_id == event_id, QuizAttempt.import_key.is_not(None),
            QuizAttempt.deleted_at.is_(None))))
        new = []
        for member_id, correct, total in entries:
            key = paper_key(event_id, member_id, taken_on, correct, total)
            if key not in held:  # recorded before, or the same sheet twice in this pile
                held.add(key)
                new.append((member_id, correct, total, key))
        if not new:
            return 0
        last_numbers = dict(session.execute(
            select(QuizAttempt.member_id, func.max(QuizAttempt.attempt_no)).where(
                QuizAttempt.event_id == event_id, QuizAttempt.deleted_at.is_(None),
                QuizAttempt.member_id.in_({member_id for member_id, _, _, _ in new}))
            .group_by(QuizAttempt.member_id)).all())
        submitted = dt.datetime.combine(taken_on, dt.time())
        for (member_id, correct, total, key), book in zip(new, new_record_fields(db, session, None, len(new)),
                                                         strict=True):
            book["owner_unit_id"] = people[member_id].branch_id
            number = last_numbers.get(member_id, 0) + 1
            last_numbers[member_id] = number
            percent = round(100.0 * correct / total, 1)
            session.add(QuizAttempt(
                event_id=event_id, member_id=member_id, source=SOURCE, attempt_no=number, started_at=None,
                submitted_at=submitted, duration_seconds=0, elapsed_seconds=0, paper="[]", correct_count=correct,
                question_count=total, score_percent=percent, passed=percent >= pass_percent, import_key=key, **book))
        return len(new)
