"""The awareness-test screens of an event: the settings saved and refused, the question
bank dialog, importing results (matched, suggested, linked by hand, re-imported), the
overview per unit, issuing certificates and checking them."""

from __future__ import annotations

import base64
import json

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop import cli
from desktop.core import events, members
from desktop.core.certificates import issue_certificates
from desktop.core.members import MemberInput
from desktop.core.question_bank import bank_questions, import_bank_file, list_banks
from desktop.core.quiz_results_import import apply_results, preview_results_file
from desktop.core.quiz_summary import quiz_summary
from desktop.core.quizzes import QuizSettings, load_quiz, save_quiz
from desktop.core.units import load_tree
from desktop.ui.quiz import quiz_tab as quiz_tab_module
from desktop.ui.quiz.bank_dialog import QuestionBankDialog
from desktop.ui.quiz.quiz_tab import QuizTab
from desktop.ui.quiz.verify_dialog import INVALID_TEXT, UNREADABLE_TEXT, VALID_TEXT


@pytest.fixture
def event_id(demo_db) -> str:
    plan = events.EventPlan(title="Học tập Nghị quyết Đại hội Đoàn XII", kind="study_conference",
                            organiser_unit_id=load_tree(demo_db).by_code("TV-CN").id)
    return events.save_event_plan(demo_db, plan)


@pytest.fixture
def bank_id(demo_db, samples) -> str:
    return import_bank_file(demo_db, samples / "question_bank.xlsx", "Nghị quyết XII")[1]


@pytest.fixture
def roster(demo_db, samples):
    """The sample district's units and its 400 members."""
    assert cli.main(["--db", str(demo_db.path), "units", "import", str(samples / "units_cau_ngang.xlsx")]) == 0
    assert cli.main(["--db", str(demo_db.path), "roster", "import", str(samples / "roster_standard.xlsx")]) == 0
    return demo_db


@pytest.fixture
def tab(demo_db, worker, qtbot, wait_idle):
    def make(event_id: str | None) -> QuizTab:
        widget = QuizTab(demo_db, worker, load_tree(demo_db))
        qtbot.addWidget(widget)
        widget.resize(1230, 640)
        widget.show()
        widget.set_event(event_id)
        wait_idle()
        return widget
    return make


def member(db, name: str, code: str, **fields) -> str:
    return members.create_member(db, MemberInput.from_full_name(name, branch_id=load_tree(db).by_code(code).id,
                                                                **fields))


def results_sheet(path, header, rows):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["KẾT QUẢ KIỂM TRA NHẬN THỨC"])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


# --- settings ----------------------------------------------------------------------------------


def test_an_unsaved_event_shows_why_the_tab_is_empty(tab):
    quiz = tab(None)
    assert quiz.pages.currentWidget() is quiz.unsaved_page
    assert quiz.findChild(QWidget, "quiz_unsaved_title").text() == "Lưu hội nghị để đặt bài kiểm tra"


def test_settings_are_saved_and_read_back(demo_db, event_id, bank_id, tab, wait_idle):
    quiz = tab(event_id)
    assert quiz.pages.currentWidget() is quiz.content_page
    # The office's only bank is offered at once, with its size; its topics get a quota each.
    assert quiz.bank_combo.currentData() == bank_id and quiz.bank_combo.currentText() == "Nghị quyết XII (40 câu)"
    assert sorted(quiz.quota_grid.spins) == ["Mẫu", "Đại hội XII"]
    assert "Chưa có bài kiểm tra" in quiz.state_label.text() and not quiz.kiosk_button.isEnabled()

    quiz.count_spin.setValue(20)
    quiz.minutes_spin.setValue(15)
    quiz.pass_spin.setValue(70)
    quiz.attempts_spin.setValue(2)
    quiz.shuffle_options_check.setChecked(False)
    quiz.quota_grid.spins["Đại hội XII"].setValue(5)
    assert quiz.dirty and quiz.state_label.text() == "Có thay đổi chưa lưu."
    assert quiz.quota_note.text() == "Theo chủ đề 5 câu; 15 câu còn lại lấy ngẫu nhiên từ cả ngân hàng."
    quiz.save_button.click()
    wait_idle()
    assert load_quiz(demo_db, event_id) == QuizSettings(bank_id, 20, {"Đại hội XII": 5}, 15, 70, 2, True, False, True)
    assert not quiz.dirty and quiz.state_label.text() == "✔ Đã lưu cài đặt." and quiz.kiosk_button.isEnabled()

    again = tab(event_id)
    assert (again.count_spin.value(), again.minutes_spin.value(), again.pass_spin.value(),
            again.attempts_spin.value()) == (20, 15, 70, 2)
    assert again.shuffle_questions_check.isChecked() and not again.shuffle_options_check.isChecked()
    assert again.prefer_unseen_check.isChecked()
    assert {topic: spin.value() for topic, spin in again.quota_grid.spins.items()} == {"Đại hội XII": 5, "Mẫu": 0}
    again.attempts_spin.setValue(0)
    assert again.attempts_spin.text() == "Không giới hạn (đến khi đạt)"


