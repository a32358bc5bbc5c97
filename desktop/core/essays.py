"""Personal essays (bài thu hoạch) of an event: who must write, what came in, grades,
copied essays, and the figures per unit.

*Who must write*: everyone invited to the event, or only those holding the positions the
requirement names. An essay is *late* when received after the deadline's day. Essays of
members holding a "forward" position are marked to go up to the province with the report
package (the officer can change the mark).

Files go into the application's store by content (``desktop.core.file_store``), in a
``store`` folder beside the database; the text is extracted once (``essay_text``) and kept
with the essay. A member has one live essay per event: handing in again replaces it.

Grades follow the requirement's scale (default Tốt / Khá / Đạt / Chưa đạt); with a rubric
the total of the criteria picks the grade by its bands. With double marking, two markers
grade independently (marker 1 and 2); when they agree that is the grade, otherwise a
reconciliation (marker 0) settles it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Sequence

from sqlalchemy import select

from desktop.core import vntext
from desktop.core.errors import InputFileError, NotFoundError, ValidationError, ValidationErrors
from desktop.core.essay_similarity import THRESHOLD, shared_passages, similar_pairs
from desktop.core.essay_text import ACCEPTED, ExtractedText, extract_text
from desktop.core.file_store import open_stored, put_file, store_root
from desktop.core.members import POSITION_LABELS
from desktop.core.records import new_record_fields, touch
from desktop.db.engine import Database
from desktop.db.models import Essay, EssayGrade, EssayRequirement, Event, Member, SimilarityFlag
from desktop.i18n import N_, tr

DEFAULT_SCALE = ["Tốt", "Khá", "Đạt", "Chưa đạt"]  # i18n: vi — grade names are data (saved rules)
# The executive committee and the secretaries' essays go up to the province (the second source document).
DEFAULT_FORWARD = ["secretary", "deputy_secretary", "standing_member", "exec_member"]
FLAG_STATUSES = {"open": N_("Chưa xem"), "confirmed": N_("Sao chép"), "dismissed": N_("Không sao chép")}


def essay_store(db: Database) -> Path:
    return store_root(db.path.parent)


# --- requirements ---------------------------------------------------------------------------


@dataclass
class Criterion:
    name: str
    max_score: float


@dataclass
class EssayRules:
    positions: list[str] = field(default_factory=list)          # empty: everyone invited
    deadline: datetime | None = None
    forward_positions: list[str] = field(default_factory=lambda: list(DEFAULT_FORWARD))
    scale: list[str] = field(default_factory=lambda: list(DEFAULT_SCALE))
    rubric: list[Criterion] = field(default_factory=list)
    bands: list[float] = field(default_factory=list)             # minimum totals of each grade but the last
    double_marking: bool = False

    @property
    def rubric_total(self) -> float:
        return sum(c.max_score for c in self.rubric)

    def grade_for(self, total: float) -> str:
        """The grade a rubric total earns: the first band it reaches, else the last grade."""
        for grade, minimum in zip(self.scale, self.bands):
            if total >= minimum:
                return grade
        return self.scale[-1]


def check_rules(rules: EssayRules) -> list[ValidationError]:
    problems = []
    unknown = [p for p in [*rules.positions, *rules.forward_positions] if p not in POSITION_LABELS]
    if unknown:
        problems.append(ValidationError(tr("Chức vụ không có: {positions}.").format(positions=", ".join(unknown)),
                                        "positions"))
    scale = [vntext.normalize(g) for g in rules.scale]
    if len(scale) < 2 or any(not g for g in scale) or len(set(scale)) != len(scale):
        problems.append(ValidationError(tr("Thang xếp loại cần ít nhất 2 mức, không trống, không trùng nhau."),
                                        "scale"))
    if rules.rubric and len(scale) >= 2:  # bands are counted against a valid scale only
        if any(not vntext.normalize(c.name) or c.max_score <= 0 for c in rules.rubric):
            problems.append(ValidationError(tr("Mỗi tiêu chí chấm cần tên và điểm tối đa lớn hơn 0."), "rubric"))
        if len(rules.bands) != len(scale) - 1:
            problems.append(ValidationError(tr("Cần {count} mức điểm tối thiểu cho các loại {grades}.").format(
                count=len(scale) - 1, grades=", ".join(scale[:-1])), "bands"))
        elif any(a <= b for a, b in zip(rules.bands, rules.bands[1:])) or \
                any(not 0 <= b <= rules.rubric_total for b in rules.bands):
            problems.append(ValidationError(tr("Mức điểm tối thiểu phải giảm dần và trong khoảng "
                                               "0–{rubric_total:g}.").format(rubric_total=rules.rubric_total),
                                            "bands"))
    return problems


def load_rules(db: Database, event_id: str) -> EssayRules | None:
    with db.session() as session:
        row = session.scalar(select(EssayRequirement).where(EssayRequirement.event_id == event_id,
                                                            EssayRequirement.deleted_at.is_(None)))
        if row is None:
            return None
        return EssayRules(json.loads(row.positions), row.deadline, json.loads(row.forward_positions),
                          json.loads(row.scale) or list(DEFAULT_SCALE),
                          [Criterion(c["name"], c["max"]) for c in json.loads(row.rubric)], json.loads(row.bands),
                          row.double_marking)


def save_rules(db: Database, event_id: str, rules: EssayRules) -> None:
    problems = check_rules(rules)
    if problems:
        raise ValidationErrors(problems)
    values = {"positions": json.dumps(rules.positions), "deadline": rules.deadline,
              "forward_positions": json.dumps(rules.forward_positions),
              "scale": json.dumps([vntext.normalize(g) for g in rules.scale], ensure_ascii=False),
              "rubric": json.dumps([{"name": vntext.normalize(c.name), "max": c.max_score} for c in rules.rubric],
                                   ensure_ascii=False),
              "bands": json.dumps(rules.bands if rules.rubric else []), "double_marking": rules.double_marking}
    with db.session() as session:
        event = _event(session, event_id)
        row = session.scalar(select(EssayRequirement).where(EssayRequirement.event_id == event_id,
                                                            EssayRequirement.deleted_at.is_(None)))
        if row is None:
            session.add(EssayRequirement(event_id=event_id, **values,
                                         **new_record_fields(db, session, event.organiser_unit_id)[0]))
        elif any(getattr(row, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            touch(row, session)


def _event(session, event_id: str) -> Event:
    event = session.get(Event, event_id)
    if event is None or event.deleted_at is not None:
        raise NotFoundError(tr("Không tìm thấy hội nghị (có thể đã bị xóa)."))
    return event


def rules_or_default(db: Database, event_id: str) -> EssayRules:
    return load_rules(db, event_id) or EssayRules()


# --- who must write, the register ---------------------------------------------------------------


@dataclass(frozen=True)
class Writer:
    member_id: str
    full_name: str
    position: str
    unit_id: str
    unit_name: str
    sort_key: str


def _writers(db: Database, event_id: str, rules: EssayRules) -> dict[str, Writer]:
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT m.id, m.family_name, m.middle_name, m.given_name, m.position, u.id, u.name, m.sort_key "
            "FROM invitations i JOIN members m ON m.id = i.member_id JOIN units u ON u.id = m.branch_id "
            "WHERE i.event_id = ? AND i.deleted_at IS NULL AND m.deleted_at IS NULL ORDER BY m.sort_key",
            (event_id,)).all()
    return {r[0]: Writer(r[0], " ".join(f"{r[1]} {r[2]} {r[3]}".split()), r[4], r[5], r[6], r[7]) for r in rows
            if not rules.positions or r[4] in rules.positions}


@dataclass(frozen=True)
class RegisterRow:
    member_id: str
    full_name: str
    position: str
    unit_name: str
    required: bool
    essay_id: str | None = None
    received_on: date | None = None
    late: bool = False
    on_paper: bool = False
    file_name: str = ""
    file_kind: str = ""
    word_count: int = 0
    grade: str = ""              # the final grade ("" while not graded)
    marks: tuple[str, ...] = ()  # independent marks given so far (double marking)
    forward: bool = False
    open_flags: int = 0
    confirmed_copy: bool = False
    unit_id: str = ""

    @property
    def position_label(self) -> str:
        return POSITION_LABELS.get(self.position, self.position)

    @property
    def state(self) -> str:
        if self.essay_id is None:
            return "missing" if self.required else "none"
        return "late" if self.late else "received"

    @property
    def state_label(self) -> str:
        # Vietnamese here (the register document prints it); screens pass it through tr().
        return {"missing": N_("Chưa nộp"), "none": "", "late": N_("Nộp muộn"), "received": N_("Đã nộp")}[self.state]


def _is_late(received: date | None, rules: EssayRules) -> bool:
    return received is not None and rules.deadline is not None and received > rules.deadline.date()


def essay_register(db: Database, event_id: str) -> list[RegisterRow]:
    """Everyone who must write (and anyone else who handed an essay in), in name order."""
    rules = rules_or_default(db, event_id)
    writers = _writers(db, event_id, rules)
    with db.engine.connect() as conn:
        essays = {r[1]: r for r in conn.exec_driver_sql(
            "SELECT e.id, e.member_id, e.received_on, e.on_paper, e.file_name, e.file_kind, e.word_count, e.forward, "
            "m.family_name, m.middle_name, m.given_name, m.position, u.id, u.name, m.sort_key FROM essays e "
            "JOIN members m ON m.id = e.member_id JOIN units u ON u.id = m.branch_id "
            "WHERE e.event_id = ? AND e.deleted_at IS NULL", (event_id,))}
        grades: dict[str, dict[int, str]] = {}
        for essay_id, marker, grade in conn.exec_driver_sql(
                "SELECT g.essay_id, g.marker, g.grade FROM essay_grades g JOIN essays e ON e.id = g.essay_id "
                "WHERE e.event_id = ? AND g.deleted_at IS NULL AND e.deleted_at IS NULL", (event_id,)):
            grades.setdefault(essay_id, {})[marker] = grade
        flags: dict[str, list[str]] = {}
        for a, b, status in conn.exec_driver_sql(
                "SELECT essay_a_id, essay_b_id, status FROM similarity_flags WHERE event_id = ? AND deleted_at IS NULL",
                (event_id,)):
            flags.setdefault(a, []).append(status)
            flags.setdefault(b, []).append(status)
    rows = []
    members = dict(writers)
    for member_id, e in essays.items():
        if member_id not in members:
            members[member_id] = Writer(member_id, " ".join(f"{e[8]} {e[9]} {e[10]}".split()), e[11], e[12], e[13],
                                        e[14])
    for writer in sorted(members.values(), key=lambda w: w.sort_key):
        essay = essays.get(writer.member_id)
        required = writer.member_id in writers
        if essay is None:
            rows.append(RegisterRow(writer.member_id, writer.full_name, writer.position, writer.unit_name, required,
                                    unit_id=writer.unit_id))
            continue
        received = date.fromisoformat(essay[2])
        marks = grades.get(essay[0], {})
        statuses = flags.get(essay[0], [])
        rows.append(RegisterRow(writer.member_id, writer.full_name, writer.position, writer.unit_name, required,
                                essay[0], received, _is_late(received, rules), bool(essay[3]), essay[4], essay[5],
                                essay[6], _final_grade(marks, rules), tuple(marks[m] for m in (1, 2) if m in marks),
                                bool(essay[7]), statuses.count("open"), "confirmed" in statuses, writer.unit_id))
    return rows


def _final_grade(marks: dict[int, str], rules: EssayRules) -> str:
    if 0 in marks:
        return marks[0]
    if rules.double_marking and 1 in marks and 2 in marks and marks[1] == marks[2]:
        return marks[1]
    if not rules.double_marking and 1 in marks:
        return marks[1]
    return ""


# --- handing in ------------------------------------------------------------------------------


def add_essay(db: Database, event_id: str, member_id: str, path: str | Path | None, *,
              received_on: date | None = None, notes: str = "") -> str:
    """Record a member's essay: a file (kept in the store, its text extracted) or, with no
    ``path``, a paper essay. A second essay from the same member replaces the first."""
    text, kind, sha256, name = "", "", "", ""
    if path is not None:
        path = Path(path)
        if not path.is_file():
            raise InputFileError(tr("Không tìm thấy tệp {path}.").format(path=path))
        extracted = extract_text(path)
        sha256 = put_file(essay_store(db), path)
        text, kind, name = extracted.text, extracted.kind, path.name
    return _record_essay(db, event_id, member_id, received_on or date.today(), path is None, sha256, name, kind,
                         text, notes)


def _record_essay(db: Database, event_id: str, member_id: str, received_on: date, on_paper: bool, sha256: str,
                  name: str, kind: str, text: str, notes: str, session=None) -> str:
    rules = rules_or_default(db, event_id)

    def write(session) -> str:
        _event(session, event_id)
        member = session.get(Member, member_id)
        if member is None or member.deleted_at is not None:
            raise NotFoundError(tr("Không tìm thấy đoàn viên (có thể đã bị xóa)."))
        for old in session.scalars(select(Essay).where(Essay.event_id == event_id, Essay.member_id == member_id,
                                                       Essay.deleted_at.is_(None))):
            touch(old, session, deleted=True)
        session.flush()
        book = new_record_fields(db, session, member.branch_id)[0]
        session.add(Essay(event_id=event_id, member_id=member_id, received_on=received_on, on_paper=on_paper,
                          file_sha256=sha256, file_name=name, file_kind=kind, body=text,
                          word_count=ExtractedText(kind, text).word_count,
                          forward=member.position in rules.forward_positions, notes=vntext.normalize(notes), **book))
        return book["id"]

    if session is not None:
        return write(session)
    with db.session() as own:
        return write(own)


def essay_file(db: Database, essay_id: str) -> tuple[Path, str]:
    """The stored file of an essay and its original name (to open or save a copy)."""
    with db.session() as session:
        essay = session.get(Essay, essay_id)
        if essay is None or not essay.file_sha256:
            raise NotFoundError(tr("Bài thu hoạch này không có tệp (nộp bản giấy)."))
        return open_stored(essay_store(db), essay.file_sha256), essay.file_name


def essay_text(db: Database, essay_id: str) -> str:
    with db.session() as session:
        essay = session.get(Essay, essay_id)
        if essay is None:
            raise NotFoundError(tr("Không tìm thấy bài thu hoạch."))
        return essay.body


def remove_essay(db: Database, essay_id: str) -> None:
    with db.session() as session:
        essay = session.get(Essay, essay_id)
        if essay is None or essay.deleted_at is not None:
            raise NotFoundError(tr("Không tìm thấy bài thu hoạch."))
        touch(essay, session, deleted=True)


def set_forward(db: Database, essay_ids: Iterable[str], forward: bool) -> None:
    with db.session() as session:
        for essay_id in essay_ids:
            essay = session.get(Essay, essay_id)
            if essay is not None and essay.forward != forward:
                essay.forward = forward
                touch(essay, session)


# --- a whole folder ------------------------------------------------------------------------------


@dataclass(frozen=True)
class FolderMatch:
    path: Path
    member_id: str | None
    full_name: str = ""
    reason: str = ""           # why it could not be matched
    candidates: tuple[str, ...] = ()


@dataclass
class FolderPreview:
    folder: Path
    matched: list[FolderMatch] = field(default_factory=list)
    unmatched: list[FolderMatch] = field(default_factory=list)
    skipped: list[FolderMatch] = field(default_factory=list)   # not an essay file type

    def as_dict(self) -> dict:
        return {"folder": str(self.folder),
                "matched": [{"file": m.path.name, "member_id": m.member_id, "member": m.full_name}
                            for m in self.matched],
                "unmatched": [{"file": m.path.name, "reason": m.reason, "candidates": list(m.candidates)}
                              for m in self.unmatched],
                "skipped": [{"file": m.path.name, "reason": m.reason} for m in self.skipped]}


def _name_tokens(stem: str) -> list[str]:
    """A file name's words, folded: 'BTH_NguyenVanAn-ChiDoan1' → bth nguyen van an chi doan 1."""
    import re

    spaced = re.sub(r"(?<=[a-zà-ỹđ])(?=[A-ZÀ-ỸĐ])", " ", vntext.normalize(stem))  # i18n: vi
    return re.findall(r"[a-z0-9]+", vntext.fold(spaced.replace("_", " ")))


