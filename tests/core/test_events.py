"""Event plans: checking, saving only what changed, invitation rules, copying as a template."""

from datetime import date, datetime, time

import pytest

from desktop.core import events, invitations, members
from desktop.core.errors import ValidationErrors
from desktop.core.events import (
    BridgePointPlan, EventPlan, MaterialPlan, RulePlan, SessionPlan, TaskPlan, TopicPlan,
)
from desktop.core.members import MemberInput
from desktop.core.units import load_tree


@pytest.fixture
def tree(demo_db):
    return load_tree(demo_db)


def _member(db, tree, name, unit_code, position="member", born=date(2000, 1, 1), **kw):
    return members.create_member(db, MemberInput.from_full_name(
        name, branch_id=tree.by_code(unit_code).id, position=position, date_of_birth=born, **kw))


@pytest.fixture
def roster(demo_db, tree):
    """District committee members on the district's roster, grassroots secretaries on
    their union's, ordinary members in branches."""
    return {
        "bt_huyen": _member(demo_db, tree, "Thạch Thị Sa Ri", "TV-CN", "secretary"),
        "btv_huyen": _member(demo_db, tree, "Kim Văn Tùng", "TV-CN", "standing_member"),
        "bch_huyen": _member(demo_db, tree, "Lâm Thị Diễm", "TV-CN", "exec_member"),
        "bt_cs1": _member(demo_db, tree, "Nguyễn Văn An", "TV-CN-01", "secretary"),
        "pbt_cs2": _member(demo_db, tree, "Trần Thị Bích", "TV-CN-02", "deputy_secretary"),
        "dv1": _member(demo_db, tree, "Lê Văn Cường", "TV-CN-01-01"),
        "dv2": _member(demo_db, tree, "Phạm Thị Dung", "TV-CN-01-01"),
        "bt_chidoan": _member(demo_db, tree, "Đỗ Văn Em", "TV-CN-02-01", "secretary"),
    }


def conference(tree) -> EventPlan:
    """The first source document's conference: two days, four sessions, five topics,
    three levels of bridge points, a technical check two days before."""
    day1, day2 = date(2026, 12, 10), date(2026, 12, 11)
    sessions = [
        SessionPlan(day1, "morning", topics=[TopicPlan("Chuyên đề 1: Những nội dung cơ bản của Nghị quyết", "Đ/c Bí thư Tỉnh đoàn"),
                                             TopicPlan("Chuyên đề 2: Công tác xây dựng Đảng", "Báo cáo viên Tỉnh ủy")]),
        SessionPlan(day1, "afternoon", topics=[TopicPlan("Chuyên đề 3: Phát triển kinh tế - xã hội")]),
        SessionPlan(day2, "morning", topics=[TopicPlan("Chuyên đề 4: Quốc phòng, an ninh")]),
        SessionPlan(day2, "afternoon", topics=[TopicPlan("Chuyên đề 5: Trách nhiệm của tuổi trẻ")]),
    ]
    province_point = BridgePointPlan("Điểm cầu Tỉnh đoàn", "province", tree.by_code("TV").id, platform="Webex",
                                     link="https://tinhdoan.webex.com/meet/hoinghi", contact_name="Nguyễn Minh Tâm",
                                     contact_phone="0912345678", test_at=datetime(2026, 12, 8, 14, 0))
    district_point = BridgePointPlan("Điểm cầu Huyện đoàn Cầu Ngang", "district", tree.by_code("TV-CN").id,
                                     address="Hội trường Huyện ủy", platform="VNPT", capacity=80,
                                     test_at=datetime(2026, 12, 8, 14, 0))
    grassroots_point = BridgePointPlan("Điểm cầu xã Mỹ Long Nam", "grassroots", tree.by_code("TV-CN-01").id,
                                       session_ids=[sessions[0].id, sessions[1].id])
    return EventPlan(
        title="Hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh",
        kind="study_conference", organiser_unit_id=tree.by_code("TV-CN").id,
        directive_code="305-CV/TWĐTN-BTG", directive_date=date(2026, 11, 2),
        directive_issuer="Ban Bí thư Trung ương Đoàn", test_target_percent=100,
        sessions=sessions, bridge_points=[province_point, district_point, grassroots_point],
        rules=[
            RulePlan(tree.by_code("TV-CN").id, ["district"], ["secretary", "deputy_secretary", "standing_member", "exec_member"]),
            RulePlan(tree.by_code("TV-CN").id, ["grassroots"], ["secretary", "deputy_secretary"]),
        ],
        materials=[MaterialPlan("Tài liệu hỏi - đáp Nghị quyết", url="https://tinhdoan.vn/tai-lieu/nghi-quyet.pdf")],
        tasks=[TaskPlan("report_due", datetime(2026, 12, 20, 17, 0), unit_id=tree.by_code("TV-CN").id)],
    )


