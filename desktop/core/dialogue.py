"""Online dialogues (đối thoại trực tuyến): the questions units collect and what they report.

Each unit collects questions from members and non-members, with who asked them (name,
date of birth, where they live, study or work, how to reach them, notable achievements),
and chooses 3 to 5 of them to send to the organiser by the event's "questions due"
deadline; the chosen ones are exported as the official list. On the day each unit
reports the people at its point, the pages streaming the dialogue, the shares, and the
interaction count it is asked for 30 minutes before the end.

Questions and reports are parts of the event: like the event's other parts they are
owned by the organising unit, so they travel with the event between offices.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Iterable

from sqlalchemy import literal_column, select
from sqlalchemy.orm import Session

from desktop.core import vntext
from desktop.core.errors import NotFoundError, ValidationError, ValidationErrors
from desktop.core.letterhead import Letterhead
from desktop.core.list_sheet import DATE_FORMAT, ListSheet
from desktop.core.members import EMAIL_RE
from desktop.core.records import new_record_fields, touch
from desktop.core.spreadsheet import parse_phone
from desktop.core.units import UnitTree, load_tree
from desktop.db.engine import Database
from desktop.db.models import BridgePoint, DialogueQuestion, DialogueReport, Event, EventTask, Unit, utcnow
from desktop.i18n import N_, tr, trn

MIN_SELECTED, MAX_SELECTED = 3, 5
EXPORT_TITLE = "DANH SÁCH CÂU HỎI ĐỐI THOẠI"  # i18n: vi — the official list's title


# --- questions ----------------------------------------------------------------------------


@dataclass
class QuestionInput:
    """What the officer types for one question; ``unit_id`` is the unit collecting it."""

    unit_id: str = ""
    asker_name: str = ""
    asker_birth_date: date | None = None
    asker_is_member: bool = True
    asker_place: str = ""     # nơi ở / học tập / công tác
    phone: str = ""
    email: str = ""
    social: str = ""          # Facebook or Zalo
    achievements: str = ""
    question: str = ""


@dataclass(frozen=True)
class QuestionRecord:
    id: str
    event_id: str
    unit_id: str
    unit_name: str
    asker_name: str
    asker_birth_date: date | None
    asker_is_member: bool
    asker_place: str
    phone: str
    email: str
    social: str
    achievements: str
    question: str
    selected: bool

    @property
    def contact(self) -> str:
        """E-mail and Facebook/Zalo on separate lines, as the official list has them."""
        return "\n".join(p for p in (self.email, self.social) if p)


def _long_text(value: str) -> str:
    """NFC and tidy spaces on every line, but keep the lines: questions run to paragraphs."""
    return "\n".join(vntext.normalize(line) for line in (value or "").splitlines()).strip()


def _cleaned(data: QuestionInput, today: date) -> tuple[QuestionInput, list[ValidationError]]:
    """The input normalised, and every rule it breaks."""
    n = vntext.normalize
    data = replace(
        data, unit_id=n(data.unit_id), asker_name=vntext.name_case(data.asker_name), asker_place=n(data.asker_place),
        phone=n(data.phone), email=n(data.email).lower(), social=n(data.social),
        achievements=_long_text(data.achievements), question=_long_text(data.question),
    )
    errors: list[ValidationError] = []
    if not data.asker_name:
        errors.append(ValidationError(tr("Thiếu họ và tên người đặt câu hỏi."), "asker_name"))
    if data.asker_birth_date is not None and data.asker_birth_date > today:
        errors.append(ValidationError(tr("Ngày sinh của người đặt câu hỏi ở tương lai."), "asker_birth_date"))
    if data.phone:
        try:
            data = replace(data, phone=parse_phone(data.phone))
        except ValueError:
            errors.append(ValidationError(
                tr("Số điện thoại «{phone}» không hợp lệ: số trong nước bắt đầu bằng 0 và có 10 chữ số "
                   "(số nước ngoài ghi +…).").format(phone=data.phone), "phone"))
    if data.email and not EMAIL_RE.match(data.email):
        errors.append(ValidationError(tr("Địa chỉ e-mail «{email}» không hợp lệ.").format(email=data.email), "email"))
    if not data.question:
        errors.append(ValidationError(tr("Thiếu nội dung câu hỏi."), "question"))
    return data, errors


def _event(session: Session, event_id: str) -> Event:
    event = session.get(Event, event_id)
    if event is None or event.deleted_at is not None:
        raise NotFoundError(tr("Không tìm thấy hội nghị (có thể đã bị xóa)."))
    return event


def _dialogue_event(session: Session, event_id: str) -> Event:
    event = _event(session, event_id)
    if event.kind != "dialogue":
        raise ValidationError(tr("Chỉ hội nghị loại «Đối thoại trực tuyến» mới có câu hỏi và báo cáo đối thoại."),
                              "event_id")
    return event


def _live_unit(session: Session, unit_id: str) -> Unit | None:
    unit = session.get(Unit, unit_id) if unit_id else None
    return unit if unit is not None and unit.deleted_at is None else None


def _checked(session: Session, data: QuestionInput) -> QuestionInput:
    """The normalised input, or :class:`ValidationErrors` naming every problem."""
    data, errors = _cleaned(data, date.today())
    if _live_unit(session, data.unit_id) is None:
        errors.insert(0, ValidationError(tr("Chưa chọn đơn vị thu thập câu hỏi (hoặc đơn vị đã bị xóa)."), "unit_id"))
    if errors:
        raise ValidationErrors(errors)
    return data


def _question_columns(data: QuestionInput) -> dict:
    return {
        "unit_id": data.unit_id, "asker_name": data.asker_name, "asker_birth_date": data.asker_birth_date,
        "asker_is_member": bool(data.asker_is_member), "asker_place": data.asker_place, "phone": data.phone,
        "email": data.email, "social": data.social, "achievements": data.achievements, "question": data.question,
    }


def _record(row: DialogueQuestion, unit_name: str) -> QuestionRecord:
    return QuestionRecord(
        row.id, row.event_id, row.unit_id, unit_name, row.asker_name, row.asker_birth_date, row.asker_is_member,
        row.asker_place, row.phone, row.email, row.social, row.achievements, row.question, row.selected)


def add_question(db: Database, event_id: str, data: QuestionInput) -> QuestionRecord:
    """Record a question collected for a dialogue; it is not chosen for sending yet."""
    with db.session() as session:
        event = _dialogue_event(session, event_id)
        data = _checked(session, data)
        book = new_record_fields(db, session, event.owner_unit_id)[0]
        row = DialogueQuestion(event_id=event_id, **_question_columns(data), selected=False, **book)
        session.add(row)
        return _record(row, _live_unit(session, data.unit_id).name)


def _live_question(session: Session, question_id: str) -> DialogueQuestion:
    row = session.get(DialogueQuestion, question_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(tr("Không tìm thấy câu hỏi (có thể đã bị xóa)."))
    return row


def update_question(db: Database, question_id: str, data: QuestionInput) -> QuestionRecord:
    """Save the officer's corrections. Moving a question to another unit drops it from the
    questions chosen for sending: the choice was the first unit's."""
    with db.session() as session:
        row = _live_question(session, question_id)
        _event(session, row.event_id)
        columns = _question_columns(_checked(session, data))
        if columns["unit_id"] != row.unit_id:
            columns["selected"] = False
        if any(getattr(row, k) != v for k, v in columns.items()):
            for k, v in columns.items():
                setattr(row, k, v)
            touch(row, session)
        return _record(row, _live_unit(session, row.unit_id).name)


