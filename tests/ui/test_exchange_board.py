"""The "Theo dõi đơn vị" tab at the province: a row per district, a column per event the
province organises, who sent on time, late or not at all (issue 8, consolidation)."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from desktop.core import bundles, events, units
from desktop.core.demo import build_demo_units
from desktop.core.signing import own_key, remember_key
from desktop.db.engine import Database
from desktop.ui.exchange.board_tab import NO_EVENTS, NO_UNITS, STATE_BACKGROUNDS, STATE_COLOURS, BoardTab
from desktop.ui.exchange.exchange_page import ExchangePage

TITLE = "Học tập Nghị quyết Đại hội Đảng bộ tỉnh"
AFTER_DEADLINE = datetime(2026, 12, 22)


def _copy(source: Database, path, installation: str) -> Database:
    with sqlite3.connect(source.path) as reading, sqlite3.connect(path) as writing:
        reading.backup(writing)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE installation SET installation_id = ?", (installation,))
        conn.execute("DELETE FROM signing_keys")
    return Database(path)


@pytest.fixture
def province(tmp_path):
    """The province (home: TV) with two districts and one event due 20/12/2026 17:00;
    Cầu Ngang's package for it came in on time, Tiểu Cần's not at all. The districts'
    own databases are in ``province.districts``; the event id in ``province.event_id``."""
    db = Database(tmp_path / "tinh.sqlite3")
    build_demo_units(db)
    tree = units.load_tree(db)
    home = tree.by_code("TV")
    other = units.create_unit(db, "TV-TC", "Huyện đoàn Tiểu Cần", "district", home.id)
    units.set_home_unit(db, home.id)
    plan = events.EventPlan(title=TITLE, kind="study_conference", organiser_unit_id=home.id,
                            tasks=[events.TaskPlan("report_due", datetime(2026, 12, 20, 17, 0))])
    event_id = events.save_event_plan(db, plan)
    districts = {}
    for code, unit_id in (("TV-CN", tree.by_code("TV-CN").id), ("TV-TC", other.id)):
        office = _copy(db, tmp_path / f"{code}.sqlite3", f"office-{code}")
        units.set_home_unit(office, unit_id)
        remember_key(db, own_key(office).public_key, owner_name=code, unit_code=code, trusted=True)
        districts[code] = office
    sent = bundles.export_bundle(districts["TV-CN"], tmp_path / "cn.ddb", event_ids=[event_id],
                                 include_reports=False)
    assert bundles.import_package(db, sent.path.read_bytes()).applied
    db.districts, db.event_id, db.folder = districts, event_id, tmp_path
    yield db
    for office in districts.values():
        office.dispose()
    db.dispose()


def make_tab(db, worker, qtbot, wait_idle, now=AFTER_DEADLINE) -> BoardTab:
    tab = BoardTab(db, worker, clock=lambda: now)
    qtbot.addWidget(tab)
    tab.resize(1100, 500)
    tab.show()
    wait_idle()
    return tab


def event_column(tab: BoardTab, event_id: str) -> int:
    return [c.key for c in tab.model.columns].index(f"event:{event_id}")


def test_the_province_sees_who_sent_and_who_is_overdue(province, worker, qtbot, wait_idle):
    tab = make_tab(province, worker, qtbot, wait_idle)
    assert tab.stack.currentWidget() is tab.table
    assert [r.unit_code for r in tab.rows] == ["TV-CN", "TV-TC"]
    model, column = tab.model, event_column(tab, province.event_id)
    assert model.headerData(column, Qt.Orientation.Horizontal) == TITLE
    cn, tc = tab.row_of("TV-CN"), tab.row_of("TV-TC")
    assert tab.cell_text("TV-CN", province.event_id) == "Đã gửi"
    assert tab.cell_text("TV-TC", province.event_id) == "Chưa gửi — quá hạn"
    assert model.index(tc, column).data(Qt.ItemDataRole.ForegroundRole) == STATE_COLOURS["missing"]
    assert model.index(tc, column).data(Qt.ItemDataRole.BackgroundRole) == STATE_BACKGROUNDS["missing"]
    assert "Hạn gửi báo cáo: 20/12/2026 17:00" in model.index(tc, column).data(Qt.ItemDataRole.ToolTipRole)
    assert "Gói lập lúc" in model.index(cn, column).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(cn, 0).data() == "Huyện đoàn Cầu Ngang (TV-CN)"
    assert (model.index(cn, 1).data(), model.index(tc, 1).data()) == ("1", "0")
    last = model.index(cn, 2).data()
    assert len(last) == 16 and last[2] == "/" and last[5] == "/" and last[13] == ":"  # dd/mm/yyyy HH:MM
    assert model.index(tc, 2).data() == "—"
    assert tab.totals_label.text() == f"1/2 đơn vị đã gửi cho «{TITLE}» (1 quá hạn chưa gửi)"


def test_before_the_deadline_a_missing_package_is_only_waiting(province, worker, qtbot, wait_idle):
    tab = make_tab(province, worker, qtbot, wait_idle, now=datetime(2026, 12, 1))
    assert tab.cell_text("TV-TC", province.event_id) == "Chưa gửi"
    column = event_column(tab, province.event_id)
    assert tab.model.index(tab.row_of("TV-TC"), column).data(Qt.ItemDataRole.ForegroundRole) is None
    assert tab.totals_label.text() == f"1/2 đơn vị đã gửi cho «{TITLE}»"


def test_the_page_shows_the_board_and_reads_it_again_after_an_import(province, worker, qtbot, wait_idle,
                                                                     monkeypatch):
    from desktop.core import delivery

    monkeypatch.setattr(delivery, "removable_drives", lambda: [])
    page = ExchangePage(province, worker)
    qtbot.addWidget(page)
    page.board_tab.clock = lambda: AFTER_DEADLINE
    page.resize(1236, 740)
    page.show()
    wait_idle()
    assert page.board_tab.rows is None  # not read while another tab is on show
    assert page.tabs.tabText(page.tabs.indexOf(page.board_tab)) == "Theo dõi đơn vị"
    page.tabs.setCurrentWidget(page.board_tab)
    wait_idle()
    assert page.board_tab.cell_text("TV-TC", province.event_id) == "Chưa gửi — quá hạn"

    # Tiểu Cần's whole package comes in after the deadline: the board says so once imported.
    late = bundles.export_bundle(province.districts["TV-TC"], province.folder / "tc.ddb", include_reports=False)
    assert bundles.import_package(province, late.path.read_bytes()).counts["rejected"] == 0
    with province.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE bundle_log SET created_at = '2026-12-21 08:00:00' WHERE id = ?",
                             (late.bundle_id,))
    page.receive_tab.imported.emit()
    wait_idle()
    board = page.board_tab
    assert board.cell_text("TV-TC", province.event_id) == "Gửi muộn"
    column = event_column(board, province.event_id)
    assert board.model.index(board.row_of("TV-TC"), column).data(Qt.ItemDataRole.ForegroundRole) \
        == STATE_COLOURS["late"]
    assert board.totals_label.text() == f"2/2 đơn vị đã gửi cho «{TITLE}» (1 gửi muộn)"


def test_empty_states(db, worker, qtbot, wait_idle):
    tab = make_tab(db, worker, qtbot, wait_idle)  # no units at all
    assert tab.stack.currentWidget() is tab.empty_state
    assert tab.empty_state.text().startswith(NO_UNITS) and tab.totals_label.text() == ""

    build_demo_units(db)  # home: the district, seven grassroots unions under it, no event yet
    tab.refresh()
    wait_idle()
    assert tab.stack.currentWidget() is tab.table
    assert tab.model.rowCount() == 7 and tab.model.columnCount() == 3
    assert tab.totals_label.text().startswith(NO_EVENTS)
