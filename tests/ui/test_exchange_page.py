"""The "Gửi / Nhận" screen between two offices: a district sends its package to a folder,
the province registers the district's key file, previews and imports it (the preview's
counts are the import's), writes a receipt the district reads back; a package from a
sender not trusted yet stays aside until its key is trusted; a passphrase package asks
for its passphrase; a USB stick and the mail program as destinations."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.core import bundles, delivery, members
from desktop.core.bundles import OUTCOMES
from desktop.core.demo import fill_demo
from desktop.core.keyfile import export_key_file, trust_key_file
from desktop.core.members import MemberQuery
from desktop.core.signing import format_fingerprint, known_keys, own_key, remember_key
from desktop.db.engine import Database
from desktop.ui.exchange import choosers
from desktop.ui.exchange.exchange_page import ExchangePage


@pytest.fixture
def district(tmp_path) -> Database:
    db = Database(tmp_path / "huyen" / "doandesk.sqlite3")
    fill_demo(db, 80)
    yield db
    db.dispose()


@pytest.fixture
def province(tmp_path) -> Database:
    db = Database(tmp_path / "tinh" / "doandesk.sqlite3")
    yield db
    db.dispose()


@pytest.fixture
def desktop_calls(monkeypatch) -> dict:
    """The file dialogs and the desktop, answered by what a test puts in ``answers``."""
    calls = {"revealed": [], "opened": [], "passphrases": [], "answers": {}}

    def answer(kind):
        def respond(*_args, **_kwargs):
            value = calls["answers"][kind]
            return value.pop(0) if isinstance(value, list) and kind == "passphrase" else value
        return respond

    for kind in ("choose_folder", "choose_files", "choose_file", "choose_save_file"):
        monkeypatch.setattr(choosers, kind, answer(kind))
    monkeypatch.setattr(choosers, "ask_passphrase", answer("passphrase"))
    monkeypatch.setattr(choosers, "reveal", lambda path: calls["revealed"].append(Path(path)))
    monkeypatch.setattr(choosers, "open_url", lambda url: calls["opened"].append(url))
    return calls


@pytest.fixture
def no_drives(monkeypatch):
    """This machine's own sticks stay out of the tests."""
    monkeypatch.setattr(delivery, "removable_drives", lambda: [])


def make_page(db, worker, qtbot, wait_idle) -> ExchangePage:
    page = ExchangePage(db, worker)
    qtbot.addWidget(page)
    page.resize(1236, 740)
    page.show()
    wait_idle()
    return page


def preview_counts(package) -> dict:
    return {name: package.preview.counts.get(name, 0) for name in OUTCOMES}


