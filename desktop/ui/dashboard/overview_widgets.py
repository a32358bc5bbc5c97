"""The parts of the overview screen drawn from :mod:`desktop.core.overview`: the table of
what happens in the next two weeks and the figure cards of the current conference.

Each card shows one figure as "done/whole — rate", a thin bar, the secondary figures
and the units furthest behind; its link asks the page to open the event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core import vntext
from desktop.core.events import SESSION_PARTS
from desktop.core.overview import UnitBehind, UpcomingCheck, UpcomingSession
from desktop.i18n import N_, percent_text, tr, trn
from desktop.ui.events.deadline_model import STATE_BACKGROUNDS, STATE_COLOURS
from desktop.ui.table_models import CENTER, AnyIndex, Column, ListTableModel

LINK_COLOUR = "#1a5fb4"
BAR_COLOUR = "#2f7dd1"


def figure_text(done: int, whole: int, rate: float) -> str:
    """'142/180 — 78,9%'."""
    return f"{done}/{whole} — {percent_text(rate)}"


def _days_text(days: int) -> str:
    if days == 0:
        return tr("Hôm nay")
    if days == 1:
        return tr("Ngày mai")
    return trn("Còn %n ngày", days)


# --- what happens in the next two weeks ------------------------------------------------------


@dataclass(frozen=True)
class UpcomingRow:
    """A session or a connection test, as one line of the table."""

    kind: str            # 'session' or 'check'
    event_id: str
    event_title: str
    at: datetime         # when it starts (the test's time)
    state: str           # 'late' for an overdue test, '' otherwise
    state_label: str
    when: str
    what: str
    detail: str


def upcoming_rows(sessions: Sequence[UpcomingSession], checks: Sequence[UpcomingCheck],
                  now: datetime) -> list[UpcomingRow]:
    """Sessions and tests in one list by time, so an overdue test comes first."""
    today = now.date()
    rows = []
    for s in sessions:
        state = tr("Đang diễn ra") if s.starts_at <= now < s.ends_at else _days_text((s.day - today).days)
        part = tr(SESSION_PARTS.get(s.part, s.part)).lower()
        what = (tr("Buổi {part}: {title}").format(part=part, title=s.title) if s.title
                else tr("Buổi {part}").format(part=part))
        rows.append(UpcomingRow("session", s.event_id, s.event_title, s.starts_at, "", state,
                                f"{s.time_label} {vntext.format_date(s.day)}".strip(), what,
                                trn("%n điểm cầu", s.bridge_points) + " · " + trn("%n người được mời", s.invited)))
    for c in checks:
        if c.overdue:
            days = (now - c.test_at).days  # as the list of deadlines counts, which shows the same test
            state, label = "late", trn("Quá hạn %n ngày", days) if days else tr("Quá hạn")
        else:
            state, label = "", _days_text((c.test_at.date() - today).days)
        contact = " · ".join(part for part in (c.contact_name, c.contact_phone) if part)
        detail = tr("Liên hệ: {contact}").format(contact=contact) if contact else tr("Chưa có người liên hệ")
        if c.failed:
            detail = tr("Lần thử trước chưa đạt · {detail}").format(detail=detail)
        rows.append(UpcomingRow("check", c.event_id, c.event_title, c.test_at, state, label, c.when_label,
                                tr("Kiểm tra kết nối: {point}").format(point=c.point_name), detail))
    return sorted(rows, key=lambda r: (r.at, r.kind != "check"))


UPCOMING_COLUMNS: list[Column[UpcomingRow]] = [
    Column("state", N_("Tình trạng"), lambda r: r.state_label, width=124),
    Column("when", N_("Thời gian"), lambda r: r.when, alignment=CENTER, width=150),
    Column("what", N_("Việc"), lambda r: r.what, width=340),
    Column("detail", N_("Chi tiết"), lambda r: r.detail, width=270),
    Column("event", N_("Hội nghị"), lambda r: r.event_title, width=330),
]


class UpcomingModel(ListTableModel[UpcomingRow]):
    """Overdue connection tests in the deadlines' red; the rest plain."""

    def __init__(self, parent=None):
        super().__init__(UPCOMING_COLUMNS, (), tooltip=lambda r: f"{r.what}\n{r.detail}\n{r.event_title}",
                         parent=parent)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        state = self.row_at(index.row()).state
        if role == Qt.ItemDataRole.BackgroundRole:
            return STATE_BACKGROUNDS.get(state)
        if self.columns[index.column()].key == "state" and state:
            if role == Qt.ItemDataRole.ForegroundRole:
                return STATE_COLOURS.get(state)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


