"""What the "Gửi / Nhận" screen asks of the desktop: files and folders to pick, a
package's passphrase, showing a file in its folder, opening the mail program.

Kept as plain module functions so the tabs call them through this module and tests
replace one function instead of driving a native dialog.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget

from desktop.i18n import N_, tr

# Shown through tr() by the functions below (the tabs pass these constants).
PACKAGE_FILTER = N_("Gói báo cáo DoanDesk (*.ddb *.ddb.*);;Mọi tệp (*)")
RECEIPT_FILTER = N_("Biên nhận DoanDesk (*.ddr);;Mọi tệp (*)")
KEY_FILTER = N_("Tệp khóa DoanDesk (*.key);;Mọi tệp (*)")

# The folder last used, so the next dialog opens there (USB sticks are usually reused).
_last_folder: Path | None = None


def _start() -> str:
    return str(_last_folder or Path.home())


def _remember(path: Path) -> Path:
    global _last_folder
    _last_folder = path if path.is_dir() else path.parent
    return path


def choose_folder(parent: QWidget | None, title: str) -> Path | None:
    """An existing folder; None when cancelled."""
    name = QFileDialog.getExistingDirectory(parent, title, _start())
    return _remember(Path(name)) if name else None


def choose_files(parent: QWidget | None, title: str, file_filter: str) -> list[Path]:
    """Files to read (several allowed); empty when cancelled."""
    names, _filter = QFileDialog.getOpenFileNames(parent, title, _start(), tr(file_filter))
    return [_remember(Path(name)) for name in names]


def choose_file(parent: QWidget | None, title: str, file_filter: str) -> Path | None:
    names = choose_files(parent, title, file_filter)
    return names[0] if names else None


def choose_save_file(parent: QWidget | None, title: str, suggested_name: str, file_filter: str,
                     suffix: str) -> Path | None:
    """Where to write a file (``suffix`` added when the officer leaves it out)."""
    name, _filter = QFileDialog.getSaveFileName(parent, title, str(Path(_start()) / suggested_name),
                                          tr(file_filter))
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    return _remember(path)


def ask_passphrase(parent: QWidget | None, file_name: str) -> str | None:
    """The passphrase of an encrypted package, typed hidden; None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(tr("Gói được mã hóa"))
    dialog.setLabelText(tr("Gói «{name}» được khóa bằng mật khẩu.\n"
                           "Nhập mật khẩu mà đơn vị gửi đã báo (qua điện thoại):").format(name=file_name))
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setOkButtonText(tr("Mở gói"))
    dialog.setCancelButtonText(tr("Để sau"))
    dialog.setMinimumWidth(460)
    return dialog.textValue() if dialog.exec() else None


def reveal(path: Path) -> None:
    """Show ``path`` selected in the system's file manager (only its folder where the
    file manager cannot select a file), so the officer can attach it to a message."""
    path = Path(path)
    if sys.platform == "win32":
        QProcess.startDetached("explorer.exe", [f"/select,{path}"])
    elif sys.platform == "darwin":
        QProcess.startDetached("open", ["-R", str(path)])
    else:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def open_url(url: str) -> bool:
    """Hand a mailto: address to the system's mail program."""
    return QDesktopServices.openUrl(QUrl(url))


def ask_mail_password(parent: QWidget | None, account: str) -> str | None:
    """The password of the mail account packages are sent from; None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(tr("Mật khẩu thư điện tử"))
    dialog.setLabelText(tr("Mật khẩu của tài khoản thư {account}:").format(account=account) if account
                        else tr("Mật khẩu của tài khoản thư:"))
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setOkButtonText(tr("Gửi"))
    dialog.setCancelButtonText(tr("Hủy"))
    dialog.setMinimumWidth(420)
    return dialog.textValue() if dialog.exec() else None
