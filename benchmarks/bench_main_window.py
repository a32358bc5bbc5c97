"""Time to show the main window on a 100,000-member roster, as a ratio to a bare window.

Each side runs in a fresh process (imports included) from its first line until the
window is on screen; for DoanDesk, until the roster table also holds its rows (the
member count is known and the first visible page is fetched). Offscreen Qt platform.
Goal: ratio ≤ 2.

Run: uv run python benchmarks/bench_main_window.py [--members 100000] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = r"""
import time
start = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("DoanDesk"))
window.resize(1280, 800)
window.show()
while not window.isVisible() or not window.windowHandle().isExposed():
    app.processEvents()
app.processEvents()
print(time.perf_counter() - start)
"""

OURS = r"""
import sys, time
start = time.perf_counter()
from pathlib import Path
from PySide6.QtWidgets import QTableView
from desktop.db.engine import Database
from desktop.ui.app import create_application
from desktop.ui.main_window import MainWindow
from desktop.ui.worker import DatabaseWorker
app = create_application([])
db = Database(Path(sys.argv[1]))
worker = DatabaseWorker()
window = MainWindow(db, worker)
window.resize(1280, 800)
window.show()
table = window.findChild(QTableView)
deadline = time.perf_counter() + 60
while (not window.windowHandle().isExposed() or table.model().rowCount() < int(sys.argv[2])) \
        and time.perf_counter() < deadline:
    app.processEvents()
table.model().index(0, 1).data()  # the first visible page is fetched
app.processEvents()
elapsed = time.perf_counter() - start
assert table.model().rowCount() == int(sys.argv[2]), table.model().rowCount()
print(elapsed, flush=True)
worker.shutdown()
"""


def run(script: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        db_path = workdir / f"window_{args.members}.sqlite3"
        sys.path.insert(0, str(ROOT))
        from desktop.core.demo import fill_demo
        from desktop.core.members import count_members
        from desktop.db.engine import Database

        db = Database(db_path)
        if count_members(db) != args.members:
            db.dispose()
            for suffix in ("", "-wal", "-shm"):
                Path(str(db_path) + suffix).unlink(missing_ok=True)
            db = Database(db_path)
            fill_demo(db, args.members)
        db.dispose()
        run(BARE)  # warm the file cache for both sides
        bare = statistics.median(run(BARE) for _ in range(args.repeat))
        ours = statistics.median(run(OURS, str(db_path), str(args.members)) for _ in range(args.repeat))
        print(f"main window with {args.members:,} members shown in {ours:.2f} s; bare PySide6 window {bare:.2f} s; "
              f"ratio {ours / bare:.2f} (goal ≤ 2.00)")


if __name__ == "__main__":
    main()
