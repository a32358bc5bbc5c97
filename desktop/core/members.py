"""The member roster: validation, create/update/soft-delete, queries for lists and search.

Screens and the CLI get plain :class:`MemberRecord` objects, never live ORM rows. Large
lists are handled as *handles* (SQLite rowids in display order) so a table can fetch
only the rows it shows.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field, fields, replace
from datetime import date
from functools import lru_cache, partial
from itertools import chain
from operator import attrgetter, is_not
from typing import Iterable

from sqlalchemy import select, text

from desktop.core import vntext
from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.records import new_record_fields, touch
from desktop.core.units import UnitTree, load_tree
from desktop.db.engine import Database, next_change_seq
from desktop.db.models import Member, Unit, utcnow
from desktop.i18n import N_, tr

POSITION_LABELS: dict[str, str] = {
    "secretary": N_("Bí thư"),
    "deputy_secretary": N_("Phó Bí thư"),
    "standing_member": N_("Ủy viên BTV"),
    "exec_member": N_("Ủy viên BCH"),
    "member": N_("Đoàn viên"),
}
STATUS_LABELS: dict[str, str] = {
    "active": N_("Đang sinh hoạt"),
    "transferred": N_("Đã chuyển sinh hoạt"),
    "graduated": N_("Trưởng thành Đoàn"),
    "removed": N_("Đã xóa tên"),
}
GENDER_LABELS: dict[str, str] = {"male": N_("Nam"), "female": N_("Nữ")}

# Folded words offices use for each position; the first matching prefix wins, so the
# longer, more specific phrases come first ("pho bi thu" before "bi thu").
_POSITION_WORDS: list[tuple[str, str]] = [
    ("pho bi thu", "deputy_secretary"), ("pbt", "deputy_secretary"), ("deputy", "deputy_secretary"),
    ("bi thu", "secretary"), ("secretary", "secretary"),
    ("uy vien ban thuong vu", "standing_member"), ("uy vien btv", "standing_member"), ("uv btv", "standing_member"),
    ("uvbtv", "standing_member"), ("standing", "standing_member"),
    ("uy vien ban chap hanh", "exec_member"), ("uy vien bch", "exec_member"), ("uv bch", "exec_member"),
    ("uvbch", "exec_member"), ("exec", "exec_member"),
    ("doan vien", "member"), ("dv", "member"), ("member", "member"),
]
_STATUS_WORDS: list[tuple[str, str]] = [
    ("dang sinh hoat", "active"), ("sinh hoat", "active"), ("active", "active"),
    ("da chuyen", "transferred"), ("chuyen sinh hoat", "transferred"), ("chuyen di", "transferred"),
    ("transferred", "transferred"),
    ("truong thanh", "graduated"), ("graduated", "graduated"),
    ("da xoa ten", "removed"), ("xoa ten", "removed"), ("khai tru", "removed"), ("removed", "removed"),
]

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
CITIZEN_ID_RE = re.compile(r"^\d{9}$|^\d{12}$")
PHONE_RE = re.compile(r"^(0\d{9,10}|\+\d{8,15})$")  # foreign numbers keep their "+"
MIN_AGE, MAX_AGE = 15, 35


def _parse_label(value: str, words: list[tuple[str, str]], labels: dict[str, str], message: str) -> str:
    """The key of ``labels`` that ``value`` names; else a ValidationError with ``message``
    (an N_-marked text with a ``{value}`` placeholder)."""
    folded = vntext.fold(value)
    if not folded:
        return next(iter(labels)) if labels is POSITION_LABELS else "active"
    if folded in labels:
        return folded
    for key, label in labels.items():
        if folded == vntext.fold(label):
            return key
    for prefix, key in words:
        if folded == prefix or folded.startswith(prefix + " ") or folded.startswith(prefix + ","):
            return key
    raise ValidationError(tr(message).format(value=value))


def parse_position(value: str) -> str:
    """'Phó Bí thư' → 'deputy_secretary'; empty → 'member'."""
    if not vntext.fold(value):
        return "member"
    return _parse_label(value, _POSITION_WORDS, POSITION_LABELS, N_("Không hiểu chức vụ «{value}»."))


def parse_status(value: str) -> str:
    return _parse_label(value, _STATUS_WORDS, STATUS_LABELS, N_("Không hiểu tình trạng «{value}»."))


@dataclass
class MemberInput:
    """What a person types or a file gives for one member; validated before writing."""

    family_name: str = ""
    middle_name: str = ""
    given_name: str = ""
    date_of_birth: date | None = None
    birth_year_only: bool = False
    gender: str | None = None
    ethnicity: str = ""
    religion: str = ""
    citizen_id: str = ""
    phone: str = ""
    email: str = ""
    admission_date: date | None = None
    card_number: str | None = None
    position: str = "member"
    branch_id: str = ""
    status: str = "active"
    notes: str = ""

    @classmethod
    def from_full_name(cls, full_name: str, **kwargs) -> "MemberInput":
        family, middle, given = vntext.split_name(vntext.name_case(vntext.normalize(full_name)))
        return cls(family_name=family, middle_name=middle, given_name=given, **kwargs)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.family_name, self.middle_name, self.given_name) if p)

    def normalized(self) -> "MemberInput":
        n = vntext.normalize
        return replace(
            self,
            family_name=n(self.family_name), middle_name=n(self.middle_name), given_name=n(self.given_name),
            ethnicity=n(self.ethnicity), religion=n(self.religion),
            citizen_id=re.sub(r"\s", "", n(self.citizen_id)), phone=re.sub(r"[\s.\-]", "", n(self.phone)),
            email=n(self.email).lower(), card_number=n(self.card_number) or None, notes=n(self.notes),
        )


def age_on(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def check_member(data: MemberInput, today: date | None = None) -> tuple[list[ValidationError], list[ValidationError]]:
    """Errors (which block saving) and warnings (which do not) for one member."""
    # Imports check every row of files of 50,000 members, so the common valid values are
    # accepted by cheap tests first and the exact rules decide only the rest.
    today = today or date.today()
    errors: list[ValidationError] = []
    warnings: list[ValidationError] = []
    birth, admission = data.date_of_birth, data.admission_date
    if not data.given_name:
        errors.append(ValidationError(tr("Thiếu họ và tên."), "full_name"))
    if birth is not None:
        if birth > today:
            errors.append(ValidationError(tr("Ngày sinh ở tương lai."), "date_of_birth"))
        elif not MIN_AGE < today.year - birth.year <= MAX_AGE:  # else the age is surely within bounds
            age = age_on(birth, today)
            if not MIN_AGE <= age <= MAX_AGE:
                warnings.append(ValidationError(tr("Tuổi {age} nằm ngoài độ tuổi đoàn viên ({min_age}–{max_age}).").format(
                    age=age, min_age=MIN_AGE, max_age=MAX_AGE), "date_of_birth"))
    if admission is not None:
        if admission > today:
            # Lists are sometimes typed ahead of an admission ceremony: worth a look, not a refusal.
            warnings.append(ValidationError(tr("Ngày vào Đoàn ở tương lai."), "admission_date"))
        if birth and admission < birth:
            errors.append(ValidationError(tr("Ngày vào Đoàn trước ngày sinh."), "admission_date"))
    if data.gender not in (None, "male", "female"):
        errors.append(ValidationError(tr("Giới tính phải là Nam hoặc Nữ."), "gender"))
    citizen_id, phone, email = data.citizen_id, data.phone, data.email
    # isdecimal() accepts exactly the digits \d matches.
    if citizen_id and not (len(citizen_id) == 12 and citizen_id.isdecimal()) and not CITIZEN_ID_RE.match(citizen_id):
        errors.append(ValidationError(tr("Số CCCD/CMND phải gồm 12 (hoặc 9) chữ số."), "citizen_id"))
    if phone and not (len(phone) == 10 and phone[0] == "0" and phone.isdecimal()) and not PHONE_RE.match(phone):
        errors.append(ValidationError(tr("Số điện thoại phải bắt đầu bằng 0 và có 10–11 chữ số (số nước ngoài: +…)."), "phone"))
    if email and not EMAIL_RE.match(email):
        errors.append(ValidationError(tr("Địa chỉ e-mail không hợp lệ."), "email"))
    if data.card_number and len(data.card_number) > 32:
        errors.append(ValidationError(tr("Số thẻ đoàn viên quá dài (tối đa 32 ký tự)."), "card_number"))
    if data.position not in POSITION_LABELS:
        errors.append(ValidationError(tr("Chức vụ không hợp lệ."), "position"))
    if data.status not in STATUS_LABELS:
        errors.append(ValidationError(tr("Tình trạng không hợp lệ."), "status"))
    if not data.branch_id:
        errors.append(ValidationError(tr("Chưa chọn chi đoàn."), "branch"))
    return errors, warnings


@lru_cache(maxsize=1 << 14)
def _name_columns(family: str, middle: str, given: str) -> tuple[str, str]:
    """(name_folded, sort_key) of a name; rosters repeat many names, so a bulk insert
    works each one out once."""
    full_name = " ".join(p for p in (family, middle, given) if p)
    return vntext.fold(full_name), vntext.sort_key(family, middle, given)


def _search_text(name_folded: str, card_number: str | None, phone: str) -> str:
    return " ".join([p for p in (name_folded, card_number, phone) if p])


def derived_columns(data: MemberInput) -> dict:
    """Columns computed from the name and identifiers: folded name, sort key, search text."""
    name_folded, sort_key = _name_columns(data.family_name, data.middle_name, data.given_name)
    return {
        "name_folded": name_folded,
        "sort_key": sort_key,
        "search_text": _search_text(name_folded, data.card_number, data.phone),
    }


def member_columns(data: MemberInput) -> dict:
    """The ``members`` columns for ``data`` (without the bookkeeping columns)."""
    values = dict(vars(data))  # not asdict(): it deep-copies, and this runs per imported row
    values.update(derived_columns(data))
    return values


INPUT_FIELDS = [f.name for f in fields(MemberInput)]
_input_values = attrgetter(*INPUT_FIELDS)


@dataclass(frozen=True)
class MemberRecord:
    """One member as the screens and the CLI see it."""

    id: str
    handle: int
    family_name: str
    middle_name: str
    given_name: str
    date_of_birth: date | None
    birth_year_only: bool
    gender: str | None
    ethnicity: str
    religion: str
    citizen_id: str
    phone: str
    email: str
    admission_date: date | None
    card_number: str | None
    position: str
    branch_id: str
    branch_name: str
    status: str
    notes: str
    revision: int = 1

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.family_name, self.middle_name, self.given_name) if p)

    @property
    def family_and_middle(self) -> str:
        return " ".join(p for p in (self.family_name, self.middle_name) if p)

    @property
    def date_of_birth_text(self) -> str:
        if self.date_of_birth is None:
            return ""
        return str(self.date_of_birth.year) if self.birth_year_only else vntext.format_date(self.date_of_birth)

    @property
    def gender_label(self) -> str:
        return GENDER_LABELS.get(self.gender or "", "")

    @property
    def position_label(self) -> str:
        return POSITION_LABELS.get(self.position, self.position)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def masked_citizen_id(self) -> str:
        return vntext.mask_citizen_id(self.citizen_id)

    def to_input(self) -> MemberInput:
        return MemberInput(**{name: getattr(self, name) for name in INPUT_FIELDS})

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "full_name": self.full_name,
            "family_name": self.family_name,
            "middle_name": self.middle_name,
            "given_name": self.given_name,
            "date_of_birth": self.date_of_birth.isoformat() if self.date_of_birth else None,
            "birth_year_only": self.birth_year_only,
            "gender": self.gender,
            "ethnicity": self.ethnicity,
            "religion": self.religion,
            "phone": self.phone,
            "email": self.email,
            "admission_date": self.admission_date.isoformat() if self.admission_date else None,
            "card_number": self.card_number,
            "position": self.position,
            "branch": self.branch_name,
            "status": self.status,
            "notes": self.notes,
        }


_RECORD_COLUMNS = (
    "m.id, m.rowid, m.family_name, m.middle_name, m.given_name, m.date_of_birth, m.birth_year_only, m.gender, "
    "m.ethnicity, m.religion, m.citizen_id, m.phone, m.email, m.admission_date, m.card_number, m.position, "
    "m.branch_id, u.name, m.status, m.notes, m.revision"
)


def _record(row) -> MemberRecord:
    values = list(row)
    values[5] = date.fromisoformat(values[5]) if values[5] else None
    values[6] = bool(values[6])
    values[13] = date.fromisoformat(values[13]) if values[13] else None
    return MemberRecord(*values)


def _validated(db: Database, data: MemberInput, exclude_id: str | None = None) -> MemberInput:
    data = data.normalized()
    errors, _warnings = check_member(data)
    if errors:
        raise errors[0]
    with db.session() as session:
        branch = session.get(Unit, data.branch_id)
        if branch is None or branch.deleted_at is not None:
            raise ValidationError(tr("Chi đoàn đã chọn không tồn tại."), "branch")
        if data.card_number:
            clash = session.execute(
                select(Member.id, Member.family_name, Member.middle_name, Member.given_name).where(
                    Member.card_number == data.card_number, Member.deleted_at.is_(None)
                )
            ).first()
            if clash and clash.id != exclude_id:
                other = " ".join(p for p in clash[1:] if p)
                raise ValidationError(tr("Số thẻ {card_number} đã cấp cho đoàn viên {name}.").format(
                    card_number=data.card_number, name=other), "card_number")
    return data


def create_member(db: Database, data: MemberInput) -> str:
    data = _validated(db, data)
    with db.session() as session:
        bookkeeping = new_record_fields(db, session, data.branch_id)[0]
        session.add(Member(**member_columns(data), **bookkeeping))
        return bookkeeping["id"]


def update_member(db: Database, member_id: str, data: MemberInput) -> None:
    data = _validated(db, data, exclude_id=member_id)
    with db.session() as session:
        member = session.get(Member, member_id)
        if member is None or member.deleted_at is not None:
            raise NotFoundError(tr("Không tìm thấy đoàn viên (có thể đã bị xóa)."))
        new_values = member_columns(data)
        if all(getattr(member, k) == v for k, v in new_values.items()):
            return
        for key, value in new_values.items():
            setattr(member, key, value)
        member.owner_unit_id = data.branch_id
        touch(member, session)


def delete_members(db: Database, member_ids: Iterable[str]) -> int:
    """Soft-delete: the record stays as a tombstone so other offices learn of the deletion."""
    count = 0
    with db.session() as session:
        for member_id in member_ids:
            member = session.get(Member, member_id)
            if member is not None and member.deleted_at is None:
                touch(member, session, deleted=True)
                count += 1
    return count


def get_member(db: Database, member_id: str) -> MemberRecord:
    with db.engine.connect() as conn:
        row = conn.exec_driver_sql(
            f"SELECT {_RECORD_COLUMNS} FROM members m JOIN units u ON u.id = m.branch_id "
            "WHERE m.id = ? AND m.deleted_at IS NULL", (member_id,)
        ).first()
    if row is None:
        raise NotFoundError(tr("Không tìm thấy đoàn viên (có thể đã bị xóa)."))
    return _record(row)


# Sortable columns: SQL expression for each; ties always broken by the Vietnamese name order.
SORT_EXPRESSIONS: dict[str, str] = {
    "name": "m.sort_key",
    "date_of_birth": "m.date_of_birth",
    "gender": "m.gender",
    "card_number": "m.card_number",
    "phone": "m.phone",
    "position": "CASE m.position WHEN 'secretary' THEN 0 WHEN 'deputy_secretary' THEN 1 "
    "WHEN 'standing_member' THEN 2 WHEN 'exec_member' THEN 3 ELSE 4 END",
    "branch": "u.name_folded",
    "status": "m.status",
    "admission_date": "m.admission_date",
    "ethnicity": "m.ethnicity",
}


def fts_query(search: str) -> str:
    """An FTS5 query matching every word of ``search`` as a word prefix, tones ignored."""
    words = re.findall(r"\w+", vntext.fold(search))
    return " ".join(f'"{w}"*' for w in words)


@dataclass
class MemberQuery:
    """What list the user is looking at: unit scope, search text, order, statuses."""

    unit_id: str | None = None
    search: str = ""
    sort: str = "name"
    descending: bool = False
    statuses: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class _NameOrder:
    """Every live member's rowid in Vietnamese name order, with its branch and status.

    Search-as-you-type asks for the same order after every keystroke; sorting the hits
    of a one-letter search in SQL costs several times the full-text lookup itself. The
    order is read once and reused until any member changes: every write takes a new
    change number, so the highest one in the table tells whether this copy is stale.
    """

    stamp: int | None
    rowids: list[int]
    position: dict[int, int]
    branch_ids: list[str]
    statuses: list[str]


_name_orders: "weakref.WeakKeyDictionary[Database, _NameOrder]" = weakref.WeakKeyDictionary()


def _name_order(db: Database, cursor) -> _NameOrder:
    stamp = cursor.execute("SELECT max(change_seq) FROM members").fetchone()[0]
    cached = _name_orders.get(db)
    if cached is not None and cached.stamp == stamp:
        return cached
    rowids: list[int] = []
    branch_ids: list[str] = []
    statuses: list[str] = []
    shared: dict[str, str] = {}
    for rowid, branch_id, status in cursor.execute(
        "SELECT rowid, branch_id, status FROM members WHERE deleted_at IS NULL ORDER BY sort_key, rowid"
    ):
        rowids.append(rowid)
        branch_ids.append(shared.setdefault(branch_id, branch_id))
        statuses.append(shared.setdefault(status, status))
    order = _NameOrder(stamp, rowids, {r: i for i, r in enumerate(rowids)}, branch_ids, statuses)
    _name_orders[db] = order
    return order


def _handles_in_name_order(db: Database, query: MemberQuery, match: str | None, tree: UnitTree | None) -> list[int]:
    # The plain DB-API cursor: SQLAlchemy's result rows cost more than the lookup itself here.
    connection = db.engine.raw_connection()
    try:
        cursor = connection.cursor()
        order = _name_order(db, cursor)
        if match:
            cursor.execute("SELECT rowid FROM members_fts WHERE members_fts MATCH ?", (match,))
            # Rowids missing from the order are deleted members still in the index.
            found = map(order.position.get, chain.from_iterable(cursor.fetchall()))
            indexes = sorted(filter(partial(is_not, None), found))
        else:
            indexes = range(len(order.rowids))
        cursor.close()
    finally:
        connection.close()
    if query.unit_id:
        tree = tree or load_tree(db)
        in_scope = set(tree.subtree_ids(query.unit_id))
        branch_ids = order.branch_ids
        indexes = [i for i in indexes if branch_ids[i] in in_scope]
    if query.statuses:
        wanted = set(query.statuses)
        statuses = order.statuses
        indexes = [i for i in indexes if statuses[i] in wanted]
    rowids = order.rowids
    handles = [rowids[i] for i in indexes]
    if query.descending:
        handles.reverse()
    return handles


def query_member_handles(db: Database, query: MemberQuery, tree: UnitTree | None = None) -> list[int]:
    """Rowids of the live members matching ``query``, in display order."""
    if query.sort == "name" and not (query.search.strip() and not fts_query(query.search)):
        return _handles_in_name_order(db, query, fts_query(query.search), tree)
    where = ["m.deleted_at IS NULL"]
    params: list = []
    join_fts = ""
    match = fts_query(query.search)
    if match:
        join_fts = "JOIN members_fts f ON f.rowid = m.rowid"
        where.append("members_fts MATCH ?")
        params.append(match)
    elif query.search.strip():
        return []  # only punctuation typed: nothing can match
    if query.unit_id:
        tree = tree or load_tree(db)
        ids = tree.subtree_ids(query.unit_id)
        where.append(f"m.branch_id IN ({','.join('?' * len(ids))})")
        params.extend(ids)
    if query.statuses:
        where.append(f"m.status IN ({','.join('?' * len(query.statuses))})")
        params.extend(query.statuses)
    order = SORT_EXPRESSIONS.get(query.sort, "m.sort_key")
    direction = "DESC" if query.descending else "ASC"
    join_unit = "JOIN units u ON u.id = m.branch_id" if query.sort == "branch" else ""
    sql = (
        f"SELECT m.rowid FROM members m {join_fts} {join_unit} WHERE {' AND '.join(where)} "
        f"ORDER BY {order} {direction}" + (", m.sort_key" if order != "m.sort_key" else "")
    )
    with db.engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql(sql, tuple(params))]


def fetch_members(db: Database, handles: list[int]) -> dict[int, MemberRecord]:
    """The records for ``handles`` (rowids), keyed by handle."""
    result: dict[int, MemberRecord] = {}
    with db.engine.connect() as conn:
        for start in range(0, len(handles), 500):
            chunk = handles[start:start + 500]
            rows = conn.exec_driver_sql(
                f"SELECT {_RECORD_COLUMNS} FROM members m JOIN units u ON u.id = m.branch_id "
                f"WHERE m.rowid IN ({','.join('?' * len(chunk))})",
                tuple(chunk),
            )
            for row in rows:
                record = _record(row)
                result[record.handle] = record
    return result


def list_members(db: Database, query: MemberQuery | None = None) -> list[MemberRecord]:
    """All matching members as records, in display order (for the CLI, exports, reports)."""
    query = query or MemberQuery()
    handles = query_member_handles(db, query)
    records = fetch_members(db, handles)
    return [records[h] for h in handles]


def count_members(db: Database) -> int:
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM members WHERE deleted_at IS NULL")).scalar_one()


def insert_member_rows(db: Database, session, inputs: list[MemberInput]) -> list[str]:
    """Bulk-insert already validated members inside the caller's transaction."""
    if not inputs:
        return []
    from desktop.db.bulk import insert_members, new_ids, storage_date, storage_datetime

    # The bookkeeping of new_record_fields (fresh id, consecutive change numbers, origin,
    # creation time, revision 1), built column by column: one dict per row and uuid4()
    # cost more than the insert itself on 50,000 rows.
    count = len(inputs)
    first_seq = next_change_seq(session, count)
    now = storage_datetime(utcnow())
    ids = new_ids(count)
    columns: dict[str, Iterable] = dict(zip(INPUT_FIELDS, zip(*map(_input_values, inputs))))
    columns["date_of_birth"] = map(storage_date, columns["date_of_birth"])
    columns["admission_date"] = map(storage_date, columns["admission_date"])
    # derived_columns(), column by column.
    columns["name_folded"], columns["sort_key"] = zip(
        *map(_name_columns, columns["family_name"], columns["middle_name"], columns["given_name"]))
    columns["search_text"] = list(map(_search_text, columns["name_folded"], columns["card_number"], columns["phone"]))
    columns.update(id=ids, owner_unit_id=columns["branch_id"], change_seq=range(first_seq, first_seq + count))
    same_for_all = {"created_at": now, "updated_at": now, "revision": 1, "origin": db.installation_id,
                    "deleted_at": None}
    insert_members(session, list(columns), list(zip(*columns.values())), same_for_all)
    return ids
