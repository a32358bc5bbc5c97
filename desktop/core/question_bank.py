"""Question banks kept in the database: import (previewed, then all or nothing), list,
read back, export to the spreadsheet template.

A file is imported into the bank of the same name (made when there is none): questions
it already holds — the same text, options and right answers however they are typed —
are left alone, so importing a file twice adds nothing. A file with errors imports
nothing unless the officer asks to skip the refused questions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from desktop.core import vntext
from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.question_formats import LETTERS, ParsedBank, ParsedQuestion, read_question_file
from desktop.core.records import new_record_fields
from desktop.db.bulk import insert_rows, storage_datetime
from desktop.db.engine import Database
from desktop.db.models import Installation, Question, QuestionBank
from desktop.i18n import tr


@dataclass(frozen=True)
class StoredQuestion:
    id: str
    topic: str
    text: str
    options: tuple[str, ...]
    correct: tuple[int, ...]
    explanation: str

    @property
    def answer_letters(self) -> str:
        return ", ".join(LETTERS[i] for i in self.correct)


@dataclass(frozen=True)
class BankSummary:
    id: str
    name: str
    source_file: str
    question_count: int
    topics: dict[str, int]


@dataclass
class BankImportPreview:
    parsed: ParsedBank
    bank_id: str | None      # the bank the questions go to (None: a new one named bank_name)
    bank_name: str
    new: list[ParsedQuestion]
    unchanged: int

    def as_dict(self) -> dict:
        return {"file": self.parsed.file, "format": self.parsed.format, "bank": self.bank_name,
                "bank_id": self.bank_id, "questions": len(self.parsed.questions), "new": len(self.new),
                "unchanged": self.unchanged, "topics": self.parsed.topics,
                "errors": [p.as_dict() for p in self.parsed.errors],
                "warnings": [p.as_dict() for p in self.parsed.problems if p.severity == "warning"]}


def _bank_by_name(db: Database, name: str) -> str | None:
    with db.session() as session:
        return session.scalar(select(QuestionBank.id).where(
            QuestionBank.name_folded == vntext.fold(name), QuestionBank.deleted_at.is_(None)))


def preview_bank_import(db: Database, path: str | Path, bank_name: str | None = None) -> BankImportPreview:
    parsed = read_question_file(path)
    name = vntext.normalize(bank_name or Path(path).stem.replace("_", " "))
    bank_id = _bank_by_name(db, name)
    held: set[str] = set()
    if bank_id is not None:
        with db.session() as session:
            held = set(session.scalars(select(Question.fingerprint).where(
                Question.bank_id == bank_id, Question.deleted_at.is_(None))))
    new = [q for q in parsed.questions if q.fingerprint not in held]
    return BankImportPreview(parsed, bank_id, name, new, len(parsed.questions) - len(new))


def apply_bank_import(db: Database, preview: BankImportPreview, *, skip_invalid: bool = False) -> str:
    """Add the preview's new questions in one transaction; returns the bank's id."""
    if preview.parsed.errors and not skip_invalid:
        raise ValidationError(tr("Tệp {file} có {count} câu lỗi: chưa nhập gì. Sửa tệp, hoặc chọn bỏ qua các câu "
                                 "lỗi.").format(file=preview.parsed.file, count=len(preview.parsed.errors)), "file")
    with db.session() as session:
        owner = session.scalar(select(Installation.home_unit_id).where(Installation.id == 1))
        bank_id = preview.bank_id
        if bank_id is None:
            bank_id = _bank_by_name(db, preview.bank_name)
        if bank_id is None:
            book = new_record_fields(db, session, owner)[0]
            session.add(QuestionBank(name=preview.bank_name, name_folded=vntext.fold(preview.bank_name),
                                     source_file=preview.parsed.file, notes="", **book))
            bank_id = book["id"]
        start = session.scalar(select(func.coalesce(func.max(Question.position), 0)).where(
            Question.bank_id == bank_id)) or 0
        held = set(session.scalars(select(Question.fingerprint).where(
            Question.bank_id == bank_id, Question.deleted_at.is_(None))))
        new = [q for q in preview.new if q.fingerprint not in held]
        if new:
            books = new_record_fields(db, session, owner, len(new))
            now = storage_datetime(books[0]["created_at"])
            session.flush()
            insert_rows(session, "questions",
                        ("id", "change_seq", "topic", "question_text", "options", "correct", "explanation",
                         "fingerprint", "position"),
                        [(book["id"], book["change_seq"], q.topic, q.text, json.dumps(q.options, ensure_ascii=False),
                          json.dumps(q.correct), q.explanation, q.fingerprint, start + i + 1)
                         for i, (q, book) in enumerate(zip(new, books))],
                        {"owner_unit_id": owner, "created_at": now, "updated_at": now, "revision": 1,
                         "origin": db.installation_id, "bank_id": bank_id})
        return bank_id


def import_bank_file(db: Database, path: str | Path, bank_name: str | None = None, *,
                     skip_invalid: bool = False) -> tuple[BankImportPreview, str]:
    preview = preview_bank_import(db, path, bank_name)
    return preview, apply_bank_import(db, preview, skip_invalid=skip_invalid)


def list_banks(db: Database) -> list[BankSummary]:
    with db.engine.connect() as conn:
        banks = conn.exec_driver_sql(
            "SELECT id, name, source_file FROM question_banks WHERE deleted_at IS NULL ORDER BY name_folded").all()
        topics: dict[str, dict[str, int]] = {}
        for bank_id, topic, count in conn.exec_driver_sql(
                "SELECT bank_id, topic, count(*) FROM questions WHERE deleted_at IS NULL GROUP BY bank_id, topic"):
            topics.setdefault(bank_id, {})[topic] = count
    return [BankSummary(b[0], b[1], b[2], sum(topics.get(b[0], {}).values()), topics.get(b[0], {})) for b in banks]


def find_bank(db: Database, reference: str) -> str:
    """A bank by the first characters of its id or by words of its name."""
    banks = list_banks(db)
    matches = [b.id for b in banks if len(reference) >= 4 and b.id.startswith(reference.lower())]
    if not matches:
        words = vntext.fold(reference).split()
        matches = [b.id for b in banks if words and all(w in vntext.fold(b.name) for w in words)]
    if len(matches) != 1:
        names = "; ".join(f"{b.id[:8]} {b.name}" for b in banks) or tr("chưa có ngân hàng nào")
        raise NotFoundError(tr("Không xác định được ngân hàng câu hỏi «{reference}» ({names}).").format(
            reference=reference, names=names))
    return matches[0]


def bank_questions(db: Database, bank_id: str) -> list[StoredQuestion]:
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT id, topic, question_text, options, correct, explanation FROM questions "
            "WHERE bank_id = ? AND deleted_at IS NULL ORDER BY position", (bank_id,)).all()
    return [StoredQuestion(r[0], r[1], r[2], tuple(json.loads(r[3])), tuple(json.loads(r[4])), r[5]) for r in rows]


def export_bank_xlsx(db: Database, bank_id: str, path: str | Path) -> int:
    """The bank in the import template's layout (so it can be edited and imported back)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from desktop.core.errors import InputFileError

    questions = bank_questions(db, bank_id)
    widest = max((len(q.options) for q in questions), default=4)
    workbook = Workbook()
    ws = workbook.active
    ws.title = "NganHang"
    # i18n: vi-begin — the import template's column names
    header = ["STT", "Câu hỏi", *(f"Đáp án {LETTERS[i]}" for i in range(max(widest, 4))), "Đáp án đúng", "Chủ đề",
              "Giải thích"]
    # i18n: vi-end
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(name="Times New Roman", bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for number, q in enumerate(questions, start=1):
        options = list(q.options) + [""] * (max(widest, 4) - len(q.options))
        ws.append([number, q.text, *options, q.answer_letters, q.topic, q.explanation])
    widths = [6, 60, *([24] * max(widest, 4)), 12, 18, 30]
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(1, index).column_letter].width = width
    ws.freeze_panes = "A2"
    try:
        workbook.save(path)
    except OSError as exc:
        raise InputFileError(tr("Không ghi được tệp {path}: {error}").format(
            path=path, error=exc.strerror or exc)) from exc
    return len(questions)
