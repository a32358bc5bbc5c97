"""Online dialogues: collecting questions, choosing 3–5 per unit, the official list, and
the units' reports from their points."""

import unicodedata
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from desktop.core import dialogue, events
from desktop.core.dialogue import QuestionInput
from desktop.core.errors import NotFoundError, ValidationError, ValidationErrors
from desktop.core.events import BridgePointPlan, EventPlan, SessionPlan, TaskPlan
from desktop.core.units import load_tree


@pytest.fixture
def tree(demo_db):
    return load_tree(demo_db)


@pytest.fixture
def units(tree):
    return {
        "district": tree.by_code("TV-CN").id,
        "mlb": tree.by_code("TV-CN-01").id,    # Đoàn xã Mỹ Long Bắc
        "hmd": tree.by_code("TV-CN-02").id,    # Đoàn xã Hiệp Mỹ Đông
        "ttcn": tree.by_code("TV-CN-03").id,   # Đoàn thị trấn Cầu Ngang
    }


def dialogue_plan(units) -> EventPlan:
    """The district's dialogue with young people: one morning, a point at the district and
    at two communes (at most 20 people each), questions due a week before; Hiệp Mỹ Đông
    was given two days more."""
    return EventPlan(
        title="Đối thoại giữa Chủ tịch UBND huyện với thanh niên năm 2026",
        kind="dialogue", organiser_unit_id=units["district"],
        sessions=[SessionPlan(date(2026, 3, 26), "morning")],
        bridge_points=[
            BridgePointPlan("Điểm cầu Huyện đoàn", "district", units["district"], capacity=60),
            BridgePointPlan("Điểm cầu xã Mỹ Long Bắc", "grassroots", units["mlb"], capacity=20),
            BridgePointPlan("Điểm cầu xã Hiệp Mỹ Đông", "grassroots", units["hmd"], capacity=20),
        ],
        tasks=[TaskPlan("questions_due", datetime(2026, 3, 19, 17, 0)),
               TaskPlan("questions_due", datetime(2026, 3, 21, 17, 0), unit_id=units["hmd"])],
    )


@pytest.fixture
def event_id(demo_db, units):
    return events.save_event_plan(demo_db, dialogue_plan(units))


def ask(unit_id, number, **kw) -> QuestionInput:
    values = dict(unit_id=unit_id, asker_name=f"Nguyễn Văn Hỏi {number}", question=f"Câu hỏi số {number}?")
    values.update(kw)
    return QuestionInput(**values)


def add_many(db, event_id, unit_id, count, start=1):
    return [dialogue.add_question(db, event_id, ask(unit_id, i)) for i in range(start, start + count)]


# --- questions ----------------------------------------------------------------------------


def test_a_question_is_stored_normalised_with_its_asker(demo_db, event_id, units):
    nfd = unicodedata.normalize("NFD", "Trần Thị Ngọc Hân")
    record = dialogue.add_question(demo_db, event_id, QuestionInput(
        unit_id=units["mlb"], asker_name="  " + nfd.lower() + " ", asker_birth_date=date(2003, 4, 5),
        asker_is_member=False, asker_place="Ấp  Giồng Lớn,   xã Mỹ Long Bắc", phone="+84 912.345.678",
        email=" NgocHan@Gmail.com ", social="facebook.com/ngochan.tv",
        achievements="Giải Nhì hội thi tin học trẻ\n  Thanh niên tiên tiến làm theo lời Bác ",
        question=unicodedata.normalize("NFD", "Huyện có chính sách gì\n\nhỗ trợ thanh niên   khởi nghiệp?")))
    assert record.asker_name == "Trần Thị Ngọc Hân"
    assert unicodedata.is_normalized("NFC", record.question)
    assert record.question == "Huyện có chính sách gì\n\nhỗ trợ thanh niên khởi nghiệp?"
    assert record.achievements == "Giải Nhì hội thi tin học trẻ\nThanh niên tiên tiến làm theo lời Bác"
    assert record.asker_place == "Ấp Giồng Lớn, xã Mỹ Long Bắc"
    assert (record.phone, record.email) == ("0912345678", "ngochan@gmail.com")
    assert record.contact == "ngochan@gmail.com\nfacebook.com/ngochan.tv"
    assert record.unit_name == "Đoàn xã Mỹ Long Bắc" and not record.selected and not record.asker_is_member
    assert dialogue.list_questions(demo_db, event_id) == [record]


