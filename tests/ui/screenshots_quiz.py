"""Render the test kiosk offscreen and save its pages as PNGs, to look at them.

Not a test (pytest does not collect it). Run:

    cd /work/main && QT_QPA_PLATFORM=offscreen uv run python -m tests.ui.screenshots_quiz [OUTPUT_FOLDER]

It builds the demo database (30 members and the demo conference) in a temporary folder,
gives the conference a 100-question, 30-minute test drawn from the sample bank and a
bank of review questions, and saves into /tmp/shots by default, at 1366×768: the
identify page with a name search (kiosk_identify.png), a member who already passed
(kiosk_identify_passed.png), a question with the countdown and the map, a third of the
paper answered (kiosk_question.png), the last minute (kiosk_last_minute.png), and the
results of a member who passed and one who did not (kiosk_result_pass.png,
kiosk_result_fail.png).

Each screen is one function taking the shared :class:`QuizShots`; ``main`` runs them
in the order of ``SHOTS``.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.core import events  # noqa: E402
from desktop.core.demo import fill_demo  # noqa: E402
from desktop.core.members import MemberQuery, list_members  # noqa: E402
from desktop.core.question_bank import bank_questions, import_bank_file  # noqa: E402
from desktop.core.quizzes import QuizSettings, save_answer, save_quiz, start_attempt  # noqa: E402
from desktop.db.engine import Database  # noqa: E402
from desktop.ui.app import create_application  # noqa: E402
from desktop.ui.quiz.kiosk import KioskWindow  # noqa: E402
from tests.ui.screenshots import save  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
SIZE = (1366, 768)

# Review questions in the style of the Union's awareness tests, to fill a 100-question bank.
REVIEW_TOPICS = [
    ("Điều lệ Đoàn", "Theo Điều lệ Đoàn TNCS Hồ Chí Minh, đoàn viên có nhiệm vụ nào sau đây?",
     ["Tích cực học tập, lao động, rèn luyện đạo đức, lối sống", "Chỉ tham gia sinh hoạt khi được mời",
      "Đóng đoàn phí một lần mỗi nhiệm kỳ", "Không bắt buộc sinh hoạt chi đoàn"]),
    ("Lịch sử Đoàn", "Đồng chí nào là Bí thư đầu tiên của Đoàn TNCS Hồ Chí Minh?",
     ["Lý Tự Trọng", "Nguyễn Văn Cừ", "Võ Văn Tần", "Trần Phú"]),
    ("Phong trào", "Phong trào «Thanh niên tình nguyện» hướng tới mục tiêu nào?",
     ["Xung kích vì cộng đồng, phát triển kinh tế – xã hội", "Chỉ tổ chức hoạt động văn nghệ",
      "Tuyển chọn vận động viên", "Thay thế chính quyền địa phương"]),
    ("Chuyển đổi số", "Ứng dụng nào được dùng để quản lý đoàn viên và tổ chức kiểm tra nhận thức trực tuyến?",
     ["Thanh niên Việt Nam", "Sổ tay đảng viên", "VNeID", "Zalo"]),
]


class Clock:
    """Monotonic seconds that move only when a shot says so."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class QuizShots:
    folder: Path
    db: Database
    event_id: str
    bank_id: str
    member_ids: list[str]
    clock: Clock
    window: KioskWindow


def settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def _review_bank(path: Path, count: int) -> Path:
    """``count`` questions in Aiken format, varied enough to look like a real bank."""
    blocks = []
    for number in range(1, count + 1):
        _topic, text, options = REVIEW_TOPICS[number % len(REVIEW_TOPICS)]
        rotated = options[number % 4:] + options[:number % 4]
        right = "ABCD"[rotated.index(options[0])]
        lines = [f"Câu ôn tập {number}. {text}"] + [f"{'ABCD'[i]}. {o}" for i, o in enumerate(rotated)]
        blocks.append("\n".join(lines + [f"ANSWER: {right}"]))
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    return path


def _right_option(stored: dict, attempt, position: int) -> int:
    question = attempt.questions[position]
    right = stored[question.question_id]
    return question.options.index(right.options[right.correct[0]])


def _answer(shots: QuizShots, member_id: str, right: int, wrong: int) -> None:
    """Answer the member's paper in the kiosk: ``right`` right answers, then ``wrong`` wrong ones."""
    window = shots.window
    window.next_person()
    window.begin(member_id)
    stored = {q.id: q for q in bank_questions(shots.db, shots.bank_id)}
    for position in range(right + wrong):
        window.show_question(position)
        good = _right_option(stored, window.attempt, position)
        window.choose(good if position < right else (good + 1) % len(window.attempt.questions[position].options))


