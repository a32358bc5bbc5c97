"""The program's log file and the error report an officer sends to support.

:func:`setup_logging` writes the log to ``doandesk.log`` in the data folder, rotated at
1 MB with five older files kept, and logs exceptions nobody caught (in the main thread
and in worker threads) before the previous hook runs. :func:`qt_message_handler` is
installed by the graphical program so that Qt's own warnings land in the same file.

:func:`write_error_report` packs the recent log files and facts about the machine and
the database into one ``.zip`` the officer can attach to an e-mail. The database part
holds only counts and the schema version, never a record: the report must be safe to
pass on outside the office.

This module imports neither Qt nor the database layer at the top: the command line
uses it before anything else is loaded.
"""

from __future__ import annotations

import logging
import platform
import sqlite3
import sys
import threading
import zipfile
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import desktop

LOG_FILE_NAME = "doandesk.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUP_COUNT = 5
LOG_FORMAT = "%(asctime)s %(levelname)-8s %(name)s (%(module)s:%(lineno)d) %(message)s"
DB_FILE_NAME = "doandesk.sqlite3"  # desktop.db.engine.DB_FILENAME, without importing SQLAlchemy
FACTS_FILE_NAME = "thong-tin-he-thong.txt"

_HANDLER_NAME = "doandesk-file"
_HOOK_MARK = "_doandesk_logs"

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")


def log_path(data_folder: Path) -> Path:
    return Path(data_folder) / LOG_FILE_NAME


def log_files(data_folder: Path) -> list[Path]:
    """The current log file and its rotated predecessors that exist, newest first."""
    current = log_path(data_folder)
    candidates = [current] + [current.with_name(f"{current.name}.{n}") for n in range(1, LOG_BACKUP_COUNT + 1)]
    return [path for path in candidates if path.is_file()]


def setup_logging(data_folder: Path, *, level: int = logging.INFO) -> Path | None:
    """Send the log to ``doandesk.log`` in ``data_folder``; returns its path.

    Calling it again moves the log to the new folder (the previous file handler is
    closed). Returns None when the folder cannot be written: a read-only profile must
    not stop the program from starting, it only loses its log.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == _HANDLER_NAME:
            root.removeHandler(handler)
            handler.close()
    path = log_path(data_folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUP_COUNT, encoding="utf-8")
    except OSError:
        return None
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _install_exception_hooks()
    return path


def _install_exception_hooks() -> None:
    """Log uncaught exceptions, then hand them to whatever hook was there before."""
    if not getattr(sys.excepthook, _HOOK_MARK, False):
        previous = sys.excepthook

        def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
            if not issubclass(kind, KeyboardInterrupt):
                log.critical("Lỗi không được xử lý", exc_info=(kind, exc, tb))
            previous(kind, exc, tb)

        setattr(excepthook, _HOOK_MARK, True)
        sys.excepthook = excepthook

    if not getattr(threading.excepthook, _HOOK_MARK, False):
        previous_thread_hook = threading.excepthook

        def thread_excepthook(args: threading.ExceptHookArgs) -> None:
            if not issubclass(args.exc_type, SystemExit):
                name = args.thread.name if args.thread is not None else "?"
                log.critical("Lỗi không được xử lý trong luồng %s", name,
                             exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
            previous_thread_hook(args)

        setattr(thread_excepthook, _HOOK_MARK, True)
        threading.excepthook = thread_excepthook


def _qt_level(mode) -> int:
    from PySide6.QtCore import QtMsgType

    return {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(mode, logging.WARNING)


def qt_message_handler(mode, context, message: str) -> None:
    """A handler for ``QtCore.qInstallMessageHandler``: Qt's warnings and worse go to the
    log (as logger ``qt``), and every message still reaches the console as Qt would print it.
    """
    level = _qt_level(mode)
    if level >= logging.WARNING:
        where = f" [{context.file}:{context.line}]" if context is not None and context.file else ""
        qt_log.log(level, "%s%s", message, where)
    # A windowed build on Windows has no console: sys.stderr is None there.
    if sys.stderr is not None:
        try:
            print(message, file=sys.stderr)
        except (OSError, ValueError):
            pass


def install_qt_message_handler():
    """Install :func:`qt_message_handler`; returns the handler it replaced."""
    from PySide6.QtCore import qInstallMessageHandler

    return qInstallMessageHandler(qt_message_handler)


# --- error report ---------------------------------------------------------------------


def _home_hidden(path: Path) -> str:
    """``path`` with the home folder written as ``~``: the user's account name stays out."""
    try:
        return str(Path("~") / Path(path).resolve().relative_to(Path.home().resolve()))
    except (ValueError, RuntimeError, OSError):
        return str(path)