def delete_questions(db: Database, question_ids: Iterable[str]) -> int:
    """Soft-delete the questions (a tombstone travels to other offices); returns how many
    were deleted. Ids already deleted are skipped."""
    with db.session() as session:
        rows = session.scalars(select(DialogueQuestion).where(
            DialogueQuestion.id.in_(list(question_ids)), DialogueQuestion.deleted_at.is_(None))).all()
        for row in rows:
            touch(row, session, deleted=True)
        return len(rows)


def list_questions(db: Database, event_id: str, unit_id: str | None = None) -> list[QuestionRecord]:
    """The live questions of an event (of one unit if given), in the order they were entered."""
    query = (select(DialogueQuestion, Unit.name).join(Unit, Unit.id == DialogueQuestion.unit_id)
             .where(DialogueQuestion.event_id == event_id, DialogueQuestion.deleted_at.is_(None))
             # rowid breaks ties between questions entered within the same clock tick.
             .order_by(DialogueQuestion.created_at, literal_column("dialogue_questions.rowid")))
    if unit_id is not None:
        query = query.where(DialogueQuestion.unit_id == unit_id)
    with db.session() as session:
        _event(session, event_id)
        return [_record(row, unit_name) for row, unit_name in session.execute(query)]


def set_selected(db: Database, event_id: str, unit_id: str, question_ids: Iterable[str]) -> None:
    """Make ``question_ids`` the questions ``unit_id`` sends: 3 to 5 of its own questions,
    or none at all to clear its choice."""
    chosen = list(dict.fromkeys(question_ids))
    count = len(chosen)
    if 0 < count < MIN_SELECTED:
        raise ValidationError(trn("Mỗi đơn vị gửi từ {min} đến {max} câu hỏi; mới chọn {count} câu, "
                                  "cần chọn thêm ít nhất %n câu.", MIN_SELECTED - count).format(
            min=MIN_SELECTED, max=MAX_SELECTED, count=count), "selected")
    if count > MAX_SELECTED:
        raise ValidationError(trn("Mỗi đơn vị gửi từ {min} đến {max} câu hỏi; đang chọn {count} câu, "
                                  "hãy bỏ bớt %n câu.", count - MAX_SELECTED).format(
            min=MIN_SELECTED, max=MAX_SELECTED, count=count), "selected")
    with db.session() as session:
        _event(session, event_id)
        rows = {row.id: row for row in session.scalars(select(DialogueQuestion).where(
            DialogueQuestion.event_id == event_id, DialogueQuestion.unit_id == unit_id,
            DialogueQuestion.deleted_at.is_(None)))}
        if any(question_id not in rows for question_id in chosen):
            raise ValidationError(tr("Có câu hỏi được chọn không thuộc đơn vị này hoặc đã bị xóa; "
                                     "hãy tải lại danh sách."), "selected")
        for row in rows.values():
            wanted = row.id in chosen
            if row.selected != wanted:
                row.selected = wanted
                touch(row, session)


