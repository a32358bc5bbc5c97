"""Backups of the database and the file store: make, list, rotate, check, preview, restore.

The office's data lives on one PC that may fail, so DoanDesk backs it up by itself once a
day and on demand to a chosen folder or USB stick. A backup is one zip archive named with
its time (``DoanDesk-2026-12-20_0915-daily.zip``) holding ``doandesk.sqlite3`` (taken
with SQLite's online backup API, never by copying the live file, which may be caught
half-written), the files of the store (essays, scans) under ``store/``, and
``backup.json`` with the time, schema, program version and record counts, so a backup
can be told apart from another without opening its database.

Automatic (``daily``) backups are thinned grandfather-father-son: the newest of each of
the last days, weeks and months are kept. Backups made by hand and those taken before a
migration are never deleted by the program.

Restoring writes the backup's database to a temporary file beside the target, checks it,
and only then replaces the target; the database replaced is kept as
``doandesk.sqlite3.before-restore``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop.core.errors import InputFileError, ValidationError
from desktop.core.file_store import STORE_DIR, sha256_of, stored_path
from desktop.core.settings import (
    BACKUP_DAILY,
    BACKUP_FOLDER,
    BACKUP_KEEP_DAILY,
    BACKUP_KEEP_MONTHLY,
    BACKUP_KEEP_WEEKLY,
    get_setting,
)
from desktop.core.tasks import Progress, Reporter
from desktop.db.engine import DB_FILENAME, Database
from desktop.db.migrate import SCHEMA_HEAD
from desktop.db.safe_migrate import (
    ARCHIVE_DB_NAME,
    ARCHIVE_PREFIX,
    ARCHIVE_STORE_DIR,
    LABEL_BEFORE_UPGRADE,
    MAIN_TABLES,
    MANIFEST_NAME,
    SQLITE_HEADER,
    connect_existing,
    database_facts,
    is_known_revision,
    load_into,
    online_copy,
    read_revision,
    record_counts,
    write_archive,
)
from desktop.i18n import N_, number_text, tr

LABEL_DAILY = "daily"
LABEL_MANUAL = "manual"
BEFORE_RESTORE_SUFFIX = ".before-restore"

LABEL_TEXTS = {
    LABEL_DAILY: N_("Tự động hằng ngày"),
    LABEL_MANUAL: N_("Sao lưu thủ công"),
    LABEL_BEFORE_UPGRADE: N_("Trước khi nâng cấp"),
}

# (table, what to call its rows after a number: plural in English), in the order a preview lists them.
COUNT_LABELS = {
    "units": N_("đơn vị"),
    "members": N_("đoàn viên"),
    "events": N_("hội nghị"),
    "invitations": N_("lượt mời dự"),
    "attendances": N_("lượt điểm danh"),
    "quiz_attempts": N_("bài kiểm tra đã làm"),
    "essays": N_("bài thu hoạch"),
    "certificates": N_("giấy chứng nhận"),
}
assert set(COUNT_LABELS) == set(MAIN_TABLES)

# DoanDesk-<day>_<HHMM or HHMMSS>-<label>[-<n>].zip, as safe_migrate.archive_name makes them.
_NAME = re.compile(rf"^{ARCHIVE_PREFIX}(\d{{4}}-\d{{2}}-\d{{2}})_(\d{{4}}(?:\d{{2}})?)"
                   r"-([a-z][a-z0-9-]*?)(?:-\d+)?\.zip$")


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    if size < 1024 ** 3:
        return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")
    return f"{size / 1024 ** 3:.2f} GB".replace(".", ",")


@dataclass(frozen=True)
class BackupInfo:
    """One backup as a list or a preview shows it."""

    path: Path
    created_at: datetime
    label: str
    size: int
    schema: str | None = None
    app_version: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    store_files: int = 0
    office: str = ""
    installation_id: str = ""
    problem: str = ""  # why the archive could not be read; empty when it could

    @property
    def label_text(self) -> str:
        return tr(LABEL_TEXTS[self.label]) if self.label in LABEL_TEXTS else self.label

    @property
    def when_text(self) -> str:
        return tr("{time:%H:%M} ngày {day:%d/%m/%Y}").format(time=self.created_at, day=self.created_at)

    def counts_text(self, tables: tuple[str, ...] = ("members", "units", "events")) -> str:
        parts = [f"{number_text(self.counts[t])} {tr(COUNT_LABELS[t])}" for t in tables if t in self.counts]
        return ", ".join(parts)


# --- where backups go ------------------------------------------------------------------------


def default_backup_folder(db_path: Path) -> Path:
    """``backups`` beside the office's database (the data folder); another database (the
    demo, one chosen with ``--db``) gets a folder of its own so rotation never mixes them."""
    db_path = Path(db_path)
    if db_path.name == DB_FILENAME:
        return db_path.parent / "backups"
    return db_path.parent / f"backups-{db_path.stem}"


def backup_folder(db: Database) -> Path:
    chosen = get_setting(db, BACKUP_FOLDER).strip()
    return Path(chosen) if chosen else default_backup_folder(db.path)


def backup_folder_for_path(db_path: Path) -> Path:
    """The backup folder of a database not opened yet (at start, before its integrity
    check and migration): the setting read straight from the file, else the default."""
    try:
        with closing(connect_existing(db_path, read_only=True)) as connection:
            row = connection.execute("SELECT value FROM settings WHERE key = ?", (BACKUP_FOLDER.key,)).fetchone()
        chosen = json.loads(row[0]) if row else ""
    except (sqlite3.Error, ValueError):
        chosen = ""  # a damaged or older file: its backups are most likely in the default place
    return Path(chosen) if isinstance(chosen, str) and chosen.strip() else default_backup_folder(db_path)


def check_backup_folder(value: str) -> None:
    """Refuse a backup folder that cannot hold backups (a file, a relative path)."""
    text = value.strip()
    if not text:
        return
    path = Path(text)
    if not path.is_absolute():
        raise ValidationError(tr("{label}: hãy chọn một thư mục đầy đủ (ví dụ D:\\SaoLuu).").format(
            label=tr(BACKUP_FOLDER.label)),
                              BACKUP_FOLDER.key)
    if path.exists() and not path.is_dir():
        raise ValidationError(tr("{label}: «{text}» là một tệp, không phải thư mục.").format(
            label=tr(BACKUP_FOLDER.label), text=text), BACKUP_FOLDER.key)


# --- making backups --------------------------------------------------------------------------


def _store_files(root: Path) -> list[tuple[Path, str]]:
    if not root.is_dir():
        return []
    # Only finished files: the store writes under ".incoming-" names and renames them.
    return sorted((path, path.relative_to(root).as_posix()) for path in root.rglob("*")
                  if path.is_file() and not path.name.startswith("."))


def make_backup(db: Database, folder: Path, *, label: str = LABEL_MANUAL, now: datetime | None = None,
                progress: Progress | None = None) -> BackupInfo:
    """Back up ``db`` and its file store into a new archive in ``folder``.

    The database is copied first; store files are never changed once written, so a file
    added while the backup runs is at worst one the copied database does not know yet.
    """
    report = Reporter(progress)
    created_at = (now or datetime.now()).astimezone()
    try:
        with tempfile.TemporaryDirectory(prefix="doandesk-backup-") as scratch:
            report(0.0, tr("Đang chép cơ sở dữ liệu…"))
            snapshot = Path(scratch) / ARCHIVE_DB_NAME
            online_copy(db.path, snapshot)
            files = _store_files(db.path.parent / STORE_DIR)
            report(0.2, tr("Đang ghi bản sao lưu…"))
            path = write_archive(Path(folder), snapshot, label=label, created_at=created_at, store_files=files,
                                 store_count=len(files), progress=report)
    except OSError as exc:
        raise InputFileError(tr("Không ghi được bản sao lưu vào thư mục {folder}: {strerror}. Hãy kiểm tra ổ đĩa "
                                "hoặc USB (còn cắm, còn chỗ trống, có quyền ghi).").format(
            folder=folder, strerror=exc.strerror or exc)) from exc
    report(1.0, tr("Đã sao lưu."))
    return _read_info(path)


def daily_backup(db: Database, now: datetime | None = None, progress: Progress | None = None) -> BackupInfo | None:
    """The automatic backup at start: made when switched on and none was made today, then
    older automatic backups are thinned. Returns the new backup, or None when none was due."""
    now = now or datetime.now()
    if not get_setting(db, BACKUP_DAILY):
        return None
    folder = backup_folder(db)
    if not backup_due(folder, now):
        return None
    info = make_backup(db, folder, label=LABEL_DAILY, now=now, progress=progress)
    rotate_backups(folder, get_setting(db, BACKUP_KEEP_DAILY), get_setting(db, BACKUP_KEEP_WEEKLY),
                   get_setting(db, BACKUP_KEEP_MONTHLY))
    return info


# --- reading backups -------------------------------------------------------------------------


def _parse_name(path: Path) -> tuple[datetime, str] | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    day, stamp, label = match.groups()
    moment = datetime.strptime(day + stamp.ljust(6, "0"), "%Y-%m-%d%H%M%S")
    return moment, label


def _info_from_manifest(path: Path, manifest: dict, fallback_time: datetime | None, fallback_label: str) -> BackupInfo:
    try:
        created_at = datetime.fromisoformat(manifest["created_at"])
        if created_at.tzinfo is not None:
            created_at = created_at.astimezone().replace(tzinfo=None)
    except (KeyError, TypeError, ValueError):
        if fallback_time is None:
            raise
        created_at = fallback_time
    counts = manifest.get("counts") or {}
    return BackupInfo(
        path=path, created_at=created_at, label=str(manifest.get("label") or fallback_label),
        size=path.stat().st_size, schema=manifest.get("schema"), app_version=str(manifest.get("app_version", "")),
        counts={str(k): int(v) for k, v in counts.items() if isinstance(v, int)},
        store_files=int(manifest.get("store_files") or 0), office=str(manifest.get("office") or ""),
        installation_id=str(manifest.get("installation_id") or ""))


def _not_a_backup(path: Path, why: str = "") -> InputFileError:
    return InputFileError(tr("Tệp {name} không phải là bản sao lưu DoanDesk").format(
        name=path.name) + (f" ({why})." if why else "."))


def _read_info(path: Path) -> BackupInfo:
    """The facts of an archive from its ``backup.json`` (or, lacking one, its database)."""
    named = _parse_name(path)
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if ARCHIVE_DB_NAME not in names:
                raise _not_a_backup(path, tr("không có tệp {ARCHIVE_DB_NAME} bên trong").format(
                    ARCHIVE_DB_NAME=ARCHIVE_DB_NAME))
            if MANIFEST_NAME in names:
                try:
                    manifest = json.loads(archive.read(MANIFEST_NAME).decode("utf-8"))
                    return _info_from_manifest(path, manifest, named[0] if named else None,
                                               named[1] if named else "")
                except (ValueError, KeyError, TypeError, AttributeError):
                    pass  # a damaged description: the database inside still tells the facts
            with tempfile.TemporaryDirectory(prefix="doandesk-preview-") as scratch:
                archive.extract(ARCHIVE_DB_NAME, scratch)
                facts = database_facts(Path(scratch) / ARCHIVE_DB_NAME)
            created = named[0] if named else datetime.fromtimestamp(path.stat().st_mtime)
            return _info_from_manifest(path, {**facts, "created_at": created.isoformat(),
                                              "label": named[1] if named else ""}, created, "")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        raise InputFileError(tr("Không đọc được bản sao lưu {name}: tệp bị hỏng hoặc chưa chép xong ({exc}).").format(
            name=path.name, exc=exc)) \
            from exc
    except sqlite3.Error as exc:
        raise InputFileError(tr("Cơ sở dữ liệu trong bản sao lưu {name} không đọc được ({exc}).").format(
            name=path.name, exc=exc)) from exc
    except OSError as exc:
        raise InputFileError(tr("Không mở được tệp {path}: {strerror}.").format(
            path=path, strerror=exc.strerror or exc)) from exc


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first; one that cannot be read is listed with its problem."""
    found: list[BackupInfo] = []
    for moment, path, label in _named(folder):
        try:
            found.append(_read_info(path))
        except InputFileError as exc:
            found.append(BackupInfo(path=path, created_at=moment, label=label, size=path.stat().st_size,
                                    problem=str(exc)))
    return sorted(found, key=lambda info: (info.created_at, info.path.name), reverse=True)