def build(folder: Path) -> QuizShots:
    scratch = Path(tempfile.mkdtemp(prefix="doandesk-quiz-shots-"))
    db = Database(scratch / "demo.sqlite3")
    fill_demo(db, 30)
    event_id = events.list_events(db)[0].id
    _preview, bank_id = import_bank_file(db, SAMPLES / "question_bank.xlsx", "Nghị quyết Đại hội Đoàn XII")
    import_bank_file(db, _review_bank(scratch / "on_tap.txt", 60), "Nghị quyết Đại hội Đoàn XII")
    save_quiz(db, event_id, QuizSettings(bank_id, question_count=100, duration_minutes=30, pass_percent=60))
    member_ids = [m.id for m in list_members(db, MemberQuery())[:4]]
    clock = Clock()
    window = KioskWindow(db, event_id, clock=clock)
    window.resize(*SIZE)
    window.show()
    return QuizShots(folder, db, event_id, bank_id, member_ids, clock, window)


def kiosk_identify(shots: QuizShots) -> None:
    window = shots.window
    window.show_identify()
    window.search_edit.setText("nguyen")
    window.run_search()
    settle()
    save(window, shots.folder, "kiosk_identify")


def kiosk_question(shots: QuizShots) -> None:
    """A third of the paper answered, 11 minutes gone, on a question of the Congress."""
    db, member_id = shots.db, shots.member_ids[0]
    attempt = start_attempt(db, shots.event_id, member_id, rng=random.Random(12))
    stored = {q.id: q for q in bank_questions(db, shots.bank_id)}
    for position in range(34):
        if position in (5, 17):
            continue  # skipped, to come back to
        save_answer(db, attempt.attempt_id, position, [_right_option(stored, attempt, position)], 660)
    window = shots.window
    window.begin(member_id)
    target = next(q.position for q in window.attempt.questions[34:] if q.topic == "Đại hội XII")
    window.show_question(target)
    window.choose(1)
    settle()
    save(window, shots.folder, "kiosk_question")


def kiosk_last_minute(shots: QuizShots) -> None:
    window = shots.window
    shots.clock.now += window.remaining_seconds() - 42
    window.tick()
    settle()
    save(window, shots.folder, "kiosk_last_minute")


def kiosk_resumed(shots: QuizShots) -> None:
    """The attempt above, after the kiosk closed and opened again."""
    window = shots.window
    window.close_now()
    shots.window = window = KioskWindow(shots.db, shots.event_id, clock=shots.clock)
    window.resize(*SIZE)
    window.show()
    window.begin(shots.member_ids[0])
    settle()
    save(window, shots.folder, "kiosk_resumed")


def kiosk_result_timeout(shots: QuizShots) -> None:
    """The resumed attempt runs out of time and is submitted by itself."""
    window = shots.window
    shots.clock.now += window.remaining_seconds()
    window.tick()
    settle()
    save(window, shots.folder, "kiosk_result_timeout")


def kiosk_result_pass(shots: QuizShots) -> None:
    _answer(shots, shots.member_ids[1], right=72, wrong=20)
    shots.window._submit(auto=False)  # the confirmation is a separate box; the page behind is the shot
    settle()
    save(shots.window, shots.folder, "kiosk_result_pass")


def kiosk_result_fail(shots: QuizShots) -> None:
    _answer(shots, shots.member_ids[2], right=48, wrong=40)
    shots.window._submit(auto=False)
    settle()
    save(shots.window, shots.folder, "kiosk_result_fail")


def kiosk_identify_passed(shots: QuizShots) -> None:
    window = shots.window
    window.next_person()
    window.begin(shots.member_ids[1])
    settle()
    save(window, shots.folder, "kiosk_identify_passed")


SHOTS = [kiosk_identify, kiosk_question, kiosk_last_minute, kiosk_resumed, kiosk_result_timeout, kiosk_result_pass,
         kiosk_result_fail, kiosk_identify_passed]


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    create_application()
    shots = build(folder)
    for shot in SHOTS:
        shot(shots)
    shots.window.close_now()
    shots.db.dispose()
    office_screens(folder)


# --- the office's screens of the test: the event's tab and its dialogs ----------------------------
#
# On the sample district (units_cau_ngang.xlsx, the 400 members of roster_standard.xlsx)
# with the app's export (quiz_results_app.xlsx) imported, also saves: the tab's overview
# (quiz_tab.png), a refused setting (quiz_tab_settings_error.png), the tab of an unsaved
# event (quiz_tab_unsaved.png), a results preview with a suggestion to confirm and a row
# to link by hand (quiz_results_import.png, quiz_results_import_unmatched.png), the bank
# dialog (quiz_bank.png), the preview of an Aiken file with a mistake
# (quiz_bank_import.png), and a certificate checked, then forged (cert_verify_ok.png,
# cert_verify_bad.png).


