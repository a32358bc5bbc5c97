"""Importing a roster from a spreadsheet: preview first, then apply in one transaction.

``preview_roster_import`` reads the file, finds the table, parses and checks every row
and matches it to the roster (same card number, else same name and date of birth), so
the user sees what would be created, updated or left unchanged and every problem with
its sheet, row and column. ``apply_roster_import`` writes that plan in one transaction;
with errors it writes nothing unless told to skip the invalid rows.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from functools import partial
from datetime import date
from itertools import repeat
from pathlib import Path

from sqlalchemy import update

from desktop.core import spreadsheet, vntext
from desktop.core.errors import InputFileError, Problem, ValidationError
from desktop.core.members import (
    GENDER_LABELS,
    MemberInput,
    check_member,
    derived_columns,
    insert_member_rows,
    parse_position,
    parse_status,
)
from desktop.core.roster_columns import ROSTER_FIELDS
from desktop.core.tasks import CancelCheck, Progress, Reporter
from desktop.core.units import UnitInfo, UnitLevel, UnitTree, load_tree
from desktop.db.bulk import member_bulk_load
from desktop.db.engine import Database, next_change_seq
from desktop.db.models import Member, utcnow
from desktop.i18n import N_, tr, trn

# What each field is understood to be, shown beside the file's own header (MappedColumn.label).
FIELD_LABELS: dict[str, str] = {
    "seq": N_("STT"),
    "full_name": N_("Họ và tên"),
    "family_middle": N_("Họ đệm"),
    "given_name": N_("Tên"),
    "date_of_birth": N_("Ngày sinh"),
    "gender": N_("Giới tính"),
    "ethnicity": N_("Dân tộc"),
    "religion": N_("Tôn giáo"),
    "citizen_id": N_("Số CCCD"),
    "phone": N_("Số điện thoại"),
    "email": N_("E-mail"),
    "admission_date": N_("Ngày vào Đoàn"),
    "card_number": N_("Số thẻ đoàn viên"),
    "position": N_("Chức vụ"),
    "branch": N_("Chi đoàn"),
    "grassroots": N_("Đoàn cơ sở"),
    "status": N_("Tình trạng"),
    "notes": N_("Ghi chú"),
}

# Fields whose text may come in a legacy (TCVN3/VNI) encoding and is converted per column.
_TEXT_FIELDS = ("full_name", "family_middle", "given_name", "ethnicity", "religion", "position", "branch",
                "grassroots", "status", "notes")

# Member fields a file may change, with the file field that carries each.
_UPDATABLE = ("date_of_birth", "birth_year_only", "gender", "ethnicity", "religion", "citizen_id", "phone",
              "email", "admission_date", "card_number", "position", "branch_id", "status", "notes")

# Shown through tr() by the screens.
ACTION_LABELS = {"create": N_("Thêm mới"), "update": N_("Cập nhật"), "unchanged": N_("Không đổi"),
                 "error": N_("Lỗi")}


@dataclass(frozen=True)
class MappedColumn:
    field: str
    label: str
    letter: str
    header: str


@dataclass(frozen=True)
class MappedSheet:
    name: str
    header_row: int
    columns: list[MappedColumn]


@dataclass(slots=True)
class PlannedRow:
    """One data row of the file and what importing it would do (display texts on demand)."""

    sheet: str
    row: int
    action: str
    data: MemberInput
    branch_name: str = ""
    messages: list[str] = field(default_factory=list)
    member_id: str | None = None

    @property
    def full_name(self) -> str:
        return self.data.full_name

    @property
    def date_of_birth_text(self) -> str:
        return _birth_text(self.data)

    @property
    def gender_label(self) -> str:
        return GENDER_LABELS.get(self.data.gender or "", "")

    @property
    def card_number(self) -> str:
        return self.data.card_number or ""


@dataclass
class RosterImportPlan:
    file: str
    sheets: list[MappedSheet] = field(default_factory=list)
    rows: list[PlannedRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    legacy_encoding: str | None = None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def counts(self) -> dict[str, int]:
        counts = {action: 0 for action in ACTION_LABELS}
        for row in self.rows:
            counts[row.action] += 1
        return counts

    def as_dict(self) -> dict:
        counts = self.counts
        return {
            "file": self.file,
            "sheets": [{"name": s.name, "header_row": s.header_row,
                        "columns": {c.letter: c.field for c in s.columns}} for s in self.sheets],
            "legacy_encoding": self.legacy_encoding,
            "created": counts["create"],
            "updated": counts["update"],
            "unchanged": counts["unchanged"],
            "rejected": counts["error"],
            "errors": [p.as_dict() for p in self.errors],
            "warnings": [p.as_dict() for p in self.warnings],
        }


@dataclass(frozen=True)
class RosterImportReport:
    created: int
    updated: int
    unchanged: int
    skipped: int


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector for one import step (used as a decorator).

    An import keeps about a million small objects (cells, rows, members) alive until it
    ends, and the collector walked them all again each time enough new ones piled up:
    a quarter of the time, to free nothing. Reference counting still frees what is
    dropped, and the collector (paused for the whole process, for a second or two)
    catches up once it resumes.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if not gc.get_freeze_count():
            # What the step made and still holds (a plan of 50,000 rows) is long-lived:
            # freezing and unfreezing puts it straight into the oldest generation, where
            # resuming would otherwise scan it all at the next allocation, to free nothing.
            gc.freeze()
            gc.unfreeze()
        gc.enable()


# ------------------------------------------------------------------ branch matching

def _branch_key(name: str) -> str:
    """Folded branch name without the level words, so 'Chi đoàn ấp Cây Da' = 'ấp Cây Da'."""
    folded = vntext.fold(name)
    for prefix in ("chi doan co so ", "chi doan ", "doan co so ", "doan "):
        if folded.startswith(prefix):
            return folded[len(prefix):]
    return folded


class BranchResolver:
    """Finds the unit a row belongs to from its 'Chi đoàn' and 'Đoàn cơ sở' cells."""

    def __init__(self, tree: UnitTree, scope_id: str | None):
        self.tree = tree
        scope = set(tree.subtree_ids(scope_id)) if scope_id else set(tree.by_id)
        self.units = [tree.by_id[i] for i in scope]
        self.by_key: dict[str, list[UnitInfo]] = {}
        self.by_code = {u.code: u for u in self.units}
        for unit in self.units:
            self.by_key.setdefault(_branch_key(unit.name), []).append(unit)
            self.by_key.setdefault(vntext.fold(unit.name), []).append(unit)
        self._cache: dict[tuple[str, str], UnitInfo | str] = {}

    def resolve(self, branch: str, grassroots: str) -> UnitInfo | str:
        """The unit, or a Vietnamese message saying why none fits."""
        key = (branch, grassroots)
        if key not in self._cache:
            self._cache[key] = self._resolve(branch, grassroots)
        return self._cache[key]

    def _resolve(self, branch: str, grassroots: str) -> UnitInfo | str:
        wanted = branch or grassroots
        if wanted in self.by_code:
            return self.by_code[wanted]
        candidates = list({u.id: u for u in self.by_key.get(_branch_key(wanted), [])
                           + self.by_key.get(vntext.fold(wanted), [])}.values())
        if branch:
            # A branch cell names a branch or a grassroots union acting as one (chi đoàn cơ sở).
            candidates = [u for u in candidates if u.level in (UnitLevel.BRANCH, UnitLevel.GRASSROOTS)] or candidates
        if len(candidates) > 1 and branch and grassroots:
            parent_key = _branch_key(grassroots)
            narrowed = [u for u in candidates if u.parent_id and _branch_key(self.tree.by_id[u.parent_id].name)
                        == parent_key]
            candidates = narrowed or candidates
        if len(candidates) == 1:
            return candidates[0]
        if not candidates:
            return tr("Không có chi đoàn «{name}» trong cây đơn vị.").format(name=wanted)
        where = ", ".join(self.tree.by_id[u.parent_id].name if u.parent_id else u.code for u in candidates)
        return tr("Có nhiều đơn vị tên «{name}» ({where}); hãy ghi thêm cột Đoàn cơ sở.").format(
            name=wanted, where=where)


# ------------------------------------------------------------------ preview

@dataclass
class _Existing:
    id: str
    data: MemberInput


def _load_existing(db: Database) -> tuple[dict[str, _Existing], dict[tuple[str, date | None], _Existing]]:
    by_card: dict[str, _Existing] = {}
    by_name_dob: dict[tuple[str, date | None], _Existing] = {}
    columns = ("id", "family_name", "middle_name", "given_name", "name_folded") + _UPDATABLE
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            f"SELECT {', '.join(columns)} FROM members WHERE deleted_at IS NULL"
        )
        for row in rows:
            values = dict(zip(columns, row))
            for key in ("date_of_birth", "admission_date"):
                values[key] = date.fromisoformat(values[key]) if values[key] else None
            values["birth_year_only"] = bool(values["birth_year_only"])
            member_id, name_folded = values.pop("id"), values.pop("name_folded")
            existing = _Existing(member_id, MemberInput(**values))
            if existing.data.card_number:
                by_card[existing.data.card_number] = existing
            by_name_dob[(name_folded, existing.data.date_of_birth)] = existing
    return by_card, by_name_dob


# A roster table needs a name: one full-name column, or family+middle and given name apart.
_REQUIRED = [("full_name", ("family_middle", "given_name"))]


@_collector_paused()
def preview_roster_import(db: Database, path: str | Path, *, target_unit_id: str | None = None,
                          progress: Progress | None = None, cancelled: CancelCheck | None = None,
                          today: date | None = None) -> RosterImportPlan:
    """Read ``path`` and say what importing it would do; writes nothing."""
    report = Reporter(progress, cancelled)
    path = Path(path)
    plan = RosterImportPlan(file=path.name)
    report(0.0, tr("Đang đọc {name}").format(name=path.name))
    sheets = spreadsheet.read_sheets(path)
    report(0.3, tr("Đang tìm bảng danh sách"))
    tables = [(sheet, layout) for sheet in sheets
              if (layout := spreadsheet.locate_table(sheet, ROSTER_FIELDS, _REQUIRED)) is not None]
    if not tables:
        raise InputFileError(
            tr("Không tìm thấy bảng danh sách đoàn viên trong tệp {name}: cần một dòng tiêu đề có cột "
               "«Họ và tên» (hoặc «Họ đệm» và «Tên»).").format(name=path.name)
        )
    tree = load_tree(db)
    if target_unit_id and target_unit_id not in tree.by_id:
        raise ValidationError(tr("Đơn vị nhận không tồn tại."))
    total = sum(len(sheet.rows) for sheet, _ in tables) or 1
    planner = _RowPlanner(plan, BranchResolver(tree, tree.home_id if tree.home_id in tree.by_id else None),
                          target_unit_id, *_load_existing(db), today or date.today(),
                          lambda done: report(0.3 + 0.65 * done / total, tr("Đang kiểm tra dòng {row}").format(
                              row=done)))
    for sheet, layout in tables:
        columns = [MappedColumn(name, tr(FIELD_LABELS[name]) if name in FIELD_LABELS else name, col.letter,
                                col.header or col.parent)
                   for name, col in layout.columns.items()]
        plan.sheets.append(MappedSheet(sheet.name, layout.header_rows[0], columns))
        row_numbers, cells = spreadsheet.record_columns(sheet, layout)
        plan.legacy_encoding = _fix_legacy_columns(cells) or plan.legacy_encoding
        plan.rows += planner.plan_sheet(sheet.name, layout, columns, row_numbers, cells)
    report(1.0, tr("Đã xem trước"))
    return plan


def _fix_legacy_columns(cells: dict[str, Sequence]) -> str | None:
    """Convert TCVN3/VNI text columns to Unicode in place; return the encoding found, if any.

    A column is typed in one font, so a sample of its distinct values decides for all.
    """
    found = None
    for name in _TEXT_FIELDS:
        column = cells.get(name)
        if column is None:
            continue
        distinct = {value for value in set(column) if isinstance(value, str) and value}
        if not distinct or all(v.isascii() for v in distinct):
            continue
        sample = sorted(distinct)[:: max(1, len(distinct) // 2000)]
        _fixed, encoding = vntext.detect_and_fix_column(sample)
        if not encoding:
            continue
        found = found or encoding
        converted = dict(zip(distinct, vntext.detect_and_fix_column(list(distinct))[0]))
        cells[name] = [converted[value] if isinstance(value, str) and value else value for value in column]
    return found


class _Blank:
    """A cell left empty: the field keeps its default, and an update keeps the roster's value."""


