"""The report package (gói báo cáo) as a file: a signed zip, optionally encrypted, read
back only after every check. See docs/bundle-format.md for the format itself.

Reading is defensive: the zip is never extracted to disk; names that could escape a
folder, links, duplicate names, oversize members and absurd compression ratios are
refused before any byte is used; every file must be listed in the manifest with its
SHA-256, and the manifest must carry a good Ed25519 signature. Encryption is AES-256-GCM
(authenticated: one changed byte and nothing opens), keyed either from a passphrase with
scrypt or, for a receiving office, by X25519 key agreement with its published key.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import stat
import zipfile
import zlib
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktop.core.errors import InputFileError
from desktop.core.signing import OwnKey, b64, fingerprint_of, unb64
from desktop.i18n import tr

FORMAT = "doandesk-bundle"
VERSION = 1
ENCRYPTED_MAGIC = b"DOANDESK-ENC1\n"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"

MAX_ENTRIES = 200_000
MAX_MEMBER_BYTES = 512 * 1024 * 1024
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024
MAX_RATIO = 200                      # uncompressed ÷ compressed, for members over 1 MiB
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 15, 8, 1
_ALLOWED_TOP = ("records/", "files/", "reports/")


class BundleRefused(InputFileError):
    """A package that failed a check; nothing from it was used."""


@dataclass
class OpenedBundle:
    manifest: dict
    files: dict[str, bytes] = field(default_factory=dict)
    encrypted: bool = False

    @property
    def sender_fingerprint(self) -> str:
        return self.manifest["sender"]["fingerprint"]


# --- writing ---------------------------------------------------------------------------------


def _container(entries: list[tuple[str, bytes]]) -> bytes:
    """The zip around the entries, made the same way every time: stored (the records are
    compressed one by one, see :func:`compress`), fixed dates and attributes. So a package
    read back can be rebuilt byte for byte, and a changed byte anywhere — a date, a
    comment, an attribute the signature does not cover — is caught."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.create_system = 0
            info.external_attr = 0
            info.compress_type = zipfile.ZIP_STORED
            archive.writestr(info, data)
    return buffer.getvalue()


def compress(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=6, mtime=0)


def decompress(name: str, data: bytes) -> bytes:
    """Gunzip with a ceiling, so a small file cannot expand into gigabytes."""
    inflater = zlib.decompressobj(wbits=31)
    try:
        out = inflater.decompress(data, MAX_MEMBER_BYTES + 1)
    except zlib.error as exc:
        raise BundleRefused(tr("Tệp «{file}» trong gói bị hỏng.").format(file=name)) from exc
    if len(out) > MAX_MEMBER_BYTES or inflater.unconsumed_tail:
        raise BundleRefused(tr("Tệp «{file}» giải nén ra quá lớn: nghi là bom nén, không mở.").format(file=name))
    if len(out) > 1 << 20 and len(out) > MAX_RATIO * max(len(data), 1):
        raise BundleRefused(tr("Tệp «{file}» nén với tỉ lệ bất thường: nghi là bom nén, không mở.").format(file=name))
    return out


def pack(manifest: dict, files: dict[str, bytes], key: OwnKey) -> bytes:
    """The signed package: the manifest lists every file's SHA-256 and size."""
    manifest = dict(manifest)
    manifest["files"] = {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
                                **manifest.get("files", {}).get(name, {})} for name, data in sorted(files.items())}
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode()
    entries = [(MANIFEST, manifest_bytes), (SIGNATURE, key.sign(manifest_bytes).encode())]
    return _container(entries + sorted(files.items()))


def _aes_key_from_passphrase(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(passphrase.encode())


def _aes_key_from_agreement(private: X25519PrivateKey, public: X25519PublicKey, salt: bytes) -> bytes:
    shared = private.exchange(public)
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"doandesk-bundle").derive(shared)


