"""The event-definition file: the whole plan of a conference in one JSON file.

A province writes the plan of a conference once (sessions, programme, bridge points,
who is invited, materials, deadlines) and sends the file to all its units, which take
it in with one command. Units are named by their codes, dates are dd/mm/yyyy and the
choices may be written as the Vietnamese words officers use ("Sáng", "Cấp cơ sở",
"Bí thư"). The format is documented for people in ``docs/event-file.md``.

Reading reports every problem of the file at once, each located by its place in the
file («sessions[2].end», "buổi 3, giờ kết thúc"), and nothing is saved unless the whole
file is right. The file carries the event's id once written: importing it again updates
that event (a province re-sending a corrected plan) instead of creating a second one,
and the parts of the plan keep their identities so only what changed is written.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Callable, Sequence

from sqlalchemy import select

from desktop.core import vntext
from desktop.core.errors import InputFileError, ValidationError, ValidationErrors
from desktop.core.events import (
    EVENT_KINDS,
    MATERIAL_KINDS,
    POINT_LEVELS,
    SESSION_PARTS,
    TASK_KINDS,
    BridgePointPlan,
    EventPlan,
    MaterialPlan,
    RulePlan,
    SessionPlan,
    TaskPlan,
    TopicPlan,
    check_event_plan,
    find_event,
    load_event_plan,
    save_event_plan,
)
from desktop.core.members import POSITION_LABELS, parse_position
from desktop.core.units import LEVEL_LABELS, UnitTree, load_tree, parse_level
from desktop.db.engine import Database
from desktop.db.models import Event, Invitation, Member, new_id
from desktop.i18n import N_, tr

FORMAT = "doandesk-event"
VERSION = 1

# The keys each object of the file may hold, in the order the writer puts them.
TOP_KEYS = ("format", "version", "event", "sessions", "bridge_points", "participants", "invited", "materials",
            "tasks")
EVENT_KEYS = ("id", "title", "kind", "organiser", "directive", "resolution", "test_target_percent", "notes")
DIRECTIVE_KEYS = ("code", "date", "issuer")
SESSION_KEYS = ("key", "date", "part", "start", "end", "title", "host", "topics")
TOPIC_KEYS = ("title", "speaker")
POINT_KEYS = ("name", "level", "host", "address", "platform", "link", "room_id", "contact", "test_at",
              "test_passed", "capacity", "sessions")
CONTACT_KEYS = ("name", "phone")
PARTICIPANT_KEYS = ("label", "scope", "levels", "positions", "bridge_point")
INVITED_KEYS = ("card_number", "bridge_point")
MATERIAL_KEYS = ("title", "kind", "url", "file_name", "sha256")
TASK_KEYS = ("kind", "title", "due", "unit", "notes")

# --- where a problem is ---------------------------------------------------------------------

Where = tuple  # the place of a value in the file: ("sessions", 2, "end")

# Sections whose items officers count ("buổi 3"); other lists are counted as entries.
_ITEM_WORDS = {"sessions": N_("buổi"), "topics": N_("chuyên đề"), "bridge_points": N_("điểm cầu"),
               "participants": N_("thành phần"), "invited": N_("người mời thêm"), "materials": N_("tài liệu"),
               "tasks": N_("việc")}
_KEY_WORDS = {
    "format": N_("định dạng tệp"), "version": N_("phiên bản định dạng"), "event": N_("hội nghị"), "id": N_("mã"),
    "title": N_("tên"), "kind": N_("loại"), "organiser": N_("đơn vị tổ chức"), "directive": N_("văn bản chỉ đạo"),
    "code": N_("số/ký hiệu"), "date": N_("ngày"), "issuer": N_("cơ quan ban hành"),
    "resolution": N_("nghị quyết được học tập"), "test_target_percent": N_("chỉ tiêu kiểm tra nhận thức (%)"),
    "notes": N_("ghi chú"), "key": N_("mã buổi"), "part": N_("buổi trong ngày"), "start": N_("giờ bắt đầu"),
    "end": N_("giờ kết thúc"), "host": N_("đơn vị chủ trì"), "speaker": N_("người trình bày"), "name": N_("tên"),
    "level": N_("cấp"), "address": N_("địa chỉ"), "platform": N_("nền tảng"), "link": N_("đường dẫn phòng họp"),
    "room_id": N_("mã phòng"), "contact": N_("người liên hệ"), "phone": N_("số điện thoại"),
    "test_at": N_("giờ kiểm tra kết nối"), "test_passed": N_("kết quả kiểm tra kết nối"), "capacity": N_("sức chứa"),
    "label": N_("tên gọi"), "scope": N_("đơn vị (phạm vi)"), "levels": N_("cấp đơn vị"), "positions": N_("chức vụ"),
    "bridge_point": N_("điểm cầu"), "card_number": N_("số thẻ đoàn viên"), "url": N_("đường dẫn"),
    "file_name": N_("tên tệp"), "sha256": N_("mã SHA-256 của tệp"), "due": N_("hạn"), "unit": N_("đơn vị thực hiện"),
}
_SECTION_WORDS = {"sessions": N_("các buổi"), "bridge_points": N_("các điểm cầu"),
                  "participants": N_("thành phần"), "invited": N_("người mời thêm"), "materials": N_("tài liệu"),
                  "tasks": N_("các việc")}


def path_text(where: Where) -> str:
    """``("sessions", 2, "end")`` → ``sessions[2].end``."""
    text = ""
    for part in where:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def path_words(where: Where) -> str:
    """``("sessions", 2, "end")`` → ``buổi 3, giờ kết thúc``: the place as officers count."""
    words: list[str] = []
    for i, part in enumerate(where):
        if isinstance(part, int):
            continue
        following = where[i + 1] if i + 1 < len(where) else None
        key_list = part == "sessions" and i > 0  # a bridge point's list of session keys
        if isinstance(following, int) and part in _ITEM_WORDS and not key_list:
            words.append(f"{tr(_ITEM_WORDS[part])} {following + 1}")
            continue
        if key_list:
            word = tr("các buổi tham gia")
        elif i == 0 and part in _SECTION_WORDS:
            word = tr(_SECTION_WORDS[part])
        else:
            word = tr(_KEY_WORDS[part]) if part in _KEY_WORDS else part
        words.append(tr("{field}, mục {number}").format(field=word, number=following + 1)
                     if isinstance(following, int) else word)
    return ", ".join(words)


def _located(source: str, where: Where, message: str) -> ValidationError:
    if not where:
        return ValidationError(tr("Tệp {file}: {message}").format(file=source, message=message))
    text = path_text(where)
    return ValidationError(tr("Tệp {file}, «{path}» ({place}): {message}").format(
        file=source, path=text, place=path_words(where), message=message), text)


_SECTION_ORDER = {name: rank for rank, name in enumerate(TOP_KEYS)}


def _file_order(error: ValidationError) -> tuple[int, int]:
    """Problems listed as they come in the file: by section, then by item."""
    parts = _split_field(error.field or "")
    section = _SECTION_ORDER.get(parts[0] if parts else "", -1)
    item = parts[1] if len(parts) > 1 and isinstance(parts[1], int) else -1
    return section, item


def _split_field(text: str) -> list[str | int]:
    """``sessions[1].topics[0].title`` → ``["sessions", 1, "topics", 0, "title"]``."""
    parts: list[str | int] = []
    for name, index in re.findall(r"([A-Za-z_0-9]+)|\[(\d+)\]", text):
        parts.append(int(index) if index else name)
    return parts


# check_event_plan and save_event_plan name the plan's fields; these give the file's.
_EVENT_FIELDS_IN_FILE = {"title": "title", "kind": "kind", "organiser_unit_id": "organiser",
                         "test_target_percent": "test_target_percent", "directive_code": ("directive", "code"),
                         "directive_date": ("directive", "date"), "directive_issuer": ("directive", "issuer"),
                         "resolution": "resolution", "notes": "notes"}
_SECTIONS_IN_FILE = {"rules": "participants", "by_hand": "invited"}
_PART_FIELDS_IN_FILE = {
    "sessions": {"day": "date", "start_time": "start", "end_time": "end", "host_unit_id": "host"},
    "bridge_points": {"host_unit_id": "host", "contact_name": ("contact", "name"),
                      "contact_phone": ("contact", "phone"), "session_ids": "sessions"},
    "rules": {"scope_unit_id": "scope", "unit_levels": "levels", "bridge_point_id": "bridge_point"},
    "by_hand": {"bridge_point_id": "bridge_point"},
    "materials": {"file_sha256": "sha256"},
    "tasks": {"due_at": "due", "unit_id": "unit"},
}


def file_place(plan_field: str) -> Where:
    """Where a field of the plan (``sessions[1].end_time``) is in the file (``sessions[1].end``)."""
    parts = _split_field(plan_field)
    if not parts:
        return ()
    head = parts[0]
    if head in _EVENT_FIELDS_IN_FILE:
        mapped = _EVENT_FIELDS_IN_FILE[head]
        return ("event", *(mapped if isinstance(mapped, tuple) else (mapped,)))
    renames = _PART_FIELDS_IN_FILE.get(head, {})
    where: list[str | int] = [_SECTIONS_IN_FILE.get(head, head)]
    for part in parts[1:]:
        mapped = renames.get(part, part) if isinstance(part, str) else part
        where.extend(mapped if isinstance(mapped, tuple) else (mapped,))
    return tuple(where)


def _within(where: Where, reported: set[Where]) -> bool:
    return any(where[:len(r)] == r for r in reported)


# --- reading values -------------------------------------------------------------------------

_DATE_VN = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_DATE_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_TIME = re.compile(r"(\d{1,2})(?::(\d{2})(?::\d{2})?|[hH](\d{2})?)")


def parse_day(text: str) -> date:
    """'10/12/2026' or '2026-12-10'; ValueError otherwise."""
    text = text.strip()
    if m := _DATE_VN.fullmatch(text):
        return date(int(m[3]), int(m[2]), int(m[1]))
    if m := _DATE_ISO.fullmatch(text):
        return date(int(m[1]), int(m[2]), int(m[3]))
    raise ValueError(text)


def parse_clock(text: str) -> time:
    """'08:00', '8:00', '8h', '14h30'; ValueError otherwise."""
    m = _TIME.fullmatch(text.strip())
    if not m:
        raise ValueError(text)
    return time(int(m[1]), int(m[2] or m[3] or 0))


def parse_moment(text: str) -> datetime:
    """'08/12/2026 14:00', '14:00 08/12/2026' (as the deadline list shows it) or ISO
    '2026-12-08T14:00'; ValueError otherwise."""
    parts = text.strip().replace("T", " ").split()
    if len(parts) != 2:
        raise ValueError(text)
    for day_text, clock_text in (parts, parts[::-1]):
        try:
            return datetime.combine(parse_day(day_text), parse_clock(clock_text))
        except ValueError:
            continue
    raise ValueError(text)


def format_moment(value: datetime) -> str:
    return f"{vntext.format_date(value.date())} {value:%H:%M}"


def _key_words(text: str) -> str:
    """Folded, without the punctuation people add or leave out ("học tập, quán triệt")."""
    return " ".join(re.sub(r"[,.;:()\-–]", " ", vntext.fold(text)).split())


# Other ways officers write the choices (folded, see _key_words).
_KIND_WORDS = {"hoi nghi hoc tap": "study_conference", "hoc tap": "study_conference",
               "hoc tap quan triet": "study_conference", "quan triet": "study_conference",
               "giao ban": "briefing", "giao ban luan phien": "briefing",
               "doi thoai": "dialogue", "hoi nghi doi thoai": "dialogue",
               "giao ban 6 thang": "half_year_briefing", "giao ban sau thang": "half_year_briefing"}
_PART_WORDS = {"buoi sang": "morning", "buoi chieu": "afternoon", "buoi toi": "evening"}
_POINT_LEVEL_WORDS = {"tinh": "province", "tinh doan": "province", "cap tinh doan": "province",
                      "huyen": "district", "xa": "district", "phuong": "district", "quan": "district",
                      "huyen/xa": "district", "xa/phuong": "district", "cap huyen": "district", "cap xa": "district",
                      "huyen doan": "district", "doan xa": "district",
                      "co so": "grassroots", "doan co so": "grassroots"}
_MATERIAL_WORDS = {"tai lieu": "document", "slide": "slides", "trinh chieu": "slides", "duong dan": "link",
                   "lien ket": "link", "web": "link"}
_TASK_WORDS = {"bao cao": "report_due", "nop bao cao": "report_due", "han bao cao": "report_due",
               "kiem tra ket noi": "technical_check", "cau hoi": "questions_due", "gui cau hoi": "questions_due",
               "bai thu hoach": "essays_due", "nop bai thu hoach": "essays_due", "khac": "other"}


def parse_choice(text: str, labels: dict[str, str], words: dict[str, str]) -> str | None:
    """The key of ``labels`` that ``text`` names: the key itself, its Vietnamese label
    or one of the other usual ``words``; None if none does."""
    folded = _key_words(text)
    if folded in labels:
        return folded
    for key, label in labels.items():
        if folded == _key_words(label):
            return key
    return words.get(folded)


def _type_words(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return tr("số {number}").format(number=value)
    if isinstance(value, str):
        return tr("chuỗi «{text}»").format(text=value)
    return tr("danh sách […]") if isinstance(value, list) else tr("đối tượng {…}")


_EXPECTED_WORDS = {str: N_("chuỗi trong dấu nháy kép"), int: N_("số nguyên"), bool: N_("true hoặc false"),
                   list: N_("danh sách […]"), dict: N_("đối tượng {…}")}

# json's own messages, in the words of someone fixing a file by hand.
_JSON_REASONS = {
    "Expecting ',' delimiter": N_("thiếu dấu phẩy «,» giữa hai mục"),
    "Expecting ':' delimiter": N_("thiếu dấu hai chấm «:» sau tên trường"),
    "Expecting property name enclosed in double quotes":
        N_("cần tên trường trong dấu nháy kép (hoặc thừa dấu phẩy trước «}»)"),
    "Expecting value": N_("thiếu giá trị (hoặc thừa dấu phẩy trước «]», hoặc chuỗi không có dấu nháy kép)"),
    "Unterminated string starting at": N_("chuỗi chưa đóng dấu nháy kép"),
    "Extra data": N_("còn nội dung thừa sau khi tệp đã kết thúc"),
    "Invalid control character at": N_("chuỗi có ký tự xuống dòng (viết \\n thay cho xuống dòng)"),
    "Invalid \\escape": N_("dấu «\\» không hợp lệ trong chuỗi (viết \\\\ cho một dấu «\\»)"),
}


class _Reader:
    """Reads values out of the decoded file, noting every problem and carrying on."""

    def __init__(self, source: str, tree: UnitTree):
        self.source = source
        self.tree = tree
        self.errors: list[ValidationError] = []
        self.reported: set[Where] = set()

    def error(self, where: Where, message: str) -> None:
        self.errors.append(_located(self.source, where, message))
        self.reported.add(where)

    def fields(self, value, where: Where, keys: tuple[str, ...]) -> dict | None:
        """``value`` if it is an object with only known keys (unknown ones are reported)."""
        if not isinstance(value, dict):
            self.error(where, tr("cần một {expected}, không phải {found}.").format(
                expected=tr(_EXPECTED_WORDS[dict]), found=_type_words(value)))
            return None
        for key in value:
            if key not in keys:
                self.error((*where, key), tr("trường «{key}» không có trong định dạng (viết sai tên?); "
                                             "các trường dùng được: {keys}.").format(key=key, keys=", ".join(keys)))
        return value

    def value(self, obj: dict, key: str, where: Where, kind: type, required: bool = False):
        """``obj[key]`` if it has the expected type; None if absent, null or wrong."""
        value = obj.get(key)
        if value is None:
            if required:
                self.error((*where, key), tr("thiếu trường bắt buộc «{key}».").format(key=key))
            return None
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            hint = ""
            if kind is str and isinstance(value, int):
                hint = " " + tr("(viết trong dấu nháy kép để giữ số 0 ở đầu)")
            self.error((*where, key), tr("cần {expected}, không phải {found}{hint}.").format(
                expected=tr(_EXPECTED_WORDS[kind]), found=_type_words(value), hint=hint))
            return None
        return value

    def text(self, obj: dict, key: str, where: Where, required: bool = False) -> str:
        return self.value(obj, key, where, str, required) or ""

    def items(self, obj: dict, key: str, where: Where) -> list:
        return self.value(obj, key, where, list) or []

    def parsed(self, obj: dict, key: str, where: Where, parse: Callable[[str], object], what: str, example: str,
               required: bool = False):
        text = self.value(obj, key, where, str, required)
        if text is None:
            return None
        try:
            return parse(text)
        except ValueError:  # the wrong shape, or a day that does not exist (31/11)
            self.error((*where, key), tr("«{text}» không phải {what} hợp lệ; viết như {example}.").format(
                text=text, what=what, example=example))
            return None

    def choice(self, obj: dict, key: str, where: Where, labels: dict[str, str], words: dict[str, str],
               required: bool = False, default: str = "") -> str:
        """The key the value names; ``default`` when absent or not understood (that is
        reported here, so a default that check_event_plan refuses only repeats it)."""
        text = self.value(obj, key, where, str, required)
        if text is None:
            return default
        chosen = parse_choice(text, labels, words)
        if chosen is None:
            self.error((*where, key), tr("«{text}» không phải giá trị dùng được; chọn một trong: {choices}.").format(
                text=text, choices=", ".join(labels.values())))
            return default
        return chosen

    def unit(self, obj: dict, key: str, where: Where, required: bool = False) -> str | None:
        code = self.value(obj, key, where, str, required)
        if code is None:
            return None
        unit = self.tree.by_code(code) or next(
            (u for u in self.tree.units if u.code.casefold() == code.strip().casefold()), None)
        if unit is None:
            self.error((*where, key), tr("không có đơn vị mã «{code}» trong cây đơn vị của máy này "
                                         "(xem: doandesk units list).").format(code=code))
            return None
        return unit.id

    def percent(self, obj: dict, key: str, where: Where) -> int | None:
        value = obj.get(key)
        if isinstance(value, str) and re.fullmatch(r"\s*\d{1,3}\s*%?\s*", value):
            return int(value.strip().rstrip("%"))
        return self.value(obj, key, where, int)


# --- reading the file -----------------------------------------------------------------------


@dataclass
class _Parsed:
    plan: EventPlan
    invited: list[tuple[int, str, str | None]] = field(default_factory=list)  # (entry, card, point id)
    errors: list[ValidationError] = field(default_factory=list)


def _load_json(path: Path):
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputFileError(tr("Không tìm thấy tệp {path}.").format(path=path)) from None
    except OSError as exc:
        raise InputFileError(tr("Không đọc được tệp {path}: {reason}.").format(
            path=path, reason=exc.strerror or exc)) from None
    try:
        text = raw.decode("utf-8-sig")  # Notepad may put a byte-order mark in front
    except UnicodeDecodeError as exc:
        raise InputFileError(tr("Tệp {file} không phải văn bản UTF-8 (byte lạ ở vị trí {position}); "
                                "hãy lưu lại tệp với bảng mã UTF-8.").format(
            file=path.name, position=exc.start)) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        reason = tr(_JSON_REASONS[exc.msg]) if exc.msg in _JSON_REASONS else exc.msg
        raise ValidationErrors([ValidationError(
            tr("Tệp {file}, dòng {row}, cột {column}: không phải JSON hợp lệ — {reason}.").format(
                file=path.name, row=exc.lineno, column=exc.colno, reason=reason))]) from None


def _parse(data, source: str, tree: UnitTree) -> _Parsed:
    r = _Reader(source, tree)
    plan = EventPlan(title="", kind="", organiser_unit_id=None)
    parsed = _Parsed(plan, errors=r.errors)
    top = r.fields(data, (), TOP_KEYS)
    if top is None:
        return parsed
    if top.get("format") != FORMAT:
        # Another kind of JSON file: listing its hundred differences would only bury this.
        r.errors[:] = [_located(source, ("format",), tr("không phải tệp định nghĩa hội nghị của DoanDesk "
                                                        "(cần \"format\": \"{expected}\").").format(expected=FORMAT))]
        return parsed
    version = r.value(top, "version", (), int, required=True)
    if version is not None and version > VERSION:
        r.errors[:] = [_located(source, ("version",), tr("tệp theo định dạng phiên bản {version}, mới hơn phiên "
                                                         "bản {supported} mà chương trình này đọc được; hãy cập nhật "
                                                         "DoanDesk.").format(version=version, supported=VERSION))]
        return parsed
    if version is not None and version < 1:
        r.error(("version",), tr("phiên bản {version} không có; phiên bản hiện tại là {current}.").format(
            version=version, current=VERSION))

    event = r.fields(top["event"], ("event",), EVENT_KEYS) if "event" in top else None
    if "event" not in top:
        r.error(("event",), tr("thiếu phần bắt buộc «event» (tên, loại và đơn vị tổ chức hội nghị)."))
    if event is not None:
        _read_event(r, event, plan)

    session_keys = _read_sessions(r, top, plan)
    point_names = _read_points(r, top, plan, session_keys)
    _read_participants(r, top, plan, point_names)
    parsed.invited = _read_invited(r, top, point_names)
    _read_materials(r, top, plan)
    _read_tasks(r, top, plan)

    for error in check_event_plan(plan, tree):
        where = file_place(error.field or "")
        if not _within(where, r.reported):
            r.errors.append(_located(source, where, str(error)))
    return parsed


def _read_event(r: _Reader, event: dict, plan: EventPlan) -> None:
    where = ("event",)
    event_id = r.text(event, "id", where)
    if event_id:
        try:
            plan.id = str(uuid.UUID(event_id))
        except ValueError:
            r.error((*where, "id"), tr("«{event_id}» không phải mã hội nghị hợp lệ (UUID); bỏ dòng này để tạo "
                                       "hội nghị mới.").format(event_id=event_id))
    plan.title = r.text(event, "title", where, required=True)
    plan.kind = r.choice(event, "kind", where, EVENT_KINDS, _KIND_WORDS, required=True)
    plan.organiser_unit_id = r.unit(event, "organiser", where, required=True)
    if "directive" in event and event["directive"] is not None:
        directive = r.fields(event["directive"], (*where, "directive"), DIRECTIVE_KEYS)
        if directive is not None:
            plan.directive_code = r.text(directive, "code", (*where, "directive"))
            plan.directive_date = r.parsed(directive, "date", (*where, "directive"), parse_day, tr("ngày"),
                                           "02/11/2026")
            plan.directive_issuer = r.text(directive, "issuer", (*where, "directive"))
    plan.resolution = r.text(event, "resolution", where)
    plan.test_target_percent = r.percent(event, "test_target_percent", where)
    plan.notes = r.text(event, "notes", where)


def _read_sessions(r: _Reader, top: dict, plan: EventPlan) -> dict[str, str]:
    """Read the sessions; returns session key (folded) → session id."""
    keys: dict[str, str] = {}
    key_entry: dict[str, int] = {}
    for i, entry in enumerate(r.items(top, "sessions", ())):
        where = ("sessions", i)
        entry = r.fields(entry, where, SESSION_KEYS)
        if entry is None:
            plan.sessions.append(SessionPlan(day=None))  # keeps the places of the sessions after it
            continue
        session_id = new_id()
        key = r.text(entry, "key", where) or f"s{i + 1}"
        if vntext.fold(key) in keys:
            r.error((*where, "key"), tr("mã buổi «{key}» trùng với buổi {number}.").format(
                key=key, number=key_entry[vntext.fold(key)] + 1))
        else:
            keys[vntext.fold(key)], key_entry[vntext.fold(key)] = session_id, i
        topics = []
        for j, topic in enumerate(r.items(entry, "topics", where)):
            topic_where = (*where, "topics", j)
            topic = r.fields(topic, topic_where, TOPIC_KEYS)
            topics.append(TopicPlan(r.text(topic, "title", topic_where, required=True),
                                    r.text(topic, "speaker", topic_where)) if topic is not None else TopicPlan("?"))
        # Start and end left out take the usual hours of the part (SessionPlan does that).
        plan.sessions.append(SessionPlan(
            day=r.parsed(entry, "date", where, parse_day, tr("ngày"), "10/12/2026", required=True),
            # A part not understood still gives usual hours: the start and end are not blamed for it.
            part=r.choice(entry, "part", where, SESSION_PARTS, _PART_WORDS, required=True, default="morning"),
            start_time=r.parsed(entry, "start", where, parse_clock, tr("giờ"), "08:00"),
            end_time=r.parsed(entry, "end", where, parse_clock, tr("giờ"), "11:30"),
            title=r.text(entry, "title", where), host_unit_id=r.unit(entry, "host", where),
            topics=topics, id=session_id))
    return keys


def _read_points(r: _Reader, top: dict, plan: EventPlan, session_keys: dict[str, str]) -> dict[str, str]:
    """Read the bridge points; returns point name (folded) → point id."""
    names: dict[str, str] = {}
    name_entry: dict[str, int] = {}
    for i, entry in enumerate(r.items(top, "bridge_points", ())):
        where = ("bridge_points", i)
        entry = r.fields(entry, where, POINT_KEYS)
        point = BridgePointPlan(name="?", level="district", host_unit_id=None)
        plan.bridge_points.append(point)
        if entry is None:
            continue
        point.name = r.text(entry, "name", where, required=True)
        folded = vntext.fold(point.name)
        if folded and folded in names:
            r.error((*where, "name"), tr("trùng tên với điểm cầu {number} (thành phần và người mời thêm chỉ đến "
                                         "điểm cầu theo tên).").format(number=name_entry[folded] + 1))
        elif folded:
            names[folded], name_entry[folded] = point.id, i
        point.level = r.choice(entry, "level", where, POINT_LEVELS, _POINT_LEVEL_WORDS, required=True)
        point.host_unit_id = r.unit(entry, "host", where, required=True)
        for name in ("address", "platform", "link", "room_id"):
            setattr(point, name, r.text(entry, name, where))
        if "contact" in entry and entry["contact"] is not None:
            contact = r.fields(entry["contact"], (*where, "contact"), CONTACT_KEYS)
            if contact is not None:
                point.contact_name = r.text(contact, "name", (*where, "contact"))
                point.contact_phone = r.text(contact, "phone", (*where, "contact"))
        point.test_at = r.parsed(entry, "test_at", where, parse_moment, tr("ngày giờ"), "08/12/2026 14:00")
        point.test_passed = r.value(entry, "test_passed", where, bool)
        point.capacity = r.value(entry, "capacity", where, int)
        for k, key in enumerate(r.items(entry, "sessions", where)):
            if not isinstance(key, str):
                r.error((*where, "sessions", k), tr("cần mã buổi (chuỗi, ví dụ \"s1\"), không phải {found}.").format(
                    found=_type_words(key)))
            elif vntext.fold(key) not in session_keys:
                r.error((*where, "sessions", k),
                        tr("không có buổi nào mã «{key}» trong phần «sessions» (các mã: {keys}).").format(
                            key=key, keys=", ".join(session_keys)) if session_keys
                        else tr("không có buổi nào mã «{key}» trong phần «sessions».").format(key=key))
            else:
                point.session_ids.append(session_keys[vntext.fold(key)])
    return names


def _point_ref(r: _Reader, entry: dict, where: Where, point_names: dict[str, str]) -> str | None:
    name = r.text(entry, "bridge_point", where)
    if not name:
        return None
    point_id = point_names.get(vntext.fold(name))
    if point_id is None:
        r.error((*where, "bridge_point"), tr("không có điểm cầu nào tên «{name}» trong phần «bridge_points».").format(
            name=name))
    return point_id


def _read_participants(r: _Reader, top: dict, plan: EventPlan, point_names: dict[str, str]) -> None:
    for i, entry in enumerate(r.items(top, "participants", ())):
        where = ("participants", i)
        entry = r.fields(entry, where, PARTICIPANT_KEYS)
        rule = RulePlan(scope_unit_id=None)
        plan.rules.append(rule)
        if entry is None:
            continue
        rule.label = r.text(entry, "label", where)
        rule.scope_unit_id = r.unit(entry, "scope", where, required=True)
        for name, parse, target, what in (("levels", parse_level, rule.unit_levels, LEVEL_LABELS),
                                          ("positions", parse_position, rule.positions, POSITION_LABELS)):
            for k, text in enumerate(r.items(entry, name, where)):
                item_where = (*where, name, k)
                if not isinstance(text, str) or not text.strip():
                    r.error(item_where, tr("cần tên (chuỗi), không phải {found}.").format(found=_type_words(text)))
                    continue
                try:
                    value = parse(text)
                except ValidationError:
                    r.error(item_where, tr("«{text}» không phải giá trị dùng được; chọn trong: {choices}.").format(
                        text=text, choices=", ".join(what.values())))
                    continue
                if value not in target:
                    target.append(value)
        rule.bridge_point_id = _point_ref(r, entry, where, point_names)


def _read_invited(r: _Reader, top: dict, point_names: dict[str, str]) -> list[tuple[int, str, str | None]]:
    invited = []
    for i, entry in enumerate(r.items(top, "invited", ())):
        where = ("invited", i)
        entry = r.fields(entry, where, INVITED_KEYS)
        if entry is None:
            continue
        card = vntext.normalize(r.text(entry, "card_number", where, required=True)).replace(" ", "")
        point_id = _point_ref(r, entry, where, point_names)
        if card:
            invited.append((i, card, point_id))
    return invited


def _read_materials(r: _Reader, top: dict, plan: EventPlan) -> None:
    for i, entry in enumerate(r.items(top, "materials", ())):
        where = ("materials", i)
        entry = r.fields(entry, where, MATERIAL_KEYS)
        material = MaterialPlan(title="?", url="https://")
        plan.materials.append(material)
        if entry is None:
            continue
        material.title = r.text(entry, "title", where, required=True)
        material.kind = r.choice(entry, "kind", where, MATERIAL_KINDS, _MATERIAL_WORDS, default="document")
        material.url = r.text(entry, "url", where)
        material.file_name = r.text(entry, "file_name", where)
        material.file_sha256 = r.text(entry, "sha256", where).lower()


def _read_tasks(r: _Reader, top: dict, plan: EventPlan) -> None:
    for i, entry in enumerate(r.items(top, "tasks", ())):
        where = ("tasks", i)
        entry = r.fields(entry, where, TASK_KEYS)
        task = TaskPlan(kind="other", due_at=datetime.min, title="?")
        plan.tasks.append(task)
        if entry is None:
            continue
        task.kind = r.choice(entry, "kind", where, TASK_KINDS, _TASK_WORDS, required=True)
        task.title = r.text(entry, "title", where)
        task.due_at = r.parsed(entry, "due", where, parse_moment, tr("ngày giờ"), "20/12/2026 17:00", required=True)
        task.unit_id = r.unit(entry, "unit", where)
        task.notes = r.text(entry, "notes", where)


def _read(path: str | Path, tree: UnitTree) -> _Parsed:
    path = Path(path)
    parsed = _parse(_load_json(path), path.name, tree)
    parsed.errors.sort(key=_file_order)
    return parsed


def read_event_file(path: str | Path, tree: UnitTree) -> EventPlan:
    """The plan an event file describes. Raises :class:`ValidationErrors` naming every
    problem (each ``field`` is the place in the file, e.g. ``sessions[2].end``), or
    :class:`InputFileError` when the file cannot be read at all. Members invited by card
    number are checked against the roster only on import."""
    parsed = _read(path, tree)
    if parsed.errors:
        raise ValidationErrors(parsed.errors)
    return parsed.plan


# --- writing --------------------------------------------------------------------------------


def event_file_data(plan: EventPlan, tree: UnitTree, invited: Sequence[tuple[str, str | None]] = ()) -> dict:
    """The file's content for ``plan``; ``invited`` are members invited by hand as
    (card number, id of the point chosen for them or None)."""
    def code(unit_id: str | None) -> str | None:
        unit = tree.by_id.get(unit_id or "")
        return unit.code if unit else None

    sessions = plan.sorted_sessions()
    session_key = {s.id: f"s{i}" for i, s in enumerate(sessions, start=1)}
    point_name = {p.id: p.name for p in plan.bridge_points}
    return {
        "format": FORMAT,
        "version": VERSION,
        "event": {
            "id": plan.id,
            "title": plan.title,
            "kind": EVENT_KINDS.get(plan.kind, plan.kind),
            "organiser": code(plan.organiser_unit_id),
            "directive": {"code": plan.directive_code,
                          "date": vntext.format_date(plan.directive_date) or None,
                          "issuer": plan.directive_issuer},
            "resolution": plan.resolution,
            "test_target_percent": plan.test_target_percent,
            "notes": plan.notes,
        },
        "sessions": [{
            "key": session_key[s.id],
            "date": vntext.format_date(s.day),
            "part": SESSION_PARTS.get(s.part, s.part),
            "start": s.start_time.strftime("%H:%M") if s.start_time else None,
            "end": s.end_time.strftime("%H:%M") if s.end_time else None,
            "title": s.title,
            "host": code(s.host_unit_id),
            "topics": [{"title": t.title, "speaker": t.speaker} for t in s.topics],
        } for s in sessions],
        "bridge_points": [{
            "name": p.name,
            "level": POINT_LEVELS.get(p.level, p.level),
            "host": code(p.host_unit_id),
            "address": p.address,
            "platform": p.platform,
            "link": p.link,
            "room_id": p.room_id,
            "contact": {"name": p.contact_name, "phone": p.contact_phone},
            "test_at": format_moment(p.test_at) if p.test_at else None,
            "test_passed": p.test_passed,
            "capacity": p.capacity,
            "sessions": [session_key[s.id] for s in sessions if s.id in p.session_ids],
        } for p in plan.bridge_points],
        "participants": [{
            "label": r.label,
            "scope": code(r.scope_unit_id),
            "levels": [LEVEL_LABELS[level] for level in LEVEL_LABELS if level in r.unit_levels],
            "positions": [POSITION_LABELS[position] for position in POSITION_LABELS if position in r.positions],
            "bridge_point": point_name.get(r.bridge_point_id or ""),
        } for r in plan.rules],
        "invited": [{"card_number": card, "bridge_point": point_name.get(point_id or "")}
                    for card, point_id in invited],
        "materials": [{
            "title": m.title,
            "kind": MATERIAL_KINDS.get(m.kind, m.kind),
            "url": m.url,
            "file_name": m.file_name,
            "sha256": m.file_sha256,
        } for m in plan.materials],
        "tasks": [{
            "kind": TASK_KINDS.get(t.kind, t.kind),
            "title": t.title,
            "due": format_moment(t.due_at),
            "unit": code(t.unit_id),
            "notes": t.notes,
        } for t in plan.tasks],
    }


def write_event_file(plan: EventPlan, tree: UnitTree, path: str | Path,
                     invited: Sequence[tuple[str, str | None]] = ()) -> None:
    """Write ``plan`` as an event file: UTF-8, indented, Vietnamese left as it is, so an
    officer can read and correct it in any text editor."""
    text = json.dumps(event_file_data(plan, tree, invited), ensure_ascii=False, indent=2) + "\n"
    path = Path(path)
    try:
        path.write_text(text, encoding="utf-8", newline="\n")
    except OSError as exc:
        raise InputFileError(tr("Không ghi được tệp {path}: {reason}.").format(
            path=path, reason=exc.strerror or exc)) from None


# --- import and export ----------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    event_id: str
    created: bool          # False: the file updated the event with its id
    invited_count: int     # everyone invited to the event after the import
    title: str
    session_count: int
    topic_count: int
    bridge_point_count: int
    rule_count: int

    def as_dict(self) -> dict:
        return {"event_id": self.event_id, "short_id": self.event_id[:8], "created": self.created,
                "title": self.title, "sessions": self.session_count, "topics": self.topic_count,
                "bridge_points": self.bridge_point_count, "participant_rules": self.rule_count,
                "invited": self.invited_count}


def _pair(new: list, old: list, *keys: Callable) -> list[tuple]:
    """Pair items of a re-read plan with the saved ones they stand for: by the first key,
    then what is left by the next key, and so on."""
    pairs, new, old = [], list(new), list(old)
    for key in keys:
        waiting: dict[object, list] = {}
        for item in old:
            waiting.setdefault(key(item), []).append(item)
        unpaired = []
        for item in new:
            bucket = waiting.get(key(item))
            if bucket:
                match = bucket.pop(0)
                old.remove(match)
                pairs.append((item, match))
            else:
                unpaired.append(item)
        new = unpaired
    return pairs


def _in_order(_item) -> None:
    """The last key of a pairing: what is still unpaired, paired in the order given."""
    return None


def _keep_identities(plan: EventPlan, saved: EventPlan) -> dict[str, str]:
    """Give the parts of ``plan`` the ids of the saved parts they stand for, so a
    corrected plan updates rows (and the invitations and records hanging off them)
    instead of replacing them; keep what the office recorded that the file does not
    say: tasks done, connection tests passed. Returns new id → kept id."""
    kept: dict[str, str] = {}
    for session, old in _pair(plan.sessions, saved.sessions, lambda s: (s.day, s.part), _in_order):
        kept[session.id], session.id = old.id, old.id
        for topic, old_topic in _pair(session.topics, old.topics, lambda t: vntext.fold(t.title), _in_order):
            topic.id = old_topic.id
    for point, old in _pair(plan.bridge_points, saved.bridge_points, lambda p: vntext.fold(p.name),
                            lambda p: (p.host_unit_id, p.level)):
        kept[point.id], point.id = old.id, old.id
        if point.test_passed is None:
            point.test_passed = old.test_passed
    for point in plan.bridge_points:
        point.session_ids = [kept.get(i, i) for i in point.session_ids]
    for rule, old in _pair(plan.rules, saved.rules,
                           lambda r: (r.scope_unit_id, tuple(sorted(r.unit_levels)), tuple(sorted(r.positions))),
                           _in_order):
        rule.id = old.id
    for rule in plan.rules:
        rule.bridge_point_id = kept.get(rule.bridge_point_id, rule.bridge_point_id)
    for material, old in _pair(plan.materials, saved.materials, lambda m: vntext.fold(m.title), _in_order):
        material.id = old.id
    for task, old in _pair(plan.tasks, saved.tasks, lambda t: (t.kind, t.unit_id, vntext.fold(t.title)),
                           lambda t: t.kind):
        task.id, task.done_at = old.id, old.done_at
    return kept


def _move(plan: EventPlan, first_day: date) -> None:
    """Move every date of the plan so that its first session falls on ``first_day``."""
    if plan.first_day is None:
        return
    shift = first_day - plan.first_day
    for session in plan.sessions:
        session.day += shift
    for point in plan.bridge_points:
        if point.test_at is not None:
            point.test_at += shift
    for task in plan.tasks:
        task.due_at += shift


def import_event_file(db: Database, path: str | Path, *, first_day: date | None = None) -> ImportResult:
    """Create the event an event file describes, or update the event with the file's id;
    the plan and the members invited by hand are saved in one transaction.

    ``first_day`` moves the whole plan (sessions, connection tests, deadlines) so that it
    starts on that day. Raises :class:`ValidationErrors` naming every problem in the file
    (nothing is saved) or :class:`InputFileError` when it cannot be read.
    """
    path = Path(path)
    tree = load_tree(db)
    parsed = _read(path, tree)
    plan, errors = parsed.plan, list(parsed.errors)
    cards = [card for _, card, _ in parsed.invited]
    with db.session() as session:
        by_card = dict(session.execute(select(Member.card_number, Member.id).where(
            Member.card_number.in_(cards), Member.deleted_at.is_(None))).all()) if cards else {}
        saved_event = session.get(Event, plan.id)
        deleted = saved_event is not None and saved_event.deleted_at is not None
        exists = saved_event is not None and not deleted
    if deleted:
        errors.append(_located(path.name, ("event", "id"), tr("hội nghị có mã này đã bị xóa trên máy này; bỏ dòng "
                                                              "«id» để tạo lại thành hội nghị mới.")))
    by_hand = []
    for entry, card, point_id in parsed.invited:
        if card in by_card:
            by_hand.append((by_card[card], point_id))
        else:
            errors.append(_located(path.name, ("invited", entry, "card_number"),
                                   tr("không có đoàn viên nào mang số thẻ «{card}» trong danh sách đoàn viên.").format(
                                       card=card)))
    if errors:
        raise ValidationErrors(sorted(errors, key=_file_order))
    if first_day is not None:
        _move(plan, first_day)
    if exists:
        kept = _keep_identities(plan, load_event_plan(db, plan.id))
        by_hand = [(member_id, kept.get(point_id, point_id)) for member_id, point_id in by_hand]
    try:
        save_event_plan(db, plan, by_hand)
    except ValidationErrors as exc:
        raise ValidationErrors([_located(path.name, file_place(e.field or ""), str(e)) for e in exc.errors]) from None
    with db.engine.connect() as conn:
        invited = conn.exec_driver_sql("SELECT count(*) FROM invitations WHERE event_id = ? AND deleted_at IS NULL",
                                       (plan.id,)).scalar_one()
    return ImportResult(plan.id, not exists, invited, plan.title, len(plan.sessions),
                        sum(len(s.topics) for s in plan.sessions), len(plan.bridge_points), len(plan.rules))


@dataclass(frozen=True)
class ExportResult:
    event_id: str
    title: str
    session_count: int
    bridge_point_count: int
    rule_count: int
    invited_written: int
    without_card: list[str]  # members invited by hand who have no card number to write


def export_event_file(db: Database, reference: str, path: str | Path) -> ExportResult:
    """Write the event ``reference`` names (its id or the first characters of it) as an
    event file, with the members invited by hand, named by card number."""
    event_id = find_event(db, reference)
    plan = load_event_plan(db, event_id)
    with db.session() as session:
        rows = session.execute(
            select(Member.card_number, Member.family_name, Member.middle_name, Member.given_name,
                   Invitation.bridge_point_id, Invitation.point_fixed)
            .join(Member, Member.id == Invitation.member_id)
            .where(Invitation.event_id == event_id, Invitation.deleted_at.is_(None), Invitation.rule_id.is_(None),
                   Member.deleted_at.is_(None))
            .order_by(Member.sort_key)).all()
    invited = [(card, point if fixed else None) for card, *_, point, fixed in rows if card]
    without_card = [" ".join(p for p in (family, middle, given) if p)
                    for card, family, middle, given, *_ in rows if not card]
    write_event_file(plan, load_tree(db), path, invited)
    return ExportResult(event_id, plan.title, len(plan.sessions), len(plan.bridge_points), len(plan.rules),
                        len(invited), without_card)
