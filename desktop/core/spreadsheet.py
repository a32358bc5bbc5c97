"""Find the table in a messy office spreadsheet, and read its cells.

The roster, quiz-result, question-bank and unit-list importers all face the same
files: a workbook typed by hand in a Youth Union office, with title rows above the
table ("BCH ĐOÀN TỈNH …", "DANH SÁCH ĐOÀN VIÊN"), a header whose wording varies from
office to office, sometimes on two rows with merged cells, a row of column numbers
"(1) (2) (3)…" under it, blank rows inside the data, and a place-date line and a
signature block below it. This module is the layer they share:

* :func:`read_sheets` opens .xlsx/.xlsm/.xlsb/.xls/.ods with python-calamine and gives
  plain rows (``rows[0]`` is Excel row 1, ``rows[i][0]`` is column A); anything that
  cannot be read becomes an :class:`~desktop.core.errors.InputFileError` in Vietnamese.
* :func:`locate_table` finds the header row(s) with a vocabulary ``field → synonyms``
  supplied by the importer (see :mod:`desktop.core.roster_columns`) and returns a
  :class:`TableLayout` saying which column holds which field.
* :func:`iter_records` walks the data rows, skipping blank rows, bare index numbers,
  repeated headers, totals and section lines, and stops at the signature block;
  :func:`record_columns` gives the same records column by column.
* :func:`parse_date`, :func:`cell_text`, :func:`parse_phone`, :func:`parse_gender` turn
  raw cell values into clean values; each raises ``ValueError`` with a short Vietnamese
  message that the importer wraps into a :class:`~desktop.core.errors.Problem`.

Cell values are what calamine returns: ``str`` (``''`` for an empty cell), ``float``
(also for whole numbers: ``1.0``), ``int``, ``bool``, ``datetime.date``,
``datetime.datetime``, ``datetime.time`` or ``datetime.timedelta``.

No Qt here; no pandas. :func:`iter_records` is written for 50,000-row rosters: a
normal data row costs one ``list.count``, a cached look at the first word of its
name cell and one ``dict(zip(...))``; only unusual rows get the careful check.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from operator import itemgetter
from pathlib import Path

from python_calamine import CalamineError, CalamineWorkbook, PasswordError

from desktop.core.errors import InputFileError
from desktop.core.vntext import fold, normalize
from desktop.i18n import N_, tr

__all__ = [
    "SUPPORTED_SUFFIXES",
    "SEQ_FIELD",
    "GENDER_FIELD",
    "Sheet",
    "ColumnRef",
    "GenderSplit",
    "TableLayout",
    "SKIP_REASONS",
    "read_sheets",
    "read_sheet",
    "sheet_names",
    "read_sheet_rows",
    "header_key",
    "locate_table",
    "find_tables",
    "iter_records",
    "record_columns",
    "split_gender_key",
    "is_blank",
    "cell_text",
    "cell_texts",
    "parse_date",
    "parse_phone",
    "parse_gender",
    "column_letter",
]

SUPPORTED_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")

#: A vocabulary field of this name is the row-number column ("STT"); iter_records uses it
#: to tell a bare index number or a section line from a data row.
SEQ_FIELD = "seq"
#: A vocabulary field of this name receives a bare pair of header cells "Nam" | "Nữ" (a
#: tick in one of them gives the gender) when no parent header says otherwise.
GENDER_FIELD = "gender"

#: Why iter_records left a row out (reason → text for a report, shown through tr()).
SKIP_REASONS = {
    "index_only": N_("chỉ có số thứ tự"),
    "header": N_("dòng tiêu đề lặp lại"),
    "number_row": N_("dòng đánh số cột"),
    "total": N_("dòng tổng cộng"),
    "section": N_("dòng tên nhóm/mục"),
    "stray": N_("dòng ghi chú lẻ ngoài bảng"),
    "footer": N_("phần cuối văn bản (ngày tháng, chữ ký): dừng đọc từ dòng này"),
}


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True, eq=False)
class Sheet:
    """One worksheet as plain rows: ``rows[0]`` is Excel row 1, ``rows[r][0]`` column A.

    ``merged`` lists merged ranges as ``(first_row, first_col, last_row, last_col)``,
    0-based and inclusive, when the file format tells them (xlsx does; xls/ods may not).
    """

    name: str
    rows: list[list]
    merged: tuple[tuple[int, int, int, int], ...] = ()
    hidden: bool = False


_LOCK_PREFIX = "~$"


def _sniff(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(8)


def _open_workbook(path: str | Path) -> tuple[Path, CalamineWorkbook]:
    """Open with calamine, turning every failure into an InputFileError in Vietnamese."""
    p = Path(path)
    name = p.name
    suffix = p.suffix.lower()
    if suffix == ".csv":
        raise InputFileError(
            tr("Tệp «{name}» là tệp CSV, không phải bảng tính; hãy mở bằng Excel và "
               "lưu lại thành .xlsx rồi chọn lại.").format(name=name)
        )
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputFileError(
            tr("Tệp «{name}» không phải bảng tính được hỗ trợ "
               "(chỉ đọc {formats}).").format(name=name, formats=", ".join(SUPPORTED_SUFFIXES))
        )
    if name.startswith(_LOCK_PREFIX):
        raise InputFileError(
            tr("Tệp «{name}» là tệp khóa tạm do Excel tạo khi đang mở một bảng tính, "
               "không phải dữ liệu; hãy chọn tệp không có «~$» ở đầu tên.").format(name=name)
        )
    try:
        if not p.exists():
            raise InputFileError(tr("Không tìm thấy tệp «{name}» ({folder}).").format(name=name, folder=p.parent))
        if p.is_dir():
            raise InputFileError(tr("«{name}» là một thư mục, không phải tệp bảng tính.").format(name=name))
        head = _sniff(p)
    except PermissionError as exc:
        raise InputFileError(
            tr("Không mở được tệp «{name}»: không có quyền đọc, hoặc tệp đang được mở "
               "khóa trong chương trình khác (đóng Excel rồi thử lại).").format(name=name)
        ) from exc
    except OSError as exc:
        raise InputFileError(tr("Không đọc được tệp «{name}»: {error}.").format(
            name=name, error=exc.strerror or exc)) from exc
    if not head:
        raise InputFileError(tr("Tệp «{name}» rỗng (0 byte).").format(name=name))
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<"):
        raise InputFileError(
            tr("Tệp «{name}» thực chất là trang HTML/XML mang đuôi {suffix} (thường gặp ở tệp "
               "tải từ phần mềm trực tuyến); hãy mở bằng Excel, chọn Lưu thành «Excel "
               "Workbook (.xlsx)» rồi chọn lại tệp mới.").format(name=name, suffix=suffix)
        )
    is_zip = head.startswith(b"PK\x03\x04")
    is_cfb = head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    if is_cfb and suffix in (".xlsx", ".xlsm", ".xlsb") and _is_encrypted_ooxml(p):
        raise _password_error(name)
    if not (is_zip or is_cfb):
        raise InputFileError(
            tr("Tệp «{name}» không phải bảng tính Excel/ODS hợp lệ (có thể tệp bị hỏng "
               "hoặc bị đổi đuôi).").format(name=name)
        )
    # Content and extension disagree (an .xlsx saved as .xls, …): let calamine sniff.
    ext_zip = suffix in (".xlsx", ".xlsm", ".xlsb", ".ods")
    try:
        if ext_zip == is_zip:
            wb = CalamineWorkbook.from_path(str(p))
        else:
            with p.open("rb") as fh:
                wb = CalamineWorkbook.from_filelike(fh)
    except PasswordError as exc:
        raise _password_error(name) from exc
    except CalamineError as exc:
        if is_cfb and _is_encrypted_ooxml(p):
            raise _password_error(name) from exc
        raise InputFileError(
            tr("Không đọc được tệp «{name}»: tệp bị hỏng hoặc không đúng định dạng bảng "
               "tính ({error}).").format(name=name, error=exc)
        ) from exc
    except OSError as exc:
        raise InputFileError(tr("Không đọc được tệp «{name}»: {error}.").format(name=name, error=exc)) from exc
    return p, wb


def _password_error(name: str) -> InputFileError:
    return InputFileError(
        tr("Tệp «{name}» được đặt mật khẩu nên không đọc được; hãy mở bằng Excel, gỡ mật "
           "khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại và chọn lại.").format(name=name)
    )


def _is_encrypted_ooxml(p: Path) -> bool:
    """An encrypted .xlsx is an OLE container holding an 'EncryptedPackage' stream."""
    try:
        with p.open("rb") as fh:
            data = fh.read(1 << 20)
    except OSError:
        return False
    return "EncryptedPackage".encode("utf-16-le") in data


def _load_sheet(p: Path, wb: CalamineWorkbook, index: int, meta) -> Sheet | None:
    try:
        sh = wb.get_sheet_by_index(index)
        rows = sh.to_python(skip_empty_area=False)
        ranges = sh.merged_cell_ranges or ()
    except PasswordError as exc:
        raise _password_error(p.name) from exc
    except CalamineError as exc:
        name = getattr(meta, "name", str(index))
        raise InputFileError(
            tr("Không đọc được trang «{sheet}» trong tệp «{name}»: {error}.").format(
                sheet=name, name=p.name, error=exc)
        ) from exc
    merged = tuple((a[0], a[1], b[0], b[1]) for a, b in ranges)
    hidden = "visible" not in str(getattr(meta, "visible", "Visible")).lower()
    return Sheet(name=sh.name, rows=rows, merged=merged, hidden=hidden)


def _is_worksheet(meta) -> bool:
    typ = str(getattr(meta, "typ", "WorkSheet")).lower()
    return "chart" not in typ


def read_sheets(path: str | Path, *, include_hidden: bool = True) -> list[Sheet]:
    """Every worksheet of the workbook at ``path`` (chart sheets left out).

    Raises :class:`InputFileError` (message in Vietnamese, naming the file) for a
    missing, unsupported, damaged, password-protected or HTML-in-disguise file.
    """
    p, wb = _open_workbook(path)
    try:
        metas = list(wb.sheets_metadata)
        out: list[Sheet] = []
        for i, meta in enumerate(metas):
            if not _is_worksheet(meta):
                continue
            sheet = _load_sheet(p, wb, i, meta)
            if sheet is not None and (include_hidden or not sheet.hidden):
                out.append(sheet)
        return out
    finally:
        wb.close()


def sheet_names(path: str | Path) -> list[str]:
    """Names of the worksheets, without reading their cells."""
    p, wb = _open_workbook(path)
    try:
        return [m.name for m in wb.sheets_metadata if _is_worksheet(m)]
    finally:
        wb.close()


def read_sheet(path: str | Path, sheet: str | int = 0) -> Sheet:
    """One worksheet by name or 0-based index (cheaper than :func:`read_sheets`)."""
    p, wb = _open_workbook(path)
    try:
        metas = list(wb.sheets_metadata)
        if isinstance(sheet, int):
            if not 0 <= sheet < len(metas):
                raise InputFileError(tr("Tệp «{name}» không có trang thứ {number}.").format(
                    name=p.name, number=sheet + 1))
            index = sheet
        else:
            names = [m.name for m in metas]
            if sheet not in names:
                raise InputFileError(
                    tr("Tệp «{name}» không có trang «{sheet}» (có: {sheets}).").format(
                        name=p.name, sheet=sheet, sheets=", ".join(names))
                )
            index = names.index(sheet)
        return _load_sheet(p, wb, index, metas[index])
    finally:
        wb.close()


def read_sheet_rows(path: str | Path, sheet: str | int = 0) -> Iterator[list]:
    """Rows of one worksheet one by one, as :func:`read_sheet` would number them.

    Leading empty rows come out as ``[]`` and each row is padded on the left so that
    index 0 is still column A. The workbook is opened when iteration starts.
    """
    p, wb = _open_workbook(path)
    try:
        try:
            sh = wb.get_sheet_by_name(sheet) if isinstance(sheet, str) else wb.get_sheet_by_index(sheet)
        except Exception as exc:  # noqa: BLE001 - calamine raises several kinds here
            raise InputFileError(tr("Tệp «{name}» không có trang «{sheet}».").format(name=p.name, sheet=sheet)) from exc
        start = sh.start or (0, 0)
        pad = [""] * start[1]
        try:
            rows = iter(sh.iter_rows())
            first = next(rows, None)
            if first is None:
                return
            # Columns come relative to the first used column. Rows may come from row 1
            # or from the first used row, depending on calamine's version: the first
            # used row has a value, so an empty first row means "from row 1".
            if start[0] and any(not _blank(v) for v in first):
                for _ in range(start[0]):
                    yield []
            yield pad + first if pad else first
            for row in rows:
                yield pad + row if pad else row
        except CalamineError as exc:
            raise InputFileError(tr("Không đọc hết được tệp «{name}»: {error}.").format(
                name=p.name, error=exc)) from exc
    finally:
        wb.close()


# --------------------------------------------------------------------------- layout


def column_letter(index: int) -> str:
    """Excel column letter of a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA"."""
    if index < 0:
        raise ValueError(tr("chỉ số cột âm: {index}").format(index=index))
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass(frozen=True)
class ColumnRef:
    """Where one field sits: 0-based ``index``, Excel ``letter`` and the header text.

    ``header`` is the header cell as shown (line breaks made spaces); in a two-row
    header ``parent`` is the text of the merged cell above it. ``extra`` lists further
    columns covered by the same merged header ("Họ và tên" over two unlabeled
    columns); their texts are joined to this column's by :func:`iter_records`.
    """

    field: str
    index: int
    letter: str
    header: str
    parent: str = ""
    extra: tuple[int, ...] = ()

    @property
    def indices(self) -> tuple[int, ...]:
        return (self.index, *self.extra)

    def describe(self) -> str:
        """"C (Ngày sinh)" – for messages."""
        head = f"{self.parent} › {self.header}" if self.parent and self.header else (self.header or self.parent)
        return f"{self.letter} ({head})" if head else self.letter


