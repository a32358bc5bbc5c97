"""The "Báo cáo" tab and the document settings: the officer's words kept as a draft, the
preview holding what is printed, the number taken once confirmed, printing through Qt's
printer into a PDF file, saving PDF and Excel, and the settings' live sample."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog

from desktop import cli
from desktop.core import events, units
from desktop.core.errors import ValidationError
from desktop.core.event_report import load_report_text
from desktop.core.events import BridgePointPlan, EventPlan, SessionPlan
from desktop.core.settings import DOC_DEPARTMENT_CODE, DOC_RECIPIENTS, DOC_SIGNER_NAME, get_setting
from desktop.db.engine import Database
from desktop.ui import dialogs
from desktop.ui.reports import document_settings, report_tab
from desktop.ui.reports.document_settings import DocumentSettingsDialog
from desktop.ui.reports.report_tab import ReportTab, print_pdf

ASSESSMENT = "Đoàn viên tham dự nghiêm túc, tiếp thu tốt Nghị quyết."


def pdf_text(path: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def page_image(path: Path, page: int, size: QSize, shrunk: QSize) -> bytes:
    """A page drawn on white at ``size``, then averaged down to ``shrunk``, in grey levels:
    what the page holds and where, without the fine differences of two ways of drawing."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, document.render(page, size))
    painter.end()
    document.close()
    grey = image.scaled(shrunk, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
                        ).convertToFormat(QImage.Format.Format_Grayscale8)
    return b"".join(bytes(grey.constScanLine(y))[:grey.width()] for y in range(grey.height()))


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


@pytest.fixture
def demo(tmp_path):
    """The demo database: units, 200 members and a study conference."""
    path = tmp_path / "demo.sqlite3"
    assert cli.main(["--db", str(path), "demo", "--members", "200"]) == 0
    database = Database(path)
    yield database
    database.dispose()


@pytest.fixture
def event_id(demo) -> str:
    return events.list_events(demo)[0].id


@pytest.fixture
def tab(demo, event_id, worker, qtbot, wait_idle) -> ReportTab:
    widget = ReportTab(demo, worker)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.set_event(event_id)
    widget.show()
    wait_idle()
    yield widget
    # Closed here, while the worker still runs: leaving the tab saves what was typed.
    widget.close()
    wait_idle()


def second_event(db: Database) -> str:
    tree = units.load_tree(db)
    plan = EventPlan("Hội nghị học tập chuyên đề năm 2027", "study_conference", tree.home_id,
                     sessions=[SessionPlan(date(2027, 3, 15), "morning")],
                     bridge_points=[BridgePointPlan("Điểm cầu Huyện đoàn", "district", tree.home_id)])
    events.save_event_plan(db, plan)
    return plan.id


def test_before_the_first_save_the_tab_asks_for_it(demo, worker, qtbot):
    widget = ReportTab(demo, worker)
    qtbot.addWidget(widget)
    widget.set_event(None)
    assert widget.pages.currentWidget() is widget.unsaved_page
    assert widget.unsaved_page.findChild(type(widget.number_label), "report_unsaved_title").text() \
        == "Lưu hội nghị để lập báo cáo"
    with qtbot.waitSignal(widget.save_requested, timeout=1000):
        next(b for b in widget.unsaved_page.findChildren(type(widget.draft_button))
             if b.text() == "Lưu hội nghị").click()


def test_typed_text_is_kept_as_the_draft(tab, demo, event_id, worker, qtbot, wait_idle, type_text):
    assert tab.number_label.text() == "Chưa lấy số"
    type_text(tab.assessment_edit, ASSESSMENT)
    type_text(tab.proposals_edit, "Đề nghị hỗ trợ thiết bị.")
    assert tab.draft_state.text() == "Có thay đổi chưa lưu vào bản nháp."
    tab.draft_button.click()
    wait_idle()
    held = load_report_text(demo, event_id)
    assert (held.assessment, held.difficulties, held.proposals) == (ASSESSMENT, "", "Đề nghị hỗ trợ thiết bị.")
    assert tab.draft_state.text().startswith("Đã lưu bản nháp")

    # Leaving the event saves what was typed since.
    type_text(tab.difficulties_edit, "Đường truyền yếu.")
    tab.set_event(None)
    wait_idle()
    assert load_report_text(demo, event_id).difficulties == "Đường truyền yếu."

    other = ReportTab(demo, worker)
    qtbot.addWidget(other)
    other.set_event(event_id)
    other.show()
    wait_idle()
    assert other.assessment_edit.toPlainText() == ASSESSMENT
    assert other.difficulties_edit.toPlainText() == "Đường truyền yếu."
    assert other.draft_state.text() == ""


