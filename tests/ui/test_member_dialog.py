"""The member dialog: messages appear next to the field they are about."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.core import members, units
from desktop.core.members import MemberInput
from desktop.ui.roster.member_dialog import MemberDialog


@pytest.fixture
def branch_id(demo_db) -> str:
    return units.load_tree(demo_db).by_code("TV-CN-01-01").id


@pytest.fixture
def dialog(demo_db, worker, qtbot, branch_id) -> MemberDialog:
    member_dialog = MemberDialog(demo_db, worker, units.load_tree(demo_db), default_branch_id=branch_id)
    qtbot.addWidget(member_dialog)
    member_dialog.show()
    return member_dialog


def message_next_to(dialog: MemberDialog, field: str, widget) -> str:
    label = dialog.messages.label(field)
    assert label.parent() is widget.parent(), "the message must sit with its field"
    return label.text() if label.isVisible() else ""


def test_name_split_is_shown_live(dialog, type_text):
    type_text(dialog.name_edit, "nguyễn  thị   hường")
    assert dialog.name_split_label.text() == "Họ: Nguyễn   Đệm: Thị   Tên: Hường"


def test_a_bad_date_is_reported_next_to_the_date_field(dialog, demo_db, qtbot, wait_idle, type_text):
    type_text(dialog.name_edit, "Trần Văn Đồng")
    type_text(dialog.birth_edit, "31/02/2001")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle()
    message = message_next_to(dialog, "date_of_birth", dialog.birth_edit)
    assert message.startswith("Ngày sinh không hợp lệ")
    assert "31/02/2001" in message
    assert dialog.isVisible()
    assert members.count_members(demo_db) == 0


def test_a_date_is_rewritten_dd_mm_yyyy_and_a_bare_year_is_accepted(dialog, type_text):
    type_text(dialog.birth_edit, "5.3.2004")
    dialog.birth_edit.editingFinished.emit()
    assert dialog.birth_edit.text() == "05/03/2004"
    dialog.birth_edit.clear()
    type_text(dialog.birth_edit, "2003")
    assert dialog.birth_edit.value() == (date(2003, 1, 1), True)


def test_core_errors_appear_next_to_their_field(dialog, qtbot, wait_idle, type_text):
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert message_next_to(dialog, "full_name", dialog.name_edit) == "Thiếu họ và tên."
    type_text(dialog.name_edit, "Lê Văn Tám")
    type_text(dialog.phone_edit, "12345")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert message_next_to(dialog, "full_name", dialog.name_edit) == ""
    assert "Số điện thoại" in message_next_to(dialog, "phone", dialog.phone_edit)


def test_age_warning_is_shown_and_saving_needs_a_second_click(dialog, demo_db, qtbot, wait_idle, type_text):
    type_text(dialog.name_edit, "Lê Văn Tám")
    type_text(dialog.birth_edit, "1970")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "ngoài độ tuổi" in message_next_to(dialog, "date_of_birth", dialog.birth_edit)
    assert dialog.save_button.text() == "Vẫn lưu"
    assert members.count_members(demo_db) == 0
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert members.count_members(demo_db) == 1
    assert dialog.result() == dialog.DialogCode.Accepted


def test_a_duplicate_card_number_from_the_core_lands_next_to_the_card_field(dialog, demo_db, branch_id, qtbot,
                                                                           wait_idle, type_text):
    members.create_member(demo_db, MemberInput.from_full_name("Hồ Thị Lan", branch_id=branch_id,
                                                              card_number="0840000001"))
    type_text(dialog.name_edit, "Lê Văn Tám")
    dialog.card_edit.setText("0840000001")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert "Hồ Thị Lan" in message_next_to(dialog, "card_number", dialog.card_edit)
    assert dialog.isVisible()


def test_editing_fills_the_form_and_updates_the_member(demo_db, worker, qtbot, wait_idle, branch_id):
    member_id = members.create_member(demo_db, MemberInput.from_full_name(
        "Phạm Thị Ánh", branch_id=branch_id, date_of_birth=date(2002, 7, 9), gender="female", phone="0912345678"))
    record = members.get_member(demo_db, member_id)
    dialog = MemberDialog(demo_db, worker, units.load_tree(demo_db), record=record)
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "Phạm Thị Ánh"
    assert dialog.birth_edit.text() == "09/07/2002"
    assert dialog.gender_combo.currentText() == "Nữ"
    assert dialog.branch_combo.currentData() == branch_id
    dialog.position_combo.setCurrentIndex(dialog.position_combo.findData("secretary"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert members.get_member(demo_db, member_id).position == "secretary"


def test_typed_five_digits_are_not_taken_for_an_excel_serial_date(qtbot):
    import pytest

    from desktop.ui.forms import DateLineEdit

    field = DateLineEdit(allow_year_only=True)
    qtbot.addWidget(field)
    field.setText("12345")
    with pytest.raises(ValueError, match="dd/mm/yyyy"):
        field.value()
    field.setText("15032001")
    assert field.value()[0].isoformat() == "2001-03-15"
    field.setText("1999")
    assert field.value() == (field.value()[0], True)
