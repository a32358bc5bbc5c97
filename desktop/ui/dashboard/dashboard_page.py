"""The "Tổng quan" screen: every open deadline of every event, late ones first and in
red, soon ones in amber, with a way to mark one done and to open its event.

The deadlines are :func:`desktop.core.deadlines.list_deadlines` (open ones only), which
lists the earliest first, so what is late is always at the top. The screen reads them
again whenever it is shown, and every few minutes while it stays on screen, so "Quá
hạn n ngày" stays true on a PC left running all day.
"""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import deadlines, events, members
from desktop.core.deadlines import Deadline
from desktop.db.engine import Database
from desktop.ui.events.deadline_model import STATE_COLOURS, DeadlineModel, deadline_columns
from desktop.ui.events.plan_table import current_row, plan_table, row_shortcuts, select_row
from desktop.ui.worker import DatabaseWorker

REFRESH_MS = 5 * 60 * 1000
EMPTY_TEXT = "Không có việc nào sắp đến hạn."


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class DashboardPage(QWidget):
    event_requested = Signal(str)  # the officer wants to open this event's page

    def __init__(self, db: Database, worker: DatabaseWorker, *, clock: Callable[[], datetime] = datetime.now,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self._generation = 0

        title = QLabel("<h2>Tổng quan</h2>")
        self.members_label = QLabel()
        self.members_label.setObjectName("members_total")
        self.events_label = QLabel()
        self.events_label.setObjectName("events_total")
        self.late_label = QLabel()
        self.late_label.setObjectName("late_total")
        self.soon_label = QLabel()
        self.soon_label.setObjectName("soon_total")
        counts = QHBoxLayout()
        for label in (self.members_label, self.events_label, self.late_label, self.soon_label):
            label.setStyleSheet("font-size: 11pt; padding: 6px 14px; border: 1px solid #d0d0d0; "
                                "border-radius: 4px; background: #fafafa;")
            counts.addWidget(label)
        counts.addStretch(1)

        self.columns = deadline_columns(with_event=True)
        self.model = DeadlineModel(self.columns, clock, self)
        self.table = plan_table(self.model, self.columns, name="deadlines_table", stretch="event")
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        row_shortcuts(self.table, activate=self.open_selected)
        self.done_button = QPushButton("Đánh dấu đã &xong")
        self.done_button.setToolTip("Việc đang chọn đã làm xong; kiểm tra kết nối: đã đạt")
        self.done_button.clicked.connect(self.mark_done)
        self.open_button = QPushButton("&Mở hội nghị")
        self.open_button.setToolTip("Mở trang của hội nghị có việc này (Enter, nhấp đúp)")
        self.open_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)

        self.empty_label = QLabel(EMPTY_TEXT)
        self.empty_label.setObjectName("dashboard_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("font-size: 13pt; color: #555;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        heading = QLabel("Việc cần làm của các hội nghị")
        heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.legend = QLabel(f"<span style='color:{STATE_COLOURS['late'].name()}'><b>Quá hạn</b></span> ở trên "
                             f"cùng, <span style='color:{STATE_COLOURS['soon'].name()}'><b>sắp đến hạn</b></span> "
                             "(trong 3 ngày) tô vàng.")
        self.legend.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(counts)
        layout.addSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.legend)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._update_buttons()
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()
        self._timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802
        self._timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        """Read the deadlines and the counts again (in the worker)."""
        self._generation += 1
        generation = self._generation
        db = self._db

        def job(_state):
            return (deadlines.list_deadlines(db, include_done=False), members.count_members(db),
                    len(events.list_events(db)))

        self._worker.run(job, on_success=lambda result: self._show(generation, *result), parent=self,
                         label="Đang đọc các hạn…", show_progress=False)

    def _show(self, generation: int, rows: list[Deadline], member_count: int, event_count: int) -> None:
        if generation != self._generation:
            return
        keep = self.selected()
        self.model.set_rows(rows)
        states = [self.model.state_of(row) for row in range(len(rows))]
        late, soon = states.count("late"), states.count("soon")
        self.members_label.setText(f"Đoàn viên: <b>{_number(member_count)}</b>")
        self.events_label.setText(f"Hội nghị: <b>{_number(event_count)}</b>")
        colour = STATE_COLOURS["late"].name() if late else "#333"
        self.late_label.setText(f"<span style='color:{colour}'>Quá hạn: <b>{late}</b></span>")
        colour = STATE_COLOURS["soon"].name() if soon else "#333"
        self.soon_label.setText(f"<span style='color:{colour}'>Sắp đến hạn: <b>{soon}</b></span>")
        self.stack.setCurrentWidget(self.table if rows else self.empty_label)
        # Nothing is selected until the officer picks a row: a highlighted first row would
        # hide the red of the most urgent duty.
        position = next((i for i, d in enumerate(rows) if keep and (d.source, d.record_id) ==
                         (keep.source, keep.record_id)), -1)
        select_row(self.table, position)
        for widget in (self.legend, self.done_button, self.open_button):
            widget.setVisible(bool(rows))
        self._update_buttons()

    def selected(self) -> Deadline | None:
        row = current_row(self.table)
        return self.model.row_at(row) if 0 <= row < self.model.rowCount() else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.done_button.setEnabled(chosen)
        self.open_button.setEnabled(chosen)

    def mark_done(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        db = self._db
        self._worker.run(lambda _state: deadlines.set_done(db, chosen), on_success=lambda _r: self.refresh(),
                         parent=self, label="Đang ghi…")

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.event_requested.emit(chosen.event_id)