def test_preview_shows_the_report_with_the_typed_words(tab, demo, event_id, wait_idle, type_text):
    # The preview is made once when the tab is first shown.
    assert tab.document.pageCount() > 0
    assert tab.view.document() is tab.document
    first = tab.preview_path
    assert "BÁO CÁO" in pdf_text(first)

    type_text(tab.assessment_edit, ASSESSMENT)
    assert tab.stale_label.isVisibleTo(tab)
    tab.preview_button.click()
    wait_idle()
    assert tab.document.status() == QPdfDocument.Status.Ready
    assert tab.document.pageCount() == pdf_pages(tab.preview_path) > 0
    assert tab.pages_label.text() == f"{tab.document.pageCount()} trang"
    text = pdf_text(tab.preview_path)
    assert "BÁO CÁO" in text and ASSESSMENT in text
    assert ASSESSMENT in " ".join(tab.document.getAllText(tab.document.pageCount() - 1).text().split())
    assert not first.exists()  # the previous preview file is removed
    assert not tab.stale_label.isVisibleTo(tab)
    assert load_report_text(demo, event_id).assessment == ASSESSMENT  # saved before generating


def test_an_unreadable_date_is_shown_at_the_field(tab, wait_idle):
    before = tab.preview_path
    tab.date_edit.setText("31/02/2026")
    tab.preview_button.click()
    wait_idle()
    message = tab.messages.label("date")
    assert message.isVisibleTo(tab) and message.text().startswith("Ngày báo cáo:")
    assert tab.preview_path == before


def test_the_number_is_taken_once_confirmed(tab, demo, wait_idle, message_boxes):
    message_boxes.confirm_answer = False
    tab.date_edit.setText("20/12/2026")
    tab.number_button.click()
    wait_idle()
    assert message_boxes.kinds() == ["confirm"]
    assert tab.number_label.text() == "Chưa lấy số"

    message_boxes.confirm_answer = True
    tab.number_button.click()
    wait_idle()
    assert tab.number_label.text() == "Số 1-BC/HĐTN, ngày 20/12/2026"
    assert not tab.number_button.isEnabled() and not tab.date_edit.isEnabled()
    text = pdf_text(tab.preview_path)
    assert "Số: 1-BC/HĐTN" in text and "ngày 20 tháng 12 năm 2026" in text

    # The next report of the year gets the next number.
    tab.set_event(second_event(demo))
    wait_idle()
    assert tab.number_label.text() == "Chưa lấy số" and tab.number_button.isEnabled()
    tab.date_edit.setText("21/12/2026")
    tab.number_button.click()
    wait_idle()
    assert tab.number_label.text() == "Số 2-BC/HĐTN, ngày 21/12/2026"


def test_print_pdf_draws_every_page(tab, tmp_path, wait_idle, monkeypatch):
    pages = tab.document.pageCount()
    assert pages > 1
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(100)  # enough to check the pages; a real printer gets its own
    assert print_pdf(tab.document, printer) == pages
    assert pdf_pages(tmp_path / "printed.pdf") == pages
    # What is printed is the page itself, all of it, in its place: another page differs by
    # some 20 grey levels on average, the same page by less than one, and nowhere by more
    # than about 20 (a line of text left out makes a spot of 55).
    size, shrunk = QSize(827, 1169), QSize(83, 117)  # A4 at 100 dpi, then a tenth
    for page in range(pages):
        printed = page_image(tmp_path / "printed.pdf", page, size, shrunk)
        shown = page_image(tab.preview_path, page, size, shrunk)
        differences = [abs(a - b) for a, b in zip(printed, shown, strict=True)]
        assert sum(differences) / len(differences) < 2 and max(differences) < 40

    ranged = QPrinter(QPrinter.PrinterMode.HighResolution)
    ranged.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    ranged.setOutputFileName(str(tmp_path / "page2.pdf"))
    ranged.setResolution(100)
    ranged.setPrintRange(QPrinter.PrintRange.PageRange)
    ranged.setFromTo(2, 2)
    assert print_pdf(tab.document, ranged) == 1
    assert pdf_pages(tmp_path / "page2.pdf") == 1

    # The button makes the report again, then prints what it shows.
    asked = []

    def ask_printer(_parent, count, name):
        asked.append((count, name))
        chosen = QPrinter(QPrinter.PrinterMode.HighResolution)
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(tmp_path / "from-button.pdf"))
        chosen.setResolution(100)
        return chosen

    monkeypatch.setattr(report_tab, "ask_printer", ask_printer)
    tab.print_button.click()
    wait_idle()
    assert asked == [(pages, f"Báo cáo - {tab.event_title}")]
    assert pdf_pages(tmp_path / "from-button.pdf") == pages
    assert tab.status_label.text() == f"Đã gửi {pages} trang tới tệp «from-button.pdf»."


