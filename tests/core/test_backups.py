"""Backups: archive contents, restore into a new folder and over the database in use,
rotation with made-up dates, the daily schedule, previews and the integrity check."""

from __future__ import annotations

import json
import random
import sqlite3
import zipfile
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.core import backups, file_store, members, settings
from desktop.core.backups import (
    BackupInfo,
    backup_due,
    check_integrity,
    list_backups,
    make_backup,
    preview_backup,
    restore_backup,
    rotate_backups,
)
from desktop.core.demo import fill_demo
from desktop.core.errors import InputFileError, ValidationError
from desktop.core.essays import essay_store
from desktop.core.members import MemberQuery
from desktop.db.engine import Database
from desktop.db.migrate import SCHEMA_HEAD
from desktop.db.safe_migrate import online_copy


def all_rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table of the database at ``path``, in a comparable order."""
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
                for table in tables}


@pytest.fixture
def filled(tmp_path) -> Database:
    """A database with the demo office, members and conference, and two files in the store."""
    database = Database(tmp_path / "office" / "doandesk.sqlite3")
    fill_demo(database, 40)
    for number in range(2):
        source = tmp_path / f"bai-{number}.txt"
        source.write_text(f"Bài thu hoạch số {number}: học tập Nghị quyết.", encoding="utf-8")
        file_store.put_file(essay_store(database), source)
    yield database
    database.dispose()


def test_backup_holds_the_database_the_store_and_a_description(filled, tmp_path):
    folder = tmp_path / "backups"
    info = make_backup(filled, folder, label="manual", now=datetime(2026, 12, 20, 9, 15))
    assert info.path.name == "DoanDesk-2026-12-20_0915-manual.zip"
    assert [p.name for p in folder.iterdir()] == [info.path.name]  # no temporary file left
    with zipfile.ZipFile(info.path) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("backup.json"))
    assert "doandesk.sqlite3" in names
    stored = {p.relative_to(essay_store(filled)).as_posix() for p in essay_store(filled).rglob("*") if p.is_file()}
    assert {f"store/{name}" for name in stored} <= names and len(stored) == 2
    assert manifest["schema"] == SCHEMA_HEAD
    assert manifest["label"] == "manual" and manifest["store_files"] == 2
    assert manifest["counts"]["members"] == members.count_members(filled)
    assert manifest["office"] == "Huyện đoàn Cầu Ngang"
    assert info.counts == manifest["counts"] and info.schema == SCHEMA_HEAD
    assert info.created_at == datetime(2026, 12, 20, 9, 15)
    assert "đoàn viên" in info.counts_text()


def test_two_backups_in_the_same_minute_get_different_names(filled, tmp_path):
    moment = datetime(2026, 12, 20, 9, 15, 7)
    first = make_backup(filled, tmp_path / "b", now=moment)
    second = make_backup(filled, tmp_path / "b", now=moment)
    third = make_backup(filled, tmp_path / "b", now=moment)
    assert len({first.path, second.path, third.path}) == 3
    assert {info.label for info in list_backups(tmp_path / "b")} == {"manual"}


def test_restore_into_a_new_folder_gives_identical_records(filled, tmp_path):
    info = make_backup(filled, tmp_path / "backups")
    target = tmp_path / "new-pc" / "doandesk.sqlite3"
    result = restore_backup(info.path, target)
    assert result.replaced is None and result.store_files_added == 2
    assert all_rows(target) == all_rows(filled.path)
    assert check_integrity(target) == []
    for path in essay_store(filled).rglob("*"):
        if path.is_file():
            copy = target.parent / "store" / path.relative_to(essay_store(filled))
            assert copy.read_bytes() == path.read_bytes()
    reopened = Database(target)
    assert members.count_members(reopened) == members.count_members(filled)
    reopened.dispose()


def test_restore_over_the_database_in_use_keeps_the_replaced_one(filled, tmp_path):
    info = make_backup(filled, tmp_path / "backups")
    saved = all_rows(filled.path)
    victim = members.list_members(filled, MemberQuery())[0]
    members.delete_members(filled, [victim.id])
    changed = all_rows(filled.path)
    assert changed != saved

    result = restore_backup(info.path, filled.path)  # the program still has it open
    assert result.replaced == filled.path.with_name("doandesk.sqlite3.before-restore")
    assert all_rows(filled.path) == saved
    assert all_rows(result.replaced) == changed
    # The open Database reads the restored data without being reopened.
    assert members.count_members(filled) == info.counts["members"]

    again = restore_backup(info.path, filled.path)
    assert again.replaced.name == "doandesk.sqlite3.2.before-restore"


def test_restore_over_a_file_sqlite_cannot_read(filled, tmp_path):
    info = make_backup(filled, tmp_path / "backups")
    target = tmp_path / "damaged" / "doandesk.sqlite3"
    target.parent.mkdir()
    target.write_bytes(b"this was overwritten by something else" * 200)
    result = restore_backup(info.path, target)
    assert result.replaced.read_bytes().startswith(b"this was overwritten")
    assert all_rows(target) == all_rows(filled.path)


def _corrupt_pages(path: Path, seed: int = 9) -> None:
    """Overwrite a few whole pages in the middle of the file with noise."""
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    noise = random.Random(seed).randbytes(3 * page)
    data[middle:middle + len(noise)] = noise
    path.write_bytes(bytes(data))


def test_a_damaged_backup_is_refused_and_nothing_changes(filled, tmp_path):
    info = make_backup(filled, tmp_path / "backups")
    snapshot = tmp_path / "snapshot.sqlite3"
    with zipfile.ZipFile(info.path) as archive:
        snapshot.write_bytes(archive.read("doandesk.sqlite3"))
    _corrupt_pages(snapshot)
    broken = tmp_path / "DoanDesk-2026-12-01_0800-manual.zip"
    with zipfile.ZipFile(info.path) as source, zipfile.ZipFile(broken, "w") as target:
        for name in source.namelist():
            target.writestr(name, snapshot.read_bytes() if name == "doandesk.sqlite3" else source.read(name))
    before = all_rows(filled.path)
    with pytest.raises(InputFileError, match="bị hỏng, chưa khôi phục gì"):
        restore_backup(broken, filled.path)
    assert all_rows(filled.path) == before
    assert not list(filled.path.parent.glob("*.before-restore"))
    assert not list(filled.path.parent.glob(".*restoring"))


def test_restore_refuses_a_backup_of_a_newer_program(filled, tmp_path):
    snapshot = tmp_path / "newer.sqlite3"
    online_copy(filled.path, snapshot)
    with closing(sqlite3.connect(snapshot)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    with pytest.raises(InputFileError, match="phiên bản DoanDesk mới hơn"):
        restore_backup(snapshot, tmp_path / "elsewhere" / "doandesk.sqlite3")


def test_preview_reads_the_backup_without_touching_the_live_database(filled, tmp_path):
    info = make_backup(filled, tmp_path / "backups", now=datetime(2026, 12, 20, 9, 15))
    stamp = filled.path.stat().st_mtime_ns
    preview = preview_backup(info.path)
    assert filled.path.stat().st_mtime_ns == stamp
    assert (preview.created_at, preview.schema, preview.counts) == (info.created_at, SCHEMA_HEAD, info.counts)
    assert preview.label_text == "Sao lưu thủ công"
    assert preview.when_text == "09:15 ngày 20/12/2026"


def test_preview_of_an_archive_without_description_reads_its_database(filled, tmp_path):
    info = make_backup(filled, tmp_path / "backups", now=datetime(2026, 12, 20, 9, 15))
    bare = tmp_path / "DoanDesk-2026-12-20_0915-daily.zip"
    with zipfile.ZipFile(info.path) as source, zipfile.ZipFile(bare, "w") as target:
        target.writestr("doandesk.sqlite3", source.read("doandesk.sqlite3"))
    preview = preview_backup(bare)
    assert preview.counts == info.counts and preview.label == "daily"
    assert preview.created_at == datetime(2026, 12, 20, 9, 15)


def test_preview_of_other_files(filled, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("không phải sao lưu", encoding="utf-8")
    with pytest.raises(InputFileError, match="không phải là bản sao lưu DoanDesk"):
        preview_backup(text)
    other_zip = tmp_path / "photos.zip"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("a.jpg", b"jpeg")
    with pytest.raises(InputFileError, match="không có tệp doandesk.sqlite3"):
        preview_backup(other_zip)
    copy = tmp_path / "copy.sqlite3"
    online_copy(filled.path, copy)
    assert preview_backup(copy).counts["members"] == members.count_members(filled)


def test_a_broken_archive_is_listed_with_its_problem(filled, tmp_path):
    folder = tmp_path / "backups"
    good = make_backup(filled, folder, now=datetime(2026, 12, 20, 9, 15))
    cut = folder / "DoanDesk-2026-12-21_0915-daily.zip"
    cut.write_bytes(good.path.read_bytes()[:2000])
    (folder / "unrelated.zip").write_bytes(b"x")
    listed = list_backups(folder)
    assert [info.path.name for info in listed] == [cut.name, good.path.name]
    assert "bị hỏng hoặc chưa chép xong" in listed[0].problem and listed[1].problem == ""


def _fake_daily(folder: Path, moment: datetime, label: str = "daily") -> Path:
    path = folder / f"DoanDesk-{moment:%Y-%m-%d_%H%M}-{label}.zip"
    path.write_bytes(b"")
    return path


def test_rotation_keeps_newest_daily_weekly_and_monthly(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    start = datetime(2025, 1, 1, 8, 30)
    for day in range(500):  # a backup every morning for 500 days, two on Sundays
        moment = start + timedelta(days=day)
        _fake_daily(folder, moment)
        if moment.isoweekday() == 7:
            _fake_daily(folder, moment + timedelta(hours=6))
    manual = _fake_daily(folder, start + timedelta(days=3), "manual")
    upgrade = _fake_daily(folder, start + timedelta(days=4), "before-upgrade")

    removed = rotate_backups(folder, keep_daily=7, keep_weekly=4, keep_monthly=12)
    left = sorted(p.name for p in folder.iterdir())
    kept_daily = sorted(backups._parse_name(folder / name)[0] for name in left if name.endswith("-daily.zip"))
    made = sorted(start + timedelta(days=day, hours=hours) for day in range(500) for hours in (0, 6)
                  if hours == 0 or (start + timedelta(days=day)).isoweekday() == 7)

    def newest_per(period) -> dict:
        newest = {}
        for moment in made:
            newest[period(moment)] = moment
        return newest

    assert removed and all(not p.exists() for p in removed)
    assert manual.exists() and upgrade.exists()
    days = newest_per(lambda m: m.date())
    weeks = newest_per(lambda m: m.isocalendar()[:2])
    months = newest_per(lambda m: (m.year, m.month))
    expected = ({days[k] for k in sorted(days)[-7:]} | {weeks[k] for k in sorted(weeks)[-4:]}
                | {months[k] for k in sorted(months)[-12:]})
    assert set(kept_daily) == expected
    assert kept_daily[-1] == made[-1] and len(kept_daily) == len(expected) <= 7 + 4 + 12
    assert len(removed) == len(made) - len(expected)
    # A second pass has nothing more to do.
    assert rotate_backups(folder, 7, 4, 12) == []


def test_rotation_counts_periods_that_have_backups(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    # The PC was off for months: the three old backups are all still wanted.
    for moment in (datetime(2025, 3, 2, 9), datetime(2025, 5, 10, 9), datetime(2026, 1, 5, 9)):
        _fake_daily(folder, moment)
    assert rotate_backups(folder, keep_daily=7, keep_weekly=0, keep_monthly=0) == []
    assert rotate_backups(folder, keep_daily=1, keep_weekly=0, keep_monthly=2) != []
    assert sorted(p.name for p in folder.iterdir()) == ["DoanDesk-2025-05-10_0900-daily.zip",
                                                       "DoanDesk-2026-01-05_0900-daily.zip"]


def test_backup_due_once_a_day(tmp_path):
    folder = tmp_path / "backups"
    now = datetime(2026, 12, 20, 9, 15)
    assert backup_due(folder, now)  # no folder yet
    folder.mkdir()
    _fake_daily(folder, now - timedelta(days=1))
    _fake_daily(folder, now, "manual")
    assert backup_due(folder, now)
    _fake_daily(folder, now.replace(hour=7))
    assert not backup_due(folder, now)
    assert backup_due(folder, now + timedelta(days=1))


def test_daily_backup_follows_the_settings(filled, tmp_path):
    folder = tmp_path / "chosen"
    settings.set_setting(filled, settings.BACKUP_FOLDER, str(folder))
    settings.set_setting(filled, settings.BACKUP_KEEP_DAILY, 2)
    settings.set_setting(filled, settings.BACKUP_KEEP_WEEKLY, 0)
    settings.set_setting(filled, settings.BACKUP_KEEP_MONTHLY, 0)
    day = datetime(2026, 12, 20, 9, 0)
    assert backups.daily_backup(filled, day).path.parent == folder
    assert backups.daily_backup(filled, day + timedelta(hours=3)) is None  # one a day
    backups.daily_backup(filled, day + timedelta(days=1))
    backups.daily_backup(filled, day + timedelta(days=2))
    assert [info.created_at.day for info in list_backups(folder)] == [22, 21]
    settings.set_setting(filled, settings.BACKUP_DAILY, 0)
    assert backups.daily_backup(filled, day + timedelta(days=3)) is None


def test_backup_folder_setting(filled, tmp_path):
    assert backups.backup_folder(filled) == filled.path.parent / "backups"
    assert backups.backup_folder_for_path(filled.path) == filled.path.parent / "backups"
    assert backups.default_backup_folder(tmp_path / "demo.sqlite3") == tmp_path / "backups-demo"
    settings.set_setting(filled, settings.BACKUP_FOLDER, str(tmp_path / "usb"))
    assert backups.backup_folder(filled) == tmp_path / "usb"
    assert backups.backup_folder_for_path(filled.path) == tmp_path / "usb"
    not_a_database = tmp_path / "x.sqlite3"
    not_a_database.write_bytes(b"garbage" * 100)
    assert backups.backup_folder_for_path(not_a_database) == tmp_path / "backups-x"


def test_check_backup_folder(tmp_path):
    backups.check_backup_folder("")
    backups.check_backup_folder(str(tmp_path / "not-yet-made"))
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    with pytest.raises(ValidationError, match="là một tệp, không phải thư mục") as caught:
        backups.check_backup_folder(str(a_file))
    assert caught.value.field == "backup.folder"
    with pytest.raises(ValidationError, match="thư mục đầy đủ"):
        backups.check_backup_folder("SaoLuu")


def test_backup_to_a_folder_that_cannot_be_written(filled, tmp_path):
    blocker = tmp_path / "usb"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(InputFileError, match="Không ghi được bản sao lưu"):
        make_backup(filled, blocker / "backups")


# --- integrity -------------------------------------------------------------------------------


def test_a_sound_database_has_no_problems(filled):
    assert check_integrity(filled.path) == []
    assert check_integrity(filled.path, quick=True) == []


def test_a_file_that_is_not_a_database_gives_one_clear_problem(tmp_path):
    path = tmp_path / "doandesk.sqlite3"
    path.write_bytes(b"PK\x03\x04 a zip, a photo, anything" * 100)
    problems = check_integrity(path)
    assert len(problems) == 1 and "không còn là một cơ sở dữ liệu" in problems[0]
    path.write_bytes(b"")
    assert "0 byte" in check_integrity(path)[0]
    assert "Không tìm thấy" in check_integrity(tmp_path / "missing.sqlite3")[0]


def test_overwritten_bytes_in_the_middle_are_found(filled, tmp_path):
    copy = tmp_path / "copy.sqlite3"
    online_copy(filled.path, copy)
    _corrupt_pages(copy)
    problems = check_integrity(copy)
    assert problems and all(isinstance(p, str) and p for p in problems)


def test_broken_links_between_tables_are_reported(filled, tmp_path):
    copy = tmp_path / "copy.sqlite3"
    online_copy(filled.path, copy)
    with closing(sqlite3.connect(copy)) as connection:  # foreign keys are off by default here
        connection.execute("UPDATE members SET branch_id = 'gone' WHERE rowid IN (SELECT rowid FROM members LIMIT 3)")
        connection.commit()
    problems = check_integrity(copy)
    assert problems == ["Bảng members có 3 dòng trỏ tới bản ghi không còn trong bảng units."]


def test_backup_info_texts():
    info = BackupInfo(path=Path("x.zip"), created_at=datetime(2026, 1, 2, 7, 5), label="daily", size=3_500_000,
                      counts={"members": 1234, "units": 56, "events": 3})
    assert info.counts_text() == "1.234 đoàn viên, 56 đơn vị, 3 hội nghị"
    assert info.label_text == "Tự động hằng ngày"
    assert backups.size_text(info.size) == "3,3 MB"
    assert backups.size_text(300) == "1 KB"
