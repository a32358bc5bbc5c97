"""The backup dialog, the settings dialog and the damaged-database prompt."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLabel, QLineEdit, QPlainTextEdit, QSpinBox

from desktop.core import backups, members, settings
from desktop.core.backups import check_integrity, list_backups, make_backup
from desktop.core.demo import fill_demo
from desktop.core.members import MemberQuery
from desktop.db.safe_migrate import online_copy
from desktop.ui import backup_dialog, integrity_prompt
from desktop.ui.backup_dialog import BackupDialog, RestorePreviewDialog
from desktop.ui.integrity_prompt import IntegrityPrompt, offer_restore
from desktop.ui.settings_dialog import SettingsDialog, label_parts
from tests.core.test_backups import all_rows


@pytest.fixture
def office(db):
    fill_demo(db, 25)
    settings.set_setting(db, settings.BACKUP_FOLDER, str(db.path.parent / "sao-luu"))
    return db


def _dialog(qtbot, office, worker, wait_idle) -> BackupDialog:
    dialog = BackupDialog(office, worker)
    qtbot.addWidget(dialog)
    wait_idle()
    return dialog


# --- the backup dialog -----------------------------------------------------------------------


def test_backup_now_makes_a_backup_and_lists_it(qtbot, app, office, worker, wait_idle):
    dialog = _dialog(qtbot, office, worker, wait_idle)
    assert dialog.folder_edit.text() == str(office.path.parent / "sao-luu")
    assert dialog.table.rowCount() == 0 and not dialog.empty_label.isHidden()
    dialog.backup_button.click()
    wait_idle()
    (made,) = list((office.path.parent / "sao-luu").glob("DoanDesk-*-manual.zip"))
    assert dialog.table.rowCount() == 1 and dialog.empty_label.isHidden()
    assert "(hôm nay)" in dialog.table.item(0, 0).text()
    assert dialog.table.item(0, 1).text() == "Sao lưu thủ công"
    assert dialog.table.item(0, 3).text().startswith(f"{members.count_members(office)} đoàn viên")
    assert "Đã sao lưu" in dialog.status_label.text() and str(made) in dialog.status_label.text()


def test_backup_to_a_usb_stick(qtbot, app, office, worker, wait_idle, message_boxes, monkeypatch, tmp_path):
    usb = tmp_path / "USB"
    usb.mkdir()
    monkeypatch.setattr(backup_dialog, "choose_folder", lambda *_args: usb)
    dialog = _dialog(qtbot, office, worker, wait_idle)
    dialog.backup_elsewhere_button.click()
    wait_idle()
    assert len(list(usb.glob("DoanDesk-*.zip"))) == 1
    assert message_boxes.kinds() == ["inform"] and "USB" in message_boxes.shown[0][2]
    assert dialog.table.rowCount() == 0  # the list shows the backup folder, not the stick


def test_the_daily_switch_and_the_folder_are_saved(qtbot, app, office, worker, wait_idle, monkeypatch, tmp_path,
                                                   message_boxes):
    dialog = _dialog(qtbot, office, worker, wait_idle)
    dialog.daily_check.setChecked(False)
    assert settings.get_setting(office, settings.BACKUP_DAILY) == 0
    elsewhere = tmp_path / "o-khac"
    monkeypatch.setattr(backup_dialog, "choose_folder", lambda *_args: elsewhere)
    dialog.choose_folder_button.click()
    wait_idle()
    assert settings.get_setting(office, settings.BACKUP_FOLDER) == str(elsewhere)
    assert dialog.folder_edit.text() == str(elsewhere)
    a_file = tmp_path / "tep.txt"
    a_file.write_text("x")
    monkeypatch.setattr(backup_dialog, "choose_folder", lambda *_args: a_file)
    dialog.choose_folder_button.click()
    assert message_boxes.kinds() == ["warn"] and "không phải thư mục" in message_boxes.shown[0][2]
    assert settings.get_setting(office, settings.BACKUP_FOLDER) == str(elsewhere)
    dialog.default_folder_button.click()
    wait_idle()
    assert dialog.folder_edit.text() == str(office.path.parent / "backups-test")


def test_restore_shows_a_preview_then_restores(qtbot, app, office, worker, wait_idle, message_boxes, monkeypatch):
    info = make_backup(office, backups.backup_folder(office))
    saved = all_rows(office.path)
    members.delete_members(office, [m.id for m in members.list_members(office, MemberQuery())[:5]])
    dialog = _dialog(qtbot, office, worker, wait_idle)
    seen = {}

    def agree(preview: RestorePreviewDialog) -> int:
        table = preview.table
        seen["rows"] = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
                        for r in range(table.rowCount())}
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestorePreviewDialog, "exec", agree)
    restored = []
    dialog.restored.connect(restored.append)
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    wait_idle()
    count = info.counts["members"]
    assert seen["rows"]["Đoàn viên"] == (str(count), str(count - 5))
    assert len(restored) == 1 and restored[0].info.path == info.path
    assert all_rows(office.path) == saved
    assert members.count_members(office) == count
    kind, title, text = message_boxes.shown[-1]
    assert (kind, title) == ("inform", "Đã khôi phục")
    assert not dialog.backup_button.isEnabled() and not dialog.restore_button.isEnabled()
    assert "mở lại DoanDesk" in dialog.status_label.text()
    assert dialog.result() == QDialog.DialogCode.Accepted  # closed, so the window can close the program


def test_restore_cancelled_changes_nothing(qtbot, app, office, worker, wait_idle, monkeypatch):
    make_backup(office, backups.backup_folder(office))
    members.delete_members(office, [members.list_members(office, MemberQuery())[0].id])
    now = all_rows(office.path)
    monkeypatch.setattr(RestorePreviewDialog, "exec", lambda _self: QDialog.DialogCode.Rejected)
    dialog = _dialog(qtbot, office, worker, wait_idle)
    dialog.table.selectRow(0)
    dialog.restore_button.click()
    wait_idle()
    assert all_rows(office.path) == now
    assert not list(office.path.parent.glob("*.before-restore"))
    assert dialog.backup_button.isEnabled()


def test_the_preview_tells_what_will_happen(qtbot, app, office):
    info = make_backup(office, backups.backup_folder(office))
    current = dict(info.counts, members=info.counts["members"] + 3)
    preview = RestorePreviewDialog(info, current, office.path, installation_id="another-installation")
    qtbot.addWidget(preview)
    texts = {label.objectName(): label.text() for label in preview.findChildren(QLabel)}
    assert info.when_text in texts["heading"]
    assert info.path.name in texts["details"]
    assert "không phải của dữ liệu đang dùng" in texts["warning"]
    assert "test.sqlite3.before-restore" in texts["warning"]
    assert preview.cancel_button.isDefault()
    rows = {preview.table.item(r, 0).text(): preview.table.item(r, 2).text() for r in range(preview.table.rowCount())}
    assert rows["Đoàn viên"] == str(info.counts["members"] + 3)


def test_a_broken_archive_cannot_be_restored_from_the_list(qtbot, app, office, worker, wait_idle):
    folder = backups.backup_folder(office)
    folder.mkdir(parents=True)
    (folder / "DoanDesk-2026-12-20_0915-daily.zip").write_bytes(b"PK\x03\x04 cut short")
    dialog = _dialog(qtbot, office, worker, wait_idle)
    assert dialog.table.rowCount() == 1
    assert "bị hỏng" in dialog.table.item(0, 3).text()
    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled()


# --- the settings dialog ---------------------------------------------------------------------


def test_every_setting_has_a_field_of_its_kind(qtbot, app, db):
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    assert set(dialog.fields) == set(settings.REGISTRY)
    assert isinstance(dialog.fields["attendance.late_grace_minutes"], QSpinBox)
    assert dialog.fields["attendance.late_grace_minutes"].maximum() == 240
    assert isinstance(dialog.fields["document.recipients"], QPlainTextEdit)
    assert isinstance(dialog.fields["document.signer_name"], QLineEdit)
    assert isinstance(dialog.fields["backup.daily"], QCheckBox)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles[:4] == ["Giao diện", "Điểm danh", "Kiểm tra nhận thức", "Văn bản"] and "Sao lưu" in titles
    assert isinstance(dialog.fields["ui.language"], QComboBox)
    assert dialog.fields["backup.folder"].placeholderText() == str(db.path.parent / "backups-test")
    assert dialog.values()["document.recipients"] == settings.DOC_RECIPIENTS.default


def test_label_parts():
    assert label_parts(settings.DOC_RECIPIENTS) == ("Nơi nhận", "mỗi dòng một nơi; dòng cuối là «Lưu VP»")
    assert label_parts(settings.LATE_GRACE_MINUTES)[0] == "Số phút sau giờ bắt đầu buổi vẫn tính là đúng giờ"
    assert label_parts(settings.BACKUP_DAILY) == ("Tự động sao lưu mỗi ngày khi mở DoanDesk", "")


def test_settings_are_saved(qtbot, app, db, type_text):
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    saved = []
    dialog.saved.connect(lambda: saved.append(True))
    dialog.fields["attendance.late_grace_minutes"].setValue(20)
    signer = dialog.fields["document.signer_name"]
    signer.setFocus()
    type_text(signer, "Thạch  Thị Sa Ri ")
    dialog.fields["document.recipients"].setPlainText("Ban Tuyên giáo Tỉnh đoàn\n\n  Lưu VP  ")
    dialog.fields["backup.daily"].setChecked(False)
    dialog.fields["backup.keep_daily"].setValue(10)
    assert dialog.save()
    assert saved and dialog.result() == QDialog.DialogCode.Accepted
    assert settings.get_setting(db, settings.LATE_GRACE_MINUTES) == 20
    assert settings.get_setting(db, settings.DOC_SIGNER_NAME) == "Thạch Thị Sa Ri"
    assert settings.get_setting(db, settings.DOC_RECIPIENTS) == ["Ban Tuyên giáo Tỉnh đoàn", "Lưu VP"]
    assert settings.get_setting(db, settings.BACKUP_DAILY) == 0
    assert settings.get_setting(db, settings.BACKUP_KEEP_DAILY) == 10

    again = SettingsDialog(db)
    qtbot.addWidget(again)
    assert again.value("attendance.late_grace_minutes") == 20
    assert again.value("document.signer_name") == "Thạch Thị Sa Ri"
    assert not again.fields["backup.daily"].isChecked()


def test_a_bad_value_is_refused_next_to_its_field(qtbot, app, db, tmp_path):
    a_file = tmp_path / "not-a-folder.txt"
    a_file.write_text("x")
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields["attendance.late_grace_minutes"].setValue(30)
    dialog.fields["backup.folder"].setText(str(a_file))
    assert not dialog.save()
    message = dialog.messages.label("backup.folder")
    assert message.isVisible() and "không phải thư mục" in message.text()
    assert "#b3261e" in message.styleSheet()
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Sao lưu"
    assert dialog.result() != QDialog.DialogCode.Accepted
    # Nothing was written, not even the sound value.
    assert settings.get_setting(db, settings.LATE_GRACE_MINUTES) == settings.LATE_GRACE_MINUTES.default
    assert settings.get_setting(db, settings.BACKUP_FOLDER) == ""
    dialog.fields["backup.folder"].setText(str(tmp_path))
    assert dialog.save()
    assert settings.get_setting(db, settings.BACKUP_FOLDER) == str(tmp_path)


def test_a_spin_box_keeps_numbers_within_the_spec(qtbot, app, db):
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    spin = dialog.fields["attendance.late_grace_minutes"]
    spin.setValue(999)
    assert spin.value() == 240


def test_reset_the_current_tab_to_defaults(qtbot, app, db):
    settings.set_setting(db, settings.DOC_SIGNER_TITLE, "PHÓ BÍ THƯ")
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.value("document.signer_title") == "PHÓ BÍ THƯ"
    dialog.fields["attendance.late_grace_minutes"].setValue(50)
    dialog.tabs.setCurrentIndex([dialog.tabs.tabText(i) for i in range(dialog.tabs.count())].index("Văn bản"))
    dialog.defaults_button.click()
    assert dialog.value("document.signer_title") == "BÍ THƯ"
    assert dialog.value("attendance.late_grace_minutes") == 50  # another tab: untouched
    assert settings.get_setting(db, settings.DOC_SIGNER_TITLE) == "PHÓ BÍ THƯ"  # not saved yet


# --- the damaged database at start -----------------------------------------------------------


def _corrupted_copy(office, tmp_path) -> Path:
    """A copy of the office's database with bytes overwritten in the middle."""
    damaged = tmp_path / "hong" / "doandesk.sqlite3"
    damaged.parent.mkdir()
    online_copy(office.path, damaged)
    data = bytearray(damaged.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle:middle + 3 * 4096] = random.Random(4).randbytes(3 * 4096)
    damaged.write_bytes(bytes(data))
    return damaged


