"""PDF documents in the Union's official format, built from plain data.

The layout follows the Union's rules on document format (Hướng dẫn 29-HD/TWĐTN-VP, which
takes paper, margins and type from Nghị định 30/2020/NĐ-CP): A4, margins 20 mm top and
bottom, 30 mm left (the binding edge), 15 mm right, a Times New Roman face at 13–14 pt.
The face is the bundled Liberation Serif, metric twin of Times New Roman with every
Vietnamese letter; reportlab's built-in Times would drop them all.

The header is the Union's two-column block: issuing bodies top left (the issuer in bold),
``***`` under them and the ``Số: 12-KH/HĐTN`` line; ``ĐOÀN TNCS HỒ CHÍ MINH`` bold and
underlined top right, with the italic place and date under it. Then the title in bold
capitals and the summary line.

:class:`OfficialDocument` collects paragraphs, tables, a signature block and QR grids and
writes the PDF; :func:`qr_sheet` is the ready-made printable sheet of QR codes. Every text
is taken as plain text (never markup unless asked for), normalised to NFC and escaped.
"""

# i18n: vi-module — the texts of this module are the Union's Vietnamese documents.

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote
from xml.sax.saxutils import escape, quoteattr

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from desktop.core import vntext
from desktop.core.errors import InputFileError
from desktop.core.letterhead import Letterhead
from desktop.core.qr import qr_matrix
from desktop.i18n import tr
from desktop.resources import SANS_FONT_FILES, SERIF_FONT_FILES, resource_path

__all__ = ["OfficialDocument", "QrItem", "qr_sheet", "PARAGRAPH_STYLES", "draw_qr_matrix", "register_fonts",
           "CanvasPdf", "write_pdf_file"]

SERIF = "LiberationSerif"
SANS = "LiberationSans"
AUTHOR = "DoanDesk"

# (top, bottom, left, right). A landscape page bound with portrait ones has its top at
# the binding, so the portrait margins turn with the paper: the 30 mm binding margin
# goes to the top and the narrow 15 mm one to the bottom.
PORTRAIT_MARGINS = (20 * mm, 20 * mm, 30 * mm, 15 * mm)
LANDSCAPE_MARGINS = (30 * mm, 15 * mm, 20 * mm, 20 * mm)

BODY_SIZE = 14
TABLE_SIZE = 12
PAGE_NUMBER_SIZE = 13
CELL_PADDING = 3  # points, each side of a table cell's text