def test_district_to_province_with_receipt(district, province, worker, qtbot, wait_idle, tmp_path, desktop_calls,
                                           message_boxes, no_drives):
    usb = tmp_path / "usb"
    usb.mkdir()
    answers = desktop_calls["answers"]
    sender = make_page(district, worker, qtbot, wait_idle)
    assert sender.send_tab.minimal_check.isChecked()  # personal data stays home unless asked
    assert sender.send_tab.own_fingerprint_label.text() == format_fingerprint(own_key(district).fingerprint)

    answers["choose_folder"] = usb
    sender.send_tab.send_button.click()
    wait_idle()
    sent = sorted(usb.glob("*.ddb"))
    assert len(sent) == 1 and sent[0].name.startswith("TV-CN-")
    assert "Đã ghi và kiểm tra" in sender.send_tab.result_label.text()
    assert ("inform", "Đã gửi gói báo cáo", sender.send_tab.result_label.text()) in message_boxes.shown
    # The outbox keeps a copy beside the database.
    assert (district.path.parent / "goi-da-gui" / sent[0].name).read_bytes() == sent[0].read_bytes()

    answers["choose_save_file"] = tmp_path / "khoa-TV-CN.key"
    sender.keys_tab.export_button.click()
    wait_idle()
    receiver = make_page(province, worker, qtbot, wait_idle)
    answers["choose_file"] = tmp_path / "khoa-TV-CN.key"
    receiver.keys_tab.import_button.click()
    wait_idle()
    assert [(k.unit_code, k.trusted) for k in receiver.keys_tab.keys] == [("TV-CN", True)]
    assert receiver.keys_tab.model.rowCount() == 1
    # Registered with its box key: the province can now encrypt packages for the district.
    assert receiver.send_tab.recipient_radio.isEnabled()

    receive = receiver.receive_tab
    receiver.tabs.setCurrentWidget(receive)
    receive.folder_button.click()
    wait_idle()
    [package] = receive.packages
    assert package.state == "preview" and package.sender_label == "Huyện đoàn Cầu Ngang (TV-CN)"
    preview = preview_counts(package)
    assert preview["new"] > 80 and preview["rejected"] == 0
    new_column = [c.key for c in receive.model.columns].index("new")
    assert receive.model.index(0, new_column).data() == str(preview["new"])
    assert "Gói hợp lệ" in receive.details_label.text() and "đã tin cậy" in receive.details_label.text()
    assert members.count_members(province) == 0  # a preview writes nothing

    answers["choose_save_file"] = tmp_path / "bien-nhan.ddr"
    with qtbot.waitSignal(receiver.imported):
        receive.import_button.click()
    wait_idle()
    assert receive.packages[0].state == "applied"
    [logged] = [r for r in bundles.bundle_history(province) if r.direction == "in"]
    applied = json.loads(logged.counts)
    assert {name: applied.get(name, 0) for name in OUTCOMES} == preview
    assert members.count_members(province) == 80
    # Left out of the package by default: the province holds no citizen id.
    assert all(not m.citizen_id for m in members.list_members(province, MemberQuery()))
    assert message_boxes.shown[-1][0] == "inform" and "Đã lập biên nhận" == message_boxes.shown[-1][1]
    assert (tmp_path / "bien-nhan.ddr").exists() and desktop_calls["revealed"] == [tmp_path / "bien-nhan.ddr"]
    assert receiver.history_tab.model.rowCount() == 1
    assert receiver.history_tab.model.index(0, 0).data() == "Nhận về"
    assert receiver.history_tab.model.index(0, 3).data() == "Đã nhập"

    # The receipt is signed by the province, whose key the district has not checked yet.
    answers["choose_files"] = [tmp_path / "bien-nhan.ddr"]
    sender.receive_tab.read_receipt_button.click()
    wait_idle()
    assert message_boxes.shown[-1][0] == "warn" and "chưa tin cậy" in message_boxes.shown[-1][2]
    assert sender.history_tab.model.index(0, 3).data() == "Đã gửi, chờ biên nhận"
    province_key = own_key(province).fingerprint
    assert [k.fingerprint for k in sender.keys_tab.keys] == [province_key]
    sender.keys_tab.trust_button.click()
    wait_idle()
    assert message_boxes.shown[-1][0] == "confirm" and format_fingerprint(province_key) in message_boxes.shown[-1][2]
    sender.receive_tab.read_receipt_button.click()
    wait_idle()
    assert message_boxes.shown[-1][1] == "Đã nhập biên nhận"
    history = sender.history_tab.model
    assert history.rowCount() == 1 and history.index(0, 0).data() == "Gửi đi"
    assert history.index(0, 3).data().startswith("Đã có biên nhận")
    assert "Tính từ gói đã có biên nhận" in sender.send_tab.since_hint.text()


def test_untrusted_sender_is_set_aside_until_trusted(district, province, worker, qtbot, wait_idle, tmp_path,
                                                     desktop_calls, message_boxes, no_drives):
    package = bundles.export_bundle(district, tmp_path / "huyen.ddb", minimal=True).path
    page = make_page(province, worker, qtbot, wait_idle)
    receive = page.receive_tab
    desktop_calls["answers"]["choose_files"] = [package]
    receive.files_button.click()
    wait_idle()
    [incoming] = receive.packages
    assert incoming.state == "quarantined"
    assert receive.model.index(0, 2).data() == "Chưa tin cậy"
    assert receive.model.index(0, 3).data() == "Để riêng"
    assert "CHƯA tin cậy" in receive.details_label.text()
    assert receive.keys_button.isVisibleTo(receive) and not receive.import_button.isEnabled()
    assert members.count_members(province) == 0
    # Nothing applied, but its coming is logged.
    assert page.history_tab.model.index(0, 3).data() == "Để riêng: khóa chưa tin cậy"

    receive.keys_button.click()
    wait_idle()
    assert page.tabs.currentWidget() is page.keys_tab
    fingerprint = own_key(district).fingerprint
    assert page.keys_tab.selected().fingerprint == fingerprint and not page.keys_tab.selected().trusted
    message_boxes.confirm_answer = False
    page.keys_tab.trust_button.click()
    wait_idle()
    assert format_fingerprint(fingerprint) in message_boxes.shown[-1][2]
    assert not next(k for k in known_keys(province) if k.fingerprint == fingerprint).trusted

    message_boxes.confirm_answer = True
    page.keys_tab.trust_button.click()
    wait_idle()
    assert next(k for k in known_keys(province) if k.fingerprint == fingerprint).trusted
    # Trusting the key previews the package set aside again.
    assert receive.packages[0].state == "preview" and receive.import_button.isEnabled()
    assert page.keys_tab.model.index(0, 2).data() == "Đã tin cậy"


