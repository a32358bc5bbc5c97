"""The event-definition file: round trip, Vietnamese words, every bad input named and
nothing saved, re-import updating the same event, the example file and the demo."""

import json
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from desktop.core import event_file, events, invitations
from desktop.core.demo import OFFICERS, fill_demo
from desktop.core.errors import InputFileError, ValidationErrors
from desktop.core.event_file import import_event_file, path_words, read_event_file, write_event_file
from desktop.core.members import count_members
from desktop.core.units import load_tree
from tests.core.test_events import _member, conference

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "hoi-nghi-hoc-tap.json"


@pytest.fixture
def tree(demo_db):
    return load_tree(demo_db)


@pytest.fixture
def roster(demo_db, tree):
    """The people the source document's conference invites (as in test_events), and a
    member of a branch whom it does not."""
    people = [("bt_huyen", "Thạch Thị Sa Ri", "TV-CN", "secretary"),
              ("btv_huyen", "Kim Văn Tùng", "TV-CN", "standing_member"),
              ("bch_huyen", "Lâm Thị Diễm", "TV-CN", "exec_member"),
              ("bt_cs1", "Nguyễn Văn An", "TV-CN-01", "secretary"),
              ("pbt_cs2", "Trần Thị Bích", "TV-CN-02", "deputy_secretary"),
              ("dv1", "Lê Văn Cường", "TV-CN-01-01", "member")]
    return {key: _member(demo_db, tree, name, code, position) for key, name, code, position in people}


def _counts(db) -> dict[str, int]:
    """Rows of every event table, dead or alive: "nothing saved" means none changed."""
    with db.engine.connect() as conn:
        return {table: conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
                for table in ("events", "event_sessions", "session_topics", "bridge_points", "invitation_rules",
                              "invitations", "materials", "event_tasks")}


def _change_seq(db) -> int:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT change_seq FROM installation").scalar()


