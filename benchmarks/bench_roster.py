"""Roster speed, each figure as a ratio to the raw limit measured in the same run.

1. Import of a 50,000 × 15 roster .xlsx (preview + apply) against python-calamine reading the
   same file plus a raw sqlite3 executemany of the same rows in one transaction. Goal ≤ 2×.
2. Search-as-you-type over 100,000 members (our query: folded FTS5 prefix match, live
   members only, in Vietnamese order) against a raw FTS5 prefix query on the same index.
   Goal ≤ 2× and well under 50 ms.

Run: uv run python benchmarks/bench_roster.py [--rows 50000] [--members 100000]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _data import roster_workbook, timed  # noqa: E402
from python_calamine import CalamineWorkbook  # noqa: E402

from desktop.core.demo import build_demo_units, fill_demo  # noqa: E402
from desktop.core.members import MemberQuery, fts_query, query_member_handles  # noqa: E402
from desktop.core.roster_import import apply_roster_import, preview_roster_import  # noqa: E402
from desktop.db.engine import Database  # noqa: E402


def raw_import_limit(path: Path, workdir: Path) -> float:
    """calamine read + sqlite3 executemany of the same rows (15 text columns), one transaction."""
    start = time.perf_counter()
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    data = [tuple(str(v) for v in row[:15]) for row in rows[5:]]
    conn = sqlite3.connect(workdir / "raw.sqlite3")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(f"CREATE TABLE r ({', '.join(f'c{i} TEXT' for i in range(15))})")
    with conn:
        conn.executemany(f"INSERT INTO r VALUES ({', '.join('?' * 15)})", data)
    conn.close()
    return time.perf_counter() - start


def bench_import(rows: int, workdir: Path) -> float:
    path = roster_workbook(workdir / f"roster_{rows}.xlsx", rows)
    raw = min(raw_import_limit(path, workdir) for _ in range(1))
    db = Database(workdir / "import.sqlite3")
    build_demo_units(db)
    ours_preview, plan = timed(preview_roster_import, db, path)
    ours_apply, report = timed(apply_roster_import, db, plan)
    assert report.created == rows, (report, plan.errors[:3])
    ours = ours_preview + ours_apply
    print(f"roster import {rows:,} rows × 15 cols: ours {ours:.2f} s (preview {ours_preview:.2f} s + apply "
          f"{ours_apply:.2f} s); raw calamine + sqlite3 {raw:.2f} s; ratio {ours / raw:.2f} (goal ≤ 2.00)")
    db.dispose()
    return ours / raw


def bench_search(members: int, workdir: Path) -> float:
    db = Database(workdir / "search.sqlite3")
    fill_demo(db, members)
    conn = sqlite3.connect(workdir / "search.sqlite3")
    typed = ["n", "ng", "ngu", "nguy", "nguye", "nguyen", "nguyen t", "nguyen th", "nguyen thi",
             "nguyen thi h", "nguyen thi hu", "hu", "huong", "tran van", "le", "dong", "0840001"]
    ratios, ours_times = [], []
    for text in typed:
        match = fts_query(text)
        raw_samples, our_samples = [], []
        for _ in range(5):
            start = time.perf_counter()
            raw_rows = conn.execute("SELECT rowid FROM members_fts WHERE members_fts MATCH ?", (match,)).fetchall()
            raw_samples.append(time.perf_counter() - start)
            start = time.perf_counter()
            handles = query_member_handles(db, MemberQuery(search=text))
            our_samples.append(time.perf_counter() - start)
        assert len(handles) == len(raw_rows)
        raw_t, our_t = statistics.median(raw_samples), statistics.median(our_samples)
        ratios.append(our_t / raw_t)
        ours_times.append(our_t)
        print(f"  search {text!r:16} {len(handles):6} hits: ours {our_t * 1000:6.1f} ms, raw FTS5 {raw_t * 1000:6.1f} ms,"
              f" ratio {our_t / raw_t:.2f}")
    worst = max(ours_times) * 1000
    ratio = statistics.median(ratios)
    print(f"search over {members:,} members: median ratio {ratio:.2f} (goal ≤ 2.00), worst {max(ratios):.2f}; "
          f"slowest query {worst:.1f} ms (goal well under 50 ms)")
    db.dispose()
    return ratio


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--workdir", type=Path, default=None, help="keep generated inputs here between runs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        for stale in ("import.sqlite3", "search.sqlite3", "raw.sqlite3"):
            for suffix in ("", "-wal", "-shm"):
                (workdir / (stale + suffix)).unlink(missing_ok=True)
        bench_import(args.rows, workdir)
        bench_search(args.members, workdir)


if __name__ == "__main__":
    main()
