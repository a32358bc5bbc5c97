"""How a report package (``.ddb``) leaves the office and arrives: copied to a folder or a
USB stick, cut into parts that fit in an e-mail, sent over SMTP, or handed to the
officer's own mail program; and on the other side, found in a folder and joined again.

Every copy is checked: written under a temporary name, flushed to the device, renamed,
then read back and compared with the source by SHA-256. A stick pulled out too early, a
full or write-protected drive, a part lost on the way — each becomes an
:class:`~desktop.core.errors.InputFileError` saying in Vietnamese what to do, never a
package that looks whole but is not.

Parts (``x.ddb.part01of03``…) each begin with one header line::

    DOANDESK-PART1 {"package": "<sha256 of the whole>", "index": 1, "count": 3, "name": "x.ddb",
                    "sha256": "<sha256 of this part's slice>"}

followed by the slice. The whole SHA-256 ties the parts of one package together (two
packages with the same name never mix) and checks the joined result; the slice's
SHA-256 names the part that was damaged, so only that one needs sending again.

E-mail: one message per part over one SMTP connection (SSL, STARTTLS or plain, as the
office's mail server wants). The password stays in the system's keyring when the
optional ``keyring`` package is installed and has a working backend; otherwise the
program asks for it each time and keeps it nowhere.
"""

from __future__ import annotations

import base64
import errno
import hashlib
import json
import os
import re
import secrets
import shutil
import smtplib
import socket
import ssl
import sys
import tempfile
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Iterable, Sequence
from urllib.parse import quote

from desktop.core.errors import InputFileError, Problem
from desktop.core.settings import (
    MAIL_HOST, MAIL_PART_MB, MAIL_PORT, MAIL_RECIPIENTS, MAIL_SECURITY, MAIL_SENDER, MAIL_USERNAME, get_setting,
    set_setting,
)
from desktop.db.engine import Database
from desktop.i18n import N_, tr

PACKAGE_SUFFIX = ".ddb"
PART_MAGIC = b"DOANDESK-PART1 "
PART_HEADER_MAX = 4096           # a header line longer than this is not ours
DEFAULT_PART_BYTES = 20 * 1024 * 1024
SECURITY_MODES = ("starttls", "ssl", "none")
KEYRING_SERVICE = "DoanDesk"
_CHUNK = 1024 * 1024
_MESSAGE_OVERHEAD = 64 * 1024    # headers, the text, the part's header line: with room to spare

# File systems under /mnt that are not a stick in a USB port: WSL's Windows drives,
# network shares, memory.
_NOT_REMOVABLE_FS = {"9p", "drvfs", "nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "sshfs", "tmpfs",
                     "proc", "sysfs", "devtmpfs", "overlay", "autofs", "binfmt_misc", "squashfs"}


# --- to a folder --------------------------------------------------------------------------------


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        _drop_cache(handle.fileno())
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _drop_cache(fd: int) -> None:
    """Ask the kernel to forget the file's cached pages, so that reading it back reads the
    device and not the copy still in memory (Linux; elsewhere the check reads the cache,
    which still catches a short or failed write)."""
    if hasattr(os, "posix_fadvise"):
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        except OSError:
            pass


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable: on POSIX a directory entry lives in the directory's
    own blocks. Windows has no such call for folders and needs none."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _candidates(folder: Path, name: str) -> Iterable[Path]:
    stem, suffix = Path(name).stem, Path(name).suffix
    yield folder / name
    number = 2
    while True:
        yield folder / f"{stem} ({number}){suffix}"
        number += 1