def preview_folder(db: Database, event_id: str, folder: str | Path) -> FolderPreview:
    """Match each file of ``folder`` to an invited member by the name in the file name
    (tones, case, spacing and separators ignored; the longest name found wins)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputFileError(tr("Không tìm thấy thư mục {folder}.").format(folder=folder))
    writers = _writers(db, event_id, EssayRules(positions=[]))  # anyone invited may hand one in
    by_name: dict[str, list[Writer]] = {}
    for writer in writers.values():
        by_name.setdefault(" ".join(_name_tokens(writer.full_name)), []).append(writer)
    preview = FolderPreview(folder)
    for path in sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")):
        if path.suffix.lower() not in ACCEPTED:
            preview.skipped.append(FolderMatch(path, None, reason=tr("không phải tệp bài thu hoạch "
                                                                     "(.docx, .pdf, .txt, ảnh)")))
            continue
        tokens = _name_tokens(path.stem)
        joined = " ".join(tokens)
        squeezed = "".join(tokens)
        found: list[tuple[int, Writer]] = []
        for name, holders in by_name.items():
            if f" {name} " in f" {joined} " or name.replace(" ", "") in squeezed and len(name.split()) >= 2:
                found.extend((len(name), w) for w in holders)
        if found:
            longest = max(length for length, _ in found)
            found = [(length, w) for length, w in found if length == longest]
        people = {w.member_id: w for _, w in found}
        if len(people) == 1:
            writer = next(iter(people.values()))
            preview.matched.append(FolderMatch(path, writer.member_id, writer.full_name))
        elif people:
            preview.unmatched.append(FolderMatch(path, None, reason=tr("nhiều người cùng tên: chọn bằng tay"),
                                                 candidates=tuple(f"{w.full_name} ({w.unit_name})"
                                                                  for w in people.values())))
        else:
            preview.unmatched.append(FolderMatch(path, None, reason=tr("tên tệp không khớp ai trong danh sách")))
    taken: dict[str, FolderMatch] = {}
    kept = []
    for match in preview.matched:
        if match.member_id in taken:
            preview.unmatched.append(FolderMatch(match.path, None, reason=tr("{full_name} đã có tệp {file}").format(
                full_name=match.full_name, file=taken[match.member_id].path.name)))
        else:
            taken[match.member_id] = match
            kept.append(match)
    preview.matched = kept
    return preview


def apply_folder(db: Database, event_id: str, preview: FolderPreview, *, received_on: date | None = None,
                 links: dict[str, str] | None = None) -> int:
    """Record the matched files (and the unmatched ones the officer linked: file name →
    member id) in one transaction; every file is read and stored first, so a file that
    cannot be read stops the import before anything is recorded."""
    links = links or {}
    chosen = [(m.path, m.member_id) for m in preview.matched]
    chosen += [(m.path, links[m.path.name]) for m in preview.unmatched if m.path.name in links]
    store = essay_store(db)
    prepared = []
    for path, member_id in chosen:
        extracted = extract_text(path)
        prepared.append((member_id, put_file(store, path), path.name, extracted.kind, extracted.text))
    when = received_on or date.today()
    with db.session() as session:
        for member_id, sha256, name, kind, text in prepared:
            _record_essay(db, event_id, member_id, when, False, sha256, name, kind, text, "", session=session)
    return len(prepared)


# --- grading -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class GradeInput:
    grade: str = ""                              # chosen directly (no rubric)
    scores: Sequence[float] = ()                 # one per rubric criterion
    grader: str = ""
    comment: str = ""
    graded_on: date | None = None


def grade_essay(db: Database, essay_id: str, mark: GradeInput, *, marker: int = 0) -> str:
    """Grade an essay (``marker`` 1 or 2 for double marking, 0 for the final grade).
    With a rubric the grade follows from the scores. Returns the grade given."""
    with db.session() as session:
        essay = session.get(Essay, essay_id)
        if essay is None or essay.deleted_at is not None:
            raise NotFoundError(tr("Không tìm thấy bài thu hoạch."))
        rules = rules_or_default(db, essay.event_id)
        if marker not in (0, 1, 2):
            raise ValidationError(tr("Người chấm là 1, 2 (chấm độc lập) hoặc 0 (kết quả cuối)."), "marker")
        if not rules.double_marking and marker != 0:
            marker = 0
        total = None
        if rules.rubric:
            if len(mark.scores) != len(rules.rubric):
                raise ValidationError(tr("Cần điểm của đủ {count} tiêu chí.").format(count=len(rules.rubric)), "scores")
            for criterion, score in zip(rules.rubric, mark.scores):
                if not 0 <= score <= criterion.max_score:
                    raise ValidationError(tr("Điểm «{criterion}» phải từ 0 đến {max_score:g}.").format(
                        criterion=criterion.name, max_score=criterion.max_score), "scores")
            total = float(sum(mark.scores))
            grade = rules.grade_for(total) if not mark.grade else mark.grade
        else:
            grade = vntext.normalize(mark.grade)
        if grade not in rules.scale:
            raise ValidationError(tr("Xếp loại «{grade}» không có trong thang: {scale}.").format(
                grade=grade, scale=", ".join(rules.scale)), "grade")
        values = {"grade": grade, "scores": json.dumps(list(mark.scores)), "total": total,
                  "grader": vntext.normalize(mark.grader), "graded_on": mark.graded_on or date.today(),
                  "comment": vntext.normalize(mark.comment)}
        row = session.scalar(select(EssayGrade).where(EssayGrade.essay_id == essay_id, EssayGrade.marker == marker,
                                                      EssayGrade.deleted_at.is_(None)))
        if row is None:
            session.add(EssayGrade(essay_id=essay_id, marker=marker, **values,
                                   **new_record_fields(db, session, essay.owner_unit_id)[0]))
        else:
            for key, value in values.items():
                setattr(row, key, value)
            touch(row, session)
        return grade


@dataclass(frozen=True)
class Mark:
    marker: int
    grade: str
    scores: tuple[float, ...]
    total: float | None
    grader: str
    graded_on: date
    comment: str


def essay_marks(db: Database, essay_id: str) -> dict[int, Mark]:
    with db.session() as session:
        return {g.marker: Mark(g.marker, g.grade, tuple(json.loads(g.scores)), g.total, g.grader, g.graded_on,
                               g.comment)
                for g in session.scalars(select(EssayGrade).where(EssayGrade.essay_id == essay_id,
                                                                  EssayGrade.deleted_at.is_(None)))}


def needs_reconciliation(db: Database, essay_id: str) -> bool:
    marks = essay_marks(db, essay_id)
    return 1 in marks and 2 in marks and 0 not in marks and marks[1].grade != marks[2].grade


# --- copied essays -------------------------------------------------------------------------------


@dataclass(frozen=True)
class FlagRow:
    flag_id: str
    score: float
    status: str
    essay_a: str
    name_a: str
    unit_a: str
    essay_b: str
    name_b: str
    unit_b: str

    @property
    def status_label(self) -> str:
        return tr(FLAG_STATUSES[self.status])


def run_similarity(db: Database, event_id: str, threshold: float = THRESHOLD) -> list[FlagRow]:
    """Compare every pair of the event's essays with text; new pairs above the threshold
    are flagged (open), flags already decided keep their decision. Returns all flags."""
    with db.engine.connect() as conn:
        texts = dict(conn.exec_driver_sql(
            "SELECT id, body FROM essays WHERE event_id = ? AND deleted_at IS NULL AND body != ''",
            (event_id,)).all())
    pairs = similar_pairs(texts, threshold)
    with db.session() as session:
        event = _event(session, event_id)
        existing = {(f.essay_a_id, f.essay_b_id): f for f in session.scalars(select(SimilarityFlag).where(
            SimilarityFlag.event_id == event_id, SimilarityFlag.deleted_at.is_(None)))}
        for pair in pairs:
            flag = existing.get((pair.a, pair.b))
            if flag is None:
                session.add(SimilarityFlag(event_id=event_id, essay_a_id=pair.a, essay_b_id=pair.b, score=pair.score,
                                           status="open", decided_by="", note="",
                                           **new_record_fields(db, session, event.organiser_unit_id)[0]))
            elif abs(flag.score - pair.score) > 1e-4:
                flag.score = pair.score
                touch(flag, session)
    return similarity_flags(db, event_id)


def similarity_flags(db: Database, event_id: str) -> list[FlagRow]:
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT f.id, f.score, f.status, a.id, ma.family_name || ' ' || ma.middle_name || ' ' || ma.given_name, "
            "ua.name, b.id, mb.family_name || ' ' || mb.middle_name || ' ' || mb.given_name, ub.name "
            "FROM similarity_flags f JOIN essays a ON a.id = f.essay_a_id JOIN essays b ON b.id = f.essay_b_id "
            "JOIN members ma ON ma.id = a.member_id JOIN members mb ON mb.id = b.member_id "
            "JOIN units ua ON ua.id = ma.branch_id JOIN units ub ON ub.id = mb.branch_id "
            "WHERE f.event_id = ? AND f.deleted_at IS NULL AND a.deleted_at IS NULL AND b.deleted_at IS NULL "
            "ORDER BY f.status != 'open', f.score DESC", (event_id,)).all()
    return [FlagRow(r[0], r[1], r[2], r[3], " ".join(r[4].split()), r[5], r[6], " ".join(r[7].split()), r[8])
            for r in rows]


def decide_flag(db: Database, flag_id: str, status: str, *, by: str = "", note: str = "") -> None:
    if status not in FLAG_STATUSES:
        raise ValidationError(tr("Kết luận phải là: chưa xem, sao chép, hoặc không sao chép."), "status")
    with db.session() as session:
        flag = session.get(SimilarityFlag, flag_id)
        if flag is None or flag.deleted_at is not None:
            raise NotFoundError(tr("Không tìm thấy cặp bài giống nhau."))
        flag.status, flag.decided_by, flag.note = status, vntext.normalize(by), vntext.normalize(note)
        touch(flag, session)


@dataclass(frozen=True)
class Comparison:
    flag: FlagRow
    text_a: str
    text_b: str
    passages: list


def compare(db: Database, flag_id: str) -> Comparison:
    """The two essays of a flag and the passages they share, for side-by-side reading."""
    with db.session() as session:
        flag = session.get(SimilarityFlag, flag_id)
        if flag is None:
            raise NotFoundError(tr("Không tìm thấy cặp bài giống nhau."))
        event_id = flag.event_id
    row = next(f for f in similarity_flags(db, event_id) if f.flag_id == flag_id)
    text_a, text_b = essay_text(db, row.essay_a), essay_text(db, row.essay_b)
    return Comparison(row, text_a, text_b, shared_passages(text_a, text_b))


# --- figures -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EssayUnitRow:
    unit_name: str
    required: int
    received: int
    late: int
    missing: int
    graded: int
    grades: dict[str, int]
    forwarded: int


@dataclass(frozen=True)
class EssaySummary:
    scale: list[str]
    units: list[EssayUnitRow]
    total: EssayUnitRow
    missing: list[RegisterRow]
    confirmed_copies: int

    def as_dict(self) -> dict:
        def unit(row: EssayUnitRow) -> dict:
            return {"unit": row.unit_name, "required": row.required, "received": row.received, "late": row.late,
                    "missing": row.missing, "graded": row.graded, "grades": row.grades, "forwarded": row.forwarded}

        return {"scale": self.scale, "units": [unit(u) for u in self.units], "total": unit(self.total),
                "missing": [{"member_id": r.member_id, "full_name": r.full_name, "unit": r.unit_name}
                            for r in self.missing], "confirmed_copies": self.confirmed_copies}


def essay_summary(db: Database, event_id: str, *, group: dict[str, str] | None = None,
                  register: list[RegisterRow] | None = None) -> EssaySummary:
    """Figures per unit; ``group`` maps a member's unit id to the name of the row it
    counts in (a report groups by the organiser's subordinate units), else its own unit.
    ``register`` is the event's register when the caller has read it already."""
    rules = rules_or_default(db, event_id)
    register = register if register is not None else essay_register(db, event_id)
    by_unit: dict[str, list[RegisterRow]] = {}
    for row in register:
        by_unit.setdefault(group.get(row.unit_id, row.unit_name) if group else row.unit_name, []).append(row)

    def figures(name: str, rows: list[RegisterRow]) -> EssayUnitRow:
        received = [r for r in rows if r.essay_id]
        return EssayUnitRow(name, sum(r.required for r in rows), len(received), sum(r.late for r in received),
                            sum(r.state == "missing" for r in rows), sum(bool(r.grade) for r in received),
                            {g: sum(r.grade == g for r in received) for g in rules.scale},
                            sum(r.forward for r in received))

    units = [figures(name, rows) for name, rows in sorted(by_unit.items(), key=lambda item: vntext.fold(item[0]))]
    return EssaySummary(rules.scale, units, figures(tr("Tổng cộng"), register),
                        [r for r in register if r.state == "missing"],
                        sum(r.confirmed_copy for r in register if r.essay_id))


def write_essay_summary_xlsx(db: Database, event_id: str, path: str | Path) -> Path:
    """Per unit (totals as formulas), the missing list, and the essays to forward."""

    from desktop.core.event_reports import organiser_letterhead
    from desktop.core.events import load_event_plan
    from desktop.core.list_sheet import ListBook

    plan = load_event_plan(db, event_id)
    book = ListBook(organiser_letterhead(db, plan.organiser_unit_id, None))
    add_essay_sheets(book, db, event_id, plan.title)
    return book.save(path)


def add_essay_sheets(book, db: Database, event_id: str, title: str) -> None:
    """The essays' sheets (per unit, missing, forwarded) added to a ``ListBook``."""
    from openpyxl.utils import get_column_letter

    summary = essay_summary(db, event_id)
    # i18n: vi-begin — the workbook is the Union's document
    grade_columns = [(f"Xếp loại {g}", 11) for g in summary.scale]
    sheet = book.sheet("Bài thu hoạch theo đơn vị", "TỔNG HỢP BÀI THU HOẠCH THEO ĐƠN VỊ", title, [
        ("STT", 6), ("Đơn vị", 36), ("Phải nộp", 10), ("Đã nộp", 10), ("Nộp muộn", 10), ("Chưa nộp", 10),
        ("Đã chấm", 10), *grade_columns, ("Gửi lên tỉnh", 11)])
    first = sheet.header_row + 1
    for index, unit in enumerate(summary.units):
        sheet.write_row(first + index, [index + 1, unit.unit_name, unit.required, unit.received, unit.late,
                                        unit.missing, unit.graded, *(unit.grades[g] for g in summary.scale),
                                        unit.forwarded])
    last = first + len(summary.units) - 1
    columns = 8 + len(summary.scale)
    sums = [f"=SUM({get_column_letter(c)}{first}:{get_column_letter(c)}{last})" if summary.units else 0
            for c in range(3, columns + 1)]
    sheet.write_row(last + 1, ["", "Tổng cộng", *sums], bold=True)
    missing = book.sheet("Chưa nộp", "DANH SÁCH CHƯA NỘP BÀI THU HOẠCH", title,
                              [("STT", 6), ("Họ và tên", 28), ("Chức vụ", 16), ("Đơn vị", 36)])
    for index, row in enumerate(summary.missing):
        missing.write_row(missing.header_row + 1 + index, [index + 1, row.full_name, row.position_label,
                                                           row.unit_name])
    forwarded = book.sheet("Gửi lên tỉnh", "BÀI THU HOẠCH GỬI BAN TUYÊN GIÁO TỈNH ĐOÀN", title,
                                [("STT", 6), ("Họ và tên", 28), ("Chức vụ", 16), ("Đơn vị", 34), ("Xếp loại", 12),
                                 ("Tệp", 30)])
    rows = [r for r in essay_register(db, event_id) if r.forward and r.essay_id]
    for index, row in enumerate(rows):
        forwarded.write_row(forwarded.header_row + 1 + index, [index + 1, row.full_name, row.position_label,
                                                               row.unit_name, row.grade,
                                                               row.file_name or "Bản giấy"])
    # i18n: vi-end