def test_a_bad_setting_is_shown_at_its_field_and_nothing_is_saved(demo_db, event_id, bank_id, tab, wait_idle):
    quiz = tab(event_id)
    assert quiz.count_spin.value() == 100  # the default: more than this bank holds
    quiz.save_button.click()
    wait_idle()
    message = quiz.messages.label("question_count")
    assert message.isVisible() and message.text() == "Đề có 100 câu nhưng ngân hàng chỉ có 40 câu."
    assert load_quiz(demo_db, event_id) is None
    assert quiz.state_label.text() == "Chưa lưu: xem lỗi dưới ô." and quiz.save_button.isEnabled()

    quiz.bank_combo.setCurrentIndex(0)  # "(chưa chọn ngân hàng)"
    quiz.count_spin.setValue(30)
    quiz.save_button.click()
    wait_idle()
    assert quiz.messages.label("bank_id").text() == "Chưa chọn ngân hàng câu hỏi."
    assert not quiz.messages.label("question_count").isVisible()
    assert load_quiz(demo_db, event_id) is None


def test_the_kiosk_opens_only_once_the_test_is_saved(demo_db, event_id, bank_id, tab, wait_idle, monkeypatch,
                                                     message_boxes):
    import desktop.ui.quiz.open_kiosk as kiosk_module

    opened = []

    def fake_open(parent, db, event):
        opened.append((parent, db, event))
        window = QWidget()
        window.show()
        return window

    monkeypatch.setattr(kiosk_module, "open_kiosk", fake_open)
    quiz = tab(event_id)
    quiz.open_kiosk()
    assert opened == [] and message_boxes.kinds() == ["inform"]
    save_quiz(demo_db, event_id, QuizSettings(bank_id, question_count=10))
    quiz.refresh()
    wait_idle()
    quiz.kiosk_button.click()
    assert opened == [(quiz, demo_db, event_id)] and quiz.kiosk is not None
    quiz.kiosk.close()
    quiz._live_refresh()  # the kiosk closed: the figures are read once more and the watch stops
    wait_idle()
    assert quiz.kiosk is None and not quiz._live_timer.isActive()


# --- question banks ------------------------------------------------------------------------------