def _write_error(exc: OSError, folder: Path, name: str) -> str:
    code, winerror = exc.errno, getattr(exc, "winerror", None)
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)) or winerror in (39, 112):
        return tr("Không đủ chỗ trống trong {folder} để ghi gói {name}: hãy xóa bớt tệp hoặc dùng ổ khác.").format(
            folder=folder, name=name)
    if code == errno.EROFS or winerror == 19:
        return tr("Ổ chứa {folder} chỉ cho đọc (USB có thể đang gạt khóa chống ghi): hãy mở khóa ghi hoặc chọn thư "
                  "mục khác.").format(folder=folder)
    if winerror in (21, 55) or code in (errno.ENOENT, errno.ENODEV, errno.ENXIO, getattr(errno, "ESTALE", -1)):
        return tr("Thư mục {folder} không còn: ổ đĩa có thể đã bị rút ra. Hãy cắm lại và ghi lại gói {name}.").format(
            folder=folder, name=name)
    if code == errno.EIO:
        return tr("Lỗi đọc ghi trên ổ chứa {folder} (ổ có thể bị hỏng hoặc đã bị rút ra): hãy ghi lại gói {name}, "
                  "nếu vẫn lỗi thì dùng ổ khác.").format(folder=folder, name=name)
    if code in (errno.EACCES, errno.EPERM):
        return tr("Không có quyền ghi vào thư mục {folder}: hãy chọn thư mục khác.").format(folder=folder)
    return tr("Không ghi được gói {name} vào {folder}: {error}").format(
        name=name, folder=folder, error=exc.strerror or exc)


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def deliver_to_folder(path: Path, folder: Path) -> Path:
    """Copy the package ``path`` into ``folder`` and check the copy byte for byte.

    A file of that name already there is kept: an identical one is the package already
    delivered (its path is returned), a different one makes the copy ``x (2).ddb`` and so
    on. Returns the path of the verified copy."""
    path, folder = Path(path), Path(folder)
    name = path.name
    if not folder.is_dir():
        raise InputFileError(tr("Không tìm thấy thư mục {folder}: ổ đĩa có thể đã bị rút ra, hoặc hãy chọn thư mục "
                                "khác.").format(folder=folder))
    try:
        source = open(path, "rb")
    except OSError as exc:
        raise InputFileError(tr("Không đọc được gói {path}: {error}").format(
            path=path, error=exc.strerror or exc)) from exc
    temporary = folder / f".{name}.{secrets.token_hex(4)}.tmp"
    placed: Path | None = None
    try:
        digest = hashlib.sha256()
        with source:
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
            with os.fdopen(fd, "wb") as target:
                while True:
                    try:
                        chunk = source.read(_CHUNK)
                    except OSError as exc:
                        raise InputFileError(tr("Không đọc được gói {path}: {error}").format(
                            path=path, error=exc.strerror or exc)) from exc
                    if not chunk:
                        break
                    digest.update(chunk)
                    target.write(chunk)
                target.flush()
                os.fsync(target.fileno())
        expected = digest.hexdigest()
        final, created = _place(temporary, folder, name, expected)
        if not created:
            return final      # delivered before, byte for byte the same
        placed = final
        _fsync_folder(folder)
        if _file_sha256(placed) != expected:
            raise InputFileError(tr("Bản gói vừa ghi vào {folder} không khớp bản gốc (ổ có thể bị lỗi hoặc đã bị rút "
                                    "ra giữa chừng): đã xóa bản hỏng, hãy ghi lại gói {name} hoặc dùng ổ khác.").format(
                folder=folder, name=name))
        return placed
    except InputFileError:
        if placed is not None:
            _remove_quietly(placed)
        raise
    except OSError as exc:
        if placed is not None:
            _remove_quietly(placed)
        raise InputFileError(_write_error(exc, folder, name)) from exc
    finally:
        if temporary.exists():
            _remove_quietly(temporary)


def _place(temporary: Path, folder: Path, name: str, sha256: str) -> tuple[Path, bool]:
    """Give the written copy its final name without ever replacing another file. Returns
    the name, and False when an identical file already had it (the copy is dropped)."""
    for candidate in _candidates(folder, name):
        if os.path.lexists(candidate):
            if candidate.is_file() and _file_sha256(candidate) == sha256:
                _remove_quietly(temporary)
                return candidate, False
            continue
        try:
            # A hard link fails when the name exists, so nobody's file is replaced even
            # if one appeared since the check above.
            os.link(temporary, candidate)
        except FileExistsError:
            continue
        except OSError:
            # FAT and exFAT sticks have no hard links. Windows' rename refuses an existing
            # name too; POSIX's would replace it, so that leaves only the instant since
            # the check above.
            try:
                os.rename(temporary, candidate)
            except FileExistsError:
                continue
            return candidate, True
        os.unlink(temporary)
        return candidate, True
    raise AssertionError("unreachable: the candidate names never end")


# --- removable drives ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Drive:
    path: Path
    label: str
    free_bytes: int


def _free_bytes(path: Path) -> int:
    try:
        return shutil.disk_usage(path).free
    except OSError:
        return 0


def _unescape_mount(field_bytes: bytes) -> str:
    """/proc/mounts writes a space as \\040 (and tab, newline, backslash the same way)."""
    return os.fsdecode(re.sub(rb"\\([0-7]{3})", lambda m: bytes([int(m[1], 8)]), field_bytes))


