"""Fixtures for the UI tests: the configured app, a worker, no blocking message boxes.

Message boxes are modal and would stop a test until someone clicks; every test gets a
:class:`MessageBoxes` recorder instead (``confirm`` answers what the test sets).
Qt warnings fail a test (``qt_log_level_fail``), except the offscreen platform's own
note about size hints. Non-ASCII text is typed with key events that carry the text:
``qtbot.keyClicks`` aborts on it in this Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui import dialogs
from desktop.ui.app import create_application
from desktop.ui.worker import DatabaseWorker

UI_TESTS = Path(__file__).resolve().parent

# The offscreen platform cannot pass window size limits to a window system and says so
# for every top-level window with a layout; that is the test platform talking, not us.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items):
    for item in items:
        if UI_TESTS in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@dataclass
class MessageBoxes:
    confirm_answer: bool = True
    shown: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, title, text)

    def kinds(self) -> list[str]:
        return [kind for kind, _title, _text in self.shown]


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch) -> MessageBoxes:
    boxes = MessageBoxes()

    def confirm(_parent, title, text, **_kwargs):
        boxes.shown.append(("confirm", title, text))
        return boxes.confirm_answer

    def recorder(kind):
        def show(_parent, title, text, **_kwargs):
            boxes.shown.append((kind, title, text))
        return show

    monkeypatch.setattr(dialogs, "confirm", confirm)
    for kind in ("inform", "warn", "critical"):
        monkeypatch.setattr(dialogs, kind, recorder(kind))
    return boxes


@pytest.fixture
def app(qapp):
    return create_application()


@pytest.fixture
def worker(app, qtbot):
    database_worker = DatabaseWorker()
    yield database_worker
    qtbot.waitUntil(lambda: database_worker.idle, timeout=10_000)
    database_worker.shutdown()


@pytest.fixture
def wait_idle(qtbot, worker):
    """Wait until every job submitted to ``worker`` has finished and its callback ran."""
    def wait(timeout: int = 10_000) -> None:
        qtbot.waitUntil(lambda: worker.idle, timeout=timeout)
    return wait


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` (any script) into ``widget`` as key presses carrying the characters."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture(name="type_text")
def type_text_fixture():
    return type_text