def test_the_bank_dialog_imports_the_sample_bank_once(demo_db, samples, worker, wait_idle, qtbot, message_boxes):
    dialog = QuestionBankDialog(demo_db, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle()
    assert dialog.empty_label.isVisible() and not dialog.export_button.isEnabled()

    preview = dialog.import_file(samples / "question_bank.xlsx")
    wait_idle()
    assert "Đọc được <b>40</b> câu hỏi: <b>40</b> câu mới, <b>0</b> câu đã có" in preview.summary_label.text()
    assert preview.topics_label.text() == "Chủ đề: Đại hội XII (10 câu), Mẫu (30 câu)"
    assert preview.name_edit.text() == "question bank" and not preview.problems_view.isVisible()
    assert preview.apply_button.text() == "&Nhập 40 câu mới"
    preview.apply_button.click()
    wait_idle()
    assert message_boxes.shown[-1] == ("inform", "Nhập câu hỏi", "Đã thêm 40 câu hỏi vào ngân hàng «question bank».")

    [bank] = [dialog.bank_model.row_at(row) for row in range(dialog.bank_model.rowCount())]
    assert (bank.question_count, len(bank.topics)) == (40, 2)
    assert dialog.bank_model.data(dialog.bank_model.index(0, 2)) == "Đại hội XII: 10 · Mẫu: 30"
    assert dialog.question_model.rowCount() == 40 and dialog.question_count_label.text() == "40 câu"
    assert [dialog.topic_filter.itemText(i) for i in range(dialog.topic_filter.count())] == [
        "Tất cả chủ đề", "Đại hội XII (10)", "Mẫu (30)"]
    first = dialog.question_model.row_at(0)
    right = first.options[first.correct[0]]
    assert f"✔ {'ABCD'[first.correct[0]]}. {right}" in dialog.detail.toPlainText()
    dialog.topic_filter.setCurrentIndex(1)
    dialog._show_questions()
    assert dialog.question_model.rowCount() == 10 and dialog.question_count_label.text() == "10 / 40 câu"
    dialog.search_edit.setText("DAI HOI xii")  # tones and case do not matter
    qtbot.waitUntil(lambda: dialog.question_model.rowCount() < 10, timeout=2000)

    again = dialog.import_file(samples / "question_bank.xlsx")
    wait_idle()
    assert "<b>0</b> câu mới, <b>40</b> câu đã có" in again.summary_label.text()
    assert not again.apply_button.isEnabled() and again.apply_button.text() == "Không có câu mới"
    again.reject()
    assert list_banks(demo_db)[0].question_count == 40


def test_a_bad_aiken_file_shows_its_problem_by_line(demo_db, tmp_path, worker, wait_idle, qtbot):
    path = tmp_path / "cau_hoi.txt"
    path.write_text("Đoàn TNCS Hồ Chí Minh thành lập năm nào?\nA. 1930\nB. 1931\nC. 1941\nANSWER: B\n\n"
                    "Đại hội Đoàn toàn quốc lần thứ XII họp năm nào?\nA. 2022\nB. 2027\nANSWER: E\n", encoding="utf-8")
    dialog = QuestionBankDialog(demo_db, worker)
    qtbot.addWidget(dialog)
    preview = dialog.import_file(path)
    wait_idle()
    assert preview.file_label.text() == "Tệp: <b>cau_hoi.txt</b> (Aiken)"
    model = preview.problems_view.model()
    assert model.rowCount() == 1 and preview.problems_view.isVisibleTo(preview)
    problem = model.row_at(0)
    assert (problem.severity, problem.row) == ("error", 10) and "«ANSWER: E»" in problem.message
    assert model.data(model.index(0, 2)) == "10" and model.data(model.index(0, 0)) == "Lỗi"
    assert "<b>1</b> câu bị từ chối" in preview.summary_label.text()
    assert not preview.apply_button.isEnabled() and preview.skip_check.isVisibleTo(preview)
    preview.skip_check.setChecked(True)
    assert preview.apply_button.isEnabled() and preview.apply_button.text() == "&Nhập 1 câu mới"
    preview.apply_button.click()
    wait_idle()
    [bank] = list_banks(demo_db)
    assert [q.text for q in bank_questions(demo_db, bank.id)] == ["Đoàn TNCS Hồ Chí Minh thành lập năm nào?"]


# --- results and the overview ----------------------------------------------------------------------


def test_the_app_export_fills_the_overview_and_a_second_import_adds_nothing(roster, samples, event_id, tab, wait_idle,
                                                                            message_boxes, qtbot):
    quiz = tab(event_id)
    assert "<b>400</b> đoàn viên phải kiểm tra; chưa có kết quả nào" in quiz.headline.text()
    assert not quiz.certificates_button.isEnabled()

    samples_file = samples / "quiz_results_app.xlsx"
    dialog = quiz.import_results(samples_file)
    wait_idle()
    text = dialog.summary_label.text()
    assert "<b>300</b> người khớp với danh sách đoàn viên, <b>356</b> lượt thi." in text
    assert dialog.apply_button.text() == "&Ghi kết quả (356 lượt thi)"
    assert dialog.tabs.tabText(3) == "Đã khớp (356)" and dialog.tabs.currentIndex() == 3
    dialog.apply_button.click()
    wait_idle()
    assert message_boxes.shown[-1][2] == "Đã ghi 356 lượt thi từ tệp «quiz_results_app.xlsx»."

    summary = quiz.summary
    assert (summary.total.to_test, summary.total.tested, summary.total.attempts) == (400, 300, 356)
    passed = summary.total.passed
    assert f"Đã kiểm tra <b>300/400</b> đoàn viên (<b>75%</b>), đạt <b>{passed}</b>" in quiz.headline.text()
    model = quiz.unit_model
    last = model.rowCount() - 1
    assert model.data(model.index(last, 0)) == "Tổng cộng" and model.data(model.index(last, 2)) == "300"
    assert model.data(model.index(last, 3)) == "75%"
    assert model.data(model.index(last, 0), Qt.ItemDataRole.FontRole).bold()
    assert quiz.standing_model.rowCount() == 400 - passed == len(summary.not_passed)
    quiz.standing_filter.setCurrentIndex(1)  # never tested
    quiz._show_standings()
    assert quiz.standing_model.rowCount() == 100
    first = quiz.standing_model.row_at(0)
    quiz.search_edit.setText(first.full_name.upper())
    qtbot.waitUntil(lambda: quiz.standing_model.rowCount() < 100, timeout=2000)
    assert first in [quiz.standing_model.row_at(i) for i in range(quiz.standing_model.rowCount())]
    assert quiz.certificates_button.isEnabled()

    again = quiz.import_results(samples_file)
    wait_idle()
    assert "<b>356</b> lượt thi đã được ghi từ trước" in again.summary_label.text()
    assert not again.apply_button.isEnabled() and again.apply_button.text() == "Không có kết quả mới để ghi"
    again.reject()
    assert quiz_summary(roster, event_id).total.attempts == 356


def test_a_misspelt_name_is_recorded_once_confirmed_and_a_stranger_once_linked(demo_db, event_id, tab, wait_idle,
                                                                               tmp_path, message_boxes):
    huong = member(demo_db, "Nguyễn Thị Hường", "TV-CN-01-01")
    binh = member(demo_db, "Trần Văn Bình", "TV-CN-02-01")
    path = results_sheet(tmp_path / "ket_qua.xlsx", ["STT", "Họ và tên", "Đơn vị", "Điểm"], [
        [1, "Nguyễn Thị Hườn", "", "80/100"],       # misspelt: offered, not applied
        [2, "Anh Bình lớp 12A", "", "90/100"],      # nobody by that name: linked by hand
        [3, "Lê Văn Lỗi", "", "120/100"],           # a score that cannot be
    ])
    quiz = tab(event_id)
    dialog = quiz.import_results(path)
    wait_idle()
    assert dialog.tabs.currentIndex() == 0 and dialog.tabs.tabText(0) == "Gợi ý cần xác nhận (1)"
    suggestions = dialog.suggestion_model
    row = [suggestions.data(suggestions.index(0, column)) for column in range(suggestions.columnCount())]
    assert row[1:4] == ["3", "Nguyễn Thị Hườn", "Nguyễn Thị Hường"] and row[6].endswith("%")
    assert suggestions.data(suggestions.index(0, 0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    problems = dialog.problems_view.model()
    assert problems.rowCount() == 1 and (problems.row_at(0).row, problems.row_at(0).column) == (5, "D")
    assert not dialog.apply_button.isEnabled()

    assert suggestions.setData(suggestions.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert dialog.apply_button.text() == "&Ghi kết quả (1 lượt thi)"

    search = dialog.choose_member(4)
    wait_idle()
    assert search.model.rowCount() == 0  # the search starts from the file's name
    search.search_edit.setText("TRAN binh")  # tones and case do not matter
    search.refresh()
    wait_idle()
    assert search.model.rowCount() == 1 and search.choose_button.isEnabled()
    search.choose_button.click()
    assert dialog.links[4].member_id == binh
    assert dialog.unmatched_model.data(dialog.unmatched_model.index(0, 4)).startswith("Trần Văn Bình – ")
    assert dialog.apply_button.text() == "&Ghi kết quả (2 lượt thi)"
    dialog.apply_button.click()
    wait_idle()
    assert message_boxes.shown[-1][2] == "Đã ghi 2 lượt thi từ tệp «ket_qua.xlsx»."
    standings = quiz_summary(demo_db, event_id).standings
    assert (standings[huong].best_score, standings[huong].passed) == ("80/100", True)
    assert standings[binh].best_score == "90/100"


# --- certificates --------------------------------------------------------------------------------


def _forged(code: str) -> str:
    payload_part = code.split(".")[1]
    payload = json.loads(base64.urlsafe_b64decode(payload_part + "=" * (-len(payload_part) % 4)))
    payload["s"] = "100/100"
    forged = base64.urlsafe_b64encode(json.dumps(payload, ensure_ascii=False, separators=(",", ":"),
                                                 sort_keys=True).encode()).rstrip(b"=").decode()
    return code.replace(payload_part, forged)


def test_certificates_are_issued_to_a_folder_and_checked(demo_db, event_id, tab, wait_idle, tmp_path, monkeypatch,
                                                         message_boxes):
    huong = member(demo_db, "Nguyễn Thị Hường", "TV-CN-01-01", phone="0912345678")
    path = results_sheet(tmp_path / "kq.xlsx", ["Họ và tên", "Số điện thoại", "Điểm"],
                         [["Nguyễn Thị Hường", "0912345678", "82/100"]])
    assert apply_results(demo_db, preview_results_file(demo_db, event_id, path)) == 1
    quiz = tab(event_id)
    assert quiz.certificates_button.isEnabled()
    folder = tmp_path / "gcn"
    folder.mkdir()
    monkeypatch.setattr(quiz_tab_module, "choose_folder", lambda *_args: folder)
    opened = []
    monkeypatch.setattr(quiz_tab_module, "open_folder", opened.append)
    quiz.certificates_button.click()
    wait_idle()
    [pdf] = sorted(folder.glob("*.pdf"))
    kind, _title, text = message_boxes.shown[-1]
    assert kind == "confirm" and text == f"Đã ghi 1 giấy chứng nhận (PDF) vào thư mục «{folder}»."
    assert opened == [folder]  # the officer chose "Mở thư mục"
    [certificate] = issue_certificates(demo_db, event_id)
    assert certificate.member_id == huong and pdf.name.startswith(certificate.number)

    dialog = quiz.verify_certificate()
    assert not dialog.check_button.isEnabled() and dialog.verdict_text == ""
    dialog.code_edit.setText(certificate.number)
    dialog.check_button.click()
    wait_idle()
    assert dialog.verdict_text == VALID_TEXT and dialog.verdict_label.text() == "✔ HỢP LỆ"
    assert dialog.fact_labels["member_name"].text() == "Nguyễn Thị Hường"
    assert dialog.fact_labels["score"].text() == "82/100 câu trả lời đúng"
    assert dialog.facts_title.text() == "Thông tin giấy chứng nhận"

    dialog.code_edit.setText(_forged(certificate.code))
    dialog.check_text()
    wait_idle()
    assert dialog.verdict_text == INVALID_TEXT and dialog.verdict_label.text() == "✘ KHÔNG HỢP LỆ"
    assert "GIẢ MẠO" in dialog.message_label.text() and "KHÔNG được xác nhận" in dialog.facts_title.text()
    assert dialog.fact_labels["score"].text() == "100/100 câu trả lời đúng"  # what the forger wrote

    dialog.check_file(pdf)
    wait_idle()
    assert dialog.verdict_text == VALID_TEXT
    (tmp_path / "note.pdf").write_bytes(b"%PDF-1.4 nothing here")
    dialog.check_file(tmp_path / "note.pdf")
    wait_idle()
    assert dialog.verdict_text == UNREADABLE_TEXT and not dialog.facts.isVisibleTo(dialog)
