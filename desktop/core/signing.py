"""This installation's Ed25519 signing key, and checking signatures by known keys.

The key pair is made on first use and kept in the database (``signing_keys``), so a
backup of the database keeps it. Its fingerprint — the first 20 bytes of the SHA-256 of
the public key, in upper-case base32 groups — is short enough to read out by phone to
the office that has to register it (issue of report packages); certificates and
packages carry it so a verifier knows which key to check with.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import SigningKey
from desktop.i18n import tr


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def fingerprint_of(public_key: bytes) -> str:
    return base64.b32encode(hashlib.sha256(public_key).digest()[:20]).decode("ascii")


def format_fingerprint(fingerprint: str) -> str:
    """'ABCDEFGH…' → 'ABCD EFGH …': groups of four to read out and compare."""
    return " ".join(fingerprint[i:i + 4] for i in range(0, len(fingerprint), 4))


@dataclass(frozen=True)
class OwnKey:
    """This installation's keys: Ed25519 to sign, X25519 to open what is encrypted to it."""

    fingerprint: str
    public_key: bytes
    private_key: Ed25519PrivateKey
    box_public_key: bytes
    box_private_key: X25519PrivateKey

    def sign(self, data: bytes) -> str:
        return b64(self.private_key.sign(data))


def _raw_private(key) -> str:
    return b64(key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()))


def own_key(db: Database) -> OwnKey:
    """This installation's key pair, made on first use."""
    with db.session() as session:
        row = session.scalar(select(SigningKey).where(SigningKey.private_key.is_not(None))
                             .order_by(SigningKey.created_at))
        if row is None:
            private = Ed25519PrivateKey.generate()
            public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
            row = SigningKey(fingerprint=fingerprint_of(public), public_key=b64(public), private_key=_raw_private(private),
                             owner_name="", trusted=True, unit_code="")
            session.add(row)
        if row.box_private_key is None:  # a key made before packages could be encrypted
            box = X25519PrivateKey.generate()
            row.box_private_key = _raw_private(box)
            row.box_public_key = b64(box.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
        return OwnKey(row.fingerprint, unb64(row.public_key),
                      Ed25519PrivateKey.from_private_bytes(unb64(row.private_key)), unb64(row.box_public_key),
                      X25519PrivateKey.from_private_bytes(unb64(row.box_private_key)))


def verify_signature(db: Database, fingerprint: str, data: bytes, signature: str) -> bool | None:
    """True when ``signature`` over ``data`` is good by the trusted key ``fingerprint``;
    False when it is not; None when no trusted key has that fingerprint."""
    with db.session() as session:
        row = session.get(SigningKey, fingerprint)
        if row is None or not row.trusted:
            return None
        public = Ed25519PublicKey.from_public_bytes(unb64(row.public_key))
    try:
        public.verify(unb64(signature), data)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class KnownKey:
    fingerprint: str
    owner_name: str
    unit_code: str
    trusted: bool
    own: bool
    public_key: bytes
    box_public_key: bytes | None


def known_keys(db: Database) -> list[KnownKey]:
    with db.session() as session:
        return [KnownKey(k.fingerprint, k.owner_name, k.unit_code, k.trusted, k.private_key is not None,
                         unb64(k.public_key), unb64(k.box_public_key) if k.box_public_key else None)
                for k in session.scalars(select(SigningKey).order_by(SigningKey.created_at))]


def remember_key(db: Database, public_key: bytes, *, owner_name: str, unit_code: str,
                 box_public_key: bytes | None = None, trusted: bool) -> str:
    """Record another office's key (untrusted until an officer checks its fingerprint,
    or trusted at once when registered on purpose). Returns the fingerprint."""
    fingerprint = fingerprint_of(public_key)
    with db.session() as session:
        row = session.get(SigningKey, fingerprint)
        if row is None:
            session.add(SigningKey(fingerprint=fingerprint, public_key=b64(public_key), private_key=None,
                                   owner_name=owner_name, unit_code=unit_code, trusted=trusted,
                                   box_public_key=b64(box_public_key) if box_public_key else None))
        else:
            row.owner_name, row.unit_code = owner_name or row.owner_name, unit_code or row.unit_code
            if box_public_key:
                row.box_public_key = b64(box_public_key)
            row.trusted = row.trusted or trusted
    return fingerprint


def trust_key(db: Database, fingerprint: str) -> None:
    with db.session() as session:
        row = session.get(SigningKey, fingerprint.replace(" ", "").upper())
        if row is None:
            from desktop.core.errors import NotFoundError

            raise NotFoundError(tr("Không có khóa nào có dấu vân tay {fingerprint}.").format(
                fingerprint=format_fingerprint(fingerprint)))
        row.trusted = True
