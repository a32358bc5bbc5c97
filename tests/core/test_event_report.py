"""The report on a study conference: every figure cross-checked against the records, the
Union's layout read back from the PDF, the workbook's formulas computed by LibreOffice,
an empty event, and a 2,000-row annex."""

from __future__ import annotations

import random
import re
import subprocess
from datetime import date

import openpyxl
import pytest

from desktop.core import essays
from desktop.core.attendance_summary import attendance_summary
from desktop.core.event_report import (
    ReportText, build_report, issue_number, load_report_text, save_report_text, write_report_pdf, write_report_xlsx,
)
from desktop.core.events import EventPlan, save_event_plan
from desktop.core.paper_results import record_paper_results
from desktop.core.question_bank import import_bank_file
from desktop.core.quiz_summary import quiz_summary
from desktop.core.quizzes import QuizSettings, save_quiz
from desktop.core.settings import DOC_DEPARTMENT_CODE, DOC_SIGNER_NAME, set_setting
from desktop.core.units import load_tree
from tests.core.test_attendance import _station, event  # noqa: F401 - fixtures
from tests.core.test_events import conference, roster, tree  # noqa: F401 - fixtures


def pdf_text(path, *extra) -> str:
    return subprocess.run(["pdftotext", *extra, str(path), "-"], capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def full_event(demo_db, event, samples):  # noqa: F811
    """The conference with check-ins, a test taken on paper and essays, graded."""
    roster = event["roster"]
    station = _station(demo_db, event, minutes_after_start=25)
    for key in ("bt_huyen", "btv_huyen"):
        station.scan(event["codes"][roster[key]])
    station.excuse(roster["bch_huyen"], "Đi công tác")
    station.close_session()
    _station(demo_db, event, point="grassroots").scan(event["codes"][roster["bt_cs1"]])
    _preview, bank = import_bank_file(demo_db, samples / "question_bank.xlsx")
    save_quiz(demo_db, event["id"], QuizSettings(bank, question_count=10))
    record_paper_results(demo_db, event["id"], [(roster["bt_huyen"], 9, 10), (roster["bt_cs1"], 4, 10),
                                                (roster["dv1"], 6, 10)], taken_on=date(2026, 11, 20))
    essays.save_rules(demo_db, event["id"], essays.EssayRules())
    first = essays.add_essay(demo_db, event["id"], roster["bt_huyen"], None, received_on=date(2026, 12, 12))
    essays.add_essay(demo_db, event["id"], roster["pbt_cs2"], None, received_on=date(2026, 12, 13))
    essays.grade_essay(demo_db, first, essays.GradeInput(grade="Tốt"))
    save_report_text(demo_db, event["id"], ReportText(
        "Các đơn vị tổ chức nghiêm túc.\nTỉ lệ tham dự đạt yêu cầu.", "Đường truyền ở xã còn yếu.",
        "Đề nghị hỗ trợ thiết bị điểm cầu."))
    set_setting(demo_db, DOC_SIGNER_NAME, "Thạch Thị Sa Ri")
    set_setting(demo_db, DOC_DEPARTMENT_CODE, "BTG")
    return event


def test_numbers_are_taken_once_per_report_and_run_on_through_the_year(demo_db, full_event, tree):  # noqa: F811
    assert issue_number(demo_db, full_event["id"], date(2026, 12, 20)) == (1, date(2026, 12, 20))
    assert issue_number(demo_db, full_event["id"], date(2026, 12, 22)) == (1, date(2026, 12, 20))
    other = save_event_plan(demo_db, EventPlan(title="Hội nghị giao ban", kind="briefing",
                                               organiser_unit_id=tree.by_code("TV-CN").id))
    assert issue_number(demo_db, other, date(2026, 12, 21))[0] == 2
    assert load_report_text(demo_db, full_event["id"]).assessment.splitlines() == [
        "Các đơn vị tổ chức nghiêm túc.", "Tỉ lệ tham dự đạt yêu cầu."]


def test_the_pdf_is_laid_out_like_the_unions_documents_and_carries_the_records_figures(demo_db, full_event, tmp_path):
    number, on = issue_number(demo_db, full_event["id"], date(2026, 12, 20))
    report = build_report(demo_db, full_event["id"], number=number)
    path = write_report_pdf(report, tmp_path / "bao-cao.pdf")
    text = flat(pdf_text(path))
    for expected in ("BCH ĐOÀN TỈNH TRÀ VINH", "BCH HUYỆN ĐOÀN CẦU NGANG", "***", "ĐOÀN TNCS HỒ CHÍ MINH",
                     "Số: 1-BC/HĐTN-BTG", "Cầu Ngang, ngày 20 tháng 12 năm 2026", "BÁO CÁO",
                     "Kết quả học tập, quán triệt", "Thực hiện Hướng dẫn số 305-CV/TWĐTN-BTG",
                     "I. CÔNG TÁC TỔ CHỨC", "II. KẾT QUẢ THAM GIA", "III. KIỂM TRA NHẬN THỨC", "IV. BÀI THU HOẠCH",
                     "V. ĐÁNH GIÁ CHUNG", "Các đơn vị tổ chức nghiêm túc.", "VI. ĐỀ XUẤT, KIẾN NGHỊ",
                     "Nơi nhận:", "- Lưu VP", "TM. BAN THƯỜNG VỤ", "BÍ THƯ", "Thạch Thị Sa Ri",
                     "PHỤ LỤC 1", "PHỤ LỤC 2", "Biểu đồ 1", "Biểu đồ 2"):
        assert expected in text, expected
    attendance = attendance_summary(demo_db, full_event["id"])
    total = attendance.total
    assert (total.invited, total.attended, total.excused, total.late) == (5, 3, 1, 2)
    assert (f"Tổng số người được triệu tập: {total.invited}; tham dự ít nhất một buổi: {total.attended} (60,0%); "
            f"vắng có phép: {total.excused}; vắng không phép: {total.absent}; đến muộn: {total.late}") in text
    quiz = quiz_summary(demo_db, full_event["id"])
    assert (f"đã kiểm tra: {quiz.total.tested}" in text and f"đạt: {quiz.total.passed} " in text
            and f"chưa đạt hoặc chưa kiểm tra: {len(quiz.not_passed)}" in text)
    assert "Số bài phải nộp: 5; đã nộp: 2 (nộp muộn 0); chưa nộp: 3; đã chấm: 1 (Tốt: 1; Khá: 0" in text
    annex = flat(pdf_text(path, "-f", "5"))
    assert "Nguyễn Văn An" in text and "4/10" in text  # failed on paper: in annex 1 with its best score
    assert "Thạch Thị Sa Ri" in annex or "Trần Thị Bích" in annex
    # Margins of Nghị định 30: nothing left of 30 mm or right of 195 mm on the first page.
    boxes = re.findall(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', pdf_text(path, "-bbox", "-f", "1", "-l", "1"))
    assert min(float(a) for a, _ in boxes) >= 30 / 25.4 * 72 - 0.5
    assert max(float(b) for _, b in boxes) <= (210 - 15) / 25.4 * 72 + 0.5


def _computed(path, tmp_path):
    """The workbook as LibreOffice saves it after computing every formula."""
    out = tmp_path / "computed"
    run = subprocess.run(["soffice", "--headless", "--calc", "--convert-to", "xlsx", "--outdir", str(out), str(path)],
                         capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stderr
    return openpyxl.load_workbook(out / path.name, data_only=True)


def test_the_workbook_opens_in_libreoffice_and_its_formulas_give_the_records_figures(demo_db, full_event, tmp_path):
    report = build_report(demo_db, full_event["id"])
    path = write_report_xlsx(demo_db, report, tmp_path / "bao-cao.xlsx")
    raw = openpyxl.load_workbook(path)
    assert raw.sheetnames == ["Theo buổi", "Theo đơn vị", "Kiểm tra theo đơn vị", "Chưa đạt",
                              "Bài thu hoạch theo đơn vị", "Chưa nộp", "Gửi lên tỉnh"]
    for ws in raw:
        assert ws.freeze_panes == "A8" and ws.print_title_rows == "$7:$7"
        assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4
    computed = _computed(path, tmp_path)
    units = computed["Theo đơn vị"]
    total = next(r for r in units.iter_rows(values_only=True) if r[1] == "Tổng cộng")
    summary = report.attendance.total
    sessions = len(report.attendance.sessions)
    assert total[2] == summary.invited and total[3 + sessions] == summary.attended
    assert total[7 + sessions] == pytest.approx(summary.rate)
    quiz_total = next(r for r in computed["Kiểm tra theo đơn vị"].iter_rows(values_only=True) if r[1] == "Tổng cộng")
    assert (quiz_total[2], quiz_total[3], quiz_total[5]) == (report.quiz.total.to_test, report.quiz.total.tested,
                                                             report.quiz.total.passed)
    assert quiz_total[4] == pytest.approx(report.quiz.total.tested_rate)


def test_an_event_with_nothing_yet_gives_zeros(demo_db, tmp_path):
    tree = load_tree(demo_db)
    event_id = save_event_plan(demo_db, EventPlan(title="Hội nghị chưa lên lịch", kind="study_conference",
                                                  organiser_unit_id=tree.by_code("TV-CN").id))
    report = build_report(demo_db, event_id)
    text = flat(pdf_text(write_report_pdf(report, tmp_path / "rong.pdf")))
    assert "Hội nghị chưa có buổi nào được lên lịch." in text
    assert "Tổng số người được triệu tập: 0; tham dự ít nhất một buổi: 0 (0,0%)" in text
    assert "không tổ chức kiểm tra nhận thức" in text and "không yêu cầu viết bài thu hoạch" in text
    assert "Số:" in text and "-BC/HĐTN" in text  # the number left blank to be written in by hand
    assert write_report_xlsx(demo_db, report, tmp_path / "rong.xlsx").exists()


def test_a_two_thousand_row_annex_runs_over_pages_with_its_header_repeated(demo_db, tmp_path, samples):
    from desktop.core.demo import fill_demo

    fill_demo(demo_db, 2000)
    tree = load_tree(demo_db)
    event_id = save_event_plan(demo_db, EventPlan(title="Học tập Nghị quyết", kind="study_conference",
                                                  organiser_unit_id=tree.by_code("TV-CN").id))
    _preview, bank = import_bank_file(demo_db, samples / "question_bank.xlsx")
    save_quiz(demo_db, event_id, QuizSettings(bank, question_count=10))
    report = build_report(demo_db, event_id)
    assert len(report.quiz.not_passed) >= 2000
    path = write_report_pdf(report, tmp_path / "lon.pdf")
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                                                            check=True).stdout).group(1))
    assert pages > 40
    for page in (pages // 2, pages):
        assert "Họ và tên" in pdf_text(path, "-f", str(page), "-l", str(page))
    rng = random.Random(1)
    sample = rng.sample(report.quiz.not_passed, 5)
    text = pdf_text(path)
    assert all(member.full_name in text for member in sample)


def test_the_lists_in_the_unions_format(demo_db, full_event, tmp_path):
    from desktop.core.record_lists import write_attendance_list, write_essay_register, write_test_results

    attendance = write_attendance_list(demo_db, full_event["id"], tmp_path / "diem-danh.pdf")
    text = flat(pdf_text(tmp_path / "diem-danh.pdf"))
    assert attendance >= 5 and "DANH SÁCH ĐIỂM DANH" in text and "Số: -DS/HĐTN-BTG" in text.replace("  ", " ")
    assert "Muộn 25 phút" in text and "Vắng có phép" in text and "Đi công tác" in text
    assert "Được mời 4; có mặt 2 (50,0%); đến muộn 2; vắng có phép 1; vắng 1" in text
    results = write_test_results(demo_db, full_event["id"], tmp_path / "ket-qua.pdf")
    text = flat(pdf_text(tmp_path / "ket-qua.pdf"))
    summary = quiz_summary(demo_db, full_event["id"])
    assert results == summary.total.to_test
    assert f"đạt {summary.total.passed}" in text and "9/10 Đạt" in text and "Chưa kiểm tra" in text
    register = write_essay_register(demo_db, full_event["id"], tmp_path / "bai.pdf")
    text = flat(pdf_text(tmp_path / "bai.pdf"))
    assert register == 5 and "SỔ THEO DÕI BÀI THU HOẠCH" in text and "Phải nộp 5; đã nộp 2" in text