@dataclass(frozen=True)
class GenderSplit:
    """A field written under one of two sub-columns "Nam" | "Nữ" (paper-form layout).

    Under a parent "Ngày, tháng, năm sinh" the birth date is written in the male or
    the female column, which also gives the member's gender. :func:`iter_records`
    puts the value under ``field`` and ``"male"``/``"female"`` (``"both"`` when both
    cells are filled, ``None`` when neither is) under :func:`split_gender_key`.
    """

    field: str
    male: ColumnRef
    female: ColumnRef


def split_gender_key(field_name: str) -> str:
    """Record key that tells which sub-column of a gender split held the value."""
    return f"{field_name}.gender"


@dataclass(frozen=True)
class TableLayout:
    """What :func:`locate_table` found in a sheet.

    ``header_rows`` are 1-based Excel row numbers; ``data_start`` is the 0-based index
    in ``Sheet.rows`` of the first row after the header (and after the row of column
    numbers, whose Excel number is ``number_row``). ``columns`` has every recognised
    field; a gender-split field is there too (its male column) and in ``splits``.
    ``anchor`` is the field whose column identifies a data row (the first field of the
    required alternative that was met, e.g. ``full_name``). ``unmatched`` lists header
    cells that no field claimed, as ``(column index, text)``.
    """

    sheet: str
    header_rows: tuple[int, ...]
    data_start: int
    columns: dict[str, ColumnRef]
    splits: dict[str, GenderSplit] = field(default_factory=dict)
    anchor: str = ""
    number_row: int | None = None
    unmatched: tuple[tuple[int, str], ...] = ()

    @property
    def first_data_row(self) -> int:
        """1-based Excel row number of ``data_start``."""
        return self.data_start + 1

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(self.columns)

    def has(self, field_name: str) -> bool:
        return field_name in self.columns

    def column(self, field_name: str) -> ColumnRef | None:
        return self.columns.get(field_name)


