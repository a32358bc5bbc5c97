"""Report packages: a district's records reach the province whole; tampering, wrong keys,
cut files and unsafe zips are refused with the database untouched; imports repeated or
reordered give the same records; conflicts are kept; two check-in PCs merge without
counting anyone twice; receipts acknowledge."""

from __future__ import annotations

import gzip
import hashlib
import io
import sqlite3
import zipfile
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core import bundles, members
from desktop.core.attendance import CheckInStation
from desktop.core.bundle_format import BundleRefused
from desktop.core.cards import event_member_ids, issue_cards
from desktop.core.demo import fill_demo
from desktop.core.errors import InputFileError
from desktop.core.events import list_events, load_event_plan
from desktop.core.signing import known_keys, own_key, remember_key
from desktop.db.engine import Database

SYNCED_SKIP = {"change_seq"}


def logical_dump(db: Database) -> str:
    """The records of every exchanged table, local sequence numbers aside, in a fixed order."""
    lines = []
    with db.engine.connect() as conn:
        for table in bundles.exchanged_tables():
            columns = [c.name for c in table.c if c.name not in SYNCED_SKIP]
            for row in conn.exec_driver_sql(f"SELECT {', '.join(columns)} FROM {table.name} ORDER BY id"):
                lines.append(f"{table.name}|{row!r}")
    return "\n".join(lines)


def file_dump(db: Database) -> str:
    """Every table's rows, bookkeeping included: 'byte for byte' for the database's content."""
    connection = sqlite3.connect(db.path)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def district_package(tmp_path_factory):
    """A district office with members, an event, check-ins and cards: its package, and
    the office's own database (copied per test when needed)."""
    folder = tmp_path_factory.mktemp("district")
    db = Database(folder / "district.sqlite3")
    fill_demo(db, 120)
    event_id = list_events(db)[0].id
    plan = load_event_plan(db, event_id)
    ids = event_member_ids(db, event_id)
    codes = issue_cards(db, ids)
    station = CheckInStation(db, event_id, plan.sorted_sessions()[0].id, plan.bridge_points[1].id)
    for member_id in ids[:10]:
        station.scan(codes[member_id])
    station.close_connection()
    result = bundles.export_bundle(db, folder / "district.ddb", event_ids=[event_id])
    key = own_key(db)
    db.dispose()
    return {"path": result.path, "db_path": folder / "district.sqlite3", "key": key, "event_id": event_id,
            "rows": result.rows}


def province(tmp_path, trusted_key=None) -> Database:
    db = Database(tmp_path / "province.sqlite3")
    if trusted_key is not None:
        remember_key(db, trusted_key.public_key, owner_name="Huyện đoàn Cầu Ngang", unit_code="TV-CN",
                     box_public_key=trusted_key.box_public_key, trusted=True)
    return db


def test_the_package_reaches_the_province_whole_and_twice_changes_nothing(district_package, tmp_path):
    db = province(tmp_path, district_package["key"])
    data = district_package["path"].read_bytes()
    preview = bundles.import_package(db, data, dry_run=True)
    assert logical_dump(db) == ""  # a preview writes nothing
    report = bundles.import_package(db, data)
    assert report.applied and report.counts == preview.counts
    assert report.counts["new"] == sum(district_package["rows"].values()) and report.counts["rejected"] == 0
    district = Database(district_package["db_path"])
    with db.engine.connect() as conn, district.engine.connect() as theirs:
        for table in ("members", "attendances", "member_cards", "invitations"):
            assert conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == \
                theirs.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar(), table
        search = conn.exec_driver_sql("SELECT count(*) FROM members_fts WHERE members_fts MATCH 'nguyen*'").scalar()
        assert search > 0  # imported members are found by the roster search
    before = logical_dump(db)
    again = bundles.import_package(db, data)
    assert again.already_imported and again.counts["unchanged"] == report.counts["new"]
    assert set(again.counts) == {"unchanged"} and logical_dump(db) == before


