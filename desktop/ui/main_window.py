"""The main window: navigation on the left, one screen at a time, status bar, menus.

The navigation lists only the screens that exist; each entry is declared once in
:data:`SCREENS` with its title and how to build it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

import desktop
from desktop.core import members, units
from desktop.db.engine import Database
from desktop.ui import dialogs
from desktop.ui.roster.roster_page import RosterPage, count_text
from desktop.ui.units.units_page import UnitsPage
from desktop.ui.worker import DatabaseWorker


@dataclass(frozen=True)
class Screen:
    key: str
    title: str
    build: Callable[[Database, DatabaseWorker], QWidget]


SCREENS: list[Screen] = [
    Screen("roster", "Đoàn viên", lambda db, worker: RosterPage(db, worker)),
    Screen("units", "Đơn vị", lambda db, worker: UnitsPage(db, worker)),
]


def about_text() -> str:
    return (
        f"<h3>DoanDesk {desktop.__version__}</h3>"
        "<p>Quản lý đoàn viên, đơn vị, hội nghị và báo cáo cho cơ quan Đoàn TNCS Hồ Chí Minh; "
        "chạy trên máy, không cần mạng.</p>"
        "<p>Phông chữ Liberation Sans và Liberation Serif đi kèm chương trình được phát hành theo "
        "giấy phép SIL Open Font License 1.1 (OFL); toàn văn giấy phép nằm trong thư mục "
        "<i>resources/fonts</i>.</p>"
        "<p>Giao diện dùng Qt for Python (PySide6), giấy phép LGPL v3.</p>"
    )


class MainWindow(QMainWindow):
    def __init__(self, db: Database, worker: DatabaseWorker, *, demo: bool = False):
        super().__init__()
        self._db = db
        self._worker = worker
        self._demo = demo
        self.resize(1280, 780)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(130)
        self.navigation.setStyleSheet(
            "QListWidget { font-size: 11pt; outline: none; }"  # no dotted focus box inside the item
            " QListWidget::item { padding: 8px 10px; }")
        self.stack = QStackedWidget()
        self.screens: dict[str, QWidget] = {}
        for screen in SCREENS:
            widget = screen.build(db, worker)
            self.screens[screen.key] = widget
            self.stack.addWidget(widget)
            item = QListWidgetItem(screen.title)
            item.setData(Qt.ItemDataRole.UserRole, screen.key)
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.navigation.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel(f"Cơ sở dữ liệu: {db.path}")
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.member_count_label = QLabel()
        self.member_count_label.setObjectName("member_count")
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.member_count_label)

        self._build_menus()
        self.roster.members_changed.connect(self.update_member_count)
        self.units_page.units_changed.connect(self._units_changed)
        self.update_title()
        self.update_member_count()

    @property
    def roster(self) -> RosterPage:
        return self.screens["roster"]  # type: ignore[return-value]

    @property
    def units_page(self) -> UnitsPage:
        return self.screens["units"]  # type: ignore[return-value]

    def show_screen(self, key: str) -> None:
        self.navigation.setCurrentRow([screen.key for screen in SCREENS].index(key))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&Tệp")
        self._add_action(file_menu, "Nhập danh sách đoàn viên…", self._import_roster)
        self._add_action(file_menu, "Xuất danh sách…", self._export_roster)
        file_menu.addSeparator()
        self._add_action(file_menu, "Nhập danh sách đơn vị…", self._import_units)
        file_menu.addSeparator()
        self._add_action(file_menu, "Thoát", self.close, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        help_menu = self.menuBar().addMenu("Trợ &giúp")
        self._add_action(help_menu, "Giới thiệu DoanDesk", self.show_about)

    def _add_action(self, menu, text: str, slot, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # ------------------------------------------------------------------ actions

    def _import_roster(self) -> None:
        self.show_screen("roster")
        self.roster.import_roster()

    def _export_roster(self) -> None:
        self.show_screen("roster")
        self.roster.export_roster()

    def _import_units(self) -> None:
        self.show_screen("units")
        self.units_page.import_units()

    def show_about(self) -> None:
        dialogs.inform(self, "Giới thiệu DoanDesk", about_text())

    # ------------------------------------------------------------------ state

    def _units_changed(self) -> None:
        self.roster.reload_units()
        self.update_title()

    def update_title(self) -> None:
        home = units.home_unit(self._db)
        title = f"DoanDesk – {home.name}" if home else "DoanDesk"
        if self._demo:
            title += " (dữ liệu mẫu)"
        self.setWindowTitle(title)

    def update_member_count(self) -> None:
        self.member_count_label.setText("Tổng số: " + count_text(members.count_members(self._db)))
