"""Grading an essay (a plain scale, a rubric with its live total, double marking and the
agreement) and reading two copied essays side by side with their shared passages."""

from __future__ import annotations

import random

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog

from desktop.core import essays, events
from desktop.core.essays import Criterion, EssayRules
from desktop.ui.essays import grading_dialog
from desktop.ui.essays.grading_dialog import GradingDialog
from desktop.ui.essays.similarity_dialog import CURRENT_COLOUR, PASSAGE_COLOUR, SimilarityDialog
from desktop.ui.forms import ERROR_COLOUR
from tests.core.essay_files import write_docx, write_txt
from tests.core.test_essays import PARAGRAPHS
from tests.core.test_events import conference, roster, tree  # noqa: F401 - fixtures

RUBRIC = EssayRules(rubric=[Criterion("Nhận thức", 40), Criterion("Liên hệ thực tế", 30), Criterion("Cam kết", 30)],
                    bands=[85, 70, 50])


@pytest.fixture
def event_id(demo_db, tree, roster):  # noqa: F811 - pytest fixtures
    return events.save_event_plan(demo_db, conference(tree))


@pytest.fixture
def essay_id(demo_db, event_id, roster, tmp_path):  # noqa: F811
    return essays.add_essay(demo_db, event_id, roster["bt_huyen"], write_docx(tmp_path / "Sa Ri.docx", PARAGRAPHS))


@pytest.fixture
def open_grading(demo_db, worker, qtbot, wait_idle):
    def make(essay: str) -> GradingDialog:
        dialog = GradingDialog(demo_db, worker, essay)
        qtbot.addWidget(dialog)
        dialog.show()
        wait_idle()
        return dialog
    return make


@pytest.fixture(autouse=True)
def forget_name(monkeypatch):
    monkeypatch.setattr(grading_dialog, "_last_name", "")


def test_a_plain_scale_saves_the_grade_chosen(demo_db, essay_id, open_grading, type_text, wait_idle):
    dialog = open_grading(essay_id)
    assert "Thạch Thị Sa Ri" in dialog.windowTitle()
    assert "trách nhiệm" in dialog.text_view.toPlainText() and dialog.open_button.isVisible()
    assert list(dialog.grade_buttons) == ["Tốt", "Khá", "Đạt", "Chưa đạt"]
    dialog.save_button.click()
    assert dialog.messages.label("grade").text() == "Chọn một mức xếp loại."
    dialog.grade_buttons["Khá"].click()
    type_text(dialog.grader_edit, "Đ/c Tâm")
    type_text(dialog.comment_edit, "Liên hệ còn chung chung")
    dialog.save_button.click()
    wait_idle()
    assert dialog.result() == QDialog.DialogCode.Accepted
    mark = essays.essay_marks(demo_db, essay_id)[0]
    assert (mark.grade, mark.grader, mark.comment) == ("Khá", "Đ/c Tâm", "Liên hệ còn chung chung")
    # Opened again: the mark is in the form, the grader's name is remembered for the next essay.
    again = open_grading(essay_id)
    assert again.grade_buttons["Khá"].isChecked() and again.comment_edit.toPlainText() == "Liên hệ còn chung chung"
    assert grading_dialog.remembered_name() == "Đ/c Tâm"


def test_a_rubric_shows_the_total_and_grade_as_scores_change(demo_db, event_id, essay_id, open_grading, qtbot,
                                                             wait_idle):
    essays.save_rules(demo_db, event_id, RUBRIC)
    dialog = open_grading(essay_id)
    first, second, third = dialog.score_spins
    assert first.is_blank() and dialog.rubric_grade_label.text() == "Còn 3 tiêu chí chưa chấm"
    first.setFocus()
    first.lineEdit().selectAll()
    qtbot.keyClicks(first, "30")
    second.setValue(22)
    assert dialog.total_label.text() == "Tổng: 52/100 điểm" and dialog.live_grade() == ""
    third.setValue(24)
    assert dialog.total_label.text() == "Tổng: 76/100 điểm" and dialog.rubric_grade_label.text() == "Xếp loại: Khá"
    third.setValue(29.5)
    second.stepBy(20)  # the arrows stop at the criterion's maximum
    assert second.value() == 30
    assert dialog.total_label.text() == "Tổng: 89,5/100 điểm" and dialog.live_grade() == "Tốt"
    dialog.save_button.click()
    wait_idle()
    mark = essays.essay_marks(demo_db, essay_id)[0]
    assert (mark.grade, mark.scores, mark.total) == ("Tốt", (30, 30, 29.5), 89.5)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_score_over_the_maximum_is_refused_with_the_message(demo_db, event_id, essay_id, open_grading,
                                                              wait_idle):
    essays.save_rules(demo_db, event_id, RUBRIC)
    dialog = open_grading(essay_id)
    first, second, third = dialog.score_spins
    second.setValue(20)
    dialog.save_button.click()
    assert dialog.messages.label("scores").text() == "Chưa cho điểm: «Nhận thức», «Cam kết»."
    first.setValue(45)
    third.setValue(20)
    assert dialog.rubric_grade_label.text() == "Điểm vượt mức tối đa" and ERROR_COLOUR in first.styleSheet()
    dialog.save_button.click()
    wait_idle()
    message = dialog.messages.label("scores")
    assert message.isVisible() and message.text() == "Điểm «Nhận thức» phải từ 0 đến 40."
    assert ERROR_COLOUR in message.styleSheet()
    assert essays.essay_marks(demo_db, essay_id) == {} and dialog.isVisible()


