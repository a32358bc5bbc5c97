"""The roster table model: a sound Qt model that reads only the pages it shows."""

from datetime import date

from PySide6.QtCore import Qt

from desktop.core import members
from desktop.core.demo import fill_demo
from desktop.core.members import MemberQuery, MemberRecord
from desktop.ui.roster.member_model import CACHED_PAGES, MEMBER_COLUMNS, PAGE_SIZE, MemberTableModel
from desktop.ui.roster.roster_page import RosterPage


def _record(handle: int) -> MemberRecord:
    return MemberRecord(
        id=f"id-{handle}", handle=handle, family_name="Nguyễn", middle_name="Thị", given_name=f"Hường{handle}",
        date_of_birth=date(2001, 3, 15), birth_year_only=False, gender="female", ethnicity="Kinh", religion="Không",
        citizen_id="084301012345", phone="0912345678", email="", admission_date=None, card_number=f"{handle:010d}",
        position="member", branch_id="b", branch_name="Chi đoàn ấp Cây Da", status="active", notes="")


class CountingFetch:
    def __init__(self):
        self.calls: list[list[int]] = []

    def __call__(self, handles: list[int]) -> dict[int, MemberRecord]:
        self.calls.append(list(handles))
        return {handle: _record(handle) for handle in handles}


def test_model_passes_the_qt_model_tester(qtmodeltester, db):
    fill_demo(db, 30)
    model = MemberTableModel(lambda handles: members.fetch_members(db, handles))
    model.set_handles(members.query_member_handles(db, MemberQuery()))
    assert model.rowCount() == 30
    qtmodeltester.check(model, force_py=True)


def test_columns_are_declared_once_with_vietnamese_headers():
    model = MemberTableModel(CountingFetch())
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers == ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số thẻ ĐV", "Chức vụ", "Chi đoàn", "SĐT",
                       "CCCD", "Tình trạng"]
    assert [c.header for c in MEMBER_COLUMNS] == headers


def test_rows_are_read_a_page_at_a_time_and_kept_in_a_small_cache():
    fetch = CountingFetch()
    model = MemberTableModel(fetch)
    model.set_handles(list(range(1, 100_001)))
    assert fetch.calls == []
    assert model.data(model.index(0, 0)) == "1"  # STT needs no read at all
    assert fetch.calls == []
    assert model.data(model.index(5, 1)) == "Nguyễn Thị Hường6"
    assert model.data(model.index(PAGE_SIZE - 1, 8)) == "********2345"  # CCCD shown masked
    assert len(fetch.calls) == 1 and len(fetch.calls[0]) == PAGE_SIZE
    model.data(model.index(99_999, 1))
    assert fetch.calls[-1][-1] == 100_000
    for page in range(CACHED_PAGES + 2):
        model.data(model.index(page * PAGE_SIZE + 300, 1))
    assert model.pages_fetched == len(fetch.calls)
    before = model.pages_fetched
    model.data(model.index(0, 1))  # page 0 was pushed out of the cache by then
    assert model.pages_fetched == before + 1


def test_a_large_roster_on_screen_fetches_only_the_pages_it_shows(db, worker, qtbot, wait_idle):
    fill_demo(db, 5000)
    page = RosterPage(db, worker)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    wait_idle()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5000)
    qtbot.wait(50)  # let the view paint
    assert page.count_label.text() == "5.000 đoàn viên"
    assert 1 <= page.model.pages_fetched <= 2
    page.table.scrollToBottom()
    qtbot.wait(50)
    assert page.model.pages_fetched <= 3
    last_row = page.table.rowAt(page.table.viewport().height() - 2)
    assert last_row > 4900
