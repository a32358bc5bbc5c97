"""Certificates (giấy chứng nhận) for members who passed an event's test, and checking one
offline.

A certificate is numbered per issuing office and year (``TV-CN-2026-00012``: the unit's
code, the year, a running number) and printed as an A4 landscape PDF in Vietnamese. Its
QR code carries the certificate's facts and an Ed25519 signature by this installation's
key (``desktop.core.signing``)::

    DDCERT1.<payload, base64url JSON>.<signature, base64url>

Anyone with the program checks it without a network: from the QR (a photo or a scan of
the page, or the PDF itself, which also keeps the code in its metadata), from the
text of the code, or from the number (looked up in the records). A payload changed in
any way — a score raised by one point — no longer matches its signature.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from desktop.core import vntext
from desktop.core.errors import InputFileError, NotFoundError, ValidationError
from desktop.core.records import new_record_fields
from desktop.core.signing import b64, own_key, unb64, verify_signature
from desktop.db.engine import Database
from desktop.db.models import Certificate, Event, Member, QuizAttempt, Unit, utcnow
from desktop.i18n import tr

CODE_PREFIX = "DDCERT1"
_CODE = re.compile(r"DDCERT1\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)")
_NUMBER = re.compile(r"^[A-Z0-9-]+-\d{4}-\d{5}$")


@dataclass(frozen=True)
class CertificateFacts:
    number: str
    member_name: str
    date_of_birth: str      # dd/mm/yyyy or ""
    unit_name: str
    event_title: str
    score: str              # "82/100"
    passed_on: str          # dd/mm/yyyy
    issuer: str
    key: str                # the signing key's fingerprint

    def payload(self) -> bytes:
        data = {"n": self.number, "m": self.member_name, "b": self.date_of_birth, "u": self.unit_name,
                "e": self.event_title, "s": self.score, "d": self.passed_on, "i": self.issuer, "k": self.key}
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()

    @classmethod
    def from_payload(cls, data: bytes) -> "CertificateFacts":
        values = json.loads(data)
        return cls(values["n"], values["m"], values["b"], values["u"], values["e"], values["s"], values["d"],
                   values["i"], values["k"])


@dataclass(frozen=True)
class IssuedCertificate:
    number: str
    member_id: str
    code: str
    facts: CertificateFacts


def _code(payload: bytes, signature: str) -> str:
    return f"{CODE_PREFIX}.{b64(payload)}.{signature}"


def _next_number(session, unit_code: str, year: int) -> str:
    prefix = f"{unit_code}-{year}-"
    last = session.scalar(select(func.max(Certificate.number)).where(Certificate.number.like(prefix + "%")))
    return f"{prefix}{(int(last[len(prefix):]) if last else 0) + 1:05d}"


def issue_certificates(db: Database, event_id: str, member_ids: list[str] | None = None) -> list[IssuedCertificate]:
    """A certificate for each member who passed (or each of ``member_ids`` who did): the
    best passing attempt; a member who already has one keeps it (no second number)."""
    key = own_key(db)
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None or event.deleted_at is not None:
            raise NotFoundError(tr("Không tìm thấy hội nghị (có thể đã bị xóa)."))
        issuer = session.get(Unit, event.organiser_unit_id)
        query = select(QuizAttempt).where(QuizAttempt.event_id == event_id, QuizAttempt.passed.is_(True),
                                          QuizAttempt.deleted_at.is_(None))
        if member_ids is not None:
            query = query.where(QuizAttempt.member_id.in_(member_ids))
        best: dict[str, QuizAttempt] = {}
        for attempt in session.scalars(query):
            held = best.get(attempt.member_id)
            if held is None or (attempt.score_percent or 0) > (held.score_percent or 0):
                best[attempt.member_id] = attempt
        if member_ids is not None:
            missing = [m for m in member_ids if m not in best]
            if missing:
                names = [_full_name(session.get(Member, m)) for m in missing]
                raise ValidationError(tr("Chưa đạt bài kiểm tra nên chưa cấp được giấy chứng nhận: {names}").format(
                    names=", ".join(names)), "member_id")
        existing = {c.member_id: c for c in session.scalars(select(Certificate).where(
            Certificate.event_id == event_id, Certificate.deleted_at.is_(None)))}
        issued = []
        for member_id, attempt in sorted(best.items(), key=lambda item: _sort_key(session, item[0])):
            held = existing.get(member_id)
            if held is not None:
                facts = CertificateFacts.from_payload(held.payload.encode())
                issued.append(IssuedCertificate(held.number, member_id, _code(held.payload.encode(), held.signature),
                                                facts))
                continue
            member = session.get(Member, member_id)
            branch = session.get(Unit, member.branch_id)
            when = attempt.submitted_at or utcnow()
            facts = CertificateFacts(
                _next_number(session, issuer.code, date.today().year), _full_name(member),
                vntext.format_date(member.date_of_birth) if member.date_of_birth else "", branch.name, event.title,
                f"{attempt.correct_count}/{attempt.question_count}", vntext.format_date(when.date()), issuer.name,
                key.fingerprint)
            payload = facts.payload()
            signature = key.sign(payload)
            session.add(Certificate(number=facts.number, event_id=event_id, member_id=member_id,
                                    attempt_id=attempt.id, issued_at=utcnow(), payload=payload.decode(),
                                    signature=signature, key_fingerprint=key.fingerprint,
                                    **new_record_fields(db, session, member.branch_id)[0]))
            session.flush()
            issued.append(IssuedCertificate(facts.number, member_id, _code(payload, signature), facts))
        return issued


def _full_name(member: Member) -> str:
    return " ".join(f"{member.family_name} {member.middle_name} {member.given_name}".split())


def _sort_key(session, member_id: str) -> str:
    return session.get(Member, member_id).sort_key


# --- checking --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verification:
    valid: bool
    message: str
    facts: CertificateFacts | None = None


def verify_code(db: Database, code: str) -> Verification:
    """Check the text of a certificate's QR code."""
    match = _CODE.search(code.strip())
    if match is None:
        return Verification(False, tr("Không phải mã giấy chứng nhận của DoanDesk."))
    try:
        payload = unb64(match.group(1))
        facts = CertificateFacts.from_payload(payload)
    except (ValueError, KeyError, UnicodeDecodeError):
        return Verification(False, tr("Mã giấy chứng nhận bị hỏng (không đọc được nội dung)."))
    good = verify_signature(db, facts.key, payload, match.group(2))
    if good is None:
        return Verification(False, tr("Không biết khóa ký {key}… của đơn vị cấp «{issuer}»: chưa xác minh được. "
                                      "Hãy đăng ký khóa của đơn vị đó.").format(key=facts.key[:8], issuer=facts.issuer),
                            facts)
    if not good:
        return Verification(False, tr("GIẢ MẠO hoặc đã bị sửa: nội dung không khớp chữ ký của đơn vị cấp."), facts)
    with db.session() as session:
        held = session.scalar(select(Certificate).where(Certificate.number == facts.number))
        if held is not None and held.deleted_at is not None:
            return Verification(False, tr("Giấy chứng nhận số {number} đã bị thu hồi.").format(
                number=facts.number), facts)
    return Verification(True, tr("Giấy chứng nhận số {number} cấp cho {name}, kết quả {score}, do {issuer} "
                                 "cấp.").format(number=facts.number, name=facts.member_name, score=facts.score,
                                                issuer=facts.issuer), facts)