def _is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def preview_backup(path: Path) -> BackupInfo:
    """Date, counts and schema of a backup archive, or of a bare database file (such as a
    ``.before-restore`` one), read without touching the live database."""
    path = Path(path)
    if not path.is_file():
        raise InputFileError(tr("Không tìm thấy tệp {path}.").format(path=path))
    if zipfile.is_zipfile(path):
        return _read_info(path)
    if not _is_sqlite_file(path):
        raise _not_a_backup(path)
    try:
        with tempfile.TemporaryDirectory(prefix="doandesk-preview-") as scratch:
            snapshot = Path(scratch) / ARCHIVE_DB_NAME
            online_copy(path, snapshot)
            facts = database_facts(snapshot)
    except sqlite3.Error as exc:
        raise InputFileError(tr("Không đọc được cơ sở dữ liệu {name} ({exc}).").format(
            name=path.name, exc=exc)) from exc
    modified = datetime.fromtimestamp(path.stat().st_mtime)
    return _info_from_manifest(path, {**facts, "created_at": modified.isoformat(), "label": ""}, modified, "")


def current_counts(db: Database) -> dict[str, int]:
    """The counts a backup records, for the database in use (to compare in a preview)."""
    with closing(connect_existing(db.path, read_only=True)) as connection:
        return record_counts(connection)


