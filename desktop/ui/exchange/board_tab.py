"""The "Theo dõi đơn vị" tab: which unit directly under this office sent its package for
each event this office organises, which sent it late and which is overdue
(:func:`desktop.core.completeness.completeness_board`).

A row per subordinate unit (its packages, the newest one's time) and a column per event
with the cell's state: "Đã gửi", "Gửi muộn" in amber, "Chưa gửi — quá hạn" in red,
"Chưa gửi" while the deadline (in the tooltip) is still ahead. Under the hint a line per
event counts the units that sent. The board is read in the worker whenever the tab is
shown and whenever the page reads again (after an import); while the tab is hidden a
refresh waits for it to be shown. ``clock`` gives "now" (tests pass a fixed one).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from desktop.core.completeness import BoardCell, BoardRow, completeness_board
from desktop.db.engine import Database
from desktop.i18n import N_, tr, trn
from desktop.ui.events.plan_table import plan_table
from desktop.ui.exchange.texts import local_time
from desktop.ui.table_models import CENTER, AnyIndex, Column, ListTableModel, apply_column_widths
from desktop.ui.worker import DatabaseWorker

STATE_COLOURS = {"sent": QColor("#2e7d32"), "late": QColor("#8a5a00"), "missing": QColor("#b3261e")}
STATE_BACKGROUNDS = {"late": QColor("#fff4d6"), "missing": QColor("#fde7e5")}
HINT_STYLE = "color: #555;"
NO_UNITS = N_("Máy này chưa có đơn vị cấp dưới")
NO_EVENTS = N_("Chưa có hội nghị nào do đơn vị này tổ chức")
EVENT_PREFIX = "event:"


def _unit(row: BoardRow) -> str:
    return f"{row.unit_name} ({row.unit_code})" if row.unit_code else row.unit_name


def _deadline(value: datetime | None) -> str:
    """The deadline as the event page wrote it (local time, as stored)."""
    if value is None:
        return ""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d} {value.hour:02d}:{value.minute:02d}"


def cell_tooltip(cell: BoardCell) -> str:
    lines = [tr("«{event}»: {state}").format(event=cell.event_title, state=cell.label.lower())]
    if cell.due_at is not None:
        lines.append(tr("Hạn gửi báo cáo: {deadline}").format(deadline=_deadline(cell.due_at)))
    else:
        lines.append(tr("Hội nghị chưa đặt hạn nộp báo cáo."))
    if cell.received_at is not None:
        lines.append(tr("Gói lập lúc {time}").format(time=local_time(cell.received_at)))
    return "\n".join(lines)


BASE_COLUMNS: list[Column[BoardRow]] = [
    Column("unit", N_("Đơn vị"), _unit, width=300),
    Column("packages", N_("Số gói đã nhận"), lambda r: r.packages, alignment=CENTER, width=124),
    Column("last", N_("Gói gần nhất"), lambda r: local_time(r.last_received) or "—", alignment=CENTER, width=130),
]


def _event_column(position: int, event_id: str, title: str, width: int) -> Column[BoardRow]:
    return Column(EVENT_PREFIX + event_id, title, lambda r: r.cells[position].label, alignment=CENTER, width=width)


class BoardModel(ListTableModel[BoardRow]):
    """The board: the first columns from :data:`BASE_COLUMNS`, then one per event whose
    cells carry the state's colour and the deadline as tooltip."""

    def __init__(self, parent=None):
        super().__init__(BASE_COLUMNS, (), parent=parent)
        self.events: list[tuple[str, str]] = []  # (event id, title) in column order

    def set_board(self, rows: list[BoardRow], event_columns: list[Column[BoardRow]],
                  events: list[tuple[str, str]]) -> None:
        self.beginResetModel()
        self.columns = [*BASE_COLUMNS, *event_columns]
        self.events = list(events)
        self._rows = list(rows)
        self.endResetModel()

    def cell(self, index: AnyIndex) -> BoardCell | None:
        """The event cell at ``index``, or None in the unit's own columns."""
        position = index.column() - len(BASE_COLUMNS)
        if not index.isValid() or position < 0 or not 0 <= index.row() < self.rowCount():
            return None
        cells = self.row_at(index.row()).cells
        return cells[position] if position < len(cells) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return STATE_COLOURS.get(cell.state)
            if role == Qt.ItemDataRole.BackgroundRole:
                return STATE_BACKGROUNDS.get(cell.state)
            if role == Qt.ItemDataRole.ToolTipRole:
                return cell_tooltip(cell)
            if role == Qt.ItemDataRole.FontRole and cell.state in ("late", "missing"):
                font = QFont()
                font.setBold(True)
                return font
        elif role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == 0:
            return self.data(index, Qt.ItemDataRole.DisplayRole) or None
        return super().data(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        position = section - len(BASE_COLUMNS)
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and 0 <= position < len(self.events)):
            return tr("Hội nghị «{title}»").format(title=self.events[position][1])
        return super().headerData(section, orientation, role)


