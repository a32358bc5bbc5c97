"""Migrations with a backup taken first, and the SQLite-file pieces of every backup.

A new version of DoanDesk changes the schema the first time it opens an older database.
If that fails half-way (a full disk, a bug in a migration, the power going), the officer
must still have the data as it was. So :func:`upgrade_with_backup` first copies the
database with SQLite's online backup API into a backup archive, then migrates, and on
any failure copies the saved state back before reporting the failure: the old database
stays usable and the previous program still opens it.

The database layer cannot use :mod:`desktop.core.backups` (the core builds on this
layer), yet the backup taken before a migration must be an ordinary backup the officer
can see and restore. The pieces both need live here: the online copy, the facts a
backup records about its database (schema, record counts), and the archive layout
(``doandesk.sqlite3``, ``backup.json``, the file store under ``store/``). The core adds
the file store, listing, rotation and restore.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import tempfile
import zipfile
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable

import desktop
from desktop.db.errors import DatabaseError

log = logging.getLogger(__name__)

ARCHIVE_DB_NAME = "doandesk.sqlite3"
MANIFEST_NAME = "backup.json"
ARCHIVE_STORE_DIR = "store"
ARCHIVE_FORMAT = 1
ARCHIVE_PREFIX = "DoanDesk-"
LABEL_BEFORE_UPGRADE = "before-upgrade"
SQLITE_HEADER = b"SQLite format 3\x00"

# The records an officer recognises, counted in every backup so that a backup can be
# told apart from another before restoring it. Rows deleted (kept for the exchange
# between offices with deleted_at set) are not counted.
MAIN_TABLES = ("units", "members", "events", "invitations", "attendances", "quiz_attempts", "essays",
               "certificates")

_LABEL = re.compile(r"^[a-z][a-z0-9-]*$")


def _uri(path: Path, mode: str) -> str:
    # A URI keeps SQLite from creating an empty database where a file was expected.
    return f"{Path(path).resolve().as_uri()}?mode={mode}"


def connect_existing(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A plain connection to an existing database file (never creates one)."""
    connection = sqlite3.connect(_uri(path, "ro" if read_only else "rw"), uri=True)
    connection.execute("PRAGMA busy_timeout=5000")
    return connection


def online_copy(source: Path, target: Path) -> None:
    """Copy the database ``source`` into the new single file ``target`` through SQLite's
    online backup API: a consistent snapshot even while the program writes to ``source``
    (WAL lets the copy read beside the writer), which copying the file would not give.
    """
    with closing(connect_existing(source)) as src, closing(sqlite3.connect(target)) as dst:
        # One step: a stepped copy starts over whenever another connection writes.
        src.backup(dst)
        # The copy inherits WAL mode from the source's header; a backup must be one file.
        dst.execute("PRAGMA journal_mode=DELETE")


def load_into(snapshot: Path, target: Path) -> None:
    """Replace the content of the database ``target`` with ``snapshot``, in one SQLite
    transaction: a crash half-way leaves ``target`` as it was. Works while other
    connections to ``target`` exist (they see the new content on their next read)."""
    with closing(connect_existing(snapshot, read_only=True)) as src, closing(connect_existing(target)) as dst:
        src.backup(dst)


def read_revision(connection: sqlite3.Connection) -> str | None:
    if not _has_table(connection, "alembic_version"):
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def _has_table(connection: sqlite3.Connection, name: str) -> bool:
    return connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() \
        is not None


