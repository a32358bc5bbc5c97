"""Starting the graphical program: the QApplication, fonts, the language, first run.

``run_gui`` is what ``doandesk`` (the CLI's ``gui`` command) calls. Tests use
``create_application`` to get the same fonts and translations on pytest-qt's app.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

import desktop
from desktop import i18n
from desktop.i18n import tr
from desktop.db.errors import DatabaseError
from desktop.resources import font_files
from desktop.ui import errors
from desktop.ui.about_dialog import application_icon
from desktop.ui.translations import install_language

log = logging.getLogger(__name__)

APP_FONT_FAMILY = "Liberation Sans"
APP_FONT_POINT_SIZE = 10


def register_fonts() -> list[str]:
    """Load every bundled font into Qt; returns the families that loaded."""
    families: list[str] = []
    for path in font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Không nạp được phông chữ %s", path)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def create_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication, set up once: name, fonts, the language (Vietnamese unless told)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    if app.property("doandesk_configured"):
        if language is not None:
            install_language(app, language)
        return app
    app.setApplicationName(desktop.APP_NAME)
    app.setApplicationVersion(desktop.__version__)
    app.setOrganizationName(desktop.APP_NAME)
    app.setWindowIcon(application_icon())
    wanted = language or i18n.stored_language(None)
    if install_language(app, wanted) != wanted:
        log.warning("Không nạp được bản dịch %s; dùng tiếng Việt", wanted)
    if APP_FONT_FAMILY in register_fonts():
        app.setFont(QFont(APP_FONT_FAMILY, APP_FONT_POINT_SIZE))
    app.setProperty("doandesk_configured", True)
    return app


def run_gui(db_path: Path, *, demo: bool = False) -> int:
    """Open ``db_path`` and run the program until the main window closes; returns the exit code.

    The window is painted first and the database layer loaded after: an officer sees
    the program at once instead of waiting for the imports and the first query.
    """
    from desktop.ui.main_window import MainWindow

    app = create_application(language=i18n.stored_language(db_path))
    window = MainWindow(demo=demo)
    window.show()
    app.processEvents()

    from desktop.logs import install_qt_message_handler

    install_qt_message_handler()
    errors.install_excepthook()
    log.info("DoanDesk %s mở %s", desktop.__version__, db_path)
    from desktop.core import backups, units
    from desktop.core.single_instance import AlreadyRunning, InstanceLock
    from desktop.ui.setup.setup_dialog import SetupDialog
    from desktop.ui.worker import DatabaseWorker

    lock = InstanceLock(db_path)
    try:
        lock.acquire()
    except AlreadyRunning as exc:
        errors.show_error(window, exc)
        window.close()
        return 1
    try:
        db = _open_database(window, db_path)
        if db is None:
            window.close()
            return 1
        worker = DatabaseWorker()
        try:
            if units.home_unit(db) is None:
                setup = SetupDialog(db, worker, parent=window)
                if not setup.exec():
                    window.close()
                    return 0
            window.attach(db, worker)
            worker.run(lambda _state: backups.daily_backup(db), show_progress=False, parent=window,
                       on_success=lambda info: info and log.info("Đã sao lưu tự động vào %s", info.path),
                       on_failure=lambda exc: _daily_backup_failed(window, exc))
            return app.exec()
        finally:
            worker.shutdown()
            db.dispose()
    finally:
        lock.release()


def _open_database(window, db_path: Path):
    """Check the file (offering a restore when damaged), migrate with a backup first, open it;
    None when the officer closed the program or the database cannot be opened (message shown)."""
    from desktop.core import backups
    from desktop.core.errors import DoanDeskError
    from desktop.db.engine import Database
    from desktop.db.safe_migrate import upgrade_with_backup
    from desktop.ui.integrity_prompt import offer_restore

    try:
        if db_path.exists():
            # The quick check at every start (0.3 s on a 100,000-member file, the full one
            # 1.2 s): it reads every page, which is what a failing disk or a cut copy breaks.
            problems = backups.check_integrity(db_path, quick=True)
            while problems:
                log.error("Cơ sở dữ liệu %s bị hỏng: %s", db_path, problems)
                folder = backups.backup_folder_for_path(db_path)
                chosen = offer_restore(window, problems, backups.list_backups(folder))
                if chosen is None:
                    return None
                try:
                    result = backups.restore_backup(chosen, db_path)
                except DoanDeskError as exc:
                    errors.show_error(window, exc)
                    continue
                log.info("Đã khôi phục %s từ %s; tệp hỏng giữ ở %s", db_path, chosen, result.replaced)
                problems = backups.check_integrity(db_path, quick=True)
        upgrade_with_backup(db_path, backups.backup_folder_for_path(db_path))
        return Database(db_path)
    except (DatabaseError, DoanDeskError) as exc:
        errors.show_error(window, exc)
        return None


def _daily_backup_failed(window, exc: BaseException) -> None:
    from desktop.core.errors import DoanDeskError

    if not isinstance(exc, DoanDeskError):
        errors.show_error(window, exc)  # a bug, not a full USB stick
        return
    log.warning("Chưa sao lưu tự động được: %s", exc)
    window.statusBar().showMessage(tr("Chưa sao lưu tự động được: {error}").format(error=exc), 30_000)
