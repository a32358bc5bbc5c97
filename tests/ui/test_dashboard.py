"""The overview screen: late deadlines first and in red, marking done, opening the event."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.core import deadlines, events, units
from desktop.core.events import EventPlan, SessionPlan, TaskPlan
from desktop.ui.dashboard.dashboard_page import EMPTY_TEXT, DashboardPage
from desktop.ui.events.deadline_model import STATE_BACKGROUNDS
from desktop.ui.main_window import MainWindow

NOW = datetime(2026, 12, 9, 9, 0)


@pytest.fixture
def event_id(demo_db) -> str:
    tree = units.load_tree(demo_db)
    district = tree.by_code("TV-CN").id
    plan = EventPlan("Hội nghị học tập Nghị quyết", "study_conference", district,
                     sessions=[SessionPlan(date(2026, 12, 10), "morning")],
                     tasks=[TaskPlan("report_due", NOW + timedelta(days=10), unit_id=district),
                            TaskPlan("technical_check", NOW + timedelta(days=1)),
                            TaskPlan("questions_due", NOW - timedelta(days=2, hours=1), unit_id=district)])
    return events.save_event_plan(demo_db, plan)


@pytest.fixture
def page(demo_db, event_id, worker, qtbot, wait_idle) -> DashboardPage:
    dashboard = DashboardPage(demo_db, worker, clock=lambda: NOW)
    qtbot.addWidget(dashboard)
    dashboard.resize(1200, 600)
    dashboard.show()
    wait_idle()
    return dashboard


def states(page: DashboardPage) -> list[str]:
    state_column = next(i for i, c in enumerate(page.columns) if c.key == "state")
    return [page.model.index(row, state_column).data() for row in range(page.model.rowCount())]


def test_late_deadlines_come_first_in_red_then_soon_in_amber(page):
    assert states(page) == ["Quá hạn 2 ngày", "Sắp đến hạn", "Chưa đến hạn"]
    assert page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == STATE_BACKGROUNDS["late"]
    assert page.model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) == STATE_BACKGROUNDS["soon"]
    assert page.model.index(2, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert page.model.index(0, 2).data() == "Hạn gửi câu hỏi"
    assert "Quá hạn: <b>1</b>" in page.late_label.text()
    assert "Hội nghị: <b>1</b>" in page.events_label.text()


def test_marking_done_takes_a_deadline_off_and_the_last_one_leaves_the_empty_text(page, demo_db, wait_idle):
    page.table.selectRow(0)
    page.mark_done()
    wait_idle()
    assert states(page) == ["Sắp đến hạn", "Chưa đến hạn"]
    assert [d.done for d in deadlines.list_deadlines(demo_db)] == [True, False, False]
    assert page.selected() is None  # nothing highlighted over the most urgent row
    for _ in range(2):
        page.table.selectRow(0)
        page.mark_done()
        wait_idle()
    assert page.stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == EMPTY_TEXT


def test_double_click_opens_the_event_page_in_the_main_window(demo_db, event_id, worker, qtbot, wait_idle):
    window = MainWindow(demo_db, worker)
    qtbot.addWidget(window)
    window.show()
    wait_idle()
    dashboard = window.screens["dashboard"]
    assert window.stack.currentWidget() is dashboard
    dashboard.table.selectRow(0)
    dashboard.table.doubleClicked.emit(dashboard.model.index(0, 1))
    wait_idle()
    events_page = window.screens["events"]
    assert window.stack.currentWidget() is events_page
    assert events_page.stack.currentWidget() is events_page.editor
    assert events_page.editor.plan.id == event_id