@dataclass
class OfficeShots:
    folder: Path
    scratch: Path
    db: Database
    event_id: str
    bank_id: str
    worker: object
    tab: object


def _office_build(folder: Path) -> OfficeShots:
    import contextlib
    import io

    from desktop import cli
    from desktop.core.demo import build_demo_units
    from desktop.core.quiz_results_import import apply_results, preview_results_file
    from desktop.core.units import load_tree
    from desktop.ui.quiz.quiz_tab import QuizTab
    from desktop.ui.worker import DatabaseWorker

    scratch = Path(tempfile.mkdtemp(prefix="doandesk-quiz-office-shots-"))
    db = Database(scratch / "office.sqlite3")
    build_demo_units(db)
    with contextlib.redirect_stdout(io.StringIO()):
        cli.main(["--db", str(db.path), "units", "import", str(SAMPLES / "units_cau_ngang.xlsx")])
        cli.main(["--db", str(db.path), "roster", "import", str(SAMPLES / "roster_standard.xlsx")])
    plan = events.EventPlan(title="Học tập, quán triệt Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII",
                            kind="study_conference", organiser_unit_id=load_tree(db).by_code("TV-CN").id)
    event_id = events.save_event_plan(db, plan)
    _preview, bank_id = import_bank_file(db, SAMPLES / "question_bank.xlsx", "Nghị quyết Đại hội Đoàn XII")
    import_bank_file(db, _review_bank(scratch / "on_tap.txt", 60), "Nghị quyết Đại hội Đoàn XII")
    save_quiz(db, event_id, QuizSettings(bank_id, question_count=30, topic_quotas={"Đại hội XII": 10},
                                         duration_minutes=20, pass_percent=60, max_attempts=0))
    apply_results(db, preview_results_file(db, event_id, SAMPLES / "quiz_results_app.xlsx"))
    worker = DatabaseWorker()
    tab = QuizTab(db, worker, load_tree(db))
    tab.resize(1340, 700)
    tab.show()
    tab.set_event(event_id)
    return OfficeShots(folder, scratch, db, event_id, bank_id, worker, tab)


def _office_settle(shots: OfficeShots, seconds: float = 0.3) -> None:
    from tests.ui.screenshots import settle as settle_worker

    settle_worker(shots.worker, seconds)


def quiz_tab_overview(shots: OfficeShots) -> None:
    _office_settle(shots)
    save(shots.tab, shots.folder, "quiz_tab")


def quiz_tab_settings_error(shots: OfficeShots) -> None:
    tab = shots.tab
    tab.count_spin.setValue(120)
    tab.quota_grid.spins["Mẫu"].setValue(30)
    tab.save_settings()
    _office_settle(shots)
    save(tab, shots.folder, "quiz_tab_settings_error")
    tab.set_event(None)
    _office_settle(shots)
    save(tab, shots.folder, "quiz_tab_unsaved")
    tab.set_event(shots.event_id)
    _office_settle(shots)


def _hand_written_results(shots: OfficeShots) -> Path:
    """A branch's typed list: three members by phone, one misspelt name, one stranger, a bad score."""
    import openpyxl

    people = list_members(shots.db, MemberQuery())
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Kết quả"
    sheet.append(["KẾT QUẢ KIỂM TRA NHẬN THỨC – CHI ĐOÀN ẤP CHÀ VÀ"])
    sheet.append([])
    sheet.append(["STT", "Họ và tên", "Số điện thoại", "Đơn vị", "Lần thi", "Điểm", "Ngày thi"])
    with_phone = [m for m in people if m.phone][:3]
    rows = [(m.full_name, m.phone, m.branch_name, 1, f"{70 + 5 * i}/100") for i, m in enumerate(with_phone)]
    misspelt = people[40]
    rows.append((misspelt.full_name[:-1], "", misspelt.branch_name, 1, "76/100"))
    rows.append(("Thạch Thị Sa Rết", "", "Chi đoàn ấp Chà Và", 1, "64/100"))
    rows.append(("Lâm Văn Lỗi", "", "", 1, "120/100"))
    for number, row in enumerate(rows, start=1):
        sheet.append([number, *row, "05/12/2026"])
    path = shots.scratch / "ket_qua_chi_doan.xlsx"
    workbook.save(path)
    return path