def encrypt(data: bytes, *, passphrase: str | None = None, recipient_box_key: bytes | None = None,
            recipient_fingerprint: str = "") -> bytes:
    salt = os.urandom(16)
    if passphrase is not None:
        if len(passphrase) < 8:
            raise InputFileError(tr("Mật khẩu của gói cần ít nhất 8 ký tự."))
        header = {"mode": "passphrase", "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": b64(salt)}
        key = _aes_key_from_passphrase(passphrase, salt)
    elif recipient_box_key is not None:
        ephemeral = X25519PrivateKey.generate()
        header = {"mode": "recipient", "recipient": recipient_fingerprint, "salt": b64(salt),
                  "ephemeral": b64(ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))}
        key = _aes_key_from_agreement(ephemeral, X25519PublicKey.from_public_bytes(recipient_box_key), salt)
    else:
        raise ValueError("a passphrase or a recipient key is needed")
    header_bytes = json.dumps({"cipher": "AES-256-GCM", **header}, sort_keys=True).encode() + b"\n"
    nonce = os.urandom(12)
    return ENCRYPTED_MAGIC + header_bytes + nonce + AESGCM(key).encrypt(nonce, data, ENCRYPTED_MAGIC + header_bytes)


# --- reading ---------------------------------------------------------------------------------


def is_encrypted(data: bytes) -> bool:
    return data.startswith(ENCRYPTED_MAGIC)


def encryption_header(data: bytes) -> dict:
    end = data.index(b"\n", len(ENCRYPTED_MAGIC))
    return json.loads(data[len(ENCRYPTED_MAGIC):end])


def decrypt(data: bytes, *, passphrase: str | None = None, own: OwnKey | None = None) -> bytes:
    try:
        end = data.index(b"\n", len(ENCRYPTED_MAGIC))
        header_bytes = data[len(ENCRYPTED_MAGIC):end + 1]
        header = json.loads(header_bytes)
        nonce, ciphertext = data[end + 1:end + 13], data[end + 13:]
        salt = unb64(header["salt"])
        if header["mode"] == "passphrase":
            if passphrase is None:
                raise BundleRefused(tr("Gói được mã hóa bằng mật khẩu: hãy nhập mật khẩu."))
            key = Scrypt(salt=salt, length=32, n=header["n"], r=header["r"], p=header["p"]).derive(passphrase.encode())
        elif header["mode"] == "recipient":
            if own is None or header.get("recipient") != own.fingerprint:
                raise BundleRefused(tr("Gói được mã hóa cho đơn vị khác (khóa {key}…), máy này không mở được.").format(
                    key=str(header.get("recipient", ""))[:8]))
            key = _aes_key_from_agreement(own.box_private_key,
                                          X25519PublicKey.from_public_bytes(unb64(header["ephemeral"])), salt)
        else:
            raise BundleRefused(tr("Gói mã hóa theo cách không biết."))
        return AESGCM(key).decrypt(nonce, ciphertext, ENCRYPTED_MAGIC + header_bytes)
    except InvalidTag as exc:
        raise BundleRefused(tr("Không mở được gói: sai mật khẩu/khóa, hoặc tệp đã bị sửa hay hỏng.")) from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise BundleRefused(tr("Phần đầu của gói mã hóa bị hỏng.")) from exc


def _check_name(name: str) -> None:
    if (not name or name.startswith(("/", "\\")) or "\\" in name or ".." in name.split("/")
            or (len(name) > 1 and name[1] == ":") or "\x00" in name):
        raise BundleRefused(tr("Gói có đường dẫn không an toàn: «{path}».").format(path=name[:80]))
    if name not in (MANIFEST, SIGNATURE) and not name.startswith(_ALLOWED_TOP):
        raise BundleRefused(tr("Gói có tệp lạ ngoài các thư mục cho phép: «{path}».").format(path=name[:80]))


