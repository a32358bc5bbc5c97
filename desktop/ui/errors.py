"""The one place where exceptions become dialogs.

Errors the core raises on purpose (:class:`~desktop.core.errors.DoanDeskError`) carry a
Vietnamese message the officer can act on, so they are shown as they are. Problems of
the environment (a file locked by Excel, a database another program holds) get a plain
explanation. Anything else is a bug: the user sees "Lỗi không mong đợi" with the
traceback under "Xem chi tiết…", and the traceback goes to the log.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import traceback
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtWidgets import QApplication, QWidget

from desktop.core import errors as core_errors
from desktop.core.tasks import Cancelled
from desktop.db.errors import DatabaseError
from desktop.i18n import N_, tr
from desktop.ui import dialogs

log = logging.getLogger(__name__)

_TITLES: list[tuple[type[BaseException], str]] = [
    (Cancelled, N_("Đã hủy")),
    (core_errors.ValidationError, N_("Dữ liệu chưa hợp lệ")),
    (core_errors.InputFileError, N_("Không đọc được tệp")),
    (core_errors.NotFoundError, N_("Không tìm thấy")),
    (core_errors.SetupError, N_("Chưa thiết lập")),
    (core_errors.DoanDeskError, N_("Không thực hiện được")),
]

# SQLite reports these when another program holds the file or the disk refuses writes;
# they are not bugs in DoanDesk and the user can do something about them.
_ENVIRONMENT_SQLITE_WORDS = ("database is locked", "disk i/o error", "readonly database", "database or disk is full",
                             "unable to open database file")


@dataclass(frozen=True)
class ErrorReport:
    """What the dialog for one exception says."""

    title: str
    message: str
    details: str = ""
    is_bug: bool = False


def _file_error_message(exc: OSError) -> str:
    name = exc.filename or ""
    if isinstance(exc, PermissionError):
        return tr("Không có quyền mở hoặc ghi tệp «{name}». Nếu tệp đang mở trong Excel hay chương trình khác, "
                  "hãy đóng nó rồi thử lại.").format(name=name)
    if isinstance(exc, FileNotFoundError):
        return tr("Không tìm thấy tệp hoặc thư mục «{name}».").format(name=name)
    if isinstance(exc, IsADirectoryError):
        return tr("«{name}» là một thư mục, không phải tệp.").format(name=name)
    reason = exc.strerror or str(exc)
    if name:
        return tr("Lỗi khi đọc hoặc ghi tệp «{name}»: {reason}.").format(name=name, reason=reason)
    return tr("Lỗi khi đọc hoặc ghi tệp: {reason}.").format(reason=reason)


def _sqlite_environment_message(exc: BaseException) -> str | None:
    original = getattr(exc, "orig", exc)
    if not isinstance(original, sqlite3.OperationalError):
        return None
    text = str(original).lower()
    if not any(word in text for word in _ENVIRONMENT_SQLITE_WORDS):
        return None
    if "locked" in text:
        return tr("Cơ sở dữ liệu đang bị một chương trình khác giữ (có thể DoanDesk đang mở ở cửa sổ khác). "
                  "Hãy đóng chương trình đó rồi thử lại.")
    if "full" in text:
        return tr("Ổ đĩa đã đầy, không ghi được dữ liệu. Hãy giải phóng bớt dung lượng rồi thử lại.")
    return tr("Không ghi được vào tệp cơ sở dữ liệu ({error}). Hãy kiểm tra ổ đĩa và quyền ghi.").format(error=original)


def _is_sqlalchemy_operational_error(exc: BaseException) -> bool:
    # Checked through sys.modules so that this module loads before SQLAlchemy does.
    sa_exc = sys.modules.get("sqlalchemy.exc")
    return sa_exc is not None and isinstance(exc, sa_exc.OperationalError)


def describe_error(exc: BaseException) -> ErrorReport:
    """Title, message and details for ``exc`` (no dialog: screens and tests can use it)."""
    for kind, title in _TITLES:
        if isinstance(exc, kind):
            return ErrorReport(tr(title), str(exc))
    if isinstance(exc, DatabaseError):
        return ErrorReport(tr("Lỗi cơ sở dữ liệu"), str(exc))
    if isinstance(exc, OSError):
        return ErrorReport(tr("Lỗi tệp"), _file_error_message(exc), details=str(exc))
    if isinstance(exc, sqlite3.OperationalError) or _is_sqlalchemy_operational_error(exc):
        message = _sqlite_environment_message(exc)
        if message:
            return ErrorReport(tr("Lỗi cơ sở dữ liệu"), message, details=str(getattr(exc, "orig", exc)))
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return ErrorReport(
        tr("Lỗi không mong đợi"),
        tr("Đã xảy ra lỗi không mong đợi trong DoanDesk. Dữ liệu đã lưu trước đó không bị ảnh hưởng; "
           "thao tác vừa rồi có thể chưa hoàn thành."),
        details=details,
        is_bug=True,
    )


def show_error(parent: QWidget | None, exc: BaseException) -> ErrorReport:
    """Show ``exc`` to the user as described above; bugs are logged with their traceback."""
    report = describe_error(exc)
    if report.is_bug:
        log.error("Lỗi không mong đợi", exc_info=(type(exc), exc, exc.__traceback__))
        dialogs.critical(parent, report.title, report.message,
                         informative=tr("Hãy gửi nội dung trong «Xem chi tiết…» cho người hỗ trợ kỹ thuật."),
                         details=report.details)
    elif isinstance(exc, Cancelled):
        dialogs.inform(parent, report.title, report.message)
    else:
        log.info("%s: %s", report.title, report.message)
        dialogs.warn(parent, report.title, report.message, details=report.details)
    return report


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    app = QApplication.instance()
    if app is None:
        sys.__excepthook__(kind, exc, tb)
        return
    show_error(QApplication.activeWindow(), exc)


def install_excepthook() -> None:
    """Route exceptions escaping a Qt slot to :func:`show_error` instead of stderr."""
    sys.excepthook = _excepthook