def _file(tmp_path, data: dict, name: str = "hoi-nghi.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


@pytest.fixture
def exported(demo_db, tree, roster, tmp_path):
    """The source document's conference saved, then written to a file: (plan, file data)."""
    plan = conference(tree)
    events.save_event_plan(demo_db, plan)
    path = tmp_path / "xuat.json"
    event_file.export_event_file(demo_db, plan.id, path)
    return plan, json.loads(path.read_text(encoding="utf-8"))


def test_write_read_save_gives_the_same_plan_and_writes_nothing(demo_db, tree, roster, tmp_path):
    plan = conference(tree)
    plan.bridge_points[0].test_passed = True
    plan.tasks[0].notes = "Gửi bản giấy và e-mail\nkèm danh sách"
    events.save_event_plan(demo_db, plan)
    saved = events.load_event_plan(demo_db, plan.id)
    path = tmp_path / "hoi-nghi.json"
    write_event_file(saved, tree, path)

    # Reading alone makes new parts (ids are matched on import), with the same content.
    assert event_file.event_file_data(read_event_file(path, tree), tree) == event_file.event_file_data(saved, tree)
    before = _change_seq(demo_db)
    result = import_event_file(demo_db, path)
    assert (result.created, result.event_id, result.invited_count) == (False, plan.id, 5)
    assert _change_seq(demo_db) == before
    assert events.load_event_plan(demo_db, plan.id) == saved


def test_the_file_is_readable_vietnamese_with_codes_and_dd_mm_yyyy(exported):
    plan, data = exported
    text_of = json.dumps(data, ensure_ascii=False)
    assert "Điểm cầu Huyện đoàn Cầu Ngang" in text_of and "\\u" not in text_of
    assert (data["format"], data["version"], data["event"]["id"]) == ("doandesk-event", 1, plan.id)
    assert data["event"]["organiser"] == "TV-CN" and data["event"]["directive"]["date"] == "02/11/2026"
    assert [(s["key"], s["date"], s["part"], s["start"], s["end"]) for s in data["sessions"]][:2] == [
        ("s1", "10/12/2026", "Sáng", "08:00", "11:30"), ("s2", "10/12/2026", "Chiều", "14:00", "17:00")]
    assert data["bridge_points"][0]["test_at"] == "08/12/2026 14:00"
    assert data["bridge_points"][2]["sessions"] == ["s1", "s2"]
    assert data["participants"][1]["levels"] == ["Đoàn cơ sở"]
    assert data["participants"][1]["positions"] == ["Bí thư", "Phó Bí thư"]
    assert data["tasks"][0]["due"] == "20/12/2026 17:00"


def test_a_file_without_id_creates_a_new_event_each_time(demo_db, exported, tmp_path):
    _, data = exported
    del data["event"]["id"]
    path = _file(tmp_path, data)
    first = import_event_file(demo_db, path)
    second = import_event_file(demo_db, path)
    assert first.created and second.created and first.event_id != second.event_id
    assert len(events.list_events(demo_db)) == 3


def test_importing_again_with_the_id_updates_the_event_and_keeps_what_the_office_recorded(
        demo_db, exported, roster, tmp_path):
    from desktop.core import deadlines

    plan, data = exported
    by_name = {m.full_name: m for m in invitations.list_invited(demo_db, plan.id)}
    invitations.set_bridge_point(demo_db, [by_name["Kim Văn Tùng"].invitation_id], plan.bridge_points[0].id)
    report = next(d for d in deadlines.list_deadlines(demo_db) if d.source == "task")
    deadlines.set_done(demo_db, report)
    topic_ids = [t.id for s in events.load_event_plan(demo_db, plan.id).sessions for t in s.topics]

    data["sessions"][0]["topics"][1]["title"] = "Chuyên đề 2: Xây dựng Đảng về chính trị, tư tưởng"
    data["bridge_points"][1]["capacity"] = 120
    result = import_event_file(demo_db, _file(tmp_path, data))

    assert (result.created, result.event_id) == (False, plan.id)
    assert len(events.list_events(demo_db)) == 1
    loaded = events.load_event_plan(demo_db, plan.id)
    assert loaded.sessions[0].topics[1].title == "Chuyên đề 2: Xây dựng Đảng về chính trị, tư tưởng"
    assert [t.id for s in loaded.sessions for t in s.topics] == topic_ids  # updated, not replaced
    assert loaded.bridge_points[1].capacity == 120
    assert loaded.tasks[0].done_at is not None
    with demo_db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM session_topics WHERE deleted_at IS NOT NULL").scalar() == 0
    seated = {m.full_name: m for m in invitations.list_invited(demo_db, plan.id)}["Kim Văn Tùng"]
    assert seated.bridge_point_name == "Điểm cầu Tỉnh đoàn" and seated.point_fixed


def test_a_corrected_plan_with_moved_dates_moves_the_same_sessions(demo_db, exported, tmp_path):
    plan, data = exported
    session_ids = [s.id for s in events.load_event_plan(demo_db, plan.id).sessions]
    for session in data["sessions"]:
        session["date"] = session["date"].replace("/12/", "/01/").replace("2026", "2027")
    import_event_file(demo_db, _file(tmp_path, data))
    loaded = events.load_event_plan(demo_db, plan.id)
    assert loaded.first_day == date(2027, 1, 10)
    assert [s.id for s in loaded.sessions] == session_ids
    assert loaded.bridge_points[2].session_ids == sorted(session_ids[:2])


@pytest.mark.parametrize("break_it, field, words", [
    (lambda d: d["event"].pop("title"), "event.title", "(hội nghị, tên): thiếu trường bắt buộc «title»"),
    (lambda d: d["sessions"][1].update(start="17:00", end="14:00"), "sessions[1].end",
     "(buổi 2, giờ kết thúc): Buổi 2 (Chiều 10/12/2026): giờ kết thúc 14:00 không sau giờ bắt đầu 17:00"),
    (lambda d: d["bridge_points"][1].pop("host"), "bridge_points[1].host",
     "(điểm cầu 2, đơn vị chủ trì): thiếu trường bắt buộc «host»"),
    (lambda d: d["bridge_points"][1].update(host=None), "bridge_points[1].host",
     "(điểm cầu 2, đơn vị chủ trì): thiếu trường bắt buộc «host»"),
    (lambda d: d["participants"].append({"scope": "TV-CN-03", "positions": ["Bí thư"]}), "participants[2]",
     "(thành phần 3): Thành phần 3 «Bí thư — Đoàn thị trấn Cầu Ngang»: không có đoàn viên nào phù hợp"),
    (lambda d: d["sessions"][0].update(host="TV-XX"), "sessions[0].host",
     "không có đơn vị mã «TV-XX» trong cây đơn vị"),
    (lambda d: d["tasks"][0].update(due="31/11/2026 17:00"), "tasks[0].due",
     "(việc 1, hạn): «31/11/2026 17:00» không phải ngày giờ hợp lệ; viết như 20/12/2026 17:00"),
    (lambda d: d["bridge_points"][2].update(sessions=["s1", "s7"]), "bridge_points[2].sessions[1]",
     "(điểm cầu 3, các buổi tham gia, mục 2): không có buổi nào mã «s7»"),
    (lambda d: d["participants"][0].update(bridge_point="Điểm cầu Hà Nội"), "participants[0].bridge_point",
     "không có điểm cầu nào tên «Điểm cầu Hà Nội»"),
    (lambda d: d["sessions"][0]["topics"][0].update(speeker="Bí thư"), "sessions[0].topics[0].speeker",
     "trường «speeker» không có trong định dạng"),
    (lambda d: d["event"].update(test_target_percent=120), "event.test_target_percent",
     "Chỉ tiêu kiểm tra nhận thức phải từ 0 đến 100%"),
    (lambda d: d["bridge_points"][0].update(capacity="80 người"), "bridge_points[0].capacity",
     "cần số nguyên, không phải chuỗi «80 người»"),
    (lambda d: d["tasks"][0].pop("kind"), "tasks[0].kind", "(việc 1, loại): thiếu trường bắt buộc «kind»"),
    (lambda d: d["bridge_points"][0].update(level="Trung ương"), "bridge_points[0].level",
     "«Trung ương» không phải giá trị dùng được; chọn một trong: Cấp tỉnh, Cấp huyện/xã, Cấp cơ sở"),
    (lambda d: d["sessions"][0].update(part="trưa"), "sessions[0].part",
     "(buổi 1, buổi trong ngày): «trưa» không phải giá trị dùng được; chọn một trong: Sáng, Chiều, Tối"),
    (lambda d: d["invited"].append({"card_number": "0840009999"}), "invited[0].card_number",
     "không có đoàn viên nào mang số thẻ «0840009999»"),
])
def test_bad_input_is_named_in_vietnamese_and_nothing_is_saved(demo_db, exported, tmp_path, break_it, field, words):
    _, data = exported
    break_it(data)
    before, seq = _counts(demo_db), _change_seq(demo_db)
    with pytest.raises(ValidationErrors) as err:
        import_event_file(demo_db, _file(tmp_path, data))
    assert [e.field for e in err.value.errors] == [field]
    assert str(err.value).startswith(f"Tệp hoi-nghi.json, «{field}» ")
    assert words in str(err.value)
    assert (_counts(demo_db), _change_seq(demo_db)) == (before, seq)


def test_every_problem_is_reported_at_once_in_file_order(demo_db, tree, exported, tmp_path):
    _, data = exported
    data["tasks"][0]["unit"] = "KHONG-CO"
    data["sessions"][3]["end"] = "25:00"
    data["event"]["kind"] = "Hội thảo"
    data["bridge_points"][0]["contact"]["phone"] = "điện thoại"
    data["materials"][0]["url"] = "tinhdoan.vn/tai-lieu"
    with pytest.raises(ValidationErrors) as err:
        read_event_file(_file(tmp_path, data), tree)
    assert [e.field for e in err.value.errors] == [
        "event.kind", "sessions[3].end", "bridge_points[0].contact.phone", "materials[0].url", "tasks[0].unit"]
    assert str(err.value).startswith("Có 5 lỗi, chưa lưu gì:")
    assert "chọn một trong: Hội nghị học tập, quán triệt, Hội nghị giao ban" in str(err.value)


def test_invalid_json_gives_line_and_column(demo_db, tmp_path):
    path = tmp_path / "loi.json"
    path.write_text('{\n  "format": "doandesk-event",\n  "version": 1\n  "event": {}\n}', encoding="utf-8")
    with pytest.raises(ValidationErrors) as err:
        import_event_file(demo_db, path)
    assert str(err.value) == ("Tệp loi.json, dòng 4, cột 3: không phải JSON hợp lệ — thiếu dấu phẩy «,» giữa "
                              "hai mục.")
    path.write_text('{"format": "doandesk-event", "version": 1, "event": {"title": "Hội nghị",}}', encoding="utf-8")
    with pytest.raises(ValidationErrors, match="dòng 1, cột 74: .*thừa dấu phẩy trước «}»"):
        import_event_file(demo_db, path)


def test_other_files_are_refused_plainly(demo_db, tree, tmp_path):
    with pytest.raises(ValidationErrors, match=r"«format» \(định dạng tệp\): không phải tệp định nghĩa hội nghị"):
        read_event_file(_file(tmp_path, {"members": []}), tree)
    with pytest.raises(ValidationErrors, match="phiên bản 2, mới hơn phiên bản 1"):
        read_event_file(_file(tmp_path, {"format": "doandesk-event", "version": 2, "anything": 1}), tree)
    with pytest.raises(InputFileError, match="Không tìm thấy tệp"):
        read_event_file(tmp_path / "khong-co.json", tree)
    (tmp_path / "latin1.json").write_bytes('{"event": {"title": "Hội thảo café"}}'.encode().replace(
        "é".encode(), "é".encode("latin-1")))
    with pytest.raises(InputFileError, match="latin1.json không phải văn bản UTF-8"):
        read_event_file(tmp_path / "latin1.json", tree)


def test_vietnamese_words_for_choices_are_accepted(demo_db, tree, roster, tmp_path):
    data = {
        "format": "doandesk-event", "version": 1,
        "event": {"title": "Hội nghị học tập chuyên đề", "kind": "hội nghị học tập", "organiser": "tv-cn",
                  "test_target_percent": "100%"},
        "sessions": [{"date": "2026-12-10", "part": "sáng", "topics": [{"title": "Chuyên đề 1"}]},
                     {"date": "10/12/2026", "part": "CHIỀU", "start": "13h30", "end": "16:30"}],
        "bridge_points": [{"name": "Điểm cầu xã", "level": "cơ sở", "host": "TV-CN-01", "test_at": "14:00 08/12/2026",
                           "sessions": ["S2"]},
                          {"name": "Điểm cầu huyện", "level": "Huyện", "host": "TV-CN", "test_at": "2026-12-08T14:00"}],
        "participants": [{"scope": "TV-CN", "levels": ["Huyện đoàn"],
                          "positions": ["Bí thư", "Phó Bí thư", "Ủy viên BTV", "Ủy viên BCH"]},
                         {"scope": "TV-CN", "levels": ["cơ sở"], "positions": ["bí thư", "PBT"],
                          "bridge_point": "điểm cầu huyện"}],
        "materials": [{"title": "Bài giảng", "kind": "slide", "url": "https://tinhdoan.example/bai-giang.pptx"}],
        "tasks": [{"kind": "Hạn nộp báo cáo", "due": "20/12/2026 17:00"},
                  {"kind": "bài thu hoạch", "due": "18/12/2026 17:00"}],
    }
    plan = read_event_file(_file(tmp_path, data), tree)
    assert (plan.kind, plan.organiser_unit_id, plan.test_target_percent) == (
        "study_conference", tree.by_code("TV-CN").id, 100)
    assert [(s.day, s.part, s.start_time, s.end_time) for s in plan.sessions] == [
        (date(2026, 12, 10), "morning", time(8, 0), time(11, 30)),
        (date(2026, 12, 10), "afternoon", time(13, 30), time(16, 30))]
    assert [p.level for p in plan.bridge_points] == ["grassroots", "district"]
    assert plan.bridge_points[0].session_ids == [plan.sessions[1].id]
    assert {p.test_at for p in plan.bridge_points} == {datetime(2026, 12, 8, 14, 0)}
    assert plan.rules[0].positions == ["secretary", "deputy_secretary", "standing_member", "exec_member"]
    assert (plan.rules[1].unit_levels, plan.rules[1].positions) == (["grassroots"], ["secretary", "deputy_secretary"])
    assert plan.rules[1].bridge_point_id == plan.bridge_points[1].id
    assert [m.kind for m in plan.materials] == ["slides"]
    assert [t.kind for t in plan.tasks] == ["report_due", "essays_due"]
    result = import_event_file(demo_db, _file(tmp_path, data))
    assert result.created and result.invited_count == 5


def test_members_invited_by_hand_by_card_number_in_the_same_operation(demo_db, tree, exported, tmp_path):
    from desktop.core import members
    from desktop.core.members import MemberInput

    plan, data = exported
    members.create_member(demo_db, MemberInput.from_full_name(
        "Võ Thị Kiều", branch_id=tree.by_code("TV-CN-02-01").id, card_number="0840000777"))
    data["invited"] = [{"card_number": "0840000777", "bridge_point": "Điểm cầu Tỉnh đoàn"}]
    assert import_event_file(demo_db, _file(tmp_path, data)).invited_count == 6
    kieu = {m.full_name: m for m in invitations.list_invited(demo_db, plan.id)}["Võ Thị Kiều"]
    assert (kieu.by_rule, kieu.point_fixed, kieu.bridge_point_name) == (False, True, "Điểm cầu Tỉnh đoàn")

    path = tmp_path / "lai.json"
    event_file.export_event_file(demo_db, plan.id[:8], path)
    assert json.loads(path.read_text(encoding="utf-8"))["invited"] == data["invited"]

    # A rule that matches nobody refuses the whole file: the hand invitation is not kept either.
    data["event"].pop("id")
    data["participants"].append({"scope": "TV-CN-05", "positions": ["Ủy viên BTV"]})
    before = _counts(demo_db)
    with pytest.raises(ValidationErrors, match="không có đoàn viên nào phù hợp"):
        import_event_file(demo_db, _file(tmp_path, data))
    assert _counts(demo_db) == before


def test_saving_a_plan_with_hand_invitations_checks_their_points(demo_db, tree, roster):
    plan = conference(tree)
    with pytest.raises(ValidationErrors) as err:
        events.save_event_plan(demo_db, plan, [(roster["dv1"], "not-a-point-of-this-plan")])
    assert err.value.field == "by_hand[0].bridge_point_id"
    assert events.list_events(demo_db) == []
    events.save_event_plan(demo_db, plan, [(roster["dv1"], None), (roster["bt_cs1"], plan.bridge_points[0].id)])
    by_name = {m.full_name: m for m in invitations.list_invited(demo_db, plan.id)}
    cuong = by_name["Lê Văn Cường"]
    assert cuong.bridge_point_name == "Điểm cầu xã Mỹ Long Nam" and not cuong.by_rule
    assert by_name["Nguyễn Văn An"].by_rule  # already invited by a rule: left as it is


def test_an_event_deleted_here_is_not_brought_back_by_its_file(demo_db, exported, tmp_path):
    plan, data = exported
    events.delete_event(demo_db, plan.id)
    with pytest.raises(ValidationErrors, match=r"«event.id» \(hội nghị, mã\): hội nghị có mã này đã bị xóa"):
        import_event_file(demo_db, _file(tmp_path, data))


def test_places_are_named_as_officers_count():
    assert path_words(("sessions", 2, "end")) == "buổi 3, giờ kết thúc"
    assert path_words(("bridge_points", 0, "contact", "phone")) == "điểm cầu 1, người liên hệ, số điện thoại"
    assert path_words(("participants", 1, "positions", 0)) == "thành phần 2, chức vụ, mục 1"
    assert path_words(("sessions",)) == "các buổi"


def test_the_example_file_is_the_source_documents_conference_in_one_command(db):
    """Two days, morning and afternoon sessions, five topics, points at three levels, a
    technical check at 14:00 two days before, 100% of members to be tested."""
    fill_demo(db, 30, today=date(2026, 12, 3))  # the demo imports the example, a week on: as written
    summary = events.list_events(db)[0]
    plan = events.load_event_plan(db, summary.id)
    assert (plan.first_day, plan.last_day) == (date(2026, 12, 10), date(2026, 12, 11))
    assert [(s.part, s.start_time, s.end_time) for s in plan.sessions] == [
        ("morning", time(8, 0), time(11, 30)), ("afternoon", time(14, 0), time(17, 0))] * 2
    assert sum(len(s.topics) for s in plan.sessions) == 5
    assert {p.level for p in plan.bridge_points} == {"province", "district", "grassroots"}
    assert {p.test_at for p in plan.bridge_points} == {datetime(2026, 12, 8, 14, 0)}
    assert plan.test_target_percent == 100
    assert "report_due" in {t.kind for t in plan.tasks} and len(plan.rules) == 2
    assert summary.invited_count == len(OFFICERS)
    example = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert example["event"]["title"] == plan.title and "id" not in example["event"]


def test_demo_seats_the_committees_and_plans_the_conference_a_week_ahead(db):
    today = date(2027, 5, 4)
    assert fill_demo(db, 40, today=today) == 40 and count_members(db) == 40
    tree = load_tree(db)
    plan = events.load_event_plan(db, events.list_events(db)[0].id)
    assert plan.first_day == today + timedelta(days=7)
    assert {p.test_at for p in plan.bridge_points} == {datetime(2027, 5, 9, 14, 0)}
    invited = invitations.list_invited(db, plan.id)
    units = {tree.by_id[u].code for u in {tree.by_code(code).id for code, _ in OFFICERS}}
    assert {m.unit_name for m in invited} == {u.name for u in tree.units if u.code in units}
    district = [m.position for m in invited if m.unit_name == "Huyện đoàn Cầu Ngang"]
    assert sorted(district) == sorted(["secretary", "deputy_secretary", "standing_member", "exec_member",
                                       "exec_member", "member"])
    by_hand = [m for m in invited if not m.by_rule]
    assert [(m.card_number, m.bridge_point_name) for m in by_hand] == [("0849000020", "Điểm cầu Huyện đoàn Cầu Ngang")]

    fill_demo(db, 10, today=today)  # more members later: no second conference
    assert len(events.list_events(db)) == 1 and count_members(db) == 50


def test_a_small_demo_has_no_room_for_the_committees(db):
    assert fill_demo(db, 12) == 12
    assert events.list_events(db) == []


def test_the_example_in_the_documentation_imports(db, tmp_path):
    doc = (Path(__file__).resolve().parents[2] / "docs" / "event-file.md").read_text(encoding="utf-8")
    example = doc.split("```json\n", 1)[1].split("```", 1)[0]
    fill_demo(db, 30)
    result = import_event_file(db, _file(tmp_path, json.loads(example)))
    assert result.created and (result.session_count, result.bridge_point_count) == (2, 2)
    assert result.event_id == "3f0c2a7e-5b1d-4c8e-9a61-2d7f4b9e0c13"