def record_counts(connection: sqlite3.Connection) -> dict[str, int]:
    """Live rows of each of :data:`MAIN_TABLES` that exists in this schema."""
    counts: dict[str, int] = {}
    for table in MAIN_TABLES:
        if not _has_table(connection, table):
            continue
        columns = {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
        where = " WHERE deleted_at IS NULL" if "deleted_at" in columns else ""
        counts[table] = connection.execute(f'SELECT count(*) FROM "{table}"{where}').fetchone()[0]
    return counts


def _installation(connection: sqlite3.Connection) -> tuple[str, str]:
    """The installation id and the name of the home office (empty when not set up)."""
    if not _has_table(connection, "installation"):
        return "", ""
    row = connection.execute("SELECT installation_id, home_unit_id FROM installation WHERE id = 1").fetchone()
    if row is None:
        return "", ""
    installation_id, home_id = row
    office = ""
    if home_id and _has_table(connection, "units"):
        found = connection.execute("SELECT name FROM units WHERE id = ?", (home_id,)).fetchone()
        office = found[0] if found else ""
    return installation_id or "", office


def database_facts(path: Path) -> dict:
    """What a backup records about its database: schema revision, counts, whose it is."""
    with closing(connect_existing(path, read_only=True)) as connection:
        installation_id, office = _installation(connection)
        return {
            "schema": read_revision(connection),
            "counts": record_counts(connection),
            "installation_id": installation_id,
            "office": office,
        }


def make_manifest(snapshot: Path, *, label: str, created_at: datetime, store_files: int) -> dict:
    """The ``backup.json`` of an archive holding ``snapshot``."""
    return {
        "format": ARCHIVE_FORMAT,
        "program": desktop.APP_NAME,
        "created_at": created_at.isoformat(timespec="seconds"),
        "label": label,
        "app_version": desktop.__version__,
        **database_facts(snapshot),
        "database_bytes": snapshot.stat().st_size,
        "store_files": store_files,
    }


def archive_name(created_at: datetime, label: str, folder: Path) -> Path:
    """``DoanDesk-2026-12-20_0915-daily.zip`` in ``folder``; seconds, then a number, are
    added only when a backup of that minute already exists."""
    if not _LABEL.match(label):
        raise ValueError(f"backup label must be lower-case letters, digits and dashes: {label!r}")
    day = created_at.strftime("%Y-%m-%d")
    candidates = [f"{created_at:%H%M}", f"{created_at:%H%M%S}"]
    for stamp in candidates:
        path = folder / f"{ARCHIVE_PREFIX}{day}_{stamp}-{label}.zip"
        if not path.exists():
            return path
    number = 2
    while (path := folder / f"{ARCHIVE_PREFIX}{day}_{candidates[1]}-{label}-{number}.zip").exists():
        number += 1
    return path


def write_archive(folder: Path, snapshot: Path, *, label: str, created_at: datetime,
                  store_files: Iterable[tuple[Path, str]] = (), store_count: int = 0,
                  progress: Callable[[float, str], None] | None = None) -> Path:
    """Write the backup archive of ``snapshot`` (and the ``(file, name in store)`` pairs)
    into ``folder`` under a temporary name, flush it to the disk, then rename it: a
    pulled USB stick or a full disk never leaves a half archive under a good name."""
    folder.mkdir(parents=True, exist_ok=True)
    target = archive_name(created_at, label, folder)
    manifest = make_manifest(snapshot, label=label, created_at=created_at, store_files=store_count)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.stem}-", suffix=".partial")
    os.close(handle)
    try:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            archive.writestr(MANIFEST_NAME, json.dumps(manifest, ensure_ascii=False, indent=2))
            archive.write(snapshot, ARCHIVE_DB_NAME)
            for number, (path, name) in enumerate(store_files, start=1):
                # Essays and scans are mostly compressed already (PDF, JPEG).
                archive.write(path, f"{ARCHIVE_STORE_DIR}/{name}", compress_type=zipfile.ZIP_STORED)
                if progress is not None and store_count:
                    progress(0.2 + 0.75 * number / store_count, "Đang sao lưu các tệp bài thu hoạch…")
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return target


# --- the migration ---------------------------------------------------------------------------


def is_known_revision(revision: str) -> bool:
    """True when this program's migrations know ``revision`` (it is not from a newer DoanDesk)."""
    from alembic.script import ScriptDirectory

    from desktop.db.migrate import _known, alembic_config

    return _known(ScriptDirectory.from_config(alembic_config()), revision)


def _revision_of(path: Path) -> str | None:
    with closing(connect_existing(path, read_only=True)) as connection:
        return read_revision(connection)


