"""The "Điểm danh" tab: the attendance figures of a saved event, and the ways in.

Check-ins are taken at the station (its own full-screen window), typed in from a signed
sheet, or read from a file; all of them write to the database at once, so the tab reads
its figures from there (:func:`desktop.core.attendance_summary.attendance_summary`) and
not from the plan being edited. Sessions and points are those of the event as last
saved. The figures are read again whenever the tab is shown, after every entry or
import, and every few seconds while a station opened from here is running.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import events
from desktop.core.attendance_summary import (
    NO_POINT,
    AttendanceSummary,
    Figures,
    UnitRow,
    attendance_summary,
    write_summary_xlsx,
)
from desktop.core.events import EventPlan, SessionPlan
from desktop.db.engine import Database
from desktop.i18n import N_, percent_text, tr, trn
from desktop.ui import dialogs
from desktop.ui.events.plan_table import (
    plan_table,
    section_title,
    select_row,
    split_vertically,
)
from desktop.ui.events.tab_base import SavedEventTab, save_first_page
from desktop.ui.forms import WARNING_COLOUR
from desktop.ui.table_models import (
    RIGHT,
    AnyIndex,
    Column,
    ListTableModel,
    apply_column_widths,
)
from desktop.ui.worker import DatabaseWorker

# While a station opened from this tab runs, its check-ins show here this often.
LIVE_REFRESH_MS = 10_000
NOT_CLOSED_TIP = N_("Buổi chưa kết thúc tại điểm cầu này: đây là số người chưa đến, "
                     "chỉ thành «vắng» khi kết thúc buổi ở trạm điểm danh.")
SESSION_TOTAL_BACKGROUND = QColor("#eef2f7")


def short_session_label(session_label: str) -> str:
    """'Sáng 06/12/2026' → 'Sáng 06/12': a column header for each session."""
    part, _, day = session_label.rpartition(" ")
    return f"{part} {day[:5]}" if part and len(day) == 10 else session_label


@dataclass(frozen=True)
class PointLine:
    """One line of the table by session and point: a point, or the session's total."""

    session_id: str
    session_text: str  # the session's label on its first line only, so sessions stand apart
    point_id: str | None
    point_name: str
    figures: Figures
    closed: bool
    total: bool = False


def _figure(name: str):
    return lambda line: getattr(line.figures, name)


def _rate(figures: Figures) -> str:
    return percent_text(figures.rate) if figures.invited else "—"


POINT_COLUMNS: list[Column[PointLine]] = [
    Column("session", N_("Buổi"), lambda line: line.session_text, width=116),
    Column("point", N_("Điểm cầu"), lambda line: line.point_name, width=250),
    Column("invited", N_("Được mời"), _figure("invited"), alignment=RIGHT, width=76),
    Column("present", N_("Có mặt"), _figure("present"), alignment=RIGHT, width=64),
    Column("late", N_("Đến muộn"), _figure("late"), alignment=RIGHT, width=76),
    Column("excused", N_("Vắng có phép"), _figure("excused"), alignment=RIGHT, width=98),
    Column("absent", N_("Vắng / chưa đến"), _figure("absent"), alignment=RIGHT, width=118),
    Column("walk_ins", N_("Ngoài danh sách"), _figure("walk_ins"), alignment=RIGHT, width=118),
    Column("rate", N_("Tỉ lệ có mặt"), lambda line: _rate(line.figures), alignment=RIGHT, width=94),
    Column("state", N_("Tình trạng"), lambda line: tr("Đã kết thúc") if line.closed else tr("Chưa kết thúc"),
           width=110),
]


def unit_columns(session_labels: list[str]) -> list[Column[UnitRow]]:
    """The columns of the table by unit: one "present" column per session, in order."""
    by_session = [Column(f"session_{number}", tr("Có mặt\n{session}").format(session=short_session_label(label)),
                         lambda row, number=number: row.present_by_session[number], alignment=RIGHT, width=84)
                  for number, label in enumerate(session_labels)]
    return [
        Column("unit", tr("Đơn vị"), lambda row: row.unit_name, width=220),
        Column("invited", tr("Được\nmời"), lambda row: row.invited, alignment=RIGHT, width=58),
        *by_session,
        Column("attended", tr("Có mặt ít\nnhất 1 buổi"), lambda row: row.attended, alignment=RIGHT, width=84),
        Column("late", tr("Đến\nmuộn"), lambda row: row.late, alignment=RIGHT, width=58),
        Column("excused", tr("Vắng có\nphép"), lambda row: row.excused, alignment=RIGHT, width=66),
        Column("absent", tr("Vắng / chưa\nđến buổi nào"), lambda row: row.absent, alignment=RIGHT, width=100),
        Column("walk_ins", tr("Ngoài\ndanh sách"), lambda row: row.walk_ins, alignment=RIGHT, width=76),
        Column("rate", tr("Tỉ lệ"), lambda row: percent_text(row.rate) if row.invited else "—", alignment=RIGHT, width=64),
    ]