def totals_lines(rows: list[BoardRow]) -> list[str]:
    """'3/5 đơn vị đã gửi cho «…»' per event, with the late and overdue ones counted."""
    if not rows:
        return []
    lines = []
    for position, first in enumerate(rows[0].cells):
        states = [row.cells[position].state for row in rows]
        sent = sum(1 for s in states if s in ("sent", "late"))
        late, missing = states.count("late"), states.count("missing")
        extra = [tr("{count} gửi muộn").format(count=late) if late else "",
                 tr("{count} quá hạn chưa gửi").format(count=missing) if missing else ""]
        details = ", ".join(p for p in extra if p)
        if details:
            line = trn("{sent}/%n đơn vị đã gửi cho «{event}» ({details})", len(rows))
        else:
            line = trn("{sent}/%n đơn vị đã gửi cho «{event}»", len(rows))
        lines.append(line.format(sent=sent, event=first.event_title, details=details))
    return lines


class BoardTab(QWidget):
    def __init__(self, db: Database, worker: DatabaseWorker, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] = datetime.now):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self.clock = clock
        self._generation = 0
        self.rows: list[BoardRow] | None = None  # None until read once

        hint = QLabel(tr("Các đơn vị trực thuộc đã gửi gói báo cáo cho từng hội nghị do đơn vị này tổ chức chưa. "
                         "Hạn gửi là việc «Hạn nộp báo cáo» của hội nghị (di chuột lên ô để xem)."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("board_totals")
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = BoardModel(self)
        self.table = plan_table(self.model, BASE_COLUMNS, name="board_table")
        # A column per event, each as wide as its title: none stretched to the window's edge.
        self.table.horizontalHeader().setStretchLastSection(False)
        self.empty_state = QLabel(tr(NO_UNITS) + ".\n" + tr("Bảng theo dõi hiện ra khi đơn vị của máy này có đơn vị "
                                                              "trực thuộc (màn hình «Đơn vị»)."))
        self.empty_state.setObjectName("board_empty")
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setWordWrap(True)
        self.empty_state.setStyleSheet("color: #555; font-size: 11pt;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.table)

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.stack, 1)

    def refresh(self) -> None:
        """Read the board again (in the worker), only while on show: :meth:`showEvent` reads it otherwise."""
        if not self.isVisible():
            return  # showEvent reads it when the officer opens the tab
        self._generation += 1
        generation, db, now = self._generation, self._db, self.clock()
        self._worker.run(lambda _state: completeness_board(db, now),
                         on_success=lambda rows: self._show(generation, rows), parent=self,
                         label=tr("Đang đọc tình hình gửi báo cáo…"), show_progress=False)

    def _show(self, generation: int, rows: list[BoardRow]) -> None:
        if generation != self._generation:
            return
        self.show_rows(rows)

    def show_rows(self, rows: list[BoardRow]) -> None:
        self.rows = list(rows)
        events = [(c.event_id, c.event_title) for c in rows[0].cells] if rows else []
        metrics = self.table.horizontalHeader().fontMetrics()
        event_columns = [
            _event_column(position, event_id, title,
                          min(max(metrics.horizontalAdvance(title) + 28, 150), 300))
            for position, (event_id, title) in enumerate(events)]
        self.model.set_board(rows, event_columns, events)
        apply_column_widths(self.table, self.model.columns)
        self.stack.setCurrentWidget(self.table if rows else self.empty_state)
        if not rows:
            self.totals_label.setText("")
        elif not events:
            self.totals_label.setText(tr(NO_EVENTS) + ". " + tr("Bảng dưới chỉ có số gói mỗi đơn vị đã gửi."))
        else:
            self.totals_label.setText("\n".join(totals_lines(rows)))

    def row_of(self, unit_code: str) -> int:
        """The table row of the unit coded ``unit_code``, or -1."""
        return next((i for i, r in enumerate(self.rows or []) if r.unit_code == unit_code), -1)

    def cell_text(self, unit_code: str, event_id: str) -> str:
        """What the table shows for that unit and event ('' when either is not on it)."""
        row = self.row_of(unit_code)
        keys = [c.key for c in self.model.columns]
        if row < 0 or EVENT_PREFIX + event_id not in keys:
            return ""
        return self.model.index(row, keys.index(EVENT_PREFIX + event_id)).data() or ""

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()  # time passes: a deadline may have gone by since the last look
