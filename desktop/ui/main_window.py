"""The main window: navigation on the left, one screen at a time, status bar, menus.

The navigation lists only the screens that exist; each entry is declared once in
:data:`SCREENS` with its title and how to build it.

The window is shown before the database is open: :func:`desktop.ui.app.run_gui` puts
it on screen first and then :meth:`MainWindow.attach` opens the screens. That is why
this module imports nothing of the core or the database layer at the top: loading
SQLAlchemy takes longer than Qt needs to paint the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

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
from desktop.i18n import N_, tr

if TYPE_CHECKING:
    from desktop.db.engine import Database
    from desktop.ui.roster.roster_page import RosterPage
    from desktop.ui.units.units_page import UnitsPage
    from desktop.ui.worker import DatabaseWorker


def _roster_page(db: "Database", worker: "DatabaseWorker") -> QWidget:
    from desktop.ui.roster.roster_page import RosterPage

    return RosterPage(db, worker)


def _units_page(db: "Database", worker: "DatabaseWorker") -> QWidget:
    from desktop.ui.units.units_page import UnitsPage

    return UnitsPage(db, worker)


def _dashboard_page(db: "Database", worker: "DatabaseWorker") -> QWidget:
    from desktop.ui.dashboard.dashboard_page import DashboardPage

    return DashboardPage(db, worker)


def _events_page(db: "Database", worker: "DatabaseWorker") -> QWidget:
    from desktop.ui.events.events_page import EventsPage

    return EventsPage(db, worker)


@dataclass(frozen=True)
class Screen:
    key: str
    title: str  # marked with N_, shown through tr()
    build: Callable[["Database", "DatabaseWorker"], QWidget]


def _exchange_page(db: "Database", worker: "DatabaseWorker") -> QWidget:
    from desktop.ui.exchange.exchange_page import ExchangePage

    return ExchangePage(db, worker)


SCREENS: list[Screen] = [
    Screen("dashboard", N_("Tổng quan", "screen"), _dashboard_page),
    Screen("events", N_("Hội nghị", "screen"), _events_page),
    Screen("roster", N_("Đoàn viên", "screen"), _roster_page),
    Screen("units", N_("Đơn vị", "screen"), _units_page),
    Screen("exchange", N_("Gửi / Nhận", "screen"), _exchange_page),
]


class MainWindow(QMainWindow):
    """Without a database it is an empty frame saying the data is being opened; with one
    (given here or later through :meth:`attach`) it holds the screens."""

    def __init__(self, db: "Database | None" = None, worker: "DatabaseWorker | None" = None, *,
                 demo: bool = False):
        super().__init__()
        self._db = db
        self._worker = worker
        self._demo = demo
        self.screens: dict[str, QWidget] = {}
        self.resize(1280, 780)
        self.setWindowTitle(desktop.APP_NAME)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(130)
        self.navigation.setStyleSheet(
            "QListWidget { font-size: 11pt; outline: none; }"  # no dotted focus box inside the item
            " QListWidget::item { padding: 8px 10px; }")
        for screen in SCREENS:
            item = QListWidgetItem(tr(screen.title, "screen"))
            item.setData(Qt.ItemDataRole.UserRole, screen.key)
            self.navigation.addItem(item)
        self.navigation.setEnabled(False)
        self.stack = QStackedWidget()
        self.opening_label = QLabel(tr("Đang mở dữ liệu…"))
        self.opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening_label)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel()
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.member_count_label = QLabel()
        self.member_count_label.setObjectName("member_count")
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.member_count_label)
        self._build_menus()
        if db is not None and worker is not None:
            self.attach(db, worker)

    def attach(self, db: "Database", worker: "DatabaseWorker") -> None:
        """Build the screens on the open database."""
        self._db, self._worker = db, worker
        for screen in SCREENS:
            widget = screen.build(db, worker)
            self.screens[screen.key] = widget
            self.stack.addWidget(widget)
        self.stack.removeWidget(self.opening_label)
        self.opening_label.deleteLater()
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.navigation.setEnabled(True)
        for action in self._data_actions:
            action.setEnabled(True)
        self.navigation.setCurrentRow(0)
        self.stack.setCurrentIndex(0)
        self.db_label.setText(tr("Cơ sở dữ liệu: {path}").format(path=db.path))
        self.roster.members_changed.connect(self.update_member_count)
        self.units_page.units_changed.connect(self._units_changed)
        self.screens["dashboard"].event_requested.connect(self.open_event)
        self.screens["dashboard"].event_list_requested.connect(self.open_event)
        # Records from another office may bring units and members: the counts follow.
        self.screens["exchange"].imported.connect(self._units_changed)
        self.screens["exchange"].imported.connect(self.update_member_count)
        self.update_title()
        self.update_member_count()

    @property
    def attached(self) -> bool:
        return bool(self.screens)

    @property
    def roster(self) -> "RosterPage":
        return self.screens["roster"]  # type: ignore[return-value]

    @property
    def units_page(self) -> "UnitsPage":
        return self.screens["units"]  # type: ignore[return-value]

    def show_screen(self, key: str) -> None:
        self.navigation.setCurrentRow([screen.key for screen in SCREENS].index(key))

    def open_event(self, event_id: str, tab: str | None = None) -> None:
        """The page of one event (from the overview), on one of its tabs when named."""
        self.show_screen("events")
        self.screens["events"].open_event(event_id, tab)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&Tệp"))
        # Actions on data wait for attach(): until then there is nothing to act on.
        self._data_actions = [
            self._add_action(file_menu, tr("Nhập danh sách đoàn viên…"), self._import_roster),
            self._add_action(file_menu, tr("Xuất danh sách…"), self._export_roster),
        ]
        file_menu.addSeparator()
        self._data_actions.append(self._add_action(file_menu, tr("Nhập danh sách đơn vị…"), self._import_units))
        self._data_actions.append(self._add_action(file_menu, tr("Cách trình bày văn bản…"), self._document_settings))
        file_menu.addSeparator()
        self._data_actions.append(self._add_action(file_menu, tr("Sao lưu và khôi phục…"), self.open_backups))
        self._data_actions.append(self._add_action(file_menu, tr("Cài đặt…"), self.open_settings))
        for action in self._data_actions:
            action.setEnabled(False)
        file_menu.addSeparator()
        self._add_action(file_menu, tr("Thoát"), self.close, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        help_menu = self.menuBar().addMenu(tr("Trợ &giúp"))
        self._add_action(help_menu, tr("Gửi báo cáo lỗi…"), self.save_error_report)
        self._add_action(help_menu, tr("Giới thiệu DoanDesk"), self.show_about)

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

    def open_backups(self) -> None:
        from PySide6.QtCore import QTimer

        from desktop.ui.backup_dialog import open_backups

        # After a restore every screen shows the data from before: the program closes, as the officer is told.
        open_backups(self, self._db, self._worker, on_restored=lambda _result: QTimer.singleShot(0, self.close))

    def open_settings(self) -> None:
        from desktop.ui.settings_dialog import open_settings

        open_settings(self, self._db)

    def _document_settings(self) -> None:
        from desktop.ui.reports.document_settings import open_document_settings

        open_document_settings(self, self._db, self._worker)

    def _import_units(self) -> None:
        self.show_screen("units")
        self.units_page.import_units()

    def show_about(self) -> None:
        from desktop.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal without a nested event loop

    def save_error_report(self) -> None:
        from desktop.ui.about_dialog import save_error_report

        save_error_report(self, self._db.path if self._db is not None else None)

    def _units_changed(self) -> None:
        self.roster.reload_units()
        self.update_title()

    def update_title(self) -> None:
        from desktop.core import units

        home = units.home_unit(self._db)
        title = f"DoanDesk – {home.name}" if home else "DoanDesk"
        if self._demo:
            title = tr("{title} (dữ liệu mẫu)").format(title=title)
        self.setWindowTitle(title)

    def update_member_count(self) -> None:
        from desktop.core import members
        from desktop.ui.roster.roster_page import count_text

        count = count_text(members.count_members(self._db))
        self.member_count_label.setText(tr("Tổng số: {count}").format(count=count))
