"""The office's documents: header, number, signer and recipients from the settings, and
the running number of each year.

A document number reads ``Số: 66-BC/HĐTN-BTG``: the running number of the year, the
document type (BC báo cáo, KH kế hoạch, DS danh sách…), the issuer's abbreviation and,
optionally, the drafting department's. Numbers are taken once, in a transaction, from a
counter per year kept with the settings: two reports never get the same number, and a
report printed again keeps the number it was given.
"""

# i18n: vi-module — the texts of this module are the Union's Vietnamese documents.

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text

from desktop.core.letterhead import Letterhead, place_of
from desktop.core.settings import (
    DOC_DEPARTMENT_CODE, DOC_ISSUER_CODE, DOC_ISSUER_LINES, DOC_PLACE, DOC_RECIPIENTS, DOC_SIGNER_NAME,
    DOC_SIGNER_TITLE, DOC_SIGNING_FOR, get_setting,
)
from desktop.core.units import UnitLevel, load_tree
from desktop.db.engine import Database

# The abbreviation of an issuing union by level, as the Union's numbering uses them.
LEVEL_CODES = {UnitLevel.PROVINCE: "TĐTN", UnitLevel.DISTRICT: "HĐTN", UnitLevel.COMMUNE: "ĐTN",
               UnitLevel.SECTOR: "ĐTN", UnitLevel.ATTACHED: "ĐTN", UnitLevel.GRASSROOTS: "ĐTN",
               UnitLevel.BRANCH: "CĐ"}


@dataclass(frozen=True)
class OfficeStyle:
    """Everything an official document of this office needs besides its content."""

    letterhead: Letterhead
    issuer_code: str
    department_code: str
    signing_for: str
    signer_title: str
    signer_name: str
    recipients: tuple[str, ...]

    def doc_code(self, doc_type: str) -> str:
        """'BC' → 'BC/HĐTN-BTG'."""
        issuer = "-".join(part for part in (self.issuer_code, self.department_code) if part)
        return f"{doc_type}/{issuer}" if issuer else doc_type

    @property
    def signer(self) -> tuple[tuple[str, ...], str]:
        titles = tuple(t for t in (self.signing_for, self.signer_title) if t)
        return titles, self.signer_name


def office_style(db: Database, issuing_unit_id: str | None = None, on: date | None = None) -> OfficeStyle:
    """The office's style for a document issued by ``issuing_unit_id`` (default: this
    office's own unit) and dated ``on``; settings left empty follow the unit tree."""
    tree = load_tree(db)
    unit = tree.by_id.get(issuing_unit_id or tree.home_id or "")
    base = Letterhead.for_unit(tree, unit, on)
    lines = tuple(get_setting(db, DOC_ISSUER_LINES)) or base.issuer_lines
    place = get_setting(db, DOC_PLACE) or (place_of(unit) if unit else "")
    when = on or date.today()
    date_text = f"ngày {when.day:02d} tháng {when.month:02d} năm {when.year}"
    letterhead = Letterhead(lines, base.union_name, f"{place}, {date_text}" if place else date_text)
    issuer_code = get_setting(db, DOC_ISSUER_CODE) or (LEVEL_CODES.get(unit.level, "") if unit else "")
    recipients = tuple(r for r in get_setting(db, DOC_RECIPIENTS) if r.strip())
    return OfficeStyle(letterhead, issuer_code, get_setting(db, DOC_DEPARTMENT_CODE), get_setting(db, DOC_SIGNING_FOR),
                       get_setting(db, DOC_SIGNER_TITLE), get_setting(db, DOC_SIGNER_NAME), recipients)


def take_document_number(db: Database, year: int) -> int:
    """The next number of ``year``'s sequence, taken for good."""
    # One statement reads and bumps the counter, so two programs on one file never
    # share a number.
    with db.session() as session:
        value = session.execute(text(
            "INSERT INTO settings (key, value) VALUES (:key, '1') ON CONFLICT (key) "
            "DO UPDATE SET value = CAST(value AS INTEGER) + 1 RETURNING value"), {"key": f"document.last_number.{year}"}
        ).scalar_one()
        return int(value)
