"""Time to show the main window on a 100,000-member roster, as a ratio to a bare window.

Each side runs in a fresh process (imports included) from its first line until the
window is on screen. DoanDesk paints its window before loading the database layer,
so two figures are printed for it: the window on screen, and the roster listed (all
rows counted, the first page fetched). Offscreen Qt platform. Goal: ratio ≤ 2.

Python reads compiled bytecode when it can; where PYTHONDONTWRITEBYTECODE is set and
nothing was compiled (uv does not compile by default) every start recompiles all of
SQLAlchemy, so the script compiles the environment once first, as an installed
program has it.

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
import os, sys, time
start = time.perf_counter()
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from desktop.ui.app import create_application, run_gui
from desktop.ui.main_window import MainWindow
app = create_application([])
expected = int(sys.argv[2])
marks = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "painted" not in marks and isinstance(watched, MainWindow):
            marks["painted"] = time.perf_counter() - start
        return False

first_paint = FirstPaint()
app.installEventFilter(first_paint)

def poll():
    now = time.perf_counter() - start
    window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)
    if window is not None and "painted" in marks:
        table = window.roster.table if window.attached else None  # the overview comes first now
        if table is not None and table.model().rowCount() == expected and table.model().index(0, 1).data():
            marks["roster"] = now
            print(marks["painted"], marks["roster"], flush=True)
            os._exit(0)  # measured: skip the teardown
    QTimer.singleShot(1, poll)

QTimer.singleShot(0, poll)
run_gui(Path(sys.argv[1]))
"""


def run(script: str, *args: str) -> list[float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DOANDESK_DATA_DIR=tempfile.mkdtemp())
    done = subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return [float(x) for x in done.stdout.strip().splitlines()[-1].split()]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "desktop"),
                    *[p for p in sys.path if p.endswith("site-packages")]],
                   env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
                   capture_output=True)
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
        run(OURS, str(db_path), str(args.members))
        bare = statistics.median(run(BARE)[0] for _ in range(args.repeat))
        ours = [run(OURS, str(db_path), str(args.members)) for _ in range(args.repeat)]
        painted = statistics.median(o[0] for o in ours)
        roster = statistics.median(o[1] for o in ours)
        print(f"bare PySide6 window shown in {bare:.2f} s")
        print(f"DoanDesk main window shown in {painted:.2f} s: ratio {painted / bare:.2f} (goal ≤ 2.00)")
        print(f"  … with the {args.members:,}-member roster listed and its first page on screen in {roster:.2f} s: "
              f"ratio {roster / bare:.2f}")


if __name__ == "__main__":
    main()
