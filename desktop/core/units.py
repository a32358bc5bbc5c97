"""The unit tree (province → district/commune/sector/attached → grassroots → branch).

Codes are stable and unique: files and other offices refer to units by code. One unit
is this installation's home office; the roster and reports are scoped under it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from sqlalchemy import func, select, update

from desktop.core import vntext
from desktop.core.errors import NotFoundError, Problem, SetupError, ValidationError
from desktop.core.records import new_record_fields, touch
from desktop.db.engine import Database
from desktop.db.models import Installation, Member, Unit
from desktop.i18n import N_, tr


class UnitLevel(StrEnum):
    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"
    SECTOR = "sector"
    ATTACHED = "attached"
    GRASSROOTS = "grassroots"
    BRANCH = "branch"


LEVEL_LABELS: dict[str, str] = {
    UnitLevel.PROVINCE: N_("Tỉnh đoàn"),
    UnitLevel.DISTRICT: N_("Huyện đoàn"),
    UnitLevel.COMMUNE: N_("Đoàn xã/phường"),
    UnitLevel.SECTOR: N_("Đoàn khối"),
    UnitLevel.ATTACHED: N_("Đoàn trực thuộc"),
    UnitLevel.GRASSROOTS: N_("Đoàn cơ sở"),
    UnitLevel.BRANCH: N_("Chi đoàn"),
}

# A child must sit strictly lower than its parent. Commune, sector and attached unions
# replaced the district tier in 2025, so they share its rank.
LEVEL_RANK: dict[str, int] = {
    UnitLevel.PROVINCE: 0,
    UnitLevel.DISTRICT: 1,
    UnitLevel.COMMUNE: 1,
    UnitLevel.SECTOR: 1,
    UnitLevel.ATTACHED: 1,
    UnitLevel.GRASSROOTS: 2,
    UnitLevel.BRANCH: 3,
}

# How offices write the level in their unit lists, folded. Checked longest first.
_LEVEL_WORDS: list[tuple[str, str]] = sorted(
    [
        ("tinh doan", UnitLevel.PROVINCE), ("thanh doan", UnitLevel.PROVINCE), ("tinh", UnitLevel.PROVINCE),
        ("province", UnitLevel.PROVINCE),
        ("huyen doan", UnitLevel.DISTRICT), ("quan doan", UnitLevel.DISTRICT), ("thi doan", UnitLevel.DISTRICT),
        ("huyen", UnitLevel.DISTRICT), ("quan", UnitLevel.DISTRICT), ("thi xa", UnitLevel.DISTRICT),
        ("district", UnitLevel.DISTRICT),
        ("doan xa/phuong", UnitLevel.COMMUNE), ("xa/phuong", UnitLevel.COMMUNE), ("doan xa", UnitLevel.COMMUNE),
        ("doan phuong", UnitLevel.COMMUNE), ("doan dac khu", UnitLevel.COMMUNE), ("xa", UnitLevel.COMMUNE),
        ("phuong", UnitLevel.COMMUNE), ("commune", UnitLevel.COMMUNE),
        ("doan khoi", UnitLevel.SECTOR), ("khoi", UnitLevel.SECTOR), ("sector", UnitLevel.SECTOR),
        ("doan truc thuoc", UnitLevel.ATTACHED), ("truc thuoc", UnitLevel.ATTACHED), ("attached", UnitLevel.ATTACHED),
        ("doan co so", UnitLevel.GRASSROOTS), ("chi doan co so", UnitLevel.GRASSROOTS), ("co so", UnitLevel.GRASSROOTS),
        ("grassroots", UnitLevel.GRASSROOTS),
        ("chi doan", UnitLevel.BRANCH), ("branch", UnitLevel.BRANCH),
    ],
    key=lambda pair: -len(pair[0]),
)


def parse_level(text: str) -> str:
    """The level named by ``text`` ("Tỉnh", "Huyện đoàn", "Cơ sở", "Chi đoàn", …)."""
    folded = vntext.fold(text)
    for value in UnitLevel:
        if folded == value.value or folded == vntext.fold(LEVEL_LABELS[value]):
            return value.value
    for words, level in _LEVEL_WORDS:
        if folded == words or folded.startswith(words + " "):
            return level.value
    raise ValidationError(tr("Không hiểu cấp đơn vị «{text}» (ví dụ hợp lệ: Tỉnh, Huyện, Xã/Phường, Cơ sở, Chi đoàn).").format(
        text=text), "level")


@dataclass(frozen=True)
class UnitInfo:
    id: str
    code: str
    name: str
    level: str
    parent_id: str | None

    @property
    def level_label(self) -> str:
        return LEVEL_LABELS.get(self.level, self.level)


@dataclass
class UnitTree:
    """All live units, with the lookups the roster and importers need."""

    units: list[UnitInfo]
    home_id: str | None = None
    by_id: dict[str, UnitInfo] = field(init=False)
    children: dict[str | None, list[UnitInfo]] = field(init=False)

    def __post_init__(self) -> None:
        self.by_id = {u.id: u for u in self.units}
        self.children = {}
        for unit in self.units:
            parent = unit.parent_id if unit.parent_id in self.by_id else None
            self.children.setdefault(parent, []).append(unit)
        for siblings in self.children.values():
            siblings.sort(key=lambda u: (LEVEL_RANK.get(u.level, 9), u.code))

    def roots(self) -> list[UnitInfo]:
        return self.children.get(None, [])

    def by_code(self, code: str) -> UnitInfo | None:
        code = code.strip()
        return next((u for u in self.units if u.code == code), None)

    def subtree_ids(self, root_id: str) -> list[str]:
        """``root_id`` and every unit beneath it."""
        result, stack = [], [root_id]
        while stack:
            current = stack.pop()
            result.append(current)
            stack.extend(child.id for child in self.children.get(current, []))
        return result

    def subordinate_of(self, root_id: str) -> dict[str, str]:
        """Each unit of ``root_id``'s subtree → the unit directly under ``root_id`` it
        belongs to (``root_id`` itself for the root): how reports group rows by unit."""
        groups: dict[str, str] = {}
        for unit_id in self.subtree_ids(root_id):
            ids = [u.id for u in self.path(unit_id)]
            index = ids.index(root_id)
            groups[unit_id] = ids[index + 1] if index + 1 < len(ids) else root_id
        return groups

    def path(self, unit_id: str) -> list[UnitInfo]:
        """From the root down to ``unit_id``."""
        chain = []
        current = self.by_id.get(unit_id)
        while current is not None:
            chain.append(current)
            current = self.by_id.get(current.parent_id) if current.parent_id else None
        return list(reversed(chain))

    def home(self) -> UnitInfo | None:
        return self.by_id.get(self.home_id) if self.home_id else None


def _info(unit: Unit) -> UnitInfo:
    return UnitInfo(unit.id, unit.code, unit.name, unit.level, unit.parent_id)


def load_tree(db: Database) -> UnitTree:
    with db.session() as session:
        units = session.scalars(select(Unit).where(Unit.deleted_at.is_(None))).all()
        home_id = session.execute(select(Installation.home_unit_id)).scalar_one_or_none()
        return UnitTree([_info(u) for u in units], home_id)


def home_unit(db: Database) -> UnitInfo | None:
    return load_tree(db).home()


def require_home_unit(db: Database) -> UnitInfo:
    unit = home_unit(db)
    if unit is None:
        raise SetupError(
            tr("Chưa thiết lập đơn vị của máy này. Hãy làm bước thiết lập ban đầu "
               "(hoặc chạy: doandesk units import TỆP --home MÃ).")
        )
    return unit


def set_home_unit(db: Database, unit_id: str) -> None:
    with db.session() as session:
        unit = session.get(Unit, unit_id)
        if unit is None or unit.deleted_at is not None:
            raise NotFoundError(tr("Không tìm thấy đơn vị để đặt làm đơn vị của máy này."))
        session.execute(update(Installation).where(Installation.id == 1).values(home_unit_id=unit_id))


def _check_code(code: str) -> str:
    code = vntext.normalize(code)
    if not code:
        raise ValidationError(tr("Mã đơn vị không được để trống."), "code")
    if len(code) > 64 or any(ch.isspace() for ch in code):
        raise ValidationError(tr("Mã đơn vị «{code}» không hợp lệ: không chứa khoảng trắng, tối đa 64 ký tự.").format(
            code=code), "code")
    return code


def _check_parent(session, level: str, parent_id: str | None) -> Unit | None:
    if parent_id is None:
        return None
    parent = session.get(Unit, parent_id)
    if parent is None or parent.deleted_at is not None:
        raise ValidationError(tr("Đơn vị cấp trên không tồn tại."), "parent")
    if LEVEL_RANK[level] <= LEVEL_RANK[parent.level]:
        raise ValidationError(
            tr("{level} không thể trực thuộc {parent_level} «{parent}».").format(
                level=tr(LEVEL_LABELS[level]), parent_level=tr(LEVEL_LABELS[parent.level]), parent=parent.name), "level"
        )
    return parent


def _checked_fields(code: str, name: str, level: str) -> tuple[str, str, str]:
    """Code, name and level as stored, or a ValidationError naming the field at fault."""
    code = _check_code(code)
    name = vntext.normalize(name)
    if not name:
        raise ValidationError(tr("Tên đơn vị không được để trống."), "name")
    return code, name, parse_level(level)


def create_unit(db: Database, code: str, name: str, level: str, parent_id: str | None = None) -> UnitInfo:
    code, name, level = _checked_fields(code, name, level)
    with db.session() as session:
        _check_parent(session, level, parent_id)
        if session.scalar(select(func.count()).where(Unit.code == code, Unit.deleted_at.is_(None))):
            raise ValidationError(tr("Mã đơn vị «{code}» đã có.").format(code=code), "code")
        fields = new_record_fields(db, session, parent_id)[0]
        unit = Unit(code=code, name=name, name_folded=vntext.fold(name), level=level, parent_id=parent_id, **fields)
        if parent_id is None:
            unit.owner_unit_id = unit.id
        session.add(unit)
        session.flush()
        return _info(unit)


def update_unit(db: Database, unit_id: str, *, code: str, name: str, level: str, parent_id: str | None) -> UnitInfo:
    code, name, level = _checked_fields(code, name, level)
    with db.session() as session:
        unit = session.get(Unit, unit_id)
        if unit is None or unit.deleted_at is not None:
            raise NotFoundError(tr("Không tìm thấy đơn vị."))
        if parent_id is not None:
            tree = load_tree(db)
            if parent_id in tree.subtree_ids(unit_id):
                raise ValidationError(tr("Không thể chuyển đơn vị vào bên trong chính nó."), "parent")
        _check_parent(session, level, parent_id)
        clash = session.scalar(
            select(func.count()).where(Unit.code == code, Unit.deleted_at.is_(None), Unit.id != unit_id)
        )
        if clash:
            raise ValidationError(tr("Mã đơn vị «{code}» đã có.").format(code=code), "code")
        unit.code, unit.name, unit.name_folded, unit.level, unit.parent_id = code, name, vntext.fold(name), level, parent_id
        unit.owner_unit_id = parent_id or unit.id
        touch(unit, session)
        return _info(unit)


def delete_unit(db: Database, unit_id: str) -> None:
    """Soft-delete a unit that has no live sub-units and no live members."""
    with db.session() as session:
        unit = session.get(Unit, unit_id)
        if unit is None or unit.deleted_at is not None:
            raise NotFoundError(tr("Không tìm thấy đơn vị."))
        children = session.scalar(select(func.count()).where(Unit.parent_id == unit_id, Unit.deleted_at.is_(None)))
        members = session.scalar(select(func.count()).where(Member.branch_id == unit_id, Member.deleted_at.is_(None)))
        if children or members:
            raise ValidationError(
                tr("Không xóa được «{name}»: còn {children} đơn vị trực thuộc và {members} đoàn viên. "
                   "Hãy chuyển hoặc xóa chúng trước.").format(name=unit.name, children=children, members=members)
            )
        if session.scalar(select(Installation.home_unit_id)) == unit_id:
            raise ValidationError(tr("Không xóa được «{name}»: đây là đơn vị của máy này.").format(name=unit.name))
        touch(unit, session, deleted=True)


# ---------------------------------------------------------------- importing a unit list

# Column names of unit lists as offices write them (compared with file contents).
# i18n: vi-begin
UNIT_FIELDS: dict[str, list[str]] = {
    "code": ["Mã đơn vị", "Mã", "Mã ĐV", "Mã số", "Code"],
    "name": ["Tên đơn vị", "Đơn vị", "Tên", "Name"],
    "level": ["Cấp", "Cấp đơn vị", "Loại đơn vị", "Level"],
    "parent": ["Đơn vị cấp trên", "Mã đơn vị cấp trên", "Cấp trên", "Trực thuộc", "Parent"],
}
# i18n: vi-end


@dataclass
class UnitImportReport:
    file: str
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    applied: bool = False

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def as_dict(self) -> dict:
        return {
            "file": self.file,
            "applied": self.applied,
            "created": len(self.created),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "errors": [p.as_dict() for p in self.errors],
            "warnings": [p.as_dict() for p in self.problems if p.severity == "warning"],
        }


def import_units(db: Database, path: str | Path, *, dry_run: bool = False, home_code: str | None = None) -> UnitImportReport:
    """Read a unit list (code, name, level, parent code) and create or update the units.

    Parents may appear after their children in the file. Nothing is written when any
    row has an error; with ``home_code`` the unit with that code becomes the home office.
    """
    from desktop.core import spreadsheet

    path = Path(path)
    report = UnitImportReport(file=path.name)
    rows: list[tuple[str, int, dict, dict]] = []  # sheet, row, values, column letters
    located = False
    for sheet in spreadsheet.read_sheets(path):
        layout = spreadsheet.locate_table(sheet, UNIT_FIELDS, {"code", "name", "level"})
        if layout is None:
            continue
        located = True
        letters = {name: col.letter for name, col in layout.columns.items()}
        headers = {name: col.header for name, col in layout.columns.items()}
        for row_number, values in spreadsheet.iter_records(sheet, layout):
            rows.append((sheet.name, row_number, values, (letters, headers)))
    if not located:
        report.problems.append(
            Problem("error", tr("Không tìm thấy bảng đơn vị: cần các cột Mã đơn vị, Tên đơn vị, Cấp (và Đơn vị cấp "
                                "trên)."),
                    file=path.name)
        )
        return report

    tree = load_tree(db)
    parsed: dict[str, dict] = {}
    for sheet_name, row_number, values, (letters, headers) in rows:
        def problem(fieldname: str, message: str, *, _where=(sheet_name, row_number, letters, headers)) -> None:
            sheet_of, row_of, letters_of, headers_of = _where  # bound now: called again after the loop
            report.problems.append(Problem("error", message, sheet_of, row_of, letters_of.get(fieldname, ""),
                                           headers_of.get(fieldname, ""), path.name))

        code = spreadsheet.cell_text(values.get("code"))
        name = vntext.normalize(spreadsheet.cell_text(values.get("name")))
        if not code and not name:
            continue
        try:
            code = _check_code(code)
        except ValidationError as exc:
            problem("code", str(exc))
            continue
        if not name:
            problem("name", tr("Thiếu tên đơn vị."))
            continue
        try:
            level = parse_level(spreadsheet.cell_text(values.get("level")))
        except ValidationError as exc:
            problem("level", str(exc))
            continue
        if code in parsed:
            problem("code", tr("Mã đơn vị «{code}» lặp lại (đã có ở dòng {row}).").format(
                code=code, row=parsed[code]['row']))
            continue
        parent_code = spreadsheet.cell_text(values.get("parent"))
        parsed[code] = {"code": code, "name": name, "level": level, "parent_code": parent_code,
                        "row": row_number, "problem": problem}

    for code, item in parsed.items():
        parent_code = item["parent_code"]
        if not parent_code:
            continue
        parent_level = parsed[parent_code]["level"] if parent_code in parsed else (
            tree.by_code(parent_code).level if tree.by_code(parent_code) else None)
        if parent_level is None:
            item["problem"]("parent", tr("Đơn vị cấp trên «{parent_code}» không có trong tệp cũng như trong dữ liệu.").format(
                parent_code=parent_code))
        elif LEVEL_RANK[item["level"]] <= LEVEL_RANK[parent_level]:
            item["problem"]("level", tr("{level} không thể trực thuộc {parent_level} «{parent_code}».").format(
                level=tr(LEVEL_LABELS[item['level']]), parent_level=tr(LEVEL_LABELS[parent_level]), parent_code=parent_code))
    if home_code and home_code not in parsed and tree.by_code(home_code) is None:
        report.problems.append(Problem("error", tr("Không có đơn vị mã «{home_code}» để đặt làm đơn vị của máy này.").format(
            home_code=home_code), file=path.name))

    for code, item in parsed.items():
        existing = tree.by_code(code)
        if existing is None:
            report.created.append(code)
        else:
            parent = tree.by_id.get(existing.parent_id) if existing.parent_id else None
            same = (existing.name, existing.level, parent.code if parent else "") == (
                item["name"], item["level"], item["parent_code"])
            (report.unchanged if same else report.updated).append(code)

    if report.errors or dry_run:
        return report
    _apply_unit_rows(db, parsed, home_code)
    report.applied = True
    return report


def _apply_unit_rows(db: Database, parsed: dict[str, dict], home_code: str | None) -> None:
    with db.session() as session:
        live = {u.code: u for u in session.scalars(select(Unit).where(Unit.deleted_at.is_(None)))}
        # Parents first, whatever order the file had.
        pending = dict(parsed)
        while pending:
            ready = [c for c, item in pending.items() if not item["parent_code"] or item["parent_code"] in live
                     and item["parent_code"] not in pending]
            if not ready:  # a cycle in the file: validation let it through only if parents exist
                raise ValidationError(tr("Danh sách đơn vị có vòng lặp cấp trên – cấp dưới."))
            for code in ready:
                item = pending.pop(code)
                parent = live.get(item["parent_code"]) if item["parent_code"] else None
                parent_id = parent.id if parent else None
                unit = live.get(code)
                if unit is None:
                    fields = new_record_fields(db, session, parent_id)[0]
                    unit = Unit(code=code, name=item["name"], name_folded=vntext.fold(item["name"]),
                                level=item["level"], parent_id=parent_id, **fields)
                    if parent_id is None:
                        unit.owner_unit_id = unit.id
                    session.add(unit)
                    live[code] = unit
                elif (unit.name, unit.level, unit.parent_id) != (item["name"], item["level"], parent_id):
                    unit.name, unit.name_folded, unit.level, unit.parent_id = (
                        item["name"], vntext.fold(item["name"]), item["level"], parent_id)
                    unit.owner_unit_id = parent_id or unit.id
                    touch(unit, session)
            session.flush()
        if home_code:
            session.execute(update(Installation).where(Installation.id == 1).values(home_unit_id=live[home_code].id))


def setup_home_office(db: Database, *, name: str, code: str, level: str,
                      parent_name: str = "", parent_code: str = "") -> UnitInfo:
    """First-run set-up: create (or reuse) the home office and its parent province.

    Everything is checked before anything is written, so a mistake in either unit
    leaves the database as it was; ``ValidationError.field`` names the field at fault.
    """
    code, name, level = _checked_fields(code, name, level)
    tree = load_tree(db)
    parent = None
    if parent_code.strip() or parent_name.strip():
        try:
            parent_code = _check_code(parent_code)
        except ValidationError as exc:
            raise ValidationError(tr("Mã Tỉnh đoàn: {error}").format(error=exc), "parent_code") from exc
        if parent_code == code:
            raise ValidationError(tr("Mã Tỉnh đoàn phải khác mã đơn vị của máy này."), "parent_code")
        parent = tree.by_code(parent_code)
        if parent is None and not vntext.normalize(parent_name):
            raise ValidationError(tr("Nhập tên của đơn vị cấp trên (Tỉnh đoàn)."), "parent_name")
        parent_level = parent.level if parent else UnitLevel.PROVINCE
        if LEVEL_RANK[level] <= LEVEL_RANK[parent_level]:
            raise ValidationError(tr("{level} không thể trực thuộc {parent_level}.").format(
                level=tr(LEVEL_LABELS[level]), parent_level=tr(LEVEL_LABELS[parent_level])), "level")
    if parent is None and parent_code:
        parent = create_unit(db, parent_code, parent_name, UnitLevel.PROVINCE)
    parent_id = parent.id if parent else None
    existing = tree.by_code(code)
    if existing is not None:
        unit = update_unit(db, existing.id, code=code, name=name, level=level, parent_id=parent_id or existing.parent_id)
    else:
        unit = create_unit(db, code, name, level, parent_id)
    set_home_unit(db, unit.id)
    return unit