def _qt_versions() -> str:
    try:
        import PySide6
        from PySide6.QtCore import qVersion
    except ImportError as exc:
        return f"không nạp được ({exc})"
    return f"{qVersion()} (PySide6 {PySide6.__version__})"


def _database_facts(db_path: Path) -> list[str]:
    if not db_path.is_file():
        return [f"Tệp cơ sở dữ liệu: {_home_hidden(db_path)} (không có)"]
    lines = [f"Tệp cơ sở dữ liệu: {_home_hidden(db_path)} ({db_path.stat().st_size:,} byte)".replace(",", ".")]
    try:
        # mode=rw: a missing file must not be created by the report; only SELECTs follow.
        connection = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=rw", uri=True, timeout=5)
    except sqlite3.Error as exc:
        return lines + [f"Không mở được cơ sở dữ liệu: {exc}"]
    try:
        try:
            version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            lines.append(f"Phiên bản lược đồ: {version[0] if version else 'chưa có'}")
        except sqlite3.Error as exc:
            lines.append(f"Phiên bản lược đồ: không đọc được ({exc})")
        try:
            check = connection.execute("PRAGMA quick_check").fetchone()
            lines.append(f"Kiểm tra nhanh tính toàn vẹn: {check[0] if check else '?'}")
        except sqlite3.Error as exc:
            lines.append(f"Kiểm tra nhanh tính toàn vẹn: lỗi ({exc})")
        try:
            tables = [row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        except sqlite3.Error as exc:
            return lines + [f"Không đọc được danh sách bảng: {exc}"]
        lines.append("Số bản ghi theo bảng:")
        for table in tables:
            try:
                count = connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
            except sqlite3.Error as exc:
                lines.append(f"  {table}: không đếm được ({exc})")
            else:
                lines.append(f"  {table}: {count}")
    finally:
        connection.close()
    return lines


def system_facts(data_folder: Path, db_path: Path | None = None) -> str:
    """The text part of the error report: versions, platform, database counts."""
    frozen = getattr(sys, "frozen", False)
    lines = [
        "BÁO CÁO LỖI DOANDESK",
        f"Lập lúc: {datetime.now().astimezone().isoformat(timespec='seconds')}",
        "",
        f"Phiên bản {desktop.APP_NAME}: {desktop.__version__} ({'bản cài đặt' if frozen else 'chạy từ mã nguồn'})",
        f"Python: {platform.python_version()} ({platform.python_implementation()}, {platform.architecture()[0]})",
        f"Qt: {_qt_versions()}",
        f"Hệ điều hành: {platform.platform()} ({platform.machine()})",
        f"Mã hóa mặc định: {sys.getfilesystemencoding()}",
        f"Thư mục dữ liệu: {_home_hidden(Path(data_folder))}",
        "",
        *_database_facts(Path(db_path) if db_path else Path(data_folder) / DB_FILE_NAME),
        "",
        "Tệp nhật ký kèm theo: " + (", ".join(p.name for p in log_files(data_folder)) or "không có"),
        "Báo cáo này chỉ gồm số lượng bản ghi, không có dữ liệu của đoàn viên.",
    ]
    return "\n".join(lines) + "\n"


def write_error_report(path: Path, data_folder: Path, *, db_path: Path | None = None) -> Path:
    """Write the error report (a ``.zip``: system facts and the log files) to ``path``.

    ``db_path`` is the database the program has open (default: the one in the data
    folder). Returns the path written.
    """
    path = Path(path)
    for handler in logging.getLogger().handlers:
        handler.flush()  # the last lines, usually the ones about the error, are still buffered
    facts = system_facts(data_folder, db_path)
    temporary = path.with_name(path.name + ".part")
    try:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(FACTS_FILE_NAME, facts)
            for log_file in log_files(data_folder):
                archive.write(log_file, f"nhat-ky/{log_file.name}")
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
    log.info("Đã lập báo cáo lỗi %s", path)
    return path