def test_every_problem_of_a_question_is_named_and_nothing_is_saved(demo_db, event_id, units):
    with pytest.raises(ValidationErrors) as err:
        dialogue.add_question(demo_db, event_id, QuestionInput(
            unit_id="", asker_name="  ", asker_birth_date=date(2999, 1, 1), phone="12345", email="ngochan@",
            question=" \n "))
    assert [e.field for e in err.value.errors] == [
        "unit_id", "asker_name", "asker_birth_date", "phone", "email", "question"]
    assert "Thiếu nội dung câu hỏi" in str(err.value) and "«12345»" in str(err.value)
    assert dialogue.list_questions(demo_db, event_id) == []


def test_questions_belong_to_dialogues_only(demo_db, units):
    plan = dialogue_plan(units)
    plan.kind = "briefing"
    briefing = events.save_event_plan(demo_db, plan)
    with pytest.raises(ValidationError, match="Đối thoại trực tuyến"):
        dialogue.add_question(demo_db, briefing, ask(units["mlb"], 1))
    with pytest.raises(NotFoundError):
        dialogue.add_question(demo_db, "no-such-event", ask(units["mlb"], 1))


def test_listing_keeps_entry_order_and_filters_by_unit(demo_db, event_id, units):
    entered = [dialogue.add_question(demo_db, event_id, ask(unit, i))
               for i, unit in enumerate([units["hmd"], units["mlb"], units["hmd"], units["mlb"]], start=1)]
    assert dialogue.list_questions(demo_db, event_id) == entered
    assert [q.question for q in dialogue.list_questions(demo_db, event_id, units["mlb"])] == [
        "Câu hỏi số 2?", "Câu hỏi số 4?"]


def test_updating_and_deleting_are_tracked_for_exchange(demo_db, event_id, units):
    first, second = add_many(demo_db, event_id, units["mlb"], 2)
    fixed = dialogue.update_question(demo_db, first.id, ask(units["mlb"], 1, question="Câu hỏi đã sửa?"))
    assert fixed.question == "Câu hỏi đã sửa?"
    dialogue.update_question(demo_db, first.id, ask(units["mlb"], 1, question="Câu hỏi đã sửa?"))  # no change
    assert dialogue.delete_questions(demo_db, [second.id, "no-such-question"]) == 1
    assert dialogue.delete_questions(demo_db, [second.id]) == 0
    with demo_db.engine.connect() as conn:
        rows = dict(conn.exec_driver_sql(
            "SELECT id, revision || ':' || (deleted_at IS NOT NULL) FROM dialogue_questions").all())
    assert rows == {first.id: "2:0", second.id: "2:1"}  # the same text again wrote nothing
    assert [q.id for q in dialogue.list_questions(demo_db, event_id)] == [first.id]
    with pytest.raises(NotFoundError):
        dialogue.update_question(demo_db, second.id, ask(units["mlb"], 2))


# --- choosing 3–5 per unit ----------------------------------------------------------------


def selected_ids(db, event_id, unit_id):
    return [q.id for q in dialogue.list_questions(db, event_id, unit_id) if q.selected]


