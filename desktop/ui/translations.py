"""The program's language in Qt: DoanDesk's own texts in English when chosen, and
Vietnamese texts for the parts of Qt that DoanDesk does not draw itself.

:func:`install_language` is the one switch. For English it loads the compiled catalogue
(``resources/translations/doandesk_en.qm``, see ``desktop.i18n_catalog``) into a
QTranslator and routes :func:`desktop.i18n.tr` through ``QCoreApplication.translate``;
Qt's own buttons are English already. For Vietnamese, our texts are the source and
only Qt's own need the table below.

Qt ships no Vietnamese translation, so without this every standard button would say
"OK" or "Cancel". The table below is the source; ``python -m desktop.ui.translations``
turns it into a Qt Linguist file (``qt_vi.ts``) and compiles it with PySide6's
``lrelease`` into ``qt_vi.qm`` next to this module, which a plain QTranslator loads.
A compiled file rather than a Python QTranslator subclass: Qt looks up every built-in
text through the translators, and a Python ``translate`` override turns each lookup
into a call into Python (under PySide6 6.12.0 on Python 3.11 those calls also broke
reference counts and crashed the program). A test checks that the committed
``qt_vi.qm`` matches the table.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop import i18n
from desktop.resources import resource_path

QM_FILE = Path(__file__).with_name("qt_vi.qm")
CATALOGUE_CONTEXT = "DoanDesk"  # the one context of doandesk_en.ts (desktop.i18n_catalog.CONTEXT)
LOCALES = {
    i18n.VIETNAMESE: QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    # Day before month, as the Vietnamese dates the officers are used to.
    i18n.ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
_APP_TRANSLATORS = "doandesk_translators"

# Standard dialog buttons (QDialogButtonBox, QMessageBox) get their texts from the
# platform theme; the same words serve whichever theme class asks.
_STANDARD_BUTTONS: dict[str, str] = {
    "OK": "Đồng ý",
    "Save": "Lưu",
    "Save All": "Lưu tất cả",
    "Open": "Mở",
    "Yes": "Có",
    "Yes to All": "Có với tất cả",
    "No": "Không",
    "No to All": "Không với tất cả",
    "Abort": "Bỏ dở",
    "Retry": "Thử lại",
    "Ignore": "Bỏ qua",
    "Close": "Đóng",
    "Cancel": "Hủy",
    "Discard": "Không lưu",
    "Don't Save": "Không lưu",
    "Close without Saving": "Đóng không lưu",
    "Help": "Trợ giúp",
    "Apply": "Áp dụng",
    "Reset": "Đặt lại",
    "Restore Defaults": "Khôi phục mặc định",
}

# Other Qt texts a DoanDesk user meets, spelled exactly as Qt looks them up ("&" included).
_EDIT_MENU = {
    "&Undo": "Hoàn tác",
    "&Redo": "Làm lại",
    "Cu&t": "Cắt",
    "&Copy": "Sao chép",
    "&Paste": "Dán",
    "Delete": "Xóa",
    "Select All": "Chọn tất cả",
}
_BY_CONTEXT: dict[str, dict[str, str]] = {
    "QMessageBox": {
        "Show Details...": "Xem chi tiết…",
        "Hide Details...": "Ẩn chi tiết",
        "OK": "Đồng ý",
    },
    "QWizard": {
        "< &Back": "< Quay lại",
        "&Next >": "Tiếp theo >",
        "&Finish": "Hoàn tất",
        "Cancel": "Hủy",
        "Commit": "Xác nhận",
        "&Help": "Trợ giúp",
        "Help": "Trợ giúp",
        "Go Back": "Quay lại",
        "Continue": "Tiếp tục",
        "Done": "Xong",
    },
    "QProgressDialog": {"Cancel": "Hủy"},
    # The right-click menu of every text field.
    "QLineEdit": dict(_EDIT_MENU),
    "QWidgetTextControl": {**_EDIT_MENU, "Copy &Link Location": "Sao chép địa chỉ liên kết"},
    "QFileDialog": {
        "Look in:": "Tìm trong:",
        "File &name:": "Tên tệp:",
        "Files of type:": "Kiểu tệp:",
        "&Open": "Mở",
        "&Save": "Lưu",
        "Open": "Mở",
        "Save": "Lưu",
        "Save As": "Lưu thành",
        "Cancel": "Hủy",
        "&Choose": "Chọn",
        "All Files (*)": "Mọi tệp (*)",
        "Directories": "Thư mục",
        "Directory:": "Thư mục:",
        "New Folder": "Thư mục mới",
        "&New Folder": "Thư mục mới",
        "&Delete": "Xóa",
        "&Rename": "Đổi tên",
        "Show &hidden files": "Hiện tệp ẩn",
        "Back": "Quay lại",
        "Forward": "Tiến tới",
        "Parent Directory": "Thư mục cha",
        "Create New Folder": "Tạo thư mục mới",
        "List View": "Xem dạng danh sách",
        "Detail View": "Xem chi tiết",
        "My Computer": "Máy tính",
        "Computer": "Máy tính",
        "Recent Places": "Nơi đã mở gần đây",
        "Find Directory": "Tìm thư mục",
        "%1 already exists.\nDo you want to replace it?": "%1 đã có.\nBạn có muốn ghi đè không?",
        "%1\nFile not found.\nPlease verify the correct file name was given.":
            "%1\nKhông tìm thấy tệp.\nHãy kiểm tra lại tên tệp.",
    },
    "QFileSystemModel": {
        "Name": "Tên",
        "Size": "Kích thước",
        "Type": "Kiểu",
        "Date Modified": "Ngày sửa",
        "Kind": "Loại",
    },
}


# Theme classes that name the standard buttons (Windows and macOS use QPlatformTheme's).
_THEME_CONTEXTS = ("QPlatformTheme", "QGnomeTheme", "QKdeTheme", "QGtk3Theme")
# Source spellings with the accelerator inside a word, as Qt writes them.
_ACCELERATED = {"Yes to All": "Yes to &All", "No to All": "N&o to All"}


def messages() -> dict[str, dict[str, str]]:
    """Every (context → source text → Vietnamese) pair the compiled file holds.

    Qt looks texts up exactly, accelerator "&" included, and themes differ in where
    they put it ("OK" on Windows, "&OK" on GNOME), so each standard button is listed
    in every spelling a theme uses.
    """
    result = {context: dict(table) for context, table in _BY_CONTEXT.items()}
    for context in _THEME_CONTEXTS:
        table = result.setdefault(context, {})
        for source, translation in _STANDARD_BUTTONS.items():
            for spelling in (source, "&" + source, _ACCELERATED.get(source, source)):
                table[spelling] = translation
    return result


def write_ts(path: Path) -> None:
    """Write :func:`messages` as a Qt Linguist .ts file."""
    import xml.etree.ElementTree as ET  # a development step: kept out of start-up

    root = ET.Element("TS", version="2.1", language="vi_VN")
    for context, table in sorted(messages().items()):
        context_element = ET.SubElement(root, "context")
        ET.SubElement(context_element, "name").text = context
        for source, translation in sorted(table.items()):
            message = ET.SubElement(context_element, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = translation
    ET.indent(root)
    path.write_bytes(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, "utf-8"))


def build_qm(output: Path) -> None:
    """Compile the table into ``output`` with PySide6's lrelease (a development step)."""
    import subprocess
    import tempfile

    from desktop.i18n_catalog import lrelease_path  # the catalogue tools stay out of start-up

    with tempfile.TemporaryDirectory() as folder:
        ts_file = Path(folder) / "qt_vi.ts"
        write_ts(ts_file)
        subprocess.run([str(lrelease_path()), "-silent", str(ts_file), "-qm", str(output)], check=True)


