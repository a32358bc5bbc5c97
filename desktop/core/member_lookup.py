"""Finding the member a row of another office's spreadsheet names: by Union card number,
by phone, by name with date of birth (or only the year). The attendance and test-result
imports both ask here, each in its own order and with its own last resort."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core import spreadsheet
from desktop.db.engine import Database


@dataclass(frozen=True)
class KnownMember:
    member_id: str
    full_name: str
    folded: str        # name_folded: no case, no tones
    birth: str         # ISO date, "" when unknown
    unit_name: str     # the member's branch


class MemberLookup:
    """Every live member, indexed by what files carry (one read of the roster)."""

    def __init__(self, db: Database):
        self.members: dict[str, KnownMember] = {}
        self._by_card: dict[str, str] = {}
        self._by_phone: dict[str, set[str]] = {}
        self._by_name: dict[str, list[KnownMember]] = {}
        with db.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT m.id, m.family_name, m.middle_name, m.given_name, m.name_folded, m.date_of_birth, m.phone, "
                "m.card_number, u.name FROM members m JOIN units u ON u.id = m.branch_id "
                "WHERE m.deleted_at IS NULL").all()
        for member_id, family, middle, given, folded, birth, phone, card, unit in rows:
            member = KnownMember(member_id, " ".join(f"{family} {middle} {given}".split()), folded, birth or "", unit)
            self.members[member_id] = member
            if card:
                self._by_card[card] = member_id
            if phone:
                self._by_phone.setdefault(phone, set()).add(member_id)
            self._by_name.setdefault(folded, []).append(member)

    def by_card(self, cell: object) -> str | None:
        return self._by_card.get(spreadsheet.cell_text(cell)) if not spreadsheet.is_blank(cell) else None

    def by_phone(self, cell: object) -> str | None:
        """The one member with that phone number (None when nobody or several share it)."""
        if spreadsheet.is_blank(cell):
            return None
        try:
            holders = self._by_phone.get(spreadsheet.parse_phone(cell), set())
        except ValueError:
            return None
        return next(iter(holders)) if len(holders) == 1 else None

    def by_name_and_birth(self, name_folded: str, cell: object) -> set[str] | None:
        """Members with that name born on that date (or in that year, for a bare year);
        None when the cell holds no readable date."""
        try:
            birth, year_only = spreadsheet.parse_date(cell)
        except ValueError:
            return None
        wanted = str(birth.year) if year_only else birth.isoformat()
        return {m.member_id for m in self._by_name.get(name_folded, ())
                if (m.birth[:4] if year_only else m.birth) == wanted}
