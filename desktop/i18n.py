"""The words an officer reads, in the language chosen for the program.

DoanDesk is written in Vietnamese: every text in the code is the Vietnamese one, and it
is also the key under which a translation is found. English is the second language,
held in a Qt Linguist file (``resources/translations/doandesk_en.ts``, compiled to
``.qm``) that the graphical program loads into Qt's translator at start.

This module is plain Python so that ``desktop.core`` can mark its messages too: until
the program installs a translator (:func:`install`), :func:`tr` returns the Vietnamese
text unchanged — which is what the command line, the tests and the Vietnamese program
get.

Three markers, which ``desktop.ui.translations`` collects from the source:

- ``tr("Đã lưu {name}.").format(name=...)`` — a text used where it is written. Named
  ``{placeholders}`` filled after the lookup, never an f-string, so the translator sees
  the whole sentence.
- ``trn("Đã nhập %n đoàn viên.", count)`` — a text about a number; English has a
  singular and a plural, Vietnamese one form. ``%n`` becomes the number.
- ``N_("Điểm danh")`` — a text written where nothing can be looked up yet (a module or
  class constant, read at import, before the language is known); it stays Vietnamese
  there and is passed through :func:`tr` where it is shown.

One Vietnamese word can need two English ones ("Đoàn viên" is "Members" as a screen's
name and "Member" as a position): the optional second argument, Qt's disambiguation,
tells them apart — ``N_("Đoàn viên", "screen")`` where it is written and
``tr(title, "screen")`` where it is shown.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Callable

VIETNAMESE = "vi"
ENGLISH = "en"
LANGUAGES = {VIETNAMESE: "Tiếng Việt", ENGLISH: "English"}
LANGUAGE_SETTING_KEY = "ui.language"
# Overrides the stored choice for one run (tests, screenshots, a helpdesk call).
LANGUAGE_ENVIRONMENT = "DOANDESK_LANGUAGE"

_lookup: Callable[[str, str | None, int], str] | None = None
_language = VIETNAMESE


def tr(text: str, disambiguation: str | None = None) -> str:
    """``text`` in the program's language (the Vietnamese text is the key)."""
    return text if _lookup is None else _lookup(text, disambiguation, -1)


def trn(text: str, count: int, disambiguation: str | None = None) -> str:
    """``text`` for ``count`` things in the program's language, ``%n`` replaced by the count."""
    if _lookup is None:
        return text.replace("%n", str(count))
    return _lookup(text, disambiguation, count)


def number_text(count: int) -> str:
    """``1234`` as a person reads it: "1.234" in Vietnamese, "1,234" in English."""
    grouped = f"{count:,}"
    return grouped if _language == ENGLISH else grouped.replace(",", ".")


def percent_text(value: float) -> str:
    """31.3 as a person reads it on screen: "31,3%" in Vietnamese, "31.3%" in English;
    a whole number without its ".0" (documents use ``vntext.format_percent``)."""
    text = f"{value:.1f}"
    if text.endswith(".0"):
        text = text[:-2]
    return (text if _language == ENGLISH else text.replace(".", ",")) + "%"


def counted(text: str, count: int) -> str:
    """A :func:`trn` text with its count's digits grouped as :func:`number_text` groups
    them (``%n`` gives the bare "1234"). Call it before filling other placeholders, so
    only the count is rewritten."""
    return text.replace(str(count), number_text(count), 1) if abs(count) >= 1000 else text


def N_(text: str, disambiguation: str | None = None) -> str:  # noqa: N802 — the usual name of this marker
    """Marks ``text`` for translation without translating it (see the module's docstring)."""
    return text


def install(lookup: Callable[[str, str | None, int], str] | None, language: str) -> None:
    """Route :func:`tr` through ``lookup`` (None: back to Vietnamese as written)."""
    global _lookup, _language
    _lookup = lookup
    _language = language if lookup is not None else VIETNAMESE


def current_language() -> str:
    return _language


def stored_language(db_path: Path | None) -> str:
    """The language to start in: the environment's override, else the one saved in the
    database's settings, else Vietnamese.

    Read with a bare read-only SQLite query because it is needed before the first
    window is drawn, long before the database layer is loaded; a missing, new or
    damaged file simply means Vietnamese.
    """
    override = os.environ.get(LANGUAGE_ENVIRONMENT, "").strip().lower()
    if override in LANGUAGES:
        return override
    if db_path is None or not Path(db_path).is_file():
        return VIETNAMESE
    try:
        connection = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            row = connection.execute("SELECT value FROM settings WHERE key = ?", (LANGUAGE_SETTING_KEY,)).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return VIETNAMESE
    if row is None:
        return VIETNAMESE
    value = str(row[0]).strip().strip('"')
    return value if value in LANGUAGES else VIETNAMESE