def verify_number(db: Database, number: str) -> Verification:
    with db.session() as session:
        held = session.scalar(select(Certificate).where(Certificate.number == number.strip().upper()))
        if held is None:
            return Verification(False, tr("Không có giấy chứng nhận số «{number}» trong dữ liệu của máy này.").format(
                number=number.strip()))
        code = _code(held.payload.encode(), held.signature)
    return verify_code(db, code)


def read_code_from_file(path: Path) -> str:
    """The certificate code in a PDF (its metadata) or an image (its QR code)."""
    if not path.is_file():
        raise InputFileError(tr("Không tìm thấy tệp {path}.").format(path=path))
    data = path.read_bytes()
    if data.startswith(b"%PDF"):
        match = _CODE.search(data.decode("latin-1"))
        if match:
            return match.group(0)
        raise InputFileError(tr("Tệp {file} không chứa mã giấy chứng nhận của DoanDesk.").format(file=path.name))
    try:
        import zxingcpp
        from PIL import Image
    except ImportError as exc:  # pragma: no cover - both are installed with the program
        raise InputFileError(tr("Không đọc được ảnh: thiếu thư viện đọc mã QR.")) from exc
    try:
        image = Image.open(path)
    except OSError as exc:
        raise InputFileError(tr("Tệp {file} không phải PDF hay ảnh đọc được.").format(file=path.name)) from exc
    for barcode in zxingcpp.read_barcodes(image):
        if barcode.text.startswith(CODE_PREFIX):
            return barcode.text
    raise InputFileError(tr("Không tìm thấy mã QR giấy chứng nhận trong ảnh {file}.").format(file=path.name))


def verify(db: Database, file_or_code: str) -> Verification:
    """``doandesk cert verify``: a file (PDF or image), a code, or a certificate number."""
    text = file_or_code.strip()
    if text.startswith(CODE_PREFIX):
        return verify_code(db, text)
    if _NUMBER.match(text.upper()) and not Path(text).exists():
        return verify_number(db, text)
    return verify_code(db, read_code_from_file(Path(text)))


# --- printing --------------------------------------------------------------------------------