_PUNCT = {ord(c): " " for c in ",.;:!?()[]{}<>*/\\|-_+=&#%\"'`~“”‘’…–—•°\t\n\r"}


def header_key(text: object) -> str:
    """Comparable form of a header cell: folded, punctuation dropped, numbering dropped.

    ``"Ngày, tháng,\\nnăm sinh (*)"`` → ``"ngay thang nam sinh"``; ``"Họ và tên (2)"`` →
    ``"ho va ten"``.
    """
    s = fold(text)
    if not s:
        return ""
    words = s.translate(_PUNCT).split()
    while words and words[-1].isdigit():
        words.pop()
    while words and words[0].isdigit():
        words.pop(0)
    return " ".join(words)


@dataclass(frozen=True)
class _Syn:
    field: str
    key: str
    inside: bool  # may also match as a run of words inside a longer header


class _Matcher:
    """Vocabulary compiled for matching header keys.

    A synonym matches a header whose key equals its own, or – for synonyms of two or
    more words, single words of five letters or more, and acronyms of three capitals
    or more (CCCD, SĐT) – a header that contains it as a run of whole words ("Số điện
    thoại liên hệ", "CCCD/CMND"). Shorter single words ("Tên", "TT", "NS") and
    synonyms written with a leading "=" match the whole header only, so "Tên chi
    đoàn" is not a given name. Exact beats contained; a longer synonym beats a
    shorter one; fewer extra words win a tie.
    """

    def __init__(self, vocabulary: Mapping[str, Iterable[str]]):
        self.exact: dict[str, list[_Syn]] = {}
        self.by_first: dict[str, list[_Syn]] = {}
        self.fields = tuple(vocabulary)
        for fld, synonyms in vocabulary.items():
            for raw in synonyms:
                raw = str(raw)
                exact_only = raw.startswith("=")
                if exact_only:
                    raw = raw[1:]
                key = header_key(raw)
                if not key:
                    continue
                words = key.split()
                shown = normalize(raw).replace(".", "")
                letters = "".join(ch for ch in shown if ch.isalpha())
                acronym = len(words) == 1 and len(letters) >= 3 and letters.isupper()
                inside = not exact_only and (len(words) >= 2 or len(key) >= 5 or acronym)
                syn = _Syn(fld, key, inside)
                self.exact.setdefault(key, []).append(syn)
                if inside:
                    self.by_first.setdefault(words[0], []).append(syn)
        self._cache: dict[str, dict[str, tuple]] = {}

    def match(self, key: str) -> dict[str, tuple]:
        """field → best score tuple for one header key (empty when nothing matches)."""
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        out: dict[str, tuple] = {}
        if key and len(key) <= 90:
            words = key.split()
            for syn in self.exact.get(key, ()):
                score = (1, len(syn.key), 0)
                if score > out.get(syn.field, (-1,)):
                    out[syn.field] = score
            if len(words) <= 14:
                padded = f" {key} "
                n_words = len(words)
                for w in set(words):
                    for syn in self.by_first.get(w, ()):
                        if syn.key == key or f" {syn.key} " not in padded:
                            continue
                        score = (0, len(syn.key), -(n_words - syn.key.count(" ") - 1))
                        if score > out.get(syn.field, (-1,)):
                            out[syn.field] = score
        self._cache[key] = out
        return out


_MALE_WORDS = frozenset({"nam", "nam gioi", "trai", "male", "m"})
_FEMALE_WORDS = frozenset({"nu", "nu gioi", "gai", "female", "f"})


def _blank(v: object) -> bool:
    if v is None or v == "":
        return True
    return v.__class__ is str and not v.strip()


def is_blank(value: object) -> bool:
    """True for ``None``, ``''`` and strings of white space only."""
    return _blank(value)


def _is_number_label(v: object) -> bool:
    """A cell of a "column numbers" row: 1, 1.0, "1", "(1)", "[1]", "A", "(A)"."""
    if isinstance(v, bool):
        return False
    if isinstance(v, (int, float)):
        return float(v).is_integer() and 0 <= v <= 200
    if isinstance(v, str):
        s = v.strip().strip("()[]{}.").strip()
        if s.isdigit():
            return len(s) <= 3
        return len(s) == 1 and s.isalpha() and s.isascii()
    return False


def _label_value(v: object) -> float:
    if isinstance(v, (int, float)):
        return float(v)
    s = v.strip().strip("()[]{}.").strip()
    return float(s) if s.isdigit() else float(ord(s.upper()) - 64)


def _is_number_row(row: Sequence, min_labels: int = 2) -> bool:
    """A row of column numbers under the header: labels only, from 1 (or A), increasing."""
    labels = []
    for v in row:
        if _blank(v):
            continue
        if not _is_number_label(v):
            return False
        labels.append(_label_value(v))
    if len(labels) < max(2, min_labels) or labels[0] > 2:
        return False
    return all(0 < b - a <= 3 for a, b in zip(labels, labels[1:]))


def _cell_str(row: Sequence, c: int) -> str:
    if c < len(row):
        v = row[c]
        if isinstance(v, str):
            return v
    return ""


@dataclass
class _HeaderCol:
    index: int
    text: str  # shown text (normalized)
    parent: str  # parent text in a two-row header
    keys: tuple[str, ...]
    group: int | None = None  # group id (two-row header)


@dataclass
class _Config:
    rows: tuple[int, ...]  # 0-based row indices of the header
    cols: list[_HeaderCol]
    groups: dict[int, tuple[str, str, list[int]]]  # gid → (parent text, parent key, cols)
    merges: dict[tuple[int, int], tuple[int, int]]  # (row, col) → (last row, last col)


@dataclass
class _Result:
    columns: dict[str, ColumnRef]
    splits: dict[str, GenderSplit]
    score: int
    unmatched: list[tuple[int, str]]


