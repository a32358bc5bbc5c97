"""Question files in the four formats: what is read, what is refused and where."""

from __future__ import annotations

import openpyxl
import pytest

from desktop.core.errors import InputFileError
from desktop.core.question_formats import read_aiken, read_gift, read_moodle_xml, read_question_file


def test_the_sample_bank_reads_whole(samples):
    bank = read_question_file(samples / "question_bank.xlsx")
    assert bank.format == "xlsx" and len(bank.questions) == 40 and bank.errors == []
    assert bank.topics == {"Đại hội XII": 10, "Mẫu": 30}
    first = bank.questions[0]
    assert first.options == ("50 câu", "80 câu", "100 câu", "120 câu") and first.correct == (2,)


def test_a_spreadsheet_with_more_options_several_answers_and_mistakes(tmp_path):
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = "Câu hỏi"
    ws.append(["NGÂN HÀNG CÂU HỎI"])
    ws.append(["STT", "Nội dung câu hỏi", "Phương án A", "Phương án B", "Phương án C", "Phương án D", "Phương án E",
               "Đáp án", "Chuyên đề", "Giải thích"])
    ws.append([1, "Chọn các năm Đại hội", "2017", "", "2022", "2027", "", "a, c", "Lịch sử", "Theo Điều lệ"])
    ws.append([2, "Câu không có đáp án", "x", "y", "", "", "", "", "", ""])
    ws.append([3, "Đáp án trỏ vào ô trống", "x", "y", "", "", "", "C", "", ""])
    ws.append([4, "Đáp án lạ", "x", "y", "", "", "", "Z?", "", ""])
    ws.append([5, "chọn các năm đại hội", "2017", "", "2022", "2027", "", "A,C", "", ""])  # same question again
    path = tmp_path / "nh.xlsx"
    workbook.save(path)
    bank = read_question_file(path)
    [question] = bank.questions
    assert question.options == ("2017", "2022", "2027") and question.correct == (0, 1)
    assert (question.topic, question.explanation) == ("Lịch sử", "Theo Điều lệ")
    errors = {p.row: (p.column, p.message) for p in bank.errors}
    assert errors[4][0] == "B" and "chưa có đáp án đúng" in errors[4][1]
    assert errors[5][0] == "H" and "phương án để trống" in errors[5][1]
    assert "không đọc được" in errors[6][1]
    assert any("trùng với câu ở dòng 3" in p.message for p in bank.problems if p.severity == "warning")


def test_aiken_reports_each_problem_by_line():
    text = "Thủ đô của Việt Nam?\nA. Hà Nội\nB) Huế\nANSWER: A\n\nThiếu đáp án\nA. một\nB. hai\n\nSai chữ\nA. x\nB. y\n" \
           "ANSWER: D\n"
    bank = read_aiken(text, "a.txt")
    assert [(q.text, q.options, q.correct) for q in bank.questions] == [("Thủ đô của Việt Nam?", ("Hà Nội", "Huế"),
                                                                         (0,))]
    assert [(p.row, p.severity) for p in bank.problems] == [(6, "error"), (13, "error")]
    assert "ANSWER" in bank.problems[0].message and "D" in bank.problems[1].message


def test_gift_multiple_choice_with_weights_escapes_categories_and_other_types_refused():
    text = ("// ngân hàng\n$CATEGORY: $course$/top/Lịch sử Đoàn\n\n"
            "::Q1:: Ngày thành lập Đoàn? {=26/3/1931 ~19/5/1941#Sai rồi ~2/9/1945}\n\n"
            "Chọn hai {~%50%Một ~%50%Hai ~%-100%Ba}\n\n"
            "Trái đất tròn {T}\n\n"
            "Dấu \\= và \\{ngoặc\\} {\n=có\n~không\n}\n\n"
            "Câu thiếu ngoặc =a ~b\n")
    bank = read_gift(text, "b.gift")
    assert [(q.text, q.options, q.correct, q.topic) for q in bank.questions] == [
        ("Ngày thành lập Đoàn?", ("26/3/1931", "19/5/1941", "2/9/1945"), (0,), "Lịch sử Đoàn"),
        ("Chọn hai", ("Một", "Hai", "Ba"), (0, 1), "Lịch sử Đoàn"),
        ("Dấu = và {ngoặc}", ("có", "không"), (0,), "Lịch sử Đoàn"),
    ]
    assert [(p.row, "đúng/sai" in p.message or "{ … }" in p.message) for p in bank.problems] == [(8, True),
                                                                                                  (15, True)]


def test_moodle_xml_multichoice_and_refusals():
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/top/Nghị quyết</text></category></question>
  <question type="multichoice">
    <questiontext format="html"><text><![CDATA[<p>Nhiệm kỳ <b>XII</b>?</p>]]></text></questiontext>
    <answer fraction="100"><text>2022 &#8211; 2027</text></answer>
    <answer fraction="0"><text>2017 - 2022</text></answer>
  </question>
  <question type="truefalse"><questiontext><text>Đúng không?</text></questiontext></question>
</quiz>"""
    bank = read_moodle_xml(xml, "c.xml")
    assert [(q.text, q.options, q.correct, q.topic) for q in bank.questions] == [
        ("Nhiệm kỳ XII?", ("2022 – 2027", "2017 - 2022"), (0,), "Nghị quyết")]
    [problem] = bank.problems
    assert problem.row == 9 and "truefalse" in problem.message
    with pytest.raises(InputFileError, match="dòng"):
        read_moodle_xml("<quiz><question></quiz>", "hong.xml")
    with pytest.raises(InputFileError, match="DOCTYPE"):
        read_moodle_xml('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><quiz/>', "x.xml")


def test_an_unknown_file_is_refused_clearly(tmp_path):
    path = tmp_path / "ghi-chu.txt"
    path.write_text("Chỉ là ghi chú.\nKhông phải câu hỏi.", encoding="utf-8")
    with pytest.raises(InputFileError, match="không nhận ra định dạng"):
        read_question_file(path)
