"""Text of an essay file, for reading in the program and for the similarity check.

* .docx: the paragraphs of ``word/document.xml`` (tables and text boxes included), read
  straight from the zip — no Word needed;
* .pdf: the text layer, with pypdf; a scanned PDF has none and is kept as a scan;
* .txt: UTF-8, UTF-16 or Windows-1258, and old TCVN3/VNI text converted to Unicode;
* images (.jpg, .png…) and anything else: no text, the file is kept as it is.

Every text comes out NFC with spaces tidied, one paragraph a line.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from desktop.core import vntext
from desktop.core.errors import InputFileError
from desktop.i18n import tr

TEXT_KINDS = {".docx": "docx", ".pdf": "pdf", ".txt": "txt"}
IMAGE_KINDS = {".jpg": "image", ".jpeg": "image", ".png": "image", ".tif": "image", ".tiff": "image",
               ".bmp": "image", ".heic": "image", ".webp": "image"}
ACCEPTED = {**TEXT_KINDS, **IMAGE_KINDS, ".doc": "doc"}
_WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class ExtractedText:
    kind: str            # docx, pdf, txt, image, doc
    text: str
    note: str = ""       # what the officer should know (a scan, a legacy encoding converted…)

    @property
    def word_count(self) -> int:
        return len(_WORDS.findall(self.text))


def file_kind(path: Path) -> str | None:
    return ACCEPTED.get(path.suffix.lower())


def _tidy(paragraphs: list[str]) -> str:
    lines = [vntext.normalize(p) for p in paragraphs]
    return "\n".join(line for line in lines if line)


def _docx_text(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            xml = archive.read("word/document.xml")
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise InputFileError(tr("Tệp {name} không phải tệp Word .docx đọc được ({exc}).").format(
            name=path.name, exc=exc)) from exc
    root = ElementTree.fromstring(xml)
    paragraphs = []
    for paragraph in root.iter(f"{_WORD}p"):
        parts = []
        for node in paragraph.iter():
            if node.tag == f"{_WORD}t" and node.text:
                parts.append(node.text)
            elif node.tag == f"{_WORD}tab":
                parts.append(" ")
            elif node.tag in (f"{_WORD}br", f"{_WORD}cr"):
                parts.append("\n")
        paragraphs.extend("".join(parts).split("\n"))
    return _tidy(paragraphs)


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise InputFileError(tr("Tệp {name} có mật khẩu: hãy gỡ mật khẩu rồi nộp lại.").format(name=path.name))
        return _tidy([line for page in reader.pages for line in (page.extract_text() or "").splitlines()])
    except (PdfReadError, ValueError, OSError) as exc:
        raise InputFileError(tr("Tệp {name} không phải PDF đọc được ({exc}).").format(name=path.name, exc=exc)) from exc


def _txt_text(path: Path) -> tuple[str, str]:
    data = path.read_bytes()
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:  # Notepad's "ANSI" on a Vietnamese Windows
            text = data.decode("cp1258", errors="replace")
    fixed, legacy = vntext.fix_legacy(text)
    note = tr("đã chuyển từ mã {legacy} sang Unicode").format(legacy=legacy) if legacy else ""
    return _tidy(fixed.splitlines()), note


def extract_text(path: Path) -> ExtractedText:
    kind = file_kind(path)
    if kind is None:
        raise InputFileError(tr("Tệp {name}: chỉ nhận bài thu hoạch dạng .docx, .pdf, .txt hoặc ảnh chụp/quét (.jpg, "
                                ".png…).").format(name=path.name))
    if kind == "docx":
        return ExtractedText(kind, _docx_text(path))
    if kind == "pdf":
        text = _pdf_text(path)
        return ExtractedText(kind, text, "" if text else tr("PDF là ảnh quét, không có chữ: chỉ lưu tệp"))
    if kind == "txt":
        text, note = _txt_text(path)
        return ExtractedText(kind, text, note)
    if kind == "doc":
        return ExtractedText(kind, "", tr("tệp Word cũ (.doc): chỉ lưu tệp; lưu lại thành .docx để đọc được chữ"))
    return ExtractedText(kind, "", tr("ảnh chụp/quét: chỉ lưu tệp"))
