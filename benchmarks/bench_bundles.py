"""Report packages at the province's scale, each figure against the raw limit of the same run.

Thirty district offices share one unit tree (as they do once the province has sent it
down) and each holds its own members: about 200,000 records in all. Each
makes a package; the province imports the thirty.

1. import: ``import_package`` for every package (verification, signature, checksums,
   the revision rules, the writes) against reading the same files (unzip, gunzip, JSON)
   plus a raw sqlite3 ``executemany`` of the same rows into a fresh copy of the schema.
   Goal: at most 2×.
2. export of a 50,000-member office: goal under 10 s (printed against the raw read of the
   same rows).

Run: uv run python benchmarks/bench_bundles.py [--offices 30] [--records 200000] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sqlite3
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core import bundles  # noqa: E402
from desktop.core.demo import build_demo_units, demo_members, fill_demo  # noqa: E402
from desktop.core.members import insert_member_rows  # noqa: E402
from desktop.core.signing import own_key, remember_key  # noqa: E402
from desktop.db.engine import Database  # noqa: E402


def copy_database(source: Path, target: Path, installation: str) -> Database:
    with sqlite3.connect(source) as reading, sqlite3.connect(target) as writing:
        reading.backup(writing)
    with sqlite3.connect(target) as conn:
        conn.execute("UPDATE installation SET installation_id = ?", (installation,))
        conn.execute("DELETE FROM signing_keys")
    return Database(target)


def raw_import(packages: list[Path], schema_source: Path, workdir: Path) -> float:
    """Read every package's records and insert them with plain executemany."""
    target = workdir / "raw.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    with sqlite3.connect(schema_source) as reading, sqlite3.connect(target) as writing:
        reading.backup(writing)
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=OFF")
    tables = [t.name for t in bundles.exchanged_tables()]
    start = time.perf_counter()
    for package in packages:
        with zipfile.ZipFile(io.BytesIO(package.read_bytes())) as archive:
            contents = {name: archive.read(name) for name in archive.namelist()}
        with conn:
            for table in tables:
                name = f"records/{table}.jsonl.gz"
                if name not in contents:
                    continue
                rows = [json.loads(line) for line in gzip.decompress(contents[name]).decode().splitlines() if line]
                columns = list(rows[0])
                conn.executemany(f"INSERT OR REPLACE INTO {table} ({','.join(columns)}) VALUES "
                                 f"({','.join('?' * len(columns))})", [tuple(r[c] for c in columns) for r in rows])
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--offices", type=int, default=30)
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--export-members", type=int, default=50_000)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        base_path = workdir / "base.sqlite3"
        for stale in workdir.glob("*.sqlite3*"):
            stale.unlink()
        base = Database(base_path)
        build_demo_units(base)
        base.dispose()
        province = copy_database(base_path, workdir / "province.sqlite3", "province")
        per_office = max(1, args.records // args.offices)
        packages = []
        start = time.perf_counter()
        for index in range(args.offices):
            office = copy_database(base_path, workdir / f"office{index}.sqlite3", f"office-{index}")
            branch_ids = build_demo_units(office)
            # Card numbers are unique across the province: each office has its own range.
            people = demo_members(branch_ids, per_office, first_card=index * 1_000_000 + 1, seed=index)
            for batch in range(0, len(people), 5000):
                with office.session() as session:
                    insert_member_rows(office, session, people[batch:batch + 5000])
            remember_key(province, own_key(office).public_key, owner_name=f"Đơn vị {index}", unit_code="",
                         trusted=True)
            packages.append(bundles.export_bundle(office, workdir / f"office{index}.ddb",
                                                  include_reports=False).path)
            office.dispose()
        records = 0
        for package in packages:
            opened = bundles.open_package(province, package.read_bytes())
            records += sum(entry.get("rows", 0) for entry in opened.manifest["files"].values())
        print(f"{args.offices} packages, {records:,} records in all (made in {time.perf_counter() - start:.0f} s)")

        raw = raw_import(packages, base_path, workdir)
        start = time.perf_counter()
        totals: dict[str, int] = {}
        for package in packages:
            report = bundles.import_package(province, package.read_bytes())
            for key, value in report.counts.items():
                totals[key] = totals.get(key, 0) + value
        ours = time.perf_counter() - start
        print(f"raw: read the files + sqlite3 executemany of the same rows: {raw:.2f} s")
        print(f"import of the {args.offices} packages: {ours:.2f} s; ratio {ours / raw:.2f} (goal ≤ 2.00); "
              f"outcomes {totals}")

        big = copy_database(base_path, workdir / "big.sqlite3", "big-office")
        fill_demo(big, args.export_members)
        start = time.perf_counter()
        with sqlite3.connect(big.path) as conn:
            for table in bundles.exchanged_tables():
                conn.execute(f"SELECT * FROM {table.name}").fetchall()
        raw_read = time.perf_counter() - start
        start = time.perf_counter()
        result = bundles.export_bundle(big, workdir / "big.ddb", include_reports=False)
        export_time = time.perf_counter() - start
        print(f"export of a {args.export_members:,}-member office ({sum(result.rows.values()):,} records, "
              f"{result.path.stat().st_size / 1e6:.1f} MB): {export_time:.2f} s (goal < 10 s); raw read of the "
              f"same rows {raw_read:.2f} s, ratio {export_time / raw_read:.2f}")


if __name__ == "__main__":
    main()