# --- rotation --------------------------------------------------------------------------------


def _named(folder: Path) -> list[tuple[datetime, Path, str]]:
    """The archives in ``folder`` as their names date and label them, newest first."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{ARCHIVE_PREFIX}*.zip"):
        named = _parse_name(path)
        if named is not None:
            found.append((named[0], path, named[1]))
    return sorted(found, key=lambda item: (item[0], item[1].name), reverse=True)


def _newest_per_period(backups: list[tuple[datetime, Path, str]], period, keep: int) -> set[Path]:
    """The newest backup of each of the ``keep`` most recent periods that have one."""
    chosen: dict[object, Path] = {}
    for moment, path, _label in backups:  # newest first
        key = period(moment)
        if key not in chosen:
            if len(chosen) == keep:
                break
            chosen[key] = path
    return set(chosen.values())


def rotate_backups(folder: Path, keep_daily: int = 7, keep_weekly: int = 4, keep_monthly: int = 12) -> list[Path]:
    """Delete the automatic backups no longer needed (grandfather-father-son); returns them.

    Kept: the newest backup of each of the last ``keep_daily`` days, ``keep_weekly``
    weeks and ``keep_monthly`` months that have one. Counting periods that have a backup
    (not calendar periods back from today) keeps old backups when the PC was off for a
    while. Backups made by hand or before a migration are left alone. Dates are read
    from the names, so thinning a folder of large archives opens none of them.
    """
    automatic = [item for item in _named(folder) if item[2] == LABEL_DAILY]
    keep = (_newest_per_period(automatic, lambda moment: moment.date(), keep_daily)
            | _newest_per_period(automatic, lambda moment: moment.isocalendar()[:2], keep_weekly)
            | _newest_per_period(automatic, lambda moment: (moment.year, moment.month), keep_monthly))
    removed = []
    for _moment, path, _label in automatic:
        if path not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def backup_due(folder: Path, now: datetime) -> bool:
    """True when ``folder`` holds no automatic backup made on ``now``'s day."""
    return not any(label == LABEL_DAILY and moment.date() == now.date() for moment, _path, label in _named(folder))