def quiz_results_import(shots: OfficeShots) -> None:
    dialog = shots.tab.import_results(_hand_written_results(shots))
    _office_settle(shots)
    save(dialog, shots.folder, "quiz_results_import")
    dialog.tabs.setCurrentIndex(1)
    stranger = dialog.preview.unmatched[0]
    someone = list_members(shots.db, MemberQuery(search="thach thi"))[:1]
    if someone:
        from desktop.ui.quiz.results_import_dialog import Link

        dialog.link(stranger.row, Link(someone[0].id, someone[0].full_name, someone[0].branch_name))
    _office_settle(shots)
    save(dialog, shots.folder, "quiz_results_import_unmatched")
    search = dialog.choose_member(stranger.row)
    search.search_edit.setText("thach")
    search.refresh()
    _office_settle(shots)
    save(search, shots.folder, "quiz_results_member_search")
    search.reject()
    dialog.reject()
    _office_settle(shots)


def quiz_bank(shots: OfficeShots) -> None:
    dialog = shots.tab.open_banks()
    dialog.resize(1180, 720)
    _office_settle(shots)
    from desktop.ui.events.plan_table import select_row

    select_row(dialog.question_table, 2)
    _office_settle(shots)
    save(dialog, shots.folder, "quiz_bank")
    bad = shots.scratch / "cau_hoi_aiken.txt"
    bad.write_text("Đoàn TNCS Hồ Chí Minh được thành lập năm nào?\nA. 1930\nB. 1931\nC. 1941\nANSWER: B\n\n"
                   "Đại hội Đoàn toàn quốc lần thứ XII diễn ra năm nào?\nA. 2022\nB. 2027\nANSWER: E\n\n"
                   "Khẩu hiệu hành động của tuổi trẻ là gì?\nA. Đâu cần thanh niên có\nB. Ở đâu khó có thanh niên\n"
                   "ANSWER: A, B\n\nCâu này không có phương án\nANSWER: A\n", encoding="utf-8")
    preview = dialog.import_file(bad)
    _office_settle(shots)
    save(preview, shots.folder, "quiz_bank_import")
    preview.reject()
    dialog.reject()
    _office_settle(shots)


def cert_verify(shots: OfficeShots) -> None:
    import base64
    import json

    from desktop.core.certificates import issue_certificates

    certificate = issue_certificates(shots.db, shots.event_id)[0]
    dialog = shots.tab.verify_certificate()
    dialog.code_edit.setText(certificate.number)
    dialog.check_text()
    _office_settle(shots)
    save(dialog, shots.folder, "cert_verify_ok")
    payload_part = certificate.code.split(".")[1]
    payload = json.loads(base64.urlsafe_b64decode(payload_part + "=" * (-len(payload_part) % 4)))
    payload["s"] = "100/100"
    forged = base64.urlsafe_b64encode(json.dumps(payload, ensure_ascii=False, separators=(",", ":"),
                                                 sort_keys=True).encode()).rstrip(b"=").decode()
    dialog.code_edit.setText(certificate.code.replace(payload_part, forged))
    dialog.check_text()
    _office_settle(shots)
    save(dialog, shots.folder, "cert_verify_bad")
    dialog.reject()
    _office_settle(shots)


def quiz_paper_results(shots: OfficeShots) -> None:
    """Marked sheets typed in (quiz_paper_results.png): five rows, one not passed and one
    member typed twice, and the next name half typed with its matches listed."""
    from desktop.core import vntext

    dialog = shots.tab.enter_paper_results()
    _office_settle(shots)
    people = list_members(shots.db, MemberQuery())
    for person, score in [(people[12], "27"), (people[57], "17/30"), (people[131], "90%"), (people[208], "21"),
                          (people[57], "24")]:
        dialog.name_edit.setText(vntext.fold(person.full_name))  # typed without tones, as officers do
        dialog.name_entered()
        dialog.score_edit.setText(score)
        dialog.score_entered()
    dialog.name_edit.setText("nguyen h")
    dialog.run_search()
    dialog.match_list.setCurrentRow(1)
    _office_settle(shots)
    save(dialog, shots.folder, "quiz_paper_results")
    dialog.remove_rows(list(range(len(dialog.entries))))  # unsaved rows would ask before closing
    dialog.reject()
    _office_settle(shots)


OFFICE_SHOTS = [quiz_tab_overview, quiz_tab_settings_error, quiz_results_import, quiz_bank, cert_verify,
                quiz_paper_results]


def office_screens(folder: Path) -> None:
    """The quiz_*.png and cert_*.png screenshots (see the comment above)."""
    folder.mkdir(parents=True, exist_ok=True)
    create_application()
    shots = _office_build(folder)
    for shot in OFFICE_SHOTS:
        shot(shots)
    shots.tab.close()
    shots.worker.shutdown()
    shots.db.dispose()

if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/shots"))