# i18n: vi-begin — the certificate is an official document, in Vietnamese
def write_certificate_pdf(certificate: IssuedCertificate, path: str | Path, *, signer_title: str = "BÍ THƯ",
                          signer_name: str = "") -> Path:
    """One certificate, A4 landscape: the Union's header, the title, who, for what, the
    result, the number and date, the signature block and the QR code to check it."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from desktop.core.pdfdoc import SERIF, CanvasPdf, draw_qr_matrix
    from desktop.core.qr import qr_matrix

    facts = certificate.facts
    width, height = landscape(A4)
    pdf = CanvasPdf((width, height), f"Giấy chứng nhận {facts.number} – {facts.member_name}")
    canvas = pdf.canvas
    # The code rides in the metadata too: a verifier reads it from the PDF without a camera.
    canvas.setKeywords(certificate.code)
    canvas.setSubject(facts.event_title)
    canvas.setStrokeColor(colors.HexColor("#b71c1c"))
    canvas.setLineWidth(3)
    canvas.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
    canvas.setLineWidth(0.8)
    canvas.rect(15 * mm, 15 * mm, width - 30 * mm, height - 30 * mm)
    canvas.setFillColor(colors.black)
    left_x, right_x = 75 * mm, width - 90 * mm
    top = height - 30 * mm
    canvas.setFont(SERIF, 13)
    canvas.drawCentredString(left_x, top, vntext.normalize(facts.issuer).upper())
    canvas.setFont(f"{SERIF}-bold", 13)
    canvas.drawCentredString(right_x, top, "ĐOÀN TNCS HỒ CHÍ MINH")
    canvas.line(right_x - 30 * mm, top - 3, right_x + 30 * mm, top - 3)
    canvas.setFont(SERIF, 13)
    canvas.drawCentredString(left_x, top - 16, "***")
    canvas.setFont(f"{SERIF}-bold", 30)
    canvas.setFillColor(colors.HexColor("#b71c1c"))
    canvas.drawCentredString(width / 2, 158 * mm, "GIẤY CHỨNG NHẬN")
    canvas.setFillColor(colors.black)
    canvas.setFont(f"{SERIF}-italic", 15)
    canvas.drawCentredString(width / 2, 148 * mm, "Hoàn thành bài kiểm tra nhận thức")
    lines = [
        ("Chứng nhận đồng chí:", facts.member_name, 20),
        ("Ngày sinh:", facts.date_of_birth or "—", 14),
        ("Đơn vị:", facts.unit_name, 14),
        ("Đợt học tập:", facts.event_title, 14),
        ("Kết quả:", f"{facts.score} câu trả lời đúng — ĐẠT", 14),
    ]
    from reportlab.pdfbase.pdfmetrics import stringWidth

    y = 132 * mm
    label_x, value_x = 35 * mm, 88 * mm
    value_width = width - value_x - 30 * mm
    for label, value, size in lines:
        canvas.setFont(f"{SERIF}-italic", 14)
        canvas.drawString(label_x, y, label)
        font = f"{SERIF}-bold"
        text = vntext.normalize(value)
        while size > 9 and stringWidth(text, font, size) > value_width:
            size -= 0.5
        canvas.setFont(font, size)
        canvas.drawString(value_x, y, text)
        y -= 10 * mm
    canvas.setFont(f"{SERIF}-italic", 13)
    canvas.drawCentredString(right_x, 74 * mm, f"Ngày {facts.passed_on}")
    canvas.setFont(f"{SERIF}-bold", 13)
    canvas.drawCentredString(right_x, 67 * mm, "TM. BAN THƯỜNG VỤ")
    canvas.drawCentredString(right_x, 61 * mm, signer_title)
    if signer_name:
        canvas.drawCentredString(right_x, 30 * mm, vntext.normalize(signer_name))
    qr_size = 44 * mm
    qr_x, qr_y = 30 * mm, 22 * mm
    draw_qr_matrix(canvas, qr_matrix(certificate.code), qr_x, qr_y, qr_size)
    canvas.setFont(SERIF, 12)
    canvas.drawString(qr_x + qr_size + 3 * mm, qr_y + 30 * mm, f"Số: {facts.number}")
    canvas.setFont(f"{SERIF}-italic", 10)
    canvas.drawString(qr_x + qr_size + 3 * mm, qr_y + 22 * mm, "Quét mã QR để kiểm tra giấy chứng nhận")
    canvas.drawString(qr_x + qr_size + 3 * mm, qr_y + 17 * mm, "(DoanDesk: Kiểm tra giấy chứng nhận)")
    return pdf.write(path)
# i18n: vi-end


def write_certificates(db: Database, event_id: str, folder: str | Path, member_ids: list[str] | None = None,
                       ) -> list[Path]:
    """Issue (where needed) and print certificates into ``folder``, one PDF each, named
    by number and member."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for certificate in issue_certificates(db, event_id, member_ids):
        safe_name = vntext.fold(certificate.facts.member_name).replace(" ", "-")
        paths.append(write_certificate_pdf(certificate, folder / f"{certificate.number}_{safe_name}.pdf"))
    return paths