# --- integrity -------------------------------------------------------------------------------

_MAX_PROBLEMS = 20


def check_integrity(path: Path, *, quick: bool = False) -> list[str]:
    """What is wrong with the database file at ``path`` (Vietnamese); empty when it is sound.

    SQLite's own check of every page and index (``quick`` skips comparing the indexes
    with their tables), then the links between tables, which DoanDesk always keeps.
    """
    path = Path(path)
    if not path.is_file():
        return [tr("Không tìm thấy tệp cơ sở dữ liệu {path}.").format(path=path)]
    size = path.stat().st_size
    if size == 0:
        # A database DoanDesk made is never empty; zero bytes is a file cut off.
        return [tr("Tệp cơ sở dữ liệu {name} trống rỗng (0 byte): dữ liệu trong đó đã mất.").format(name=path.name)]
    if not _is_sqlite_file(path):
        return [tr("Tệp {name} không còn là một cơ sở dữ liệu (phần đầu tệp đã bị ghi đè hoặc tệp bị hỏng nặng); "
                   "DoanDesk không đọc được dữ liệu trong đó.").format(name=path.name)]
    problems: list[str] = []
    try:
        with closing(connect_existing(path)) as connection:
            pragma = "quick_check" if quick else "integrity_check"
            rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}({_MAX_PROBLEMS})")]
            if rows != ["ok"]:
                problems.extend(tr("Cấu trúc tệp bị hỏng: {row}").format(row=row) for row in rows)
                return problems  # the links between tables cannot be trusted on damaged pages
            broken: dict[tuple[str, str], int] = {}
            for table, _rowid, parent, _fk in connection.execute("PRAGMA foreign_key_check"):
                broken[(table, parent)] = broken.get((table, parent), 0) + 1
            problems.extend(tr("Bảng {table} có {count} dòng trỏ tới bản ghi không còn trong bảng {parent}.").format(
                table=table, count=number_text(count), parent=parent)
                            for (table, parent), count in sorted(broken.items()))
    except sqlite3.DatabaseError as exc:
        problems.append(tr("Tệp cơ sở dữ liệu {name} bị hỏng, SQLite không đọc được: {exc}.").format(
            name=path.name, exc=exc))
    return problems


