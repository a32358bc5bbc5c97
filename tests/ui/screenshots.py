"""Render the main screens offscreen and save them as PNGs, to look at them.

Not a test (pytest does not collect it). Run:

    cd /work/main && QT_QPA_PLATFORM=offscreen uv run python tests/ui/screenshots.py [OUTPUT_FOLDER]

It builds a demo database (the core's demo unit tree and 30 members with Vietnamese
names) in a temporary folder and saves, into /tmp/shots by default: the roster, an
empty unit, the member dialog showing a validation error, the import preview of
shared/samples/roster_messy.xlsx, the export dialog, the units screen, the unit list
import and the first-run set-up.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop.core import members, units  # noqa: E402
from desktop.core.demo import fill_demo  # noqa: E402
from desktop.core.errors import InputFileError  # noqa: E402
from desktop.core.members import MemberQuery  # noqa: E402
from desktop.db.engine import Database  # noqa: E402
from desktop.ui import errors  # noqa: E402
from desktop.ui.app import create_application  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.roster.export_dialog import ExportDialog  # noqa: E402
from desktop.ui.roster.import_wizard import RosterImportWizard  # noqa: E402
from desktop.ui.roster.member_dialog import MemberDialog  # noqa: E402
from desktop.ui.setup.setup_dialog import SetupDialog  # noqa: E402
from desktop.ui.units.import_dialog import UnitImportDialog  # noqa: E402
from desktop.ui.units.tree_model import find_unit  # noqa: E402
from desktop.ui.worker import DatabaseWorker  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"


def settle(worker: DatabaseWorker, seconds: float = 0.3) -> None:
    """Let queued jobs finish and the widgets repaint."""
    deadline = time.monotonic() + 20
    while not worker.idle and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, folder: Path, name: str) -> None:
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def save_modal(folder: Path, name: str, show_it) -> None:
    """Call ``show_it`` (which opens a modal box), save the box once it is up, then close it."""
    def grab_and_close() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(50, grab_and_close)
            return
        save(box, folder, name)
        box.close()

    QTimer.singleShot(300, grab_and_close)
    show_it()


def type_into(widget, text: str) -> None:
    widget.setText(text)
    widget.editingFinished.emit()


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    create_application()
    scratch = Path(tempfile.mkdtemp(prefix="doandesk-shots-"))
    db = Database(scratch / "demo.sqlite3")
    fill_demo(db, 30)  # the core's demo tree and 30 members with Vietnamese names
    worker = DatabaseWorker()

    window = MainWindow(db, worker, demo=True)
    window.resize(1366, 768)
    window.show()
    settle(worker)
    save(window, folder, "01_roster")

    roster = window.roster
    roster.search_edit.setText("huong")
    roster.refresh()
    settle(worker)
    save(window, folder, "02_roster_search")
    roster.search_edit.clear()
    grassroots = next(u for u in roster.tree.units if u.level == "grassroots")
    empty_branch = units.create_unit(db, grassroots.code + "-99", "Chi đoàn ấp Mới Lập", "branch", grassroots.id)
    roster.reload_units()
    roster.unit_view.setCurrentIndex(find_unit(roster.unit_view.model(), empty_branch.id))
    settle(worker)
    save(window, folder, "03_roster_empty_unit")

    tree = units.load_tree(db)
    branch = next(u for u in tree.units if u.level == "branch")
    dialog = MemberDialog(db, worker, tree, default_branch_id=branch.id, parent=window)
    dialog.show()
    type_into(dialog.name_edit, "nguyễn thị thu hường")
    type_into(dialog.birth_edit, "31/02/2004")
    dialog.phone_edit.setText("091234")
    dialog.save()
    settle(worker)
    save(dialog, folder, "04_member_dialog_errors")
    dialog.close()

    record = members.list_members(db, MemberQuery())[0]
    dialog = MemberDialog(db, worker, tree, record=record, parent=window)
    dialog.show()
    dialog.birth_edit.setText("1975")
    dialog.save()
    settle(worker)
    save(dialog, folder, "05_member_dialog_age_warning")
    dialog.close()

    export = ExportDialog(db, worker, MemberQuery(unit_id=tree.home_id), count=30, scope_name=tree.home().name,
                          parent=window)
    export.show()
    export.set_path(Path.home() / "Danh sách đoàn viên.xlsx")
    settle(worker)
    save(export, folder, "06_export_dialog")
    export.close()

    save_modal(folder, "06b_error_message", lambda: errors.show_error(
        window, InputFileError("Không tìm thấy bảng danh sách đoàn viên trong tệp ds.xlsx.")))
    save_modal(folder, "06c_unexpected_error", lambda: errors.show_error(window, KeyError("branch_id")))
    roster.unit_view.setCurrentIndex(find_unit(roster.unit_view.model(), tree.home_id))
    settle(worker)
    roster.table.selectRow(0)
    save_modal(folder, "06d_confirm_delete", lambda: roster.delete_selected())
    settle(worker)

    window.show_screen("units")
    settle(worker)
    save(window, folder, "07_units_screen")
    window.show_screen("roster")

    messy = SAMPLES / "roster_messy.xlsx"
    if messy.is_file():
        wizard = RosterImportWizard(db, worker, tree, path=messy, parent=window)
        wizard.show()
        settle(worker)
        save(wizard, folder, "08_import_choose_file")
        wizard.next()
        settle(worker)
        save(wizard, folder, "09_import_preview")
        wizard.preview_page.tabs.setCurrentIndex(1)
        settle(worker)
        save(wizard, folder, "10_import_problems")
        wizard.preview_page.tabs.setCurrentIndex(2)
        settle(worker)
        save(wizard, folder, "11_import_columns")
        wizard.close()
    else:
        print(f"(bỏ qua ảnh nhập danh sách: không có {messy})")

    fresh = Database(scratch / "fresh.sqlite3")
    setup = SetupDialog(fresh, worker)
    setup.show()
    settle(worker)
    save(setup, folder, "12_first_run_setup")
    type_into(setup.code_edit, "TV MLB")
    setup._save()
    settle(worker)
    save(setup, folder, "13_first_run_setup_error")
    setup.close()

    unit_list = SAMPLES / "units_cau_ngang.xlsx"
    if unit_list.is_file():
        unit_import = UnitImportDialog(fresh, worker, choose_home=True, path=unit_list)
        unit_import.show()
        settle(worker)
        save(unit_import, folder, "14_unit_import_preview")
        unit_import.import_button.click()
        settle(worker)
        save(unit_import, folder, "15_unit_import_pick_home")
        unit_import.close()

    window.close()
    worker.shutdown()
    db.dispose()
    fresh.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/shots"))
