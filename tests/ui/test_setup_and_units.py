"""First-run set-up and the units screen."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.core import units
from desktop.ui.setup.setup_dialog import SetupDialog
from desktop.ui.units.import_dialog import UnitImportDialog
from desktop.ui.units.tree_model import HOME_NOTE, find_unit
from desktop.ui.units.unit_dialog import UnitDialog
from desktop.ui.units.units_page import UnitsPage


def test_first_run_set_up_creates_the_home_unit_and_its_province(db, worker, qtbot, wait_idle, type_text):
    dialog = SetupDialog(db, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name_edit, "Đoàn xã Mỹ Long Bắc")
    type_text(dialog.code_edit, "TV-MLB")
    type_text(dialog.parent_name_edit, "Tỉnh đoàn Trà Vinh")
    type_text(dialog.parent_code_edit, "TV")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    wait_idle()
    assert dialog.result() == dialog.DialogCode.Accepted
    home = units.home_unit(db)
    assert (home.name, home.code, home.level) == ("Đoàn xã Mỹ Long Bắc", "TV-MLB", "commune")
    assert units.load_tree(db).by_id[home.parent_id].name == "Tỉnh đoàn Trà Vinh"


def test_set_up_shows_a_missing_name_next_to_the_name_field(db, worker, qtbot, wait_idle, type_text):
    dialog = SetupDialog(db, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.code_edit, "TV-MLB")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    wait_idle()
    label = dialog.messages.label("name")
    assert label.isVisible() and "Tên đơn vị" in label.text()
    assert label.parent() is dialog.name_edit.parent()
    assert units.home_unit(db) is None


def test_set_up_from_a_unit_list_previews_imports_then_picks_the_home_unit(db, worker, qtbot, wait_idle, samples):
    dialog = UnitImportDialog(db, worker, choose_home=True, path=samples / "units_cau_ngang.xlsx")
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle()
    assert "21" in dialog.summary_label.text() and "đơn vị mới" in dialog.summary_label.text()
    assert units.load_tree(db).units == []  # the preview wrote nothing
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert dialog.pages.currentIndex() == 1
    tree = units.load_tree(db)
    district = next(u for u in tree.units if u.level == "district")
    dialog.home_tree.setCurrentIndex(find_unit(dialog.home_tree.model(), district.id))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert units.home_unit(db).id == district.id


def test_units_screen_marks_the_home_unit_with_levels_in_vietnamese(demo_db, worker, qtbot):
    page = UnitsPage(demo_db, worker)
    qtbot.addWidget(page)
    model = page.view.model()
    home = find_unit(model, page.tree.home_id)
    assert home.data() == "Huyện đoàn Cầu Ngang"
    assert home.data(Qt.ItemDataRole.FontRole).bold()
    assert home.siblingAtColumn(2).data() == "Huyện đoàn"
    assert home.siblingAtColumn(3).data() == HOME_NOTE
    assert page.selected_unit_id() == page.tree.home_id
    assert not page.delete_button.isEnabled()  # the home unit cannot be deleted


def test_add_a_child_unit_then_rename_and_delete_it(demo_db, worker, qtbot, wait_idle, type_text, message_boxes):
    page = UnitsPage(demo_db, worker)
    qtbot.addWidget(page)
    page.show()
    changes = []
    page.units_changed.connect(lambda: changes.append(1))
    grassroots = page.tree.by_code("TV-CN-01")
    page.view.setCurrentIndex(find_unit(page.view.model(), grassroots.id))

    def fill(name: str, code: str | None):
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, UnitDialog)
        dialog.name_edit.clear()
        type_text(dialog.name_edit, name)
        if code is not None:
            type_text(dialog.code_edit, code)
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, lambda: fill("Chi đoàn ấp Rạch Cỏ", "TV-CN-01-09"))
    page.add_child()
    created = page.tree.by_code("TV-CN-01-09")
    assert (created.name, created.level, created.parent_id) == ("Chi đoàn ấp Rạch Cỏ", "branch", grassroots.id)
    assert page.selected_unit_id() == created.id

    QTimer.singleShot(0, lambda: fill("Chi đoàn ấp Rạch Cỏ Mới", None))
    page.edit_selected()
    assert page.tree.by_code("TV-CN-01-09").name == "Chi đoàn ấp Rạch Cỏ Mới"

    page.delete_selected()
    wait_idle()
    assert message_boxes.kinds() == ["confirm"]
    assert page.tree.by_code("TV-CN-01-09") is None
    assert len(changes) == 3


def test_unit_dialog_shows_a_duplicate_code_next_to_the_code_field(demo_db, worker, qtbot, wait_idle, type_text):
    tree = units.load_tree(demo_db)
    dialog = UnitDialog(demo_db, worker, parent_unit=tree.by_code("TV-CN-01"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.level_combo.itemText(i) for i in range(dialog.level_combo.count())] == ["Chi đoàn"]
    type_text(dialog.name_edit, "Chi đoàn trùng mã")
    type_text(dialog.code_edit, "TV-CN-01-01")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    wait_idle()
    label = dialog.messages.label("code")
    assert label.isVisible() and "đã có" in label.text()
    assert dialog.isVisible()