def test_the_print_dialog_cancelled_prints_nothing(app, qtbot):
    seen = []

    def cancel() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, cancel)
            return
        seen.append((box.windowTitle(), box.printer().pageLayout().pageSize().id()))
        box.reject()

    QTimer.singleShot(0, cancel)
    assert report_tab.ask_printer(None, 3, "Báo cáo") is None
    assert seen == [("In báo cáo", QPageSize.PageSizeId.A4)]


def test_save_pdf_and_excel_then_open_the_folder(tab, tmp_path, wait_idle, monkeypatch, type_text):
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(dialogs, "choose_pdf_to_save", lambda _parent, _title, name: out / name)
    monkeypatch.setattr(dialogs, "choose_xlsx_to_save", lambda _parent, _title, name: out / "so-lieu.xlsx")
    opened = []
    monkeypatch.setattr(report_tab, "open_folder", lambda folder: opened.append(folder) or True)
    assert not tab.folder_button.isEnabled()

    type_text(tab.assessment_edit, ASSESSMENT)
    tab.pdf_button.click()
    wait_idle()
    pdf = out / f"Báo cáo - {tab.event_title}.pdf"
    assert ASSESSMENT in pdf_text(pdf)
    assert tab.last_saved == pdf and tab.status_label.text().startswith(f"Đã lưu «{pdf.name}»")

    tab.xlsx_button.click()
    wait_idle()
    workbook = openpyxl.load_workbook(out / "so-lieu.xlsx")
    assert workbook.sheetnames
    assert tab.folder_button.isEnabled()
    tab.folder_button.click()
    assert opened == [out]


def test_document_settings_save_and_show_a_sample(demo, worker, qtbot, wait_idle, type_text):
    dialog = DocumentSettingsDialog(demo, worker=worker)
    qtbot.addWidget(dialog)
    dialog.show()
    # Empty fields follow the unit tree, which the placeholders show.
    assert "BCH HUYỆN ĐOÀN CẦU NGANG" in dialog.issuer_lines_edit.placeholderText()
    assert dialog.issuer_code_edit.placeholderText() == "HĐTN"
    assert "Số: …-BC/HĐTN<" in dialog.sample.text()

    type_text(dialog.department_code_edit, "BTG")
    type_text(dialog.signer_name_edit, "Thạch Thị Sa Ri")
    dialog.recipients_edit.setPlainText("Ban Tuyên giáo Tỉnh đoàn\nThường trực Huyện đoàn")
    assert "Số: …-BC/HĐTN-BTG" in dialog.sample.text()
    assert "Thạch Thị Sa Ri" in dialog.sample.text()
    assert dialog.recipients_note.text().startswith("⚠")  # the last one is not «Lưu VP»
    dialog.recipients_edit.setPlainText("Ban Tuyên giáo Tỉnh đoàn\n  Thường trực   Huyện đoàn \n\nLưu VP")
    assert not dialog.recipients_note.text().startswith("⚠")

    dialog.ok_button.click()
    wait_idle()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert get_setting(demo, DOC_SIGNER_NAME) == "Thạch Thị Sa Ri"
    assert get_setting(demo, DOC_DEPARTMENT_CODE) == "BTG"
    assert get_setting(demo, DOC_RECIPIENTS) == ["Ban Tuyên giáo Tỉnh đoàn", "Thường trực Huyện đoàn", "Lưu VP"]

    again = DocumentSettingsDialog(demo)
    qtbot.addWidget(again)
    assert again.signer_name_edit.text() == "Thạch Thị Sa Ri"
    assert again.recipients_edit.toPlainText() == "Ban Tuyên giáo Tỉnh đoàn\nThường trực Huyện đoàn\nLưu VP"
    assert "Thạch Thị Sa Ri" in again.sample.text()


def test_a_refused_setting_is_shown_at_its_field(demo, worker, qtbot, wait_idle, monkeypatch):
    def refuse(_db, _values):
        raise ValidationError("Văn bản: họ tên người ký quá dài.", DOC_SIGNER_NAME.key)

    monkeypatch.setattr(document_settings, "save_document_settings", refuse)
    dialog = DocumentSettingsDialog(demo, worker=worker)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ok_button.click()
    wait_idle()
    message = dialog.messages.label(DOC_SIGNER_NAME.key)
    assert message.isVisible() and message.text() == "Văn bản: họ tên người ký quá dài."
    assert dialog.isVisible() and dialog.ok_button.isEnabled()


def test_the_report_follows_the_document_settings(tab, demo, qtbot, wait_idle, monkeypatch):
    def edit(dialog_self):
        dialog_self.signer_name_edit.setText("Thạch Thị Sa Ri")
        dialog_self.save()
        qtbot.waitUntil(lambda: dialog_self.result() == QDialog.DialogCode.Accepted, timeout=5000)
        return dialog_self.result()

    monkeypatch.setattr(DocumentSettingsDialog, "exec", edit)
    tab.style_button.click()
    wait_idle()
    assert "Thạch Thị Sa Ri" in pdf_text(tab.preview_path)