class FiguresModel(ListTableModel):
    """A table of figures whose total lines are bold and whose "absent" figure is in
    italics, amber, while the session is still under way (it only means "not yet")."""

    def __init__(self, columns, *, is_total=None, still_open=None, parent=None):
        super().__init__(columns, parent=parent)
        self._is_total = is_total or (lambda _row: False)
        self._still_open = still_open or (lambda _row: False)

    def set_table(self, columns, rows) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self._rows = list(rows)
        self.endResetModel()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = self.row_at(index.row())
        key = self.columns[index.column()].key
        not_yet = key == "absent" and self._still_open(row)
        if role == Qt.ItemDataRole.FontRole and (self._is_total(row) or not_yet):
            font = QFont()
            font.setBold(self._is_total(row))
            font.setItalic(not_yet)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not_yet:
            return QColor(WARNING_COLOUR)
        if role == Qt.ItemDataRole.BackgroundRole and self._is_total(row):
            return SESSION_TOTAL_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr(NOT_CLOSED_TIP) if not_yet else (super().data(index, Qt.ItemDataRole.DisplayRole) or None)
        return super().data(index, role)


def point_lines(summary: AttendanceSummary) -> list[PointLine]:
    """The summary's sessions as table lines: each point, then the session's total when
    it has more than one point. A point where nobody is expected and nobody came (the
    province's point of a district's event) is left out: a line of zeros only hides the
    others; it stays in the chooser."""
    lines = []
    for session in summary.sessions:
        points = [p for p in session.points if p.figures != Figures()] or session.points
        for number, point in enumerate(points):
            lines.append(PointLine(session.session_id, session.screen_label if number == 0 else "", point.point_id,
                                   tr(NO_POINT) if point.point_id is None else point.point_name, point.figures,
                                   point.closed))
        if len(points) > 1:
            total_name = tr("Cộng buổi {session}").format(session=session.screen_label.lower())
            lines.append(PointLine(session.session_id, "", None, total_name, session.figures, session.closed,
                                   total=True))
    return lines


def ask_session_and_point(parent: QWidget | None, plan: EventPlan, title: str, *, session_id: str | None = None,
                          point_id: str | None = None) -> tuple[SessionPlan, str] | None:
    """Ask which session, then which of the points joining it (a question is skipped when
    there is only one answer); ``session_id`` and ``point_id`` are offered first.
    Returns the session and the point id, or None (cancelled, or nothing to choose:
    the officer is told why)."""
    sessions = plan.sorted_sessions()
    if not sessions:
        dialogs.inform(parent, title, tr("Hội nghị chưa có buổi nào: hãy thêm buổi ở thẻ «Buổi & chuyên đề» rồi lưu."))
        return None
    if len(sessions) == 1:
        session = sessions[0]
    else:
        current = next((i for i, s in enumerate(sessions) if s.id == session_id), 0)
        picked = dialogs.ask_choice(parent, title, tr("Buổi:"), [s.screen_label for s in sessions], current)
        if picked is None:
            return None
        session = sessions[picked]
    points = [p for p in plan.bridge_points if p.joins(session.id)]
    if not points:
        dialogs.inform(parent, title, tr("Không có điểm cầu nào tham gia buổi {session}: hãy thêm điểm cầu ở thẻ "
                                         "«Điểm cầu» rồi lưu.").format(session=session.screen_label))
        return None
    if len(points) == 1:
        return session, points[0].id
    current = next((i for i, p in enumerate(points) if p.id == point_id), 0)
    picked = dialogs.ask_choice(parent, title, tr("Điểm cầu (buổi {session}):").format(session=session.screen_label),
                                [p.name for p in points], current)
    return (session, points[picked].id) if picked is not None else None