_BLANK = _Blank()


@dataclass(frozen=True)
class _Invalid:
    """A cell that could not be read, and what to tell the user about it."""

    message: str


def _parsed(parse: Callable[[object], object], label: str) -> Callable[[object], object]:
    """A cell converter: ``parse(cell)``, ``_BLANK`` for an empty cell, ``_Invalid`` when parsing fails."""
    def convert(cell):
        if cell is None or cell == "" or (cell.__class__ is str and cell.isspace()):
            return _BLANK
        try:
            return parse(cell)
        except (ValueError, ValidationError) as exc:
            message = str(exc)
            return _Invalid(f"{label}: {message}" if label else message[:1].upper() + message[1:])
    return convert


def _convert_each(cells: Sequence, convert: Callable[[object], object]) -> list:
    """``[convert(cell) for cell in cells]``, converting each distinct cell once.

    Most columns repeat a handful of values (dates, genders, branches, positions). As dict
    keys True, 1 and 1.0 are one, so a column holding booleans is keyed by type as well.
    """
    keys = cells if bool not in set(map(type, cells)) else [(cell.__class__, cell) for cell in cells]
    converted = {key: convert(cell) for key, cell in dict(zip(keys, cells)).items()}
    return list(map(converted.__getitem__, keys))


# Fields whose values belong to one person each: converted cell by cell, as looking for
# repeated values would cost more than it saves.
_PER_PERSON_FIELDS = frozenset({"phone", "citizen_id", "email", "card_number"})


