"""Reading multiple-choice questions from the files offices receive and exchange.

Four formats, each read into the same :class:`ParsedQuestion` list with a list of
:class:`~desktop.core.errors.Problem` located by line (text formats) or row and column
(spreadsheets), messages in Vietnamese:

* the spreadsheet template (``Câu hỏi | Đáp án A … | Đáp án đúng | Chủ đề``), also with
  more options (E, F), several right answers ("A, C") and an explanation column;
* Aiken: the question on one line, options ``A.`` or ``A)``, then ``ANSWER: B``;
* GIFT, its multiple-choice part: ``::title:: question {=right ~wrong ~wrong}``, weights
  ``~%50%`` for several right answers, ``$CATEGORY:`` for the topic; other GIFT question
  types (true/false, short answer, matching, numbers, essays) are reported, not guessed;
* Moodle XML, ``multichoice`` questions (fraction > 0 marks a right answer) and
  ``category`` entries for the topic; HTML in the texts is reduced to plain text.

Text is normalised to NFC with spaces collapsed. A question is refused (an error) when
it has no text, fewer than two options, or no right answer that names an option.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from desktop.core import spreadsheet, vntext
from desktop.core.errors import InputFileError, Problem
from desktop.i18n import N_, tr

LETTERS = "ABCDEFGH"
# The formats' names, shown through tr().
FORMATS = {"xlsx": N_("Bảng tính"), "aiken": "Aiken", "gift": "GIFT", "moodle": "Moodle XML"}


@dataclass(frozen=True)
class ParsedQuestion:
    text: str
    options: tuple[str, ...]
    correct: tuple[int, ...]        # indices into options, ascending
    topic: str = ""
    explanation: str = ""
    where: str = ""                 # "dòng 12" / "dòng 5": where it came from, for messages

    @property
    def fingerprint(self) -> str:
        """The same question however it is typed (case, tones, spacing): the text, the
        options and the right answers. Re-importing a bank finds its questions by it."""
        parts = [vntext.fold(self.text), *(vntext.fold(o) for o in self.options), ",".join(map(str, self.correct))]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


@dataclass
class ParsedBank:
    file: str
    format: str
    questions: list[ParsedQuestion] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def topics(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for question in self.questions:
            counts[question.topic] = counts.get(question.topic, 0) + 1
        return counts


def _clean(text: object) -> str:
    return vntext.normalize(text)


def _check(bank: ParsedBank, question: ParsedQuestion, *, row: int | None = None, line: int | None = None,
           column: str = "", header: str = "", sheet: str = "") -> None:
    """Add the question, or the reason it is refused."""
    number = row if row is not None else line

    def refuse(message: str) -> None:
        bank.problems.append(Problem("error", message, sheet, number, column, header, bank.file))

    if not question.text:
        refuse(tr("câu hỏi không có nội dung"))
    elif len(question.options) < 2:
        refuse(tr("câu «{question}» có {count} phương án; cần ít nhất 2").format(
            question=_short(question.text), count=len(question.options)))
    elif not question.correct:
        refuse(tr("câu «{question}» chưa có đáp án đúng").format(question=_short(question.text)))
    elif any(not 0 <= i < len(question.options) for i in question.correct):
        refuse(tr("câu «{question}»: đáp án đúng không trỏ tới phương án nào có nội dung").format(
            question=_short(question.text)))
    else:
        lowered = [vntext.fold(o) for o in question.options]
        if len(set(lowered)) != len(lowered):
            message = tr("câu «{question}» có hai phương án giống nhau").format(question=_short(question.text))
            bank.problems.append(Problem("warning", message, sheet, number, column, header, bank.file))
        bank.questions.append(question)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _dedupe(bank: ParsedBank) -> None:
    seen: dict[str, str] = {}
    kept = []
    for question in bank.questions:
        first = seen.get(question.fingerprint)
        if first is not None:
            message = tr("câu «{question}» trùng với câu ở {first}: chỉ lấy một lần").format(
                question=_short(question.text), first=first)
            bank.problems.append(Problem("warning", message, file=bank.file))
            continue
        seen[question.fingerprint] = question.where
        kept.append(question)
    bank.questions = kept


# --- spreadsheets ----------------------------------------------------------------------------

# i18n: vi-begin — column names as they appear in the files
BANK_FIELDS: dict[str, list[str]] = {
    "seq": ["STT", "TT", "Số TT", "Câu số", "Số thứ tự"],
    "question": ["Câu hỏi", "Nội dung câu hỏi", "Nội dung", "Câu hỏi trắc nghiệm", "Question"],
    **{f"option_{letter.lower()}": [f"Đáp án {letter}", f"Phương án {letter}", f"Lựa chọn {letter}",
                                    f"=Câu {letter}", f"={letter}", f"Option {letter}"] for letter in LETTERS[:6]},
    "answer": ["Đáp án đúng", "Đáp án", "Câu trả lời đúng", "Phương án đúng", "Answer", "Correct"],
    "topic": ["Chủ đề", "Chuyên đề", "Nhóm câu hỏi", "Lĩnh vực", "Topic", "Category"],
    "explanation": ["Giải thích", "Ghi chú", "Căn cứ", "Explanation"],
}
# i18n: vi-end


def _answer_indices(value: str, options_present: list[int]) -> tuple[int, ...] | None:
    """'C' / 'a, c' / 'A và C' / '3' → option indices; None when unreadable."""
    text = vntext.fold(value).upper().replace("VA", ",").replace(";", ",").replace("/", ",")
    letters = [part.strip().rstrip(".)") for part in re.split(r"[,\s]+", text) if part.strip()]
    indices = []
    for part in letters:
        if len(part) == 1 and part in LETTERS:
            indices.append(LETTERS.index(part))
        elif part.isdigit() and 1 <= int(part) <= len(LETTERS):
            indices.append(int(part) - 1)
        else:
            return None
    return tuple(sorted(set(indices))) if indices else None


def read_bank_spreadsheet(path: Path) -> ParsedBank:
    bank = ParsedBank(path.name, "xlsx")
    found = [(sheet, layout) for sheet in spreadsheet.read_sheets(path)
             if (layout := spreadsheet.locate_table(sheet, BANK_FIELDS, ["question", "option_a", "option_b",
                                                                         "answer"])) is not None]
    if not found:
        raise InputFileError(
            tr("Tệp {file}: không tìm thấy bảng câu hỏi. Cần một dòng tiêu đề có các cột «Câu hỏi», "
               "«Đáp án A», «Đáp án B»… và «Đáp án đúng».").format(file=path.name))
    for sheet, layout in found:
        option_fields = [f"option_{letter.lower()}" for letter in LETTERS[:6] if layout.has(f"option_{letter.lower()}")]
        answer_column = layout.column("answer")
        for row_number, record in spreadsheet.iter_records(sheet, layout):
            text = _clean(spreadsheet.cell_text(record.get("question")))
            raw_options = [_clean(spreadsheet.cell_text(record.get(f))) for f in option_fields]
            if not text and not any(raw_options):
                continue
            # Letters keep their meaning even when a middle option is left blank.
            present = [i for i, option in enumerate(raw_options) if option]
            answer_text = spreadsheet.cell_text(record.get("answer"))
            indices = _answer_indices(answer_text, present) if answer_text else ()
            if indices is None:
                message = tr("đáp án đúng «{answer}» không đọc được (ghi chữ cái A, B, C… hoặc «A, C» khi có "
                             "nhiều đáp án đúng)").format(answer=answer_text)
                bank.problems.append(Problem("error", message, sheet.name, row_number, answer_column.letter,
                                             answer_column.header, bank.file))
                continue
            if any(i not in present for i in indices):
                message = tr("đáp án đúng «{answer}» là một phương án để trống").format(answer=answer_text)
                bank.problems.append(Problem("error", message, sheet.name, row_number, answer_column.letter,
                                             answer_column.header, bank.file))
                continue
            options = tuple(raw_options[i] for i in present)
            correct = tuple(present.index(i) for i in indices)
            question = ParsedQuestion(text, options, correct, _clean(spreadsheet.cell_text(record.get("topic"))),
                                      _clean(spreadsheet.cell_text(record.get("explanation"))),
                                      tr("dòng {line}").format(line=row_number))
            question_column = layout.column("question")
            _check(bank, question, row=row_number, sheet=sheet.name, column=question_column.letter,
                   header=question_column.header)
    _dedupe(bank)
    return bank


# --- Aiken ----------------------------------------------------------------------------------

_AIKEN_OPTION = re.compile(r"^([A-Za-z])\s*[.)]\s*(.+)$")
_AIKEN_ANSWER = re.compile(r"^ANSWER\s*:\s*(.+)$", re.IGNORECASE)


def read_aiken(text: str, file: str) -> ParsedBank:
    bank = ParsedBank(file, "aiken")
    lines = text.splitlines()
    block: list[tuple[int, str]] = []

    def finish() -> None:
        if not block:
            return
        first_line, question_text = block[0]
        options, letters, answer = [], [], None
        for number, line in block[1:]:
            option = _AIKEN_OPTION.match(line)
            answer_match = _AIKEN_ANSWER.match(line)
            if answer_match:
                answer = (number, answer_match.group(1).strip())
            elif option and answer is None:
                letters.append(option.group(1).upper())
                options.append(_clean(option.group(2)))
            elif not options:
                question_text += " " + line  # a question that runs over several lines
            else:
                bank.problems.append(Problem("error", tr("dòng «{line}» không phải phương án (A. …) hay "
                                                         "«ANSWER: …»").format(line=_short(line)),
                                             row=number, file=file))
                return
        if answer is None:
            message = tr("câu «{question}» thiếu dòng «ANSWER: …»").format(question=_short(_clean(question_text)))
            bank.problems.append(Problem("error", message, row=first_line, file=file))
            return
        wanted = [a.strip().upper() for a in re.split(r"[,\s]+", answer[1]) if a.strip()]
        if not wanted or any(a not in letters for a in wanted):
            message = tr("«ANSWER: {answer}» không khớp chữ cái của phương án nào ({letters})").format(
                answer=answer[1], letters=", ".join(letters))
            bank.problems.append(Problem("error", message, row=answer[0], file=file))
            return
        question = ParsedQuestion(_clean(question_text), tuple(options),
                                  tuple(sorted({letters.index(a) for a in wanted})),
                                  where=tr("dòng {line}").format(line=first_line))
        _check(bank, question, line=first_line)

    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            finish()
            block = []
            continue
        block.append((number, line))
        if _AIKEN_ANSWER.match(line):
            finish()
            block = []
    finish()
    _dedupe(bank)
    return bank


# --- GIFT -----------------------------------------------------------------------------------

_GIFT_ESCAPES = {"\\~": "\x00", "\\=": "\x01", "\\#": "\x02", "\\{": "\x03", "\\}": "\x04", "\\:": "\x05",
                 "\\n": "\n"}
_GIFT_RESTORE = str.maketrans({"\x00": "~", "\x01": "=", "\x02": "#", "\x03": "{", "\x04": "}", "\x05": ":"})


def _gift_text(text: str) -> str:
    text = re.sub(r"^\s*\[(html|moodle|plain|markdown)\]", "", text)
    if "<" in text and ">" in text:
        text = _html_to_text(text)
    return _clean(text.translate(_GIFT_RESTORE))


def read_gift(text: str, file: str) -> ParsedBank:
    bank = ParsedBank(file, "gift")
    for escape, mark in _GIFT_ESCAPES.items():
        text = text.replace(escape, mark)
    # Comments run to the end of their line; a question ends at a blank line.
    lines = [("" if line.lstrip().startswith("//") else line) for line in text.splitlines()]
    topic = ""
    block: list[tuple[int, str]] = []

    def finish() -> None:
        nonlocal topic
        if not block:
            return
        first_line = block[0][0]
        joined = "\n".join(line for _, line in block).strip()
        category = re.match(r"^\$CATEGORY:\s*(.+)$", joined, re.IGNORECASE)
        if category:
            topic = _clean(category.group(1).split("/")[-1])
            return
        body = re.sub(r"^::(.*?)::", "", joined, flags=re.S).strip()
        opening, closing = body.find("{"), body.rfind("}")
        if opening < 0 or closing < opening:
            bank.problems.append(Problem("error", tr("câu hỏi GIFT thiếu phần đáp án trong { … }"), row=first_line,
                                         file=file))
            return
        question_text = _gift_text(body[:opening] + " " + body[closing + 1:])
        answers = body[opening + 1:closing].strip()
        if not answers or re.fullmatch(r"(T|F|TRUE|FALSE)(#.*)?", answers, re.IGNORECASE | re.S) \
                or answers.startswith("#") or "->" in answers or not re.search(r"[~=]", answers):
            kind = (tr("dạng đúng/sai") if re.match(r"(T|F|TRUE|FALSE)\b", answers, re.IGNORECASE)
                    else tr("dạng số") if answers.startswith("#") else tr("dạng ghép cặp") if "->" in answers
                    else tr("dạng tự luận") if not answers else tr("dạng trả lời ngắn"))
            bank.problems.append(Problem("error", tr("câu «{question}» là {kind}, không phải trắc nghiệm nhiều "
                                                     "phương án: bỏ qua").format(question=_short(question_text),
                                                                                  kind=kind),
                                         row=first_line, file=file))
            return
        options, correct = [], []
        for match in re.finditer(r"([~=])\s*(%-?\d+(?:\.\d+)?%)?([^~=]*)", answers):
            mark, weight, rest = match.groups()
            rest = rest.split("#", 1)[0]  # feedback after '#'
            option = _gift_text(rest)
            if not option:
                continue
            value = float(weight.strip("%")) if weight else (100.0 if mark == "=" else 0.0)
            if value > 0:
                correct.append(len(options))
            options.append(option)
        if all(mark == "=" for mark in re.findall(r"(?<![\\])[~=]", answers)) and len(options) > 1:
            message = tr("câu «{question}» là dạng trả lời ngắn (mọi đáp án đều đúng): bỏ qua").format(
                question=_short(question_text))
            bank.problems.append(Problem("error", message, row=first_line, file=file))
            return
        where = tr("dòng {line}").format(line=first_line)
        _check(bank, ParsedQuestion(question_text, tuple(options), tuple(correct), topic, where=where), line=first_line)

    for number, line in enumerate(lines, start=1):
        if not line.strip():
            finish()
            block = []
            continue
        block.append((number, line))
    finish()
    _dedupe(bank)
    return bank


# --- Moodle XML ------------------------------------------------------------------------------


class _TextOnly(HTMLParser):
    BREAKS = {"br", "p", "div", "li", "tr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.BREAKS:
            self.parts.append(" ")

    def handle_data(self, data):
        self.parts.append(data)


def _html_to_text(markup: str) -> str:
    parser = _TextOnly()
    parser.feed(markup)
    parser.close()
    return html.unescape("".join(parser.parts))


def read_moodle_xml(text: str, file: str) -> ParsedBank:
    import xml.etree.ElementTree as ElementTree

    bank = ParsedBank(file, "moodle")
    if re.search(r"<!DOCTYPE|<!ENTITY", text[:4096], re.IGNORECASE):
        raise InputFileError(tr("Tệp {file}: tệp XML có khai báo DOCTYPE/ENTITY, không nhận (có thể không an "
                                "toàn).").format(file=file))
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as exc:
        line = exc.position[0] if exc.position else "?"
        raise InputFileError(tr("Tệp {file}: không đọc được XML ở dòng {line} ({error}).").format(
            file=file, line=line, error=exc)) from exc
    if root.tag != "quiz":
        raise InputFileError(tr("Tệp {file}: không phải tệp câu hỏi Moodle XML (thẻ gốc là <{tag}>, cần "
                                "<quiz>).").format(file=file, tag=root.tag))
    # ElementTree keeps no line numbers: find each <question on its line in the text.
    lines = [text.count("\n", 0, m.start()) + 1 for m in re.finditer(r"<question\b", text)]
    topic = ""
    for index, element in enumerate(root.findall("question")):
        line = lines[index] if index < len(lines) else None
        kind = element.get("type", "")
        if kind == "category":
            topic = _clean((element.findtext("category/text") or "").split("/")[-1])
            continue
        question_text = _clean(_html_to_text(element.findtext("questiontext/text") or ""))
        if kind != "multichoice":
            message = tr("câu «{question}» dạng «{kind}» không phải trắc nghiệm nhiều phương án: bỏ qua").format(
                question=_short(question_text or kind), kind=kind)
            bank.problems.append(Problem("error", message, row=line, file=file))
            continue
        options, correct = [], []
        for answer in element.findall("answer"):
            option = _clean(_html_to_text(answer.findtext("text") or ""))
            if not option:
                continue
            try:
                fraction = float(answer.get("fraction", "0"))
            except ValueError:
                fraction = 0.0
            if fraction > 0:
                correct.append(len(options))
            options.append(option)
        explanation = _clean(_html_to_text(element.findtext("generalfeedback/text") or ""))
        _check(bank, ParsedQuestion(question_text, tuple(options), tuple(correct), topic, explanation,
                                    tr("dòng {line}").format(line=line)), line=line)
    _dedupe(bank)
    return bank


# --- any file --------------------------------------------------------------------------------


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputFileError(tr("Tệp {file}: không phải văn bản UTF-8; hãy lưu lại với mã hóa UTF-8.").format(
        file=path.name))


def read_question_file(path: str | Path) -> ParsedBank:
    """Questions from a file, its format told by its extension and, for plain text, its
    content (GIFT has braces, Aiken has ANSWER lines)."""
    path = Path(path)
    if not path.is_file():
        raise InputFileError(tr("Không tìm thấy tệp {path}.").format(path=path))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        return read_bank_spreadsheet(path)
    text = _read_text(path)
    if suffix == ".xml" or text.lstrip().startswith("<?xml") or text.lstrip().startswith("<quiz"):
        return read_moodle_xml(text, path.name)
    if suffix == ".gift" or re.search(r"\{[^}]*[~=]", text):
        return read_gift(text, path.name)
    if _AIKEN_ANSWER.search(text) or re.search(r"(?m)^ANSWER\s*:", text, re.IGNORECASE):
        return read_aiken(text, path.name)
    raise InputFileError(tr("Tệp {file}: không nhận ra định dạng câu hỏi. Dùng bảng tính mẫu (.xlsx), Aiken (.txt có "
                            "dòng «ANSWER: …»), GIFT (.gift/.txt) hoặc Moodle XML (.xml).").format(file=path.name))
