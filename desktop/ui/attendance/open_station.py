"""Opening the check-in station for an event: choose the session and the bridge point.

Only the points that join the chosen session are offered. The dialog starts on the
session under way (or the next one) and on the point this office hosts, so on the day
the officer mostly just confirms.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.core import units
from desktop.core.attendance import CheckInStation
from desktop.core.errors import DoanDeskError
from desktop.core.events import EventPlan, SessionPlan, load_event_plan
from desktop.core.invitations import count_by_point
from desktop.db.engine import Database
from desktop.i18n import tr, trn
from desktop.ui import errors
from desktop.ui.attendance.station_window import StationWindow


def _session_text(session: SessionPlan) -> str:
    hours = (f" ({session.start_time:%H:%M}–{session.end_time:%H:%M})"
             if session.start_time and session.end_time else "")
    return session.screen_label + hours + (f": {session.title}" if session.title else "")


def _current_session(sessions: list[SessionPlan], now: datetime) -> int:
    """The position of the session under way or the next one; the last one when all are over."""
    for number, session in enumerate(sessions):
        if session.end_time is None or datetime.combine(session.day, session.end_time) >= now:
            return number
    return max(0, len(sessions) - 1)


class ChooseStationDialog(QDialog):
    """Which session and which bridge point this station serves."""

    def __init__(self, plan: EventPlan, parent: QWidget | None = None, *, invited_by_point: dict[str, int] | None = None,
                 home_unit_id: str | None = None, now: Callable[[], datetime] = datetime.now):
        super().__init__(parent)
        self.setWindowTitle(tr("Mở màn hình điểm danh"))
        self.setMinimumWidth(560)
        self.plan = plan
        self._invited = invited_by_point or {}
        self._home_unit_id = home_unit_id
        self.sessions = plan.sorted_sessions()

        title = QLabel(plan.title)
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.session_combo = QComboBox()
        self.session_combo.setObjectName("station_session_choice")
        for session in self.sessions:
            self.session_combo.addItem(_session_text(session), session.id)
        self.point_combo = QComboBox()
        self.point_combo.setObjectName("station_point_choice")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a5a00;")
        form = QFormLayout()
        form.addRow(tr("Buổi:"), self.session_combo)
        form.addRow(tr("Điểm cầu:"), self.point_combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Mở màn hình điểm danh"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

        self.session_combo.currentIndexChanged.connect(lambda _index: self._fill_points())
        if self.sessions:
            self.session_combo.setCurrentIndex(_current_session(self.sessions, now()))
        self._fill_points()

    def _fill_points(self) -> None:
        session_id = self.session_id()
        previous = self.point_id()
        self.point_combo.clear()
        points = [p for p in self.plan.bridge_points if session_id and p.joins(session_id)]
        for point in points:
            invited = self._invited.get(point.id)
            self.point_combo.addItem(trn("{name} (%n người được mời)", invited).format(name=point.name)
                                     if invited is not None else point.name, point.id)
        ids = [p.id for p in points]
        preferred = previous if previous in ids else next(
            (p.id for p in points if p.host_unit_id == self._home_unit_id), ids[0] if ids else None)
        if preferred is not None:
            self.point_combo.setCurrentIndex(ids.index(preferred))
        if not self.sessions:
            self.note.setText(tr("Hội nghị chưa có buổi nào: hãy thêm buổi ở thẻ «Buổi» trước."))
        elif not points:
            self.note.setText(tr("Không có điểm cầu nào tham gia buổi này: hãy thêm điểm cầu ở thẻ «Điểm cầu» trước."))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(points))

    def session_id(self) -> str | None:
        return self.session_combo.currentData()

    def point_id(self) -> str | None:
        return self.point_combo.currentData()


def open_station(parent: QWidget | None, db: Database, event_id: str, *, session_id: str | None = None,
                 point_id: str | None = None) -> StationWindow | None:
    """Open the station full screen for a session and a point of the event, asked for
    unless both are given; None when the officer cancels or the station cannot open (the
    reason is shown)."""
    if session_id is None or point_id is None:
        try:
            plan = load_event_plan(db, event_id)
            invited = {count.bridge_point_id: count.invited for count in count_by_point(db, event_id)
                       if count.bridge_point_id}
            home = units.home_unit(db)
        except (DoanDeskError, sqlite3.OperationalError) as exc:
            errors.show_error(parent, exc)
            return None
        dialog = ChooseStationDialog(plan, parent, invited_by_point=invited, home_unit_id=home.id if home else None)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.session_id() or not dialog.point_id():
            return None
        session_id, point_id = dialog.session_id(), dialog.point_id()
    try:
        station = CheckInStation(db, event_id, session_id, point_id)
    except (DoanDeskError, sqlite3.OperationalError) as exc:
        errors.show_error(parent, exc)
        return None
    window = StationWindow(db, station, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.showFullScreen()
    return window