def test_a_unit_sends_three_to_five_questions(demo_db, event_id, units):
    questions = [q.id for q in add_many(demo_db, event_id, units["mlb"], 7)]
    with pytest.raises(ValidationError, match="mới chọn 2 câu") as few:
        dialogue.set_selected(demo_db, event_id, units["mlb"], questions[:2])
    assert few.value.field == "selected" and "từ 3 đến 5" in str(few.value)
    with pytest.raises(ValidationError, match="bỏ bớt 1 câu"):
        dialogue.set_selected(demo_db, event_id, units["mlb"], questions[:6])
    assert selected_ids(demo_db, event_id, units["mlb"]) == []

    dialogue.set_selected(demo_db, event_id, units["mlb"], [questions[4], questions[1], questions[2], questions[1]])
    assert selected_ids(demo_db, event_id, units["mlb"]) == [questions[1], questions[2], questions[4]]
    dialogue.set_selected(demo_db, event_id, units["mlb"], questions[:5])
    assert selected_ids(demo_db, event_id, units["mlb"]) == questions[:5]
    dialogue.set_selected(demo_db, event_id, units["mlb"], [])  # clearing the choice is allowed
    assert selected_ids(demo_db, event_id, units["mlb"]) == []


def test_a_unit_chooses_only_among_its_own_questions(demo_db, event_id, units):
    own = [q.id for q in add_many(demo_db, event_id, units["mlb"], 3)]
    other = add_many(demo_db, event_id, units["hmd"], 1)[0].id
    with pytest.raises(ValidationError, match="không thuộc đơn vị này"):
        dialogue.set_selected(demo_db, event_id, units["mlb"], own[:2] + [other])
    dialogue.set_selected(demo_db, event_id, units["mlb"], own)
    moved = dialogue.update_question(demo_db, own[0], ask(units["hmd"], 1))
    assert moved.unit_name == "Đoàn xã Hiệp Mỹ Đông" and not moved.selected


def test_selection_status_shows_each_unit_against_its_deadline(demo_db, event_id, units):
    mlb = [q.id for q in add_many(demo_db, event_id, units["mlb"], 4)]
    add_many(demo_db, event_id, units["ttcn"], 2, start=10)   # collects although it has no point
    dialogue.set_selected(demo_db, event_id, units["mlb"], mlb[:3])

    before = {s.unit_name: s for s in dialogue.selection_status(demo_db, event_id, now=datetime(2026, 3, 18))}
    assert list(before) == ["Đoàn xã Mỹ Long Bắc", "Đoàn xã Hiệp Mỹ Đông", "Đoàn thị trấn Cầu Ngang"]
    assert (before["Đoàn xã Mỹ Long Bắc"].collected, before["Đoàn xã Mỹ Long Bắc"].selected) == (4, 3)
    assert before["Đoàn xã Mỹ Long Bắc"].complete and before["Đoàn xã Mỹ Long Bắc"].state_label == "Đã chọn 3 câu"
    assert not any(s.late for s in before.values())
    assert before["Đoàn xã Hiệp Mỹ Đông"].due_at == datetime(2026, 3, 21, 17, 0)
    assert before["Đoàn thị trấn Cầu Ngang"].due_label == "17:00 19/03/2026"

    after = {s.unit_name: s for s in dialogue.selection_status(demo_db, event_id, now=datetime(2026, 3, 20))}
    assert [name for name, s in after.items() if s.late] == ["Đoàn thị trấn Cầu Ngang"]
    assert after["Đoàn thị trấn Cầu Ngang"].state_label == "Quá hạn, chưa chọn đủ câu hỏi"
    assert after["Đoàn xã Hiệp Mỹ Đông"].state_label == "Chưa chọn đủ 3–5 câu"


# --- the official list --------------------------------------------------------------------


