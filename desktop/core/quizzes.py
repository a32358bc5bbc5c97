"""An event's awareness test: its settings, the questions each attempt draws, and attempts
taken on the office's own PCs (the kiosk).

Every answer is written the moment it is given, with the time used so far; a kiosk PC
that crashes or a program that is killed loses nothing: the member identifies again and
the attempt resumes with its answers and the time that was left (time does not run
while the program is not running — the crash was not the member's doing). At zero the
screen submits the attempt itself.

Drawing: the topic quotas first, the rest from the whole bank; on a retake, questions
the member has not seen come first when the test asks for it. Questions and options
are shuffled per attempt when asked; the drawn order is stored with the attempt, so a
resumed attempt shows exactly the same paper.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field

from sqlalchemy import func, select

from desktop.core.errors import NotFoundError, ValidationError, ValidationErrors
from desktop.core.question_bank import StoredQuestion, bank_questions
from desktop.core.records import new_record_fields, touch
from desktop.db.engine import Database
from desktop.db.models import Event, Member, Question, Quiz, QuizAnswer, QuizAttempt, utcnow
from desktop.i18n import N_, tr

DEFAULT_QUESTIONS = 100
DEFAULT_MINUTES = 30
DEFAULT_PASS_PERCENT = 60
# Where an attempt came from; screens show the label through tr().
SOURCES = {"kiosk": N_("Thi trên máy"), "app": N_("Ứng dụng Thanh niên Việt Nam"), "file": N_("Nhập từ tệp"),
           "paper": N_("Thi trên giấy")}


@dataclass
class QuizSettings:
    bank_id: str | None
    question_count: int = DEFAULT_QUESTIONS
    topic_quotas: dict[str, int] = field(default_factory=dict)
    duration_minutes: int = DEFAULT_MINUTES
    pass_percent: int = DEFAULT_PASS_PERCENT
    max_attempts: int = 0  # 0: retakes until passed
    shuffle_questions: bool = True
    shuffle_options: bool = True
    prefer_unseen: bool = True


def new_quiz_settings(db: Database, bank_id: str | None = None) -> QuizSettings:
    """A new test as the office sets them up by default (the settings' pass mark, time
    and number of questions)."""
    from desktop.core.settings import QUIZ_MINUTES, QUIZ_PASS_PERCENT, QUIZ_QUESTIONS, get_setting

    return QuizSettings(bank_id, question_count=get_setting(db, QUIZ_QUESTIONS),
                        duration_minutes=get_setting(db, QUIZ_MINUTES), pass_percent=get_setting(db, QUIZ_PASS_PERCENT))


def load_quiz(db: Database, event_id: str) -> QuizSettings | None:
    with db.session() as session:
        quiz = session.scalar(select(Quiz).where(Quiz.event_id == event_id, Quiz.deleted_at.is_(None)))
        if quiz is None:
            return None
        return QuizSettings(quiz.bank_id, quiz.question_count, json.loads(quiz.topic_quotas), quiz.duration_minutes,
                            quiz.pass_percent, quiz.max_attempts, quiz.shuffle_questions, quiz.shuffle_options,
                            quiz.prefer_unseen)


def check_quiz(db: Database, settings: QuizSettings) -> list[ValidationError]:
    problems: list[ValidationError] = []
    questions = bank_questions(db, settings.bank_id) if settings.bank_id else []
    if settings.bank_id is None:
        problems.append(ValidationError(tr("Chưa chọn ngân hàng câu hỏi."), "bank_id"))
    elif not questions:
        problems.append(ValidationError(tr("Ngân hàng câu hỏi đã chọn chưa có câu nào."), "bank_id"))
    if not 1 <= settings.question_count <= 500:
        problems.append(ValidationError(tr("Số câu hỏi phải từ 1 đến 500."), "question_count"))
    elif questions and settings.question_count > len(questions):
        problems.append(ValidationError(tr("Đề có {wanted} câu nhưng ngân hàng chỉ có {available} câu.").format(
            wanted=settings.question_count, available=len(questions)), "question_count"))
    if not 1 <= settings.duration_minutes <= 300:
        problems.append(ValidationError(tr("Thời gian làm bài phải từ 1 đến 300 phút."), "duration_minutes"))
    if not 1 <= settings.pass_percent <= 100:
        problems.append(ValidationError(tr("Điểm đạt phải từ 1% đến 100%."), "pass_percent"))
    if settings.max_attempts < 0:
        problems.append(ValidationError(tr("Số lần thi không được âm (0 là thi lại đến khi đạt)."), "max_attempts"))
    by_topic: dict[str, int] = {}
    for question in questions:
        by_topic[question.topic] = by_topic.get(question.topic, 0) + 1
    for topic, quota in settings.topic_quotas.items():
        if quota < 0:
            problems.append(ValidationError(tr("Số câu của chủ đề «{topic}» không được âm.").format(
                topic=topic), "topic_quotas"))
        elif questions and quota > by_topic.get(topic, 0):
            problems.append(ValidationError(tr("Chủ đề «{topic}» chỉ có {available} câu, không đủ {quota} câu.").format(
                topic=topic or tr("không tên"), available=by_topic.get(topic, 0), quota=quota), "topic_quotas"))
    if sum(settings.topic_quotas.values()) > settings.question_count:
        problems.append(ValidationError(tr("Tổng số câu theo chủ đề ({by_topics}) vượt số câu của đề "
                                           "({wanted}).").format(by_topics=sum(settings.topic_quotas.values()),
                                                                 wanted=settings.question_count), "topic_quotas"))
    return problems


def save_quiz(db: Database, event_id: str, settings: QuizSettings) -> None:
    problems = check_quiz(db, settings)
    if problems:
        raise ValidationErrors(problems)
    values = {"bank_id": settings.bank_id, "question_count": settings.question_count,
              "topic_quotas": json.dumps({k: v for k, v in settings.topic_quotas.items() if v}, ensure_ascii=False),
              "duration_minutes": settings.duration_minutes, "pass_percent": settings.pass_percent,
              "max_attempts": settings.max_attempts, "shuffle_questions": settings.shuffle_questions,
              "shuffle_options": settings.shuffle_options, "prefer_unseen": settings.prefer_unseen}
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None or event.deleted_at is not None:
            raise NotFoundError(tr("Không tìm thấy hội nghị (có thể đã bị xóa)."))
        quiz = session.scalar(select(Quiz).where(Quiz.event_id == event_id, Quiz.deleted_at.is_(None)))
        if quiz is None:
            session.add(Quiz(event_id=event_id, **values, **new_record_fields(db, session, event.organiser_unit_id)[0]))
        elif any(getattr(quiz, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(quiz, key, value)
            touch(quiz, session)


def _required_quiz(db: Database, event_id: str) -> QuizSettings:
    settings = load_quiz(db, event_id)
    if settings is None:
        raise ValidationError(tr("Hội nghị chưa có bài kiểm tra: hãy chọn ngân hàng câu hỏi và số câu trước."), "quiz")
    return settings


# --- drawing ---------------------------------------------------------------------------------


def draw_paper(questions: list[StoredQuestion], settings: QuizSettings, seen: set[str],
               rng: random.Random) -> list[tuple[str, list[int]]]:
    """The questions of one attempt as (question id, the order its options are shown in)."""
    def pick(pool: list[StoredQuestion], count: int) -> list[StoredQuestion]:
        pool = list(pool)
        rng.shuffle(pool)
        if settings.prefer_unseen:
            pool.sort(key=lambda q: q.id in seen)  # stable: unseen first, shuffled within
        return pool[:count]

    chosen: list[StoredQuestion] = []
    for topic, quota in settings.topic_quotas.items():
        chosen += pick([q for q in questions if q.topic == topic], quota)
    taken = {q.id for q in chosen}
    chosen += pick([q for q in questions if q.id not in taken], settings.question_count - len(chosen))
    if settings.shuffle_questions:
        rng.shuffle(chosen)
    else:
        order = {q.id: i for i, q in enumerate(questions)}
        chosen.sort(key=lambda q: order[q.id])
    paper = []
    for question in chosen:
        options = list(range(len(question.options)))
        if settings.shuffle_options:
            rng.shuffle(options)
        paper.append((question.id, options))
    return paper


# --- kiosk attempts -----------------------------------------------------------------------------


@dataclass
class PaperQuestion:
    position: int
    question_id: str
    text: str
    options: list[str]          # in the order shown
    chosen: list[int]           # indices into ``options`` as shown
    topic: str = ""


@dataclass(frozen=True)
class AttemptResult:
    correct: int
    total: int
    percent: float
    passed: bool
    pass_percent: int

    @property
    def score_text(self) -> str:
        return f"{self.correct}/{self.total}"


@dataclass
class KioskAttempt:
    attempt_id: str
    event_id: str
    member_id: str
    full_name: str
    attempt_no: int
    questions: list[PaperQuestion]
    duration_seconds: int
    elapsed_seconds: int
    resumed: bool
    result: AttemptResult | None = None

    @property
    def remaining_seconds(self) -> int:
        return max(0, self.duration_seconds - self.elapsed_seconds)

    @property
    def answered(self) -> int:
        return sum(1 for q in self.questions if q.chosen)


def member_attempts(db: Database, event_id: str, member_id: str) -> list[QuizAttempt]:
    with db.session() as session:
        return list(session.scalars(select(QuizAttempt).where(
            QuizAttempt.event_id == event_id, QuizAttempt.member_id == member_id,
            QuizAttempt.deleted_at.is_(None)).order_by(QuizAttempt.attempt_no)))


def _load_attempt(db: Database, attempt: QuizAttempt, full_name: str, resumed: bool) -> KioskAttempt:
    paper = json.loads(attempt.paper)
    with db.engine.connect() as conn:
        texts = {r[0]: r[1:] for r in conn.exec_driver_sql(
            f"SELECT id, question_text, options, topic FROM questions WHERE id IN ({','.join('?' * len(paper))})",
            tuple(q for q, _ in paper))} if paper else {}
        answers = {r[0]: json.loads(r[1]) for r in conn.exec_driver_sql(
            "SELECT position, chosen FROM quiz_answers WHERE attempt_id = ? AND deleted_at IS NULL", (attempt.id,))}
    questions = []
    for position, (question_id, order) in enumerate(paper):
        text, options_json, topic = texts[question_id]
        options = json.loads(options_json)
        chosen_original = answers.get(position, [])
        questions.append(PaperQuestion(position, question_id, text, [options[i] for i in order],
                                       sorted(order.index(i) for i in chosen_original if i in order), topic))
    return KioskAttempt(attempt.id, attempt.event_id, attempt.member_id, full_name, attempt.attempt_no, questions,
                        attempt.duration_seconds, attempt.elapsed_seconds, resumed)


def start_attempt(db: Database, event_id: str, member_id: str, *, rng: random.Random | None = None) -> KioskAttempt:
    """The member's unfinished kiosk attempt, resumed; otherwise a new one, if the test
    allows it (not passed yet, attempts left)."""
    settings = _required_quiz(db, event_id)
    with db.session() as session:
        member = session.get(Member, member_id)
        if member is None or member.deleted_at is not None:
            raise NotFoundError(tr("Không tìm thấy đoàn viên (có thể đã bị xóa)."))
        full_name = " ".join(f"{member.family_name} {member.middle_name} {member.given_name}".split())
        owner = member.branch_id
    attempts = member_attempts(db, event_id, member_id)
    unfinished = [a for a in attempts if a.source == "kiosk" and a.submitted_at is None]
    if unfinished:
        return _load_attempt(db, unfinished[-1], full_name, resumed=True)
    if any(a.passed for a in attempts):
        raise ValidationError(tr("{name} đã đạt bài kiểm tra này, không cần thi lại.").format(
            name=full_name), "member_id")
    if settings.max_attempts and len(attempts) >= settings.max_attempts:
        raise ValidationError(tr("{name} đã thi đủ {count} lần cho phép.").format(
            name=full_name, count=settings.max_attempts), "member_id")
    questions = bank_questions(db, settings.bank_id)
    if len(questions) < settings.question_count:
        raise ValidationError(tr("Ngân hàng câu hỏi chỉ còn {available} câu, đề cần {wanted}.").format(
            available=len(questions), wanted=settings.question_count),
                              "question_count")
    seen: set[str] = set()
    for attempt in attempts:
        seen.update(q for q, _ in json.loads(attempt.paper))
    paper = draw_paper(questions, settings, seen, rng or random.Random())
    with db.session() as session:
        book = new_record_fields(db, session, owner)[0]
        attempt = QuizAttempt(event_id=event_id, member_id=member_id, source="kiosk",
                              attempt_no=max((a.attempt_no for a in attempts), default=0) + 1, started_at=utcnow(),
                              submitted_at=None, duration_seconds=settings.duration_minutes * 60, elapsed_seconds=0,
                              paper=json.dumps(paper), correct_count=None, question_count=len(paper),
                              score_percent=None, passed=None, import_key=None, **book)
        session.add(attempt)
        session.flush()
        session.expunge(attempt)
    return _load_attempt(db, attempt, full_name, resumed=False)


def _open_attempt(session, attempt_id: str) -> QuizAttempt:
    attempt = session.get(QuizAttempt, attempt_id)
    if attempt is None or attempt.deleted_at is not None:
        raise NotFoundError(tr("Không tìm thấy lượt thi."))
    if attempt.submitted_at is not None:
        raise ValidationError(tr("Bài đã nộp, không sửa được nữa."), "submitted_at")
    return attempt


def save_answer(db: Database, attempt_id: str, position: int, chosen_shown: list[int], elapsed_seconds: int) -> None:
    """Record the option(s) chosen (as shown) for the question at ``position``, and the
    time used so far, in one transaction."""
    with db.session() as session:
        attempt = _open_attempt(session, attempt_id)
        paper = json.loads(attempt.paper)
        if not 0 <= position < len(paper):
            raise ValidationError(tr("Câu hỏi không có trong đề."), "position")
        order = paper[position][1]
        chosen = sorted(order[i] for i in chosen_shown if 0 <= i < len(order))
        answer = session.scalar(select(QuizAnswer).where(QuizAnswer.attempt_id == attempt_id,
                                                         QuizAnswer.position == position,
                                                         QuizAnswer.deleted_at.is_(None)))
        now = utcnow()
        if answer is None:
            session.add(QuizAnswer(attempt_id=attempt_id, position=position, question_id=paper[position][0],
                                   chosen=json.dumps(chosen), answered_at=now,
                                   **new_record_fields(db, session, attempt.owner_unit_id)[0]))
        elif json.loads(answer.chosen) != chosen:
            answer.chosen, answer.answered_at = json.dumps(chosen), now
            touch(answer, session)
        _set_elapsed(session, attempt, elapsed_seconds)


def _set_elapsed(session, attempt: QuizAttempt, elapsed_seconds: int) -> None:
    # Never backwards (a slow save arriving after a later one), never past the end.
    elapsed = min(max(attempt.elapsed_seconds, int(elapsed_seconds)), attempt.duration_seconds)
    if elapsed != attempt.elapsed_seconds:
        attempt.elapsed_seconds = elapsed
        touch(attempt, session)


def record_elapsed(db: Database, attempt_id: str, elapsed_seconds: int) -> None:
    """The time used so far (the kiosk writes it every few seconds)."""
    with db.session() as session:
        _set_elapsed(session, _open_attempt(session, attempt_id), elapsed_seconds)


def submit_attempt(db: Database, attempt_id: str, elapsed_seconds: int) -> AttemptResult:
    """Mark the attempt: a question counts when exactly its right options are chosen."""
    with db.session() as session:
        attempt = _open_attempt(session, attempt_id)
        quiz = session.scalar(select(Quiz).where(Quiz.event_id == attempt.event_id, Quiz.deleted_at.is_(None)))
        pass_percent = quiz.pass_percent if quiz else DEFAULT_PASS_PERCENT
        paper = json.loads(attempt.paper)
        ids = [q for q, _ in paper]
        correct_sets = {r[0]: sorted(json.loads(r[1])) for r in session.execute(
            select(Question.id, Question.correct).where(Question.id.in_(ids)))}
        answers = {a.position: sorted(json.loads(a.chosen)) for a in session.scalars(select(QuizAnswer).where(
            QuizAnswer.attempt_id == attempt_id, QuizAnswer.deleted_at.is_(None)))}
        correct = sum(1 for position, (question_id, _) in enumerate(paper)
                      if answers.get(position) and answers[position] == correct_sets.get(question_id))
        _set_elapsed(session, attempt, elapsed_seconds)
        percent = round(100.0 * correct / len(paper), 1) if paper else 0.0
        attempt.submitted_at = utcnow()
        attempt.correct_count, attempt.score_percent = correct, percent
        attempt.passed = percent >= pass_percent
        touch(attempt, session)
        return AttemptResult(correct, len(paper), percent, attempt.passed, pass_percent)


def attempts_count(db: Database, event_id: str) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(QuizAttempt).where(
            QuizAttempt.event_id == event_id, QuizAttempt.deleted_at.is_(None))) or 0

