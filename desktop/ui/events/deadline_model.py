"""Deadlines as a table: late ones in red saying "Quá hạn n ngày", soon ones in amber.

Shared by the overview screen (every event) and the event page (one event). The state
and its words come from :class:`desktop.core.deadlines.Deadline`; the model only picks
colours for them, taking "now" once per refresh so one list never mixes two clocks.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from desktop.core.deadlines import Deadline
from desktop.i18n import tr
from desktop.ui.table_models import CENTER, AnyIndex, Column, ListTableModel

STATE_BACKGROUNDS = {"late": QColor("#fde7e5"), "soon": QColor("#fff4d6")}
STATE_COLOURS = {"late": QColor("#b3261e"), "soon": QColor("#8a5a00"), "done": QColor("#2e7d32")}


class DeadlineModel(ListTableModel[Deadline]):
    """Read-only deadlines; the "state" column is coloured and bold when late or soon."""

    def __init__(self, columns: Sequence[Column[Deadline]], clock: Callable[[], datetime], parent=None):
        super().__init__(columns, (), tooltip=lambda d: f"{d.title}\n{d.event_title}", parent=parent)
        self._clock = clock
        self.now = clock()

    def set_rows(self, rows: Sequence[Deadline]) -> None:
        self.now = self._clock()
        super().set_rows(rows)

    def state_of(self, row: int) -> str:
        return self.row_at(row).state(self.now)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return STATE_BACKGROUNDS.get(self.state_of(index.row()))
        if self.columns[index.column()].key == "state":
            state = self.state_of(index.row())
            if role == Qt.ItemDataRole.DisplayRole:
                return self.row_at(index.row()).state_label(self.now)
            if role == Qt.ItemDataRole.ForegroundRole:
                return STATE_COLOURS.get(state)
            if role == Qt.ItemDataRole.FontRole and state in ("late", "soon"):
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


def deadline_columns(*, with_event: bool) -> list[Column[Deadline]]:
    """State, due time, duty and unit, and the event when the list spans several; the
    last column is the one to stretch."""
    columns: list[Column[Deadline]] = [
        Column("state", tr("Tình trạng"), lambda d: "", width=124),  # text filled by the model from "now"
        Column("due", tr("Hạn"), lambda d: d.due_label, alignment=CENTER, width=118),
        Column("title", tr("Việc"), lambda d: d.title, width=370 if with_event else 480),
        Column("unit", tr("Đơn vị"), lambda d: d.unit_name, width=190),
    ]
    if with_event:
        columns.append(Column("event", tr("Hội nghị"), lambda d: d.event_title, width=330))
    return columns
