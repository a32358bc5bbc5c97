"""The overview's current conference and next two weeks: the cards show the core
summaries' figures and the units furthest behind, their links open the event, overdue
connection tests are red, and an office without events is told where to start."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.core import essays, events
from desktop.core.attendance_summary import attendance_summary, rate
from desktop.core.events import EventPlan, SessionPlan
from desktop.core.quiz_summary import quiz_summary
from desktop.ui.dashboard.dashboard_page import (
    NO_CURRENT_TEXT, NO_ESSAYS_TEXT, NO_EVENT_TEXT, NO_TEST_TEXT, NO_UPCOMING_TEXT, DashboardPage,
)
from desktop.ui.dashboard.overview_widgets import figure_text
from desktop.ui.events.deadline_model import STATE_BACKGROUNDS, STATE_COLOURS
from desktop.ui.main_window import MainWindow
from tests.core.test_attendance import _station, event  # noqa: F401 - fixtures
from tests.core.test_events import conference, roster, tree  # noqa: F401 - fixtures
from tests.core.test_overview import busy  # noqa: F401 - fixture

AFTER = datetime(2026, 12, 12, 10, 0)  # the day after the conference of tests.core.test_events


@pytest.fixture
def open_page(demo_db, worker, qtbot, wait_idle):
    def make(now: datetime) -> DashboardPage:
        page = DashboardPage(demo_db, worker, clock=lambda: now)
        qtbot.addWidget(page)
        page.resize(1240, 760)
        page.show()
        wait_idle()
        return page
    return make


def test_the_cards_show_the_figures_of_the_core_summaries(demo_db, busy, open_page):  # noqa: F811
    page = open_page(AFTER)
    assert page.current_stack.currentWidget() is page.cards
    assert busy["plan"].title in page.current_label.text() and "Đã kết thúc" in page.current_label.text()
    assert "10/12/2026 – 11/12/2026" in page.current_label.text()

    attended = attendance_summary(demo_db, busy["id"]).total
    tested = quiz_summary(demo_db, busy["id"]).total
    written = essays.essay_summary(demo_db, busy["id"]).total
    assert page.attendance_card.figure_label.text() == figure_text(attended.attended, attended.invited, attended.rate)
    assert page.test_card.figure_label.text() == figure_text(tested.tested, tested.to_test, tested.tested_rate)
    handed_in = written.required - written.missing  # essays of those asked to write
    assert page.essay_card.figure_label.text() == figure_text(handed_in, written.required,
                                                              rate(handed_in, written.required))
    assert [card.figure_label.text() for card in (page.attendance_card, page.test_card, page.essay_card)] == [
        "3/5 — 60%", "5/11 — 45,5%", "2/5 — 40%"]
    assert [card.bar.value() for card in (page.attendance_card, page.test_card, page.essay_card)] == [600, 455, 400]
    assert "Vắng có phép: <b>1</b>" in page.attendance_card.detail_label.text()
    assert "Đạt: <b>4</b> (36,4%)" in page.test_card.detail_label.text()
    assert "chỉ tiêu <b>100%</b>" in page.test_card.detail_label.text()
    assert "hạn 17:00 20/12/2026" in page.essay_card.detail_label.text()
    assert "Nộp muộn: <b>1</b> · chưa nộp: <b>3</b> · đã chấm: <b>1</b>/3" in page.essay_card.detail_label.text()


def test_the_units_furthest_behind_follow_new_check_ins(demo_db, tree, busy, open_page, wait_idle):  # noqa: F811
    page = open_page(AFTER)
    district, cs1, cs2, cs3, cs4 = (tree.by_code(code).name for code in
                                    ("TV-CN", "TV-CN-01", "TV-CN-02", "TV-CN-03", "TV-CN-04"))
    assert page.attendance_card.units_shown() == [(cs2, "0/1 · 0%"), (district, "2/3 · 66,7%")]
    assert page.test_card.units_shown() == [(cs3, "0/2 · 0% · đạt 0"), (cs4, "0/1 · 0% · đạt 0"),
                                            (cs1, "1/3 · 33,3% · đạt 0")]
    assert page.essay_card.units_shown() == [(cs2, "0/1 · 0%"), (district, "1/3 · 33,3%")]
    assert page.attendance_card.behind_caption.isVisible()

    station = _station(demo_db, busy, session_index=2)  # the second morning, at the district point
    assert station.scan(busy["codes"][busy["roster"]["pbt_cs2"]]).outcome == "checked_in"
    station.close_connection()
    page.refresh()
    wait_idle()
    assert page.attendance_card.figure_label.text() == "4/5 — 80%"
    assert page.attendance_card.units_shown() == [(district, "2/3 · 66,7%")]


def test_each_card_link_asks_to_open_the_current_event(busy, open_page, qtbot):  # noqa: F811
    page = open_page(AFTER)
    for card, tab in ((page.attendance_card, "attendance"), (page.test_card, "quiz"), (page.essay_card, "essays")):
        with qtbot.waitSignal(page.event_list_requested, timeout=2000) as opened:
            qtbot.mouseClick(card.link_button, Qt.MouseButton.LeftButton)
        assert opened.args == [busy["id"], tab]


def test_a_card_link_shows_the_event_in_the_events_screen(demo_db, tree, roster, worker, qtbot,  # noqa: F811
                                                           wait_idle):
    # The window reads the real clock: the conference is put three days from today.
    plan = events.copy_event_plan(conference(tree), first_day=date.today() + timedelta(days=3))
    event_id = events.save_event_plan(demo_db, plan)
    window = MainWindow(demo_db, worker)
    qtbot.addWidget(window)
    window.show()
    wait_idle()
    dashboard = window.screens["dashboard"]
    assert "Sắp diễn ra" in dashboard.current_label.text()
    assert dashboard.attendance_card.figure_label.text() == "0/5 — 0%"
    qtbot.mouseClick(dashboard.attendance_card.link_button, Qt.MouseButton.LeftButton)
    wait_idle()
    events_page = window.screens["events"]
    assert window.stack.currentWidget() is events_page
    assert events_page.stack.currentWidget() is events_page.editor
    assert events_page.editor.plan.id == event_id
    assert events_page.editor.tabs.currentWidget() is events_page.editor.attendance_tab  # the card's list


def test_a_conference_without_test_or_essays_says_so(event, open_page, qtbot):  # noqa: F811
    page = open_page(datetime(2026, 12, 9, 8, 0))
    assert "Sắp diễn ra" in page.current_label.text()
    assert page.attendance_card.figure_label.text() == "0/5 — 0%"
    assert page.attendance_card.note_label.text() == "Hội nghị chưa bắt đầu."
    assert page.attendance_card.units_shown() == []
    for card, text in ((page.test_card, NO_TEST_TEXT), (page.essay_card, NO_ESSAYS_TEXT)):
        assert card.note_label.isVisible() and card.note_label.text() == text
        assert not card.figure_label.isVisible() and not card.bar.isVisible()
        assert card.link_button.text() == "Mở hội nghị →"
        with qtbot.waitSignal(page.event_list_requested, timeout=2000) as opened:
            card.link_button.click()
        assert opened.args[0] == event["id"]  # on the tab where the test or the essays are set up


def test_upcoming_sessions_and_overdue_tests_in_red(event, open_page, qtbot):  # noqa: F811
    page = open_page(datetime(2026, 12, 9, 8, 0))
    model = page.upcoming_model
    rows = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
    assert rows == [["Quá hạn", "14:00 08/12/2026", "Kiểm tra kết nối: Điểm cầu Huyện đoàn Cầu Ngang"],
                    ["Quá hạn", "14:00 08/12/2026", "Kiểm tra kết nối: Điểm cầu Tỉnh đoàn"],
                    ["Ngày mai", "08:00–11:30 10/12/2026", "Buổi sáng"],
                    ["Ngày mai", "14:00–17:00 10/12/2026", "Buổi chiều"],
                    ["Còn 2 ngày", "08:00–11:30 11/12/2026", "Buổi sáng"],
                    ["Còn 2 ngày", "14:00–17:00 11/12/2026", "Buổi chiều"]]
    detail = [c for c, column in enumerate(model.columns) if column.key == "detail"][0]
    assert model.index(1, detail).data() == "Liên hệ: Nguyễn Minh Tâm · 0912345678"
    assert model.index(0, detail).data() == "Chưa có người liên hệ"
    assert model.index(2, detail).data() == "3 điểm cầu · 5 người được mời"
    assert model.index(4, detail).data() == "2 điểm cầu · 4 người được mời"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) == STATE_COLOURS["late"]
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) == STATE_BACKGROUNDS["late"]
    assert model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(2, 0).data(Qt.ItemDataRole.BackgroundRole) is None

    page.upcoming_table.selectRow(3)
    with qtbot.waitSignal(page.event_requested, timeout=2000) as opened:
        page.upcoming_table.doubleClicked.emit(model.index(3, 1))
    assert opened.args == [event["id"]]


def test_an_office_without_events_is_told_where_to_start(open_page):
    page = open_page(AFTER)
    assert page.current_stack.currentWidget() is page.current_empty
    assert page.current_empty.text() == NO_EVENT_TEXT
    assert page.upcoming_stack.currentWidget() is page.upcoming_empty
    assert page.upcoming_empty.text() == NO_UPCOMING_TEXT


def test_without_a_current_conference_the_cards_give_way_to_a_note(demo_db, tree, open_page):  # noqa: F811
    events.save_event_plan(demo_db, EventPlan("Giao ban quý IV", "briefing", tree.by_code("TV-CN").id,
                                              sessions=[SessionPlan(date(2026, 12, 15), "morning")]))
    page = open_page(AFTER)
    assert page.current_empty.text() == NO_CURRENT_TEXT
    assert page.current_stack.currentWidget() is page.current_empty
    assert page.upcoming_model.rowCount() == 1  # the briefing's meeting is still coming