# --- where each unit stands ---------------------------------------------------------------


@dataclass(frozen=True)
class SelectionStatus:
    """How far a unit is with its questions. ``due_at`` is its "questions due" deadline
    (one set for the unit itself, else the one for every unit); it is late when the
    deadline has passed and it has not chosen 3 to 5 questions."""

    unit_id: str
    unit_name: str
    collected: int
    selected: int
    due_at: datetime | None
    late: bool

    @property
    def complete(self) -> bool:
        return MIN_SELECTED <= self.selected <= MAX_SELECTED

    @property
    def state_label(self) -> str:
        if self.complete:
            return trn("Đã chọn %n câu", self.selected)
        if self.late:
            return tr("Quá hạn, chưa chọn đủ câu hỏi")
        if self.selected:
            return tr("Chưa chọn đủ {min}–{max} câu (mới {chosen})").format(
                min=MIN_SELECTED, max=MAX_SELECTED, chosen=self.selected)
        return tr("Chưa chọn đủ {min}–{max} câu").format(min=MIN_SELECTED, max=MAX_SELECTED)

    @property
    def due_label(self) -> str:
        return f"{self.due_at:%H:%M} {vntext.format_date(self.due_at)}" if self.due_at else ""


def _tree_order(tree: UnitTree) -> dict[str, int]:
    """Each unit's place when the tree is read top-down, parents before their children."""
    order: dict[str, int] = {}

    def visit(parent_id: str | None) -> None:
        for unit in tree.children.get(parent_id, []):
            order[unit.id] = len(order)
            visit(unit.id)

    visit(None)
    return order


def selection_status(db: Database, event_id: str, *, now: datetime | None = None) -> list[SelectionStatus]:
    """Every unit expected to send questions, in tree order: units that collected some,
    host a bridge point or have a deadline of their own (the organiser only if it
    collected some). ``now`` is local wall-clock time, as deadlines are typed."""
    now = now or datetime.now()
    tree = load_tree(db)
    with db.session() as session:
        event = _event(session, event_id)
        counts: dict[str, list[int]] = {}
        for unit_id, selected in session.execute(select(DialogueQuestion.unit_id, DialogueQuestion.selected).where(
                DialogueQuestion.event_id == event_id, DialogueQuestion.deleted_at.is_(None))):
            collected_selected = counts.setdefault(unit_id, [0, 0])
            collected_selected[0] += 1
            collected_selected[1] += bool(selected)
        hosts = set(session.scalars(select(BridgePoint.host_unit_id).where(
            BridgePoint.event_id == event_id, BridgePoint.deleted_at.is_(None))))
        due: dict[str | None, datetime] = {}
        for unit_id, due_at in session.execute(select(EventTask.unit_id, EventTask.due_at).where(
                EventTask.event_id == event_id, EventTask.kind == "questions_due", EventTask.deleted_at.is_(None))):
            due[unit_id] = min(due_at, due.get(unit_id, due_at))
        organiser = event.organiser_unit_id
    expected = set(counts) | ((hosts | {u for u in due if u is not None}) - {organiser})
    order = _tree_order(tree)
    result = []
    for unit_id in sorted((u for u in expected if u in tree.by_id), key=order.__getitem__):
        collected, selected = counts.get(unit_id, [0, 0])
        due_at = due.get(unit_id, due.get(None))
        late = due_at is not None and due_at < now and not MIN_SELECTED <= selected <= MAX_SELECTED
        result.append(SelectionStatus(unit_id, tree.by_id[unit_id].name, collected, selected, due_at, late))
    return result