def test_passphrase_package(district, province, worker, qtbot, wait_idle, tmp_path, desktop_calls, message_boxes,
                            no_drives, type_text):
    outbox = tmp_path / "chuyen"
    outbox.mkdir()
    sender = make_page(district, worker, qtbot, wait_idle)
    send = sender.send_tab
    send.passphrase_radio.setChecked(True)
    type_text(send.passphrase_edit, "Mật khẩu Cầu Ngang")
    type_text(send.repeat_edit, "Mật khẩu Cầu ngang")
    desktop_calls["answers"]["choose_folder"] = outbox
    send.send_button.click()
    wait_idle()
    assert send.encryption_error.isVisibleTo(send) and "không khớp" in send.encryption_error.text()
    assert not list(outbox.iterdir())
    send.repeat_edit.clear()
    type_text(send.repeat_edit, "Mật khẩu Cầu Ngang")
    send.send_button.click()
    wait_idle()
    [package] = outbox.glob("*.ddb")
    assert bundles.describe_encryption(package.read_bytes()) == "passphrase"
    assert send.passphrase_edit.text() == ""  # not kept on screen after use

    export_key_file(district, tmp_path / "huyen.key")
    trust_key_file(province, tmp_path / "huyen.key")
    receiver = make_page(province, worker, qtbot, wait_idle)
    receive = receiver.receive_tab
    desktop_calls["answers"].update(choose_files=[package], passphrase=["sai mật khẩu", "Mật khẩu Cầu Ngang"])
    receive.files_button.click()
    wait_idle()
    assert receive.packages[0].state == "refused" and "sai mật khẩu" in receive.packages[0].refused
    assert receive.passphrase_button.isVisibleTo(receive)
    receive.passphrase_button.click()
    wait_idle()
    incoming = receive.packages[0]
    assert incoming.state == "preview" and "bằng mật khẩu" in receive.details_label.text()
    message_boxes.confirm_answer = False  # no receipt this time
    receive.import_button.click()
    wait_idle()
    assert receive.packages[0].state == "applied"
    assert members.count_members(province) == 80
    assert receive.packages[0].report.counts == incoming.preview.counts


def test_split_package_is_joined(district, province, worker, qtbot, wait_idle, tmp_path, desktop_calls, no_drives):
    """A package cut into parts to fit in e-mails: read from their folder, or the parts chosen."""
    package = bundles.export_bundle(district, tmp_path / "huyen.ddb").path
    mail = tmp_path / "thu"
    mail.mkdir()
    parts = delivery.split_package(package, 20_000, folder=mail)
    assert len(parts) > 1
    trust_key_file(province, export_key_file(district, tmp_path / "huyen.key"))
    receive = make_page(province, worker, qtbot, wait_idle).receive_tab
    desktop_calls["answers"]["choose_folder"] = mail
    receive.folder_button.click()
    wait_idle()
    assert [(p.name, p.state) for p in receive.packages] == [("huyen.ddb", "preview")]
    desktop_calls["answers"]["choose_files"] = parts
    receive.files_button.click()
    wait_idle()
    assert [(p.name, p.state) for p in receive.packages] == [("huyen.ddb", "preview")]
    desktop_calls["answers"]["choose_files"] = parts[1:]
    receive.files_button.click()
    wait_idle()
    assert receive.packages[0].state == "refused" and "Thiếu" in receive.packages[0].refused


