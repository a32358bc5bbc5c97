"""Delivering report packages: copies to a folder or a USB stick are verified and never
replace another file; removable drives are found on Linux, Windows and macOS (faked);
parts join back only when all are there and intact; a package sent through a real SMTP
server on the loopback (plain, STARTTLS and SSL, with a certificate made here) arrives in
parts that join into a package the reader accepts; mail errors are told in Vietnamese."""

from __future__ import annotations

import datetime
import email
import email.policy
import errno
import hashlib
import ipaddress
import os
import socket
import ssl
import sys
import types
from pathlib import Path
from urllib.parse import unquote

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from desktop.core import delivery
from desktop.core.bundle_format import read_bundle
from desktop.core.bundles import export_bundle
from desktop.core.delivery import (
    Drive, MailSettings, deliver_to_drive, deliver_to_folder, find_packages, join_parts, load_password, mail_settings,
    mailto_url, removable_drives, safe_to_unplug_message, save_mail_settings, send_package, split_package,
    store_password,
)
from desktop.core.demo import fill_demo
from desktop.core.errors import InputFileError
from desktop.core.settings import MAIL_PORT, MAIL_RECIPIENTS, MAIL_SECURITY, REGISTRY, set_setting
from desktop.db.engine import Database


@pytest.fixture
def package(tmp_path) -> Path:
    """A real package of a demo district office (about 20 KB)."""
    db = Database(tmp_path / "d.sqlite3")
    fill_demo(db, 60)
    (tmp_path / "out").mkdir()
    result = export_bundle(db, tmp_path / "out" / "huyen-doan.ddb")
    db.dispose()
    return result.path


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- to a folder ------------------------------------------------------------------------------


def test_deliver_writes_verifies_and_leaves_no_temporary(tmp_path):
    source = tmp_path / "goi.ddb"
    source.write_bytes(os.urandom(300_000))
    target = tmp_path / "usb"
    target.mkdir()
    placed = deliver_to_folder(source, target)
    assert placed == target / "goi.ddb"
    assert placed.read_bytes() == source.read_bytes()
    assert sorted(p.name for p in target.iterdir()) == ["goi.ddb"]


def test_deliver_never_clobbers_a_different_file(tmp_path):
    source = tmp_path / "goi.ddb"
    source.write_bytes(b"new package")
    target = tmp_path / "usb"
    target.mkdir()
    (target / "goi.ddb").write_bytes(b"someone else's package")
    (target / "goi (2).ddb").write_bytes(b"another one")
    placed = deliver_to_folder(source, target)
    assert placed == target / "goi (3).ddb"
    assert (target / "goi.ddb").read_bytes() == b"someone else's package"
    assert (target / "goi (2).ddb").read_bytes() == b"another one"
    assert placed.read_bytes() == b"new package"
    # Delivered again: the identical copy is recognised, no "goi (4).ddb".
    assert deliver_to_folder(source, target) == placed
    assert len(list(target.iterdir())) == 3