class AttendanceTab(SavedEventTab):
    def __init__(self, db: Database, worker: DatabaseWorker, parent: QWidget | None = None):
        super().__init__(db, worker, parent)
        self.plan: EventPlan | None = None  # as saved, read with the figures
        self.summary: AttendanceSummary | None = None
        self._syncing = False  # choosers and table selection follow each other without looping
        self.station: QWidget | None = None
        self.paper_dialog: QWidget | None = None
        self.import_dialog: QWidget | None = None
        self._live_timer = QTimer(self)
        self._live_timer.setInterval(LIVE_REFRESH_MS)
        self._live_timer.timeout.connect(self._live_refresh)

        self._set_pages(self._build_unsaved_page(), self._build_content_page())
        self.set_event(None)

    # ------------------------------------------------------------------ building

    def _build_unsaved_page(self) -> QWidget:
        return save_first_page(
            "attendance_unsaved", tr("Lưu hội nghị để điểm danh"),
            tr("Sau khi lưu (Ctrl+S), thẻ này cho mở trạm điểm danh, nhập danh sách ký tên hoặc tệp điểm danh, và "
               "xem số người có mặt theo buổi, điểm cầu và đơn vị."), self.save_requested)

    def _build_content_page(self) -> QWidget:
        self.session_combo = QComboBox()
        self.session_combo.setObjectName("attendance_session")
        self.session_combo.setMinimumWidth(150)
        self.session_combo.currentIndexChanged.connect(lambda _i: self._session_chosen())
        self.point_combo = QComboBox()
        self.point_combo.setObjectName("attendance_point")
        self.point_combo.setMinimumWidth(260)
        self.point_combo.currentIndexChanged.connect(lambda _i: self._point_chosen())
        self.choice_label = QLabel()
        self.choice_label.setObjectName("attendance_choice_figures")
        self.choice_label.setStyleSheet("font-weight: bold;")

        self.station_button = QPushButton(tr("&Mở trạm điểm danh…"))
        self.station_button.setToolTip(tr("Màn hình quét thẻ QR và tìm tên tại cửa điểm cầu (toàn màn hình)"))
        self.station_button.clicked.connect(self.open_station)
        self.paper_button = QPushButton(tr("Nhập danh sách &ký tên…"))
        self.paper_button.setToolTip(tr("Đánh dấu những người đã ký trên tờ danh sách in cho buổi và điểm cầu đã chọn"))
        self.paper_button.clicked.connect(self.enter_paper_sheet)
        self.import_button = QPushButton(tr("Nhập từ &tệp…"))
        self.import_button.setToolTip(tr("Đọc danh sách có mặt từ tệp bảng tính (.xlsx, .xls, .ods)"))
        self.import_button.clicked.connect(self.import_file)
        self.export_button = QPushButton(tr("&Xuất tổng hợp (.xlsx)…"))
        self.export_button.clicked.connect(self.export_summary)
        self.refresh_button = QPushButton(tr("Làm mới"))
        self.refresh_button.setToolTip(tr("Đọc lại số liệu điểm danh (F5)"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.refresh)

        self.note = QLabel()
        self.note.setObjectName("attendance_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.note.hide()

        self.point_model = FiguresModel(POINT_COLUMNS, is_total=lambda line: line.total,
                                        still_open=lambda line: not line.closed and line.figures.absent > 0,
                                        parent=self)
        self.point_table = plan_table(self.point_model, POINT_COLUMNS, name="attendance_points", stretch="point")
        self.point_table.selectionModel().selectionChanged.connect(lambda *_: self._line_chosen())
        self.legend = QLabel(tr("Số <i style='color:{colour}'>in nghiêng</i> ở cột «Vắng / chưa đến»: buổi chưa "
                                "kết thúc tại điểm cầu đó, là số người chưa đến.").format(colour=WARNING_COLOUR))
        self.legend.setStyleSheet("color: #555;")
        self.unit_model = FiguresModel(unit_columns([]), is_total=lambda row: row.unit_id == "", parent=self)
        self.unit_table = plan_table(self.unit_model, self.unit_model.columns, name="attendance_units",
                                     stretch="unit")
        self.total_label = QLabel()
        self.total_label.setObjectName("attendance_total")

        self.empty_title = QLabel()
        self.empty_title.setObjectName("attendance_empty")
        self.empty_title.setStyleSheet("font-size: 13pt;")
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #555;")
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        for widget in (self.empty_title, self.empty_hint):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty_layout.addWidget(widget)
        empty_layout.addStretch(2)

        by_point = QWidget()
        by_point_layout = QVBoxLayout(by_point)
        by_point_layout.setContentsMargins(0, 0, 0, 0)
        by_point_layout.addWidget(section_title(tr("Theo buổi và điểm cầu")))
        by_point_layout.addWidget(self.point_table, 1)
        by_point_layout.addWidget(self.legend)
        by_unit = QWidget()
        by_unit_layout = QVBoxLayout(by_unit)
        by_unit_layout.setContentsMargins(0, 0, 0, 0)
        by_unit_layout.addWidget(section_title(tr("Theo đơn vị (cả hội nghị)")))
        by_unit_layout.addWidget(self.unit_table, 1)
        by_unit_layout.addWidget(self.total_label)
        tables = QWidget()
        split_vertically(tables, by_point, by_unit, (250, 300))
        tables.layout().setContentsMargins(0, 0, 0, 0)
        self.figures_stack = QStackedWidget()
        self.figures_stack.addWidget(tables)
        self.figures_stack.addWidget(empty)
        self.tables_page, self.empty_page = tables, empty

        choosers = QHBoxLayout()
        choosers.addWidget(QLabel(tr("Buổi:")))
        choosers.addWidget(self.session_combo)
        choosers.addSpacing(8)
        choosers.addWidget(QLabel(tr("Điểm cầu:")))
        choosers.addWidget(self.point_combo)
        choosers.addSpacing(12)
        choosers.addWidget(self.choice_label, 1)
        actions = QHBoxLayout()
        for button in (self.station_button, self.paper_button, self.import_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        actions.addWidget(self.refresh_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(choosers)
        layout.addLayout(actions)
        layout.addWidget(self.note)
        layout.addWidget(self.figures_stack, 1)
        return page

    # ------------------------------------------------------------------ the event

    def set_event(self, plan: EventPlan | None) -> None:
        """The saved event to show (None before its first save: the tab says to save)."""
        changed = (plan.id if plan is not None else None) != self.event_id
        self.event_id = plan.id if plan is not None else None
        self.event_title = plan.title if plan is not None else ""
        self._show_page()
        if changed:
            self.plan = self.summary = None
            self._syncing = True
            try:
                self.session_combo.clear()
                self.point_combo.clear()
            finally:
                self._syncing = False
            self.choice_label.clear()
            self.point_model.set_rows([])
            self.unit_model.set_rows([])
            self._live_timer.stop()
        if plan is None:
            self._generation += 1  # a read still under way is for another event
            self._update_buttons()
        elif self.isVisible():
            self.refresh()

    def set_dirty(self, dirty: bool) -> None:
        """The plan has unsaved changes: the sessions and points here are those last saved."""
        self.note.setText(tr("Buổi và điểm cầu theo lần lưu gần nhất; lưu (Ctrl+S) để cập nhật.") if dirty else "")
        self.note.setVisible(dirty)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Read the saved sessions and points and the figures again (in the worker)."""
        if self.event_id is None:
            return
        db, event_id = self._db, self.event_id
        self._read_in_worker(lambda: (events.load_event_plan(db, event_id), attendance_summary(db, event_id)),
                             lambda read: self._show(*read), tr("Đang đọc số liệu điểm danh…"))

    def _live_refresh(self) -> None:
        if self.station is None:
            self._live_timer.stop()
        elif self.isVisible() and self._worker.idle:
            self.refresh()

    def _show(self, plan: EventPlan, summary: AttendanceSummary) -> None:
        self.plan, self.summary = plan, summary
        self.event_title = plan.title
        self._fill_choosers()
        if not summary.sessions:
            self._show_empty(tr("Hội nghị chưa có buổi nào."),
                             tr("Thêm các buổi ở thẻ «Buổi & chuyên đề» rồi lưu (Ctrl+S) để điểm danh theo buổi."))
        elif not plan.bridge_points:
            self._show_empty(tr("Hội nghị chưa có điểm cầu nào."),
                             tr("Thêm điểm cầu ở thẻ «Điểm cầu» rồi lưu (Ctrl+S): mỗi điểm cầu điểm danh riêng."))
        elif summary.total.invited == 0 and summary.total.walk_ins == 0:
            self._show_empty(tr("Chưa có ai được mời."),
                             tr("Thêm thành phần được mời ở thẻ «Thành phần» rồi lưu (Ctrl+S): số liệu điểm danh "
                                "tính trên danh sách người được mời của từng điểm cầu."))
        else:
            self.figures_stack.setCurrentWidget(self.tables_page)
            self.point_model.set_rows(point_lines(summary))
            columns = unit_columns([s.screen_label for s in summary.sessions])
            self.unit_model.set_table(columns, [*summary.units, summary.total])
            apply_column_widths(self.unit_table, columns)
            total = summary.total
            figures = dict(invited=total.invited, attended=total.attended,
                           rate=percent_text(total.rate) if total.invited else "—", excused=total.excused,
                           walk_ins=total.walk_ins)
            self.total_label.setText(
                tr("Cả hội nghị: {invited} người được mời, {attended} người có mặt ít nhất một buổi ({rate}), "
                   "{excused} vắng có phép, {walk_ins} người ngoài danh sách.").format(**figures) if total.walk_ins
                else tr("Cả hội nghị: {invited} người được mời, {attended} người có mặt ít nhất một buổi ({rate}), "
                        "{excused} vắng có phép.").format(**figures))
            self._select_current_line()
        self._show_choice_figures()
        self._update_buttons()

    def _show_empty(self, title: str, hint: str) -> None:
        self.summary = None  # no figures to speak of: the line beside the choosers stays empty
        self.point_model.set_rows([])
        self.unit_model.set_table(unit_columns([]), [])
        self.empty_title.setText(title)
        self.empty_hint.setText(hint)
        self.figures_stack.setCurrentWidget(self.empty_page)

    # ------------------------------------------------------------------ choosing a session and a point

    def _fill_choosers(self) -> None:
        self._syncing = True
        try:
            keep = self.session_combo.currentData()
            self.session_combo.clear()
            for session in self.plan.sorted_sessions():
                self.session_combo.addItem(session.screen_label, session.id)
            self.session_combo.setCurrentIndex(max(0, self.session_combo.findData(keep)))
            self._fill_points()
        finally:
            self._syncing = False

    def _fill_points(self) -> None:
        keep = self.point_combo.currentData()
        self.point_combo.clear()
        session_id = self.session_id()
        points = [p for p in self.plan.bridge_points if session_id and p.joins(session_id)] if self.plan else []
        for point in points:
            self.point_combo.addItem(point.name, point.id)
        if keep is not None and self.point_combo.findData(keep) >= 0:
            self.point_combo.setCurrentIndex(self.point_combo.findData(keep))
        elif self.summary is not None and points:
            # The point with most people expected: on the day, usually the one this office runs.
            invited = {line.point_id: line.figures.invited for line in point_lines(self.summary)
                       if line.session_id == session_id and not line.total}
            best = max(points, key=lambda p: invited.get(p.id, 0))
            self.point_combo.setCurrentIndex(self.point_combo.findData(best.id))

    def session_id(self) -> str | None:
        return self.session_combo.currentData()

    def point_id(self) -> str | None:
        return self.point_combo.currentData()

    def choose(self, session_id: str, point_id: str | None = None) -> None:
        """Show ``session_id`` (and ``point_id``) in the choosers."""
        self.session_combo.setCurrentIndex(max(0, self.session_combo.findData(session_id)))
        if point_id is not None and self.point_combo.findData(point_id) >= 0:
            self.point_combo.setCurrentIndex(self.point_combo.findData(point_id))

    def _session_chosen(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            self._fill_points()
        finally:
            self._syncing = False
        self._point_chosen()

    def _point_chosen(self) -> None:
        if self._syncing:
            return
        self._select_current_line()
        self._show_choice_figures()
        self._update_buttons()

    def _select_current_line(self) -> None:
        session_id, point_id = self.session_id(), self.point_id()
        for row in range(self.point_model.rowCount()):
            line = self.point_model.row_at(row)
            if line.session_id == session_id and line.point_id == point_id and not line.total:
                self._syncing = True
                try:
                    select_row(self.point_table, row)
                finally:
                    self._syncing = False
                return
        self.point_table.clearSelection()

    def _line_chosen(self) -> None:
        """A line of the table picked: the choosers follow it (a total line picks its session)."""
        if self._syncing:
            return
        rows = self.point_table.selectionModel().selectedRows()
        if not rows:
            return
        line = self.point_model.row_at(rows[0].row())
        self._syncing = True
        try:
            self.session_combo.setCurrentIndex(max(0, self.session_combo.findData(line.session_id)))
            self._fill_points()
            if line.point_id is not None and self.point_combo.findData(line.point_id) >= 0:
                self.point_combo.setCurrentIndex(self.point_combo.findData(line.point_id))
        finally:
            self._syncing = False
        self._show_choice_figures()
        self._update_buttons()

    def _show_choice_figures(self) -> None:
        line = next((line for line in (point_lines(self.summary) if self.summary else [])
                     if line.session_id == self.session_id() and line.point_id == self.point_id()
                     and not line.total), None)
        if line is None:
            self.choice_label.setText("")
            return
        f = line.figures
        parts = [tr("Có mặt {present}/{invited} ({rate})").format(present=f.present, invited=f.invited,
                                                                   rate=_rate(f))]
        if f.late:
            parts.append(trn("%n đến muộn", f.late))
        if f.excused:
            parts.append(trn("%n vắng có phép", f.excused))
        parts.append(trn("%n vắng", f.absent) if line.closed else trn("%n chưa đến", f.absent))
        if f.walk_ins:
            parts.append(trn("%n ngoài danh sách", f.walk_ins))
        text = ", ".join(parts)
        self.choice_label.setText(tr("{figures} — đã kết thúc").format(figures=text) if line.closed else text)

    def _update_buttons(self) -> None:
        ready = self.event_id is not None and self.plan is not None
        has_choice = ready and self.session_id() is not None and self.point_id() is not None
        self.station_button.setEnabled(ready and bool(self.plan.sessions) and bool(self.plan.bridge_points))
        self.paper_button.setEnabled(has_choice)
        self.import_button.setEnabled(has_choice)
        self.export_button.setEnabled(ready and bool(self.plan.sessions))
        self.refresh_button.setEnabled(self.event_id is not None)
        self.session_combo.setEnabled(ready and self.session_combo.count() > 0)
        self.point_combo.setEnabled(ready and self.point_combo.count() > 0)

    def _choice_labels(self) -> tuple[str, str]:
        return self.session_combo.currentText(), self.point_combo.currentText()

    # ------------------------------------------------------------------ actions

    def open_station(self) -> None:
        if self.event_id is None:
            return
        # The station is its own module, loaded only when an officer opens one.
        from desktop.ui.attendance.open_station import open_station

        window = open_station(self, self._db, self.event_id)
        if window is None:
            return
        self.station = window
        # Not the window's close event: it also comes when the officer answers "stay".
        window.closed.connect(self._station_closed)
        self._live_timer.start()

    def _station_closed(self) -> None:
        self.station = None
        self._live_timer.stop()
        QTimer.singleShot(0, self.refresh)

    def enter_paper_sheet(self) -> None:
        if self.event_id is None or self.session_id() is None or self.point_id() is None:
            return
        from desktop.ui.attendance.paper_entry import PaperEntryDialog

        session_label, point_name = self._choice_labels()
        dialog = PaperEntryDialog(self._db, self._worker, self.event_id, self.session_id(), self.point_id(),
                                  session_label=session_label, point_name=point_name, parent=self)
        self.paper_dialog = dialog
        self._open(dialog)

    def import_file(self) -> None:
        if self.event_id is None or self.session_id() is None or self.point_id() is None:
            return
        from desktop.ui.attendance.import_dialog import AttendanceImportDialog

        session_label, point_name = self._choice_labels()
        dialog = AttendanceImportDialog(self._db, self._worker, self.event_id, self.session_id(), self.point_id(),
                                        session_label=session_label, point_name=point_name, parent=self)
        self.import_dialog = dialog
        self._open(dialog)

    def _open(self, dialog) -> None:
        """Show ``dialog`` over the event page; the figures are read again once it has
        recorded something."""
        def finished(result: int) -> None:
            if dialog is self.paper_dialog:
                self.paper_dialog = None
            if dialog is self.import_dialog:
                self.import_dialog = None
            dialog.deleteLater()
            if result:
                self.refresh()

        dialog.finished.connect(finished)
        dialog.open()

    def export_summary(self) -> None:
        if self.event_id is None:
            return
        path = dialogs.choose_xlsx_to_save(self, tr("Xuất tổng hợp điểm danh"),
                                           tr("Điểm danh - {title}.xlsx").format(title=self.event_title))
        if path is None:
            return
        db, event_id = self._db, self.event_id

        def job(_state):
            return write_summary_xlsx(db, attendance_summary(db, event_id), path)

        self._worker.run(job, on_success=lambda written: dialogs.inform(
            self, tr("Xuất tổng hợp điểm danh"),
            tr("Đã ghi tổng hợp điểm danh vào «{name}».").format(name=written.name)),
            parent=self, label=tr("Đang xuất tổng hợp điểm danh…"))