def test_conference_saves_and_loads_back_whole(demo_db, tree, roster):
    plan = conference(tree)
    event_id = events.save_event_plan(demo_db, plan)
    loaded = events.load_event_plan(demo_db, event_id)
    assert loaded.title == plan.title and loaded.directive_code == "305-CV/TWĐTN-BTG"
    assert [s.label for s in loaded.sessions] == ["Sáng 10/12/2026", "Chiều 10/12/2026", "Sáng 11/12/2026",
                                                  "Chiều 11/12/2026"]
    assert loaded.sessions[0].start_time == time(8, 0) and loaded.sessions[1].end_time == time(17, 0)
    assert sum(len(s.topics) for s in loaded.sessions) == 5
    assert loaded.sessions[0].topics[1].speaker == "Báo cáo viên Tỉnh ủy"
    assert [p.level for p in loaded.bridge_points] == ["province", "district", "grassroots"]
    assert loaded.bridge_points[2].session_ids == sorted([plan.sessions[0].id, plan.sessions[1].id])
    assert loaded.rules[1].label == "Bí thư, Phó Bí thư — cấp Đoàn cơ sở thuộc Huyện đoàn Cầu Ngang"
    summary = events.list_events(demo_db)[0]
    assert (summary.session_count, summary.bridge_point_count, summary.invited_count) == (4, 3, 5)
    assert summary.dates_label == "10/12/2026 – 11/12/2026"


def test_saving_again_writes_only_what_changed(demo_db, tree, roster):
    plan = conference(tree)
    events.save_event_plan(demo_db, plan)
    with demo_db.engine.connect() as conn:
        before = conn.exec_driver_sql("SELECT change_seq FROM installation").scalar()
    events.save_event_plan(demo_db, events.load_event_plan(demo_db, plan.id))
    with demo_db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT change_seq FROM installation").scalar() == before
    plan.sessions[3].topics.pop()
    plan.bridge_points[1].capacity = 100
    events.save_event_plan(demo_db, plan)
    with demo_db.engine.connect() as conn:
        revisions = dict(conn.exec_driver_sql("SELECT name, revision FROM bridge_points").all())
        dead_topics = conn.exec_driver_sql("SELECT count(*) FROM session_topics WHERE deleted_at IS NOT NULL").scalar()
    assert revisions["Điểm cầu Huyện đoàn Cầu Ngang"] == 2 and revisions["Điểm cầu Tỉnh đoàn"] == 1
    assert dead_topics == 1


def test_every_problem_is_named_and_nothing_is_saved(demo_db, tree, roster):
    plan = conference(tree)
    plan.sessions[1].start_time, plan.sessions[1].end_time = time(17, 0), time(14, 0)
    plan.bridge_points[1].host_unit_id = None
    plan.materials[0].url = "tinhdoan.vn/tai-lieu"
    with pytest.raises(ValidationErrors) as err:
        events.save_event_plan(demo_db, plan)
    fields = [e.field for e in err.value.errors]
    assert fields == ["sessions[1].end_time", "bridge_points[1].host_unit_id", "materials[0].url"]
    assert "giờ kết thúc 14:00 không sau giờ bắt đầu 17:00" in str(err.value)
    assert "Điểm cầu 2 «Điểm cầu Huyện đoàn Cầu Ngang»: thiếu đơn vị chủ trì" in str(err.value)
    assert events.list_events(demo_db) == []


def test_a_rule_matching_nobody_is_refused_and_nothing_is_saved(demo_db, tree, roster):
    plan = conference(tree)
    plan.rules.append(RulePlan(tree.by_code("TV-CN-03").id, [], ["secretary"]))
    with pytest.raises(ValidationErrors) as err:
        events.save_event_plan(demo_db, plan)
    assert err.value.field == "rules[2]" and "không có đoàn viên nào phù hợp" in str(err.value)
    assert events.list_events(demo_db) == []
    with demo_db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM invitations").scalar() == 0