def _convert_column(field_name: str, cells: Sequence, convert: Callable[[object], object]) -> list:
    if field_name in _PER_PERSON_FIELDS:
        return list(map(convert, cells))
    return _convert_each(cells, convert)


def _given_or(column: list, kinds: set[type], default) -> list:
    """The cells' values, with ``default`` where a cell was empty or unreadable; ``kinds``
    are the types in ``column``."""
    if kinds.isdisjoint((_Blank, _Invalid)):
        return column
    return [default if value is _BLANK or value.__class__ is _Invalid else value for value in column]


def _phone(cell) -> str:
    if cell.__class__ is str and len(cell) == 10 and cell[0] == "0" and cell.isdigit():
        return cell  # the usual case, already clean
    return spreadsheet.parse_phone(cell)


def _full_name_parts(cell) -> tuple[str, str, str, str]:
    """(family, middle, given, folded full name) from a 'Họ và tên' cell."""
    full = spreadsheet.cell_text(cell)
    if full.isupper() or full.islower():
        full = vntext.name_case(full)
    words = full.split(" ")
    family, middle, given = ("", "", words[0]) if len(words) == 1 else (words[0], " ".join(words[1:-1]), words[-1])
    return family, middle, given, vntext.fold(full)


def _split_name_parts(family_middle_cell, given_cell) -> tuple[str, str, str, str]:
    """(family, middle, given, folded full name) from the 'Họ đệm' and 'Tên' cells."""
    family, _, middle = vntext.name_case(spreadsheet.cell_text(family_middle_cell)).partition(" ")
    given = vntext.name_case(spreadsheet.cell_text(given_cell))
    return family, middle, given, vntext.fold(" ".join(p for p in (family, middle, given) if p))


