"""Awareness tests: banks in the database, drawing papers, kiosk attempts that survive a
kill, results imported from other layouts, certificates that verify, and the summary."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap

import openpyxl
import pytest

from desktop.core import events, members
from desktop.core.certificates import issue_certificates, verify, verify_code, verify_number, write_certificate_pdf
from desktop.core.errors import ValidationError, ValidationErrors
from desktop.core.members import MemberInput
from desktop.core.question_bank import (
    apply_bank_import, bank_questions, export_bank_xlsx, import_bank_file, list_banks, preview_bank_import,
)
from desktop.core.quiz_results_import import apply_results, parse_score, preview_results_file
from desktop.core.quiz_summary import quiz_summary
from desktop.core.quizzes import (
    QuizSettings, draw_paper, load_quiz, save_answer, save_quiz, start_attempt, submit_attempt,
)
from desktop.core.units import load_tree


@pytest.fixture
def bank(demo_db, samples):
    _preview, bank_id = import_bank_file(demo_db, samples / "question_bank.xlsx", "Nghị quyết XII")
    return bank_id


@pytest.fixture
def event_id(demo_db):
    tree = load_tree(demo_db)
    plan = events.EventPlan(title="Học tập Nghị quyết Đại hội Đoàn XII", kind="study_conference",
                            organiser_unit_id=tree.by_code("TV-CN").id)
    return events.save_event_plan(demo_db, plan)


@pytest.fixture
def member(demo_db):
    tree = load_tree(demo_db)
    return members.create_member(demo_db, MemberInput.from_full_name(
        "Nguyễn Thị Hường", branch_id=tree.by_code("TV-CN-01-01").id, phone="0912345678"))


def test_a_bank_imports_once_and_exports_back_to_the_same_questions(demo_db, bank, samples, tmp_path):
    again = preview_bank_import(demo_db, samples / "question_bank.xlsx", "nghi quyet xii")
    assert again.bank_id == bank and (len(again.new), again.unchanged) == (0, 40)
    apply_bank_import(demo_db, again)
    [summary] = list_banks(demo_db)
    assert summary.question_count == 40 and summary.topics == {"Đại hội XII": 10, "Mẫu": 30}
    assert export_bank_xlsx(demo_db, bank, tmp_path / "out.xlsx") == 40
    round_trip = preview_bank_import(demo_db, tmp_path / "out.xlsx", "Nghị quyết XII")
    assert round_trip.parsed.errors == [] and (len(round_trip.new), round_trip.unchanged) == (0, 40)


def test_a_file_with_errors_imports_nothing_unless_asked(demo_db, tmp_path):
    path = tmp_path / "loi.txt"
    path.write_text("Câu một?\nA. x\nB. y\nANSWER: A\n\nCâu hai?\nA. x\nB. y\nANSWER: Q\n", encoding="utf-8")
    preview = preview_bank_import(demo_db, path)
    with pytest.raises(ValidationError, match="1 câu lỗi: chưa nhập gì"):
        apply_bank_import(demo_db, preview)
    assert list_banks(demo_db) == []
    bank_id = apply_bank_import(demo_db, preview, skip_invalid=True)
    assert [q.text for q in bank_questions(demo_db, bank_id)] == ["Câu một?"]


def test_test_settings_are_checked(demo_db, event_id, bank):
    with pytest.raises(ValidationErrors) as caught:
        save_quiz(demo_db, event_id, QuizSettings(bank, question_count=50, topic_quotas={"Đại hội XII": 12},
                                                  pass_percent=0))
    fields = {e.field for e in caught.value.errors}
    assert fields == {"question_count", "topic_quotas", "pass_percent"}
    save_quiz(demo_db, event_id, QuizSettings(bank, question_count=20, topic_quotas={"Đại hội XII": 8}))
    assert load_quiz(demo_db, event_id).topic_quotas == {"Đại hội XII": 8}


def test_drawing_meets_quotas_and_prefers_unseen_questions(demo_db, bank):
    questions = bank_questions(demo_db, bank)
    settings = QuizSettings(bank, question_count=20, topic_quotas={"Đại hội XII": 5})
    first = draw_paper(questions, settings, set(), random.Random(1))
    topics = {q.id: q.topic for q in questions}
    assert len(first) == 20 and len({q for q, _ in first}) == 20
    assert sum(topics[q] == "Đại hội XII" for q, _ in first) >= 5
    seen = {q for q, _ in first}
    second = draw_paper(questions, QuizSettings(bank, question_count=20), seen, random.Random(2))
    assert not seen & {q for q, _ in second}  # 40 questions: the retake gets the other 20
    fixed = draw_paper(questions, QuizSettings(bank, question_count=3, shuffle_questions=False,
                                               shuffle_options=False), set(), random.Random(3))
    assert [order for _, order in fixed] == [[0, 1, 2, 3]] * 3
    assert [q for q, _ in fixed] == [q.id for q in questions if q.id in {x for x, _ in fixed}]


def test_a_kiosk_attempt_is_marked_and_retakes_stop_once_passed(demo_db, event_id, bank, member):
    save_quiz(demo_db, event_id, QuizSettings(bank, question_count=10, shuffle_options=True))
    attempt = start_attempt(demo_db, event_id, member, rng=random.Random(5))
    assert (attempt.attempt_no, attempt.resumed, attempt.remaining_seconds) == (1, False, 30 * 60)
    stored = {q.id: q for q in bank_questions(demo_db, bank)}
    for question in attempt.questions[:7]:  # seven right answers, given as shown on screen
        right = stored[question.question_id].options[stored[question.question_id].correct[0]]
        save_answer(demo_db, attempt.attempt_id, question.position, [question.options.index(right)], 60)
    save_answer(demo_db, attempt.attempt_id, 7, [0, 1], 90)  # two options where one is right: wrong
    result = submit_attempt(demo_db, attempt.attempt_id, 120)
    assert (result.correct, result.total, result.percent, result.passed) == (7, 10, 70.0, True)
    with pytest.raises(ValidationError, match="Bài đã nộp"):
        save_answer(demo_db, attempt.attempt_id, 0, [1], 130)
    with pytest.raises(ValidationError, match="đã đạt"):
        start_attempt(demo_db, event_id, member)


def test_a_killed_kiosk_resumes_with_every_answer_and_the_time_left(demo_db, event_id, bank, member):
    """The kiosk runs in another process, answers, and is killed without warning; the next
    start resumes the same paper with those answers and the time that was left."""
    save_quiz(demo_db, event_id, QuizSettings(bank, question_count=12, duration_minutes=20))
    script = textwrap.dedent(f"""
        import os, signal
        from desktop.db.engine import Database
        from desktop.core.quizzes import start_attempt, save_answer
        db = Database({str(demo_db.path)!r})
        attempt = start_attempt(db, {event_id!r}, {member!r})
        for position, seconds in ((0, 40), (3, 95), (5, 130), (3, 170)):
            save_answer(db, attempt.attempt_id, position, [position % 2], seconds)
            print(position, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=os.getcwd(), timeout=60)
    assert run.returncode == -signal.SIGKILL and run.stdout.split() == ["0", "3", "5", "3"]
    resumed = start_attempt(demo_db, event_id, member)
    assert resumed.resumed and resumed.attempt_no == 1
    assert resumed.remaining_seconds == 20 * 60 - 170
    assert {q.position: q.chosen for q in resumed.questions if q.chosen} == {0: [0], 3: [1], 5: [1]}