def catalogue_file(language: str) -> Path:
    return resource_path("translations", f"doandesk_{language}.qm")


def _translate(text: str, disambiguation: str | None, count: int) -> str:
    return QCoreApplication.translate(CATALOGUE_CONTEXT, text, disambiguation, count)


def install_language(app: QCoreApplication, language: str) -> str:
    """Make ``language`` the program's language; returns the one installed.

    Can be called again (the tests switch back and forth): the translators of the
    previous call are removed first. A catalogue that does not load leaves the program
    in Vietnamese rather than half-translated.
    """
    for translator in app.property(_APP_TRANSLATORS) or []:
        app.removeTranslator(translator)
    installed: list[QTranslator] = []
    if language != i18n.VIETNAMESE:
        translator = QTranslator(app)
        if language in i18n.LANGUAGES and translator.load(str(catalogue_file(language))):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            language = i18n.VIETNAMESE
    if language == i18n.VIETNAMESE:
        translator = install_vietnamese_qt_texts(app)
        installed.extend([translator] if translator is not None else [])
    app.setProperty(_APP_TRANSLATORS, installed)
    i18n.install(_translate if language != i18n.VIETNAMESE else None, language)
    QLocale.setDefault(LOCALES[language])
    return language


def install_vietnamese_qt_texts(app: QCoreApplication) -> QTranslator | None:
    """Load ``qt_vi.qm`` into ``app``; returns the translator (its parent is ``app``)."""
    translator = QTranslator(app)
    if not translator.load(str(QM_FILE)):
        return None
    app.installTranslator(translator)
    return translator


if __name__ == "__main__":
    build_qm(QM_FILE)
    print(f"Đã ghi {QM_FILE}")
