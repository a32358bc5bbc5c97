"""Importing a roster from a spreadsheet: preview first, then apply in one transaction.

``preview_roster_import`` reads the file, finds the table, parses and checks every row
and matches it to the roster (same card number, else same name and date of birth), so
the user sees what would be created, updated or left unchanged and every problem with
its sheet, row and column. ``apply_roster_import`` writes that plan in one transaction;
with errors it writes nothing unless told to skip the invalid rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
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
from desktop.db.engine import Database, next_change_seq
from desktop.db.models import Member, utcnow

FIELD_LABELS: dict[str, str] = {
    "seq": "STT",
    "full_name": "Họ và tên",
    "family_middle": "Họ đệm",
    "given_name": "Tên",
    "date_of_birth": "Ngày sinh",
    "gender": "Giới tính",
    "ethnicity": "Dân tộc",
    "religion": "Tôn giáo",
    "citizen_id": "Số CCCD",
    "phone": "Số điện thoại",
    "email": "E-mail",
    "admission_date": "Ngày vào Đoàn",
    "card_number": "Số thẻ đoàn viên",
    "position": "Chức vụ",
    "branch": "Chi đoàn",
    "grassroots": "Đoàn cơ sở",
    "status": "Tình trạng",
    "notes": "Ghi chú",
}

# Fields whose text may come in a legacy (TCVN3/VNI) encoding and is converted per column.
_TEXT_FIELDS = ("full_name", "family_middle", "given_name", "ethnicity", "religion", "position", "branch",
                "grassroots", "status", "notes")

# Member fields a file may change, with the file field that carries each.
_UPDATABLE = ("date_of_birth", "birth_year_only", "gender", "ethnicity", "religion", "citizen_id", "phone",
              "email", "admission_date", "card_number", "position", "branch_id", "status", "notes")

ACTION_LABELS = {"create": "Thêm mới", "update": "Cập nhật", "unchanged": "Không đổi", "error": "Lỗi"}


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


@dataclass
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
            return f"Không có chi đoàn «{wanted}» trong cây đơn vị."
        where = ", ".join(self.tree.by_id[u.parent_id].name if u.parent_id else u.code for u in candidates)
        return f"Có nhiều đơn vị tên «{wanted}» ({where}); hãy ghi thêm cột Đoàn cơ sở."


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


def preview_roster_import(db: Database, path: str | Path, *, target_unit_id: str | None = None,
                          progress: Progress | None = None, cancelled: CancelCheck | None = None,
                          today: date | None = None) -> RosterImportPlan:
    """Read ``path`` and say what importing it would do; writes nothing."""
    report = Reporter(progress, cancelled)
    path = Path(path)
    plan = RosterImportPlan(file=path.name)
    report(0.0, f"Đang đọc {path.name}")
    sheets = spreadsheet.read_sheets(path)
    report(0.3, "Đang tìm bảng danh sách")
    tables = [(sheet, layout) for sheet in sheets
              if (layout := spreadsheet.locate_table(sheet, ROSTER_FIELDS, _REQUIRED)) is not None]
    if not tables:
        raise InputFileError(
            f"Không tìm thấy bảng danh sách đoàn viên trong tệp {path.name}: cần một dòng tiêu đề có cột "
            "«Họ và tên» (hoặc «Họ đệm» và «Tên»)."
        )
    tree = load_tree(db)
    if target_unit_id and target_unit_id not in tree.by_id:
        raise ValidationError("Đơn vị nhận không tồn tại.")
    planner = _RowPlanner(plan, BranchResolver(tree, tree.home_id if tree.home_id in tree.by_id else None),
                          target_unit_id, *_load_existing(db), today or date.today())
    total = sum(len(sheet.rows) for sheet, _ in tables) or 1
    done = 0
    for sheet, layout in tables:
        columns = [MappedColumn(name, FIELD_LABELS.get(name, name), col.letter, col.header or col.parent)
                   for name, col in layout.columns.items()]
        plan.sheets.append(MappedSheet(sheet.name, layout.header_rows[0], columns))
        planner.start_sheet(sheet.name, layout, columns)
        records = list(spreadsheet.iter_records(sheet, layout))
        plan.legacy_encoding = _fix_legacy_columns(records) or plan.legacy_encoding
        for row_number, values in records:
            done += 1
            if done % 2000 == 0:
                report(0.3 + 0.65 * done / total, f"Đang kiểm tra dòng {done}")
            plan.rows.append(planner.plan_row(row_number, values))
    report(1.0, "Đã xem trước")
    return plan


def _fix_legacy_columns(records: list[tuple[int, dict]]) -> str | None:
    """Convert TCVN3/VNI text columns to Unicode in place; return the encoding found, if any.

    A column is typed in one font, so a sample of its distinct values decides for all.
    """
    found = None
    for name in _TEXT_FIELDS:
        distinct = {values[name] for _row, values in records if isinstance(values.get(name), str) and values[name]}
        if not distinct or all(v.isascii() for v in distinct):
            continue
        sample = sorted(distinct)[:: max(1, len(distinct) // 2000)]
        _fixed, encoding = vntext.detect_and_fix_column(sample)
        if not encoding:
            continue
        found = found or encoding
        converted = dict(zip(distinct, vntext.detect_and_fix_column(list(distinct))[0]))
        for _row, values in records:
            value = values.get(name)
            if isinstance(value, str) and value:
                values[name] = converted[value]
    return found


class _RowPlanner:
    """Turns one spreadsheet row into a planned action, recording its problems on the plan."""

    def __init__(self, plan: RosterImportPlan, resolver: BranchResolver, target_unit_id: str | None,
                 by_card: dict[str, _Existing], by_name_dob: dict, today: date):
        self.plan, self.resolver, self.target_unit_id = plan, resolver, target_unit_id
        self.by_card, self.by_name_dob, self.today = by_card, by_name_dob, today
        self.seen_cards: dict[str, int] = {}
        self._memos: dict[str, dict] = {}
        # (field, parser, prefix of its error message) for the cells that need parsing.
        self._parsed_fields = (
            ("date_of_birth", self._parse_date, "Ngày sinh không hợp lệ"),
            ("gender", spreadsheet.parse_gender, ""),
            ("admission_date", lambda raw: self._parse_date(raw)[0], "Ngày vào Đoàn không hợp lệ"),
            ("phone", spreadsheet.parse_phone, "Số điện thoại không hợp lệ"),
            ("position", lambda raw: parse_position(spreadsheet.cell_text(raw)), ""),
            ("status", lambda raw: parse_status(spreadsheet.cell_text(raw)), ""),
        )
        remembered = lambda name: lambda raw: self._memo(name, raw, spreadsheet.cell_text)[0]  # noqa: E731
        text = spreadsheet.cell_text
        # (field, cleaner) for cells kept as text; repeated values are looked up, not redone.
        self._text_fields = (
            ("ethnicity", remembered("ethnicity")),
            ("religion", remembered("religion")),
            ("notes", text),
            ("citizen_id", lambda raw: text(raw).replace(" ", "")),
            ("email", lambda raw: text(raw).lower()),
            ("card_number", lambda raw: text(raw).replace(" ", "")),
        )
        self._birth_split_key = spreadsheet.split_gender_key("date_of_birth")
        self.seen_people: dict[tuple[str, date | None], tuple[int, str | None]] = {}

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
                "error", "Bảng không có cột Chi đoàn: hãy chọn đơn vị nhận các đoàn viên này (--unit MÃ).",
                sheet_name, layout.header_rows[0], file=self.plan.file))

    def plan_row(self, row_number: int, values: dict) -> PlannedRow:
        self.row_number, self.row_errors = row_number, []
        data, provided = self._parse(values)
        self._check(data)
        planned = PlannedRow(self.sheet_name, row_number, "error", data, self._branch_name)
        if self.row_errors:
            planned.messages = self.row_errors
            return planned
        name_folded = self._name_folded
        existing = self.by_card.get(data.card_number) if data.card_number else None
        if existing is not None and _different_person(existing.data, data):
            self._problem("card_number", f"Số thẻ {data.card_number} đã cấp cho đoàn viên {existing.data.full_name}"
                                         f" ({_birth_text(existing.data) or 'không rõ ngày sinh'}): khác họ tên và "
                                         "ngày sinh với dòng này.")
            planned.messages = self.row_errors
            return planned
        if existing is None:
            existing = self.by_name_dob.get((name_folded, data.date_of_birth)) if data.date_of_birth else None
            if existing is not None and existing.data.card_number and data.card_number:
                # Two card numbers: two people who share a name and a birthday.
                self._problem(self.name_field, f"Cùng họ tên và ngày sinh với đoàn viên đã có (số thẻ "
                                               f"{existing.data.card_number}); được thêm như một người khác.",
                              "warning")
                existing = None
        if existing is None:
            planned.action = "create"
            return planned
        merged = replace(existing.data, **{name: getattr(data, name) for name in provided})
        planned.member_id, planned.data = existing.id, merged
        planned.action = "unchanged" if merged == existing.data else "update"
        return planned

    def _problem(self, field_name: str, message: str, severity: str = "error") -> None:
        self.plan.problems.append(Problem(severity, message, self.sheet_name, self.row_number,
                                          self.letters.get(field_name, ""), self.headers.get(field_name, ""),
                                          self.plan.file))
        if severity == "error":
            self.row_errors.append(message)

    def _memo(self, field_name: str, raw, parse):
        """``parse(raw)`` remembered per column: most columns repeat a handful of values."""
        memo = self._memos.setdefault(field_name, {})
        try:
            return memo[raw]
        except KeyError:
            try:
                result = (parse(raw), None)
            except (ValueError, ValidationError) as exc:
                result = (None, str(exc))
            if len(memo) < 50_000:
                memo[raw] = result
            return result

    def _parse(self, values: dict) -> tuple[MemberInput, set[str]]:
        """The member the row describes, and the names of the fields the row actually gave.

        This runs once per row of files of 50,000 rows, so it avoids repeated
        normalisation and remembers the parse of every repeated value.
        """
        text = spreadsheet.cell_text
        if "full_name" in values:
            full = text(values["full_name"])
            if full.isupper() or full.islower():
                full = vntext.name_case(full)
            words = full.split(" ")
            family, middle, given = ("", "", words[0]) if len(words) == 1 else (
                words[0], " ".join(words[1:-1]), words[-1])
        else:
            family, _, middle = vntext.name_case(text(values.get("family_middle"))).partition(" ")
            given = vntext.name_case(text(values.get("given_name")))
        data = MemberInput(family_name=family, middle_name=middle, given_name=given)
        provided = {"family_name", "middle_name", "given_name"}
        if not given:
            self._problem(self.name_field, "Thiếu họ và tên.")

        for name, parse, label in self._parsed_fields:
            raw = values.get(name)
            if raw is None or raw == "" or (raw.__class__ is str and raw.isspace()):
                continue
            if name == "phone" and raw.__class__ is str and len(raw) == 10 and raw[0] == "0" and raw.isdigit():
                data.phone = raw  # the usual case, already clean
                provided.add(name)
                continue
            value, error = self._memo(name, raw, parse)
            if error:
                self._problem(name, f"{label}: {error}" if label else error)
            elif name == "date_of_birth":
                data.date_of_birth, data.birth_year_only = value
                provided.add("date_of_birth")
                provided.add("birth_year_only")
            else:
                setattr(data, name, value)
                provided.add(name)
        written_under = values.get(self._birth_split_key)
        if written_under in ("male", "female") and "gender" not in provided:
            data.gender = written_under
            provided.add("gender")
        elif written_under == "both":
            self._problem("date_of_birth", "Ngày sinh ghi ở cả cột Nam và cột Nữ.")
        for name, clean in self._text_fields:
            raw = values.get(name)
            if raw is None or raw == "":
                continue
            value = clean(raw)
            if value:
                setattr(data, name, value)
                provided.add(name)
        self._assign_branch(data, values, provided)
        return data, provided

    def _parse_date(self, raw):
        return spreadsheet.parse_date(raw, today=self.today)

    def _assign_branch(self, data: MemberInput, values: dict, provided: set[str]) -> None:
        branch = vntext.normalize(spreadsheet.cell_text(values.get("branch")))
        grassroots = vntext.normalize(spreadsheet.cell_text(values.get("grassroots")))
        self._branch_name = branch or grassroots
        if branch or grassroots:
            unit = self.resolver.resolve(branch, grassroots)
            if isinstance(unit, str):
                self._problem("branch" if branch else "grassroots", unit)
                return
            data.branch_id, self._branch_name = unit.id, unit.name
            provided.add("branch_id")
        elif self.target_unit_id:
            data.branch_id = self.target_unit_id
            self._branch_name = self.resolver.tree.by_id[self.target_unit_id].name
            provided.add("branch_id")
        elif self.has_unit_column:
            self._problem("branch", "Thiếu tên chi đoàn.")

    def _check(self, data: MemberInput) -> None:
        if not self.row_errors:
            errors, warnings = check_member(data, self.today)
            for err in errors:
                if err.field != "branch":  # reported by _assign_branch with the file's own words
                    self._problem(err.field or self.name_field, str(err))
            for warning in warnings:
                self._problem(warning.field or self.name_field, str(warning), "warning")
        if data.card_number:
            first = self.seen_cards.setdefault(data.card_number, self.row_number)
            if first != self.row_number:
                self._problem("card_number", f"Số thẻ {data.card_number} trùng với dòng {first} trong tệp.")
        self._name_folded = vntext.fold(data.full_name)
        if data.given_name and data.date_of_birth:
            person = (self._name_folded, data.date_of_birth)
            first_row, first_card = self.seen_people.setdefault(person, (self.row_number, data.card_number))
            if first_row != self.row_number:
                if first_card and data.card_number:  # distinct cards: namesakes born the same day
                    self._problem(self.name_field, f"Cùng họ tên và ngày sinh với dòng {first_row} "
                                                   "(khác số thẻ).", "warning")
                else:
                    self._problem(self.name_field, f"Trùng họ tên và ngày sinh với dòng {first_row} trong tệp.")


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

def apply_roster_import(db: Database, plan: RosterImportPlan, *, skip_invalid: bool = False,
                        progress: Progress | None = None, cancelled: CancelCheck | None = None) -> RosterImportReport:
    """Write the plan in one transaction; all or nothing."""
    report = Reporter(progress, cancelled)
    if plan.errors and not skip_invalid:
        raise ValidationError(
            f"Tệp {plan.file} có {len(plan.errors)} lỗi; chưa nhập gì. Sửa tệp hoặc chọn chỉ nhập các dòng hợp lệ."
        )
    creates = [row.data for row in plan.rows if row.action == "create"]
    updates = [row for row in plan.rows if row.action == "update"]
    unchanged = sum(1 for row in plan.rows if row.action == "unchanged")
    skipped = sum(1 for row in plan.rows if row.action == "error")
    report(0.05, f"Đang ghi {len(creates)} đoàn viên mới")
    with db.session() as session:
        for start in range(0, len(creates), 10000):
            report.check()
            insert_member_rows(db, session, creates[start:start + 10000])
            report(0.05 + 0.8 * min(1.0, (start + 10000) / max(1, len(creates))), "Đang ghi đoàn viên mới")
        if updates:
            report(0.85, f"Đang cập nhật {len(updates)} đoàn viên")
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
    report(1.0, "Đã nhập xong")
    return RosterImportReport(len(creates), len(updates), unchanged, skipped)
