"""The single database worker: results on the GUI thread, delayed progress, cancel."""

import threading
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from desktop.core.tasks import Cancelled, Reporter
from desktop.ui import worker as worker_module


def test_result_arrives_on_the_gui_thread(worker, wait_idle):
    seen = {}

    def job(_state):
        seen["job_thread"] = threading.current_thread()
        return 42

    def success(result):
        seen["result"] = result
        seen["callback_thread"] = threading.current_thread()

    worker.run(job, on_success=success)
    wait_idle()
    assert seen["result"] == 42
    assert seen["job_thread"] is not threading.main_thread()
    assert seen["callback_thread"] is threading.main_thread()


def test_failure_goes_to_the_failure_callback_or_the_error_dialog(worker, wait_idle, message_boxes):
    failures = []
    worker.run(lambda _state: 1 / 0, on_failure=failures.append)
    wait_idle()
    assert isinstance(failures[0], ZeroDivisionError)
    worker.run(lambda _state: 1 / 0)
    wait_idle()
    assert message_boxes.kinds() == ["critical"]


def _progress_dialogs():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def test_quick_jobs_show_no_progress_dialog(worker, wait_idle, qtbot):
    worker.run(lambda _state: None)
    wait_idle()
    qtbot.wait(worker_module.PROGRESS_DELAY_MS + 100)
    assert _progress_dialogs() == []


def test_long_job_shows_progress_and_its_cancel_button_stops_the_core(worker, wait_idle, qtbot, message_boxes):
    outcome = {}

    def slow_core_function(progress=None, cancelled=None):
        report = Reporter(progress, cancelled)
        for step in range(200):
            report(step / 200, f"Bước {step}")
            time.sleep(0.02)
        return "xong"

    worker.run(lambda state: slow_core_function(progress=state.progress, cancelled=state.cancelled),
               on_success=lambda result: outcome.setdefault("result", result),
               on_failure=lambda exc: outcome.setdefault("failure", exc), cancellable=True, label="Đang thử…")
    qtbot.waitUntil(lambda: _progress_dialogs() != [], timeout=3000)
    dialog = _progress_dialogs()[0]
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=3000)
    assert dialog.labelText().startswith("Bước")
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button.text() == "Hủy"
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert isinstance(outcome.get("failure"), Cancelled)
    assert "result" not in outcome
    assert _progress_dialogs() == []


def test_a_result_for_a_screen_closed_meanwhile_is_dropped(worker, wait_idle, message_boxes):
    """A tab asks for figures and is destroyed before they come: its callbacks must not
    run on the deleted widgets (they would raise), and no error dialog appears."""
    from PySide6.QtWidgets import QWidget

    release = threading.Event()
    screen = QWidget()
    calls = []
    worker.run(lambda _state: release.wait(5) and 7, on_success=calls.append, parent=screen)
    worker.run(lambda _state: 1 / 0, on_failure=calls.append, parent=screen)
    import shiboken6

    shiboken6.delete(screen)
    release.set()
    wait_idle()
    assert calls == [] and message_boxes.shown == []
