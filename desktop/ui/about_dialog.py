"""The Help menu's windows: About (name, version, icon, licences) and the error report.

The bundled fonts' licences are read from their files under ``resources/fonts`` (the
same files the installer carries), so the dialog cannot drift from what is shipped.
Library versions come from the installed packages' metadata; the bundle copies that
metadata (``installer/doandesk.spec``), so the installed program shows them too.

:func:`save_error_report` asks where to save the report of :mod:`desktop.logs` and says
what to do with it.
"""

from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass
from datetime import datetime
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import desktop
from desktop.i18n import N_, tr
from desktop.resources import resource_path
from desktop.ui import dialogs, errors

ICON_SIZES = (16, 32, 48, 256)
HEADER_ICON_SIZE = 64
DESCRIPTION = N_(
    "Quản lý đoàn viên, đơn vị, hội nghị, điểm danh, kiểm tra, bài thu hoạch và báo cáo "
    "cho cơ quan Đoàn TNCS Hồ Chí Minh. Chạy hoàn toàn trên máy, không cần mạng; dữ liệu "
    "nằm trong thư mục dữ liệu của người dùng trên máy này."
)


@dataclass(frozen=True)
class Library:
    name: str
    distribution: str  # the package name in the installed metadata, for the version
    licence: str  # shown through tr(): a few name alternatives in words


LIBRARIES: list[Library] = [
    Library("Qt for Python (PySide6)", "PySide6-Essentials", "LGPL v3"),
    Library("SQLAlchemy", "SQLAlchemy", "MIT"),
    Library("Alembic", "alembic", "MIT"),
    Library("ReportLab", "reportlab", "BSD"),
    Library("openpyxl", "openpyxl", "MIT"),
    Library("python-calamine", "python-calamine", "MIT"),
    Library("qrcode", "qrcode", "BSD"),
    Library("cryptography", "cryptography", N_("Apache 2.0 hoặc BSD")),
    Library("pypdf", "pypdf", "BSD"),
    Library("zxing-cpp", "zxing-cpp", "Apache 2.0"),
    Library("Pillow", "pillow", "MIT-CMU (HPND)"),
    Library("platformdirs", "platformdirs", "MIT"),
]


def application_icon() -> QIcon:
    """The program's icon in every rendered size (PNG: no image plug-in needed)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path("icons", f"doandesk-{size}.png")))
    return icon


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def font_licence_files() -> list[Path]:
    return sorted(resource_path("fonts").glob("LICENSE*"))


def bundled_font_families() -> list[str]:
    """``LiberationSerif-Bold.ttf`` → ``Liberation Serif``, each family once."""
    families = set()
    for path in resource_path("fonts").glob("*.ttf"):
        stem = path.stem.split("-")[0]
        families.add(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", stem))
    return sorted(families)


def licences_html() -> str:
    """The scrollable part: libraries with versions and licences, then the fonts' licence texts."""
    rows = [f"<tr><td>Qt</td><td>{html.escape(qVersion())}</td><td>LGPL v3</td></tr>"]
    for library in LIBRARIES:
        rows.append(f"<tr><td>{html.escape(library.name)}</td><td>{html.escape(_version(library.distribution))}</td>"
                    f"<td>{html.escape(tr(library.licence))}</td></tr>")
    python = ".".join(map(str, sys.version_info[:3]))
    rows.append(f"<tr><td>Python</td><td>{python}</td><td>PSF License</td></tr>")
    parts = [
        f"<h4>{tr('Thư viện')}</h4>",
        ("<table cellspacing='0' cellpadding='3'>"
         f"<tr><th align='left'>{tr('Tên')}</th><th align='left'>{tr('Phiên bản')}</th>"
         f"<th align='left'>{tr('Giấy phép')}</th></tr>"),
        *rows,
        "</table>",
        "<p>" + tr("Qt và PySide6 được dùng theo giấy phép LGPL v3: các thư viện này nằm thành tệp riêng "
                   "trong thư mục cài đặt và có thể được thay bằng phiên bản khác; mã nguồn của Qt có tại "
                   "https://code.qt.io.") + "</p>",
        f"<h4>{tr('Phông chữ')}</h4>",
        "<p>" + tr("Chương trình kèm các phông chữ {fonts}, dùng cho giao diện và các văn bản PDF, theo giấy phép "
                   "dưới đây.").format(fonts=html.escape(", ".join(bundled_font_families()))) + "</p>",
    ]
    for path in font_licence_files():
        text = path.read_text(encoding="utf-8", errors="replace")
        parts.append(f"<p><b>{html.escape(path.name)}</b></p>"
                     f"<pre style='white-space: pre-wrap'>{html.escape(text)}</pre>")
    return "\n".join(parts)


class AboutDialog(QDialog):
    """Giới thiệu DoanDesk."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Giới thiệu {name}").format(name=desktop.APP_NAME))
        self.setWindowIcon(application_icon())
        self.resize(640, 560)

        icon_label = QLabel()
        icon_label.setObjectName("about_icon")
        icon_label.setPixmap(application_icon().pixmap(HEADER_ICON_SIZE, HEADER_ICON_SIZE))
        icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.name_label = QLabel(f"<h2 style='margin:0'>{desktop.APP_NAME}</h2>")
        self.version_label = QLabel(tr("Phiên bản {version}").format(version=desktop.__version__))
        self.version_label.setObjectName("about_version")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description_label = QLabel(tr(DESCRIPTION))
        self.description_label.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(self.name_label)
        heading.addWidget(self.version_label)
        heading.addWidget(self.description_label)
        top = QHBoxLayout()
        top.addWidget(icon_label)
        top.addLayout(heading, 1)

        self.licences = QTextBrowser()
        self.licences.setObjectName("about_licences")
        self.licences.setOpenLinks(False)  # offline program: nothing to open a browser for
        self.licences.setHtml(licences_html())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.about_qt_button = buttons.addButton(tr("Giới thiệu Qt"), QDialogButtonBox.ButtonRole.ActionRole)
        self.about_qt_button.clicked.connect(QApplication.aboutQt)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(tr("Giấy phép của các thành phần đi kèm:")))
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)


ZIP_FILTER = N_("Tệp nén (*.zip)")


def save_error_report(parent: QWidget | None, db_path: Path | None = None) -> Path | None:
    """Ask where to save the error report, write it, say what to do with it; the path or None."""
    from desktop.db.engine import data_dir
    from desktop.logs import write_error_report

    suggested = Path.home() / f"doandesk-bao-cao-loi-{datetime.now():%Y%m%d-%H%M}.zip"
    name, _filter = QFileDialog.getSaveFileName(parent, tr("Lưu báo cáo lỗi"), str(suggested), tr(ZIP_FILTER))
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".zip":
        path = path.with_name(path.name + ".zip")
    try:
        write_error_report(path, data_dir(), db_path=db_path)
    except OSError as exc:
        errors.show_error(parent, exc)
        return None
    dialogs.inform(parent, tr("Đã lưu báo cáo lỗi"), tr("Đã lưu báo cáo lỗi vào «{path}».").format(path=path),
                   informative=tr("Hãy gửi tệp này cho người hỗ trợ kỹ thuật. Tệp gồm nhật ký hoạt động của "
                                  "chương trình và thông tin về máy, số lượng bản ghi; không kèm cơ sở dữ liệu."))
    return path