def _unit_text(cell) -> str:
    return vntext.normalize(spreadsheet.cell_text(cell))


_INPUT_DEFAULTS = {f.name: f.default for f in fields(MemberInput)}


def _without_spaces(texts: list[str]) -> list[str]:
    return list(map(str.replace, texts, repeat(" "), repeat("")))


# (field, finishing touch) for the cells kept as text; an empty text leaves the field unset.
_TEXT_KEPT = (
    ("ethnicity", None),
    ("religion", None),
    ("notes", None),
    ("citizen_id", _without_spaces),
    ("email", lambda texts: list(map(str.lower, texts))),
    ("card_number", _without_spaces),
)

# Member fields a row gave exactly when they hold a value (true of rows without errors,
# where every given cell parsed and every empty one left its field at the empty default).
_GIVEN_WHEN_SET = ("date_of_birth", "gender", "ethnicity", "religion", "citizen_id", "phone", "email",
                   "admission_date", "card_number", "branch_id", "notes")


class _RowPlanner:
    """Turns the rows of each sheet into planned actions, recording their problems on the plan.

    A sheet is read column by column first, as files of 50,000 rows repeat most values:
    each distinct cell of a column is parsed once and its problems are noted against the
    rows holding it. Then each row is checked as a whole and matched to the roster.
    """

    def __init__(self, plan: RosterImportPlan, resolver: BranchResolver, target_unit_id: str | None,
                 by_card: dict[str, _Existing], by_name_dob: dict, today: date, progress: Callable[[int], None]):
        self.plan, self.resolver, self.target_unit_id = plan, resolver, target_unit_id
        self.by_card, self.by_name_dob, self.today = by_card, by_name_dob, today
        self.progress, self.rows_done = progress, 0
        self.seen_cards: dict[str, int] = {}
        self.seen_people: dict[tuple[str, date | None], tuple[int, str | None]] = {}
        text = spreadsheet.cell_text
        parse_date = partial(spreadsheet.parse_date, today=today)
        # (field, converter) for the cells that need parsing, in the order a row lists their problems.
        # (No converter refers to self: the planner and all it holds go as soon as it is dropped.)
        self._parsed_fields = (
            ("date_of_birth", _parsed(parse_date, tr("Ngày sinh không hợp lệ"))),
            ("gender", _parsed(spreadsheet.parse_gender, "")),
            ("admission_date", _parsed(lambda cell: parse_date(cell)[0], tr("Ngày vào Đoàn không hợp lệ"))),
            ("phone", _parsed(_phone, tr("Số điện thoại không hợp lệ"))),
            ("position", _parsed(lambda cell: parse_position(text(cell)), "")),
            ("status", _parsed(lambda cell: parse_status(text(cell)), "")),
        )
        self._birth_split_key = spreadsheet.split_gender_key("date_of_birth")

    def start_sheet(self, sheet_name: str, layout, columns: list[MappedColumn]) -> None:
        self.sheet_name, self.layout = sheet_name, layout
        self.letters = {c.field: c.letter for c in columns}
        self.headers = {c.field: c.header for c in columns}
        self.name_field = "full_name" if "full_name" in layout.columns else "given_name"
        self.has_unit_column = "branch" in layout.columns or "grassroots" in layout.columns
        birth_split = layout.splits.get("date_of_birth")
        if birth_split:  # the paper form: the date sits under "Nam" or "Nữ"
            self.letters["date_of_birth"] = f"{birth_split.male.letter}/{birth_split.female.letter}"
        if not self.has_unit_column and self.target_unit_id is None:
            self.plan.problems.append(Problem(
                "error", tr("Bảng không có cột Chi đoàn: hãy chọn đơn vị nhận các đoàn viên này "
                            "(ô «Đơn vị nhận» khi nhập, hoặc --unit MÃ trên dòng lệnh)."),
                sheet_name, layout.header_rows[0], file=self.plan.file))

    def plan_sheet(self, sheet_name: str, layout, columns: list[MappedColumn], row_numbers: list[int],
                   cells: dict[str, Sequence]) -> list[PlannedRow]:
        """The planned rows of one sheet, from its cells column by column (see :func:`spreadsheet.record_columns`)."""
        self.start_sheet(sheet_name, layout, columns)
        count = len(row_numbers)
        if not count:
            return []
        self.cell_problems: dict[int, list[tuple[str, str]]] = {}
        values_by_field, folded_names, branch_names = self._read_columns(cells, count)
        inputs = map(MemberInput, *(values_by_field.get(name) or repeat(default, count)
                                    for name, default in _INPUT_DEFAULTS.items()))
        planned = []
        cell_problems = self.cell_problems
        for index, (row_number, data, name_folded, branch_name) in enumerate(
                zip(row_numbers, inputs, folded_names, branch_names)):
            if index % 2000 == 0:
                self.progress(self.rows_done + index)
            self.row_number, self.row_errors = row_number, []
            for field_name, message in cell_problems.get(index, ()):
                self._problem(field_name, message)
            planned.append(self._plan_row(index, data, name_folded, branch_name))
        self.rows_done += count
        return planned

    def _read_columns(self, cells: dict[str, Sequence], count: int) -> tuple[dict[str, Sequence], list[str], list[str]]:
        """Member field → value of each row; the folded full names; the branch names to show.

        Problems of single cells go to ``self.cell_problems``, in the order a row lists them.
        """
        values, folded_names = self._read_names(cells, count)
        self._read_parsed(cells, count, values)
        for name, finish in _TEXT_KEPT:
            if name in cells:
                texts = (spreadsheet.cell_texts(cells[name]) if name in _PER_PERSON_FIELDS
                         else _convert_each(cells[name], spreadsheet.cell_text))
                values[name] = finish(texts) if finish else texts
        if "card_number" in values:
            values["card_number"] = [card or None for card in values["card_number"]]
        values["branch_id"], branch_names = self._read_units(cells, count)
        return values, folded_names, branch_names

    def _read_names(self, cells: dict[str, Sequence], count: int) -> tuple[dict[str, Sequence], list[str]]:
        if "full_name" in cells:
            names = _convert_each(cells["full_name"], _full_name_parts)
        else:
            names = list(map(_split_name_parts, cells.get("family_middle") or repeat(None, count),
                             cells.get("given_name") or repeat(None, count)))
        family, middle, given, folded_names = map(list, zip(*names))
        if "" in given:
            for index, given_name in enumerate(given):
                if not given_name:
                    self._cell_problem(index, self.name_field, tr("Thiếu họ và tên."))
        return {"family_name": family, "middle_name": middle, "given_name": given}, folded_names

    def _read_parsed(self, cells: dict[str, Sequence], count: int, values: dict[str, Sequence]) -> None:
        """The cells that need parsing (dates, gender, phone, position, status) into ``values``."""
        self.given_cells: dict[str, Sequence] = {}
        for name, convert in self._parsed_fields:
            if name in cells:
                column = self.given_cells[name] = _convert_column(name, cells[name], convert)
                kinds = set(map(type, column))
                if _Invalid in kinds:
                    for index, value in enumerate(column):
                        if value.__class__ is _Invalid:
                            self._cell_problem(index, name, value.message)
                values[name] = _given_or(column, kinds, _INPUT_DEFAULTS[name])
        if "date_of_birth" in values:
            births = values.pop("date_of_birth")
            values["date_of_birth"] = [birth[0] if birth else None for birth in births]
            values["birth_year_only"] = [birth[1] if birth else False for birth in births]
        written_under = cells.get(self._birth_split_key)
        if written_under is not None:  # the paper form: a date under "Nam" or "Nữ" gives the gender
            genders = values.get("gender") or [None] * count
            values["gender"] = [under if gender is None and under in ("male", "female") else gender
                                for gender, under in zip(genders, written_under)]
            for index, under in enumerate(written_under):
                if under == "both":
                    self._cell_problem(index, "date_of_birth", tr("Ngày sinh ghi ở cả cột Nam và cột Nữ."))

    def _read_units(self, cells: dict[str, Sequence], count: int) -> tuple[list[str], list[str]]:
        """The unit id of each row and the branch name to show for it."""
        no_unit = [""] * count
        places = list(zip(_convert_each(cells["branch"], _unit_text) if "branch" in cells else no_unit,
                          _convert_each(cells["grassroots"], _unit_text) if "grassroots" in cells else no_unit))
        units = _convert_each(places, self._unit_of)
        if any(problem for _unit_id, _name, problem in set(units)):
            for index, (_unit_id, _name, problem) in enumerate(units):
                if problem:
                    self._cell_problem(index, *problem)
        return [unit_id for unit_id, _name, _problem in units], [name for _unit_id, name, _problem in units]

    def _unit_of(self, place: tuple[str, str]) -> tuple[str, str, tuple[str, str] | None]:
        """(unit id, name to show, problem as (field, message)) for a row's branch and grassroots cells."""
        branch, grassroots = place
        if branch or grassroots:
            unit = self.resolver.resolve(branch, grassroots)
            if isinstance(unit, str):
                return "", branch or grassroots, ("branch" if branch else "grassroots", unit)
            return unit.id, unit.name, None
        if self.target_unit_id:
            return self.target_unit_id, self.resolver.tree.by_id[self.target_unit_id].name, None
        if self.has_unit_column:
            return "", "", ("branch", tr("Thiếu tên chi đoàn."))
        return "", "", None

    def _cell_problem(self, index: int, field_name: str, message: str) -> None:
        self.cell_problems.setdefault(index, []).append((field_name, message))

    def _plan_row(self, index: int, data: MemberInput, name_folded: str, branch_name: str) -> PlannedRow:
        self._check(data, name_folded)
        planned = PlannedRow(self.sheet_name, self.row_number, "error", data, branch_name)
        if self.row_errors:
            planned.messages = self.row_errors
            return planned
        card_number = data.card_number
        existing = self.by_card.get(card_number) if card_number else None
        if existing is not None and _different_person(existing.data, data):
            self._problem("card_number", tr("Số thẻ {card_number} đã cấp cho đoàn viên {name} ({birth}): khác họ tên "
                                            "và "
                                            "ngày sinh với dòng này.").format(
                card_number=data.card_number, name=existing.data.full_name,
                birth=_birth_text(existing.data) or tr("không rõ ngày sinh")))
            planned.messages = self.row_errors
            return planned
        if existing is None:
            existing = self.by_name_dob.get((name_folded, data.date_of_birth)) if data.date_of_birth else None
            if existing is not None and existing.data.card_number and card_number:
                # Two card numbers: two people who share a name and a birthday.
                self._problem(self.name_field, tr("Cùng họ tên và ngày sinh với đoàn viên đã có (số thẻ "
                                                  "{card_number}); "
                                                  "được thêm như một người khác.").format(
                                  card_number=existing.data.card_number),
                              "warning")
                existing = None
        if existing is None:
            planned.action = "create"
            return planned
        merged = replace(existing.data, **{name: getattr(data, name) for name in self._given_fields(index, data)})
        planned.member_id, planned.data = existing.id, merged
        planned.action = "unchanged" if merged == existing.data else "update"
        return planned

    def _given_fields(self, index: int, data: MemberInput) -> list[str]:
        """The fields row ``index`` (one without errors) gave: a match takes these from the file."""
        given = ["family_name", "middle_name", "given_name"]
        given += [name for name in _GIVEN_WHEN_SET if getattr(data, name)]
        if data.date_of_birth is not None:
            given.append("birth_year_only")
        given += [name for name in ("position", "status")
                  if name in self.given_cells and self.given_cells[name][index] is not _BLANK]
        return given

    def _problem(self, field_name: str, message: str, severity: str = "error") -> None:
        self.plan.problems.append(Problem(severity, message, self.sheet_name, self.row_number,
                                          self.letters.get(field_name, ""), self.headers.get(field_name, ""),
                                          self.plan.file))
        if severity == "error":
            self.row_errors.append(message)

    def _check(self, data: MemberInput, name_folded: str) -> None:
        row_number, card_number = self.row_number, data.card_number
        if not self.row_errors:
            errors, warnings = check_member(data, self.today)
            for err in errors:
                if err.field != "branch":  # reported with the file's own words while reading the cells
                    self._problem(err.field or self.name_field, str(err))
            for warning in warnings:
                self._problem(warning.field or self.name_field, str(warning), "warning")
        if card_number:
            first = self.seen_cards.setdefault(card_number, row_number)
            if first != row_number:
                self._problem("card_number", tr("Số thẻ {card_number} trùng với dòng {row} trong tệp.").format(
                    card_number=card_number, row=first))
        if data.given_name and data.date_of_birth:
            first_row, first_card = self.seen_people.setdefault((name_folded, data.date_of_birth),
                                                                (row_number, card_number))
            if first_row != row_number:
                if first_card and card_number:  # distinct cards: namesakes born the same day
                    self._problem(self.name_field, tr("Cùng họ tên và ngày sinh với dòng {row} (khác số thẻ).").format(
                        row=first_row), "warning")
                else:
                    self._problem(self.name_field, tr("Trùng họ tên và ngày sinh với dòng {row} trong tệp.").format(
                        row=first_row))