def test_deliver_without_hard_links_falls_back_to_rename(tmp_path, monkeypatch):
    """FAT sticks have no hard links."""
    def no_links(*_args, **_kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    source = tmp_path / "goi.ddb"
    source.write_bytes(b"package")
    target = tmp_path / "usb"
    target.mkdir()
    (target / "goi.ddb").write_bytes(b"other")
    assert deliver_to_folder(source, target) == target / "goi (2).ddb"
    assert sorted(p.name for p in target.iterdir()) == ["goi (2).ddb", "goi.ddb"]


def test_read_only_folder_is_refused_in_vietnamese(tmp_path, monkeypatch):
    source = tmp_path / "goi.ddb"
    source.write_bytes(b"package")
    target = tmp_path / "chi-doc"
    target.mkdir()
    target.chmod(0o555)
    try:
        probe = target / "probe"
        try:
            probe.write_bytes(b"")
            probe.unlink()
            writable = True
        except PermissionError:
            writable = False
        if writable:
            # Root writes anywhere: the folder's refusal is what the system would say to an officer.
            real_open = os.open

            def refusing_open(path, *args, **kwargs):
                if Path(path).parent == target:
                    raise PermissionError(errno.EACCES, "Permission denied", str(path))
                return real_open(path, *args, **kwargs)

            monkeypatch.setattr(os, "open", refusing_open)
        with pytest.raises(InputFileError, match="Không có quyền ghi vào thư mục"):
            deliver_to_folder(source, target)
    finally:
        target.chmod(0o755)
    assert list(target.iterdir()) == []


@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOSPC, "Không đủ chỗ trống"),
    (errno.EROFS, "chỉ cho đọc"),
    (errno.EIO, "Lỗi đọc ghi"),
])
def test_write_failures_are_told_and_cleaned_up(tmp_path, monkeypatch, code, words):
    def failing_fsync(_fd):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", failing_fsync)
    source = tmp_path / "goi.ddb"
    source.write_bytes(b"package")
    target = tmp_path / "usb"
    target.mkdir()
    with pytest.raises(InputFileError, match=words):
        deliver_to_folder(source, target)
    assert list(target.iterdir()) == []


def test_a_copy_that_reads_back_different_is_removed(tmp_path, monkeypatch):
    source = tmp_path / "goi.ddb"
    source.write_bytes(b"package")
    target = tmp_path / "usb"
    target.mkdir()
    real = delivery._file_sha256
    monkeypatch.setattr(delivery, "_file_sha256", lambda p: "0" * 64 if Path(p).parent == target else real(p))
    with pytest.raises(InputFileError, match="không khớp bản gốc"):
        deliver_to_folder(source, target)
    assert list(target.iterdir()) == []


def test_a_missing_folder_or_source_is_told(tmp_path):
    source = tmp_path / "goi.ddb"
    source.write_bytes(b"package")
    with pytest.raises(InputFileError, match="Không tìm thấy thư mục"):
        deliver_to_folder(source, tmp_path / "rut-ra")
    with pytest.raises(InputFileError, match="Không đọc được gói"):
        deliver_to_folder(tmp_path / "khong-co.ddb", tmp_path)


# --- removable drives --------------------------------------------------------------------------


def test_removable_drives_from_proc_mounts(tmp_path):
    root = tmp_path / "root"
    for folder in ("media/an/USB DOAN", "run/media/binh/KINGSTON", "mnt/the-nho", "mnt/c", "media/an/NOT-MOUNTED",
                   "home/an"):
        (root / folder).mkdir(parents=True)
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "sysfs /sys sysfs rw,nosuid 0 0\n"
        "/dev/sda2 / ext4 rw,relatime 0 0\n"
        "/dev/sdb1 /media/an/USB\\040DOAN vfat rw,nosuid,nodev 0 0\n"
        "/dev/sdc1 /run/media/binh/KINGSTON exfat rw 0 0\n"
        "/dev/mmcblk0p1 /mnt/the-nho vfat rw 0 0\n"
        "C:\\134 /mnt/c 9p rw 0 0\n"
        "/dev/sda3 /home/an ext4 rw 0 0\n"
        "/dev/sdd1 /media/an/GONE vfat rw 0 0\n"     # listed but its folder is gone
        "/dev/sdb1 /media/an/USB\\040DOAN vfat rw 0 0\n")
    drives = removable_drives(system="Linux", mounts_file=mounts, root=root)
    assert [(d.path, d.label) for d in drives] == [
        (root / "media/an/USB DOAN", "USB DOAN"),
        (root / "mnt/the-nho", "the-nho"),
        (root / "run/media/binh/KINGSTON", "KINGSTON"),
    ]
    assert all(d.free_bytes > 0 for d in drives)
    assert removable_drives(system="Linux", mounts_file=tmp_path / "no-such-file", root=root) == []


