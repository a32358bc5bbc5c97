"""Paper test results typed in from the marked sheets: pass or fail by the event's pass
mark, numbered after earlier attempts, all-or-nothing, and never counted twice."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import events, members
from desktop.core.errors import NotFoundError, ValidationErrors
from desktop.core.members import MemberInput
from desktop.core.paper_results import paper_key, record_paper_results
from desktop.core.question_bank import import_bank_file
from desktop.core.quiz_summary import quiz_summary
from desktop.core.quizzes import QuizSettings, member_attempts, save_quiz
from desktop.core.units import load_tree

DAY = dt.date(2026, 3, 14)


@pytest.fixture
def event_id(demo_db):
    plan = events.EventPlan(title="Học tập Nghị quyết Đại hội Đoàn XII", kind="study_conference",
                            organiser_unit_id=load_tree(demo_db).by_code("TV-CN").id)
    return events.save_event_plan(demo_db, plan)


def member(db, name: str) -> str:
    return members.create_member(db, MemberInput.from_full_name(
        name, branch_id=load_tree(db).by_code("TV-CN-01-01").id))


@pytest.fixture
def people(demo_db):
    return [member(demo_db, name) for name in ("Nguyễn Thị Hường", "Trần Văn Lâm", "Thạch Sô Phia")]


def test_attempts_pass_or_fail_by_the_default_pass_mark(demo_db, event_id, people):
    huong, lam, phia = people
    added = record_paper_results(demo_db, event_id, [(huong, 7, 10), (lam, 59, 100), (phia, 60, 100)], taken_on=DAY)
    assert added == 3
    [attempt] = member_attempts(demo_db, event_id, huong)
    assert (attempt.source, attempt.attempt_no, attempt.correct_count, attempt.question_count) == ("paper", 1, 7, 10)
    assert attempt.score_percent == 70.0 and attempt.passed
    assert attempt.submitted_at == dt.datetime(2026, 3, 14, 0, 0)
    assert attempt.import_key == paper_key(event_id, huong, DAY, 7, 10)
    assert attempt.owner_unit_id == load_tree(demo_db).by_code("TV-CN-01-01").id
    assert not member_attempts(demo_db, event_id, lam)[0].passed  # 59 % is under the default 60 %
    assert member_attempts(demo_db, event_id, phia)[0].passed     # exactly the pass mark passes


def test_the_events_own_pass_mark_decides_and_scores_are_rounded(demo_db, event_id, people, samples):
    bank_id = import_bank_file(demo_db, samples / "question_bank.xlsx", "Nghị quyết XII")[1]
    save_quiz(demo_db, event_id, QuizSettings(bank_id, question_count=30, pass_percent=80))
    huong, lam, _phia = people
    record_paper_results(demo_db, event_id, [(huong, 24, 30), (lam, 23, 30)], taken_on=DAY)
    passed = member_attempts(demo_db, event_id, huong)[0]
    failed = member_attempts(demo_db, event_id, lam)[0]
    assert (passed.score_percent, passed.passed) == (80.0, True)
    assert (failed.score_percent, failed.passed) == (76.7, False)


def test_attempt_numbers_follow_earlier_attempts(demo_db, event_id, people):
    huong, lam, _phia = people
    record_paper_results(demo_db, event_id, [(huong, 40, 100)], taken_on=DAY)
    # A retake a week later, and (in the same pile) a third sheet of the same member.
    later = DAY + dt.timedelta(days=7)
    assert record_paper_results(demo_db, event_id, [(huong, 55, 100), (lam, 90, 100), (huong, 75, 100)],
                                taken_on=later) == 3
    assert [(a.attempt_no, a.correct_count) for a in member_attempts(demo_db, event_id, huong)] == [
        (1, 40), (2, 55), (3, 75)]
    assert [a.attempt_no for a in member_attempts(demo_db, event_id, lam)] == [1]


def test_a_bad_entry_rejects_the_whole_pile_naming_every_problem(demo_db, event_id, people):
    huong, lam, phia = people
    members.delete_members(demo_db, [phia])
    with pytest.raises(ValidationErrors) as caught:
        record_paper_results(demo_db, event_id, [(huong, 8, 10), (lam, 11, 10), (phia, 5, 10), (huong, 3, 0),
                                                 ("no-such-member", 1, 10)], taken_on=DAY)
    messages = [str(e) for e in caught.value.errors]
    assert messages == [
        "Dòng 2 (Trần Văn Lâm): số câu đúng phải từ 0 đến 10, không phải 11.",
        "Dòng 3: không tìm thấy đoàn viên (có thể đã bị xóa).",
        "Dòng 4 (Nguyễn Thị Hường): số câu của đề phải từ 1 trở lên, không phải 0.",
        "Dòng 5: không tìm thấy đoàn viên (có thể đã bị xóa).",
    ]
    assert str(caught.value).startswith("Có 4 lỗi, chưa lưu gì:")
    assert member_attempts(demo_db, event_id, huong) == []  # the good line was not written either
    with pytest.raises(ValidationErrors, match="số câu đúng phải từ 0 đến 10, không phải -1"):
        record_paper_results(demo_db, event_id, [(huong, -1, 10)], taken_on=DAY)
    with pytest.raises(ValidationErrors, match="chưa tới"):
        record_paper_results(demo_db, event_id, [(huong, 5, 10)], taken_on=dt.date.today() + dt.timedelta(days=1))
    with pytest.raises(NotFoundError):
        record_paper_results(demo_db, "no-such-event", [(huong, 5, 10)], taken_on=DAY)


def test_the_same_sheet_typed_twice_is_recorded_once(demo_db, event_id, people):
    huong, lam, phia = people
    pile = [(huong, 7, 10), (lam, 5, 10)]
    assert record_paper_results(demo_db, event_id, pile, taken_on=DAY) == 2
    assert record_paper_results(demo_db, event_id, pile, taken_on=DAY) == 0
    # Within one pile too; a new sheet among old ones is still added.
    assert record_paper_results(demo_db, event_id, [*pile, (phia, 9, 10), (phia, 9, 10)], taken_on=DAY) == 1
    assert [len(member_attempts(demo_db, event_id, m)) for m in people] == [1, 1, 1]
    assert record_paper_results(demo_db, event_id, [], taken_on=DAY) == 0


def test_the_quiz_summary_counts_paper_attempts(demo_db, event_id, people):
    huong, lam, phia = people
    record_paper_results(demo_db, event_id, [(huong, 7, 10), (lam, 4, 10)], taken_on=DAY)
    record_paper_results(demo_db, event_id, [(lam, 8, 10)], taken_on=DAY + dt.timedelta(days=3))
    summary = quiz_summary(demo_db, event_id)
    assert (summary.total.to_test, summary.total.tested, summary.total.passed, summary.total.attempts) == (3, 2, 2, 3)
    assert summary.standings[lam].best_score == "8/10" and summary.standings[lam].attempts == 2
    assert [m.member_id for m in summary.not_passed] == [phia]
