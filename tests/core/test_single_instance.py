"""One running copy per database: a second process is refused, a killed holder frees the lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.single_instance import AlreadyRunning, InstanceLock

ROOT = Path(__file__).resolve().parents[2]

# A second copy of the program, in its own process: exit 3 when refused, 0 when it got the lock.
TRY_LOCK = """
import sys
from desktop.core.single_instance import AlreadyRunning, InstanceLock
try:
    InstanceLock(sys.argv[1]).acquire()
except AlreadyRunning as exc:
    print(exc)
    sys.exit(3)
print("locked")
"""

# The first copy: takes the lock, says so, and runs until killed.
HOLD_LOCK = """
import sys, time
from desktop.core.single_instance import InstanceLock
InstanceLock(sys.argv[1]).acquire()
print("locked", flush=True)
time.sleep(120)
"""


def _python(code: str, db_path: Path, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code, str(db_path)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8", **kwargs)


def _try_lock(db_path: Path) -> tuple[int, str]:
    process = _python(TRY_LOCK, db_path)
    out, err = process.communicate(timeout=60)
    assert process.returncode in (0, 3), err
    return process.returncode, out


def test_the_lock_is_a_file_beside_the_database(tmp_path):
    db_path = tmp_path / "doandesk.sqlite3"
    with InstanceLock(db_path) as lock:
        assert lock.held and lock.path == tmp_path / "doandesk.sqlite3.lock"
        assert lock.path.read_text().strip() == str(os.getpid())
    assert not lock.held


def test_a_second_copy_in_the_same_process_is_refused(tmp_path):
    db_path = tmp_path / "doandesk.sqlite3"
    first = InstanceLock(db_path).acquire()
    with pytest.raises(AlreadyRunning, match="DoanDesk đang mở cơ sở dữ liệu này ở một cửa sổ khác"):
        InstanceLock(db_path).acquire()
    first.release()
    InstanceLock(db_path).acquire().release()


def test_another_database_is_not_locked(tmp_path):
    with InstanceLock(tmp_path / "a.sqlite3"), InstanceLock(tmp_path / "b.sqlite3") as second:
        assert second.held


def test_a_second_process_is_refused_while_the_first_runs(tmp_path):
    db_path = tmp_path / "doandesk.sqlite3"
    with InstanceLock(db_path):
        code, out = _try_lock(db_path)
        assert code == 3
        assert "DoanDesk đang mở cơ sở dữ liệu này ở một cửa sổ khác" in out and str(db_path) in out
    assert _try_lock(db_path) == (0, "locked\n")


def test_a_killed_holder_frees_the_lock(tmp_path):
    db_path = tmp_path / "doandesk.sqlite3"
    holder = _python(HOLD_LOCK, db_path)
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert _try_lock(db_path)[0] == 3
        with pytest.raises(AlreadyRunning):
            InstanceLock(db_path).acquire()
    finally:
        holder.send_signal(signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
        holder.communicate(timeout=60)
    assert (tmp_path / "doandesk.sqlite3.lock").exists()  # left behind, and harmless
    assert _try_lock(db_path) == (0, "locked\n")
    InstanceLock(db_path).acquire().release()