def test_removable_drives_on_macos(tmp_path):
    volumes = tmp_path / "Volumes"
    (volumes / "USB DOAN").mkdir(parents=True)
    (volumes / ".Trashes").mkdir()
    (volumes / "Macintosh HD").symlink_to(tmp_path)
    assert [d.label for d in removable_drives(system="Darwin", root=tmp_path)] == ["USB DOAN"]


class FakeKernel32:
    """C: fixed, E: a USB stick, F: a card reader without a card."""

    def GetLogicalDrives(self):  # noqa: N802 (Windows' names)
        return (1 << 2) | (1 << 4) | (1 << 5)

    def GetDriveTypeW(self, root):  # noqa: N802
        return {"C:\\": 3, "E:\\": 2, "F:\\": 2}[root]

    def GetVolumeInformationW(self, root, label, size, *rest):  # noqa: N802
        if root == "F:\\":
            return 0
        label.value = "USB ĐOÀN"
        return 1


def test_removable_drives_on_windows():
    drives = removable_drives(system="Windows", kernel32=FakeKernel32())
    assert [(str(d.path), d.label) for d in drives] == [("E:\\", "USB ĐOÀN")]


def test_deliver_to_drive_and_the_unplug_message(tmp_path):
    source = tmp_path / "goi.ddb"
    source.write_bytes(b"package")
    (tmp_path / "usb").mkdir()
    drive = Drive(tmp_path / "usb", "USB ĐOÀN", 1 << 30)
    assert deliver_to_drive(source, drive).read_bytes() == b"package"
    message = safe_to_unplug_message(drive)
    assert message.startswith("Đã ghi và kiểm tra xong gói trên ổ USB ĐOÀN")
    assert message.endswith("Có thể rút USB an toàn.")


# --- parts -----------------------------------------------------------------------------------------


def three_parts(tmp_path) -> tuple[bytes, list[Path]]:
    data = os.urandom(25_000)
    source = tmp_path / "x.ddb"
    source.write_bytes(data)
    folder = tmp_path / "parts"
    folder.mkdir()
    return data, split_package(source, 10_000, folder=folder)


def test_split_and_join_round_trip(tmp_path):
    data, parts = three_parts(tmp_path)
    assert [p.name for p in parts] == ["x.ddb.part01of03", "x.ddb.part02of03", "x.ddb.part03of03"]
    first_line = parts[0].read_bytes().split(b"\n", 1)[0].decode()
    assert first_line.startswith('DOANDESK-PART1 {"package": "' + sha(data) + '", "index": 1, "count": 3, '
                                 '"name": "x.ddb"')
    assert join_parts(reversed(parts)) == data
    assert join_parts(parts) == data


def test_a_small_package_makes_one_part(tmp_path):
    source = tmp_path / "nho.ddb"
    source.write_bytes(b"small")
    parts = split_package(source)
    assert [p.name for p in parts] == ["nho.ddb.part01of01"]
    assert join_parts(parts) == b"small"


def test_a_missing_part_is_named(tmp_path):
    _, parts = three_parts(tmp_path)
    with pytest.raises(InputFileError, match="Thiếu phần 2/3 của gói x.ddb"):
        join_parts([parts[0], parts[2]])
    with pytest.raises(InputFileError, match="Thiếu các phần 1/3, 3/3 của gói x.ddb"):
        join_parts([parts[1]])


def test_a_corrupted_part_is_named(tmp_path):
    _, parts = three_parts(tmp_path)
    content = bytearray(parts[1].read_bytes())
    content[-100] ^= 0xFF
    parts[1].write_bytes(bytes(content))
    with pytest.raises(InputFileError, match="Phần 2/3 của gói x.ddb bị hỏng"):
        join_parts(parts)


