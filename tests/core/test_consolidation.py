"""At the province: packages from several districts make one database whose figures equal
each district's own, and the completeness board says who sent what and who is late."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from desktop.core import bundles, events, units
from desktop.core.completeness import completeness_board
from desktop.core.demo import build_demo_units, demo_members
from desktop.core.members import insert_member_rows
from desktop.core.paper_results import record_paper_results
from desktop.core.question_bank import import_bank_file
from desktop.core.quiz_summary import quiz_summary
from desktop.core.quizzes import QuizSettings, save_quiz
from desktop.core.signing import own_key, remember_key
from desktop.db.engine import Database


def _copy(source: Database, path, installation: str) -> Database:
    with sqlite3.connect(source.path) as reading, sqlite3.connect(path) as writing:
        reading.backup(writing)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE installation SET installation_id = ?", (installation,))
        conn.execute("DELETE FROM signing_keys")
    return Database(path)


def test_the_province_adds_up_its_districts_and_sees_who_is_missing(tmp_path, samples):
    province = Database(tmp_path / "tinh.sqlite3")
    build_demo_units(province)
    tree = units.load_tree(province)
    home = tree.by_code("TV")
    other = units.create_unit(province, "TV-TC", "Huyện đoàn Tiểu Cần", "district", home.id)
    units.set_home_unit(province, home.id)
    _preview, bank = import_bank_file(province, samples / "question_bank.xlsx")
    plan = events.EventPlan(
        title="Học tập Nghị quyết Đại hội Đảng bộ tỉnh", kind="study_conference", organiser_unit_id=home.id,
        tasks=[events.TaskPlan("report_due", datetime(2026, 12, 20, 17, 0))])
    event_id = events.save_event_plan(province, plan)
    save_quiz(province, event_id, QuizSettings(bank, question_count=10))

    districts = {}
    for index, (code, unit_id) in enumerate((("TV-CN", tree.by_code("TV-CN").id), ("TV-TC", other.id))):
        office = _copy(province, tmp_path / f"{code}.sqlite3", f"office-{code}")
        units.set_home_unit(office, unit_id)
        branches = [u.id for u in units.load_tree(office).units if u.parent_id == unit_id] or [unit_id]
        people = demo_members(branches, 40, first_card=(index + 1) * 100_000, seed=index)
        with office.session() as session:
            ids = insert_member_rows(office, session, people)
        record_paper_results(office, event_id, [(m, 5 + i % 6, 10) for i, m in enumerate(ids[:30])],
                             taken_on=date(2026, 11, 20))
        remember_key(province, own_key(office).public_key, owner_name=code, unit_code=code, trusted=True)
        districts[code] = office

    sent = bundles.export_bundle(districts["TV-CN"], tmp_path / "cn.ddb", event_ids=[event_id],
                                 include_reports=False)
    assert bundles.import_package(province, sent.path.read_bytes()).applied
    board = {row.unit_code: row for row in completeness_board(province, datetime(2026, 12, 22))}
    assert [c.state for c in board["TV-CN"].cells] == ["sent"] and board["TV-CN"].packages == 1
    assert [c.label for c in board["TV-TC"].cells] == ["Chưa gửi — quá hạn"]

    # The second district's full package (it carries the event's records too) arrives late.
    late = bundles.export_bundle(districts["TV-TC"], tmp_path / "tc.ddb", include_reports=False)
    report = bundles.import_package(province, late.path.read_bytes())
    assert report.counts["rejected"] == 0
    with province.engine.begin() as conn:  # as if it came after the deadline
        conn.exec_driver_sql("UPDATE bundle_log SET created_at = '2026-12-21 08:00:00' WHERE id = ?",
                             (late.bundle_id,))
    board = {row.unit_code: row for row in completeness_board(province, datetime(2026, 12, 22))}
    assert board["TV-TC"].cells[0].state == "late"

    at_province = {u.unit_name: u for u in quiz_summary(province, event_id).units}
    for code, office in districts.items():
        own = {u.unit_name: u for u in quiz_summary(office, event_id).units}
        name = units.load_tree(office).by_code(code).name
        mine, theirs = at_province[name], own[name]
        assert (mine.to_test, mine.tested, mine.passed, mine.attempts) == \
            (theirs.to_test, theirs.tested, theirs.passed, theirs.attempts)
        assert mine.tested == 30

    # The province's report has a row per district, the same figures as the summaries.
    from desktop.core.event_report import build_report

    report = build_report(province, event_id)
    names = {units.load_tree(province).by_code(code).name for code in districts}
    assert names <= {u.unit_name for u in report.quiz.units}
    assert {u.unit_name for u in report.attendance.units} <= names | {f"{home.name} (cơ quan)"}
