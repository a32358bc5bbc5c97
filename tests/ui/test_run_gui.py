"""Starting the program: first-run set-up when there is no home unit, else the main window."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.core.demo import build_demo_units
from desktop.db.engine import Database
from desktop.ui.app import run_gui
from desktop.ui.main_window import MainWindow
from desktop.ui.setup.setup_dialog import SetupDialog


def _close_when_shown(kind, seen: list, ready=lambda window: True) -> None:
    def check():
        window = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, kind) and w.isVisible() and ready(w)), None)
        if window is None:
            QTimer.singleShot(20, check)
            return
        seen.append(window.windowTitle())
        window.close()
    QTimer.singleShot(20, check)


def test_first_run_shows_set_up_and_closing_it_quits(app, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    seen: list[str] = []
    _close_when_shown(SetupDialog, seen)
    assert run_gui(tmp_path / "new.sqlite3") == 0
    assert seen == ["DoanDesk – Thiết lập ban đầu"]


def test_with_a_home_unit_the_main_window_opens(app, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = tmp_path / "demo.sqlite3"
    database = Database(path)
    build_demo_units(database)
    database.dispose()
    seen: list[str] = []
    _close_when_shown(MainWindow, seen, ready=lambda window: window.attached)
    assert run_gui(path, demo=True) == 0
    assert seen == ["DoanDesk – Huyện đoàn Cầu Ngang (dữ liệu mẫu)"]