# --- the official list --------------------------------------------------------------------

# (header, width in characters, value of a question). Declared once, so they stay together.
# i18n: vi-begin — headers of the official list
_COLUMNS: list[tuple[str, float, object]] = [
    ("STT", 6, None),
    ("Họ và tên", 22, lambda q: q.asker_name),
    ("Ngày sinh", 12, lambda q: q.asker_birth_date),
    ("Đoàn viên (x)", 10, lambda q: "x" if q.asker_is_member else ""),
    ("Nơi ở/học tập/công tác", 26, lambda q: q.asker_place),
    ("Điện thoại", 13, lambda q: q.phone),
    ("Email/Facebook/Zalo", 24, lambda q: q.contact),
    ("Thành tích nổi bật", 28, lambda q: q.achievements),
    ("Nội dung câu hỏi", 48, lambda q: q.question),
]
_CENTERED = {"STT", "Ngày sinh", "Đoàn viên (x)"}
# i18n: vi-end
_LINE_HEIGHT = 16  # points per line of 12-point Times New Roman


def _row_height(values: list[tuple[object, float]]) -> float:
    """Points needed for the wrapped values of one row. openpyxl cannot measure text and
    spreadsheet programs do not always re-fit rows on opening, so the lines are
    estimated from the column widths (about one character per width unit)."""
    lines = 1
    for value, width in values:
        if isinstance(value, str) and value:
            lines = max(lines, sum(max(1, math.ceil(len(line) / width)) for line in value.split("\n")))
    return lines * _LINE_HEIGHT + 4


def export_questions_xlsx(db: Database, event_id: str, path: str | Path, unit_id: str | None = None,
                          selected_only: bool = True) -> int:
    """Write the official list of questions (those chosen for sending unless
    ``selected_only`` is false) to ``path``; return how many were written.

    For one unit the header block is that unit's; for the whole event the list is
    grouped by unit in tree order under the header block of this office.
    """
    from openpyxl.styles import Alignment  # here, not at the top: see list_sheet on import time

    tree = load_tree(db)
    with db.session() as session:
        event = _event(session, event_id)
        event_title, organiser = event.title, event.organiser_unit_id
    questions = [q for q in list_questions(db, event_id, unit_id) if q.selected or not selected_only]
    if not questions:
        raise ValidationError(tr("Chưa có câu hỏi nào được chọn để gửi.") if selected_only
                              else tr("Chưa có câu hỏi nào."), "selected")
    order = _tree_order(tree)
    questions.sort(key=lambda q: order.get(q.unit_id, len(order)))  # stable: entry order within a unit

    issuer = tree.by_id.get(unit_id) if unit_id else tree.home() or tree.by_id.get(organiser)
    sheet = ListSheet("Câu hỏi đối thoại", Letterhead.for_unit(tree, issuer), EXPORT_TITLE, event_title,  # i18n: vi
                      [(header, width) for header, width, _value in _COLUMNS])
    ws = sheet.ws
    wrapped = Alignment(vertical="top", wrap_text=True)
    centered = Alignment(horizontal="center", vertical="top", wrap_text=True)
    row = sheet.header_row
    current_unit = None
    for number, question in enumerate(questions, start=1):
        row += 1
        if unit_id is None and question.unit_id != current_unit:
            current_unit = question.unit_id
            ws.cell(row, 1, question.unit_name).font = sheet.bold
            sheet.merge_row(row)
            for c in range(1, sheet.columns + 1):
                ws.cell(row, c).border = sheet.border
            row += 1
        values = []
        for c, (header, width, value_of) in enumerate(_COLUMNS, start=1):
            value = number if value_of is None else value_of(question)
            value = None if value == "" else value  # an empty cell, not an empty string
            cell = ws.cell(row, c, value)
            cell.font, cell.border = sheet.regular, sheet.border
            cell.alignment = centered if header in _CENTERED else wrapped
            if isinstance(value, date):
                cell.number_format = DATE_FORMAT
            elif isinstance(value, str):
                cell.data_type = "s"  # a phone keeps its leading zero
            values.append((value, width))
        ws.row_dimensions[row].height = _row_height(values)
    sheet.save(path)
    return len(questions)


# --- reports from the points --------------------------------------------------------------