def test_a_cut_part_or_a_damaged_header_is_refused(tmp_path):
    _, parts = three_parts(tmp_path)
    parts[2].write_bytes(parts[2].read_bytes()[:-10])
    with pytest.raises(InputFileError, match="Phần 3/3 của gói x.ddb bị hỏng"):
        join_parts(parts)
    parts[0].write_bytes(parts[0].read_bytes().replace(b'"count": 3', b'"count": "3"', 1))
    with pytest.raises(InputFileError, match="Phần đầu của tệp x.ddb.part01of03 bị hỏng"):
        join_parts(parts)
    stray = tmp_path / "thu.txt"
    stray.write_text("xin chào")
    with pytest.raises(InputFileError, match="không phải một phần của gói DoanDesk"):
        join_parts([stray])


def test_parts_of_two_packages_do_not_mix(tmp_path):
    _, parts = three_parts(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    (tmp_path / "x2").mkdir()
    source = tmp_path / "x2" / "x.ddb"
    source.write_bytes(os.urandom(25_000))
    other_parts = split_package(source, 10_000, folder=other)
    with pytest.raises(InputFileError, match="không cùng một gói"):
        join_parts([parts[0], other_parts[1], parts[2]])


def test_whole_hash_is_checked_without_part_hashes(tmp_path):
    """A part whose header has no slice hash (the header's required fields only) is still
    caught by the whole package's hash."""
    _, parts = three_parts(tmp_path)
    for part in parts:
        head, body = part.read_bytes().split(b"\n", 1)
        head = head.split(b', "sha256"')[0] + b"}"
        if part.name.endswith("02of03"):
            body = body[:-1] + bytes([body[-1] ^ 1])
        part.write_bytes(head + b"\n" + body)
    with pytest.raises(InputFileError, match="ghép lại không khớp mã kiểm tra"):
        join_parts(parts)


def test_find_packages_in_a_folder(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "xa-my-long.ddb").write_bytes(b"whole package")
    complete = tmp_path / "complete.ddb"
    complete.write_bytes(os.urandom(25_000))
    split = split_package(complete, 10_000, folder=inbox)
    # A mail program saved one part under another name: it is recognised by its header.
    split[0].rename(inbox / "complete.ddb(1).part01of03")
    incomplete = tmp_path / "incomplete.ddb"
    incomplete.write_bytes(os.urandom(25_000))
    split_package(incomplete, 10_000, folder=inbox)[2].unlink()
    (inbox / "ghi-chu.txt").write_text("không phải gói")
    found = find_packages(inbox)
    assert [(name, len(data)) for name, data in found] == [("complete.ddb", 25_000), ("xa-my-long.ddb", 13)]
    assert dict(found)["complete.ddb"] == complete.read_bytes()
    assert [str(p) for p in found.problems] == ["tệp incomplete.ddb: Thiếu phần 3/3 của gói incomplete.ddb: hãy lưu "
                                                "đủ các phần vào cùng một thư mục."]


def test_find_packages_lists_a_package_found_whole_and_in_parts_once(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    whole = inbox / "goi.ddb"
    whole.write_bytes(os.urandom(25_000))
    split_package(whole, 10_000)
    found = find_packages(inbox)
    assert [name for name, _ in found] == ["goi.ddb"] and found.problems == []


# --- e-mail -------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    def __init__(self):
        self.messages: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        self.messages.append((list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted for delivery"


def authenticator(accounts):
    def check(server, session, envelope, mechanism, auth_data):
        login = auth_data.login.decode()
        # handled=False: aiosmtpd then answers 535 itself (its default waits for us to).
        return AuthResult(success=accounts.get(login) == auth_data.password.decode(), handled=False)

    return check


@pytest.fixture
def smtp_server():
    """Start aiosmtpd on a free loopback port; yields a function taking its options."""
    controllers = []

    def start(**options):
        inbox = Inbox()
        controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), **options)
        controller.start()
        controllers.append(controller)
        return inbox, controller.port

    yield start
    for controller in controllers:
        controller.stop()


def settings_for(port: int, **changes) -> MailSettings:
    values = dict(host="127.0.0.1", port=port, security="none", username="", sender="vp@huyendoan.vn",
                  recipients=["tinhdoan@example.vn", "luu@example.vn"], part_mb=20)
    values.update(changes)
    return MailSettings(**values)


def received_packages(inbox: Inbox, folder: Path) -> list[email.message.EmailMessage]:
    """Save every attachment into ``folder``, as an officer does, and return the messages."""
    folder.mkdir()
    messages = []
    for _, content in inbox.messages:
        message = email.message_from_bytes(content, policy=email.policy.default)
        messages.append(message)
        for attachment in message.iter_attachments():
            assert attachment.get_content_type() == "application/octet-stream"
            (folder / attachment.get_filename()).write_bytes(attachment.get_content())
    return messages


def test_a_package_sent_in_three_parts_arrives_whole(package, smtp_server, tmp_path):
    inbox, port = smtp_server(authenticator=authenticator({"vp@huyendoan.vn": "mật-khẩu"}), auth_require_tls=False)
    data = package.read_bytes()
    part_bytes = -(-len(data) // 3)
    settings = settings_for(port, username="vp@huyendoan.vn")
    sent = send_package(package, settings, "mật-khẩu", subject="Gói báo cáo tháng 12", body="Kính gửi Tỉnh đoàn.",
                        part_bytes=part_bytes)
    assert sent == 3
    assert [to for to, _ in inbox.messages] == [["tinhdoan@example.vn", "luu@example.vn"]] * 3
    messages = received_packages(inbox, tmp_path / "nhan")
    assert [m["Subject"] for m in messages] == [f"Gói báo cáo tháng 12 (phần {i}/3)" for i in (1, 2, 3)]
    assert "Kính gửi Tỉnh đoàn." in messages[0].get_body().get_content()
    found = find_packages(tmp_path / "nhan")
    assert found.problems == []
    [(name, joined)] = found
    assert name == "huyen-doan.ddb" and joined == data
    assert join_parts(sorted((tmp_path / "nhan").iterdir())) == data
    bundle = read_bundle(joined)
    assert bundle.manifest["sender"]["unit_name"]
    assert any(name.startswith("records/members") for name in bundle.files)


def test_a_small_package_goes_whole_in_one_message(package, smtp_server, tmp_path):
    inbox, port = smtp_server()
    assert send_package(package, settings_for(port), None, subject="Gói báo cáo", body="") == 1
    [message] = received_packages(inbox, tmp_path / "nhan")
    assert message["Subject"] == "Gói báo cáo"
    [attachment] = message.iter_attachments()
    assert attachment.get_filename() == "huyen-doan.ddb"
    assert attachment.get_content() == package.read_bytes()


def test_each_message_stays_within_the_size_set(smtp_server, tmp_path):
    """The limit set is the mail server's: the message as sent, attachment encoded."""
    inbox, port = smtp_server()
    source = tmp_path / "lon.ddb"
    source.write_bytes(os.urandom(2_500_000))
    sent = send_package(source, settings_for(port, part_mb=1), None, subject="Gói lớn", body="Gửi gói lớn.")
    assert sent == len(inbox.messages) == 4
    assert all(len(content) <= 1024 * 1024 for _, content in inbox.messages)
    received_packages(inbox, tmp_path / "nhan")
    assert [data for _, data in find_packages(tmp_path / "nhan")] == [source.read_bytes()]


@pytest.mark.parametrize("wrong", ["sai", "mật khẩu sai"])
def test_a_wrong_password_is_told_in_vietnamese(package, smtp_server, wrong):
    _, port = smtp_server(authenticator=authenticator({"vp@huyendoan.vn": "đúng"}), auth_require_tls=False)
    with pytest.raises(InputFileError, match="từ chối đăng nhập của «vp@huyendoan.vn»: kiểm tra tên đăng nhập và mật"):
        send_package(package, settings_for(port, username="vp@huyendoan.vn"), wrong, subject="Gói", body="")


def test_a_vietnamese_password_over_login_only(package, smtp_server):
    """smtplib itself sends only ASCII credentials; a server offering only LOGIN gets UTF-8."""
    inbox, port = smtp_server(authenticator=authenticator({"vp": "Đoàn Thanh Niên"}), auth_require_tls=False,
                              auth_exclude_mechanism=["PLAIN"])
    settings = settings_for(port, username="vp")
    assert send_package(package, settings, "Đoàn Thanh Niên", subject="Gói", body="") == 1
    assert len(inbox.messages) == 1
    with pytest.raises(InputFileError, match="từ chối đăng nhập"):
        send_package(package, settings, "Đoàn Thanh Niên!", subject="Gói", body="")


def test_a_refused_connection_is_told_in_vietnamese(package):
    port = free_port()    # nobody listens there
    with pytest.raises(InputFileError, match=f"127.0.0.1:{port} từ chối kết nối: kiểm tra tên máy chủ, cổng"):
        send_package(package, settings_for(port), None, subject="Gói", body="")


def test_missing_settings_are_named(package):
    with pytest.raises(InputFileError, match="Chưa khai báo máy chủ gửi thư"):
        send_package(package, settings_for(25, host=""), None, subject="Gói", body="")
    with pytest.raises(InputFileError, match="Chưa khai báo địa chỉ nhận gói"):
        send_package(package, settings_for(25, recipients=[]), None, subject="Gói", body="")
    with pytest.raises(InputFileError, match="Địa chỉ nhận không hợp lệ: tinhdoan"):
        send_package(package, settings_for(25, recipients=["tinhdoan"]), None, subject="Gói", body="")


def certificate(tmp_path) -> tuple[Path, Path, bytes]:
    """A certificate authority and a certificate for 127.0.0.1 it signed: (cert, key, CA PEM)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = datetime.datetime.now(datetime.timezone.utc)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "DoanDesk test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
          .not_valid_after(now + datetime.timedelta(days=1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                       content_commitment=False, key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    leaf = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    cert_path, key_path = tmp_path / "server.pem", tmp_path / "server.key"
    cert_path.write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path, ca.public_bytes(serialization.Encoding.PEM)


def server_context(cert: Path, key: Path) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


def test_starttls_with_login(package, smtp_server, tmp_path):
    cert, key, ca = certificate(tmp_path)
    inbox, port = smtp_server(tls_context=server_context(cert, key), require_starttls=True,
                              authenticator=authenticator({"vp": "bí mật"}))
    trusting = ssl.create_default_context(cadata=ca.decode())
    settings = settings_for(port, security="starttls", username="vp")
    assert send_package(package, settings, "bí mật", subject="Gói", body="", context=trusting) == 1
    assert len(inbox.messages) == 1
    # Without the authority, the system's trust refuses the certificate, and says why.
    with pytest.raises(InputFileError, match="Chứng chỉ bảo mật của máy chủ thư 127.0.0.1 không hợp lệ \\(chứng chỉ "
                                             "do tổ chức không được máy này tin cậy cấp\\)"):
        send_package(package, settings, "bí mật", subject="Gói", body="")


def test_starttls_against_a_server_without_it(package, smtp_server):
    _, port = smtp_server()
    with pytest.raises(InputFileError, match="không hỗ trợ STARTTLS: chọn bảo mật SSL"):
        send_package(package, settings_for(port, security="starttls"), None, subject="Gói", body="")


def test_ssl_from_the_first_byte(package, smtp_server, tmp_path):
    cert, key, ca = certificate(tmp_path)
    inbox, port = smtp_server(ssl_context=server_context(cert, key))
    trusting = ssl.create_default_context(cadata=ca.decode())
    assert send_package(package, settings_for(port, security="ssl"), None, subject="Gói", body="",
                        context=trusting) == 1
    assert len(inbox.messages) == 1


def test_ssl_against_a_plain_server_is_told(package, smtp_server):
    _, port = smtp_server()
    with pytest.raises(InputFileError, match="kiểm tra chế độ bảo mật và cổng"):
        send_package(package, settings_for(port, security="ssl"), None, subject="Gói", body="", timeout=5)


# --- settings, passwords, mailto --------------------------------------------------------------------


def test_mail_settings_from_the_registry(db):
    assert {"mail.host", "mail.port", "mail.security", "mail.username", "mail.sender", "mail.recipients",
            "mail.part_mb"} <= set(REGISTRY)
    defaults = mail_settings(db)
    assert (defaults.port, defaults.security, defaults.part_mb, defaults.recipients) == (587, "starttls", 20, [])
    save_mail_settings(db, MailSettings("smtp.gmail.com", 465, "ssl", "vp@gmail.com", "vp@gmail.com",
                                        ["a@tinhdoan.vn, b@tinhdoan.vn"], 10))
    read = mail_settings(db)
    assert read == MailSettings("smtp.gmail.com", 465, "ssl", "vp@gmail.com", "vp@gmail.com",
                                ["a@tinhdoan.vn", "b@tinhdoan.vn"], 10)
    assert 7 * 1024 * 1024 < read.part_bytes < 10 * 1024 * 1024 * 3 // 4
    set_setting(db, MAIL_SECURITY, "tls?")
    assert mail_settings(db).security == "starttls"
    with pytest.raises(Exception, match="phải từ 1 đến 65535"):
        set_setting(db, MAIL_PORT, 0)
    set_setting(db, MAIL_RECIPIENTS, ["x@y.vn"])
    assert mail_settings(db).recipients == ["x@y.vn"]


def test_passwords_without_keyring_are_not_kept(monkeypatch):
    monkeypatch.setitem(sys.modules, "keyring", None)     # makes "import keyring" fail
    assert store_password("vp@smtp", "bí mật") is False
    assert load_password("vp@smtp") is None


def fake_keyring(priority: int) -> types.ModuleType:
    module = types.ModuleType("keyring")
    store: dict = {}
    module.get_keyring = lambda: types.SimpleNamespace(priority=priority)
    module.set_password = lambda service, account, password: store.__setitem__((service, account), password)
    module.get_password = lambda service, account: store.get((service, account))
    module.delete_password = lambda service, account: store.pop((service, account))
    return module


def test_passwords_in_a_working_keyring(monkeypatch):
    monkeypatch.setitem(sys.modules, "keyring", fake_keyring(priority=5))
    assert store_password("vp@smtp", "bí mật") is True
    assert load_password("vp@smtp") == "bí mật"
    delivery.forget_password("vp@smtp")
    assert load_password("vp@smtp") is None


def test_a_keyring_without_a_backend_is_not_used(monkeypatch):
    monkeypatch.setitem(sys.modules, "keyring", fake_keyring(priority=0))
    assert store_password("vp@smtp", "bí mật") is False
    assert load_password("vp@smtp") is None


def test_mailto_url_encodes_vietnamese():
    url = mailto_url(["tinhdoan@example.vn", "luu@example.vn"], "Gói báo cáo tháng 12",
                     "Kính gửi Tỉnh đoàn,\nđính kèm gói báo cáo.")
    assert url.startswith("mailto:tinhdoan@example.vn,luu@example.vn?subject=G%C3%B3i%20b%C3%A1o%20c%C3%A1o")
    assert "%0D%0A" in url and " " not in url and "+" not in url
    query = dict(item.split("=", 1) for item in url.split("?", 1)[1].split("&"))
    assert unquote(query["subject"]) == "Gói báo cáo tháng 12"
    assert unquote(query["body"]) == "Kính gửi Tỉnh đoàn,\r\nđính kèm gói báo cáo."
    settings = settings_for(25, recipients=["a&b@example.vn"])
    assert mailto_url(settings, "", "").startswith("mailto:a%26b@example.vn")