def test_double_marking_keeps_markers_independent_then_reconciles(demo_db, event_id, essay_id, open_grading,
                                                                  type_text, wait_idle):
    essays.save_rules(demo_db, event_id, EssayRules(rubric=RUBRIC.rubric, bands=RUBRIC.bands, double_marking=True))
    dialog = open_grading(essay_id)
    assert dialog.marker == 1 and dialog.marker_buttons[1].isChecked()
    assert not dialog.marker_buttons[0].isEnabled() and not dialog.reconcile_box.isVisible()
    for spin, score in zip(dialog.score_spins, (30, 22, 24)):
        spin.setValue(score)
    type_text(dialog.grader_edit, "Đ/c Tâm")
    dialog.save_button.click()
    wait_idle()
    assert dialog.isVisible() and dialog.saved and "người chấm 1 xếp loại Khá" in dialog.status_label.text()
    assert dialog.other_label.text() == "Người chấm 2 chưa chấm bài này."

    dialog.marker_buttons[2].click()
    assert dialog.marker == 2 and all(spin.is_blank() for spin in dialog.score_spins)
    assert "chỉ hiện sau khi" in dialog.other_label.text() and "Khá" not in dialog.other_label.text()
    for spin, score in zip(dialog.score_spins, (38, 27, 26)):
        spin.setValue(score)
    dialog.grader_edit.setText("Đ/c Hà")
    dialog.save_button.click()
    wait_idle()
    # They disagree: both marks side by side, and the form now takes the agreed result.
    assert essays.needs_reconciliation(demo_db, essay_id)
    assert dialog.reconcile_box.isVisible() and dialog.marker == 0 and dialog.marker_buttons[0].isChecked()
    grades = dialog.reconcile_box.findChild(type(dialog.status_label), "reconcile_1_1").text(), \
        dialog.reconcile_box.findChild(type(dialog.status_label), "reconcile_1_2").text()
    assert grades == ("Khá", "Tốt")
    assert [spin.value() for spin in dialog.score_spins] == [34, 24.5, 25]  # halfway, as a starting point
    dialog.score_spins[0].setValue(36)
    type_text(dialog.comment_edit, "Thống nhất")
    dialog.save_button.click()
    wait_idle()
    assert dialog.result() == QDialog.DialogCode.Accepted
    marks = essays.essay_marks(demo_db, essay_id)
    assert (marks[0].grade, marks[0].total, marks[1].grader, marks[2].grader) == ("Tốt", 85.5, "Đ/c Tâm", "Đ/c Hà")
    assert not essays.needs_reconciliation(demo_db, essay_id)
    assert next(r for r in essays.essay_register(demo_db, event_id) if r.essay_id == essay_id).grade == "Tốt"


def test_an_essay_without_text_offers_its_file(demo_db, event_id, roster, open_grading, tmp_path,  # noqa: F811
                                               monkeypatch, wait_idle):
    photo = tmp_path / "Kim Van Tung.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a scanned page")
    scanned = essays.add_essay(demo_db, event_id, roster["btv_huyen"], photo)
    opened = []
    monkeypatch.setattr(grading_dialog, "open_document", lambda path: opened.append(path) or True)
    dialog = open_grading(scanned)
    assert not dialog.text_view.isVisible() and "không có chữ" in dialog.no_text_label.text()
    dialog.open_button.click()
    wait_idle()
    assert [p.name for p in opened] == ["Kim Van Tung.jpg"] and opened[0].read_bytes() == photo.read_bytes()
    on_paper = essays.add_essay(demo_db, event_id, roster["bt_cs1"], None)
    paper = open_grading(on_paper)
    assert "bản giấy" in paper.no_text_label.text() and not paper.open_button.isVisible()


