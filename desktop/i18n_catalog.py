"""The English catalogue: collecting the marked texts from the source, the Qt Linguist
file that holds their translations, and the checks that keep the two in step.

A development tool, run as ``uv run python -m desktop.i18n_catalog COMMAND``:

- ``unmarked [PATH…]`` lists Vietnamese texts in the screens and the core
  (``desktop/ui`` and ``desktop/core`` by default) that are not marked with ``tr``/``trn``/``N_`` — what an English user
  would still see in Vietnamese. Texts that must stay Vietnamese say so: a line with
  the comment ``# i18n: vi`` (data the program compares, a pattern), a block between
  ``# i18n: vi-begin`` and ``# i18n: vi-end`` (a table of column names, sample names),
  or a whole module with ``# i18n: vi-module`` near its top (it writes the Union's
  Vietnamese documents). Log messages and docstrings are for developers and are not listed.
- ``update`` rewrites ``resources/translations/doandesk_en.ts`` with every marked text
  of ``desktop/``, keeping the translations already there; new texts are "unfinished".
- ``merge FILE.json…`` takes translations from JSON files (``{"Vietnamese": "English"}``,
  or ``[singular, plural]`` for a ``trn`` text; a text with a disambiguation is keyed
  ``"Vietnamese@@disambiguation"``) into the .ts file.
- ``build`` compiles the .ts into ``doandesk_en.qm`` with PySide6's ``lrelease``.
- ``check`` reports texts without a translation and translations whose placeholders
  differ from their source; exits 1 if there are any.

Everything here is plain Python (ast and ElementTree) so the checks run in the tests.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_ROOT = ROOT / "desktop"
TS_FILE = ROOT / "resources" / "translations" / "doandesk_en.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
CONTEXT = "DoanDesk"
MARKERS = {"tr": False, "trn": True, "N_": False}  # marker → takes a count
LOG_NAMES = {"log", "logger", "logging", "_log"}
KEEP_VIETNAMESE_COMMENT = "# i18n: vi"
BLOCK_BEGIN, BLOCK_END, WHOLE_MODULE = "# i18n: vi-begin", "# i18n: vi-end", "# i18n: vi-module"
# Files whose Vietnamese is not for translation: the Vietnamese texts of Qt's own
# buttons, and the catalogue tools themselves.
UNMARKED_EXEMPT = {"desktop/ui/translations.py"}

_VIETNAMESE_LETTER = re.compile(r"[À-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ]")
_KEEP_LINE = re.compile(r"#\s*i18n:\s*vi(?![-\w])")
_PLACEHOLDER = re.compile(r"\{(\w*)(?:[:!][^{}]*)?\}")


def has_vietnamese(text: str) -> bool:
    return bool(_VIETNAMESE_LETTER.search(text))


# A text with a disambiguation (see desktop.i18n) is keyed "source@@disambiguation" in the
# catalogue's dictionaries and in the JSON files ``merge`` takes.
KEY_SEPARATOR = "@@"


def message_key(source: str, disambiguation: str | None) -> str:
    return f"{source}{KEY_SEPARATOR}{disambiguation}" if disambiguation else source


@dataclass
class Message:
    source: str
    numerus: bool
    disambiguation: str | None = None
    places: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    text: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.problem}: {self.text[:80]!r}"


def _relative(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def _marker_of(call: ast.Call) -> str | None:
    func = call.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
    return name if name in MARKERS else None


def _disambiguation(call: ast.Call, marker: str) -> str | None:
    """The constant disambiguation of a marker call: its last positional argument
    (second of tr/N_, third of trn) or ``disambiguation=``."""
    position = 2 if MARKERS[marker] else 1
    candidates = call.args[position:position + 1] + [k.value for k in call.keywords if k.arg == "disambiguation"]
    for candidate in candidates:
        if isinstance(candidate, ast.Constant) and isinstance(candidate.value, str):
            return candidate.value
    return None


def _is_log_call(call: ast.Call) -> bool:
    func = call.func
    return (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
            and func.value.id in LOG_NAMES)


class _Scanner(ast.NodeVisitor):
    """Walks one module: the marked texts, the unmarked Vietnamese, the markers misused."""

    def __init__(self, path: str, lines: list[str]) -> None:
        self.path = path
        self.lines = lines
        self.messages: list[tuple[str, bool, int, str | None]] = []
        self.unmarked: list[Finding] = []
        self.misuse: list[Finding] = []
        self._deferred = 0  # depth inside function bodies and lambdas: run later, not at import
        self._skip: set[int] = set()  # ids of string nodes already accounted for
        self._whole_module = any(line.strip().startswith(WHOLE_MODULE) for line in lines[:60])
        self._kept_lines: set[int] = set()
        inside = False
        for number, line in enumerate(lines, start=1):
            stripped = line.strip()
            if stripped.startswith(BLOCK_BEGIN):
                inside = True
            elif stripped.startswith(BLOCK_END):
                inside = False
            elif inside or _KEEP_LINE.search(line):
                self._kept_lines.add(number)

    def _kept_vietnamese(self, node: ast.AST) -> bool:
        if self._whole_module:
            return True
        first = getattr(node, "lineno", 0)
        last = getattr(node, "end_lineno", first) or first
        return any(number in self._kept_lines for number in range(first, last + 1))

    def _skip_strings(self, node: ast.AST) -> None:
        for inner in ast.walk(node):
            if isinstance(inner, (ast.Constant, ast.JoinedStr)):
                self._skip.add(id(inner))

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        for decorator in node.decorator_list:
            self.visit(decorator)
        self.visit(node.args)  # defaults are evaluated when the def runs
        if node.returns is not None:
            self._skip_strings(node.returns)
        self._deferred += 1
        for statement in node.body:
            self.visit(statement)
        self._deferred -= 1

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self.visit(node.args)
        self._deferred += 1
        self.visit(node.body)
        self._deferred -= 1

    def visit_Expr(self, node: ast.Expr) -> None:
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            return  # a docstring or a bare string: never shown
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        self._skip_strings(node.annotation)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        marker = _marker_of(node)
        if marker is not None:
            self._marked(node, marker)
        elif _is_log_call(node):
            self._skip_strings(node)
        self.generic_visit(node)

    def _marked(self, node: ast.Call, marker: str) -> None:
        if not node.args:
            return
        first = node.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            self._skip.add(id(first))
            self.messages.append((first.value, MARKERS[marker], node.lineno, _disambiguation(node, marker)))
            if marker != "N_" and not self._deferred:
                self.misuse.append(Finding(self.path, node.lineno, first.value,
                                           f"{marker}() runs at import, before the language is chosen: use N_() "
                                           "here and tr() where the text is shown"))
            if marker == "trn" and "%n" not in first.value:
                self.misuse.append(Finding(self.path, node.lineno, first.value, "trn() text without %n"))
        elif isinstance(first, ast.JoinedStr):
            self._skip.add(id(first))
            self._skip_strings(first)
            self.misuse.append(Finding(self.path, node.lineno, ast.unparse(first),
                                       f"{marker}() of an f-string cannot be looked up: use "
                                       "{placeholders} and .format()"))

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        if id(node) not in self._skip:
            literal = "".join(part.value for part in node.values
                              if isinstance(part, ast.Constant) and isinstance(part.value, str))
            if has_vietnamese(literal) and not self._kept_vietnamese(node):
                self.unmarked.append(Finding(self.path, node.lineno, ast.unparse(node), "unmarked f-string"))
        self._skip_strings(node)
        for part in node.values:
            if isinstance(part, ast.FormattedValue):
                self.visit(part.value)

    def visit_Constant(self, node: ast.Constant) -> None:
        if id(node) in self._skip or not isinstance(node.value, str):
            return
        if has_vietnamese(node.value) and not self._kept_vietnamese(node):
            self.unmarked.append(Finding(self.path, node.lineno, node.value, "unmarked text"))


def scan_file(path: Path) -> _Scanner:
    text = path.read_text(encoding="utf-8")
    scanner = _Scanner(_relative(path), text.splitlines())
    scanner.visit(ast.parse(text, filename=str(path)))
    return scanner


def python_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.py") if "migrations" not in p.parts))
        else:
            files.append(path)
    return files


def unmarked_texts(paths: list[Path] | None = None) -> list[Finding]:
    findings: list[Finding] = []
    for path in python_files(paths or [SOURCE_ROOT / "ui", SOURCE_ROOT / "core"]):
        if _relative(path) in UNMARKED_EXEMPT:
            continue
        scanner = scan_file(path)
        findings.extend(scanner.unmarked)
    return findings


def marker_misuse(paths: list[Path] | None = None) -> list[Finding]:
    findings: list[Finding] = []
    for path in python_files(paths or [SOURCE_ROOT]):
        findings.extend(scan_file(path).misuse)
    return findings


def collect_messages(paths: list[Path] | None = None) -> dict[str, Message]:
    """Every marked text under ``paths`` (all of ``desktop/`` by default), by :func:`message_key`."""
    messages: dict[str, Message] = {}
    for path in python_files(paths or [SOURCE_ROOT]):
        scanner = scan_file(path)
        for source, numerus, line, disambiguation in scanner.messages:
            message = messages.setdefault(message_key(source, disambiguation), Message(source, numerus, disambiguation))
            message.numerus = message.numerus or numerus
            message.places.append(f"{scanner.path}:{line}")
    return messages


# --- the Qt Linguist file -------------------------------------------------------------

Translation = str | list[str]


def read_ts(path: Path = TS_FILE) -> dict[str, Translation]:
    """Finished translations in ``path`` by :func:`message_key` (unfinished ones are left out)."""
    if not path.exists():
        return {}
    translations: dict[str, Translation] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message_key(message.findtext("source") or "", message.findtext("comment"))
        element = message.find("translation")
        if element is None or element.get("type") in {"unfinished", "vanished", "obsolete"}:
            continue
        forms = [form.text or "" for form in element.findall("numerusform")]
        if message.get("numerus") == "yes":
            if forms and all(forms):
                translations[source] = forms
        elif element.text:
            translations[source] = element.text
    return translations


def write_ts(messages: dict[str, Message], translations: dict[str, Translation], path: Path = TS_FILE) -> None:
    root = ET.Element("TS", version="2.1", language="en", sourcelanguage="vi")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for key in sorted(messages):
        message = messages[key]
        element = ET.SubElement(context, "message", numerus="yes") if message.numerus else ET.SubElement(
            context, "message")
        ET.SubElement(element, "source").text = message.source
        if message.disambiguation:
            ET.SubElement(element, "comment").text = message.disambiguation
        translation = translations.get(key)
        target = ET.SubElement(element, "translation")
        if message.numerus:
            forms = translation if isinstance(translation, list) else [translation, translation] if translation else []
            if not forms:
                target.set("type", "unfinished")
                forms = ["", ""]
            for form in forms:
                ET.SubElement(target, "numerusform").text = form
        elif isinstance(translation, str) and translation:
            target.text = translation
        else:
            target.set("type", "unfinished")
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, "utf-8") + b"\n")


def update(extra: dict[str, Translation] | None = None) -> tuple[int, int]:
    """Rewrite the .ts file from the source; returns (texts, still untranslated)."""
    messages = collect_messages()
    translations = read_ts()
    if extra:
        translations.update({source: value for source, value in extra.items() if value})
    write_ts(messages, translations)
    return len(messages), sum(1 for source in messages if source not in translations)


def placeholders(text: str) -> set[str]:
    return {name for name in _PLACEHOLDER.findall(text)}


def problems(messages: dict[str, Message] | None = None,
             translations: dict[str, Translation] | None = None) -> list[str]:
    """Texts with no translation, and translations that lose or add a placeholder."""
    messages = collect_messages() if messages is None else messages
    translations = read_ts() if translations is None else translations
    found: list[str] = []
    for key, message in sorted(messages.items()):
        translation = translations.get(key)
        where = message.places[0]
        source = message.source
        if not translation:
            found.append(f"{where}: no English for {key!r}")
            continue
        forms = translation if isinstance(translation, list) else [translation]
        for form in forms:
            if placeholders(form) != placeholders(source):
                found.append(f"{where}: placeholders differ: {source!r} → {form!r}")
            if message.numerus and "%n" not in form and len(forms) > 1 and form is forms[-1]:
                found.append(f"{where}: plural without %n: {source!r} → {form!r}")
    return found


def lrelease_path() -> Path:
    import PySide6  # only to find the tool that ships with it

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).parent / name


def build_qm(output: Path = QM_FILE, source: Path = TS_FILE) -> None:
    with tempfile.TemporaryDirectory():
        subprocess.run([str(lrelease_path()), "-silent", "-nounfinished", str(source), "-qm", str(output)],
                       check=True)


def main(argv: list[str]) -> int:
    command, *rest = argv or ["check"]
    if command == "unmarked":
        findings = unmarked_texts([Path(p) for p in rest] or None) + marker_misuse([Path(p) for p in rest] or None)
        for finding in findings:
            print(finding)
        print(f"{len(findings)} found", file=sys.stderr)
        return 1 if findings else 0
    if command in {"update", "merge"}:
        extra: dict[str, Translation] = {}
        for name in rest if command == "merge" else []:
            extra.update(json.loads(Path(name).read_text(encoding="utf-8")))
        total, missing = update(extra)
        print(f"{TS_FILE.relative_to(ROOT)}: {total} texts, {missing} without English")
        return 0
    if command == "build":
        build_qm()
        print(f"wrote {QM_FILE.relative_to(ROOT)}")
        return 0
    if command == "check":
        found = problems() + [str(f) for f in marker_misuse()]
        for line in found:
            print(line)
        return 1 if found else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
