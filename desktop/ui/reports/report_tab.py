"""The "Báo cáo" tab of a saved event: the officer's words, the report's number, and the
report itself shown as it will print, then printed or saved as PDF and Excel.

The figures come from the records (:func:`desktop.core.event_report.build_report`); the
officer adds three texts, kept with the event as a draft when asked ("Lưu bản nháp"),
when the tab is left, and before anything is generated, so what is previewed, printed or
saved always holds what was typed. The preview is the very PDF "Lưu PDF…" writes,
generated in the worker into a temporary file and shown with Qt PDF; printing draws the
pages of that file, so the paper matches the screen.

The number is taken from the office's yearly sequence only when the officer asks and
confirms: until then the number line is left blank, to be written in by hand.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QRect, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DoanDeskError
from desktop.core.event_report import (
    DOC_TYPE,
    EventReport,
    ReportText,
    build_report,
    issue_number,
    load_report_text,
    save_report_text,
    write_report_pdf,
    write_report_xlsx,
)
from desktop.core.events import load_event_plan
from desktop.core.office_documents import office_style
from desktop.core.vntext import format_date
from desktop.db.engine import Database
from desktop.i18n import N_, tr, trn
from desktop.ui import dialogs, errors
from desktop.ui.events.plan_table import section_title
from desktop.ui.events.tab_base import SavedEventTab, save_first_page
from desktop.ui.forms import WARNING_COLOUR, DateLineEdit, FieldMessages
from desktop.ui.worker import DatabaseWorker

# Pages go to the printer as images of at most this resolution: enough for type on any
# office printer, and an A4 page at 600 dpi is already an image of 140 MB. (Drawing in
# strips would allow more, but Qt PDF drops the text lines that cross a strip's top edge.)
MAX_PRINT_DPI = 600
PRINT_ERROR = N_("Không in được: máy in «{name}» không nhận lệnh in. Hãy kiểm tra máy in rồi thử lại.")
NO_PREVIEW_TEXT = N_("Bấm «Xem trước» để xem báo cáo đúng như khi in.")


# --------------------------------------------------------------------- printing and the desktop


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the system's file manager (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def ask_printer(parent: QWidget | None, page_count: int, doc_name: str) -> QPrinter | None:
    """The printer and pages the officer picks in the system's print dialog; None when
    cancelled (tests replace this)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setDocName(doc_name)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("In báo cáo"))
    dialog.setMinMax(1, max(1, page_count))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def _pages_to_print(document: QPdfDocument, printer: QPrinter) -> list[int]:
    count = document.pageCount()
    first, last = 0, count - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = printer.fromPage() - 1
        last = min(count, printer.toPage() or count) - 1
    pages = list(range(first, last + 1))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    return pages * copies


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Print the pages of ``document`` (those of the printer's page range) at the printer's
    resolution (up to :data:`MAX_PRINT_DPI`), at their actual size, shrunk only if the
    paper is smaller; returns the number of pages sent. Raises DoanDeskError when the
    printer refuses the job."""
    pages = _pages_to_print(document, printer)
    if not pages:
        return 0
    # The PDF carries the document's own margins: the printer's are not added to them.
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise DoanDeskError(tr(PRINT_ERROR).format(name=printer.printerName() or printer.outputFileName()))
    try:
        dpi = printer.resolution()
        paper = QSize(printer.width(), printer.height())
        for number, index in enumerate(pages):
            if number and not printer.newPage():
                raise DoanDeskError(tr(PRINT_ERROR).format(name=printer.printerName() or printer.outputFileName()))
            _draw_page(painter, document, index, paper, dpi)
    finally:
        painter.end()
    return len(pages)


def _draw_page(painter: QPainter, document: QPdfDocument, index: int, paper: QSize, dpi: int) -> None:
    points = document.pagePointSize(index)
    width, height = points.width() / 72 * dpi, points.height() / 72 * dpi
    # Shrunk only to fit a smaller paper: the printer's page, counted in whole pixels, may
    # fall a fraction of a pixel short of the PDF's own A4.
    scale = min(paper.width() / width, paper.height() / height)
    scale = 1.0 if scale > 0.99 else scale
    target = QRect(0, 0, round(width * scale), round(height * scale))
    image_scale = min(1.0, MAX_PRINT_DPI / dpi)
    image = document.render(index, QSize(round(target.width() * image_scale), round(target.height() * image_scale)))
    # The page comes transparent where nothing is drawn; a printer driver given an image
    # with alpha may rasterise the whole sheet slowly, so it is put on white (in place).
    backing = QPainter(image)
    backing.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
    backing.fillRect(image.rect(), QColor("white"))
    backing.end()
    painter.drawImage(target, image)


# --------------------------------------------------------------------- the worker's side


def number_text(held: ReportText, doc_code: str) -> str:
    """'Số 12-BC/HĐTN-BTG, ngày 20/12/2026', or 'Chưa lấy số'."""
    if held.doc_number is None or held.issued_on is None:
        return tr("Chưa lấy số")
    return tr("Số {number}-{code}, ngày {date}").format(number=held.doc_number, code=doc_code,
                                                       date=format_date(held.issued_on))


@dataclass(frozen=True)
class Loaded:
    """What the tab shows before any report is generated."""

    title: str
    text: ReportText
    doc_code: str


@dataclass(frozen=True)
class Generated:
    """A report generated (and the draft saved before it)."""

    title: str
    text: ReportText
    doc_code: str
    written: Path | None


def load_for_tab(db: Database, event_id: str) -> Loaded:
    plan = load_event_plan(db, event_id)
    text = load_report_text(db, event_id)
    style = office_style(db, plan.organiser_unit_id, text.issued_on)
    return Loaded(plan.title, text, style.doc_code(DOC_TYPE))


def generate(db: Database, event_id: str, draft: ReportText | None, on: date | None, *, issue: bool = False,
             write: Callable[[Database, EventReport], Path] | None = None) -> Generated:
    """Save ``draft`` (when given), take the number (when ``issue``), build the report
    dated ``on`` (the issue's date once numbered) and hand it to ``write``."""
    if draft is not None:
        save_report_text(db, event_id, draft)
    if issue:
        issue_number(db, event_id, on)
    held = load_report_text(db, event_id)
    numbered = held.doc_number is not None and held.issued_on is not None
    report = build_report(db, event_id, on=None if numbered else on, number=held.doc_number if numbered else None)
    written = write(db, report) if write is not None else None
    return Generated(report.plan.title, held, report.style.doc_code(DOC_TYPE), written)


# --------------------------------------------------------------------- the tab


def _text_box(name: str, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)  # Tab goes on to the next box, as in any form
    return box


class ReportTab(SavedEventTab):
    """The report's draft, number and preview. Its reads keep ``_generation`` as it is
    (a draft read and a preview may run side by side); it changes with the event."""

    def __init__(self, db: Database, worker: DatabaseWorker, parent: QWidget | None = None):
        super().__init__(db, worker, parent)
        self.held = ReportText()  # as last read from or written to the database
        self.doc_code = ""
        self.last_saved: Path | None = None
        self.preview_path: Path | None = None
        self._loaded_id: str | None = None  # the event whose draft fills the boxes
        self._previewed_id: str | None = None  # the event whose preview was asked for
        self._edits = 0  # changes to the texts…
        self._saved_edits = 0  # …and how many of them the saved draft holds
        self._changes = 0  # changes to the texts or the date…
        self._shown_changes: int | None = None  # …and how many of them the preview shows
        self._preview_serial = 0
        self._filling = False
        self._unsaved_shown = False  # the draft state says "unsaved changes"
        # One folder for the previews of this tab, removed when the program ends.
        self._temp = tempfile.TemporaryDirectory(prefix="doandesk-report-", ignore_cleanup_errors=True)
        self.document = QPdfDocument(self)

        self._set_pages(save_first_page(
            "report_unsaved", tr("Lưu hội nghị để lập báo cáo"),
            tr("Sau khi lưu (Ctrl+S), thẻ này lập báo cáo kết quả hội nghị theo thể thức văn bản của Đoàn từ số "
               "liệu điểm danh, kiểm tra nhận thức và bài thu hoạch; cán bộ viết phần đánh giá, đề xuất, lấy số "
               "văn bản, xem trước, in hoặc lưu PDF và Excel."),
            self.save_requested), self._build_content_page())
        self._clear()

    def _build_content_page(self) -> QWidget:
        self.number_label = QLabel()
        self.number_label.setObjectName("report_number")
        self.number_label.setStyleSheet("font-size: 11pt; font-weight: bold;")
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.date_edit = DateLineEdit()
        self.date_edit.setObjectName("report_date")
        self.date_edit.setMaximumWidth(120)
        self.date_edit.setToolTip(tr("Ngày ghi ở dòng địa danh, ngày tháng của báo cáo"))
        self.date_edit.textChanged.connect(self._date_edited)
        self.messages = FieldMessages(grow_window=False)
        self.number_button = QPushButton(tr("Lấy &số văn bản…"))
        self.number_button.setToolTip(tr("Lấy số tiếp theo trong sổ văn bản của năm; số giữ luôn cho báo cáo này"))
        self.number_button.clicked.connect(self.take_number)
        self.number_hint = QLabel()
        self.number_hint.setWordWrap(True)
        self.number_hint.setStyleSheet("color: #555;")

        self.assessment_edit = _text_box(
            "report_assessment", tr("Kết quả nổi bật, tinh thần tham gia, chất lượng tiếp thu của đoàn viên…"))
        self.difficulties_edit = _text_box(
            "report_difficulties", tr("Những khó khăn, hạn chế khi tổ chức (để trống nếu không có)"))
        self.proposals_edit = _text_box(
            "report_proposals", tr("Đề xuất, kiến nghị với cấp trên (để trống: báo cáo ghi «Không có»)"))
        for box in (self.assessment_edit, self.difficulties_edit, self.proposals_edit):
            box.textChanged.connect(self._text_edited)
        self.draft_button = QPushButton(tr("Lưu bản &nháp"))
        self.draft_button.setToolTip(tr("Lưu phần đánh giá, khó khăn và đề xuất cùng hội nghị (cũng tự lưu khi "
                                        "xem trước, in, lưu tệp hay rời thẻ này)"))
        self.draft_button.clicked.connect(self.save_draft)
        self.draft_state = QLabel()
        self.draft_state.setObjectName("draft_state")
        self.style_button = QPushButton(tr("Cách trình bày &văn bản…"))
        self.style_button.setToolTip(tr("Cơ quan ban hành, địa danh, số ký hiệu, người ký và nơi nhận"))
        self.style_button.clicked.connect(self.edit_document_settings)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(section_title(tr("Số văn bản")))
        left_layout.addWidget(self.number_label)
        date_row = QHBoxLayout()
        date_row.addWidget(QLabel(tr("Ngày báo cáo:")), 0, Qt.AlignmentFlag.AlignTop)
        date_row.addWidget(self.messages.wrap("date", self.date_edit), 1)
        date_row.addWidget(self.number_button, 0, Qt.AlignmentFlag.AlignTop)
        left_layout.addLayout(date_row)
        left_layout.addWidget(self.number_hint)
        left_layout.addSpacing(6)
        left_layout.addWidget(section_title(tr("Phần cán bộ viết")))
        for title, box, stretch in ((tr("Đánh giá chung"), self.assessment_edit, 2),
                                    (tr("Khó khăn, hạn chế"), self.difficulties_edit, 1),
                                    (tr("Đề xuất, kiến nghị"), self.proposals_edit, 1)):
            label = QLabel(title)
            label.setBuddy(box)
            left_layout.addWidget(label)
            left_layout.addWidget(box, stretch)
        draft_row = QHBoxLayout()
        draft_row.addWidget(self.draft_button)
        draft_row.addWidget(self.draft_state, 1)
        left_layout.addLayout(draft_row)
        left_layout.addWidget(self.style_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.preview_button = QPushButton(tr("&Xem trước"))
        self.preview_button.setToolTip(tr("Tạo lại báo cáo từ số liệu hiện có và phần cán bộ viết"))
        self.preview_button.clicked.connect(lambda: self.preview())
        self.print_button = QPushButton(tr("In &báo cáo…"))
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button = QPushButton(tr("Lưu &PDF…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.xlsx_button = QPushButton(tr("Lưu &Excel…"))
        self.xlsx_button.setToolTip(tr("Các bảng số liệu của báo cáo, mỗi bảng một trang tính"))
        self.xlsx_button.clicked.connect(self.save_xlsx)
        self.folder_button = QPushButton(tr("Mở thư &mục"))
        self.folder_button.setToolTip(tr("Mở thư mục chứa tệp vừa lưu"))
        self.folder_button.clicked.connect(self.open_saved_folder)
        self.pages_label = QLabel()
        self.pages_label.setObjectName("report_pages")
        self.stale_label = QLabel(tr("Đã sửa sau lần xem trước: bấm «Xem trước» để cập nhật."))
        self.stale_label.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.status_label = QLabel()
        self.status_label.setObjectName("report_status")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.view = QPdfView()
        self.view.setObjectName("report_preview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.placeholder = QLabel(tr(NO_PREVIEW_TEXT))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #555; background: #e6e6e6;")
        self.preview_stack = QStackedWidget()
        self.preview_stack.addWidget(self.placeholder)
        self.preview_stack.addWidget(self.view)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        actions = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.pdf_button, self.xlsx_button, self.folder_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.pages_label)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.stale_label)
        right_layout.addWidget(self.preview_stack, 1)
        right_layout.addWidget(self.status_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([430, 800])
        page = QWidget()
        QVBoxLayout(page).addWidget(splitter)
        return page

    # ------------------------------------------------------------------ the event

    def set_event(self, event_id: str | None) -> None:
        """The saved event to report on (None before its first save: the tab says to save)."""
        self.pages.setCurrentWidget(self.content_page if event_id is not None else self.unsaved_page)
        if event_id == self.event_id:
            return
        if self._draft_dirty():
            self.save_draft()  # the words typed for the event being left
        self._generation += 1
        self._preview_serial += 1
        self.event_id = event_id
        self._clear()
        if event_id is not None and self.isVisible():
            self._activate()

    def _clear(self) -> None:
        self._loaded_id = self._previewed_id = None
        self.event_title = ""
        self.held, self.doc_code = ReportText(), ""
        self._filling = True
        try:
            for box in (self.assessment_edit, self.difficulties_edit, self.proposals_edit):
                box.clear()
            self.date_edit.clear()
        finally:
            self._filling = False
        self._edits = self._saved_edits = self._changes = 0
        self._shown_changes = None
        self.messages.clear()
        self.number_label.setText("")
        self.number_hint.setText("")
        self.document.close()
        self._drop_preview_file()
        self.placeholder.setText(tr(NO_PREVIEW_TEXT))
        self.preview_stack.setCurrentWidget(self.placeholder)
        self.pages_label.setText("")
        self.last_saved = None
        self.status_label.setText("")
        self.draft_state.setText("")
        self._unsaved_shown = False
        self._update_state()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._activate()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().hideEvent(event)
        if self._draft_dirty():
            try:
                self.save_draft()
            except RuntimeError:
                pass  # the worker is already shut down: nothing can be written any more

    def _activate(self) -> None:
        """Read the draft the first time the event is shown, and preview the report once."""
        if self.event_id is None:
            return
        if self._loaded_id != self.event_id:
            self.reload()
        if self._previewed_id != self.event_id:
            self.preview()

    def reload(self) -> None:
        """Read the draft, the number and the title again (in the worker)."""
        if self.event_id is None:
            return
        generation, db, event_id = self._generation, self._db, self.event_id
        self._worker.run(lambda _state: load_for_tab(db, event_id),
                         on_success=lambda loaded: self._fill(generation, loaded), parent=self,
                         label=tr("Đang đọc báo cáo…"), show_progress=False)

    def _fill(self, generation: int, loaded: Loaded) -> None:
        if generation != self._generation:
            return
        self.event_title = loaded.title
        if self._loaded_id != self.event_id or not self._draft_dirty():
            self._filling = True
            try:
                self.assessment_edit.setPlainText(loaded.text.assessment)
                self.difficulties_edit.setPlainText(loaded.text.difficulties)
                self.proposals_edit.setPlainText(loaded.text.proposals)
            finally:
                self._filling = False
            self._saved_edits = self._edits
        self._loaded_id = self.event_id
        self._show_held(loaded.text, loaded.doc_code)
        self._update_state()

    def _show_held(self, held: ReportText, doc_code: str) -> None:
        """The number and date as the database holds them."""
        self.held, self.doc_code = held, doc_code
        self.number_label.setText(number_text(held, doc_code))
        self._filling = True
        try:
            if self.numbered:
                self.date_edit.set_value(held.issued_on)
                self.messages.clear("date")
            elif not self.date_edit.text().strip():
                self.date_edit.set_value(date.today())
        finally:
            self._filling = False
        self.date_edit.setEnabled(not self.numbered)
        if self.numbered:
            self.number_hint.setText(tr("Số và ngày đã ghi vào sổ văn bản; in lại báo cáo vẫn giữ số này."))
        else:
            self.number_hint.setText(tr("Chưa lấy số thì bản in để trống chỗ ghi số, để ghi tay. Số lấy theo thứ "
                                        "tự trong năm và giữ luôn cho báo cáo."))

    @property
    def numbered(self) -> bool:
        return self.held.doc_number is not None and self.held.issued_on is not None

    # ------------------------------------------------------------------ the draft

    def draft(self) -> ReportText:
        """The officer's words as typed."""
        return ReportText(self.assessment_edit.toPlainText(), self.difficulties_edit.toPlainText(),
                          self.proposals_edit.toPlainText())

    def _draft_dirty(self) -> bool:
        return self.event_id is not None and self._loaded_id == self.event_id and self._edits != self._saved_edits

    def _text_edited(self) -> None:
        if self._filling:
            return
        self._edits += 1
        self._changes += 1
        self._update_state()

    def _date_edited(self) -> None:
        if self._filling:
            return
        self._changes += 1
        self.messages.clear("date")
        self._update_state()

    def save_draft(self) -> None:
        """Keep the three texts with the event (in the worker)."""
        if self.event_id is None or self._loaded_id != self.event_id:
            return
        generation, edits, db, event_id, draft = self._generation, self._edits, self._db, self.event_id, self.draft()
        self._worker.run(lambda _state: save_report_text(db, event_id, draft),
                         on_success=lambda _result: self._draft_saved(generation, edits), parent=self,
                         label=tr("Đang lưu bản nháp…"))

    def _draft_saved(self, generation: int, edits: int) -> None:
        if generation != self._generation:
            return
        self._saved_edits = edits
        self.draft_state.setText(tr("Đã lưu bản nháp lúc {time}.").format(time=f"{datetime.now():%H:%M}"))
        self._unsaved_shown = False
        self._update_state()

    # ------------------------------------------------------------------ generating the report

    def _report_date(self) -> tuple[bool, date | None]:
        """(ok, the date typed); once numbered the date is the issue's (None here)."""
        if self.numbered:
            return True, None
        try:
            value, _year_only = self.date_edit.value()
        except ValueError as exc:
            self.messages.show("date", tr("Ngày báo cáo: {error}").format(error=exc))
            self.messages.focus("date")
            return False, None
        self.messages.clear("date")
        return True, value or date.today()

    def _run_report(self, label: str, on_done: Callable[[Generated], None], *, issue: bool = False,
                    write: Callable[[Database, EventReport], Path] | None = None, date_ok=None) -> bool:
        """Generate the report in the worker (the draft saved first); False when the date
        typed cannot be read."""
        if self.event_id is None:
            return False
        ok, on = date_ok if date_ok is not None else self._report_date()
        if not ok:
            return False
        draft = self.draft() if self._draft_dirty() else None
        generation, edits, db, event_id = self._generation, self._edits, self._db, self.event_id

        def done(result: Generated) -> None:
            if generation != self._generation:
                return
            if draft is not None:
                self._saved_edits = edits
            self.event_title = result.title
            self._show_held(result.text, result.doc_code)
            self._update_state()
            on_done(result)

        self._worker.run(lambda _state: generate(db, event_id, draft, on, issue=issue, write=write),
                         on_success=done, parent=self, label=label)
        return True

    def preview(self, *, then_print: bool = False, issue: bool = False, date_ok=None) -> None:
        """Generate the report into a temporary file and show it (then print it)."""
        if self.event_id is None:
            return
        self._preview_serial += 1
        serial, changes = self._preview_serial, self._changes
        path = Path(self._temp.name) / f"bao-cao-{serial}.pdf"
        self._previewed_id = self.event_id
        if self.preview_path is None:
            self.placeholder.setText(tr("Đang tạo bản xem trước…"))
        label = tr("Đang lấy số văn bản…") if issue else tr("Đang tạo bản xem trước…")
        started = self._run_report(label, lambda result: self._show_preview(serial, path, changes, then_print),
                                   issue=issue, write=lambda _db, report: write_report_pdf(report, path),
                                   date_ok=date_ok)
        if not started:
            self.placeholder.setText(tr(NO_PREVIEW_TEXT))

    def _show_preview(self, serial: int, path: Path, changes: int, then_print: bool) -> None:
        if serial != self._preview_serial:
            path.unlink(missing_ok=True)  # a newer preview is on its way
            return
        self.document.close()
        self._drop_preview_file()
        if self.document.load(str(path)) != QPdfDocument.Error.None_:
            dialogs.warn(self, tr("Xem trước báo cáo"), tr("Không mở được bản xem trước của báo cáo."),
                         informative=tr("Hãy thử «Lưu PDF…» rồi mở tệp bằng chương trình đọc PDF."))
            self.preview_stack.setCurrentWidget(self.placeholder)
            return
        self.preview_path = path
        self._shown_changes = changes
        count = self.document.pageCount()
        self.pages_label.setText(trn("%n trang", count))
        self.preview_stack.setCurrentWidget(self.view)
        self._update_state()
        if then_print:
            self._print_shown()

    def _drop_preview_file(self) -> None:
        if self.preview_path is not None:
            try:
                self.preview_path.unlink(missing_ok=True)
            except OSError:
                pass  # still held open elsewhere: the temporary folder goes when the program ends
            self.preview_path = None

    def print_report(self) -> None:
        """Generate the report again (what is printed is what the records say now), show it
        and open the print dialog."""
        self.preview(then_print=True)

    def _print_shown(self) -> None:
        count = self.document.pageCount()
        if count == 0:
            return
        printer = ask_printer(self, count, tr("Báo cáo - {title}").format(title=self.event_title))
        if printer is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            printed = print_pdf(self.document, printer)
        except Exception as exc:  # noqa: BLE001 - shown to the officer
            QApplication.restoreOverrideCursor()
            errors.show_error(self, exc)
            return
        QApplication.restoreOverrideCursor()
        if printer.outputFileName():
            sent = trn("Đã gửi %n trang tới tệp «{name}».", printed).format(name=Path(printer.outputFileName()).name)
        else:
            sent = trn("Đã gửi %n trang tới máy in «{name}».", printed).format(name=printer.printerName())
        self.status_label.setText(sent)

    def take_number(self) -> None:
        """Take the report's number from the year's sequence (after confirming), dated as typed."""
        if self.event_id is None or self.numbered:
            return
        ok, on = self._report_date()
        if not ok:
            return
        if not dialogs.confirm(
                self, tr("Lấy số văn bản"),
                tr("Lấy số cho báo cáo này trong sổ văn bản năm {year}?").format(year=on.year),
                confirm_text=tr("Lấy số"), cancel_text=tr("Hủy"),
                informative=tr("Báo cáo sẽ mang số tiếp theo của năm {year}, ngày {date}. Số được giữ luôn cho báo "
                               "cáo này, kể cả khi in lại, và không trả lại hay đổi được.").format(
                    year=on.year, date=format_date(on))):
            return
        self.preview(issue=True, date_ok=(True, on))

    def _file_name(self, suffix: str) -> str:
        if not self.event_title:
            return tr("Báo cáo - hội nghị") + suffix
        return tr("Báo cáo - {title}").format(title=self.event_title) + suffix

    def save_pdf(self) -> None:
        if self.event_id is None:
            return
        date_ok = self._report_date()
        if not date_ok[0]:
            return
        path = dialogs.choose_pdf_to_save(self, tr("Lưu báo cáo (PDF)"), self._file_name(".pdf"))
        if path is None:
            return
        self._run_report(tr("Đang ghi báo cáo (PDF)…"), self._file_saved, date_ok=date_ok,
                         write=lambda _db, report: write_report_pdf(report, path))

    def save_xlsx(self) -> None:
        if self.event_id is None:
            return
        date_ok = self._report_date()
        if not date_ok[0]:
            return
        path = dialogs.choose_xlsx_to_save(self, tr("Lưu số liệu báo cáo (Excel)"), self._file_name(".xlsx"))
        if path is None:
            return
        self._run_report(tr("Đang ghi số liệu báo cáo (Excel)…"), self._file_saved, date_ok=date_ok,
                         write=lambda db, report: write_report_xlsx(db, report, path))

    def _file_saved(self, result: Generated) -> None:
        self.last_saved = result.written
        self.status_label.setText(tr("Đã lưu «{name}» vào thư mục {folder}.").format(
            name=result.written.name, folder=result.written.parent))
        self._update_state()

    def open_saved_folder(self) -> None:
        if self.last_saved is None:
            return
        folder = self.last_saved.parent
        if not open_folder(folder):
            dialogs.warn(self, tr("Mở thư mục"), tr("Không mở được thư mục «{folder}».").format(folder=folder))

    def edit_document_settings(self) -> None:
        """The office's document settings; the preview follows what was changed."""
        from desktop.ui.reports.document_settings import DocumentSettingsDialog

        dialog = DocumentSettingsDialog(self._db, self, worker=self._worker)
        if dialog.exec() and self.event_id is not None:
            self.reload()
            self.preview()

    # ------------------------------------------------------------------ state

    def _update_state(self) -> None:
        ready = self.event_id is not None
        loaded = ready and self._loaded_id == self.event_id
        for box in (self.assessment_edit, self.difficulties_edit, self.proposals_edit):
            box.setEnabled(loaded)
        self.draft_button.setEnabled(loaded)
        self.number_button.setEnabled(loaded and not self.numbered)
        for button in (self.preview_button, self.print_button, self.pdf_button, self.xlsx_button):
            button.setEnabled(ready)
        self.folder_button.setEnabled(self.last_saved is not None)
        if self._draft_dirty():
            self.draft_state.setText(tr("Có thay đổi chưa lưu vào bản nháp."))
            self.draft_state.setStyleSheet(f"color: {WARNING_COLOUR};")
            self._unsaved_shown = True
        else:
            self.draft_state.setStyleSheet("color: #555;")
            if self._unsaved_shown:  # the unsaved changes just went into the draft
                self.draft_state.setText(tr("Đã lưu bản nháp."))
                self._unsaved_shown = False
        self.stale_label.setVisible(self._shown_changes is not None and self._changes != self._shown_changes)