_REPORT_FIELDS: dict[str, str] = {
    "attendees": N_("Số người tại điểm cầu"),
    "streaming_pages": N_("Số trang phát trực tiếp"),
    "shares": N_("Số lượt chia sẻ"),
    "interactions": N_("Số lượt tương tác"),
}


@dataclass(frozen=True)
class DialogueReportRecord:
    """One unit's report. ``capacity`` is the total of its bridge points' capacities
    (None when none is set)."""

    id: str
    unit_id: str
    unit_name: str
    attendees: int
    streaming_pages: int
    shares: int
    interactions: int
    reported_at: datetime | None
    capacity: int | None

    @property
    def over_capacity(self) -> bool:
        return self.capacity is not None and self.attendees > self.capacity


@dataclass(frozen=True)
class DialogueReports:
    """The units' reports in tree order, and the totals of the event."""

    rows: tuple[DialogueReportRecord, ...]

    @property
    def attendees(self) -> int:
        return sum(r.attendees for r in self.rows)

    @property
    def streaming_pages(self) -> int:
        return sum(r.streaming_pages for r in self.rows)

    @property
    def shares(self) -> int:
        return sum(r.shares for r in self.rows)

    @property
    def interactions(self) -> int:
        return sum(r.interactions for r in self.rows)


def _capacities(session: Session, event_id: str) -> dict[str, int]:
    """Host unit → the seats of its points in this event (points without a capacity left out)."""
    capacities: dict[str, int] = {}
    for host_unit_id, capacity in session.execute(select(BridgePoint.host_unit_id, BridgePoint.capacity).where(
            BridgePoint.event_id == event_id, BridgePoint.deleted_at.is_(None), BridgePoint.capacity.is_not(None))):
        capacities[host_unit_id] = capacities.get(host_unit_id, 0) + capacity
    return capacities


def save_dialogue_report(db: Database, event_id: str, unit_id: str, attendees: int, streaming_pages: int,
                         shares: int, interactions: int) -> list[ValidationError]:
    """Record (or correct) a unit's report; there is one per unit and event. Returns the
    warnings, which do not stop saving: more people than its points hold."""
    values = {"attendees": attendees, "streaming_pages": streaming_pages, "shares": shares,
              "interactions": interactions}
    errors = [ValidationError(tr("{field} phải là số nguyên không âm.").format(field=tr(label)), name)
              for name, label in _REPORT_FIELDS.items()
              if not isinstance(values[name], int) or isinstance(values[name], bool) or values[name] < 0]
    with db.session() as session:
        event = _dialogue_event(session, event_id)
        if _live_unit(session, unit_id) is None:
            errors.insert(0, ValidationError(tr("Chưa chọn đơn vị báo cáo (hoặc đơn vị đã bị xóa)."), "unit_id"))
        if errors:
            raise ValidationErrors(errors)
        warnings = []
        capacity = _capacities(session, event_id).get(unit_id)
        if capacity is not None and attendees > capacity:
            warnings.append(ValidationError(
                trn("{field} ({attendees}) vượt sức chứa điểm cầu của đơn vị (%n người).", capacity).format(
                    field=tr(_REPORT_FIELDS["attendees"]), attendees=attendees),
                "attendees"))
        row = session.scalars(select(DialogueReport).where(
            DialogueReport.event_id == event_id, DialogueReport.unit_id == unit_id,
            DialogueReport.deleted_at.is_(None))).one_or_none()
        if row is None:
            book = new_record_fields(db, session, event.owner_unit_id)[0]
            session.add(DialogueReport(event_id=event_id, unit_id=unit_id, **values, reported_at=utcnow(), **book))
        elif any(getattr(row, k) != v for k, v in values.items()):
            for k, v in values.items():
                setattr(row, k, v)
            row.reported_at = utcnow()
            touch(row, session)
    return warnings


def list_dialogue_reports(db: Database, event_id: str) -> DialogueReports:
    """The live reports of an event with unit names, in tree order, and their totals."""
    tree = load_tree(db)
    with db.session() as session:
        _event(session, event_id)
        capacities = _capacities(session, event_id)
        rows = session.scalars(select(DialogueReport).where(
            DialogueReport.event_id == event_id, DialogueReport.deleted_at.is_(None))).all()
        records = [DialogueReportRecord(
            r.id, r.unit_id, tree.by_id[r.unit_id].name if r.unit_id in tree.by_id else "", r.attendees,
            r.streaming_pages, r.shares, r.interactions, r.reported_at, capacities.get(r.unit_id)) for r in rows]
    order = _tree_order(tree)
    return DialogueReports(tuple(sorted(records, key=lambda r: order.get(r.unit_id, len(order)))))
