"""Personal essays: text from real files, the register (missing, late, forwarded), folders
matched to members, grades with a rubric and double marking, copied essays, figures."""

from __future__ import annotations

import random
import unicodedata
from datetime import date, datetime

import openpyxl
import pytest

from desktop.core import essays, events
from desktop.core.errors import InputFileError, ValidationError, ValidationErrors
from desktop.core.essay_text import extract_text
from desktop.core.essays import Criterion, EssayRules, GradeInput
from desktop.core.file_store import stored_path
from tests.core.essay_files import write_docx, write_pdf, write_txt
from tests.core.test_events import conference, roster, tree  # noqa: F401 - fixtures

PARAGRAPHS = [
    "Qua học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh, bản thân tôi nhận thức sâu sắc hơn về trách nhiệm "
    "của đoàn viên thanh niên trong giai đoạn mới.",
    "Ở chi đoàn, phong trào thanh niên tình nguyện còn chưa đều; tôi cam kết tham gia ít nhất hai công trình "
    "thanh niên mỗi năm và vận động đoàn viên cùng làm.",
]


@pytest.fixture
def event_id(demo_db, tree, roster):  # noqa: F811 - pytest fixtures
    return events.save_event_plan(demo_db, conference(tree))


def test_text_comes_out_of_docx_pdf_and_txt_in_nfc(tmp_path):
    decomposed = [unicodedata.normalize("NFD", p) for p in PARAGRAPHS]
    for path in (write_docx(tmp_path / "a.docx", decomposed), write_pdf(tmp_path / "b.pdf", PARAGRAPHS),
                 write_txt(tmp_path / "c.txt", decomposed)):
        extracted = extract_text(path)
        assert "trách nhiệm của" in extracted.text and "công trình" in extracted.text
        assert extracted.text == unicodedata.normalize("NFC", extracted.text)
        assert extracted.word_count > 40
    assert extract_text(write_txt(tmp_path / "d.txt", PARAGRAPHS, "utf-16")).text.startswith("Qua học tập")
    photo = tmp_path / "scan.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not really a photo")
    assert extract_text(photo).text == "" and "ảnh" in extract_text(photo).note
    with pytest.raises(InputFileError, match="chỉ nhận"):
        extract_text(tmp_path / "bang.xlsx")
    broken = tmp_path / "hong.docx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(InputFileError, match="hong.docx"):
        extract_text(broken)


def test_register_shows_who_must_write_what_came_in_late_and_forwarded(demo_db, event_id, roster, tmp_path):  # noqa: F811
    essays.save_rules(demo_db, event_id, EssayRules(positions=["secretary", "deputy_secretary", "standing_member"],
                                                    deadline=datetime(2026, 12, 20, 17, 0)))
    first = essays.add_essay(demo_db, event_id, roster["bt_huyen"], write_docx(tmp_path / "a.docx", PARAGRAPHS),
                             received_on=date(2026, 12, 18))
    essays.add_essay(demo_db, event_id, roster["bt_cs1"], None, received_on=date(2026, 12, 22))  # on paper, late
    rows = {r.full_name: r for r in essays.essay_register(demo_db, event_id)}
    assert set(rows) == {"Thạch Thị Sa Ri", "Kim Văn Tùng", "Nguyễn Văn An", "Trần Thị Bích"}  # no exec member
    assert (rows["Thạch Thị Sa Ri"].state, rows["Thạch Thị Sa Ri"].forward) == ("received", True)
    assert (rows["Nguyễn Văn An"].state, rows["Nguyễn Văn An"].on_paper) == ("late", True)
    assert rows["Kim Văn Tùng"].state_label == "Chưa nộp"
    # Handing in again replaces the first essay; the file is kept once in the store.
    again = essays.add_essay(demo_db, event_id, roster["bt_huyen"], write_pdf(tmp_path / "b.pdf", PARAGRAPHS),
                             received_on=date(2026, 12, 19))
    assert again != first
    rows = {r.full_name: r for r in essays.essay_register(demo_db, event_id)}
    assert rows["Thạch Thị Sa Ri"].file_kind == "pdf" and rows["Thạch Thị Sa Ri"].word_count > 40
    path, name = essays.essay_file(demo_db, again)
    assert name == "b.pdf" and path == stored_path(essays.essay_store(demo_db), path.name)
    (tmp_path / "b.pdf").unlink()  # the original may go: the store keeps its own copy
    assert path.exists() and "công trình" in essays.essay_text(demo_db, again)
    with pytest.raises(ValidationErrors):
        essays.save_rules(demo_db, event_id, EssayRules(scale=["Tốt"], positions=["king"]))