def test_rules_invite_by_position_and_level_and_seat_at_the_nearest_point(demo_db, tree, roster):
    plan = conference(tree)
    events.save_event_plan(demo_db, plan)
    invited = {m.full_name: m for m in invitations.list_invited(demo_db, plan.id)}
    assert sorted(invited) == sorted(["Thạch Thị Sa Ri", "Kim Văn Tùng", "Lâm Thị Diễm", "Nguyễn Văn An",
                                      "Trần Thị Bích"])
    assert invited["Nguyễn Văn An"].bridge_point_name == "Điểm cầu xã Mỹ Long Nam"  # his union hosts a point
    assert invited["Trần Thị Bích"].bridge_point_name == "Điểm cầu Huyện đoàn Cầu Ngang"  # nearest above
    assert invited["Kim Văn Tùng"].bridge_point_name == "Điểm cầu Huyện đoàn Cầu Ngang"
    # Vietnamese order: An, Bích, Diễm, Ri, Tùng
    assert [m.full_name.split()[-1] for m in invitations.list_invited(demo_db, plan.id)] == \
        ["An", "Bích", "Diễm", "Ri", "Tùng"]


def test_expected_list_per_session_follows_the_sessions_a_point_joins(demo_db, tree, roster):
    plan = conference(tree)
    events.save_event_plan(demo_db, plan)
    grassroots = plan.bridge_points[2].id
    day1_morning, day2_morning = plan.sessions[0].id, plan.sessions[2].id
    assert [m.full_name for m in invitations.list_invited(demo_db, plan.id, grassroots, day1_morning)] == \
        ["Nguyễn Văn An"]
    assert invitations.list_invited(demo_db, plan.id, grassroots, day2_morning) == []
    assert len(invitations.list_invited(demo_db, plan.id, session_id=day2_morning)) == 4


def test_hand_decisions_survive_when_rules_are_applied_again(demo_db, tree, roster):
    plan = conference(tree)
    events.save_event_plan(demo_db, plan)
    province_point = plan.bridge_points[0].id
    assert invitations.invite_members(demo_db, plan.id, [roster["dv1"], roster["bt_cs1"]]) == 1
    by_name = {m.full_name: m for m in invitations.list_invited(demo_db, plan.id)}
    assert by_name["Lê Văn Cường"].bridge_point_name == "Điểm cầu xã Mỹ Long Nam" and not by_name["Lê Văn Cường"].by_rule
    invitations.set_bridge_point(demo_db, [by_name["Kim Văn Tùng"].invitation_id], province_point)
    invitations.set_excused(demo_db, [by_name["Lâm Thị Diễm"].invitation_id], "Đi công tác")

    plan.bridge_points[0].capacity = 30   # any save applies the rules again
    events.save_event_plan(demo_db, plan)
    by_name = {m.full_name: m for m in invitations.list_invited(demo_db, plan.id)}
    assert "Lê Văn Cường" in by_name
    assert by_name["Kim Văn Tùng"].bridge_point_name == "Điểm cầu Tỉnh đoàn" and by_name["Kim Văn Tùng"].point_fixed
    assert by_name["Lâm Thị Diễm"].excused and by_name["Lâm Thị Diễm"].excuse_reason == "Đi công tác"
    counts = {c.name: c for c in invitations.count_by_point(demo_db, plan.id)}
    assert counts["Điểm cầu Huyện đoàn Cầu Ngang"].invited == 3
    assert counts["Điểm cầu Huyện đoàn Cầu Ngang"].expected == 2

    plan.rules.pop(0)  # the district committee is no longer invited
    events.save_event_plan(demo_db, plan)
    names = {m.full_name for m in invitations.list_invited(demo_db, plan.id)}
    assert names == {"Nguyễn Văn An", "Trần Thị Bích", "Lê Văn Cường"}


def test_members_invited_by_a_rule_cannot_be_removed_one_by_one(demo_db, tree, roster):
    plan = conference(tree)
    events.save_event_plan(demo_db, plan)
    invitations.invite_members(demo_db, plan.id, [roster["dv2"]])
    by_name = {m.full_name: m for m in invitations.list_invited(demo_db, plan.id)}
    with pytest.raises(Exception, match="theo quy tắc thành phần"):
        invitations.remove_invitations(demo_db, [by_name["Nguyễn Văn An"].invitation_id])
    assert invitations.remove_invitations(demo_db, [by_name["Phạm Thị Dung"].invitation_id]) == 1
    assert "Phạm Thị Dung" not in {m.full_name for m in invitations.list_invited(demo_db, plan.id)}


