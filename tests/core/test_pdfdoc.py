"""Tests of desktop.core.pdfdoc and desktop.core.qr: the PDFs are read back as a user's
tools see them.

Text comes back through poppler's ``pdftotext``, fonts through ``pdffonts``, page sizes
and metadata through ``pdfinfo``; QR sheets are rendered with ``pdftoppm`` and every code
is decoded by a real decoder (zxing-cpp).
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from desktop.core.errors import InputFileError
from desktop.core.letterhead import UNION_NAME, Letterhead
from desktop.core.pdfdoc import OfficialDocument, QrItem, qr_sheet
from desktop.core.qr import qr_matrix

MM = 72 / 25.4  # points per millimetre

LETTERHEAD = Letterhead(
    ("BCH Đoàn tỉnh Trà Vinh", "BCH Huyện đoàn Cầu Ngang"),
    UNION_NAME,
    "Cầu Ngang, ngày 05 tháng 06 năm 2025",
)
NAMES = ["Nguyễn Thị Hường", "Trần Văn Đức", "Thạch Thị Sà Rươl", "Lê Hoàng Yến Nhi"]
HEADER = ["STT", "Họ và tên", "Ngày sinh", "Số thẻ đoàn viên", "Chức vụ"]


def run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def pdf_text(path: Path, first: int | None = None, last: int | None = None, *, raw: bool = False) -> str:
    """The text of the PDF; ``raw`` keeps the order it was drawn in, cell after cell."""
    options = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else []),
               *(["-raw"] if raw else [])]
    return run("pdftotext", *options, str(path), "-")


def flat(text: str) -> str:
    """Text with every run of white space (line and page breaks too) made one space."""
    return " ".join(text.split())


def page_count(path: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", str(path)), re.M).group(1))


def roster_rows(count: int) -> list[list[object]]:
    return [
        [i, NAMES[i % len(NAMES)], dt.date(2001, 1 + i % 12, 1 + i % 28), f"ĐV{i:05d}",
         "Bí thư chi đoàn" if i % 10 == 0 else "Đoàn viên"]
        for i in range(1, count + 1)
    ]


@pytest.fixture(scope="module")
def roster_pdf(tmp_path_factory) -> Path:
    """One 120-row list, built once and only read by the tests that take it."""
    document = OfficialDocument(LETTERHEAD, "Danh sách đoàn viên", "Chi đoàn ấp Mỹ Cẩm A",
                                doc_number="12", doc_code="DS/HĐTN")
    document.paragraph("Ban Chấp hành Chi đoàn báo cáo danh sách đoàn viên như sau:")
    document.table(HEADER, roster_rows(120), align=["center", "left", "center", "center", "left"])
    document.signature_block((("TM. Ban Chấp hành", "Bí thư"), "Nguyễn Thị Hường"),
                             recipients=["Huyện đoàn Cầu Ngang", "Lưu VP"])
    return document.write(tmp_path_factory.mktemp("roster") / "roster.pdf")


def test_document_reads_back_with_every_vietnamese_letter(roster_pdf):
    text = flat(pdf_text(roster_pdf))
    for expected in (
        "ĐOÀN TNCS HỒ CHÍ MINH", "BCH ĐOÀN TỈNH TRÀ VINH", "BCH HUYỆN ĐOÀN CẦU NGANG",
        "Số: 12-DS/HĐTN", "Cầu Ngang, ngày 05 tháng 06 năm 2025",
        "DANH SÁCH ĐOÀN VIÊN", "Chi đoàn ấp Mỹ Cẩm A", "Nguyễn Thị Hường", "Thạch Thị Sà Rươl",
        "Đoàn", "TM. BAN CHẤP HÀNH", "BÍ THƯ", "Nơi nhận:",
    ):
        assert expected in text


def test_long_table_runs_over_pages_with_its_header_repeated_and_no_row_lost(roster_pdf):
    pages = page_count(roster_pdf)
    assert pages >= 3
    for page in (2, pages - 1):
        page_text = flat(pdf_text(roster_pdf, page, page))
        assert all(title in page_text for title in ("STT", "Họ và tên", "Ngày sinh", "Số thẻ đoàn viên"))
        # Nghị định 30: the number alone, centred in the top margin, from page 2 on.
        assert pdf_text(roster_pdf, page, page).lstrip().split()[0] == str(page)
    text = flat(pdf_text(roster_pdf))
    assert all(f"ĐV{i:05d}" in text for i in range(1, 121))
    assert "ĐV00001 " in text and "02/02/2001" in text  # row 1's date, as dd/mm/yyyy


def test_fonts_are_the_bundled_liberation_faces_all_embedded(roster_pdf):
    fonts = run("pdffonts", str(roster_pdf)).splitlines()[2:]
    assert fonts
    for line in fonts:
        name, *_rest = line.split()
        assert "Liberation" in name, line
        assert re.search(r"\byes\s+yes\s+yes\b", line), line  # embedded, subset, ToUnicode
    names = " ".join(fonts)
    assert "LiberationSerif-Bold" in names and "LiberationSerif-Italic" in names


def test_metadata_names_the_document_and_doandesk(roster_pdf):
    info = run("pdfinfo", str(roster_pdf))
    assert re.search(r"^Title:\s+Danh sách đoàn viên – Chi đoàn ấp Mỹ Cẩm A$", info, re.M)
    assert re.search(r"^Author:\s+DoanDesk$", info, re.M)
    assert re.search(r"^Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)", info, re.M)


def word_boxes(path: Path, page: int) -> list[tuple[float, float, float, float]]:
    """(left, top, right, bottom) of every word on the page, in points from the top left."""
    bbox = run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-")
    return [tuple(map(float, m)) for m in
            re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', bbox)]


def test_text_keeps_to_the_official_margins(roster_pdf):
    # Margins: left 30 mm, right 15 mm, top and bottom 20 mm; the page number alone sits
    # in the top margin, centred over the page.
    words = word_boxes(roster_pdf, 2)
    number = min(words, key=lambda w: w[1])
    body = [w for w in words if w is not number]
    assert body
    assert min(w[0] for w in body) >= 30 * MM
    assert max(w[2] for w in body) <= 595.28 - 15 * MM
    assert min(w[1] for w in body) >= 20 * MM
    assert number[3] <= 20 * MM and abs((number[0] + number[2]) / 2 - 595.28 / 2) < 5


def test_column_widths_too_wide_for_the_page_are_scaled_into_it(tmp_path):
    document = OfficialDocument(None, "Danh sách")
    document.table(["Họ và tên", "Địa chỉ"], [["Nguyễn Thị Hường", "Ấp Mỹ Cẩm A, xã Mỹ Long Nam"]],
                   col_widths_mm=[100, 200])
    words = word_boxes(document.write(tmp_path / "wide.pdf"), 1)
    assert min(w[0] for w in words) >= 30 * MM
    assert max(w[2] for w in words) <= 595.28 - 15 * MM


def test_decomposed_input_comes_out_composed(tmp_path):
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Hường")
    document = OfficialDocument(LETTERHEAD, unicodedata.normalize("NFD", "Báo cáo"))
    document.paragraph(f"Người lập: {nfd}")
    document.table(["Họ và tên"], [[nfd]])
    text = pdf_text(document.write(tmp_path / "nfd.pdf"))
    assert text.count("Nguyễn Thị Hường") == 2
    assert "BÁO CÁO" in text
    assert not any(unicodedata.combining(ch) for ch in text)


def test_text_is_plain_unless_markup_is_asked_for(tmp_path):
    document = OfficialDocument(None, "Ghi chú")
    document.paragraph("Điểm <b>trung bình</b> & xếp loại")
    document.paragraph("Kết quả <b>xuất sắc</b>", "center", markup=True)
    path = document.write(tmp_path / "markup.pdf")
    text = flat(pdf_text(path))
    assert "Điểm <b>trung bình</b> & xếp loại" in text
    assert "Kết quả xuất sắc" in text
    assert "LiberationSerif-Bold" in run("pdffonts", str(path))


def test_long_cell_text_wraps_inside_the_cell_and_nothing_is_cut(tmp_path):
    duty = " ".join(f"nhiệm-vụ-{i}" for i in range(150))
    email = "nguyenthihuong.caungang.travinh.doanthanhnien@example.edu.vn"
    document = OfficialDocument(None, "Phân công nhiệm vụ")
    document.table(["Họ và tên", "Nhiệm vụ", "E-mail"], [["Nguyễn Thị Hường", duty, email]])
    text = flat(pdf_text(document.write(tmp_path / "long.pdf"), raw=True))
    assert all(f"nhiệm-vụ-{i}" in text for i in range(150))
    # The address is broken across lines inside its cell; every character is still there.
    assert email in text.replace(" ", "")


def test_a_row_taller_than_a_page_is_split_across_pages_not_lost(tmp_path):
    minutes = " ".join(f"ý-kiến-{i}" for i in range(1500))
    document = OfficialDocument(None, "Biên bản hội nghị")
    document.table(["STT", "Nội dung"], [[1, minutes], [2, "Thông qua nghị quyết"]])
    path = document.write(tmp_path / "minutes.pdf")
    text = flat(pdf_text(path))
    assert page_count(path) >= 2
    assert all(f"ý-kiến-{i}" in text for i in range(1500))
    assert "Thông qua nghị quyết" in text


def test_grouped_header_over_two_rows_repeats_on_every_page(tmp_path):
    header = [["STT", "Đơn vị", "Giới tính", ""], ["", "", "Nam", "Nữ"]]
    rows = [[i, f"Chi đoàn số {i}", 10, 12] for i in range(1, 81)]
    document = OfficialDocument(LETTERHEAD, "Thống kê đoàn viên", landscape=True)
    document.table(header, rows, align=["center", "left", "right", "right"])
    path = document.write(tmp_path / "grouped.pdf")
    assert re.search(r"^Page size:\s+841\.8\d* x 595\.2\d* pts", run("pdfinfo", str(path)), re.M)
    assert page_count(path) >= 2
    second_page = flat(pdf_text(path, 2, 2))
    assert all(title in second_page for title in ("STT", "Đơn vị", "Giới tính", "Nam", "Nữ"))
    assert "Chi đoàn số 80" in flat(pdf_text(path))


def test_two_signers_side_by_side_and_a_number_left_to_fill_in(tmp_path):
    document = OfficialDocument(LETTERHEAD, "Biên bản", doc_code="BB/HĐTN")
    document.signature_block(("Chủ tọa", "Trần Văn Đức"), ("Thư ký", "Lê Hoàng Yến Nhi"))
    text = flat(pdf_text(document.write(tmp_path / "signers.pdf")))
    assert re.search(r"Số: +-BB/HĐTN", text)
    assert "THƯ KÝ" in text and "CHỦ TỌA" in text
    assert "Lê Hoàng Yến Nhi" in text and "Trần Văn Đức" in text


def test_a_document_can_be_written_twice(tmp_path):
    document = OfficialDocument(LETTERHEAD, "Danh sách đoàn viên")
    document.table(HEADER, roster_rows(60))
    first = document.write(tmp_path / "first.pdf")
    second = tmp_path / "second.pdf"
    second.write_bytes(document.to_bytes())
    assert page_count(first) == page_count(second) >= 2
    assert flat(pdf_text(first)) == flat(pdf_text(second))


def test_mistakes_in_the_call_are_refused():
    document = OfficialDocument(None, "Danh sách")
    with pytest.raises(ValueError, match="style"):
        document.paragraph("x", "heading2")
    with pytest.raises(ValueError, match="row 2 has 3 cells"):
        document.table(["A", "B"], [["1", "2"], ["1", "2", "3"]])
    with pytest.raises(ValueError, match="align"):
        document.table(["A", "B"], [], align=["left"])
    with pytest.raises(ValueError, match="recipients"):
        document.signature_block(("Bí thư", "A"), ("Thư ký", "B"), recipients=["Lưu VP"])


def test_writing_where_no_file_can_be_made_is_a_user_error(tmp_path):
    document = OfficialDocument(None, "Danh sách")
    with pytest.raises(InputFileError, match="Không ghi được tệp"):
        document.write(tmp_path / "no such folder" / "out.pdf")


# --- QR codes -----------------------------------------------------------------------

VIETNAMESE_QUERY_URL = ("https://forms.example.vn/diem-danh?hoi_nghi="
                        "H%E1%BB%99i%20ngh%E1%BB%8B%20%C4%90o%C3%A0n%20x%C3%A3&ngay=05-06-2025")
LONG_URL = "https://doandesk.example.vn/bai-thu-hoach/nop?" + "&".join(
    f"ma{i}=chi-doan-{i:03d}" for i in range(6))


def decode_pages(pdf: Path, out_dir: Path) -> list[list[str]]:
    """Render every page at 150 dpi and decode every QR code on it, page by page."""
    run("pdftoppm", "-r", "150", "-png", str(pdf), str(out_dir / "page"))
    pages = []
    for image in sorted(out_dir.glob("page-*.png")):  # pdftoppm pads the numbers
        with Image.open(image) as picture:
            pages.append([code.text for code in zxingcpp.read_barcodes(picture)
                          if code.format == zxingcpp.BarcodeFormat.QRCode])
    return pages


def test_qr_matrix_is_square_without_a_quiet_zone():
    matrix = qr_matrix("https://doan.example.vn")
    assert len(matrix) >= 21 and (len(matrix) - 21) % 4 == 0
    assert all(len(row) == len(matrix) for row in matrix)
    # The finder pattern touches the corner: the caller draws the quiet zone.
    assert all(matrix[0][:7]) and all(row[0] for row in matrix[:7])


def test_qr_sheet_codes_decode_to_their_urls(tmp_path):
    assert 140 <= len(LONG_URL) <= 160
    items = [
        QrItem("Điểm danh Hội nghị tổng kết công tác Đoàn và phong trào thanh niên năm 2025",
               VIETNAMESE_QUERY_URL, "Quét khi đến hội trường"),
        QrItem("Nộp bài thu hoạch", LONG_URL),
        QrItem("Chi đoàn ấp Mỹ Cẩm A", "https://doan.vn/cd?ten=M%E1%BB%B9%20C%E1%BA%A9m%20A"),
    ]
    path = qr_sheet(LETTERHEAD, "Mã QR điểm danh", items).write(tmp_path / "qr.pdf")
    pages = decode_pages(path, tmp_path)
    assert len(pages) == 1
    assert sorted(pages[0]) == sorted(item.url for item in items)
    text = flat(pdf_text(path, raw=True))
    assert "Điểm danh Hội nghị tổng kết công tác Đoàn" in text
    assert "Quét khi đến hội trường" in text
    # The URL under a code is shown readable: no scheme, the Vietnamese query decoded,
    # and a long one cut in the middle to fit its cell.
    assert "doan.vn/cd?ten=Mỹ Cẩm A" in text and "https://" not in text
    assert re.search(r"doandesk\.example\.vn/\S*…\S*doan-005", text)


def test_qr_sheet_with_one_code(tmp_path):
    item = QrItem("Đăng ký tham gia", "https://doan.example.vn/dang-ky")
    path = qr_sheet(None, "Mã QR", [item]).write(tmp_path / "one.pdf")
    assert decode_pages(path, tmp_path) == [[item.url]]


def test_qr_sheet_of_thirty_codes_runs_over_pages_and_all_decode(tmp_path):
    items = [QrItem(f"Chi đoàn số {i}", f"https://doan.example.vn/chi-doan/{i:02d}?ten=%C4%90o%C3%A0n")
             for i in range(1, 31)]
    path = qr_sheet(LETTERHEAD, "Mã QR các chi đoàn", items).write(tmp_path / "thirty.pdf")
    pages = decode_pages(path, tmp_path)
    assert len(pages) > 1
    assert sorted(url for page in pages for url in page) == sorted(item.url for item in items)
    # A cell is never cut by a page break: each title sits on the page of its code.
    for number, urls_on_page in enumerate(pages, start=1):
        titles_on_page = set(re.findall(r"Chi đoàn số (\d+)", pdf_text(path, number, number)))
        assert titles_on_page == {str(int(re.search(r"/(\d+)\?", url).group(1))) for url in urls_on_page}