def _evaluate(cfg: _Config, m: _Matcher) -> _Result:
    by_index = {hc.index: hc for hc in cfg.cols}
    # Candidate (score, column, field) for every column.
    items: list[tuple[tuple, int, str]] = []
    for hc in cfg.cols:
        best: dict[str, tuple] = {}
        for k in hc.keys:
            for fld, sc in m.match(k).items():
                if sc > best.get(fld, (-1,)):
                    best[fld] = sc
        for fld, sc in best.items():
            items.append((sc, hc.index, fld))

    col_field: dict[int, str] = {}
    field_cols: dict[str, list[int]] = {}
    splits: dict[str, tuple[int, int]] = {}
    score = 0

    def parent_candidates(pkey: str) -> list[tuple[tuple, str]]:
        return sorted(((sc, f) for f, sc in m.match(pkey).items()), reverse=True)

    # 1. Structural splits first: a parent over exactly "Nam" | "Nữ".
    for _parent, pkey, gcols in cfg.groups.values():
        if len(gcols) != 2:
            continue
        subs = [header_key(by_index[c].text) for c in gcols]
        if subs[0] in _MALE_WORDS and subs[1] in _FEMALE_WORDS:
            male, female = gcols
        elif subs[0] in _FEMALE_WORDS and subs[1] in _MALE_WORDS:
            female, male = gcols
        else:
            continue
        for sc, fld in parent_candidates(pkey):
            if fld not in field_cols:
                splits[fld] = (male, female)
                field_cols[fld] = [male, female]
                col_field[male] = col_field[female] = fld
                score += 2 + sc[0] * 5
                break
    # Bare "Nam" | "Nữ" next to each other on a one-row header → gender ticks.
    if GENDER_FIELD in m.fields and GENDER_FIELD not in field_cols:
        plain = [hc for hc in cfg.cols if hc.group is None and hc.index not in col_field]
        for a, b in zip(plain, plain[1:]):
            if b.index != a.index + 1:
                continue
            ka, kb = header_key(a.text), header_key(b.text)
            if ka in _MALE_WORDS and kb in _FEMALE_WORDS:
                male, female = a.index, b.index
            elif ka in _FEMALE_WORDS and kb in _MALE_WORDS:
                male, female = b.index, a.index
            else:
                continue
            splits[GENDER_FIELD] = (male, female)
            field_cols[GENDER_FIELD] = [male, female]
            col_field[male] = col_field[female] = GENDER_FIELD
            score += 2
            break

    # 2. Greedy: best score first, each field and each column used once.
    items.sort(key=lambda it: (it[0], -it[1]), reverse=True)
    for sc, c, fld in items:
        if fld in field_cols or c in col_field:
            continue
        field_cols[fld] = [c]
        col_field[c] = fld
        score += 1 + sc[0] * 5

    # 3. Sub-columns nobody claimed inherit their parent's field, texts joined:
    #    "Họ và tên" over two columns with unknown sub-headers, or "Ngày sinh" over
    #    "Ngày" | "Tháng" | "Năm" (the first matched only through its parent's words).
    for _parent, pkey, gcols in cfg.groups.values():
        free = [c for c in gcols if c not in col_field]
        if not free:
            continue
        for _score, fld in parent_candidates(pkey):
            if fld not in field_cols:
                field_cols[fld] = free
                for c in free:
                    col_field[c] = fld
                score += 1
                break
            owner = [c for c in field_cols[fld] if c in gcols]
            if fld not in splits and owner and fld not in m.match(header_key(by_index[owner[0]].text)):
                field_cols[fld] = sorted(field_cols[fld] + free)
                for c in free:
                    col_field[c] = fld
                break
            break

    # 4. A header cell merged across columns with nothing written under the other
    #    columns: those columns belong to the same field (texts joined).
    header_rows = cfg.rows
    for (r, c), (_last_row, c2) in cfg.merges.items():
        if r not in header_rows or c2 <= c or c not in col_field:
            continue
        fld = col_field[c]
        if fld in splits:
            continue
        cols = field_cols[fld]
        if c not in cols:
            continue
        for cc in range(c + 1, c2 + 1):
            if cc in col_field or cc in by_index:
                break
            cols.append(cc)
            col_field[cc] = fld

    columns: dict[str, ColumnRef] = {}
    split_refs: dict[str, GenderSplit] = {}

    def ref(fld: str, c: int, extra: tuple[int, ...] = ()) -> ColumnRef:
        hc = by_index.get(c)
        return ColumnRef(
            field=fld,
            index=c,
            letter=column_letter(c),
            header=hc.text if hc else "",
            parent=hc.parent if hc else "",
            extra=extra,
        )

    for fld in sorted(field_cols, key=lambda f: field_cols[f][0]):
        cols = field_cols[fld]
        if fld in splits:
            male, female = splits[fld]
            mref, fref = ref(fld, male), ref(fld, female)
            split_refs[fld] = GenderSplit(fld, mref, fref)
            columns[fld] = mref
        else:
            columns[fld] = ref(fld, cols[0], tuple(cols[1:]))
    unmatched = [(hc.index, hc.text) for hc in cfg.cols if hc.index not in col_field and hc.text]
    return _Result(columns, split_refs, score, unmatched)


def _row(rows: list[list], r: int) -> list:
    return rows[r] if 0 <= r < len(rows) else []


def _merge_map(sheet: Sheet, rows: Iterable[int]) -> dict[tuple[int, int], tuple[int, int]]:
    wanted = set(rows)
    return {(r1, c1): (r2, c2) for r1, c1, r2, c2 in sheet.merged if r1 in wanted}


def _single_config(sheet: Sheet, r: int) -> _Config | None:
    row = _row(sheet.rows, r)
    cols = []
    for c, v in enumerate(row):
        if isinstance(v, str) and v.strip():
            text = normalize(v)
            cols.append(_HeaderCol(c, text, "", (header_key(text),)))
    if not cols:
        return None
    return _Config((r,), cols, {}, _merge_map(sheet, (r,)))


def _looks_like_subheader(q: Sequence, r: int, merges: Mapping, m: _Matcher) -> bool:
    """Could row ``q`` be the lower row of a two-row header (rather than a data row)?

    Only text, no numbers or dates, and one sign of a header: a cell that is exactly a
    known header, a "Nam" | "Nữ" pair, a horizontal merge in the row above, or nothing
    longer than two words ("Ngày" | "Tháng" | "Năm"). Member rows carry names of three
    words or more and usually a number or a date.
    """
    keys = []
    for v in q:
        if _blank(v):
            keys.append("")
            continue
        if not isinstance(v, str) or _is_number_label(v):
            return False
        keys.append(header_key(v))
    present = [k for k in keys if k]
    if not present:
        return False
    if any(k in m.exact for k in present):
        return True
    for a, b in zip(keys, keys[1:]):
        if (a in _MALE_WORDS and b in _FEMALE_WORDS) or (a in _FEMALE_WORDS and b in _MALE_WORDS):
            return True
    if any(rr == r and c2 > c for (rr, c), (_, c2) in merges.items()):
        return True
    return all(k.count(" ") <= 1 for k in present)


def _two_row_config(sheet: Sheet, r: int, m: _Matcher) -> _Config | None:
    P, Q = _row(sheet.rows, r), _row(sheet.rows, r + 1)
    if not P or not Q:
        return None
    merges = _merge_map(sheet, (r, r + 1))
    if not _looks_like_subheader(Q, r, merges, m):
        return None
    width = max(len(P), len(Q))

    def txt(row, c):
        v = _cell_str(row, c)
        return normalize(v) if v.strip() else ""

    cols: list[_HeaderCol] = []
    groups: dict[int, tuple[str, str, list[int]]] = {}
    vertical_match = False
    spanning = False
    c = 0
    while c < width:
        p, q = txt(P, c), txt(Q, c)
        if p and q:
            # A parent over sub-columns: as far right as the merge says, or while the
            # parent row is empty and the sub row is not.
            end = c
            span = merges.get((r, c))
            if span is not None and span[0] == r:
                end = max(c, span[1])
            else:
                while end + 1 < width and not txt(P, end + 1) and txt(Q, end + 1):
                    end += 1
            pkey = header_key(p)
            gid = c
            gcols = []
            for cc in range(c, end + 1):
                sub = txt(Q, cc)
                if not sub:
                    continue
                skey = header_key(sub)
                cols.append(_HeaderCol(cc, sub, p, (skey, f"{pkey} {skey}".strip()), gid))
                gcols.append(cc)
            groups[gid] = (p, pkey, gcols)
            spanning = spanning or len(gcols) >= 2
            c = end + 1
            continue
        if p:
            cols.append(_HeaderCol(c, p, "", (header_key(p),)))
            if m.match(header_key(p)):
                vertical_match = True
        elif q:
            cols.append(_HeaderCol(c, q, "", (header_key(q),)))
        c += 1
    if not (spanning and vertical_match):
        return None
    return _Config((r, r + 1), cols, groups, merges)