def _put_back(snapshot: Path, db_path: Path) -> None:
    """Return ``db_path`` to the state saved in ``snapshot`` after a failed migration."""
    try:
        load_into(snapshot, db_path)
        return
    except sqlite3.Error:
        log.warning("Không chép ngược được vào %s bằng SQLite; thay cả tệp", db_path, exc_info=True)
    # The file SQLite could not write into is replaced whole; its journal files belong to
    # it and would be replayed into the restored database, so they go first.
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    handle, temporary = tempfile.mkstemp(dir=db_path.parent, prefix=f".{db_path.name}-", suffix=".restoring")
    os.close(handle)
    try:
        Path(temporary).unlink()
        online_copy(snapshot, Path(temporary))
        os.replace(temporary, db_path)
    finally:
        Path(temporary).unlink(missing_ok=True)


def upgrade_with_backup(db_path: Path | str, backups_folder: Path | str) -> str | None:
    """Bring the database at ``db_path`` to the newest schema, backing it up first.

    Returns the path of the backup taken before migrating, or None when there was nothing
    to migrate (no file yet, already up to date, or a database of a newer DoanDesk, which
    :class:`~desktop.db.engine.Database` then refuses with its own message). Raises
    :class:`DatabaseError` when the backup cannot be written (nothing was changed) or the
    migration fails (the database is put back as it was, and the message says so).
    """
    from desktop.db import migrate
    from desktop.db.engine import Database

    db_path, backups_folder = Path(db_path), Path(backups_folder)
    if not db_path.is_file():
        return None
    try:
        revision = _revision_of(db_path)
    except sqlite3.Error as exc:
        raise DatabaseError(f"Không đọc được cơ sở dữ liệu {db_path}: {exc}") from exc
    if revision is None or revision == migrate.SCHEMA_HEAD or not is_known_revision(revision):
        return None
    with tempfile.TemporaryDirectory(prefix="doandesk-upgrade-") as scratch:
        snapshot = Path(scratch) / ARCHIVE_DB_NAME
        try:
            online_copy(db_path, snapshot)
            archive = write_archive(backups_folder, snapshot, label=LABEL_BEFORE_UPGRADE,
                                    created_at=datetime.now().astimezone())
        except (OSError, sqlite3.Error) as exc:
            raise DatabaseError(
                "Phiên bản DoanDesk này cần nâng cấp cơ sở dữ liệu, nhưng không sao lưu được trước khi nâng cấp "
                f"vào thư mục {backups_folder} ({exc}). Chưa thay đổi gì. Hãy kiểm tra ổ đĩa (còn chỗ trống, "
                "có quyền ghi) hoặc chọn thư mục sao lưu khác rồi mở lại.") from exc
        log.info("Đã sao lưu %s (lược đồ %s) vào %s trước khi nâng cấp", db_path, revision, archive)
        try:
            database = Database(db_path, migrate=False)
            try:
                migrate.upgrade_to_head(database.engine)
            finally:
                database.dispose()
        except Exception as exc:
            log.error("Nâng cấp %s từ lược đồ %s thất bại", db_path, revision, exc_info=True)
            try:
                _put_back(snapshot, db_path)
                restored = _revision_of(db_path) == revision
            except (OSError, sqlite3.Error):
                log.error("Không khôi phục được %s sau khi nâng cấp thất bại", db_path, exc_info=True)
                restored = False
            if not restored:
                raise DatabaseError(
                    f"Không nâng cấp được cơ sở dữ liệu ({exc}) và không tự khôi phục được. Dữ liệu trước khi nâng "
                    f"cấp nằm trong bản sao lưu {archive}; hãy khôi phục từ bản đó (Tệp → Sao lưu và khôi phục) "
                    "hoặc nhờ người hỗ trợ kỹ thuật.") from exc
            raise DatabaseError(
                f"Không nâng cấp được cơ sở dữ liệu lên phiên bản mới ({exc}). Dữ liệu đã được khôi phục nguyên "
                f"trạng như trước khi nâng cấp, từ bản sao lưu {archive.name}; phiên bản DoanDesk trước vẫn mở được "
                "nó. Hãy gửi báo lỗi cho người hỗ trợ kỹ thuật.") from exc
    return str(archive)