def _results_sheet(path, header, rows, title="KẾT QUẢ KIỂM TRA"):
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.append([title])
    ws.append(header)
    for row in rows:
        ws.append(row)
    workbook.save(path)
    return path


def test_scores_in_every_shape():
    assert parse_score("75/100") == (75, 100)
    assert parse_score("82%") == (82, 100)
    assert parse_score(0.64) == (64, 100)
    assert parse_score("7,5") == (75, 100)
    assert parse_score(58, total_hint=100) == (58, 100)
    assert parse_score("45") == (45, 100)
    for bad in ("120/100", "abc", "", "150%"):
        with pytest.raises(ValueError):
            parse_score(bad)


def test_results_in_another_layout_match_suggest_and_list(demo_db, event_id, member, tmp_path):
    tree = load_tree(demo_db)
    other = members.create_member(demo_db, MemberInput.from_full_name(
        "Trần Văn Bình", branch_id=tree.by_code("TV-CN-02-01").id, card_number="0849000123"))
    path = _results_sheet(tmp_path / "kq.xlsx", ["TT", "Họ tên", "SĐT", "Số thẻ", "Đơn vị", "Lần", "Điểm", "Ngày thi"], [
        [1, "Nguyễn Thị Hường", "0912 345 678", "", "Chi đoàn", 1, "55/100", "01/12/2026"],
        [2, "Nguyễn Thị Hường", "0912345678", "", "Chi đoàn", 2, "80%", "03/12/2026"],
        [3, "Tran Van Binh", "", "0849000123", "", 1, 9, "02/12/2026"],
        [4, "Nguyễn Thị Hườn", "", "", "", 1, "70/100", "02/12/2026"],      # misspelt: offered
        [5, "Lê Không Có", "", "", "", 1, "90/100", "02/12/2026"],         # nobody
        [6, "Phạm Điểm Lỗi", "", "", "", 1, "120/100", "02/12/2026"],      # bad score
    ])
    preview = preview_results_file(demo_db, event_id, path)
    assert [(r.row, m, how) for r, m, how in preview.matched] == [
        (3, member, "số điện thoại"), (4, member, "số điện thoại"), (5, other, "số thẻ đoàn viên")]
    [(suggested_row, suggestion)] = preview.suggested
    assert suggested_row.row == 6 and suggestion.member_id == member and suggestion.similarity >= 0.85
    assert [r.row for r in preview.unmatched] == [7]
    [error] = preview.errors
    assert (error.row, error.column) == (8, "G") and "120/100" in error.message
    data = preview.as_dict()
    assert (data["matched"], data["attempts"]) == (2, 3)

    # The officer confirms the suggestion; the same attempt linked twice is kept once.
    assert apply_results(demo_db, preview, links={6: member, 7: other}) == 4
    again = preview_results_file(demo_db, event_id, path)
    assert again.already == 3 and apply_results(demo_db, again, links={6: member}) == 0
    summary = quiz_summary(demo_db, event_id)
    standing = summary.standings[member]
    assert (standing.attempts, standing.best_score, standing.passed) == (3, "80/100", True)
    assert summary.standings[other].best_percent == 90.0


