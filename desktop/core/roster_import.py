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
    sheet: str
    row: int
    action: str
    full_name: str = ""
    date_of_birth_text: str = ""
    gender_label: str = ""
    card_number: str = ""
    branch_name: str = ""
    messages: list[str] = field(default_factory=list)
    data: MemberInput | None = None
    member_id: str | None = None


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
    found = None
    for name in _TEXT_FIELDS:
        cells = [(i, values[name]) for i, (_row, values) in enumerate(records)
                 if isinstance(values.get(name), str) and values[name]]
        if not cells:
            continue
        fixed, encoding = vntext.detect_and_fix_column([value for _i, value in cells])
        if encoding:
            found = found or encoding
            for (i, _old), new in zip(cells, fixed):
                records[i][1][name] = new
    return found


class _RowPlanner:
    """Turns one spreadsheet row into a planned action, recording its problems on the plan."""

    def __init__(self, plan: RosterImportPlan, resolver: BranchResolver, target_unit_id: str | None,
                 by_card: dict[str, _Existing], by_name_dob: dict, today: date):
        self.plan, self.resolver, self.target_unit_id = plan, resolver, target_unit_id
        self.by_card, self.by_name_dob, self.today = by_card, by_name_dob, today
        self.seen_cards: dict[str, int] = {}
        self.seen_people: dict[tuple[str, date | None], int] = {}

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
        planned = PlannedRow(self.sheet_name, row_number, "error", data.full_name,
                             _birth_text(data), GENDER_LABELS.get(data.gender or "", ""),
                             data.card_number or "", self._branch_name)
        if self.row_errors:
            planned.messages = self.row_errors
            return planned
        name_folded = vntext.fold(data.full_name)
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
                self._problem("card_number", f"Đoàn viên {data.full_name} (cùng ngày sinh) đã có số thẻ "
                                             f"{existing.data.card_number}, khác với số thẻ trong tệp.")
                planned.messages = self.row_errors
                return planned
        if existing is None:
            planned.action, planned.data = "create", data
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

    def _parse(self, values: dict) -> tuple[MemberInput, set[str]]:
        """The member the row describes, and the names of the fields the row actually gave."""
        text = spreadsheet.cell_text
        if "full_name" in values:
            family, middle, given = vntext.split_name(vntext.name_case(vntext.normalize(text(values["full_name"]))))
        else:
            family_middle = vntext.name_case(vntext.normalize(text(values.get("family_middle"))))
            family, _, middle = family_middle.partition(" ")
            given = vntext.name_case(vntext.normalize(text(values.get("given_name"))))
        data = MemberInput(family_name=family, middle_name=middle, given_name=given)
        provided = {"family_name", "middle_name", "given_name"}
        if not given:
            self._problem(self.name_field, "Thiếu họ và tên.")

        birth = values.get("date_of_birth")
        if not spreadsheet.is_blank(birth):
            try:
                data.date_of_birth, data.birth_year_only = spreadsheet.parse_date(birth, today=self.today)
                provided |= {"date_of_birth", "birth_year_only"}
            except ValueError as exc:
                self._problem("date_of_birth", f"Ngày sinh không hợp lệ: {exc}")
        written_under = values.get(spreadsheet.split_gender_key("date_of_birth"))
        if written_under in ("male", "female"):
            data.gender = written_under
            provided.add("gender")
        elif written_under == "both":
            self._problem("date_of_birth", "Ngày sinh ghi ở cả cột Nam và cột Nữ.")
        gender = values.get("gender")
        if not spreadsheet.is_blank(gender):
            try:
                data.gender = spreadsheet.parse_gender(gender)
                provided.add("gender")
            except ValueError as exc:
                self._problem("gender", str(exc))
        admission = values.get("admission_date")
        if not spreadsheet.is_blank(admission):
            try:
                data.admission_date, _ = spreadsheet.parse_date(admission, today=self.today)
                provided.add("admission_date")
            except ValueError as exc:
                self._problem("admission_date", f"Ngày vào Đoàn không hợp lệ: {exc}")
        phone = values.get("phone")
        if not spreadsheet.is_blank(phone):
            try:
                data.phone = spreadsheet.parse_phone(phone)
                provided.add("phone")
            except ValueError as exc:
                self._problem("phone", f"Số điện thoại không hợp lệ: {exc}")
        for name in ("ethnicity", "religion", "notes", "citizen_id", "email", "card_number"):
            value = vntext.normalize(text(values.get(name)))
            if value:
                setattr(data, name, value.replace(" ", "") if name in ("citizen_id", "card_number") else value)
                provided.add(name)
        data.email = data.email.lower()
        for name, parse in (("position", parse_position), ("status", parse_status)):
            cell = text(values.get(name))
            if cell:
                try:
                    setattr(data, name, parse(cell))
                    provided.add(name)
                except ValidationError as exc:
                    self._problem(name, str(exc))
        self._assign_branch(data, values, provided)
        return data, provided

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
        if data.given_name and data.date_of_birth:
            first = self.seen_people.setdefault((vntext.fold(data.full_name), data.date_of_birth), self.row_number)
            if first != self.row_number:
                self._problem(self.name_field, f"Trùng họ tên và ngày sinh với dòng {first} trong tệp.")


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