def _plant_copy(db, event_id, roster, folder) -> None:  # noqa: F811
    """As in the core's test: one essay copied from another with a fifth of its words changed."""
    rng = random.Random(3)
    words = ("đoàn viên thanh niên nghị quyết đại hội học tập rèn luyện cam kết phong trào tình nguyện chi đoàn "
             "xây dựng quê hương trách nhiệm nhận thức sâu sắc phát triển kinh tế xã hội văn hóa giáo dục "
             "khởi nghiệp sáng tạo công trình chuyển đổi số an ninh quốc phòng đạo đức lối sống").split()

    def essay() -> str:
        return " ".join(rng.choice(words) for _ in range(300))

    original = essay()
    copied = original.split()
    for index in rng.sample(range(len(copied)), len(copied) // 5):
        copied[index] = rng.choice(words)
    texts = {"bt_huyen": original, "btv_huyen": " ".join(copied), "bch_huyen": essay(), "bt_cs1": essay()}
    for key, text in texts.items():
        essays.add_essay(db, event_id, roster[key], write_txt(folder / f"{key}.txt", [text]))


def _backgrounds(view) -> list[str]:
    return [s.format.background().color().name() for s in view.extraSelections()]


def _current(view) -> tuple[int, str]:
    """Where the current passage (the last highlight) starts, and its text."""
    selections = view.extraSelections()  # held: the cursors die with the list
    cursor = selections[-1].cursor
    return cursor.selectionStart(), cursor.selectedText()


def _in_sight(view, position: int) -> bool:
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    return 0 <= view.cursorRect(cursor).top() < view.viewport().height()


def test_copied_essays_side_by_side_with_their_passages(demo_db, event_id, roster, worker, qtbot,  # noqa: F811
                                                        wait_idle, type_text, tmp_path):
    _plant_copy(demo_db, event_id, roster, tmp_path)
    dialog = SimilarityDialog(demo_db, worker, event_id)
    qtbot.addWidget(dialog)
    dialog.resize(900, 560)  # too small for a whole essay: stepping has to scroll
    dialog.show()
    wait_idle()
    wait_idle()  # the check, then the comparison of the pair it selects
    assert dialog.model.rowCount() == 1 and dialog.pages.currentIndex() == 0
    flag = dialog.flags[0]
    assert {flag.name_a, flag.name_b} == {"Thạch Thị Sa Ri", "Kim Văn Tùng"}
    assert dialog.model.data(dialog.model.index(0, 5)) == "Chưa xem"
    passages = dialog.passages
    assert len(passages) > 2 and dialog.current_passage == 0
    for view in (dialog.view_a, dialog.view_b):
        colours = _backgrounds(view)
        assert len(colours) == len(passages)
        assert colours.count(CURRENT_COLOUR.name()) == 1 and colours.count(PASSAGE_COLOUR.name()) == len(passages) - 1
    first = passages[0]
    assert _current(dialog.view_a) == (first.a_start, dialog.comparison.text_a[first.a_start:first.a_end])
    assert _current(dialog.view_b) == (first.b_start, dialog.comparison.text_b[first.b_start:first.b_end])
    assert dialog.passage_label.text() == f"Đoạn 1/{len(passages)} — {first.words} chữ"
    assert not dialog.previous_button.isEnabled()

    dialog.next_button.click()
    dialog.next_button.click()
    third = passages[2]
    assert dialog.current_passage == 2 and dialog.passage_label.text().startswith(f"Đoạn 3/{len(passages)} — ")
    assert _current(dialog.view_a)[0] == third.a_start and _current(dialog.view_b)[0] == third.b_start
    dialog.previous_button.click()
    assert dialog.current_passage == 1
    for _ in passages:
        dialog.next_button.click()
    assert dialog.current_passage == len(passages) - 1 and not dialog.next_button.isEnabled()
    # Both texts scrolled to the last passage, though the whole essay does not fit.
    last = passages[-1]
    assert dialog.view_a.verticalScrollBar().value() > 0
    assert _in_sight(dialog.view_a, last.a_start) and _in_sight(dialog.view_b, last.b_start)

    type_text(dialog.officer_edit, "Đ/c Tâm")
    type_text(dialog.note_edit, "Chép gần như nguyên văn")
    dialog.confirm_button.click()
    wait_idle()
    [stored] = essays.similarity_flags(demo_db, event_id)
    assert stored.status == "confirmed"
    assert dialog.model.data(dialog.model.index(0, 5)) == "Sao chép" and not dialog.confirm_button.isEnabled()
    assert dialog.current_passage == len(passages) - 1  # still reading where the officer was
    # Raising the threshold above the pair keeps a confirmed copy in the list.
    dialog.threshold_spin.setValue(95)
    assert dialog.model.rowCount() == 1


def test_empty_states_of_the_copy_check(demo_db, event_id, roster, worker, qtbot, wait_idle, tmp_path):  # noqa: F811
    dialog = SimilarityDialog(demo_db, worker, event_id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle()
    assert dialog.pages.currentWidget() is dialog.empty_label
    assert dialog.empty_label.text() == "Chưa có bài nào có chữ để so sánh"
    essays.add_essay(demo_db, event_id, roster["bt_huyen"], write_docx(tmp_path / "a.docx", PARAGRAPHS))
    essays.add_essay(demo_db, event_id, roster["bt_cs1"], write_txt(tmp_path / "b.txt", ["Một bài viết khác hẳn."]))
    dialog.run_button.click()
    wait_idle()
    assert dialog.empty_label.text() == "Chưa có cặp bài nào giống nhau từ 20% trở lên"