def _different_person(known: MemberInput, incoming: MemberInput) -> bool:
    """A card number match is trusted to correct a name or a date of birth, not both at once."""
    same_name = vntext.fold(known.full_name) == vntext.fold(incoming.full_name)
    same_birth = incoming.date_of_birth is None or known.date_of_birth in (None, incoming.date_of_birth)
    return not same_name and not same_birth


def _birth_text(data: MemberInput) -> str:
    if data.date_of_birth is None:
        return ""
    return str(data.date_of_birth.year) if data.birth_year_only else vntext.format_date(data.date_of_birth)


# ------------------------------------------------------------------ apply

@_collector_paused()
def apply_roster_import(db: Database, plan: RosterImportPlan, *, skip_invalid: bool = False,
                        progress: Progress | None = None, cancelled: CancelCheck | None = None) -> RosterImportReport:
    """Write the plan in one transaction; all or nothing."""
    report = Reporter(progress, cancelled)
    if plan.errors and not skip_invalid:
        raise ValidationError(
            trn("Tệp {file} có %n lỗi; chưa nhập gì. Sửa tệp hoặc chọn chỉ nhập các dòng hợp lệ.",
                len(plan.errors)).format(file=plan.file)
        )
    creates = [row.data for row in plan.rows if row.action == "create"]
    updates = [row for row in plan.rows if row.action == "update"]
    unchanged = sum(1 for row in plan.rows if row.action == "unchanged")
    skipped = sum(1 for row in plan.rows if row.action == "error")
    report(0.05, trn("Đang ghi %n đoàn viên mới", len(creates)))
    with db.session() as session:
        with member_bulk_load(session, len(creates)):
            for start in range(0, len(creates), 10000):
                report.check()
                insert_member_rows(db, session, creates[start:start + 10000])
                report(0.05 + 0.8 * min(1.0, (start + 10000) / max(1, len(creates))), tr("Đang ghi đoàn viên mới"))
        if updates:
            report(0.85, trn("Đang cập nhật %n đoàn viên", len(updates)))
            first_seq = next_change_seq(session, len(updates))
            now = utcnow()
            for offset, row in enumerate(updates):
                values = {name: getattr(row.data, name) for name in
                          ("family_name", "middle_name", "given_name") + _UPDATABLE}
                values.update(derived_columns(row.data))
                values.update(owner_unit_id=row.data.branch_id, updated_at=now, change_seq=first_seq + offset,
                              revision=Member.revision + 1)
                session.execute(update(Member).where(Member.id == row.member_id).values(**values))
        report.check()
    report(1.0, tr("Đã nhập xong"))
    return RosterImportReport(len(creates), len(updates), unchanged, skipped)