def test_an_unknown_sender_is_quarantined_until_trusted(district_package, tmp_path):
    db = province(tmp_path)
    data = district_package["path"].read_bytes()
    report = bundles.import_package(db, data)
    assert report.quarantined and not report.applied and logical_dump(db) == ""
    [waiting] = [k for k in known_keys(db) if not k.own]
    assert waiting.fingerprint == district_package["key"].fingerprint and not waiting.trusted
    from desktop.core.signing import trust_key

    trust_key(db, waiting.fingerprint)
    assert bundles.import_package(db, data).applied


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(position=st.floats(min_value=0, max_value=1, exclude_max=True), flip=st.integers(min_value=1, max_value=255))
def test_one_changed_byte_anywhere_is_refused_and_nothing_changes(district_package, tmp_path_factory, position, flip):
    db = province(tmp_path_factory.mktemp("p"), district_package["key"])
    data = bytearray(district_package["path"].read_bytes())
    index = int(position * len(data))
    data[index] ^= flip
    before = file_dump(db)
    with pytest.raises(InputFileError):
        bundles.import_package(db, bytes(data))
    assert file_dump(db) == before
    db.dispose()


@pytest.mark.parametrize("keep", [0.0, 0.3, 0.999])
def test_a_cut_file_is_refused(district_package, tmp_path, keep):
    db = province(tmp_path, district_package["key"])
    data = district_package["path"].read_bytes()
    before = file_dump(db)
    with pytest.raises(InputFileError):
        bundles.import_package(db, data[:int(len(data) * keep)])
    assert file_dump(db) == before


def test_passphrase_and_recipient_encryption(tmp_path):
    office = Database(tmp_path / "office.sqlite3")
    fill_demo(office, 30)
    receiver = Database(tmp_path / "receiver.sqlite3")
    theirs = own_key(receiver)
    remember_key(receiver, own_key(office).public_key, owner_name="Huyện đoàn", unit_code="TV-CN", trusted=True)
    remember_key(office, theirs.public_key, owner_name="Tỉnh đoàn", unit_code="TV", box_public_key=theirs.box_public_key,
                 trusted=True)
    locked = bundles.export_bundle(office, tmp_path / "a.ddb", passphrase="mật khẩu rất dài")
    assert locked.encrypted and b"members" not in locked.path.read_bytes()
    with pytest.raises(InputFileError, match="mật khẩu"):
        bundles.import_package(receiver, locked.path.read_bytes())
    with pytest.raises(InputFileError, match="sai mật khẩu"):
        bundles.import_package(receiver, locked.path.read_bytes(), passphrase="sai rồi nhé")
    assert bundles.import_package(receiver, locked.path.read_bytes(), passphrase="mật khẩu rất dài",
                                  dry_run=True).counts["new"] > 0
    sealed = bundles.export_bundle(office, tmp_path / "b.ddb", recipient_fingerprint=theirs.fingerprint)
    assert bundles.import_package(receiver, sealed.path.read_bytes()).applied
    stranger = Database(tmp_path / "stranger.sqlite3")
    with pytest.raises(InputFileError, match="đơn vị khác"):
        bundles.import_package(stranger, sealed.path.read_bytes())
    with pytest.raises(InputFileError, match="8 ký tự"):
        bundles.export_bundle(office, tmp_path / "c.ddb", passphrase="ngắn")