def test_export_writes_the_chosen_questions_of_a_unit(demo_db, event_id, units, tmp_path):
    entered = [
        dialogue.add_question(demo_db, event_id, QuestionInput(
            unit_id=units["mlb"], asker_name="Thạch Thị Sa Ri", asker_birth_date=date(2001, 3, 5),
            asker_place="Ấp Giồng Lớn, xã Mỹ Long Bắc", phone="0912345678", email="sari@gmail.com",
            social="Zalo 0912345678", achievements="Thanh niên tiêu biểu năm 2025",
            question="Xin cho biết kế hoạch xây dựng sân chơi cho thanh thiếu nhi ở các ấp?")),
        dialogue.add_question(demo_db, event_id, ask(units["mlb"], 2)),
        dialogue.add_question(demo_db, event_id, QuestionInput(
            unit_id=units["mlb"], asker_name="Đỗ Văn Ửng", asker_is_member=False, asker_place="Công ty may Trà Vinh",
            question="Thanh niên công nhân được hỗ trợ học nghề như thế nào?")),
        dialogue.add_question(demo_db, event_id, ask(units["mlb"], 4, asker_birth_date=date(1999, 12, 31))),
    ]
    dialogue.add_question(demo_db, event_id, ask(units["hmd"], 5))
    dialogue.set_selected(demo_db, event_id, units["mlb"], [entered[3].id, entered[0].id, entered[2].id])

    path = tmp_path / "cau_hoi.xlsx"
    assert dialogue.export_questions_xlsx(demo_db, event_id, path, unit_id=units["mlb"]) == 3
    ws = load_workbook(path).active
    assert (ws["A1"].value, ws["A2"].value) == ("BCH HUYỆN ĐOÀN CẦU NGANG", "BCH ĐOÀN XÃ MỸ LONG BẮC")
    assert ws["A4"].value == "DANH SÁCH CÂU HỎI ĐỐI THOẠI"
    assert ws["A5"].value == "Đối thoại giữa Chủ tịch UBND huyện với thanh niên năm 2026"
    assert [ws.cell(7, c).value for c in range(1, 10)] == [
        "STT", "Họ và tên", "Ngày sinh", "Đoàn viên (x)", "Nơi ở/học tập/công tác", "Điện thoại",
        "Email/Facebook/Zalo", "Thành tích nổi bật", "Nội dung câu hỏi"]
    assert ws.freeze_panes == "A8" and ws.cell(8, 2).font.name == "Times New Roman"
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=8, max_col=9)]
    assert [r[:2] for r in rows] == [[1, "Thạch Thị Sa Ri"], [2, "Đỗ Văn Ửng"], [3, "Nguyễn Văn Hỏi 4"]]
    first, worker, last = rows
    assert first[2] == datetime(2001, 3, 5) and ws.cell(8, 3).number_format == "dd/mm/yyyy"
    assert first[3:] == ["x", "Ấp Giồng Lớn, xã Mỹ Long Bắc", "0912345678", "sari@gmail.com\nZalo 0912345678",
                         "Thanh niên tiêu biểu năm 2025",
                         "Xin cho biết kế hoạch xây dựng sân chơi cho thanh thiếu nhi ở các ấp?"]
    assert worker[2] is None and worker[3] is None and worker[4] == "Công ty may Trà Vinh"
    assert last[2] == datetime(1999, 12, 31)
    assert ws.cell(8, 9).alignment.wrap_text
    assert ws.column_dimensions["I"].width > ws.column_dimensions["A"].width


def test_export_of_the_whole_event_groups_units_and_can_include_every_question(demo_db, event_id, units, tmp_path):
    hmd = [q.id for q in add_many(demo_db, event_id, units["hmd"], 3, start=1)]
    mlb = [q.id for q in add_many(demo_db, event_id, units["mlb"], 4, start=4)]
    dialogue.set_selected(demo_db, event_id, units["hmd"], hmd)
    dialogue.set_selected(demo_db, event_id, units["mlb"], mlb[1:])

    path = tmp_path / "tat_ca.xlsx"
    assert dialogue.export_questions_xlsx(demo_db, event_id, path) == 6
    ws = load_workbook(path).active
    assert ws["A2"].value == "BCH HUYỆN ĐOÀN CẦU NGANG"  # this office's header block
    column_a = [ws.cell(r, 1).value for r in range(8, ws.max_row + 1)]
    assert column_a == ["Đoàn xã Mỹ Long Bắc", 1, 2, 3, "Đoàn xã Hiệp Mỹ Đông", 4, 5, 6]  # tree order
    assert ws.cell(9, 9).value == "Câu hỏi số 5?"

    assert dialogue.export_questions_xlsx(demo_db, event_id, path, selected_only=False) == 7


