"""Report packages between offices: export, verify, preview, import, receipts.

What travels: the synchronised records (every table with the bookkeeping columns of
``models.SyncedRecord``), as JSON lines per table, parents before children; the files of
the essays marked to go up; for each event in scope, its report as PDF.

Which version of a record wins is decided by the record alone, never by the order the
packages arrive in: the higher revision; on equal revisions with different content (two
offices edited the same version) the later ``updated_at``, then the origin installation,
then the content hash — and the other version is kept in ``sync_conflicts`` for an
officer. So importing packages in any order, or the same one twice, gives the same
records. A preview runs the very same decisions without writing, so its counts are the
import's counts.

A record is *rejected* when it cannot stand: an unknown table, a malformed row, or a
reference to a record that exists neither here nor in the package.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Iterable

from desktop.core.bundle_format import (
    FORMAT, VERSION, BundleRefused, OpenedBundle, compress, decompress, encrypt, encryption_header, is_encrypted, pack,
    read_bundle,
)
from desktop.core.errors import InputFileError
from desktop.core.signing import b64, format_fingerprint, known_keys, own_key, remember_key, unb64
from desktop.db.engine import Database
from desktop.db.models import Base, BundleLog, SyncConflict, new_id, utcnow
from desktop.i18n import tr, trn

BOOKKEEPING = ("id", "owner_unit_id", "created_at", "updated_at", "revision", "origin", "deleted_at", "change_seq")
PERSONAL_FIELDS = ("citizen_id", "phone", "religion", "ethnicity")  # left out of a minimal package
OUTCOMES = ("new", "updated", "unchanged", "superseded", "deleted", "conflicts", "rejected")


def exchanged_tables() -> list:
    """Every synchronised table, parents before children."""
    return [t for t in Base.metadata.sorted_tables if "change_seq" in t.c and "revision" in t.c and "origin" in t.c]


def _content_hash(row: dict) -> str:
    data = {k: v for k, v in row.items() if k != "change_seq"}
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


def _rank(row: dict) -> tuple:
    return (int(row["revision"]), str(row["updated_at"]), str(row["origin"]), _content_hash(row))


# --- export ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportResult:
    bundle_id: str
    path: Path
    rows: dict[str, int]
    since_seq: int
    upto_seq: int
    encrypted: bool
    files: int


def last_acknowledged_seq(db: Database) -> int:
    with db.session() as session:
        rows = session.query(BundleLog).filter(BundleLog.direction == "out",
                                               BundleLog.acknowledged_at.is_not(None)).all()
        return max((r.upto_seq for r in rows), default=0)


def export_bundle(db: Database, path: str | Path, *, event_ids: Iterable[str] = (), since_last: bool = False,
                  minimal: bool = False, passphrase: str | None = None, recipient_fingerprint: str | None = None,
                  include_reports: bool = True) -> ExportResult:
    """Write a package of this office's records (all, or those changed since the last
    package the receiver acknowledged; all tables, or only what concerns ``event_ids``
    plus the roster and units) to ``path``, signed, encrypted when asked."""
    from desktop.core.units import load_tree

    key = own_key(db)
    tree = load_tree(db)
    home = tree.by_id.get(tree.home_id or "")
    event_ids = list(event_ids)
    since = last_acknowledged_seq(db) if since_last else 0
    files: dict[str, bytes] = {}
    rows_by_table: dict[str, int] = {}
    upto = since
    with db.engine.connect() as conn:
        for table in exchanged_tables():
            query, params = f"SELECT * FROM {table.name} WHERE change_seq > ?", [since]
            if event_ids and "event_id" in table.c:
                query += f" AND event_id IN ({','.join('?' * len(event_ids))})"
                params += event_ids
            elif event_ids and "session_id" in table.c:
                query += (f" AND session_id IN (SELECT id FROM event_sessions WHERE event_id IN "
                          f"({','.join('?' * len(event_ids))}))")
                params += event_ids
            elif event_ids and table.name == "events":
                query += f" AND id IN ({','.join('?' * len(event_ids))})"
                params += event_ids
            result = conn.exec_driver_sql(query + " ORDER BY change_seq", tuple(params))
            columns = list(result.keys())
            lines = []
            for values in result:
                row = dict(zip(columns, values))
                if minimal and table.name == "members":
                    row.update({name: "" for name in PERSONAL_FIELDS})
                upto = max(upto, row["change_seq"])
                lines.append(json.dumps(row, ensure_ascii=False, default=str))
            if lines:
                files[f"records/{table.name}.jsonl.gz"] = compress(("\n".join(lines) + "\n").encode())
                rows_by_table[table.name] = len(lines)
        essays = conn.exec_driver_sql(
            "SELECT DISTINCT file_sha256 FROM essays WHERE forward = 1 AND deleted_at IS NULL AND file_sha256 != ''"
            + (f" AND event_id IN ({','.join('?' * len(event_ids))})" if event_ids else ""), tuple(event_ids)).all()
    from desktop.core.essays import essay_store
    from desktop.core.file_store import stored_path

    for (sha256,) in essays:
        stored = stored_path(essay_store(db), sha256)
        if stored.exists():
            files[f"files/{sha256}"] = stored.read_bytes()
    if include_reports:
        files.update(_reports(db, event_ids))
    bundle_id = new_id()
    created = utcnow()
    manifest = {
        "format": FORMAT, "version": VERSION, "bundle_id": bundle_id, "kind": "records",
        "created_at": created.isoformat(timespec="seconds") + "Z",
        "sender": {"installation_id": db.installation_id, "unit_code": home.code if home else "",
                   "unit_name": home.name if home else "", "fingerprint": key.fingerprint,
                   "public_key": b64(key.public_key), "box_public_key": b64(key.box_public_key)},
        "scope": {"kind": "changes" if since else "full", "since_seq": since, "upto_seq": upto, "events": event_ids,
                  "minimal": minimal, "tables": sorted(rows_by_table)},
        "files": {f"records/{name}.jsonl.gz": {"rows": count} for name, count in rows_by_table.items()},
    }
    data = pack(manifest, files, key)
    if passphrase is not None or recipient_fingerprint is not None:
        recipient = None
        if recipient_fingerprint is not None:
            recipient = next((k for k in known_keys(db) if k.fingerprint == recipient_fingerprint.replace(" ", "")),
                             None)
            if recipient is None or recipient.box_public_key is None:
                raise InputFileError(tr("Chưa có khóa mã hóa của đơn vị nhận: hãy nhập tệp khóa của đơn vị đó "
                                        "(doandesk keys trust TỆP)."))
        data = encrypt(data, passphrase=passphrase, recipient_box_key=recipient.box_public_key if recipient else None,
                       recipient_fingerprint=recipient.fingerprint if recipient else "")
    path = Path(path)
    temporary = path.with_name(path.name + ".partial")
    try:
        temporary.write_bytes(data)
        temporary.replace(path)
    except OSError as exc:
        raise InputFileError(tr("Không ghi được gói vào {path}: {error}").format(
            path=path, error=exc.strerror or exc)) from exc
    with db.session() as session:
        session.add(BundleLog(id=bundle_id, direction="out", status="sent", created_at=created,
                              sender_fingerprint=key.fingerprint, sender_unit_code=home.code if home else "",
                              sender_unit_name=home.name if home else "", scope=json.dumps(manifest["scope"]),
                              counts=json.dumps(rows_by_table), upto_seq=upto, file_name=path.name))
    return ExportResult(bundle_id, path, rows_by_table, since, upto, passphrase is not None or
                        recipient_fingerprint is not None, sum(1 for n in files if n.startswith("files/")))


def _reports(db: Database, event_ids: list[str]) -> dict[str, bytes]:
    """Each event's report as PDF, generated now (only events with an attendance, test
    or essay record are worth a report)."""
    import tempfile

    from desktop.core.event_report import build_report, write_report_pdf

    reports = {}
    for event_id in event_ids:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "report.pdf"
            write_report_pdf(build_report(db, event_id), path)
            reports[f"reports/{event_id}.pdf"] = path.read_bytes()
    return reports


# --- import -------------------------------------------------------------------------------------


@dataclass
class ImportReport:
    bundle_id: str
    sender_fingerprint: str
    sender_unit: str
    counts: Counter = field(default_factory=Counter)
    rejected: list[str] = field(default_factory=list)   # messages for the officer
    quarantined: bool = False
    already_imported: bool = False
    applied: bool = False

    def as_dict(self) -> dict:
        return {"bundle_id": self.bundle_id, "sender": self.sender_unit, "fingerprint": self.sender_fingerprint,
                **{name: self.counts.get(name, 0) for name in OUTCOMES}, "rejected_reasons": self.rejected,
                "quarantined": self.quarantined, "already_imported": self.already_imported, "applied": self.applied}


def open_package(db: Database, data: bytes, *, passphrase: str | None = None) -> OpenedBundle:
    return read_bundle(data, passphrase=passphrase, own=own_key(db) if is_encrypted(data) else None)


def describe_encryption(data: bytes) -> str | None:
    """'passphrase' / 'recipient' for an encrypted package, None for a plain one."""
    return encryption_header(data)["mode"] if is_encrypted(data) else None


def _sender_trusted(db: Database, bundle: OpenedBundle) -> bool:
    sender = bundle.manifest["sender"]
    key = next((k for k in known_keys(db) if k.fingerprint == sender["fingerprint"]), None)
    if key is None:
        remember_key(db, unb64(sender["public_key"]), owner_name=sender.get("unit_name", ""),
                     unit_code=sender.get("unit_code", ""),
                     box_public_key=unb64(sender["box_public_key"]) if sender.get("box_public_key") else None,
                     trusted=False)
        return False
    return key.trusted


def import_package(db: Database, data: bytes, *, passphrase: str | None = None, dry_run: bool = False,
                   file_name: str = "") -> ImportReport:
    """Verify, then preview (``dry_run``) or apply in one transaction. A package from a
    sender not trusted yet is quarantined: nothing applied until an officer trusts its
    fingerprint. A receipt is read back instead (see :func:`read_receipt`)."""
    bundle = open_package(db, data, passphrase=passphrase)
    manifest = bundle.manifest
    sender = manifest["sender"]
    report = ImportReport(manifest["bundle_id"], sender["fingerprint"],
                          f"{sender.get('unit_name', '')} ({sender.get('unit_code', '')})")
    if manifest.get("kind") == "receipt":
        raise InputFileError(tr("Đây là biên nhận, không phải gói dữ liệu: dùng «Nhập biên nhận»."))
    if sender["fingerprint"] == own_key(db).fingerprint:
        raise InputFileError(tr("Gói này do chính máy này tạo ra."))
    if not _sender_trusted(db, bundle):
        report.quarantined = True
        if not dry_run:
            _log_in(db, manifest, "quarantined", Counter(), file_name)
        return report
    with db.session() as session:
        held = session.get(BundleLog, manifest["bundle_id"])
        report.already_imported = held is not None and held.status == "applied"
    tables = {t.name: t for t in exchanged_tables()}
    incoming: dict[str, list[dict]] = {}
    for name, content in bundle.files.items():
        if not name.startswith("records/"):
            continue
        table_name = name[len("records/"):].removesuffix(".jsonl.gz")
        rows = []
        for number, line in enumerate(decompress(name, content).decode("utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError:
                report.counts["rejected"] += 1
                report.rejected.append(tr("{file}, dòng {row}: không đọc được.").format(file=name, row=number))
                continue
            rows.append(row)
        if table_name not in tables:
            report.counts["rejected"] += len(rows)
            report.rejected.append(trn("Bảng «{table}» không có trong chương trình này (%n dòng).", len(rows)).format(
                table=table_name))
            continue
        incoming[table_name] = rows
    minimal = bool(manifest.get("scope", {}).get("minimal"))
    connection = db.engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute("BEGIN IMMEDIATE")
        try:
            _apply(cursor, db, tables, incoming, report, minimal)
            for name, content in bundle.files.items():
                if name.startswith("files/"):
                    _store_file(db, name, content)
            if dry_run:
                cursor.execute("ROLLBACK")
            else:
                _log_in_cursor(cursor, manifest, "applied", report.counts, file_name)
                cursor.execute("COMMIT")
                report.applied = True
        except BaseException:
            cursor.execute("ROLLBACK")
            raise
    finally:
        connection.close()
    return report


def _store_file(db: Database, name: str, content: bytes) -> None:
    import tempfile

    from desktop.core.essays import essay_store
    from desktop.core.file_store import put_file

    sha256 = name[len("files/"):]
    if hashlib.sha256(content).hexdigest() != sha256:
        raise BundleRefused(tr("Tệp «{file}» không khớp tên (mã SHA-256) của nó.").format(file=name))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "incoming"
        path.write_bytes(content)
        put_file(essay_store(db), path)


def _apply(cursor, db: Database, tables: dict, incoming: dict[str, list[dict]], report: ImportReport,
           minimal: bool) -> None:
    cursor.execute("SELECT change_seq FROM installation WHERE id = 1")
    seq = cursor.fetchone()[0]
    in_package = {name: {row.get("id") for row in rows} for name, rows in incoming.items()}
    new_members: list[str] = []
    for table in exchanged_tables():
        rows = incoming.get(table.name)
        if not rows:
            continue
        columns = [c.name for c in table.c]
        references = [(fk.parent.name, fk.column.table.name) for fk in table.foreign_keys]
        valid = []
        problems = {id(row): _row_problem(row, columns) for row in rows}
        held_targets = _existing_targets(cursor, references, [r for r in rows if problems[id(r)] is None], in_package)
        for row in rows:
            problem = problems[id(row)]
            if problem is None:
                for column, target in references:
                    value = row.get(column)
                    if value and value not in in_package.get(target, ()) and value not in held_targets[target]:
                        problem = tr("tham chiếu tới {table} {record}… không có").format(
                            table=target, record=str(value)[:8])
                        break
            if problem:
                report.counts["rejected"] += 1
                report.rejected.append(f"{table.name} {str(row.get('id', ''))[:8]}…: {problem}.")
                continue
            valid.append(row)
        held = {}
        ids = [row["id"] for row in valid]
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            cursor.execute(f"SELECT * FROM {table.name} WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            names = [d[0] for d in cursor.description]
            for values in cursor.fetchall():
                record = dict(zip(names, values))
                held[record["id"]] = record
        winners = []
        for row in valid:
            row = {column: row.get(column) for column in columns}
            current = held.get(row["id"])
            if minimal and table.name == "members" and current is not None:
                row.update({name: current[name] for name in PERSONAL_FIELDS})
            if current is None:
                outcome = "deleted" if row["deleted_at"] else "new"
                report.counts[outcome] += 1
                winners.append((row, outcome))
                if table.name == "members":
                    new_members.append(row["id"])
                continue
            if _content_hash(row) == _content_hash(current):
                report.counts["unchanged"] += 1
                continue
            if int(row["revision"]) == int(current["revision"]):
                report.counts["conflicts"] += 1
                keep, other = (row, current) if _rank(row) > _rank(current) else (current, row)
                conflict_id = hashlib.sha256(f"{table.name}|{row['id']}|{_content_hash(other)}".encode()).hexdigest()
                cursor.execute("INSERT OR IGNORE INTO sync_conflicts (id, table_name, record_id, kept, other, found_at) "
                               "VALUES (?, ?, ?, ?, ?, ?)",
                               (conflict_id, table.name, row["id"], json.dumps(keep, default=str, ensure_ascii=False),
                                json.dumps(other, default=str, ensure_ascii=False), utcnow().isoformat(sep=" ")))
                if keep is row:
                    winners.append((row, "conflicts"))
                continue
            if int(row["revision"]) < int(current["revision"]):
                report.counts["superseded"] += 1
                continue
            outcome = "deleted" if row["deleted_at"] and not current["deleted_at"] else "updated"
            report.counts[outcome] += 1
            winners.append((row, outcome))
        if not winners:
            continue
        for row, _outcome in winners:
            seq += 1
            row["change_seq"] = seq  # a new local number: the change goes further up with the next package
        placeholders = ",".join("?" * len(columns))
        updates = ",".join(f"{c} = excluded.{c}" for c in columns if c != "id")
        statement = (f"INSERT INTO {table.name} ({','.join(columns)}) VALUES ({placeholders}) "
                     f"ON CONFLICT (id) DO UPDATE SET {updates}")
        cursor.execute("SAVEPOINT table_rows")
        try:
            cursor.executemany(statement, [tuple(row[c] for c in columns) for row, _ in winners])
            cursor.execute("RELEASE table_rows")
        except sqlite3.IntegrityError:
            # Some row clashes with a record held here (a unit code used by another unit…):
            # find which, one at a time, and reject only those.
            cursor.execute("ROLLBACK TO table_rows")
            cursor.execute("RELEASE table_rows")
            for row, outcome in winners:
                cursor.execute("SAVEPOINT one_row")
                try:
                    cursor.execute(statement, tuple(row[c] for c in columns))
                    cursor.execute("RELEASE one_row")
                except sqlite3.IntegrityError as exc:
                    cursor.execute("ROLLBACK TO one_row")
                    cursor.execute("RELEASE one_row")
                    if table.name == "attendances" and _merge_attendance(cursor, statement, columns, row, seq):
                        seq += 2
                        continue
                    report.counts[outcome] -= 1
                    report.counts["rejected"] += 1
                    report.rejected.append(tr("{table} {record}…: trùng với bản ghi đã có ở máy này "
                                              "({reason}).").format(table=table.name, record=row["id"][:8],
                                                                    reason=_clash(exc)))
                    if table.name == "members" and row["id"] in new_members:
                        new_members.remove(row["id"])
    if new_members:
        for start in range(0, len(new_members), 500):
            chunk = new_members[start:start + 500]
            cursor.execute("INSERT INTO members_fts(rowid, search_text) SELECT rowid, search_text FROM members "
                           f"WHERE id IN ({','.join('?' * len(chunk))})", chunk)
    cursor.execute("UPDATE installation SET change_seq = ? WHERE id = 1", (seq,))


def _merge_attendance(cursor, statement: str, columns: list[str], row: dict, seq: int) -> bool:
    """Two check-in PCs recorded the same member for the same session: keep the earlier
    arrival (then the smaller id) and make the other a tombstone — the same choice
    whichever package comes first, and nobody counted twice. False when the clash is
    something else."""
    cursor.execute("SELECT * FROM attendances WHERE session_id = ? AND member_id = ? AND deleted_at IS NULL",
                   (row["session_id"], row["member_id"]))
    found = cursor.fetchone()
    if found is None:
        return False
    held = dict(zip([d[0] for d in cursor.description], found))
    incoming_key = (str(row["arrived_at"] or "9999"), row["id"])
    held_key = (str(held["arrived_at"] or "9999"), held["id"])
    loser, winner = (held, row) if incoming_key < held_key else (row, held)
    # Times from the two records, not the clock: the tombstone is the same in every office.
    when = max(str(loser["updated_at"]), str(winner["updated_at"]))
    loser = {**loser, "deleted_at": loser["deleted_at"] or when, "revision": int(loser["revision"]) + 1,
             "updated_at": when, "change_seq": seq + 1}
    if loser["id"] == held["id"]:
        cursor.execute("UPDATE attendances SET deleted_at = ?, revision = ?, updated_at = ?, change_seq = ? WHERE id = ?",
                       (loser["deleted_at"], loser["revision"], loser["updated_at"], loser["change_seq"], loser["id"]))
        cursor.execute(statement, tuple(winner[c] for c in columns))
    else:
        cursor.execute(statement, tuple(loser[c] for c in columns))
    return True


def _clash(exc: sqlite3.IntegrityError) -> str:
    text = str(exc)
    if "code" in text:
        return tr("trùng mã")
    if "card_number" in text:
        return tr("trùng số thẻ")
    if "FOREIGN KEY" in text:
        return tr("bản ghi cha của nó cũng bị từ chối")
    return text.split(":")[-1].strip() or tr("trùng khóa")


def _row_problem(row: dict, columns: list[str]) -> str | None:
    if not isinstance(row, dict):
        return tr("dòng không phải bản ghi")
    missing = [c for c in ("id", "revision", "origin", "updated_at", "created_at") if not row.get(c)]
    if missing:
        return tr("thiếu {fields}").format(fields=", ".join(missing))
    try:
        int(row["revision"])
    except (TypeError, ValueError):
        return tr("số lần sửa không phải số")
    unknown = [k for k in row if k not in columns]
    if unknown:
        return tr("có trường lạ {fields}").format(fields=", ".join(unknown[:3]))
    return None


def _existing_targets(cursor, references, rows: list[dict], in_package: dict) -> dict[str, set]:
    """For each referenced table, which of the ids the rows point to (and the package does
    not bring) are held here: one query per 500 ids rather than one per row."""
    wanted: dict[str, set] = {target: set() for _, target in references}
    for row in rows:
        for column, target in references:
            value = row.get(column)
            if value and value not in in_package.get(target, ()):
                wanted[target].add(value)
    held: dict[str, set] = {}
    for target, values in wanted.items():
        found: set = set()
        ordered = sorted(values, key=str)
        for start in range(0, len(ordered), 500):
            chunk = ordered[start:start + 500]
            cursor.execute(f"SELECT id FROM {target} WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            found.update(r[0] for r in cursor.fetchall())
        held[target] = found
    return held


def _log_in(db: Database, manifest: dict, status: str, counts: Counter, file_name: str) -> None:
    connection = db.engine.raw_connection()
    try:
        cursor = connection.cursor()
        _log_in_cursor(cursor, manifest, status, counts, file_name)
        connection.commit()
    finally:
        connection.close()


def _log_in_cursor(cursor, manifest: dict, status: str, counts: Counter, file_name: str) -> None:
    sender = manifest["sender"]
    cursor.execute(
        "INSERT INTO bundle_log (id, direction, status, created_at, logged_at, sender_fingerprint, sender_unit_code, "
        "sender_unit_name, scope, counts, upto_seq, file_name) VALUES (?, 'in', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET status = excluded.status, counts = excluded.counts, "
        "logged_at = excluded.logged_at",
        (manifest["bundle_id"], status, manifest["created_at"].rstrip("Z").replace("T", " "),
         utcnow().isoformat(sep=" "), sender["fingerprint"], sender.get("unit_code", ""), sender.get("unit_name", ""),
         json.dumps(manifest.get("scope", {}), ensure_ascii=False), json.dumps(dict(counts)),
         int(manifest.get("scope", {}).get("upto_seq", 0)), file_name))


# --- receipts -----------------------------------------------------------------------------------


def make_receipt(db: Database, bundle_id: str, path: str | Path) -> Path:
    """A signed receipt for an imported package, for the sender to read back."""
    with db.session() as session:
        held = session.get(BundleLog, bundle_id)
        if held is None or held.direction != "in" or held.status != "applied":
            raise InputFileError(tr("Chưa nhập gói này, nên chưa lập biên nhận được."))
        counts = json.loads(held.counts)
    key = own_key(db)
    manifest = {"format": FORMAT, "version": VERSION, "bundle_id": new_id(), "kind": "receipt",
                "created_at": utcnow().isoformat(timespec="seconds") + "Z",
                "sender": {"installation_id": db.installation_id, "unit_code": "", "unit_name": "",
                           "fingerprint": key.fingerprint, "public_key": b64(key.public_key),
                           "box_public_key": b64(key.box_public_key)},
                "receipt": {"for_bundle": bundle_id, "counts": counts}}
    path = Path(path)
    path.write_bytes(pack(manifest, {}, key))
    return path


def read_receipt(db: Database, data: bytes) -> tuple[str, dict]:
    """Mark the package a receipt names as acknowledged (when the receipt is signed by a
    trusted key). Returns (the package id, the receiver's counts)."""
    bundle = read_bundle(data)
    manifest = bundle.manifest
    if manifest.get("kind") != "receipt":
        raise InputFileError(tr("Tệp này không phải biên nhận."))
    if not _sender_trusted(db, bundle):
        raise InputFileError(tr("Biên nhận ký bằng khóa chưa tin cậy {fingerprint}: hãy xác minh khóa trước.").format(
            fingerprint=format_fingerprint(manifest["sender"]["fingerprint"])))
    bundle_id = manifest["receipt"]["for_bundle"]
    with db.session() as session:
        held = session.get(BundleLog, bundle_id)
        if held is None or held.direction != "out":
            raise InputFileError(tr("Biên nhận cho một gói không do máy này gửi."))
        held.acknowledged_at = held.acknowledged_at or datetime.utcnow()
        held.status = "acknowledged"
    return bundle_id, manifest["receipt"]["counts"]


def bundle_history(db: Database) -> list[BundleLog]:
    with db.session() as session:
        rows = session.query(BundleLog).order_by(BundleLog.logged_at.desc()).all()
        for row in rows:
            session.expunge(row)
        return rows


def open_conflicts(db: Database) -> list[SyncConflict]:
    with db.session() as session:
        rows = session.query(SyncConflict).filter(SyncConflict.resolved_at.is_(None)).all()
        for row in rows:
            session.expunge(row)
        return rows



def resolve_conflict(db: Database, conflict_id: str, keep: str) -> None:
    """Settle a conflict: ``keep="kept"`` confirms the version the rules kept; ``"other"``
    makes the other version current, as a new revision, so it travels to the other offices
    with the next package and wins there too. Either way the conflict is closed."""
    if keep not in ("kept", "other"):
        raise ValueError("keep is 'kept' or 'other'")
    with db.session() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise InputFileError(tr("Xung đột này không còn (có thể đã được giải quyết)."))
        table = next((t for t in exchanged_tables() if t.name == conflict.table_name), None)
        if table is None:
            raise InputFileError(tr("Không có bảng «{table}» trong chương trình này.").format(
                table=conflict.table_name))
        if keep == "other":
            other = json.loads(conflict.other)
            connection = session.connection()
            current = connection.exec_driver_sql(f"SELECT revision FROM {table.name} WHERE id = ?",
                                                 (conflict.record_id,)).first()
            if current is None:
                raise InputFileError(tr("Bản ghi của xung đột không còn ở máy này."))
            from desktop.db.engine import next_change_seq

            values = {c.name: other.get(c.name) for c in table.c if c.name not in ("id", "change_seq")}
            values.update(revision=int(current[0]) + 1, updated_at=utcnow().isoformat(sep=" "),
                          origin=db.installation_id, change_seq=next_change_seq(session))
            # Raw SQL: the versions hold values as SQLite keeps them (dates as text).
            connection.exec_driver_sql(
                f"UPDATE {table.name} SET {', '.join(f'{name} = ?' for name in values)} WHERE id = ?",
                (*values.values(), conflict.record_id))
        conflict.resolved_at = utcnow()
