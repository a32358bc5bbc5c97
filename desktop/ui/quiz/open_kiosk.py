"""Opening the test kiosk for an event, once the event has a test to take."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.core.quizzes import load_quiz
from desktop.db.engine import Database
from desktop.i18n import tr
from desktop.ui import dialogs, errors
from desktop.ui.quiz.kiosk import KioskWindow


def open_kiosk(parent: QWidget | None, db: Database, event_id: str) -> KioskWindow | None:
    """Show the kiosk maximised (F11 makes it full screen); None, with the reason shown,
    when the event has no test set up or the kiosk cannot open."""
    try:
        settings = load_quiz(db, event_id)
    except Exception as exc:  # noqa: BLE001 - shown to the officer
        errors.show_error(parent, exc)
        return None
    if settings is None:
        dialogs.warn(parent, tr("Chưa có bài kiểm tra"),
                     tr("Hội nghị này chưa có bài kiểm tra nên chưa mở được màn hình thi."),
                     informative=tr("Hãy thiết lập bài kiểm tra cho hội nghị trước: chọn ngân hàng câu hỏi, số câu, "
                                    "thời gian làm bài và điểm đạt."))
        return None
    try:
        window = KioskWindow(db, event_id, parent)
    except Exception as exc:  # noqa: BLE001 - e.g. the event was deleted meanwhile
        errors.show_error(parent, exc)
        return None
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.showMaximized()
    return window
