"""One running DoanDesk per database: a lock file beside it, held by an OS lock.

Two copies of the program on one database would each cache what the other changes and
fight over migrations and restores, and an officer who double-clicks the icon twice
does not notice the second window. The first copy takes an exclusive OS lock on
``doandesk.sqlite3.lock`` and holds it while it runs; the second is refused with
:class:`AlreadyRunning`.

An OS lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows) belongs to the open file,
so the system releases it when the process ends in any way, killed or crashed: a stale
lock file left behind never blocks the next start. The file's content (the process id)
is only for a person looking at it.
"""

from __future__ import annotations

import errno
import logging
import os
import sys
from pathlib import Path

from desktop.core.errors import DoanDeskError
from desktop.i18n import tr

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
# Windows locks byte ranges, and a locked range cannot be read by others: lock a byte
# far past the process id written at the start.
_WINDOWS_LOCK_OFFSET = 1 << 20


class AlreadyRunning(DoanDeskError):
    """Another DoanDesk has this database open."""

    def __init__(self, db_path: Path):
        super().__init__(
            tr("DoanDesk đang mở cơ sở dữ liệu này ở một cửa sổ khác. Hãy chuyển sang cửa sổ đó (xem trên thanh tác "
               "vụ), hoặc đóng nó rồi mở lại DoanDesk.\n\nCơ sở dữ liệu: {db_path}").format(db_path=db_path))
        self.db_path = db_path


def _busy(exc: OSError) -> bool:
    return exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK)


class InstanceLock:
    """The lock of one database. ``acquire()`` (or ``with``) takes it or raises
    :class:`AlreadyRunning`; ``release()`` gives it back (the end of the process does too).
    """

    def __init__(self, db_path: Path | str):
        self.db_path = Path(db_path)
        self.path = self.db_path.with_name(self.db_path.name + LOCK_SUFFIX)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> "InstanceLock":
        if self._fd is not None:
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            self._lock(fd)
        except OSError as exc:
            os.close(fd)
            if _busy(exc):
                raise AlreadyRunning(self.db_path) from exc
            # A file system without locks (some network shares): running unguarded is
            # better than not running at all.
            log.warning("Không khóa được %s (%s); không kiểm tra được DoanDesk có đang mở ở cửa sổ khác không",
                        self.path, exc)
            return self
        self._fd = fd
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        except OSError:
            pass  # the note is for people; the lock is what counts
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            self._unlock(fd)
        except OSError:
            pass  # closing the file releases it anyway
        os.close(fd)

    def __enter__(self) -> "InstanceLock":
        return self.acquire()

    def __exit__(self, *_exc) -> None:
        self.release()

    if sys.platform == "win32":
        @staticmethod
        def _lock(fd: int) -> None:
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # raises PermissionError (EACCES) when held

        @staticmethod
        def _unlock(fd: int) -> None:
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        @staticmethod
        def _lock(fd: int) -> None:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

        @staticmethod
        def _unlock(fd: int) -> None:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)