def test_the_sample_export_matches_everyone_or_lists_them(demo_db, event_id, samples):
    from desktop.cli import main

    assert main(["--db", str(demo_db.path), "units", "import", str(samples / "units_cau_ngang.xlsx")]) == 0
    assert main(["--db", str(demo_db.path), "roster", "import", str(samples / "roster_standard.xlsx")]) == 0
    preview = preview_results_file(demo_db, event_id, samples / "quiz_results_app.xlsx")
    people = {m for _, m, _ in preview.matched}
    listed = len(preview.suggested) + len(preview.unmatched)
    # Every person in the export is on the sample roster with the same phone number.
    assert preview.errors == [] and listed == 0 and (len(people), len(preview.matched)) == (300, 356)
    assert apply_results(demo_db, preview) == len(preview.matched)
    summary = quiz_summary(demo_db, event_id)
    assert summary.total.tested == len(people) and summary.total.attempts == len(preview.matched)
    assert summary.total.to_test == 400 and summary.total.passed == sum(1 for s in summary.standings.values()
                                                                        if s.passed)


def test_certificates_verify_and_a_changed_score_fails(demo_db, event_id, bank, member, tmp_path):
    save_quiz(demo_db, event_id, QuizSettings(bank, question_count=1))
    with pytest.raises(ValidationError, match="Chưa đạt"):
        issue_certificates(demo_db, event_id, [member])
    attempt = start_attempt(demo_db, event_id, member)
    stored = {q.id: q for q in bank_questions(demo_db, bank)}
    question = attempt.questions[0]
    right = stored[question.question_id].options[stored[question.question_id].correct[0]]
    save_answer(demo_db, attempt.attempt_id, 0, [question.options.index(right)], 10)
    submit_attempt(demo_db, attempt.attempt_id, 10)
    [certificate] = issue_certificates(demo_db, event_id)
    assert certificate.number.startswith("TV-CN-") and certificate.facts.score == "1/1"
    assert issue_certificates(demo_db, event_id)[0].number == certificate.number  # no second number

    assert verify_code(demo_db, certificate.code).valid
    assert verify_number(demo_db, certificate.number).valid
    pdf = write_certificate_pdf(certificate, tmp_path / "gcn.pdf")
    assert verify(demo_db, str(pdf)).valid

    import base64
    payload_part = certificate.code.split(".")[1]
    payload = json.loads(base64.urlsafe_b64decode(payload_part + "=" * (-len(payload_part) % 4)))
    payload["s"] = "99/100"
    forged_payload = base64.urlsafe_b64encode(json.dumps(payload, ensure_ascii=False, separators=(",", ":"),
                                                         sort_keys=True).encode()).rstrip(b"=").decode()
    forged = certificate.code.replace(payload_part, forged_payload)
    result = verify_code(demo_db, forged)
    assert not result.valid and "GIẢ MẠO" in result.message
    assert not verify_code(demo_db, "DDCERT1.xyz.abc").valid
    assert not verify_number(demo_db, "TV-CN-2026-99999").valid


def test_a_new_test_starts_from_the_offices_settings(demo_db, event_id, bank):
    from desktop.core.quizzes import new_quiz_settings
    from desktop.core.settings import QUIZ_MINUTES, QUIZ_PASS_PERCENT, set_setting

    assert (new_quiz_settings(demo_db).pass_percent, new_quiz_settings(demo_db).duration_minutes) == (60, 30)
    set_setting(demo_db, QUIZ_PASS_PERCENT, 70)
    set_setting(demo_db, QUIZ_MINUTES, 45)
    settings = new_quiz_settings(demo_db, bank)
    assert (settings.bank_id, settings.pass_percent, settings.duration_minutes) == (bank, 70, 45)
