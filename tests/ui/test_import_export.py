"""Importing a roster from Excel (preview, then apply) and exporting the list shown."""

from datetime import date

import pytest

pytest.importorskip("desktop.core.roster_import")
pytest.importorskip("desktop.core.roster_export")

from openpyxl import load_workbook  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QWizard  # noqa: E402

from desktop.core import members, units  # noqa: E402
from desktop.core.demo import fill_demo  # noqa: E402
from desktop.core.members import MemberQuery  # noqa: E402
from desktop.ui.roster.export_dialog import ExportDialog, suggested_file_name  # noqa: E402
from desktop.ui.roster.import_wizard import RosterImportWizard  # noqa: E402


@pytest.fixture
def cau_ngang_db(db, samples):
    """The Cầu Ngang unit list the sample rosters refer to, with its district as home."""
    units.import_units(db, samples / "units_cau_ngang.xlsx")
    tree = units.load_tree(db)
    units.set_home_unit(db, next(u for u in tree.units if u.level == "district").id)
    return db


def open_preview(db, worker, qtbot, wait_idle, path) -> RosterImportWizard:
    wizard = RosterImportWizard(db, worker, units.load_tree(db), path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    wait_idle()
    assert wizard.preview_page.plan is not None
    return wizard


def test_preview_shows_columns_counts_rows_and_problems(cau_ngang_db, worker, qtbot, wait_idle, samples):
    wizard = open_preview(cau_ngang_db, worker, qtbot, wait_idle, samples / "roster_messy.xlsx")
    page = wizard.preview_page
    plan = page.plan
    assert members.count_members(cau_ngang_db) == 0  # a preview writes nothing
    assert f"<b>{plan.counts['create']}</b> thêm mới" in page.counts_label.text()
    assert page.rows_model.rowCount() == len(plan.rows)
    assert page.mapping_model.rowCount() == sum(len(s.columns) for s in plan.sheets)
    assert page.problems_view.model().rowCount() == len(plan.problems)
    error_row = next(i for i, r in enumerate(plan.rows) if r.action == "error")
    assert page.rows_model.data(page.rows_model.index(error_row, 0), Qt.ItemDataRole.BackgroundRole) is not None
    page.row_filter.setCurrentIndex(page.row_filter.findData("error"))
    assert page.rows_model.rowCount() == plan.counts["error"]


def test_a_file_with_errors_imports_only_after_ticking_skip_invalid(cau_ngang_db, worker, qtbot, wait_idle,
                                                                    samples, message_boxes):
    wizard = open_preview(cau_ngang_db, worker, qtbot, wait_idle, samples / "roster_messy.xlsx")
    page = wizard.preview_page
    assert page.plan.errors
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    assert "lỗi" in finish.text()
    assert page.skip_invalid_check.isVisible()
    page.skip_invalid_check.setChecked(True)
    assert finish.isEnabled()
    assert finish.text() == f"Nhập {page.plan.counts['create'] + page.plan.counts['update']} đoàn viên"
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    wait_idle()
    assert wizard.result() == wizard.DialogCode.Accepted
    assert members.count_members(cau_ngang_db) == wizard.report.created
    assert message_boxes.kinds()[-1] == "inform"


def test_cancel_while_previewing_goes_back_without_writing(cau_ngang_db, worker, qtbot, wait_idle, samples):
    wizard = RosterImportWizard(cau_ngang_db, worker, units.load_tree(cau_ngang_db),
                                path=samples / "roster_standard.xlsx")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.back()  # cancels the running preview
    wait_idle()
    assert wizard.currentPage() is wizard.file_page
    assert wizard.preview_page.plan is None


def test_export_writes_the_list_shown_with_split_names(db, worker, qtbot, wait_idle, tmp_path, message_boxes):
    fill_demo(db, 12)
    home = units.home_unit(db)
    query = MemberQuery(unit_id=home.id)
    dialog = ExportDialog(db, worker, query, count=12, scope_name=home.name)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_path(tmp_path / "danh sach")
    dialog.split_check.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle()
    written = tmp_path / "danh sach.xlsx"
    assert written.is_file()
    assert dialog.written == 12
    assert message_boxes.kinds() == ["inform"]
    sheet = load_workbook(written).active
    cells = {cell.value for row in sheet.iter_rows(max_row=12) for cell in row}
    assert {"Họ đệm", "Tên"} <= cells


def test_suggested_export_name_is_safe_for_windows():
    name = suggested_file_name("Chi đoàn 12A1/12A2", date(2025, 10, 5))
    assert name == "Danh sách đoàn viên - Chi đoàn 12A1-12A2 - 05-10-2025.xlsx"


def test_going_back_and_forward_shows_the_newest_preview(cau_ngang_db, worker, qtbot, wait_idle, samples):
    wizard = RosterImportWizard(cau_ngang_db, worker, units.load_tree(cau_ngang_db),
                                path=samples / "roster_standard.xlsx")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.back()
    wizard.next()
    wait_idle()
    assert wizard.preview_page.plan is not None
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
