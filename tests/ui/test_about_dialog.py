"""The About dialog and the application icon files it shows."""

from __future__ import annotations

import struct
from importlib import metadata

from PySide6.QtCore import QSize
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QDialogButtonBox

import desktop
from desktop.resources import resource_path
from desktop.ui.about_dialog import LIBRARIES, AboutDialog, application_icon, licences_html


def test_about_shows_name_version_description_and_every_licence(app, qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Giới thiệu DoanDesk"
    assert desktop.APP_NAME in dialog.name_label.text()
    assert dialog.version_label.text() == f"Phiên bản {desktop.__version__}"
    assert "không cần mạng" in dialog.description_label.text()

    text = dialog.licences.toPlainText()
    assert "Liberation Sans, Liberation Serif" in text
    # The font licence is shown in full, as read from the file that ships with the fonts.
    licence = resource_path("fonts", "LICENSE-LiberationFonts-OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in text
    assert licence.splitlines()[-1].strip() in text
    assert "LGPL v3" in text
    for library in LIBRARIES:
        assert library.name in text and library.licence in text
        assert metadata.version(library.distribution) in text
    rows = licences_html()
    for name, licence_name in [("Qt for Python (PySide6)", "LGPL v3"), ("SQLAlchemy", "MIT"), ("ReportLab", "BSD"),
                               ("zxing-cpp", "Apache 2.0"), ("Pillow", "MIT-CMU (HPND)"),
                               ("cryptography", "Apache 2.0 hoặc BSD")]:
        row = next(row for row in rows.splitlines() if row.startswith(f"<tr><td>{name}</td>"))
        assert row.endswith(f"<td>{licence_name}</td></tr>")
    # Long enough to need the scroll bar: the dialog stays a sensible size.
    assert dialog.licences.verticalScrollBar().maximum() > 0


def test_close_button_closes_the_dialog(app, qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    buttons = dialog.findChild(QDialogButtonBox)
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close.text() == "Đóng"
    close.click()
    assert not dialog.isVisible()
    assert dialog.about_qt_button.text() == "Giới thiệu Qt"


def test_the_icon_comes_in_every_size_and_the_ico_holds_them(app):
    icon = application_icon()
    assert not icon.isNull()
    assert {QSize(s, s) for s in (16, 32, 48, 256)} <= set(icon.availableSizes())
    assert QSvgRenderer(str(resource_path("icons", "doandesk.svg"))).isValid()

    data = resource_path("icons", "doandesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 4)
    entries = [struct.unpack_from("<BBBBHHII", data, 6 + 16 * i) for i in range(count)]
    assert [(e[0] or 256) for e in entries] == [16, 32, 48, 256]
    for width, _height, _colours, _reserved, planes, bits, size, offset in entries:
        assert (planes, bits) == (1, 32) and offset + size <= len(data)
        payload = data[offset:offset + size]
        if width == 0:
            assert payload == resource_path("icons", "doandesk-256.png").read_bytes()
        else:  # a bitmap: header, then the colour rows and the mask at twice the height
            header_size, bmp_width, bmp_height = struct.unpack_from("<Iii", payload)
            assert (header_size, bmp_width, bmp_height) == (40, width, 2 * width)


def test_send_error_report_saves_a_zip_where_the_officer_chose(app, db, tmp_path, monkeypatch, message_boxes):
    import zipfile

    from PySide6.QtWidgets import QFileDialog

    from desktop.ui.about_dialog import save_error_report

    asked = []

    def choose(_parent, title, suggested, file_filter):
        asked.append((title, suggested, file_filter))
        return str(tmp_path / "gui-cho-ho-tro"), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    path = save_error_report(None, db.path)

    assert path == tmp_path / "gui-cho-ho-tro.zip"  # the suffix is added when left out
    title, suggested, file_filter = asked[0]
    assert title == "Lưu báo cáo lỗi" and suggested.endswith(".zip") and file_filter == "Tệp nén (*.zip)"
    with zipfile.ZipFile(path) as archive:
        facts = archive.read("thong-tin-he-thong.txt").decode("utf-8")
    assert "Phiên bản lược đồ: 0007" in facts
    assert message_boxes.shown == [("inform", "Đã lưu báo cáo lỗi", f"Đã lưu báo cáo lỗi vào «{path}».")]


def test_send_error_report_cancelled_or_unwritable(app, tmp_path, monkeypatch, message_boxes):
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui.about_dialog import save_error_report

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_args: ("", "")))
    assert save_error_report(None) is None
    assert message_boxes.shown == []

    target = tmp_path / "khong-co-thu-muc" / "bao-cao.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(target), "")))
    assert save_error_report(None) is None
    assert message_boxes.kinds() == ["warn"]
    assert "Không tìm thấy tệp hoặc thư mục" in message_boxes.shown[0][2]