def _is_removable_mount_point(mount_point: str) -> bool:
    parts = Path(mount_point).parts[1:]
    return ((len(parts) == 3 and parts[0] == "media")                  # udisks: /media/USER/LABEL
            or (len(parts) == 2 and parts[0] in ("media", "mnt"))     # usbmount's /media/usb0, by hand /mnt/usb
            or (len(parts) == 4 and parts[:2] == ("run", "media")))   # Fedora, Arch: /run/media/USER/LABEL


def _linux_drives(mounts_file: Path, root: Path) -> list[Drive]:
    try:
        lines = Path(mounts_file).read_bytes().splitlines()
    except OSError:
        return []
    drives: dict[Path, Drive] = {}
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point, fs_type = _unescape_mount(fields[1]), fields[2].decode("ascii", "replace")
        if fs_type in _NOT_REMOVABLE_FS or not _is_removable_mount_point(mount_point):
            continue
        path = Path(root) / mount_point.lstrip("/")
        if path in drives or not path.is_dir():
            continue
        drives[path] = Drive(path, path.name, _free_bytes(path))
    return sorted(drives.values(), key=lambda d: str(d.path))


def _mac_drives(root: Path) -> list[Drive]:
    volumes = Path(root) / "Volumes"
    try:
        entries = sorted(volumes.iterdir())
    except OSError:
        return []
    # The start-up disk appears in /Volumes as a link to /.
    return [Drive(entry, entry.name, _free_bytes(entry)) for entry in entries
            if not entry.name.startswith(".") and not entry.is_symlink() and entry.is_dir()]


DRIVE_REMOVABLE = 2


def _windows_drives(kernel32) -> list[Drive]:
    import ctypes

    if kernel32 is None:
        kernel32 = ctypes.windll.kernel32
    mask = kernel32.GetLogicalDrives()
    drives = []
    for number in range(26):
        if not mask & (1 << number):
            continue
        root = f"{chr(ord('A') + number)}:\\"
        if kernel32.GetDriveTypeW(root) != DRIVE_REMOVABLE:
            continue
        label = ctypes.create_unicode_buffer(261)
        file_system = ctypes.create_unicode_buffer(261)
        # Fails for a card reader with no card in it: nothing to write to.
        if not kernel32.GetVolumeInformationW(root, label, len(label), None, None, None, file_system,
                                              len(file_system)):
            continue
        drives.append(Drive(Path(root), label.value or tr("Ổ {drive}").format(drive=root[:2]),
                            _free_bytes(Path(root))))
    return drives


def removable_drives(*, system: str | None = None, mounts_file: Path = Path("/proc/mounts"), root: Path = Path("/"),
                     kernel32=None) -> list[Drive]:
    """The USB sticks and memory cards plugged in now.

    Linux: what is mounted (per ``mounts_file``) at /media/USER/LABEL, /run/media/USER/LABEL,
    /media/NAME or /mnt/NAME, found under ``root``; Windows: the drive letters of type
    removable (a USB hard disk reports itself as fixed and is not listed: the officer
    picks its folder instead); macOS: the volumes under ``root``/Volumes. ``system``
    ("Linux", "Windows", "Darwin"), ``mounts_file``, ``root`` and ``kernel32`` stand in
    for the real machine in tests."""
    system = system or {"win32": "Windows", "darwin": "Darwin"}.get(sys.platform, "Linux")
    if system == "Windows":
        return _windows_drives(kernel32)
    if system == "Darwin":
        return _mac_drives(root)
    return _linux_drives(mounts_file, root)


def safe_to_unplug_message(drive: Drive) -> str:
    return tr("Đã ghi và kiểm tra xong gói trên ổ {drive} ({path}). Có thể rút USB an toàn.").format(
        drive=drive.label, path=drive.path)


def deliver_to_drive(path: Path, drive: Drive) -> Path:
    """Copy and check the package on ``drive`` (see :func:`deliver_to_folder`), then flush
    every write the system still holds, so the stick can be pulled out once this returns
    (show :func:`safe_to_unplug_message`)."""
    placed = deliver_to_folder(path, drive.path)
    if hasattr(os, "sync"):
        os.sync()
    return placed


# --- parts --------------------------------------------------------------------------------------


def _part_name(name: str, index: int, count: int) -> str:
    width = max(2, len(str(count)))
    return f"{name}.part{index:0{width}d}of{count:0{width}d}"