def test_usb_stick_and_mail_program(district, worker, qtbot, wait_idle, tmp_path, desktop_calls, message_boxes,
                                    monkeypatch):
    stick = tmp_path / "media" / "KINGSTON"
    stick.mkdir(parents=True)
    monkeypatch.setattr(delivery, "removable_drives", lambda: [delivery.Drive(stick, "KINGSTON", 7_500_000_000)])
    page = make_page(district, worker, qtbot, wait_idle)
    send = page.send_tab
    assert send.drive_radio.isEnabled() and send.drive_combo.currentText().startswith("KINGSTON")
    send.drive_radio.setChecked(True)
    send.minimal_check.setChecked(False)
    send.event_radio.setChecked(True)
    send.send_button.click()
    wait_idle()
    [written] = stick.glob("*.ddb")
    assert "Có thể rút USB an toàn." in send.result_label.text()
    assert written.name.endswith("-hoi-nghi.ddb")
    event_id = send.event_combo.currentData()
    [logged] = bundles.bundle_history(district)
    assert json.loads(logged.scope)["events"] == [event_id] and not json.loads(logged.scope)["minimal"]
    assert f"reports/{event_id}.pdf" in bundles.open_package(district, written.read_bytes()).files
    assert not send.mail_radio.isEnabled()  # no mail server set up on this machine

    send.mail_client_radio.setChecked(True)
    send.send_button.click()
    wait_idle()
    [url] = desktop_calls["opened"]
    assert url.startswith("mailto:") and "subject=" in url
    [shown] = desktop_calls["revealed"]
    assert shown.parent == district.path.parent / "goi-da-gui" and shown.exists() and shown.name != written.name


def _copy_office(source: Database, target_path) -> Database:
    """A second PC holding the same records, as a new installation (its own id and key)."""
    with sqlite3.connect(source.path) as reading, sqlite3.connect(target_path) as writing:
        reading.backup(writing)
    copy = Database(target_path)
    with copy.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE installation SET installation_id = 'pc2-installation'")
        conn.exec_driver_sql("DELETE FROM signing_keys")
    copy._installation_id = None
    return copy


def test_a_conflict_is_settled_with_the_other_version(worker, qtbot, wait_idle, tmp_path, message_boxes, no_drives):
    office = Database(tmp_path / "office.sqlite3")
    fill_demo(office, 10)
    other = _copy_office(office, tmp_path / "other.sqlite3")
    try:
        member = members.list_members(office, MemberQuery())[0]
        for db, note in ((office, "Ghi chú ở huyện"), (other, "Ghi chú ở xã")):
            edited = members.get_member(db, member.id).to_input()
            edited.notes = note
            members.update_member(db, member.id, edited)
        remember_key(office, own_key(other).public_key, owner_name="", unit_code="", trusted=True)
        bundles.import_package(office, bundles.export_bundle(other, tmp_path / "o.ddb").path.read_bytes())
        assert len(bundles.open_conflicts(office)) == 1
        kept_note = members.get_member(office, member.id).notes
        other_note = "Ghi chú ở xã" if kept_note == "Ghi chú ở huyện" else "Ghi chú ở huyện"

        keys = make_page(office, worker, qtbot, wait_idle).keys_tab
        assert keys.conflicts_model.rowCount() == 1
        assert not keys.keep_button.isEnabled() and not keys.other_button.isEnabled()
        keys.conflicts_table.selectRow(0)
        assert keys.keep_button.isEnabled() and keys.other_button.isEnabled()

        message_boxes.confirm_answer = False
        keys.other_button.click()
        wait_idle()
        kind, _title, text = message_boxes.shown[-1]
        assert kind == "confirm" and f"Ghi chú: đang dùng «{kept_note}» → bản kia «{other_note}»" in text
        assert members.get_member(office, member.id).notes == kept_note

        message_boxes.confirm_answer = True
        keys.other_button.click()
        wait_idle()
        assert members.get_member(office, member.id).notes == other_note
        assert bundles.open_conflicts(office) == []
        assert keys.conflicts_model.rowCount() == 0
        assert keys.conflicts_stack.currentWidget() is keys.conflicts_empty
        assert not keys.other_button.isEnabled()
    finally:
        other.dispose()
        office.dispose()
