"""Check-in cards: the code each member scans at a bridge point, and the printed cards.

A USB barcode scanner is a keyboard: it "types" the code, and what arrives depends on the
PC's keyboard layout and on the Vietnamese input method running (Unikey, EVKey). Telex
turns ``aa`` into ``â``, ``dd`` into ``đ``, ``w`` into ``ư`` and ``s f r x j`` after a
vowel into tones; VNI turns digits after a vowel (or ``d9``) into marks. So a code is
made only of characters that no input method changes: the digits 2–9 and the consonants
``B C G H K L N P T V`` — no vowel, no ``D``, ``W``, ``Q``, ``M`` and none of Telex's tone
keys. Without a vowel nothing has a mark to take, so every character passes unchanged.

Eight random characters and a check character (Luhn mod N over the same alphabet, which
catches any single wrong character and any swap of neighbours) make a nine-character
code: 18⁸ ≈ 11 billion codes, so a guess or a misread never lands on a real member.
Codes are shown in groups, ``BCG-4K7-LN5``; a scan may come with or without the dashes,
in either case (Caps Lock), with spaces around it.

Re-issuing a card revokes its old code; the old code stays on record so that a scan of
a lost card says "revoked" rather than "unknown".
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import vntext
from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.records import new_record_fields, touch
from desktop.db.bulk import insert_rows, storage_datetime
from desktop.db.engine import Database
from desktop.db.models import Invitation, Member, MemberCard, Unit, utcnow
from desktop.i18n import tr, trn

CODE_ALPHABET = "23456789BCGHKLNPTV"
CODE_BODY_LENGTH = 8
CODE_LENGTH = CODE_BODY_LENGTH + 1
_VALUE = {ch: i for i, ch in enumerate(CODE_ALPHABET)}
_SEPARATORS = str.maketrans("", "", " -_\t\r\n")


def check_character(body: str) -> str:
    """The Luhn mod N check character of ``body`` (characters of the alphabet)."""
    n = len(CODE_ALPHABET)
    total, factor = 0, 2
    for ch in reversed(body):
        addend = factor * _VALUE[ch]
        total += addend // n + addend % n
        factor = 1 if factor == 2 else 2
    return CODE_ALPHABET[(n - total % n) % n]


def new_code() -> str:
    body = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_BODY_LENGTH))
    return body + check_character(body)


def normalize_code(text: str) -> str | None:
    """The code in ``text`` as stored (upper case, no dashes), or None when ``text`` is
    not a well-formed code: wrong length, a character outside the alphabet, or a check
    character that does not match."""
    candidate = text.translate(_SEPARATORS).upper()
    if len(candidate) != CODE_LENGTH or any(ch not in _VALUE for ch in candidate):
        return None
    if check_character(candidate[:-1]) != candidate[-1]:
        return None
    return candidate


def format_code(code: str) -> str:
    """``BCG4K7LN5`` → ``BCG-4K7-LN5``, for reading aloud and typing."""
    return "-".join(code[i:i + 3] for i in range(0, len(code), 3))


# --- issuing ------------------------------------------------------------------------------


def _unused_codes(session: Session, count: int) -> list[str]:
    """``count`` new codes that no card carries, live or revoked."""
    if count > 50:  # a whole roster: one read of every code beats a query per code
        taken = set(session.scalars(select(MemberCard.code)))
        in_use = taken.__contains__
    else:
        taken = set()

        def in_use(code: str) -> bool:
            return session.scalar(select(MemberCard.id).where(MemberCard.code == code)) is not None
    codes: list[str] = []
    while len(codes) < count:
        code = new_code()
        if code not in taken and not in_use(code):
            taken.add(code)
            codes.append(code)
    return codes


def _live_cards(session: Session, member_ids: Sequence[str]) -> dict[str, MemberCard]:
    cards: dict[str, MemberCard] = {}
    for start in range(0, len(member_ids), 500):
        chunk = member_ids[start:start + 500]
        for card in session.scalars(select(MemberCard).where(
                MemberCard.member_id.in_(chunk), MemberCard.revoked_at.is_(None), MemberCard.deleted_at.is_(None))):
            cards[card.member_id] = card
    return cards


def issue_cards(db: Database, member_ids: Iterable[str], *, reissue: bool = False) -> dict[str, str]:
    """Make sure each member has a live card; with ``reissue`` every one gets a new code
    and the old one is revoked. Returns member id → live code for all of them."""
    wanted = list(dict.fromkeys(member_ids))
    with db.session() as session:
        members = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            members.update(session.execute(select(Member.id, Member.branch_id).where(
                Member.id.in_(chunk), Member.deleted_at.is_(None))).all())
        missing = [m for m in wanted if m not in members]
        if missing:
            raise NotFoundError(trn("Có %n đoàn viên không còn trong danh sách (có thể đã bị xóa).", len(missing)))
        live = _live_cards(session, wanted)
        now = utcnow()
        if reissue:
            for card in live.values():
                card.revoked_at = now
                touch(card, session)
            live = {}
        to_issue = [m for m in wanted if m not in live]
        codes = {m: card.code for m, card in live.items()}
        if to_issue:
            books = new_record_fields(db, session, None, len(to_issue))
            new_codes = _unused_codes(session, len(to_issue))
            issued = storage_datetime(now)
            rows = [(book["id"], members[member_id], book["change_seq"], member_id, code)
                    for member_id, book, code in zip(to_issue, books, new_codes)]
            # A whole roster at once (100,000 cards) in one statement, as roster imports do.
            insert_rows(session, "member_cards", ("id", "owner_unit_id", "change_seq", "member_id", "code"), rows,
                        {"created_at": issued, "updated_at": issued, "revision": 1, "origin": db.installation_id,
                         "issued_at": issued})
            codes.update({row[3]: row[4] for row in rows})
        return {m: codes[m] for m in wanted}


def reissue_card(db: Database, member_id: str) -> str:
    """A new card for a member (lost or damaged card): the old code stops working."""
    return issue_cards(db, [member_id], reissue=True)[member_id]


@dataclass(frozen=True)
class CardLookup:
    code: str
    member_id: str
    revoked: bool


def find_card(db: Database, code: str) -> CardLookup | None:
    """The card that carries ``code`` (already normalised), live or revoked."""
    with db.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT member_id, revoked_at IS NOT NULL FROM member_cards WHERE code = ? AND deleted_at IS NULL",
            (code,)).first()
    return CardLookup(code, row[0], bool(row[1])) if row else None


def live_code(db: Database, member_id: str) -> str | None:
    with db.session() as session:
        card = _live_cards(session, [member_id]).get(member_id)
        return card.code if card else None


# --- printing -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CardHolder:
    member_id: str
    full_name: str
    unit_name: str
    card_number: str
    code: str


def card_holders(db: Database, codes: dict[str, str]) -> list[CardHolder]:
    """The holders of ``codes`` (member id → code) by branch, then in name order, the
    order a branch secretary hands cards out in."""
    holders = []
    with db.session() as session:
        ids = list(codes)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows = session.execute(
                select(Member.id, Member.family_name, Member.middle_name, Member.given_name, Member.card_number,
                       Unit.name, Unit.sort_order, Member.sort_key)
                .join(Unit, Unit.id == Member.branch_id).where(Member.id.in_(chunk))).all()
            holders.extend(rows)
    holders.sort(key=lambda r: (r[6], vntext.fold(r[5]), r[5], r[7]))
    return [CardHolder(r[0], " ".join(" ".join((r[1], r[2], r[3])).split()), r[5], r[4] or "", codes[r[0]])
            for r in holders]


def event_member_ids(db: Database, event_id: str) -> list[str]:
    """Everyone invited to an event (the members who need a card for it)."""
    with db.session() as session:
        return list(session.scalars(
            select(Invitation.member_id).join(Member, Member.id == Invitation.member_id)
            .where(Invitation.event_id == event_id, Invitation.deleted_at.is_(None), Member.deleted_at.is_(None))
            .order_by(Member.sort_key)))


CARD_WIDTH_MM = 85.6   # ISO/IEC 7810 ID-1, the size of a bank card: fits a wallet and a lanyard
CARD_HEIGHT_MM = 54.0
CARD_COLUMNS = 2
CARD_ROWS = 5


def write_cards_pdf(holders: Sequence[CardHolder], path: str | Path, *, issuer: str = "",
                    title: str = "THẺ ĐIỂM DANH") -> Path:  # i18n: vi — printed on the card
    """Cards on A4 sheets, ten to a page (2 × 5, bank-card size) with dashed cut lines.

    Each card: the issuer and the title across the top, the member's name in bold, the
    branch, the Union card number when there is one, the code in readable groups, and
    the QR code on the right that the scanner reads."""
    if not holders:
        raise ValidationError(tr("Không có ai để in thẻ."), "members")
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from desktop.core.pdfdoc import SANS, SERIF, CanvasPdf, draw_qr_matrix
    from desktop.core.qr import qr_matrix

    width, height = CARD_WIDTH_MM * mm, CARD_HEIGHT_MM * mm
    left0 = (A4[0] - CARD_COLUMNS * width) / 2
    top0 = A4[1] - (A4[1] - CARD_ROWS * height) / 2
    qr_size = 34 * mm
    pad = 4 * mm
    text_width = width - qr_size - 2 * pad

    def fit(text: str, font: str, size: float, max_width: float, smallest: float = 6.5) -> tuple[str, float]:
        text = vntext.normalize(text)
        while size > smallest and stringWidth(text, font, size) > max_width:
            size -= 0.5
        while stringWidth(text, font, size) > max_width and len(text) > 1:
            text = text[:-2].rstrip() + "…"
        return text, size

    def wrap_two(text: str, font: str, size: float, max_width: float) -> list[str]:
        """At most two lines (long branch names), the second shortened if it must be."""
        words, lines, current = vntext.normalize(text).split(), [], ""
        for word in words:
            trial = f"{current} {word}".strip()
            if stringWidth(trial, font, size) <= max_width or not current:
                current = trial
            else:
                lines.append(current)
                current = word
        lines.append(current)
        if len(lines) > 2:
            lines = [lines[0], " ".join(lines[1:])]
        return [lines[0]] + ([fit(lines[1], font, size, max_width, size)[0]] if len(lines) > 1 else [])

    pdf = CanvasPdf(A4, "Thẻ điểm danh")  # i18n: vi — the document's title
    canvas = pdf.canvas
    per_page = CARD_COLUMNS * CARD_ROWS
    for index, holder in enumerate(holders):
        if index and index % per_page == 0:
            canvas.showPage()
        slot = index % per_page
        x = left0 + (slot % CARD_COLUMNS) * width
        y = top0 - (slot // CARD_COLUMNS + 1) * height
        canvas.setStrokeColor(colors.grey)
        canvas.setLineWidth(0.4)
        canvas.setDash(3, 3)
        canvas.rect(x, y, width, height, stroke=1, fill=0)
        canvas.setDash()
        canvas.setFillColor(colors.black)
        cursor = y + height - pad - 7
        issuer_text, size = fit(issuer.upper() or "ĐOÀN TNCS HỒ CHÍ MINH", SANS, 7.5, width - 2 * pad)  # i18n: vi
        canvas.setFont(SANS, size)
        canvas.drawString(x + pad, cursor, issuer_text)
        cursor -= 11
        canvas.setFont(f"{SANS}-bold", 9)
        canvas.drawString(x + pad, cursor, title)
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.6)
        canvas.line(x + pad, cursor - 3, x + width - pad, cursor - 3)
        cursor -= 18
        name, size = fit(holder.full_name, f"{SERIF}-bold", 13, text_width)
        canvas.setFont(f"{SERIF}-bold", size)
        canvas.drawString(x + pad, cursor, name)
        cursor -= 13
        canvas.setFont(SERIF, 9.5)
        for line in wrap_two(holder.unit_name, SERIF, 9.5, text_width):
            canvas.drawString(x + pad, cursor, line)
            cursor -= 11.5
        if holder.card_number:
            canvas.drawString(x + pad, cursor, fit(f"Số thẻ đoàn viên: {holder.card_number}", SERIF, 9.5,  # i18n: vi
                                                   text_width)[0])
        canvas.setFont("Courier-Bold", 12)
        canvas.drawString(x + pad, y + pad + 1, format_code(holder.code))
        draw_qr_matrix(canvas, qr_matrix(holder.code), x + width - pad - qr_size + 2 * mm,
                       y + (height - 11 * mm - qr_size) / 2 + 1 * mm, qr_size)
    return pdf.write(path)


def print_event_cards(db: Database, event_id: str, path: str | Path, *, member_ids: Sequence[str] | None = None,
                      reissue: bool = False) -> int:
    """Cards for an event's invited members (or ``member_ids`` among them), issuing a code
    to everyone who has none yet. Returns the number of cards printed."""
    from desktop.core.events import load_event_plan

    plan = load_event_plan(db, event_id)
    ids = list(member_ids) if member_ids is not None else event_member_ids(db, event_id)
    if not ids:
        raise ValidationError(tr("Hội nghị chưa có ai được mời: chưa có thẻ nào để in."), "members")
    codes = issue_cards(db, ids, reissue=reissue)
    with db.session() as session:
        organiser = session.get(Unit, plan.organiser_unit_id)
        issuer = organiser.name if organiser else ""
    write_cards_pdf(card_holders(db, codes), path, issuer=issuer)
    return len(codes)