# --- restoring -------------------------------------------------------------------------------


def before_restore_path(target: Path) -> Path:
    """Where a restore over ``target`` keeps the database it replaces (never over an earlier one)."""
    candidate = target.with_name(target.name + BEFORE_RESTORE_SUFFIX)
    number = 2
    while candidate.exists():
        candidate = target.with_name(f"{target.name}.{number}{BEFORE_RESTORE_SUFFIX}")
        number += 1
    return candidate


def _extract_database(path: Path, temporary: Path) -> None:
    """The backup's database (from an archive, or a bare database file) into ``temporary``."""
    if zipfile.is_zipfile(path):
        try:
            with zipfile.ZipFile(path) as archive, archive.open(ARCHIVE_DB_NAME) as source, \
                    temporary.open("wb") as target:
                shutil.copyfileobj(source, target, 1 << 20)
        except KeyError as exc:
            raise _not_a_backup(path, tr("không có tệp {ARCHIVE_DB_NAME} bên trong").format(
                ARCHIVE_DB_NAME=ARCHIVE_DB_NAME)) from exc
        except (zipfile.BadZipFile, EOFError) as exc:
            raise InputFileError(tr("Bản sao lưu {name} bị hỏng ({exc}); chưa thay đổi gì.").format(
                name=path.name, exc=exc)) from exc
    elif _is_sqlite_file(path):
        online_copy(path, temporary)
    else:
        raise _not_a_backup(path)


def _set_aside(target: Path, before: Path) -> None:
    """Rename a database SQLite cannot read, with its journal files, to ``before``."""
    for suffix in ("-wal", "-journal"):
        journal = Path(f"{target}{suffix}")
        if journal.exists():
            os.replace(journal, Path(f"{before}{suffix}"))
    Path(f"{target}-shm").unlink(missing_ok=True)  # only an index of the WAL, rebuilt on open
    os.replace(target, before)


