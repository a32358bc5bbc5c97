"""Database work off the GUI thread: one worker, results back on the GUI thread.

SQLite has a single writer, so every write (and every read that may take long: a search
over a large roster, reading an import file, writing an export) is submitted to the one
:class:`DatabaseWorker` thread. Short reads a table needs to paint (a page of 200 rows,
the unit tree) stay on the GUI thread; WAL lets them run beside a write.

A job is a plain function ``job(state) -> result``. It receives a :class:`TaskState`
whose ``progress(fraction, text)`` and ``cancelled()`` it passes on to the core
function, and it returns plain data. The result (or the exception) comes back to the
GUI thread through a queued signal, to ``on_success`` or ``on_failure``; by default a
failure goes to :func:`desktop.ui.errors.show_error` and a cancellation is silent.

A progress dialog appears only when a job runs longer than :data:`PROGRESS_DELAY_MS`,
so quick saves do not flash a window; its "Hủy" button flips the flag the core checks.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.core.tasks import Cancelled
from desktop.i18n import tr
from desktop.ui import errors

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 500
_PROGRESS_STEPS = 1000  # QProgressDialog counts in integers


class TaskState:
    """The job's side of a task: report progress, learn whether the user cancelled."""

    def __init__(self, on_progress: Callable[[float, str], None]):
        self._on_progress = on_progress
        self._cancel = threading.Event()

    def progress(self, fraction: float, text: str) -> None:
        """Callable from the worker thread; the dialog shows the latest value."""
        self._on_progress(fraction, text)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class Task:
    """One submitted job, as the GUI thread sees it."""

    def __init__(self, job: Callable[[TaskState], Any], *, label: str, cancellable: bool,
                 on_success: Callable[[Any], None] | None, on_failure: Callable[[BaseException], None] | None,
                 parent: QWidget | None, emit_progress: Callable[["Task", float, str], None]):
        self.job = job
        self.label = label
        self.cancellable = cancellable
        self.on_success = on_success
        self.on_failure = on_failure
        self.parent = parent
        self.state = TaskState(lambda fraction, text: emit_progress(self, fraction, text))
        self.done = False
        self.dialog: QProgressDialog | None = None
        self.last_progress: tuple[float, str] | None = None

    def cancel(self) -> None:
        self.state.cancel()


class _Signals(QObject):
    # Emitted on the worker thread, delivered (queued) on the GUI thread.
    finished = Signal(object, object, object)  # task, result, exception or None
    progressed = Signal(object, float, str)  # task, fraction, text


def _alive(widget: QWidget | None) -> bool:
    """False once Qt has deleted the widget (its Python wrapper may outlive it)."""
    from shiboken6 import isValid

    return widget is None or isValid(widget)


class DatabaseWorker(QObject):
    """The single worker thread for database jobs (see the module docstring)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="doandesk-db")
        self._signals = _Signals(self)
        self._signals.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._signals.progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self._pending: list[Task] = []
        self._closed = False

    @property
    def idle(self) -> bool:
        """True when every submitted job has finished and its callback has run."""
        return not self._pending

    def run(self, job: Callable[[TaskState], Any], *, on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None, parent: QWidget | None = None,
            label: str | None = None, cancellable: bool = False, show_progress: bool = True) -> Task:
        """Queue ``job``; ``on_success(result)`` or ``on_failure(exc)`` later runs on the GUI thread.

        ``show_progress=False`` is for background reads (a search while typing) that
        should never pop up a window. Without a ``label`` the dialog says "Đang xử lý…".
        """
        if self._closed:
            raise RuntimeError("DatabaseWorker is shut down")
        task = Task(job, label=tr("Đang xử lý…") if label is None else label, cancellable=cancellable,
                    on_success=on_success, on_failure=on_failure, parent=parent,
                    emit_progress=self._signals.progressed.emit)
        self._pending.append(task)
        if show_progress:
            QTimer.singleShot(PROGRESS_DELAY_MS, self, lambda: self._open_dialog(task))
        self._executor.submit(self._execute, task)
        return task

    def _execute(self, task: Task) -> None:
        """Worker thread: run the job, hand the outcome to the GUI thread."""
        try:
            result = task.job(task.state)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI
            self._signals.finished.emit(task, None, exc)
        else:
            self._signals.finished.emit(task, result, None)

    # ------------------------------------------------------------------ GUI thread

    def _open_dialog(self, task: Task) -> None:
        if task.done or self._closed or not _alive(task.parent):
            return
        dialog = QProgressDialog(task.parent)
        dialog.setWindowTitle("DoanDesk")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(420)
        if task.cancellable:
            dialog.setCancelButtonText(tr("Hủy"))
            dialog.canceled.connect(lambda: self._cancel_from_dialog(task))
        else:
            dialog.setCancelButton(None)
        if task.last_progress is None:
            dialog.setRange(0, 0)  # busy indicator until the job reports a fraction
            dialog.setLabelText(task.label)
        else:
            dialog.setRange(0, _PROGRESS_STEPS)
            fraction, text = task.last_progress
            dialog.setLabelText(text or task.label)
            dialog.setValue(round(fraction * _PROGRESS_STEPS))
        task.dialog = dialog
        dialog.show()

    def _cancel_from_dialog(self, task: Task) -> None:
        task.cancel()
        if task.dialog is not None:
            task.dialog.setLabelText(tr("Đang hủy…"))
            # Stay up until the job notices, so the user does not start something else meanwhile.
            task.dialog.show()

    def _show_progress(self, task: Task, fraction: float, text: str) -> None:
        task.last_progress = (fraction, text)
        dialog = task.dialog
        if dialog is None or task.done or task.state.cancelled():
            return
        if dialog.maximum() == 0:
            dialog.setRange(0, _PROGRESS_STEPS)
        dialog.setValue(round(fraction * _PROGRESS_STEPS))
        dialog.setLabelText(text or task.label)

    def _deliver(self, task: Task, result: Any, exc: BaseException | None) -> None:
        task.done = True
        if task.dialog is not None:
            task.dialog.close()
            task.dialog.deleteLater()
            task.dialog = None
        try:
            if not _alive(task.parent):
                return  # the screen that asked has been closed: nobody to tell
            if exc is None:
                if task.on_success is not None:
                    task.on_success(result)
            elif task.on_failure is not None:
                task.on_failure(exc)
            elif not isinstance(exc, Cancelled):
                errors.show_error(task.parent, exc)
        finally:
            if task in self._pending:
                self._pending.remove(task)

    def shutdown(self) -> None:
        """Cancel what is running, wait for it, and refuse further jobs (on quit)."""
        self._closed = True
        for task in self._pending:
            task.cancel()
        self._executor.shutdown(wait=True, cancel_futures=True)