def test_export_refuses_an_empty_list(demo_db, event_id, units, tmp_path):
    add_many(demo_db, event_id, units["mlb"], 3)
    with pytest.raises(ValidationError, match="Chưa có câu hỏi nào được chọn"):
        dialogue.export_questions_xlsx(demo_db, event_id, tmp_path / "x.xlsx", unit_id=units["mlb"])
    assert not (tmp_path / "x.xlsx").exists()


# --- reports from the points --------------------------------------------------------------


def test_reports_are_one_per_unit_with_totals(demo_db, event_id, units):
    assert dialogue.save_dialogue_report(demo_db, event_id, units["hmd"], 18, 3, 45, 320) == []
    assert dialogue.save_dialogue_report(demo_db, event_id, units["mlb"], 20, 2, 30, 150) == []
    assert dialogue.save_dialogue_report(demo_db, event_id, units["hmd"], 19, 3, 52, 410) == []  # corrected
    dialogue.save_dialogue_report(demo_db, event_id, units["hmd"], 19, 3, 52, 410)               # unchanged

    reports = dialogue.list_dialogue_reports(demo_db, event_id)
    assert [(r.unit_name, r.attendees, r.shares, r.interactions) for r in reports.rows] == [
        ("Đoàn xã Mỹ Long Bắc", 20, 30, 150), ("Đoàn xã Hiệp Mỹ Đông", 19, 52, 410)]
    assert (reports.attendees, reports.streaming_pages, reports.shares, reports.interactions) == (39, 5, 82, 560)
    assert reports.rows[1].capacity == 20 and reports.rows[1].reported_at is not None
    with demo_db.engine.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT count(*), max(revision) FROM dialogue_reports WHERE unit_id = ?", (units["hmd"],)).one() == (1, 2)


def test_more_people_than_the_point_holds_is_a_warning(demo_db, event_id, units):
    warnings = dialogue.save_dialogue_report(demo_db, event_id, units["mlb"], 25, 1, 0, 0)
    assert [w.field for w in warnings] == ["attendees"]
    assert "vượt sức chứa" in str(warnings[0]) and "20 người" in str(warnings[0])
    report = dialogue.list_dialogue_reports(demo_db, event_id).rows[0]
    assert report.attendees == 25 and report.over_capacity
    # A unit without a point of its own (or without a capacity) has nothing to exceed.
    assert dialogue.save_dialogue_report(demo_db, event_id, units["ttcn"], 40, 1, 0, 0) == []


def test_report_numbers_must_be_whole_and_not_negative(demo_db, event_id, units):
    with pytest.raises(ValidationErrors) as err:
        dialogue.save_dialogue_report(demo_db, event_id, units["mlb"], -1, 2.5, True, 10)
    assert [e.field for e in err.value.errors] == ["attendees", "streaming_pages", "shares"]
    assert "Số người tại điểm cầu phải là số nguyên không âm" in str(err.value)
    assert dialogue.list_dialogue_reports(demo_db, event_id).rows == ()


def test_deleting_the_event_deletes_its_questions_and_reports(demo_db, event_id, units):
    add_many(demo_db, event_id, units["mlb"], 3)
    dialogue.save_dialogue_report(demo_db, event_id, units["mlb"], 10, 1, 5, 50)
    events.delete_event(demo_db, event_id)
    with demo_db.engine.connect() as conn:
        live = conn.exec_driver_sql(
            "SELECT (SELECT count(*) FROM dialogue_questions WHERE deleted_at IS NULL)"
            " + (SELECT count(*) FROM dialogue_reports WHERE deleted_at IS NULL)").scalar()
    assert live == 0
    with pytest.raises(NotFoundError):
        dialogue.list_questions(demo_db, event_id)