def _restore_store(path: Path, store: Path) -> tuple[int, int]:
    """Add the archive's store files missing from ``store``; returns how many were added
    and how many were found damaged in the archive (and left out).

    Files are named by their SHA-256, so one already there is the same file and files
    added since the backup (which the restored database does not name) do no harm.
    """
    if not zipfile.is_zipfile(path):
        return 0, 0
    added = damaged = 0
    prefix = ARCHIVE_STORE_DIR + "/"
    with zipfile.ZipFile(path) as archive:
        for member in archive.infolist():
            if member.is_dir() or not member.filename.startswith(prefix):
                continue
            sha256 = Path(member.filename).name
            if not re.fullmatch(r"[0-9a-f]{64}", sha256):
                continue
            target = stored_path(store, sha256)
            if target.exists():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
            os.close(handle)
            try:
                with archive.open(member) as source, open(temporary, "wb") as out:
                    shutil.copyfileobj(source, out, 1 << 20)
                if sha256_of(Path(temporary)) != sha256:
                    damaged += 1  # the zip's own check missed it; the other files are still worth having
                    continue
                os.replace(temporary, target)
                added += 1
            finally:
                Path(temporary).unlink(missing_ok=True)
    return added, damaged


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo
    target: Path
    replaced: Path | None  # where the database that was replaced is kept
    store_files_added: int
    store_files_damaged: int = 0


def restore_backup(path: Path, target_db_path: Path) -> RestoreResult:
    """Restore the backup at ``path`` to ``target_db_path`` (in a new folder, or over the
    database in use).

    The backup's database is written to a temporary file beside the target and checked;
    a damaged backup or one from a newer DoanDesk is refused with nothing changed. A
    database already at the target is first copied to ``*.before-restore`` and then
    overwritten inside one SQLite transaction, so a crash half-way leaves it whole and
    connections still open to it (the running program) keep working; one SQLite cannot
    read at all is renamed aside instead. The program must be restarted afterwards: its
    screens show the data from before, and an older schema is upgraded at the next start.
    """
    path, target = Path(path), Path(target_db_path)
    info = preview_backup(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}-", suffix=".restoring")
    os.close(handle)
    temporary = Path(name)
    replaced: Path | None = None
    try:
        temporary.unlink()
        _extract_database(path, temporary)
        problems = check_integrity(temporary)
        if problems:
            raise InputFileError(tr("Bản sao lưu {name} bị hỏng, chưa khôi phục gì:\n").format(name=path.name) +
                                 "\n".join(f"• {problem}" for problem in problems[:5]))
        with closing(connect_existing(temporary, read_only=True)) as connection:
            revision = read_revision(connection)
        if revision is not None and revision != SCHEMA_HEAD and not is_known_revision(revision):
            raise InputFileError(tr("Bản sao lưu {name} được tạo bởi một phiên bản DoanDesk mới hơn (lược đồ "
                                    "{revision}). Hãy cập nhật DoanDesk trước khi khôi phục nó.").format(
                name=path.name, revision=revision))
        if target.exists():
            replaced = before_restore_path(target)
            try:
                online_copy(target, replaced)
                load_into(temporary, target)
            except sqlite3.DatabaseError:
                replaced.unlink(missing_ok=True)
                _set_aside(target, replaced)
                os.replace(temporary, target)
        else:
            os.replace(temporary, target)
    except sqlite3.Error as exc:
        raise InputFileError(tr("Không khôi phục được từ {name}: {exc}. Dữ liệu hiện tại không thay đổi.").format(
            name=path.name, exc=exc)) from exc
    except OSError as exc:
        raise InputFileError(tr("Không khôi phục được từ {name}: {strerror}. Hãy kiểm tra ổ đĩa (còn chỗ trống, có "
                                "quyền ghi).").format(name=path.name, strerror=exc.strerror or exc)) from exc
    finally:
        temporary.unlink(missing_ok=True)
    added, damaged = _restore_store(path, target.parent / STORE_DIR)
    return RestoreResult(info=info, target=target, replaced=replaced, store_files_added=added,
                         store_files_damaged=damaged)