def test_a_damaged_database_is_found_and_the_backups_offered(qtbot, app, office, tmp_path, monkeypatch):
    from datetime import datetime

    folder = backups.backup_folder(office)
    older = make_backup(office, folder, label="daily", now=datetime(2026, 12, 19, 8, 0))
    newest = make_backup(office, folder, label="daily", now=datetime(2026, 12, 20, 8, 0))
    damaged = _corrupted_copy(office, tmp_path)
    problems = check_integrity(damaged)
    assert problems

    prompt = IntegrityPrompt(problems, list_backups(folder))
    qtbot.addWidget(prompt)
    assert prompt.backups_shown() == [newest.path, older.path]
    assert prompt.problems_label.text().startswith("• ")
    prompt.restore_button.click()
    assert prompt.chosen == newest.path and prompt.result() == QDialog.DialogCode.Accepted

    def pick_newest(self) -> int:
        self.restore_selected()
        return self.result()

    monkeypatch.setattr(IntegrityPrompt, "exec", pick_newest)
    chosen = offer_restore(None, problems, list_backups(folder))
    assert chosen == newest.path
    backups.restore_backup(chosen, damaged)
    assert check_integrity(damaged) == []
    assert all_rows(damaged) == all_rows(office.path)


def test_without_backups_another_file_can_be_chosen(qtbot, app, office, tmp_path, monkeypatch):
    usb_copy = make_backup(office, tmp_path / "usb").path
    prompt = IntegrityPrompt(["Tệp doandesk.sqlite3 không còn là một cơ sở dữ liệu"], [])
    qtbot.addWidget(prompt)
    assert not prompt.restore_button.isEnabled() and prompt.backups_shown() == []
    monkeypatch.setattr(integrity_prompt, "choose_backup_file", lambda _parent: usb_copy)
    prompt.other_button.click()
    assert prompt.chosen == usb_copy


def test_closing_the_prompt_restores_nothing(qtbot, app, monkeypatch):
    monkeypatch.setattr(IntegrityPrompt, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert offer_restore(None, ["x"], []) is None


def test_many_problems_are_summarised(qtbot, app):
    prompt = IntegrityPrompt([f"Cấu trúc tệp bị hỏng: trang {n}" for n in range(20)], [])
    qtbot.addWidget(prompt)
    assert prompt.problems_label.text().endswith("… và 14 lỗi khác.")


def test_unreadable_backups_are_not_offered(qtbot, app, office, tmp_path):
    folder = tmp_path / "b"
    good = make_backup(office, folder).path
    shutil.copy(good, folder / "DoanDesk-2030-01-01_0800-daily.zip")
    (folder / "DoanDesk-2030-01-01_0800-daily.zip").write_bytes(b"PK broken")
    prompt = IntegrityPrompt(["x"], list_backups(folder))
    qtbot.addWidget(prompt)
    assert prompt.backups_shown() == [good]