def _zip(entries: list[tuple[str, bytes]], *, link: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
        if link:
            info = zipfile.ZipInfo(link)
            info.external_attr = 0o120777 << 16
            archive.writestr(info, "/etc/passwd")
    return buffer.getvalue()


@pytest.mark.parametrize("entries, link, message", [
    ([("../../evil.txt", b"x")], None, "không an toàn"),
    ([("/etc/cron.d/x", b"x")], None, "không an toàn"),
    ([("records\\..\\x", b"x")], None, "không an toàn"),
    ([("notes.txt", b"x")], None, "tệp lạ"),
    ([], "records/link", "liên kết"),
    ([("records/a.jsonl", b"0" * (4 << 20))], None, "bom nén"),
])
def test_unsafe_zips_are_refused_with_a_clear_message(tmp_path, entries, link, message):
    db = province(tmp_path)
    with pytest.raises(BundleRefused, match=message):
        bundles.import_package(db, _zip(entries, link=link))


def test_duplicate_names_are_refused(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("records/a.jsonl", b"1")
        with pytest.warns(UserWarning):
            archive.writestr("records/a.jsonl", b"2")
    with pytest.raises(BundleRefused, match="hai tệp cùng tên"):
        bundles.import_package(province(tmp_path), buffer.getvalue())


def _copy_office(source: Database, target_path) -> Database:
    """A second PC holding the same records, as a new installation (its own id and key)."""
    with sqlite3.connect(source.path) as reading, sqlite3.connect(target_path) as writing:
        reading.backup(writing)  # what the WAL holds too, unlike a copy of the file
    copy = Database(target_path)
    with copy.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE installation SET installation_id = 'pc2-installation'")
        conn.exec_driver_sql("DELETE FROM signing_keys")
    copy._installation_id = None
    return copy


def test_order_does_not_matter_and_conflicts_are_kept(tmp_path):
    office = Database(tmp_path / "office.sqlite3")
    fill_demo(office, 20)
    first = bundles.export_bundle(office, tmp_path / "1.ddb").path.read_bytes()
    other = _copy_office(office, tmp_path / "other.sqlite3")  # a second PC, from the same records
    member = members.list_members(office)[0]
    edited = member.to_input()
    edited.notes = "Sửa lần hai"
    members.update_member(office, member.id, edited)
    second = bundles.export_bundle(office, tmp_path / "2.ddb").path.read_bytes()
    diverged = members.get_member(other, member.id).to_input()
    diverged.notes = "Sửa ở máy khác"
    members.update_member(other, member.id, diverged)  # the same revision as "Sửa lần hai"
    third = bundles.export_bundle(other, tmp_path / "3.ddb").path.read_bytes()

    dumps = []
    for order in ([first, second, third], [third, second, first], [second, third, first, first]):
        db = Database(tmp_path / f"p{len(dumps)}.sqlite3")
        for key_source in (office, other):
            remember_key(db, own_key(key_source).public_key, owner_name="", unit_code="", trusted=True)
        reports = [bundles.import_package(db, data) for data in order]
        dumps.append(logical_dump(db))
        assert len(bundles.open_conflicts(db)) == 1
        assert sum(r.counts["conflicts"] for r in reports) == 1
        if order[0] is second:
            assert reports[-2].counts["superseded"] >= 1  # the first package, older than the second
    assert dumps[0] == dumps[1] == dumps[2]


def test_two_check_in_pcs_merge_without_counting_anyone_twice(tmp_path):
    office = Database(tmp_path / "pc1.sqlite3")
    fill_demo(office, 60)
    event_id = list_events(office)[0].id
    plan = load_event_plan(office, event_id)
    session_id, point_id = plan.sorted_sessions()[0].id, plan.bridge_points[1].id
    ids = event_member_ids(office, event_id)
    codes = issue_cards(office, ids)
    pc2 = _copy_office(office, tmp_path / "pc2.sqlite3")
    for db, people in ((office, ids[:6]), (pc2, ids[4:10])):  # members 4 and 5 scanned at both PCs
        station = CheckInStation(db, event_id, session_id, point_id)
        for member_id in people:
            assert station.scan(codes[member_id]).member_id == member_id
            station.check_in(member_id, admit=True)  # people seated at another point are let in too
        station.close_connection()
    for db in (office, pc2):
        for other in (office, pc2):
            if other is not db:
                remember_key(db, own_key(other).public_key, owner_name="", unit_code="", trusted=True)
    from_pc1 = bundles.export_bundle(office, tmp_path / "pc1.ddb", event_ids=[event_id]).path.read_bytes()
    from_pc2 = bundles.export_bundle(pc2, tmp_path / "pc2.ddb", event_ids=[event_id]).path.read_bytes()
    bundles.import_package(office, from_pc2)
    bundles.import_package(pc2, from_pc1)
    for db in (office, pc2):
        with db.engine.connect() as conn:
            live = conn.exec_driver_sql("SELECT member_id FROM attendances WHERE deleted_at IS NULL").all()
        assert sorted(m for (m,) in live) == sorted(ids[:10])
    assert logical_dump(office) == logical_dump(pc2)


def test_a_receipt_acknowledges_and_the_next_package_holds_only_changes(district_package, tmp_path):
    with sqlite3.connect(district_package["db_path"]) as reading, \
            sqlite3.connect(tmp_path / "district.sqlite3") as writing:
        reading.backup(writing)
    district = Database(tmp_path / "district.sqlite3")
    db = province(tmp_path, district_package["key"])
    remember_key(district, own_key(db).public_key, owner_name="Tỉnh đoàn", unit_code="TV", trusted=True)
    sent = bundles.export_bundle(district, tmp_path / "full.ddb")
    bundles.import_package(db, sent.path.read_bytes())
    receipt = bundles.make_receipt(db, sent.bundle_id, tmp_path / "bien-nhan.ddr")
    assert bundles.read_receipt(district, receipt.read_bytes())[0] == sent.bundle_id
    member = members.list_members(district)[0]
    change = member.to_input()
    change.notes = "Chuyển sinh hoạt"
    members.update_member(district, member.id, change)
    delta = bundles.export_bundle(district, tmp_path / "delta.ddb", since_last=True)
    assert delta.rows == {"members": 1} and delta.since_seq == sent.upto_seq
    report = bundles.import_package(db, delta.path.read_bytes())
    assert report.counts["updated"] == 1 and members.get_member(db, member.id).notes == "Chuyển sinh hoạt"


def test_a_minimal_package_leaves_personal_fields_out(tmp_path):
    office = Database(tmp_path / "office.sqlite3")
    fill_demo(office, 10)
    result = bundles.export_bundle(office, tmp_path / "m.ddb", minimal=True)
    with zipfile.ZipFile(result.path) as archive:
        rows = gzip.decompress(archive.read("records/members.jsonl.gz")).decode()
    import json

    assert all(json.loads(line)["citizen_id"] == "" and json.loads(line)["phone"] == ""
               for line in rows.splitlines())
    assert date.today().year > 2000


def test_a_conflict_is_settled_by_keeping_either_version(tmp_path):
    office = Database(tmp_path / "office.sqlite3")
    fill_demo(office, 10)
    other = _copy_office(office, tmp_path / "other.sqlite3")
    member = members.list_members(office)[0]
    for db, note in ((office, "Ghi chú ở huyện"), (other, "Ghi chú ở xã")):
        edited = members.get_member(db, member.id).to_input()
        edited.notes = note
        members.update_member(db, member.id, edited)
    remember_key(office, own_key(other).public_key, owner_name="", unit_code="", trusted=True)
    bundles.import_package(office, bundles.export_bundle(other, tmp_path / "o.ddb").path.read_bytes())
    [conflict] = bundles.open_conflicts(office)
    kept_note = members.get_member(office, member.id).notes
    losing_note = "Ghi chú ở xã" if kept_note == "Ghi chú ở huyện" else "Ghi chú ở huyện"
    bundles.resolve_conflict(office, conflict.id, "other")
    settled = members.get_member(office, member.id)
    assert settled.notes == losing_note and bundles.open_conflicts(office) == []
    with pytest.raises(InputFileError, match="không còn"):
        bundles.resolve_conflict(office, conflict.id, "kept")
    # The choice travels: the other office takes it with the next package (a higher revision).
    remember_key(other, own_key(office).public_key, owner_name="", unit_code="", trusted=True)
    report = bundles.import_package(other, bundles.export_bundle(office, tmp_path / "back.ddb").path.read_bytes())
    assert report.counts["updated"] >= 1 and members.get_member(other, member.id).notes == losing_note