def _requirement_met(
    required: Collection, bound: Collection[str]
) -> tuple[bool, str]:
    """Check ``required``; return (met, anchor field)."""
    anchor = ""
    for item in required:
        if isinstance(item, str):
            if item not in bound:
                return False, ""
            anchor = anchor or item
            continue
        alternatives = list(item)
        hit = ""
        for alt in alternatives:
            group = (alt,) if isinstance(alt, str) else tuple(alt)
            if all(g in bound for g in group):
                hit = group[0]
                break
        if not hit:
            return False, ""
        anchor = anchor or hit
    return True, anchor


def locate_table(
    sheet: Sheet,
    vocabulary: Mapping[str, Iterable[str]],
    required_fields: Collection = (),
    *,
    max_scan_rows: int = 30,
) -> TableLayout | None:
    """Find the header of the table in ``sheet``; None if no row carries the required fields.

    ``vocabulary`` maps field → header synonyms (matching rules: :class:`_Matcher`).
    ``required_fields`` is a collection whose items are either a field name (must be
    present) or a tuple of alternatives, each a field name or a tuple of field names
    that must all be present: ``[("full_name", ("family_middle", "given_name"))]``
    means "full_name, or else both family_middle and given_name".

    The first ``max_scan_rows`` non-empty rows are tried as a one-row header and, with
    the row below, as a two-row header (a parent merged over sub-columns). The winner
    meets the requirement and recognises the most fields; a two-row reading wins a tie
    (it only exists when the rows show that structure), then the earlier row. A row of
    column numbers right under the header is skipped.
    """
    m = _Matcher(vocabulary)
    rows = sheet.rows
    best = None
    best_key = None
    seen = 0
    for r in range(len(rows)):
        row = rows[r]
        if not any(not _blank(v) for v in row):
            continue
        seen += 1
        if seen > max_scan_rows:
            break
        for cfg in (_single_config(sheet, r), _two_row_config(sheet, r, m)):
            if cfg is None:
                continue
            res = _evaluate(cfg, m)
            if not res.columns:
                continue
            ok, anchor = _requirement_met(required_fields, res.columns)
            if not ok:
                continue
            n = len(res.columns) + len(res.splits)
            key = (n, len(cfg.rows), res.score, -r)
            if best_key is None or key > best_key:
                best_key, best = key, (cfg, res, anchor)
    if best is None:
        return None
    cfg, res, anchor = best
    data_start = cfg.rows[-1] + 1
    number_row = None
    # The row of column numbers may follow the header directly or after blank rows.
    probe = data_start
    while probe < len(rows) and probe < data_start + 3 and not any(not _blank(v) for v in rows[probe]):
        probe += 1
    # A real number row numbers most columns; a sparse data row ("1", "", "", 2) does not.
    min_labels = max(2, (len(cfg.cols) + 1) // 2)
    if probe < len(rows) and _is_number_row(rows[probe], min_labels):
        number_row = probe + 1
        data_start = probe + 1
    return TableLayout(
        sheet=sheet.name,
        header_rows=tuple(r + 1 for r in cfg.rows),
        data_start=data_start,
        columns=res.columns,
        splits=res.splits,
        anchor=anchor,
        number_row=number_row,
        unmatched=tuple(res.unmatched),
    )


def find_tables(
    sheets: Iterable[Sheet],
    vocabulary: Mapping[str, Iterable[str]],
    required_fields: Collection = (),
) -> list[tuple[Sheet, TableLayout]]:
    """:func:`locate_table` over every sheet; the sheets where a table was found."""
    out = []
    for sh in sheets:
        layout = locate_table(sh, vocabulary, required_fields)
        if layout is not None:
            out.append((sh, layout))
    return out


# --------------------------------------------------------------------------- records

# Cheap pre-filter on the anchor cell of an otherwise normal row, looking only at its
# first word (cached): anything that might start a total, a signature title, a
# repeated header, a number row or a section line goes to the careful check. A false
# alarm ("Hồ" typed without tones as "Ho") only costs time.
# i18n: vi-begin — words compared with cell contents
_SUSPECT_WORDS = frozenset(
    """tổng tong cộng cong người nguoi ngày ngay bí bi phó pho tm t/m t.m kt k/t k.t tl
    tuq xác xac thủ thu ký ky nơi noi danh họ ho stt tt số so tên ten đơn don chi""".split()
)
_ROMAN_OR_LETTER = re.compile(r"(?:[ivxlc]+|[a-zđ])[.)/:-]?", re.IGNORECASE)
# i18n: vi-end


def _suspicious_word(word: str) -> bool:
    w = unicodedata.normalize("NFC", word).lower()
    if w[0].isdigit() or w[0] in "([{-–*+•":
        return True
    if w.rstrip(".:,;") in _SUSPECT_WORDS:
        return True
    return _ROMAN_OR_LETTER.fullmatch(w) is not None


_PLACE_DATE = re.compile(
    r"ngay\W*(?:\d{1,2}\W*)?thang\W*(?:\d{1,2}\W*)?nam\s*(?:\d{2,4}|[.…_]|$)"
)
_SIGNATURE_STARTS = (
    "nguoi lap", "nguoi ky", "nguoi duyet", "nguoi tong hop", "nguoi kiem tra",
    "tm ", "t m ", "kt ", "k t ", "tl ", "tuq ",
    "bi thu", "pho bi thu", "thu truong", "xac nhan", "ky ten", "ky ghi ro", "ky va ghi ro",
    "ky dong dau", "ky ho ten", "lanh dao", "noi nhan", "truong ban", "pho ban",
    "chu tich", "giam doc", "hieu truong", "ban thuong vu", "ban chap hanh",
    "thu ky", "ke toan", "doan truong", "chi doan truong",
)
_SIGNATURE_EXACT = frozenset(
    {"tm", "kt", "bi thu", "pho bi thu", "nguoi lap", "nguoi lap bieu", "thu truong"}
)
_TOTAL_VN = re.compile(r"(?:tổng|cộng)(?!\w)")  # i18n: vi
_TOTAL = re.compile(r"(?:tong cong|tong so|tong|cong)(?:\s*\d|$)")
_ROMAN = re.compile(r"[ivxlc]+|[a-z]", re.IGNORECASE)


def _footer_text(v: object) -> bool:
    if not isinstance(v, str):
        return False
    f = fold(v)
    if not f or len(f) > 120:
        return False
    if _PLACE_DATE.search(f):
        return True
    k = " ".join(f.translate(_PUNCT).split())
    if k in _SIGNATURE_EXACT:
        return True
    return any(k.startswith(s) or k == s.strip() for s in _SIGNATURE_STARTS)


def _is_seq_like(v: object) -> bool:
    if isinstance(v, bool):
        return False
    if isinstance(v, (int, float)):
        return True
    if isinstance(v, str):
        s = v.strip().rstrip(".").strip("()")
        return s.isdigit()
    return False


class _RecordReader:
    """Per-layout state for :func:`iter_records` (precomputed column lookups)."""

    def __init__(self, sheet: Sheet, layout: TableLayout):
        self.sheet = sheet
        self.layout = layout
        cols = layout.columns
        self.fields = tuple(cols)
        self.idx = tuple(cols[f].index for f in self.fields)
        self.getter = itemgetter(*self.idx) if len(self.idx) > 1 else (lambda r, i=self.idx[0]: (r[i],))
        self.width = max(self.idx) + 1 if self.idx else 0
        self.joins = [(f, cols[f].indices) for f in self.fields if cols[f].extra]
        self.splits = [(f, s.male.index, s.female.index) for f, s in layout.splits.items()]
        self.post = bool(self.joins or self.splits)
        self.anchor_pos = self.fields.index(layout.anchor) if layout.anchor in cols else 0
        self.anchor_col = self.idx[self.anchor_pos] if self.idx else 0
        self.seq_col = cols[SEQ_FIELD].index if SEQ_FIELD in cols else None
        rows = sheet.rows
        # Header text per column, to recognise a header repeated on each printed page.
        self.header_text: dict[int, str] = {}
        for ref in cols.values():
            self.header_text[ref.index] = fold(ref.header)
        for split in layout.splits.values():
            self.header_text[split.female.index] = fold(split.female.header)
        anchor_ref = cols.get(layout.anchor)
        hr = layout.header_rows[0] - 1
        self.anchor_header = _cell_str(rows[hr] if hr < len(rows) else [], self.anchor_col)
        if anchor_ref is not None and anchor_ref.parent:
            self.anchor_header = anchor_ref.header

    def values(self, row: Sequence) -> tuple:
        if len(row) >= self.width:
            return self.getter(row)
        n = len(row)
        return tuple(row[c] if c < n else "" for c in self.idx)

    def record(self, row: Sequence, vals: tuple) -> dict[str, object]:
        rec = dict(zip(self.fields, vals))
        if self.post:
            n = len(row)
            for fld, indices in self.joins:
                parts = [row[c] for c in indices if c < n and not _blank(row[c])]
                if len(parts) > 1:
                    rec[fld] = " ".join(cell_text(p) for p in parts)
                elif parts:
                    rec[fld] = parts[0]
            for fld, mc, fc in self.splits:
                mv = row[mc] if mc < n else ""
                fv = row[fc] if fc < n else ""
                mb, fb = _blank(mv), _blank(fv)
                if not mb and not fb:
                    rec[fld], which = mv, "both"
                elif not mb:
                    rec[fld], which = mv, "male"
                elif not fb:
                    rec[fld], which = fv, "female"
                else:
                    rec[fld], which = "", None
                rec[split_gender_key(fld)] = which
        return rec

    def classify(self, row: Sequence) -> str | None:
        """Careful look at an unusual row: a skip reason, "footer", or None for data."""
        cells = [(c, v) for c, v in enumerate(row) if not _blank(v)]
        if not cells:
            return "blank"
        seq_col, anchor_col = self.seq_col, self.anchor_col
        seq_val = row[seq_col] if seq_col is not None and seq_col < len(row) else ""
        seq_filled = not _blank(seq_val) and _is_seq_like(seq_val)
        anchor_val = row[anchor_col] if anchor_col < len(row) else ""

        # Repeated header (printed page headers) and repeated column numbers.
        same = sum(
            1
            for c, v in cells
            if isinstance(v, str) and c in self.header_text and fold(v) == self.header_text[c]
        )
        if same >= 2 or (same == 1 and len(cells) == 1 and anchor_col in self.header_text
                         and isinstance(anchor_val, str) and fold(anchor_val) == self.header_text[anchor_col]):
            return "header"
        # Footer: a place-date line or a signature title, with little else on the row.
        if not seq_filled:
            footer = [c for c, v in cells if _footer_text(v)]
            if footer:
                others = len(cells) - len(footer)
                anchor_ok = _blank(anchor_val) or anchor_col in footer
                if anchor_ok and others <= 1:
                    return "footer"
        if _is_number_row(row, max(3, len(self.idx) // 2)):
            return "number_row"
        # Totals: "Tổng cộng", "Tổng số: 120", "Cộng".
        first_text = next((v for c, v in cells if isinstance(v, str)), None)
        if first_text is not None and not seq_filled:
            raw = normalize(first_text).lower()
            f = " ".join(fold(first_text).translate(_PUNCT).split())
            if _TOTAL_VN.match(raw) or _TOTAL.match(f):
                return "total"
        # Only the index number.
        if len(cells) == 1 and _is_seq_like(cells[0][1]):
            return "index_only"
        if seq_col is not None and all(c == seq_col for c, _ in cells):
            return "index_only"
        texts = [(c, v) for c, v in cells if isinstance(v, str)]
        # A section line: one text (maybe after a roman numeral / letter in the STT column).
        if seq_col is not None and not seq_filled:
            body = [(c, v) for c, v in cells if c != seq_col]
            seq_ok = _blank(seq_val) or (
                isinstance(seq_val, str) and _ROMAN.fullmatch(seq_val.strip().rstrip(".)")) is not None
            )
            if (
                seq_ok
                and len(body) == 1
                and isinstance(body[0][1], str)
                and body[0][0] <= anchor_col + 1
                and len(self.idx) >= 3
            ):
                return "section"
        # One or two stray texts far from the name column.
        if len(cells) <= 2 and len(texts) == len(cells) and not seq_filled:
            if all(abs(c - anchor_col) >= 2 and c != seq_col for c, _ in cells):
                return "stray"
        return None


def _data_rows(
    reader: _RecordReader, on_skip: Callable[[int, str, str], None] | None
) -> Iterator[tuple[int, Sequence, dict[str, object] | None]]:
    """The data rows as ``(excel_row_number, row, record)``, where ``record`` is None for a
    plain row (every value in its column, at least ``reader.width`` cells long) and the
    row's record for a row that needed the careful check. See :func:`iter_records`."""
    layout = reader.layout
    rows = reader.sheet.rows
    width = reader.width
    anchor_col = reader.anchor_col
    anchor_header = reader.anchor_header
    words: dict[str, bool] = {}
    for i in range(layout.data_start, len(rows)):
        row = rows[i]
        n = len(row)
        if n >= width:
            a = row[anchor_col]
            if (
                a.__class__ is str
                and a
                and a != anchor_header
                and "," not in a
                and n - row.count("") >= 3
            ):
                parts = a.split(None, 1)
                if parts:
                    w = parts[0]
                    bad = words.get(w)
                    if bad is None:
                        if len(words) > 50_000:
                            words.clear()
                        bad = words[w] = _suspicious_word(w)
                    if not bad:
                        yield i + 1, row, None
                        continue
        reason = reader.classify(row)
        if reason is None:
            yield i + 1, row, reader.record(row, reader.values(row))
            continue
        if reason == "blank":
            continue
        if on_skip is not None:
            text = " | ".join(cell_text(v) for v in row if not _blank(v))
            on_skip(i + 1, reason, text[:200])
        if reason == "footer":
            return


def iter_records(
    sheet: Sheet,
    layout: TableLayout,
    *,
    on_skip: Callable[[int, str, str], None] | None = None,
) -> Iterator[tuple[int, dict[str, object]]]:
    """Data rows of the table as ``(excel_row_number, {field: raw cell value})``.

    Values are raw (use the parsers below); multi-column fields are joined; a
    gender-split field also gets ``split_gender_key(field)``. Blank rows are skipped
    silently. Other rows left out are reported to ``on_skip(row_number, reason,
    text)`` with a reason from :data:`SKIP_REASONS`: bare index numbers, repeated
    headers or number rows, totals, section lines, stray notes far from the name
    column. A place-date line ("…, ngày … tháng … năm …") or a signature title
    ("NGƯỜI LẬP BIỂU", "TM. BAN CHẤP HÀNH", "BÍ THƯ") on a row without an index
    number ends the table (reported once as ``"footer"``).
    """
    reader = _RecordReader(sheet, layout)
    if not reader.idx:
        return
    fields = reader.fields
    # Fields sitting in columns A, B, C… in order: zip the row itself, no getter.
    contiguous = reader.idx == tuple(range(len(reader.idx)))
    getter = reader.getter
    post = reader.record if reader.post else None
    for row_number, row, record in _data_rows(reader, on_skip):
        if record is None:
            if post is not None:
                record = post(row, getter(row))
            else:
                record = dict(zip(fields, row if contiguous else getter(row)))
        yield row_number, record


def record_columns(
    sheet: Sheet,
    layout: TableLayout,
    *,
    on_skip: Callable[[int, str, str], None] | None = None,
) -> tuple[list[int], dict[str, tuple]]:
    """The records of :func:`iter_records` column by column: ``(excel_row_numbers,
    {key: (its value in each record)})``, for importers that work a column at a time.

    Cheaper on large tables: no dict is built for a plain row.
    """
    reader = _RecordReader(sheet, layout)
    if not reader.idx:
        return [], {}
    numbers: list[int] = []
    if reader.post:  # joined or split fields: each row needs its record
        records = []
        for row_number, row, record in _data_rows(reader, on_skip):
            numbers.append(row_number)
            records.append(record if record is not None else reader.record(row, reader.getter(row)))
        keys = list(records[0]) if records else list(reader.fields)
        columns = list(zip(*[tuple(record[key] for key in keys) for record in records]))
        return numbers, {key: columns[i] if columns else () for i, key in enumerate(keys)}
    # Otherwise a record holds its row's cells in the fields' columns, a short row padded
    # with "" (see _RecordReader.values): transpose the rows and keep those columns.
    rows = []
    width = reader.width
    for row_number, row, _record in _data_rows(reader, on_skip):
        numbers.append(row_number)
        rows.append(row if len(row) >= width else [*row, *[""] * (width - len(row))])
    columns = list(zip(*rows))
    return numbers, {key: columns[i] if columns else () for key, i in zip(reader.fields, reader.idx)}


# --------------------------------------------------------------------------- values

_APOSTROPHES = "'’‘`"


def _fmt_date(d: _dt.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def cell_text(value: object) -> str:
    """A cell as clean text, keeping identifiers intact.

    Strings are normalised (NFC, trimmed, spaces collapsed) and lose one leading
    apostrophe (Excel's "store as text" mark); whole numbers lose ".0" and never turn
    into scientific notation (840001001.0 → "840001001"); dates become dd/mm/yyyy;
    None and blank cells give "".
    """
    if value is None:
        return ""
    cls = value.__class__
    if cls is str:
        s = normalize(value)
        if s and s[0] in _APOSTROPHES:
            s = normalize(s[1:])
        return s
    if cls is bool:
        return "TRUE" if value else "FALSE"
    if cls is int:
        return str(value)
    if cls is float:
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        if value.is_integer():
            return str(int(value))
        return format(Decimal(repr(value)), "f")
    if isinstance(value, _dt.datetime):
        if value.time() == _dt.time(0, 0):
            return _fmt_date(value.date())
        return f"{_fmt_date(value.date())} {value:%H:%M}" + (f":{value:%S}" if value.second else "")
    if isinstance(value, _dt.date):
        return _fmt_date(value)
    if isinstance(value, _dt.time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    if isinstance(value, (int, float)):  # numpy-like or subclasses
        return cell_text(float(value)) if not isinstance(value, int) else str(int(value))
    return normalize(str(value))


def cell_texts(cells: Iterable[object]) -> list[str]:
    """:func:`cell_text` of each cell; quicker on columns of codes, numbers and e-mails,
    as printable ASCII text without a space or a leading apostrophe is already clean."""
    return [
        cell
        if cell.__class__ is str and cell.isascii() and cell.isprintable() and " " not in cell
        and cell[:1] not in _APOSTROPHES  # "" is "in" every string: an empty cell goes the long way
        else cell_text(cell)
        for cell in cells
    ]


_EXCEL_EPOCH = _dt.date(1899, 12, 30)
_SERIAL_MIN = 2101  # 1905-10-02: anything lower is a bare year (1900–2100) or nonsense
_SERIAL_MAX = 73050  # 2099-12-31
_YEAR_MIN, _YEAR_MAX = 1900, 2100

_RE_DMY = re.compile(r"(\d{1,2})\s*[/\-.\s]\s*(\d{1,2})\s*[/\-.\s]\s*(\d{4}|\d{2})")
_RE_YMD = re.compile(r"(\d{4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})")
_RE_MY = re.compile(r"(\d{1,2})\s*[/\-.]\s*(\d{4})")
_RE_TIME_TAIL = re.compile(r"[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?|sa|ch)?", re.I)
_RE_WORDS = re.compile(r"ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})")


def _year2(yy: int, today: _dt.date | None) -> int:
    """Two-digit year → the latest year ending so that is not after this year."""
    this_year = (today or _dt.date.today()).year
    year = (this_year // 100) * 100 + yy
    if year > this_year:
        year -= 100
    return year


def _make_date(y: int, m: int, d: int, original: str) -> _dt.date:
    if not _YEAR_MIN <= y <= _YEAR_MAX:
        raise ValueError(tr("năm ngoài khoảng {first}–{last}: {value}").format(
            first=_YEAR_MIN, last=_YEAR_MAX, value=original))
    if not 1 <= m <= 12:
        if 1 <= d <= 12 and 1 <= m <= 31:
            raise ValueError(tr("tháng không hợp lệ (phải ghi ngày/tháng/năm): {value}").format(value=original))
        raise ValueError(tr("tháng không hợp lệ: {value}").format(value=original))
    try:
        return _dt.date(y, m, d)
    except ValueError:
        raise ValueError(tr("ngày không tồn tại: {value}").format(value=original)) from None


def _from_serial(v: float, original: str) -> _dt.date:
    if not _SERIAL_MIN <= v <= _SERIAL_MAX:
        raise ValueError(tr("số {value} không phải ngày hay năm hợp lệ").format(value=original))
    return _EXCEL_EPOCH + _dt.timedelta(days=int(v))


def _from_digits8(s: str, original: str) -> _dt.date:
    d, m, y = int(s[:2]), int(s[2:4]), int(s[4:])
    if _YEAR_MIN <= y <= _YEAR_MAX and 1 <= m <= 12:
        return _make_date(y, m, d, original)
    y, m, d = int(s[:4]), int(s[4:6]), int(s[6:])
    return _make_date(y, m, d, original)


def parse_date(value: object, *, today: _dt.date | None = None) -> tuple[_dt.date, bool]:
    """A cell as ``(date, year_only)``; raises ValueError with a Vietnamese message.

    Accepted: date/datetime objects; Excel serial numbers (2101–73050, i.e. Oct 1905
    to 2099; a fraction, the time of day, is dropped); a bare year 1900–2100 as a
    number (1998, 1998.0) or text ("1998") → ``(1 Jan, True)``; text dd/mm/yyyy,
    d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, with a trailing time or not, yyyy-mm-dd,
    ddmmyyyy / yyyymmdd, "ngày 5 tháng 10 năm 2004". Day comes before month, always:
    "10/25/2004" is refused, not swapped. A two-digit year is the latest such year not
    after this year (``today``, default the real date): in 2026, "05" → 2005,
    "26" → 2026, "27" → 1927, "98" → 1998. Month/year alone ("3/2010") is refused.
    """
    if value is None or (isinstance(value, str) and not value.strip()) or value == "":
        raise ValueError(tr("ô trống, không có ngày"))
    if isinstance(value, _dt.datetime):
        return value.date(), False
    if isinstance(value, _dt.date):
        return value, False
    if isinstance(value, _dt.time):
        raise ValueError(tr("là giờ, không phải ngày: {value}").format(value=cell_text(value)))
    if isinstance(value, bool):
        raise ValueError(tr("không phải ngày: {value}").format(value=value))
    if isinstance(value, (int, float)):
        original = cell_text(value)
        if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
            raise ValueError(tr("không phải ngày"))
        if float(value).is_integer():
            n = int(value)
            if _YEAR_MIN <= n <= _YEAR_MAX:
                return _dt.date(n, 1, 1), True
            if 10_000_000 <= n <= 99_999_999:
                return _from_digits8(str(n), original), False
        return _from_serial(float(value), original), False
    if not isinstance(value, str):
        raise ValueError(tr("không phải ngày: {value}").format(value=repr(value)))
    s = cell_text(value)
    original = s
    if s.endswith(".0") and s[:-2].isdigit():
        s = s[:-2]
    if s.isdigit():
        if len(s) == 4:
            y = int(s)
            if _YEAR_MIN <= y <= _YEAR_MAX:
                return _dt.date(y, 1, 1), True
            raise ValueError(tr("năm ngoài khoảng {first}–{last}: {value}").format(
            first=_YEAR_MIN, last=_YEAR_MAX, value=original))
        if len(s) == 8:
            return _from_digits8(s, original), False
        if len(s) == 5:
            return _from_serial(float(s), original), False
        raise ValueError(tr("không hiểu ngày: «{value}»").format(value=original))
    s = _RE_TIME_TAIL.sub("", s).strip().rstrip(".").strip()
    m = _RE_DMY.fullmatch(s)
    if m:
        d, mo, y = int(m[1]), int(m[2]), m[3]
        year = int(y) if len(y) == 4 else _year2(int(y), today)
        return _make_date(year, mo, d, original), False
    m = _RE_YMD.fullmatch(s)
    if m:
        return _make_date(int(m[1]), int(m[2]), int(m[3]), original), False
    if _RE_MY.fullmatch(s):
        raise ValueError(tr("thiếu ngày (chỉ có tháng/năm): {value}").format(value=original))
    m = _RE_WORDS.search(fold(s))
    if m:
        return _make_date(int(m[3]), int(m[2]), int(m[1]), original), False
    raise ValueError(tr("không hiểu ngày: «{value}» (ghi theo ngày/tháng/năm, ví dụ 05/10/2004)").format(
        value=original))


# Mobile prefixes renumbered from 11 to 10 digits in 2018 (old 01xx → new 0xx).
_OLD_MOBILE = {
    "0162": "032", "0163": "033", "0164": "034", "0165": "035", "0166": "036",
    "0167": "037", "0168": "038", "0169": "039",
    "0120": "070", "0121": "079", "0122": "077", "0126": "076", "0128": "078",
    "0123": "083", "0124": "084", "0125": "085", "0127": "081", "0129": "082",
    "0186": "056", "0188": "058", "0199": "059",
}
_PHONE_SPLIT = re.compile(r"\s*(?:[/;,|\n]|\s-\s|\shoặc\s|\shoac\s|\s{2,})\s*", re.I)  # i18n: vi
_PHONE_JUNK = re.compile(r"[\s.\-()\u00a0]")


def _normalize_vn_phone(digits: str, original: str) -> str:
    if digits.startswith("0084"):
        digits = "0" + digits[4:]
    elif digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    if not digits.startswith("0"):
        if len(digits) == 9 and digits[0] in "35789":
            digits = "0" + digits  # a mobile number stored as a number lost its 0
        elif len(digits) == 10 and digits[0] == "2":
            digits = "0" + digits  # a landline (02x…) that lost its 0
        elif len(digits) == 10 and digits[:2] in ("16", "12", "18", "19"):
            digits = "0" + digits  # an old 11-digit mobile that lost its 0
    if len(digits) == 11 and digits[:4] in _OLD_MOBILE:
        digits = _OLD_MOBILE[digits[:4]] + digits[4:]
    if len(digits) == 10 and digits[0] == "0" and digits[1] in "35789":
        return digits
    if len(digits) == 11 and digits.startswith("02"):
        return digits
    raise ValueError(tr("số điện thoại không hợp lệ: {value}").format(value=original))


def parse_phone(value: object) -> str:
    """A Vietnamese phone number as digits with its leading 0 ("0912345678").

    Accepts numbers (912345678.0 → "0912345678": the 0 Excel dropped is put back),
    text with a leading apostrophe, spaces, dots, dashes or brackets, the "+84"/"0084"
    /"84" forms, old 11-digit mobiles (0168… → 038…) and 11-digit landlines (02…).
    When a cell holds several numbers ("0912… / 0987…") the first is returned. A
    foreign number written with "+" is kept as "+<digits>". Anything else raises
    ValueError.
    """
    if _blank(value):
        raise ValueError(tr("ô trống, không có số điện thoại"))
    if isinstance(value, bool) or isinstance(value, (_dt.date, _dt.time, _dt.timedelta)):
        raise ValueError(tr("không phải số điện thoại: {value}").format(value=cell_text(value)))
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not value.is_integer():
            raise ValueError(tr("số điện thoại không hợp lệ: {value}").format(value=cell_text(value)))
        return _normalize_vn_phone(str(int(value)), cell_text(value))
    text = cell_text(value)
    if not text:
        raise ValueError(tr("ô trống, không có số điện thoại"))
    first = _PHONE_SPLIT.split(text)[0]
    s = _PHONE_JUNK.sub("", first).lstrip(_APOSTROPHES)
    if s.endswith(".0") and s[:-2].isdigit():
        s = s[:-2]
    if s.startswith("+"):
        rest = s[1:]
        if not rest.isdigit():
            raise ValueError(tr("số điện thoại không hợp lệ: {value}").format(value=text))
        if rest.startswith("84"):
            return _normalize_vn_phone("0" + rest[2:].lstrip("0"), text)
        if 8 <= len(rest) <= 15:
            return "+" + rest
        raise ValueError(tr("số điện thoại không hợp lệ: {value}").format(value=text))
    if not s.isdigit():
        raise ValueError(tr("số điện thoại không hợp lệ: {value}").format(value=text))
    return _normalize_vn_phone(s, text)


_MARKS = frozenset({"x", "v", "√", "✓", "✔", "1", "co", "+", "*"})
_NOT_MARKS = frozenset({"0", "-", "khong"})


def parse_gender(value: object, *, under: str | None = None) -> str | None:
    """'male' / 'female' from a gender cell; None for a blank cell.

    Understands Nam/Nữ in any case and with or without tones (nam, NỮ, nu), "Nam
    giới", "trai"/"gái", M/F, male/female. With ``under="male"``/``"female"`` (the cell
    sits in a "Nam" or "Nữ" tick column) a mark such as "x", "X", "✓", 1 gives that
    gender, and "0"/"-" gives None. Anything else ("Khác?") raises ValueError.
    """
    if _blank(value):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        key = cell_text(value)
    elif isinstance(value, str):
        key = " ".join(fold(value).translate(_PUNCT).split())
    else:
        raise ValueError(tr("giới tính không rõ: {value}").format(value=cell_text(value)))
    if key in _MALE_WORDS:
        return "male"
    if key in _FEMALE_WORDS:
        return "female"
    if under in ("male", "female"):
        if key in _MARKS:
            return under
        if key in _NOT_MARKS:
            return None
    shown = cell_text(value)
    if key in _MARKS:
        raise ValueError(tr("dấu «{value}» chỉ có nghĩa khi nằm dưới cột Nam hoặc Nữ").format(value=shown))
    raise ValueError(tr("giới tính không rõ: {value} (ghi Nam hoặc Nữ)").format(value=shown))