QR_SIZE = 45 * mm           # the whole symbol with its quiet zone
QR_QUIET_MODULES = 4        # the light margin a scanner needs around the code
QR_COLUMNS = 3              # 3 × 55 mm fills the 165 mm text width of a portrait page


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register the bundled faces once per process, as families so <b> and <i> work."""
    for family, files in ((SERIF, SERIF_FONT_FILES), (SANS, SANS_FONT_FILES)):
        faces = {}
        for face, filename in files.items():
            name = family if face == "regular" else f"{family}-{face}"
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
            faces[face] = name
        # The sans family ships no italic faces: its upright ones stand in for them.
        pdfmetrics.registerFontFamily(
            family,
            normal=faces["regular"],
            bold=faces["bold"],
            italic=faces.get("italic", faces["regular"]),
            boldItalic=faces.get("bolditalic", faces["bold"]),
        )


def _style(name: str, size: float = BODY_SIZE, *, font: str = SERIF, bold: bool = False,
           italic: bool = False, align: int = TA_LEFT, **extra) -> ParagraphStyle:
    face = font + {(False, False): "", (True, False): "-bold", (False, True): "-italic",
                   (True, True): "-bolditalic"}[bold, italic]
    # Single line spacing of Times New Roman is about 1.15 × the size; 1.2 reads better.
    return ParagraphStyle(name, fontName=face, fontSize=size, leading=round(size * 1.2, 1),
                          alignment=align, **extra)


@lru_cache(maxsize=1)
def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {
        # Body text: justified, first line indented 1 cm, at least 6 pt between paragraphs.
        "body": _style("body", align=TA_JUSTIFY, firstLineIndent=10 * mm, spaceBefore=6),
        "heading": _style("heading", bold=True, spaceBefore=9),
        "center": _style("center", align=TA_CENTER, spaceBefore=6),
        "italic": _style("italic", italic=True, align=TA_JUSTIFY, spaceBefore=6),
        "right": _style("right", align=TA_RIGHT, spaceBefore=6),
        "bold": _style("bold", bold=True, spaceBefore=6),
        "caption": _style("caption", 12, italic=True, align=TA_CENTER, spaceBefore=2),
        # Letterhead and title.
        "issuer": _style("issuer", 13, align=TA_CENTER),
        "issuer_bold": _style("issuer_bold", 13, bold=True, align=TA_CENTER),
        "union": _style("union", 13, bold=True, align=TA_CENTER),
        "place_date": _style("place_date", 13, italic=True, align=TA_CENTER),
        "title": _style("title", 15, bold=True, align=TA_CENTER, spaceBefore=18),
        "subtitle": _style("subtitle", bold=True, align=TA_CENTER, spaceBefore=2),
        # Signature block and the list of recipients beside it.
        "signer": _style("signer", 13, bold=True, align=TA_CENTER),
        "recipients_label": _style("recipients_label", 12, bold=True, italic=True),
        "recipients": _style("recipients", 11),
        # QR sheet cells.
        "qr_title": _style("qr_title", 12, bold=True, align=TA_CENTER, spaceBefore=3),
        "qr_caption": _style("qr_caption", 11, italic=True, align=TA_CENTER, spaceBefore=1),
        "qr_url": _style("qr_url", 8.5, font=SANS, align=TA_CENTER, spaceBefore=2),
    }


# The styles a caller may name in OfficialDocument.paragraph().
PARAGRAPH_STYLES = ("body", "heading", "center", "italic", "right", "bold", "caption")

_ALIGNMENTS = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


def _plain(text: object) -> str:
    """One line of plain text as the PDF shows it: NFC, spaces collapsed, dates dd/mm/yyyy."""
    if isinstance(text, dt.date):
        return vntext.format_date(text)
    return vntext.normalize(text)


def _markup(text: object) -> str:
    """Plain text (several lines allowed) → paragraph markup, escaped, line breaks kept."""
    if text is None:
        return ""
    if not isinstance(text, str):
        return escape(_plain(text))
    return "<br/>".join(escape(_plain(line)) for line in text.splitlines())


def _para(text: object, style: str) -> Paragraph:
    return Paragraph(_markup(text), _styles()[style])


def _span_commands(header: list[list[str]]) -> list[tuple]:
    """SPAN commands for a header whose empty cells merge into a neighbour.

    An empty cell in the first header row joins the cell on its left; an empty cell in a
    later row joins the cell above. So ``[["STT", "Ngày sinh", ""], ["", "Nam", "Nữ"]]``
    gives STT over two rows and Ngày sinh over the Nam and Nữ columns.
    """
    commands = []
    n_rows, n_cols = len(header), len(header[0])
    for col in range(n_cols):
        for row in range(n_rows):
            if not header[row][col]:
                continue
            width = 1
            if row == 0:
                while col + width < n_cols and not header[0][col + width]:
                    width += 1
            height = 1
            while row + height < n_rows and not any(header[row + height][col:col + width]):
                height += 1
            if width > 1 or height > 1:
                commands.append(("SPAN", (col, row), (col + width - 1, row + height - 1)))
    return commands


def _fit_widths(columns: list[list[str]], header_columns: list[list[str]], size: float,
                available: float) -> list[float]:
    """Column widths that fill ``available``, wrapping text only where it reads well.

    Each column wants its longest text on one line and needs at least its longest word.
    Short columns (numbers, names, dates: under 30 % of the width) get all they want when
    the long ones (duties, notes, addresses) can still have what they need; the long ones
    then share the rest. A word wider than a quarter of the page (an e-mail address, a
    link) does not set the minimum: it is broken inside its cell.
    """
    def width(text: str, font: str) -> float:
        return pdfmetrics.stringWidth(text, font, size)

    padding = 2 * CELL_PADDING + 1
    wanted, needed = [], []
    for cells, headers in zip(columns, header_columns):
        texts = [(t, SERIF) for t in cells] + [(t, SERIF + "-bold") for t in headers]
        widest_text = max((width(t, f) for t, f in texts), default=0)
        widest_word = max((width(w, f) for t, f in texts for w in t.split()), default=0)
        wanted.append(widest_text + padding)
        needed.append(min(widest_word, available / 4) + padding)
    if sum(wanted) <= available:
        # Everything fits on one line: every column gets an equal share of the rest, so
        # narrow number columns breathe as much as the wide ones.
        spare = (available - sum(wanted)) / len(wanted)
        return [w + spare for w in wanted]
    if sum(needed) >= available:
        return [n * available / sum(needed) for n in needed]
    short = [w <= 0.3 * available for w in wanted]
    room_for_long = available - sum(w for w, is_short in zip(wanted, short) if is_short)
    if room_for_long >= sum(n for n, is_short in zip(needed, short) if not is_short):
        needed = [w if is_short else n for w, n, is_short in zip(wanted, needed, short)]
    return _share_out(needed, wanted, available)


def _share_out(needed: list[float], wanted: list[float], available: float) -> list[float]:
    """Raise every column from what it needs towards what it wants, all to one common
    level, until together they fill ``available`` (water filling)."""
    def widths_at(level: float) -> list[float]:
        return [max(n, min(w, level)) for n, w in zip(needed, wanted)]

    low, high = 0.0, available
    for _ in range(40):  # bisection to well under a hundredth of a point
        level = (low + high) / 2
        low, high = (level, high) if sum(widths_at(level)) < available else (low, level)
    return widths_at(low)  # the lower bound: a hair narrower than the page, never wider


def _display_url(url: str, style: ParagraphStyle, max_width: float) -> str:
    """The URL as a person reads it: no scheme, percent escapes decoded (Vietnamese query
    text becomes readable), and cut in the middle with … when wider than the cell."""
    shown = unquote(url)
    for scheme in ("https://", "http://"):
        if shown.lower().startswith(scheme):
            shown = shown[len(scheme):]
    shown = unicodedata.normalize("NFC", shown.rstrip("/"))

    def fits(text: str) -> bool:
        return pdfmetrics.stringWidth(text, style.fontName, style.fontSize) <= max_width

    if fits(shown):
        return shown
    # Keep two thirds from the start (the site and the path) and a third from the end.
    for kept in range(len(shown) - 1, 3, -1):
        tail = kept // 3
        shortened = shown[:kept - tail] + "…" + shown[len(shown) - tail:]
        if fits(shortened):
            return shortened
    return shown[:3] + "…"


def _table_style(commands: list[tuple]) -> TableStyle:
    # Even a cell drawn as a bare string (the empty ones) sets a font: without this it
    # would be Helvetica, which the PDF then names but does not embed.
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), SERIF), *commands])


class _QrSymbol(Flowable):
    """A QR code drawn as vector rectangles, quiet zone included."""

    def __init__(self, text: str, size: float):
        super().__init__()
        self.matrix = qr_matrix(text)
        self.size = size
        self.hAlign = "CENTER"

    def wrap(self, available_width, available_height):
        return self.size, self.size

    def draw(self):
        draw_qr_matrix(self.canv, self.matrix, 0, 0, self.size)


def draw_qr_matrix(canvas: Canvas, matrix: list[list[bool]], x: float, y: float, size: float) -> None:
    """Draw a QR matrix (see :func:`desktop.core.qr.qr_matrix`) with its quiet zone into
    the ``size`` square whose lower left corner is (x, y): one rectangle per horizontal
    run of dark modules, so renderers leave no hairline seams between neighbours."""
    modules = len(matrix) + 2 * QR_QUIET_MODULES
    module = size / modules
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + size - (QR_QUIET_MODULES + row_index + 1) * module
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            start = column
            while column < len(row) and row[column]:
                column += 1
            path.rect(x + (QR_QUIET_MODULES + start) * module, top, (column - start) * module, module)
    canvas.setFillColor(colors.black)
    canvas.drawPath(path, stroke=0, fill=1)


class _PageNumberCanvas(Canvas):
    """Numbers the pages as Nghị định 30/2020 asks: Arabic numerals centred in the top
    margin, from the second page on (the first page carries none)."""

    def __init__(self, *args, number_baseline: float, **kwargs):
        super().__init__(*args, **kwargs)
        self._number_baseline = number_baseline
        self._page_states: list[dict] = []

    def showPage(self):
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        for number, state in enumerate(self._page_states, start=1):
            self.__dict__.update(state)
            width, height = self._pagesize
            if number > 1:
                self.setFont(SERIF, PAGE_NUMBER_SIZE)
                self.drawCentredString(width / 2, height - self._number_baseline, str(number))
            super().showPage()
        super().save()


@dataclass(frozen=True)
class QrItem:
    """One code on a QR sheet: what it is for, where it leads, and an optional note."""

    title: str
    url: str
    caption: str = ""


class OfficialDocument:
    """A PDF in the Union's format: letterhead, title, then what the caller adds in order.

    ``doc_number`` and ``doc_code`` make the ``Số: 12-KH/HĐTN`` line under the issuer; a
    code without a number leaves the number blank to be filled in by hand.
    """

    def __init__(self, letterhead: Letterhead | None, title: str, subtitle: str | None = None, *,
                 doc_number: str | None = None, doc_code: str | None = None, landscape: bool = False):
        register_fonts()
        self.title = _plain(title)
        self.subtitle = _plain(subtitle)
        self.page_size = (A4[1], A4[0]) if landscape else A4
        self.margins = LANDSCAPE_MARGINS if landscape else PORTRAIT_MARGINS
        top, bottom, left, right = self.margins
        self.frame_width = self.page_size[0] - left - right
        self._story: list[Flowable] = []
        self._data_tables: list[Table] = []
        self._rows_may_split = False
        if letterhead is not None:
            self._story.append(self._letterhead_block(letterhead, doc_number, doc_code))
        self._story.append(Paragraph(escape(self.title.upper()), _styles()["title"]))
        if self.subtitle:
            self._story.append(Paragraph(escape(self.subtitle), _styles()["subtitle"]))
            # A short rule closes the summary line, as in the Union's own documents.
            self._story.append(HRFlowable(width=30 * mm, thickness=0.6, color=colors.black,
                                          spaceBefore=6, spaceAfter=2, hAlign="CENTER"))
        self._story.append(Spacer(1, 4 * mm))

    def _letterhead_block(self, letterhead: Letterhead, doc_number: str | None, doc_code: str | None) -> Table:
        issuer_lines = [_plain(line).upper() for line in letterhead.issuer_lines]
        left: list[Flowable] = [
            _para(line, "issuer_bold" if i == len(issuer_lines) - 1 else "issuer")
            for i, line in enumerate(issuer_lines)
        ]
        if issuer_lines:
            left.append(Paragraph("***", _styles()["issuer"]))
        right = [Paragraph(f"<u>{escape(_plain(letterhead.union_name).upper())}</u>", _styles()["union"])]
        number, code = _plain(doc_number), _plain(doc_code)
        number_line = ""
        if number or code:
            number_markup = escape(number) if number else "&nbsp;" * 8
            number_line = f"Số: {number_markup}-{escape(code)}" if code else f"Số: {number_markup}"
        # Two rows, so that the Số line and the place and date sit on one baseline.
        data = [
            [left, right],
            [Paragraph(number_line, _styles()["issuer"]), _para(letterhead.place_date, "place_date")],
        ]
        left_width = self.frame_width * 0.45
        block = Table(data, colWidths=[left_width, self.frame_width - left_width], hAlign="CENTER")
        block.setStyle(_table_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 1), (-1, 1), 3),
        ]))
        return block

    def paragraph(self, text: str, style: str = "body", *, markup: bool = False) -> None:
        """A paragraph of plain text (line breaks kept). With ``markup=True`` the text is
        reportlab paragraph markup (<b>, <i>, <u>, <br/>) and must be escaped by the caller."""
        if style not in PARAGRAPH_STYLES:
            raise ValueError(f"unknown paragraph style {style!r}; use one of {', '.join(PARAGRAPH_STYLES)}")
        content = unicodedata.normalize("NFC", text) if markup else _markup(text)
        if style == "heading":
            # A heading never ends a page: without room for a few lines under it, it
            # starts the next one. (keepWithNext would push a whole long table over.)
            self._story.append(CondPageBreak(25 * mm))
        self._story.append(Paragraph(content, _styles()[style]))

    def table(self, header: Sequence[str] | Sequence[Sequence[str]], rows: Sequence[Sequence[object]], *,
              col_widths_mm: Sequence[float] | None = None, align: Sequence[str] | None = None,
              font_size: float = TABLE_SIZE, row_height_mm: float | None = None) -> None:
        """A ruled table whose header repeats on every page; cells wrap, never truncate.

        ``header`` is one row of titles or several rows, where an empty title merges into
        its neighbour (see :func:`_span_commands`). ``align`` gives "left", "center" or
        "right" per column (default left). Without ``col_widths_mm`` the widths follow
        the content and fill the text width; given widths that do not fit are scaled down.
        Cells may be text, numbers, dates (shown dd/mm/yyyy) or None. ``row_height_mm``
        gives every body row at least that height (room to sign by hand).
        """
        header_rows = [list(header)] if header and isinstance(header[0], str) else [list(r) for r in header]
        n_cols = len(header_rows[0]) if header_rows else 0
        if not n_cols or any(len(r) != n_cols for r in header_rows):
            raise ValueError("a table needs a header whose rows have the same number of columns")
        align = list(align) if align else ["left"] * n_cols
        if len(align) != n_cols or any(a not in _ALIGNMENTS for a in align):
            raise ValueError(f"align needs one of {', '.join(_ALIGNMENTS)} for each of the {n_cols} columns")
        for number, row in enumerate(rows, start=1):
            if len(row) > n_cols:
                raise ValueError(f"row {number} has {len(row)} cells, the table has {n_cols} columns")

        header_texts = [[_plain(cell) for cell in header_row] for header_row in header_rows]
        body_rows = [list(row) + [""] * (n_cols - len(row)) for row in rows]
        body_texts = [[_plain(cell) for cell in row] for row in body_rows]
        if col_widths_mm:
            if len(col_widths_mm) != n_cols:
                raise ValueError(f"col_widths_mm needs {n_cols} widths")
            widths = [w * mm for w in col_widths_mm]
            if sum(widths) > self.frame_width:
                widths = [w * self.frame_width / sum(widths) for w in widths]
        else:
            widths = _fit_widths([list(col) for col in zip(*body_texts)] if body_texts else [[]] * n_cols,
                                 [list(col) for col in zip(*header_texts)], font_size, self.frame_width)

        header_style = _style("table_header", font_size, bold=True, align=TA_CENTER)
        column_styles = [_style(f"table_{a}", font_size, align=_ALIGNMENTS[a]) for a in align]
        data = [[Paragraph(_markup(cell), header_style) for cell in header_row] for header_row in header_rows]
        data += [[Paragraph(_markup(cell), column_styles[c]) for c, cell in enumerate(row)] for row in body_rows]
        row_heights = None
        if row_height_mm is not None:
            wanted = row_height_mm * mm
            row_heights = [None] * len(header_rows) + [
                max(wanted, max(cell.wrap(widths[c] - 2 * CELL_PADDING, 10_000)[1] for c, cell in enumerate(row))
                    + 5) for row in data[len(header_rows):]]
        table = Table(data, colWidths=widths, rowHeights=row_heights, repeatRows=len(header_rows), hAlign="CENTER")
        table.setStyle(_table_style([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            *_span_commands(header_texts),
        ]))
        self._story.append(table)
        self._data_tables.append(table)

    def signature_block(self, right: tuple[str | Sequence[str], str],
                        left: tuple[str | Sequence[str], str] | None = None, *,
                        recipients: Sequence[str] = ()) -> None:
        """Signatures at the foot: ``(title lines, name)`` on the right and optionally on
        the left, e.g. ``(("TM. BAN THƯỜNG VỤ", "BÍ THƯ"), "Nguyễn Thị Hường")``. The
        left column holds either a second signer or the "Nơi nhận:" list, not both."""
        if left and recipients:
            raise ValueError("the left column takes a second signer or the recipients, not both")
        if recipients:
            left_cell = [Paragraph("Nơi nhận:", _styles()["recipients_label"])]
            left_cell += [_para(f"- {_plain(r)}", "recipients") for r in recipients]
        else:
            left_cell = self._signer(left) if left else []
        half = self.frame_width / 2
        block = Table([[left_cell, self._signer(right)]], colWidths=[half, half])
        block.setStyle(_table_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]))
        self._story.append(KeepTogether([Spacer(1, 6 * mm), block]))

    @staticmethod
    def _signer(signer: tuple[str | Sequence[str], str]) -> list[Flowable]:
        titles, name = signer
        lines = [titles] if isinstance(titles, str) else list(titles)
        cell: list[Flowable] = [_para(_plain(line).upper(), "signer") for line in lines]
        # Room for the signature and the seal.
        cell.append(Spacer(1, 24 * mm))
        cell.append(_para(name, "signer"))
        return cell

    def figure(self, drawing: Flowable, caption: str) -> None:
        """A chart (a reportlab drawing) with its caption under it, kept on one page."""
        drawing.hAlign = "CENTER"
        self._story.append(KeepTogether([Spacer(1, 3 * mm), drawing, _para(caption, "caption")]))

    def page_break(self) -> None:
        self._story.append(PageBreak())

    def qr_grid(self, items: Sequence[QrItem], columns: int = QR_COLUMNS) -> None:
        """QR codes in a grid with dashed cut lines: each cell holds the code, its title,
        the caption and the URL shortened for reading, and never splits across pages."""
        cell_width = self.frame_width / columns
        text_width = cell_width - 2 * CELL_PADDING
        url_style = _styles()["qr_url"]
        cells = []
        for item in items:
            cell: list[Flowable] = [_QrSymbol(item.url, QR_SIZE), _para(item.title, "qr_title")]
            if _plain(item.caption):
                cell.append(_para(item.caption, "qr_caption"))
            shown = escape(_display_url(item.url, url_style, text_width))
            # A link too: on screen a click opens what the code leads to.
            cell.append(Paragraph(f"<a href={quoteattr(item.url)}>{shown}</a>", url_style))
            cells.append(cell)
        if not cells:
            return
        rows = [cells[i:i + columns] for i in range(0, len(cells), columns)]
        rows[-1] += [""] * (columns - len(rows[-1]))
        commands = [
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ]
        for index in range(len(cells)):
            position = (index % columns, index // columns)
            commands.append(("BOX", position, position, 0.4, colors.grey, None, (3, 3)))
        # Rows never split inside (no splitInRow): a row of codes moves whole to the next page.
        grid = Table(rows, colWidths=[cell_width] * columns, hAlign="CENTER")
        grid.setStyle(_table_style(commands))
        self._story.append(grid)

    def to_bytes(self) -> bytes:
        if not self._rows_may_split:
            try:
                return self._render()
            except LayoutError:
                self._let_rows_split()
        return self._render()

    def _let_rows_split(self) -> None:
        """A table row taller than a page (pages of text in one cell) cannot move whole to
        the next page, so let rows split. Only then: once allowed, reportlab splits any
        row a page ends in, and repeats the header mid-page to do it."""
        for table in self._data_tables:
            table.splitInRow = 3 * TABLE_SIZE
            # reportlab splits no row whose cells are centred vertically.
            table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        self._rows_may_split = True

    def _render(self) -> bytes:
        buffer = io.BytesIO()
        top, bottom, left, right = self.margins
        metadata_title = f"{self.title} – {self.subtitle}" if self.subtitle else self.title
        template = BaseDocTemplate(
            buffer, pagesize=self.page_size, title=metadata_title, author=AUTHOR,
            creator=AUTHOR, lang="vi",
            # The canvas starts on Helvetica otherwise, a font the PDF would not embed.
            initialFontName=SERIF,
        )
        # No frame padding: the margins are the rule's, to the millimetre.
        frame = Frame(left, bottom, self.frame_width, self.page_size[1] - top - bottom,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        template.addPageTemplates([PageTemplate(frames=[frame], pagesize=self.page_size)])

        def canvas_maker(*args, **kwargs):
            return _PageNumberCanvas(*args, number_baseline=top / 2 + PAGE_NUMBER_SIZE / 3, **kwargs)

        # A copy: building consumes the list, and the document may be written again.
        template.build(list(self._story), canvasmaker=canvas_maker)
        return buffer.getvalue()

    def write(self, path: str | Path) -> Path:
        """Write the PDF to ``path``; the file is only touched once the PDF is complete."""
        return write_pdf_file(path, self.to_bytes())


def write_pdf_file(path: str | Path, content: bytes) -> Path:
    """Write a finished PDF; a file that cannot be written is the officer's error to see."""
    path = Path(path)
    try:
        path.write_bytes(content)
    except OSError as exc:
        raise InputFileError(tr("Không ghi được tệp {path}: {reason}").format(
            path=path, reason=exc.strerror or exc)) from exc
    return path


class CanvasPdf:
    """A PDF drawn freely with reportlab's canvas (cards, certificates), with the bundled
    fonts registered and the document's metadata set; ``write`` finishes and saves it."""

    def __init__(self, page_size: tuple[float, float], title: str):
        register_fonts()
        self._buffer = io.BytesIO()
        self.canvas = Canvas(self._buffer, pagesize=page_size)
        self.canvas.setTitle(title)
        self.canvas.setAuthor(AUTHOR)
        self.canvas.setCreator(AUTHOR)

    def write(self, path: str | Path) -> Path:
        self.canvas.showPage()
        self.canvas.save()
        return write_pdf_file(path, self._buffer.getvalue())


def qr_sheet(letterhead: Letterhead | None, title: str, items: Sequence[QrItem], *,
             subtitle: str | None = None) -> OfficialDocument:
    """A printable A4 sheet of QR codes under the Union's letterhead."""
    document = OfficialDocument(letterhead, title, subtitle)
    document.qr_grid(items)
    return document
