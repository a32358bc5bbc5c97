"""An official list as an .xlsx worksheet, the way Union offices print them.

Every exported list (the roster, the dialogue questions, …) shares the same frame: the
Union's header block at the top, a bold title with an optional line under it, bordered
column headers in row 7, Times New Roman throughout, the header row frozen on screen and
repeated on every printed page, A4 landscape fitted to the page width. The exporters
fill in the rows, each in its own way.
"""

# i18n: vi-module — the texts of this module are the Union's Vietnamese documents.

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from desktop.core.errors import InputFileError
from desktop.core.letterhead import Letterhead
from desktop.i18n import tr

FONT = "Times New Roman"
DATE_FORMAT = "dd/mm/yyyy"
HEADER_ROW = 7


class ListSheet:
    """A new workbook whose only sheet has the frame drawn; rows go below ``header_row``.

    ``columns`` are (header, width in characters). ``regular``, ``bold``, ``center`` and
    ``border`` are the styles of the frame, for the exporter's own cells.
    """

    def __init__(self, sheet_name: str, letterhead: Letterhead, title: str, subtitle: str,
                 columns: Sequence[tuple[str, float]], *, _first: "ListSheet | None" = None):
        # openpyxl takes half a second to import: only exports pay for it, not start-up.
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Border, Font, Side
        from openpyxl.utils import get_column_letter

        if _first is None:
            self.workbook = Workbook()
            ws = self.ws = self.workbook.active
            self._sheets: list[ListSheet] = [self]
        else:
            self.workbook = _first.workbook
            ws = self.ws = self.workbook.create_sheet()
            self._sheets = _first._sheets
            self._sheets.append(self)
        self.letterhead = letterhead
        ws.title = sheet_name
        self.columns = len(columns)
        self.header_row = HEADER_ROW
        self.regular, self.bold = Font(name=FONT, size=12), Font(name=FONT, size=12, bold=True)
        self.center = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.left = Alignment(horizontal="left", vertical="center", wrap_text=True)
        thin = Side(style="thin")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)

        # The issuing body takes the left half, the Union's name and the date the right.
        half = max(2, self.columns // 2)
        for i, line in enumerate(letterhead.issuer_lines, start=1):
            ws.cell(i, 1, line).font = self.bold if i == len(letterhead.issuer_lines) else self.regular
            ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=half)
            ws.cell(i, 1).alignment = self.center
        ws.cell(1, half + 1, letterhead.union_name).font = Font(name=FONT, size=12, bold=True, underline="single")
        ws.cell(2, half + 1, letterhead.place_date).font = Font(name=FONT, size=12, italic=True)
        for row in (1, 2):
            ws.merge_cells(start_row=row, start_column=half + 1, end_row=row, end_column=self.columns)
            ws.cell(row, half + 1).alignment = self.center

        ws.cell(4, 1, title).font = Font(name=FONT, size=14, bold=True)
        self.merge_row(4)
        ws.cell(4, 1).alignment = self.center
        if subtitle:
            ws.cell(5, 1, subtitle).font = Font(name=FONT, size=12, italic=True)
            self.merge_row(5)
            ws.cell(5, 1).alignment = self.center

        for c, (header, width) in enumerate(columns, start=1):
            cell = ws.cell(self.header_row, c, header)
            cell.font, cell.alignment, cell.border = self.bold, self.center, self.border
            ws.column_dimensions[get_column_letter(c)].width = width
        ws.row_dimensions[self.header_row].height = 32

    def add_sheet(self, sheet_name: str, title: str, subtitle: str,
                  columns: Sequence[tuple[str, float]]) -> "ListSheet":
        """A further sheet with the same frame in the same workbook; :meth:`save` on any
        of them sets up and writes them all."""
        return ListSheet(sheet_name, self.letterhead, title, subtitle, columns, _first=self)

    def write_row(self, row: int, values: Sequence[object], *, bold: bool = False) -> None:
        """One bordered table row: numbers and formulas centred, text wrapped at the left."""
        for column, value in enumerate(values, start=1):
            cell = self.ws.cell(row, column, value)
            cell.font = self.bold if bold else self.regular
            cell.border = self.border
            text = isinstance(value, str) and not value.startswith("=")
            cell.alignment = self.left if text else self.center

    def merge_row(self, row: int) -> None:
        """Merge ``row`` across all the columns (titles, group headings)."""
        self.ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=self.columns)

    def _set_up_pages(self) -> None:
        ws = self.ws
        ws.freeze_panes = ws.cell(self.header_row + 1, 1)
        ws.print_title_rows = f"{self.header_row}:{self.header_row}"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True

    def save(self, path: str | Path) -> None:
        """Set up the screen and the printed page of every sheet, then write the file."""
        for sheet in self._sheets:
            sheet._set_up_pages()
        try:
            self.workbook.save(path)
        except OSError as exc:
            raise InputFileError(tr("Không ghi được tệp {path}: {reason}").format(
                path=path, reason=exc.strerror or exc)) from exc


class ListBook:
    """A workbook of list sheets under one letterhead, filled by several writers in turn
    (an event's report workbook takes the attendance, test and essay sheets)."""

    def __init__(self, letterhead: Letterhead):
        self.letterhead = letterhead
        self._first: ListSheet | None = None

    def sheet(self, sheet_name: str, title: str, subtitle: str, columns: Sequence[tuple[str, float]]) -> ListSheet:
        if self._first is None:
            self._first = ListSheet(sheet_name, self.letterhead, title, subtitle, columns)
            return self._first
        return self._first.add_sheet(sheet_name, title, subtitle, columns)

    def save(self, path: str | Path) -> Path:
        if self._first is None:
            raise ValueError("an empty workbook: add a sheet first")
        self._first.save(path)
        return Path(path)