def test_a_folder_is_matched_to_members_by_file_name(demo_db, event_id, roster, tmp_path):  # noqa: F811
    folder = tmp_path / "bai-thu-hoach"
    folder.mkdir()
    write_docx(folder / "BTH - Thach Thi Sa Ri.docx", PARAGRAPHS)
    write_pdf(folder / "KimVanTung_chi-doan.pdf", PARAGRAPHS)
    write_txt(folder / "03. lâm thị diễm.txt", PARAGRAPHS)
    write_docx(folder / "Nguyen Van Khong Co.docx", PARAGRAPHS)
    (folder / "Tran Thi Bich (scan).jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (folder / "tong-hop.xlsx").write_bytes(b"PK")
    preview = essays.preview_folder(demo_db, event_id, folder)
    assert {m.path.name: m.full_name for m in preview.matched} == {
        "BTH - Thach Thi Sa Ri.docx": "Thạch Thị Sa Ri", "KimVanTung_chi-doan.pdf": "Kim Văn Tùng",
        "03. lâm thị diễm.txt": "Lâm Thị Diễm", "Tran Thi Bich (scan).jpg": "Trần Thị Bích"}
    assert [(m.path.name, m.reason) for m in preview.unmatched] == [
        ("Nguyen Van Khong Co.docx", "tên tệp không khớp ai trong danh sách")]
    assert [m.path.name for m in preview.skipped] == ["tong-hop.xlsx"]
    assert essays.apply_folder(demo_db, event_id, preview, received_on=date(2026, 12, 15),
                               links={"Nguyen Van Khong Co.docx": roster["bt_cs1"]}) == 5
    rows = {r.full_name: r for r in essays.essay_register(demo_db, event_id)}
    assert rows["Trần Thị Bích"].file_kind == "image" and rows["Trần Thị Bích"].word_count == 0
    assert rows["Nguyễn Văn An"].file_name == "Nguyen Van Khong Co.docx"
    assert all(r.essay_id for r in rows.values())


def test_grades_with_a_rubric_and_double_marking(demo_db, event_id, roster, tmp_path):  # noqa: F811
    rules = EssayRules(rubric=[Criterion("Nhận thức", 40), Criterion("Liên hệ thực tế", 30), Criterion("Cam kết", 30)],
                       bands=[85, 70, 50], double_marking=True)
    essays.save_rules(demo_db, event_id, rules)
    essay_id = essays.add_essay(demo_db, event_id, roster["bt_huyen"], write_docx(tmp_path / "a.docx", PARAGRAPHS))
    assert essays.grade_essay(demo_db, essay_id, GradeInput(scores=[30, 22, 24], grader="Đ/c Tâm"), marker=1) == "Khá"
    assert essays.grade_essay(demo_db, essay_id, GradeInput(scores=[38, 27, 26], grader="Đ/c Hà"), marker=2) == "Tốt"
    assert essays.needs_reconciliation(demo_db, essay_id)
    row = next(r for r in essays.essay_register(demo_db, event_id) if r.essay_id == essay_id)
    assert (row.grade, row.marks) == ("", ("Khá", "Tốt"))
    essays.grade_essay(demo_db, essay_id, GradeInput(grade="Tốt", scores=[37, 26, 27], comment="Thống nhất"), marker=0)
    assert not essays.needs_reconciliation(demo_db, essay_id)
    assert next(r for r in essays.essay_register(demo_db, event_id) if r.essay_id == essay_id).grade == "Tốt"
    with pytest.raises(ValidationError, match="Nhận thức"):
        essays.grade_essay(demo_db, essay_id, GradeInput(scores=[45, 20, 20]), marker=1)
    with pytest.raises(ValidationError, match="đủ 3 tiêu chí"):
        essays.grade_essay(demo_db, essay_id, GradeInput(scores=[30]), marker=1)
    with pytest.raises(ValidationErrors):
        essays.save_rules(demo_db, event_id, EssayRules(rubric=[Criterion("A", 10)], bands=[5, 8, 2]))


def _essay_text(rng: random.Random, words: list[str], length: int = 300) -> str:
    return " ".join(rng.choice(words) for _ in range(length))


def test_copied_essays_are_flagged_and_shown_side_by_side(demo_db, event_id, roster, tmp_path):  # noqa: F811
    rng = random.Random(3)
    words = ("đoàn viên thanh niên nghị quyết đại hội học tập rèn luyện cam kết phong trào tình nguyện chi đoàn "
             "xây dựng quê hương trách nhiệm nhận thức sâu sắc phát triển kinh tế xã hội văn hóa giáo dục "
             "khởi nghiệp sáng tạo công trình chuyển đổi số an ninh quốc phòng đạo đức lối sống").split()
    original = _essay_text(rng, words)
    copied = original.split()
    for index in rng.sample(range(len(copied)), len(copied) // 5):  # a fifth of the words changed
        copied[index] = rng.choice(words)
    texts = {"bt_huyen": original, "btv_huyen": " ".join(copied), "bch_huyen": _essay_text(rng, words),
             "bt_cs1": _essay_text(rng, words)}
    for key, text in texts.items():
        essays.add_essay(demo_db, event_id, roster[key], write_txt(tmp_path / f"{key}.txt", [text]))
    flags = essays.run_similarity(demo_db, event_id)
    assert [(f.name_a, f.name_b) for f in flags] in ([("Thạch Thị Sa Ri", "Kim Văn Tùng")],
                                                     [("Kim Văn Tùng", "Thạch Thị Sa Ri")])
    [flag] = flags
    assert flag.status == "open" and flag.score >= 0.3
    comparison = essays.compare(demo_db, flag.flag_id)
    assert sum(p.words for p in comparison.passages) > 200
    a_text = comparison.text_a
    longest = max(comparison.passages, key=lambda p: p.words)
    assert len(a_text[longest.a_start:longest.a_end].split()) == longest.words
    essays.decide_flag(demo_db, flag.flag_id, "confirmed", by="Đ/c Tâm", note="Chép gần như nguyên văn")
    assert essays.run_similarity(demo_db, event_id)[0].status == "confirmed"  # a new run keeps the decision
    summary = essays.essay_summary(demo_db, event_id)
    assert summary.confirmed_copies == 2 and summary.total.received == 4


def test_summary_and_its_workbook(demo_db, event_id, roster, tmp_path):  # noqa: F811
    essays.save_rules(demo_db, event_id, EssayRules(deadline=datetime(2026, 12, 20)))
    a = essays.add_essay(demo_db, event_id, roster["bt_huyen"], None, received_on=date(2026, 12, 21))
    essays.add_essay(demo_db, event_id, roster["bt_cs1"], None, received_on=date(2026, 12, 19))
    essays.grade_essay(demo_db, a, GradeInput(grade="Khá"))
    summary = essays.essay_summary(demo_db, event_id)
    total = summary.total
    assert (total.required, total.received, total.late, total.missing, total.graded) == (5, 2, 1, 3, 1)
    assert total.grades == {"Tốt": 0, "Khá": 1, "Đạt": 0, "Chưa đạt": 0} and total.forwarded == 2
    assert sum(u.required for u in summary.units) == 5
    path = essays.write_essay_summary_xlsx(demo_db, event_id, tmp_path / "bth.xlsx")
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Bài thu hoạch theo đơn vị", "Chưa nộp", "Gửi lên tỉnh"]
    total_row = next(r for r in workbook["Bài thu hoạch theo đơn vị"].iter_rows(values_only=True) if r[1] == "Tổng cộng")
    assert total_row[2].startswith("=SUM(")
    missing_names = [r[1] for r in workbook["Chưa nộp"].iter_rows(min_row=8, values_only=True) if r[1]]
    assert sorted(missing_names) == sorted(r.full_name for r in summary.missing)