def test_copy_as_template_moves_dates_and_starts_fresh(demo_db, tree, roster):
    plan = conference(tree)
    plan.bridge_points[0].test_passed = True
    events.save_event_plan(demo_db, plan)
    copy = events.copy_event_plan(events.load_event_plan(demo_db, plan.id), first_day=date(2027, 3, 1),
                                  title="Hội nghị học tập chuyên đề năm 2027")
    events.save_event_plan(demo_db, copy)
    loaded = events.load_event_plan(demo_db, copy.id)
    assert loaded.first_day == date(2027, 3, 1) and loaded.last_day == date(2027, 3, 2)
    assert loaded.bridge_points[0].test_at == datetime(2027, 2, 27, 14, 0) and loaded.bridge_points[0].test_passed is None
    assert loaded.bridge_points[2].session_ids == sorted([loaded.sessions[0].id, loaded.sessions[1].id])
    assert loaded.tasks[0].due_at == datetime(2027, 3, 11, 17, 0)
    assert len(events.list_events(demo_db)) == 2
    assert events.load_event_plan(demo_db, plan.id).first_day == date(2026, 12, 10)


def test_rotating_briefing_series_hands_the_flag_to_the_next_host(demo_db, tree):
    hosts = [tree.by_code(f"TV-CN-{g:02d}").id for g in (1, 2, 3)]
    plan = EventPlan("Giao ban luân phiên năm 2027", "briefing", tree.by_code("TV-CN").id, sessions=[
        SessionPlan(date(2027, m, 15), "morning", title=f"Giao ban tháng {m}", host_unit_id=h)
        for m, h in zip((3, 1, 2), hosts[::-1])])
    events.save_event_plan(demo_db, plan)
    series = events.load_event_plan(demo_db, plan.id).flag_handovers()
    assert [(m.title, tree.by_id[next_host].code if next_host else None) for m, next_host in series] == [
        ("Giao ban tháng 1", "TV-CN-01"), ("Giao ban tháng 2", "TV-CN-03"), ("Giao ban tháng 3", None)]


def test_deleting_an_event_leaves_tombstones(demo_db, tree, roster):
    plan = conference(tree)
    events.save_event_plan(demo_db, plan)
    events.delete_event(demo_db, events.find_event(demo_db, plan.id[:6]))
    assert events.list_events(demo_db) == []
    with demo_db.engine.connect() as conn:
        live = conn.exec_driver_sql("SELECT count(*) FROM invitations WHERE deleted_at IS NULL").scalar()
        dead = conn.exec_driver_sql("SELECT count(*) FROM bridge_points WHERE deleted_at IS NOT NULL").scalar()
    assert (live, dead) == (0, 3)


def test_deadlines_list_tasks_and_connection_tests_and_show_what_is_late(demo_db, tree, roster):
    from desktop.core import deadlines

    plan = conference(tree)
    events.save_event_plan(demo_db, plan)
    listed = deadlines.list_deadlines(demo_db)
    assert [(d.source, d.title) for d in listed] == [
        ("connection_test", "Kiểm tra kết nối: Điểm cầu Huyện đoàn Cầu Ngang"),
        ("connection_test", "Kiểm tra kết nối: Điểm cầu Tỉnh đoàn"),
        ("task", "Hạn nộp báo cáo"),
    ]
    now = datetime(2026, 12, 9, 8, 0)
    assert [d.state(now) for d in listed] == ["late", "late", "later"]
    assert listed[0].state_label(datetime(2026, 12, 10, 15, 0)) == "Quá hạn 2 ngày"
    assert listed[2].state(datetime(2026, 12, 18, 9, 0)) == "soon"
    deadlines.set_done(demo_db, listed[1])
    deadlines.set_done(demo_db, listed[2])
    open_ones = deadlines.list_deadlines(demo_db, include_done=False)
    assert [d.title for d in open_ones] == ["Kiểm tra kết nối: Điểm cầu Huyện đoàn Cầu Ngang"]
    assert events.load_event_plan(demo_db, plan.id).bridge_points[0].test_passed is True
    assert events.load_event_plan(demo_db, plan.id).tasks[0].done_at is not None