def split_package(path: Path, part_bytes: int = DEFAULT_PART_BYTES, *, folder: Path | None = None) -> list[Path]:
    """Cut the package into parts of at most ``part_bytes`` bytes of content each (plus a
    header line), written beside it or into ``folder``. A package that fits makes one part."""
    path = Path(path)
    if part_bytes < 1:
        raise ValueError("part_bytes must be positive")
    folder = Path(folder) if folder is not None else path.parent
    try:
        size = path.stat().st_size
        whole = _file_sha256(path)
    except OSError as exc:
        raise InputFileError(tr("Không đọc được gói {path}: {error}").format(
            path=path, error=exc.strerror or exc)) from exc
    count = max(1, -(-size // part_bytes))
    written: list[Path] = []
    try:
        with open(path, "rb") as source:
            for index in range(1, count + 1):
                piece = source.read(part_bytes)
                header = {"package": whole, "index": index, "count": count, "name": path.name,
                          "sha256": hashlib.sha256(piece).hexdigest()}
                target = folder / _part_name(path.name, index, count)
                temporary = target.with_name(target.name + ".tmp")
                temporary.write_bytes(PART_MAGIC + json.dumps(header, ensure_ascii=False).encode("utf-8") + b"\n"
                                      + piece)
                temporary.replace(target)
                written.append(target)
    except OSError as exc:
        for part in written:
            _remove_quietly(part)
        raise InputFileError(_write_error(exc, folder, path.name)) from exc
    return written


@dataclass(frozen=True)
class _Part:
    label: str       # the file it came from, for messages
    package: str
    index: int
    count: int
    name: str
    sha256: str | None
    content: bytes


def _parse_part(label: str, data: bytes) -> _Part:
    end = data.find(b"\n", 0, PART_HEADER_MAX)
    if not data.startswith(PART_MAGIC) or end < 0:
        raise InputFileError(tr("Tệp {file} không phải một phần của gói DoanDesk.").format(file=label))
    try:
        header = json.loads(data[len(PART_MAGIC):end].decode("utf-8"))
        package, index, count, name = header["package"], header["index"], header["count"], header["name"]
        sha256 = header.get("sha256")
        valid = (isinstance(package, str) and re.fullmatch(r"[0-9a-f]{64}", package)
                 and isinstance(index, int) and isinstance(count, int) and 1 <= index <= count
                 and isinstance(name, str) and name and "/" not in name and "\\" not in name
                 and (sha256 is None or isinstance(sha256, str)))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputFileError(tr("Phần đầu của tệp {file} bị hỏng: hãy lấy lại tệp này.").format(file=label)) from exc
    if not valid:
        raise InputFileError(tr("Phần đầu của tệp {file} bị hỏng: hãy lấy lại tệp này.").format(file=label))
    return _Part(label, package, index, count, name, sha256, data[end + 1:])


def _join(parts: Sequence[_Part]) -> bytes:
    if not parts:
        raise InputFileError(tr("Chưa chọn phần nào của gói."))
    first = parts[0]
    if any((p.package, p.count, p.name) != (first.package, first.count, first.name) for p in parts):
        names = sorted({p.name for p in parts})
        raise InputFileError(tr("Các tệp đã chọn không cùng một gói ({packages}): hãy chọn đúng các phần của một "
                                "gói.").format(packages=", ".join(names)))
    chosen: dict[int, _Part] = {}
    for index in range(1, first.count + 1):
        copies = [p for p in parts if p.index == index]
        if not copies:
            continue
        good = [p for p in copies if p.sha256 is None or hashlib.sha256(p.content).hexdigest() == p.sha256]
        if not good:
            raise InputFileError(tr("Phần {index}/{count} của gói {name} bị hỏng (tệp {file} không khớp mã kiểm "
                                    "tra): hãy lấy lại phần này.").format(
                index=index, count=first.count, name=first.name, file=copies[0].label))
        if len({p.content for p in good}) > 1:
            raise InputFileError(tr("Có hai bản khác nhau của phần {index}/{count} của gói {name}: hãy giữ lại một "
                                    "bản.").format(index=index, count=first.count, name=first.name))
        chosen[index] = good[0]
    missing = [index for index in range(1, first.count + 1) if index not in chosen]
    if missing:
        listed = ", ".join(f"{index}/{first.count}" for index in missing)
        if len(missing) == 1:
            text = tr("Thiếu phần {part} của gói {name}: hãy lưu đủ các phần vào cùng một thư mục.")
        else:
            text = tr("Thiếu các phần {part} của gói {name}: hãy lưu đủ các phần vào cùng một thư mục.")
        raise InputFileError(text.format(part=listed, name=first.name))
    whole = b"".join(chosen[index].content for index in range(1, first.count + 1))
    if hashlib.sha256(whole).hexdigest() != first.package:
        raise InputFileError(tr("Các phần của gói {name} ghép lại không khớp mã kiểm tra của gói: có phần bị hỏng, "
                                "hãy lấy lại các phần.").format(name=first.name))
    return whole


def join_parts(paths: Iterable[Path]) -> bytes:
    """The package the part files make, in whatever order they are given; refused when a
    part is missing, damaged, or belongs to another package."""
    parts = []
    for path in paths:
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputFileError(tr("Không đọc được tệp {file}: {error}").format(
                file=path.name, error=exc.strerror or exc)) from exc
        parts.append(_parse_part(path.name, data))
    return _join(parts)


class FoundPackages(list):
    """The packages found, as (name, bytes), and in ``problems`` what could not be
    assembled (a part missing or damaged, a file that cannot be read)."""

    def __init__(self, items: Iterable[tuple[str, bytes]] = (), problems: Iterable[Problem] = ()):
        super().__init__(items)
        self.problems: list[Problem] = list(problems)


def find_packages(folder: Path) -> FoundPackages:
    """Every package in ``folder``: whole ``.ddb`` files, and part sets joined (a file is a
    part by its header, whatever a mail program renamed it to). The same package found
    twice — whole and in parts — is listed once."""
    folder = Path(folder)
    found = FoundPackages()
    try:
        entries = sorted(entry for entry in folder.iterdir() if entry.is_file())
    except OSError as exc:
        found.problems.append(Problem("error", tr("Không mở được thư mục {folder}: {error}").format(
            folder=folder, error=exc.strerror or exc)))
        return found
    seen: set[str] = set()
    groups: dict[str, list[_Part]] = {}
    for entry in entries:
        try:
            with open(entry, "rb") as handle:
                head = handle.read(len(PART_MAGIC))
                is_part = head == PART_MAGIC
                if not is_part and entry.suffix.lower() != PACKAGE_SUFFIX:
                    continue
                data = head + handle.read()
        except OSError as exc:
            found.problems.append(Problem("error", tr("Không đọc được tệp: {error}").format(
                error=exc.strerror or exc), file=entry.name))
            continue
        if not is_part:
            digest = hashlib.sha256(data).hexdigest()
            if digest not in seen:
                seen.add(digest)
                found.append((entry.name, data))
            continue
        try:
            part = _parse_part(entry.name, data)
        except InputFileError as exc:
            found.problems.append(Problem("error", str(exc), file=entry.name))
            continue
        groups.setdefault(part.package, []).append(part)
    for package, parts in groups.items():
        try:
            data = _join(parts)
        except InputFileError as exc:
            found.problems.append(Problem("error", str(exc), file=parts[0].name))
            continue
        if package not in seen:
            seen.add(package)
            found.append((parts[0].name, data))
    found.sort(key=lambda item: item[0])
    return found


# --- e-mail -------------------------------------------------------------------------------------


@dataclass
class MailSettings:
    host: str
    port: int = 587
    security: str = "starttls"          # "starttls" | "ssl" | "none"
    username: str = ""
    sender: str = ""
    recipients: list[str] = field(default_factory=list)
    part_mb: int = 20

    @property
    def part_bytes(self) -> int:
        """The most package bytes one message carries for the whole message to stay within
        ``part_mb``: mail servers limit the message as sent, and base64 makes an attachment
        a third larger, plus a line break every 76 characters (57 bytes become 78)."""
        return max(1, (self.part_mb * 1024 * 1024 - _MESSAGE_OVERHEAD) * 57 // 78)

    @property
    def account(self) -> str:
        """The name the password is kept under in the keyring."""
        return f"{self.username}@{self.host}"


def _split_addresses(values: Iterable[str]) -> list[str]:
    """One address per item, but officers paste "a@x, b@y" into one line too."""
    return [address.strip() for value in values for address in re.split(r"[,;\s]+", value) if address.strip()]


def mail_settings(db: Database) -> MailSettings:
    security = str(get_setting(db, MAIL_SECURITY)).strip().lower()
    return MailSettings(
        host=str(get_setting(db, MAIL_HOST)).strip(),
        port=get_setting(db, MAIL_PORT),
        security=security if security in SECURITY_MODES else "starttls",
        username=str(get_setting(db, MAIL_USERNAME)).strip(),
        sender=str(get_setting(db, MAIL_SENDER)).strip(),
        recipients=_split_addresses(get_setting(db, MAIL_RECIPIENTS)),
        part_mb=get_setting(db, MAIL_PART_MB),
    )


def save_mail_settings(db: Database, settings: MailSettings) -> None:
    for spec, value in ((MAIL_HOST, settings.host.strip()), (MAIL_PORT, settings.port),
                        (MAIL_SECURITY, settings.security), (MAIL_USERNAME, settings.username.strip()),
                        (MAIL_SENDER, settings.sender.strip()),
                        (MAIL_RECIPIENTS, _split_addresses(settings.recipients)), (MAIL_PART_MB, settings.part_mb)):
        set_setting(db, spec, value)


def _checked(settings: MailSettings) -> tuple[str, list[str]]:
    """The sender and recipients, or a message saying what to fill in."""
    if not settings.host.strip():
        raise InputFileError(tr("Chưa khai báo máy chủ gửi thư (SMTP) trong Cài đặt thư."))
    if settings.security not in SECURITY_MODES:
        raise InputFileError(tr("Chế độ bảo mật thư phải là starttls, ssl hoặc none: hãy sửa trong Cài đặt thư."))
    sender = (settings.sender or settings.username).strip()
    if "@" not in sender:
        raise InputFileError(tr("Chưa khai báo địa chỉ người gửi (dạng ten@mien) trong Cài đặt thư."))
    recipients = _split_addresses(settings.recipients)
    if not recipients:
        raise InputFileError(tr("Chưa khai báo địa chỉ nhận gói trong Cài đặt thư."))
    wrong = [address for address in recipients if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", address)]
    if wrong:
        raise InputFileError(tr("Địa chỉ nhận không hợp lệ: {addresses}. Hãy sửa trong Cài đặt thư.").format(
            addresses=", ".join(wrong)))
    return sender, recipients


def _message(sender: str, recipients: list[str], subject: str, body: str, name: str, data: bytes) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Subject"] = " ".join(subject.split())   # a line break in a header would break the message
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message.set_content(body)
    message.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return message


# OpenSSL's verification codes an officer can act on.
_CERTIFICATE_PROBLEMS = {
    9: N_("chứng chỉ chưa đến ngày hiệu lực"),
    10: N_("chứng chỉ đã hết hạn"),
    18: N_("chứng chỉ tự ký, không do tổ chức tin cậy cấp"),
    19: N_("chứng chỉ do tổ chức không được máy này tin cậy cấp"),
    20: N_("chứng chỉ do tổ chức không được máy này tin cậy cấp"),
    62: N_("chứng chỉ không mang tên máy chủ này"),
}


def _smtp_error(exc: BaseException, settings: MailSettings, sent: int, total: int) -> str:
    where = f"{settings.host}:{settings.port}"
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        text = tr("Máy chủ thư từ chối đăng nhập của «{username}»: kiểm tra tên đăng nhập và mật khẩu (Gmail, "
                  "Outlook cần «mật khẩu ứng dụng», không phải mật khẩu thường).").format(username=settings.username)
    elif isinstance(exc, smtplib.SMTPNotSupportedError) and "AUTH" in str(exc).upper():
        text = tr("Máy chủ thư {where} không cho đăng nhập trên kết nối này: kiểm tra chế độ bảo mật (thường cần "
                  "STARTTLS hoặc SSL), hoặc để trống tên đăng nhập nếu máy chủ không cần.").format(where=where)
    elif isinstance(exc, smtplib.SMTPNotSupportedError) or (isinstance(exc, smtplib.SMTPException)
                                                            and "STARTTLS" in str(exc).upper()):
        text = tr("Máy chủ thư {where} không hỗ trợ STARTTLS: chọn bảo mật SSL (thường cổng 465) trong Cài đặt "
                  "thư.").format(where=where)
    elif isinstance(exc, smtplib.SMTPRecipientsRefused):
        text = tr("Máy chủ thư từ chối địa chỉ nhận {addresses}: kiểm tra địa chỉ nhận trong Cài đặt thư.").format(
            addresses=", ".join(exc.recipients))
    elif isinstance(exc, (smtplib.SMTPSenderRefused, smtplib.SMTPDataError)) and exc.smtp_code == 552:
        text = tr("Máy chủ thư từ chối vì thư quá lớn: giảm «dung lượng tối đa mỗi thư» trong Cài đặt thư rồi gửi lại.")
    elif isinstance(exc, smtplib.SMTPSenderRefused):
        text = tr("Máy chủ thư từ chối địa chỉ gửi «{sender}»: kiểm tra địa chỉ người gửi trong Cài đặt thư.").format(
            sender=exc.sender)
    elif isinstance(exc, smtplib.SMTPServerDisconnected):
        text = tr("Máy chủ thư {where} ngắt kết nối giữa chừng: kiểm tra chế độ bảo mật và cổng (SSL thường là 465, "
                  "STARTTLS là 587), rồi thử lại.").format(where=where)
    elif isinstance(exc, smtplib.SMTPResponseException):
        reply = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
        text = tr("Máy chủ thư trả lời lỗi {code}: {reply}").format(code=exc.smtp_code, reply=reply)
    elif isinstance(exc, ssl.SSLCertVerificationError):
        problem = _CERTIFICATE_PROBLEMS.get(exc.verify_code)
        reason = f" ({tr(problem)})" if problem else ""
        text = tr("Chứng chỉ bảo mật của máy chủ thư {host} không hợp lệ{reason}: kiểm tra tên máy chủ (phải đúng "
                  "tên ghi trong chứng chỉ) và ngày giờ của máy tính.").format(host=settings.host, reason=reason)
    elif isinstance(exc, ssl.SSLError):
        text = tr("Không lập được kết nối bảo mật (TLS) với {where}: kiểm tra chế độ bảo mật và cổng (SSL thường là "
                  "465, STARTTLS là 587).").format(where=where)
    elif isinstance(exc, socket.gaierror):
        text = tr("Không tìm thấy máy chủ thư «{host}»: kiểm tra tên máy chủ và kết nối mạng.").format(
            host=settings.host)
    elif isinstance(exc, ConnectionRefusedError):
        text = tr("Máy chủ thư {where} từ chối kết nối: kiểm tra tên máy chủ, cổng và chế độ bảo mật trong Cài đặt "
                  "thư, và tường lửa.").format(where=where)
    elif isinstance(exc, (TimeoutError, socket.timeout)):
        text = tr("Máy chủ thư {where} không trả lời: kiểm tra kết nối mạng, cổng, và tường lửa hoặc phần mềm diệt "
                  "virus có chặn gửi thư không.").format(where=where)
    elif isinstance(exc, OSError):
        text = tr("Không kết nối được máy chủ thư {where}: {error}. Kiểm tra kết nối mạng.").format(
            where=where, error=exc.strerror or exc)
    else:
        text = tr("Gửi thư không được: {error}").format(error=exc)
    if sent:
        text = tr("Đã gửi {sent}/{total} thư rồi bị lỗi. {problem}").format(sent=sent, total=total, problem=text)
    return text


def _ehlo_name() -> str | None:
    """smtplib greets with the machine's name, which must be ASCII; a computer named in
    Vietnamese would make every send fail (None: smtplib's own choice)."""
    return None if socket.gethostname().isascii() else "localhost"


def _login(server: smtplib.SMTP, username: str, password: str) -> None:
    """smtplib's login sends only ASCII, but a password with Vietnamese letters is a
    password too: PLAIN (RFC 4616) and LOGIN carry UTF-8, so those are spoken here."""
    if (username + password).isascii():
        server.login(username, password)
        return
    server.ehlo_or_helo_if_needed()
    if not server.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    mechanisms = server.esmtp_features["auth"].upper().split()

    def encoded(text: str) -> str:
        return base64.b64encode(text.encode("utf-8")).decode("ascii")

    if "PLAIN" in mechanisms:
        code, reply = server.docmd("AUTH", "PLAIN " + encoded(f"\0{username}\0{password}"))
    elif "LOGIN" in mechanisms:
        code, reply = server.docmd("AUTH", "LOGIN " + encoded(username))
        if code == 334:
            code, reply = server.docmd(encoded(password))
    else:
        raise smtplib.SMTPAuthenticationError(504, b"no mechanism carries a UTF-8 password")
    if code not in (235, 503):      # 503: already authenticated
        raise smtplib.SMTPAuthenticationError(code, reply)


def send_package(path: Path, settings: MailSettings, password: str | None, *, subject: str, body: str,
                 part_bytes: int | None = None, context: ssl.SSLContext | None = None, timeout: float = 60) -> int:
    """E-mail the package to ``settings.recipients``: one message, or when it is larger than
    what one message may carry (``part_bytes``, default ``settings.part_bytes``, which
    keeps each message within ``settings.part_mb``) one message per part, subject
    "… (phần i/n)". ``context`` replaces the system's trusted certificates (an
    office mail server with its own certificate authority; tests). Returns the number
    of messages sent."""
    path = Path(path)
    sender, recipients = _checked(settings)
    limit = part_bytes if part_bytes is not None else settings.part_bytes
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputFileError(tr("Không đọc được gói {path}: {error}").format(
            path=path, error=exc.strerror or exc)) from exc
    with tempfile.TemporaryDirectory(prefix="doandesk-mail-") as folder:
        if size > limit:
            parts = split_package(path, limit, folder=Path(folder))
            total = len(parts)
            # i18n: vi-begin — the e-mail goes to the receiving office, in Vietnamese
            messages = [_message(sender, recipients, f"{subject} (phần {index}/{total})",
                                 f"{body}\n\nĐây là phần {index}/{total} của gói {path.name}. Hãy lưu tất cả {total} "
                                 "tệp đính kèm vào cùng một thư mục rồi nhận gói bằng DoanDesk: chương trình tự ghép "
                                 "các phần.\n", part.name, part.read_bytes())
                        for index, part in enumerate(parts, start=1)]
            # i18n: vi-end
        else:
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise InputFileError(tr("Không đọc được gói {path}: {error}").format(
                    path=path, error=exc.strerror or exc)) from exc
            messages = [_message(sender, recipients, subject, body, path.name, data)]
    context = context or ssl.create_default_context()
    sent, refused = 0, {}
    try:
        if settings.security == "ssl":
            server = smtplib.SMTP_SSL(settings.host, settings.port, local_hostname=_ehlo_name(), timeout=timeout,
                                      context=context)
        else:
            server = smtplib.SMTP(settings.host, settings.port, local_hostname=_ehlo_name(), timeout=timeout)
        try:
            server.ehlo()
            if settings.security == "starttls":
                server.starttls(context=context)
                server.ehlo()
            if settings.username:
                _login(server, settings.username, password or "")
            for message in messages:
                refused.update(server.send_message(message, from_addr=sender, to_addrs=recipients))
                sent += 1
        finally:
            try:
                server.quit()
            except (smtplib.SMTPException, OSError):
                server.close()
    except (smtplib.SMTPException, OSError) as exc:
        raise InputFileError(_smtp_error(exc, settings, sent, len(messages))) from exc
    if refused:
        # The others got the package; the officer must still learn who did not.
        raise InputFileError(tr("Đã gửi gói, nhưng máy chủ thư từ chối địa chỉ nhận {addresses} (các địa chỉ khác đã "
                                "nhận): kiểm tra địa chỉ này trong Cài đặt thư.").format(
            addresses=", ".join(sorted(refused))))
    return sent


# --- passwords ----------------------------------------------------------------------------------


def _keyring():
    """The keyring module when it is installed and has a backend that really stores
    (its fail and null backends have no priority): else None, and the UI asks each time."""
    try:
        import keyring
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
        if getattr(backend, "priority", 0) <= 0:
            return None
    except Exception:   # a broken backend (no D-Bus, a locked store) must not stop sending
        return None
    return keyring


def store_password(account: str, password: str) -> bool:
    """Keep the password in the system's keyring; False when there is none to keep it in."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, account, password)
    except Exception:
        return False
    return True


def load_password(account: str) -> str | None:
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, account)
    except Exception:
        return None


def forget_password(account: str) -> None:
    keyring = _keyring()
    if keyring is None:
        return
    try:
        keyring.delete_password(KEYRING_SERVICE, account)
    except Exception:
        pass


# --- the officer's own mail program ------------------------------------------------------------


def mailto_url(settings_or_recipients: MailSettings | Iterable[str], subject: str, body: str) -> str:
    """A ``mailto:`` link (RFC 6068) that opens a new message in the officer's mail program,
    UTF-8 percent-encoded so Vietnamese text arrives intact. A mailto link cannot carry
    an attachment: the UI shows the package in its folder for the officer to attach."""
    recipients = (settings_or_recipients.recipients if isinstance(settings_or_recipients, MailSettings)
                  else settings_or_recipients)
    to = ",".join(quote(address, safe="@") for address in _split_addresses(recipients))
    body = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    query = "&".join(f"{key}={quote(value, safe='')}" for key, value in (("subject", subject), ("body", body)) if value)
    return f"mailto:{to}" + (f"?{query}" if query else "")