def open_zip(data: bytes) -> dict[str, bytes]:
    """Every member of the zip, after the safety checks (see the module docstring)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise BundleRefused(tr("Tệp không phải gói DoanDesk (không đọc được dạng nén), hoặc đã bị cắt cụt.")) from exc
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise BundleRefused(tr("Gói có quá nhiều tệp ({count}).").format(count=len(infos)))
    seen: set[str] = set()
    total = 0
    for info in infos:
        _check_name(info.filename)
        if info.filename in seen:
            raise BundleRefused(tr("Gói có hai tệp cùng tên «{file}».").format(file=info.filename))
        seen.add(info.filename)
        if info.is_dir() or stat.S_ISLNK(info.external_attr >> 16):
            raise BundleRefused(tr("Gói chứa thư mục hoặc liên kết «{file}», không nhận.").format(file=info.filename))
        if info.file_size > MAX_MEMBER_BYTES:
            raise BundleRefused(tr("Tệp «{file}» trong gói quá lớn ({size} byte).").format(
                file=info.filename, size=info.file_size))
        if info.file_size > 1 << 20 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise BundleRefused(tr("Tệp «{file}» nén với tỉ lệ bất thường: nghi là bom nén, không mở.").format(
                file=info.filename))
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise BundleRefused(tr("Gói giải nén ra quá lớn."))
    files = {}
    try:
        for info in infos:
            with archive.open(info) as member:
                content = member.read(MAX_MEMBER_BYTES + 1)
            if len(content) != info.file_size:
                raise BundleRefused(tr("Tệp «{file}» trong gói không đúng kích thước đã ghi.").format(
                    file=info.filename))
            files[info.filename] = content
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:  # a CRC error, a cut file
        raise BundleRefused(tr("Gói bị hỏng ({error}).").format(error=exc)) from exc
    if _container(list(files.items())) != data:
        raise BundleRefused(tr("Gói đã bị sửa: vỏ tệp nén không đúng như lúc tạo."))
    return files


def read_bundle(data: bytes, *, passphrase: str | None = None, own: OwnKey | None = None) -> OpenedBundle:
    """Decrypt if needed and check everything but the sender's trust: zip safety, the
    manifest's format and version, its signature by the key it names, and each file's
    hash and size (no file missing, none unlisted)."""
    encrypted = is_encrypted(data)
    if encrypted:
        data = decrypt(data, passphrase=passphrase, own=own)
    files = open_zip(data)
    if MANIFEST not in files or SIGNATURE not in files:
        raise BundleRefused(tr("Gói thiếu bản kê (manifest) hoặc chữ ký."))
    manifest_bytes = files.pop(MANIFEST)
    signature = files.pop(SIGNATURE).decode("ascii", errors="replace").strip()
    try:
        manifest = json.loads(manifest_bytes)
        if manifest.get("format") != FORMAT:
            raise BundleRefused(tr("Tệp không phải gói báo cáo DoanDesk."))
        version = int(manifest.get("version", 0))
        sender = manifest["sender"]
        public = unb64(sender["public_key"])
    except (ValueError, KeyError, TypeError) as exc:
        raise BundleRefused(tr("Bản kê của gói bị hỏng.")) from exc
    if version > VERSION:
        raise BundleRefused(tr("Gói theo định dạng phiên bản {version}, mới hơn chương trình này (phiên bản "
                               "{supported}): hãy cập nhật DoanDesk.").format(version=version, supported=VERSION))
    if fingerprint_of(public) != sender.get("fingerprint"):
        raise BundleRefused(tr("Dấu vân tay trong bản kê không khớp khóa của người gửi."))
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(unb64(signature), manifest_bytes)
    except (InvalidSignature, ValueError) as exc:
        raise BundleRefused(tr("Chữ ký của gói không đúng: gói đã bị sửa sau khi ký.")) from exc
    listed = manifest.get("files", {})
    if set(listed) != set(files):
        extra, missing = sorted(set(files) - set(listed)), sorted(set(listed) - set(files))
        differences = [tr("thừa {file}").format(file=n) for n in extra[:3]] + \
            [tr("thiếu {file}").format(file=n) for n in missing[:3]]
        raise BundleRefused(tr("Gói không khớp bản kê: {differences}").format(differences=", ".join(differences)))
    for name, data_bytes in files.items():
        entry = listed[name]
        if entry.get("size") != len(data_bytes) or entry.get("sha256") != hashlib.sha256(data_bytes).hexdigest():
            raise BundleRefused(tr("Tệp «{file}» trong gói không khớp mã kiểm tra SHA-256.").format(file=name))
    return OpenedBundle(_upgraded(manifest, version), files, encrypted)


def _upgraded(manifest: dict, version: int) -> dict:
    """A manifest of an older version brought to the current one (version 1 is the first)."""
    manifest["version"] = VERSION
    return manifest