# --- the figure cards -----------------------------------------------------------------------


class ElidedLabel(QLabel):
    """One line that ends in "…" when narrower than its text (long union names); the
    whole text is in the tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width()))


class FigureCard(QFrame):
    """One of the current conference's figures; ``open_requested`` when its link is used."""

    open_requested = Signal()

    def __init__(self, name: str, title: str, link_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(f"QFrame#{name} {{ border: 1px solid #d0d0d0; border-radius: 6px; background: #fcfcfc; }}")
        self._link_text = link_text
        self.title_label = QLabel(title)
        self.title_label.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.link_button = QPushButton(link_text + " →")
        self.link_button.setObjectName(f"{name}_link")
        self.link_button.setFlat(True)
        self.link_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.link_button.setStyleSheet(f"QPushButton {{ color: {LINK_COLOUR}; border: none; padding: 0 2px; }}"
                                       " QPushButton:hover { text-decoration: underline; }")
        self.link_button.clicked.connect(self.open_requested)
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addStretch(1)
        top.addWidget(self.link_button)

        self.figure_label = QLabel()
        self.figure_label.setObjectName(f"{name}_figure")
        self.figure_label.setStyleSheet("font-size: 17pt; font-weight: bold; color: #222;")
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)  # tenths of a percent, as the figures are rounded
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.bar.setStyleSheet(f"QProgressBar {{ border: none; border-radius: 3px; background: #e4e7ec; }}"
                               f" QProgressBar::chunk {{ border-radius: 3px; background: {BAR_COLOUR}; }}")
        self.detail_label = QLabel()
        self.detail_label.setObjectName(f"{name}_detail")
        self.detail_label.setStyleSheet("color: #444;")
        self.detail_label.setWordWrap(True)
        self.behind_caption = QLabel(tr("Đơn vị chậm nhất:"))
        self.behind_caption.setStyleSheet("color: #666; font-size: 9pt;")
        self.unit_labels: list[ElidedLabel] = []
        self.unit_figures: list[QLabel] = []
        units = QGridLayout()
        units.setContentsMargins(0, 0, 0, 0)
        units.setVerticalSpacing(1)
        units.setColumnStretch(0, 1)
        for row in range(3):
            name_label, figures = ElidedLabel(), QLabel()
            figures.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            units.addWidget(name_label, row, 0)
            units.addWidget(figures, row, 1)
            self.unit_labels.append(name_label)
            self.unit_figures.append(figures)
        self.note_label = QLabel()
        self.note_label.setObjectName(f"{name}_note")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #666; font-size: 10pt;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.figure_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail_label)
        layout.addSpacing(2)
        layout.addWidget(self.behind_caption)
        layout.addLayout(units)
        layout.addWidget(self.note_label)
        layout.addStretch(1)

    def show_figures(self, done: int, whole: int, rate: float, detail: str, units: Sequence[UnitBehind],
                     unit_figures, note: str = "") -> None:
        """The figure, its bar and ``detail`` (rich text); ``unit_figures(unit)`` is the
        text beside each unit behind; ``note`` replaces the list when there is none."""
        self.figure_label.setText(figure_text(done, whole, rate))
        self.bar.setValue(round(rate * 10))
        self.detail_label.setText(detail)
        for widget in (self.figure_label, self.bar, self.detail_label):
            widget.show()
        self.link_button.setText(self._link_text + " →")
        self._show_units(units, unit_figures)
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note) and not units)

    def show_missing(self, note: str, link_text: str) -> None:
        """The event has no such figure (no test, no essays): say so, link to set it up."""
        for widget in (self.figure_label, self.bar, self.detail_label):
            widget.hide()
        self._show_units([], None)
        self.note_label.setText(note)
        self.note_label.show()
        self.link_button.setText(link_text + " →")

    def _show_units(self, units: Sequence[UnitBehind], unit_figures) -> None:
        self.behind_caption.setVisible(bool(units))
        for row, (name_label, figures) in enumerate(zip(self.unit_labels, self.unit_figures)):
            unit = units[row] if row < len(units) else None
            name_label.setText(unit.unit_name if unit else "")
            figures.setText(unit_figures(unit) if unit else "")
            name_label.setVisible(unit is not None)
            figures.setVisible(unit is not None)

    def units_shown(self) -> list[tuple[str, str]]:
        """(unit, figures) of the units listed, top first."""
        return [(n.text(), f.text()) for n, f in zip(self.unit_labels, self.unit_figures) if n.isVisibleTo(self)]
