"""The roster screen: scope by unit, search as you type, sort, add, delete, empty state."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from desktop.core import members, units
from desktop.core.members import MemberInput
from desktop.ui.roster.member_dialog import MemberDialog
from desktop.ui.roster.roster_page import RosterPage
from desktop.ui.units.tree_model import find_unit

PEOPLE = [
    ("Nguyễn Thị Hường", "TV-CN-01-01"),
    ("Trần Văn Đồng", "TV-CN-01-02"),
    ("Lê Hoàng Nam", "TV-CN-02-01"),
    ("Phạm Thị Ánh", "TV-CN-02-01"),
    ("Võ Minh Đức", "TV-CN-03-01"),
]


@pytest.fixture
def people_db(demo_db):
    tree = units.load_tree(demo_db)
    for name, branch_code in PEOPLE:
        members.create_member(demo_db, MemberInput.from_full_name(name, branch_id=tree.by_code(branch_code).id))
    return demo_db


@pytest.fixture
def page(people_db, worker, qtbot, wait_idle) -> RosterPage:
    roster = RosterPage(people_db, worker)
    qtbot.addWidget(roster)
    roster.resize(1200, 700)
    roster.show()
    wait_idle()
    return roster


def names(page: RosterPage) -> list[str]:
    return [page.model.record_at(row).full_name for row in range(page.model.rowCount())]


def select_unit(page: RosterPage, code: str) -> None:
    unit = page.tree.by_code(code)
    page.unit_view.setCurrentIndex(find_unit(page.unit_view.model(), unit.id))


def test_starts_on_the_home_unit_with_everyone_under_it_in_vietnamese_name_order(page):
    assert page.scope_label.text() == "Huyện đoàn Cầu Ngang"
    assert page.count_label.text() == "5 đoàn viên"
    # By given name: Ánh, Đồng, Đức, Hường, Nam (a < đ < h < n; Đồng before Đức by vowel).
    assert names(page) == ["Phạm Thị Ánh", "Trần Văn Đồng", "Võ Minh Đức", "Nguyễn Thị Hường", "Lê Hoàng Nam"]


def test_selecting_a_unit_scopes_the_list_to_its_subtree(page, wait_idle):
    select_unit(page, "TV-CN-01")  # Đoàn xã Mỹ Long Bắc and its branches
    wait_idle()
    assert sorted(names(page)) == ["Nguyễn Thị Hường", "Trần Văn Đồng"]
    select_unit(page, "TV-CN-02-01")
    wait_idle()
    assert sorted(names(page)) == ["Lê Hoàng Nam", "Phạm Thị Ánh"]


def test_search_narrows_the_list_as_you_type_ignoring_tones(page, qtbot, wait_idle, type_text):
    type_text(page.search_edit, "hường")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    wait_idle()
    assert names(page) == ["Nguyễn Thị Hường"]
    assert page.count_label.text() == "1 đoàn viên"
    page.search_edit.clear()
    type_text(page.search_edit, "dong")  # no tones, đ typed as d
    qtbot.waitUntil(lambda: names(page) == ["Trần Văn Đồng"], timeout=3000)
    page.search_edit.clear()
    type_text(page.search_edit, "xyz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=3000)
    assert page.stack.currentWidget() is page.table  # no results is not the empty-unit state
    assert "xyz" in page.count_label.text()


def test_clicking_a_header_sorts_by_that_column_and_again_reverses(page, wait_idle):
    branch_column = next(i for i, c in enumerate(page.model.columns) if c.key == "branch")

    def branches() -> list[str]:
        return [page.model.record_at(row).branch_name.removeprefix("Chi đoàn ") for row in range(page.model.rowCount())]

    page.table.horizontalHeader().sectionClicked.emit(branch_column)
    wait_idle()
    assert (page.query.sort, page.query.descending) == ("branch", False)
    assert branches() == ["ấp Cây Da", "ấp Đồng Cò", "ấp Đồng Cò", "ấp Giồng Lớn", "khóm Minh Thuận"]
    page.table.horizontalHeader().sectionClicked.emit(branch_column)
    wait_idle()
    assert page.query.descending
    assert page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert branches() == ["khóm Minh Thuận", "ấp Giồng Lớn", "ấp Đồng Cò", "ấp Đồng Cò", "ấp Cây Da"]


def test_columns_without_a_sort_keep_the_current_order(page, wait_idle):
    citizen_id_column = next(i for i, c in enumerate(page.model.columns) if c.key == "citizen_id")
    page.table.horizontalHeader().sectionClicked.emit(citizen_id_column)
    wait_idle()
    assert page.query.sort == "name"
    assert page.table.horizontalHeader().sortIndicatorSection() == 1


def test_empty_unit_shows_a_friendly_message_with_add_and_import(page, wait_idle):
    select_unit(page, "TV-CN-07-02")
    wait_idle()
    assert page.stack.currentWidget() is page.empty_state
    assert "Chưa có đoàn viên nào" in page.empty_title.text()
    buttons = [b.text() for b in page.empty_state.findChildren(type(page.add_button))]
    assert buttons == ["Thêm đoàn viên…", "Nhập từ Excel…"]


def test_add_a_member_through_the_dialog_and_see_it_in_the_table(page, people_db, qtbot, wait_idle, type_text):
    select_unit(page, "TV-CN-01-01")
    wait_idle()

    def fill_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MemberDialog)
        type_text(dialog.name_edit, "đặng thị thu trang")
        assert dialog.name_split_label.text() == "Họ: Đặng   Đệm: Thị Thu   Tên: Trang"
        type_text(dialog.birth_edit, "05/10/2004")
        dialog.card_edit.setText("0840099999")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_dialog)
    page.add_member()  # modal: returns once the dialog saved and closed
    wait_idle()
    assert "Đặng Thị Thu Trang" in names(page)
    selected = page.selected_records()
    assert [r.full_name for r in selected] == ["Đặng Thị Thu Trang"]
    assert selected[0].date_of_birth_text == "05/10/2004"
    assert selected[0].branch_name == page.tree.by_code("TV-CN-01-01").name


def test_delete_asks_first_and_soft_deletes(page, people_db, wait_idle, message_boxes):
    row = names(page).index("Lê Hoàng Nam")
    page.table.selectRow(row)
    message_boxes.confirm_answer = False
    page.delete_selected()
    wait_idle()
    assert "Lê Hoàng Nam" in names(page)
    kind, _title, question = message_boxes.shown[-1]
    assert kind == "confirm" and "Lê Hoàng Nam" in question

    message_boxes.confirm_answer = True
    page.table.selectRow(names(page).index("Lê Hoàng Nam"))
    page.delete_selected()
    wait_idle()
    assert "Lê Hoàng Nam" not in names(page)
    assert page.count_label.text() == "4 đoàn viên"
    with people_db.engine.connect() as conn:
        tombstone = conn.execute(text("SELECT deleted_at FROM members WHERE given_name = 'Nam'")).scalar_one()
    assert tombstone is not None  # still there, marked deleted


def test_delete_several_at_once(page, wait_idle, message_boxes):
    page.table.selectAll()
    page.delete_selected()
    wait_idle()
    assert message_boxes.shown[-1][2] == "Xóa 5 đoàn viên đã chọn?"
    assert page.stack.currentWidget() is page.empty_state


def test_delete_key_deletes_in_the_table_but_edits_text_in_the_search_box(page, qtbot, wait_idle, message_boxes):
    page.window().activateWindow()
    page.search_edit.setFocus()
    page.search_edit.setText("abc")
    page.search_edit.setCursorPosition(0)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Delete)
    assert page.search_edit.text() == "bc"
    assert message_boxes.shown == []
    page.search_edit.clear()
    wait_idle()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    page.table.setFocus()
    page.table.selectRow(0)
    message_boxes.confirm_answer = False
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert message_boxes.kinds() == ["confirm"]
