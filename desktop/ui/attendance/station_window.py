"""The check-in station: one session at one bridge point, on the whole screen.

Read from a metre away while a queue moves past: a coloured panel says what the last
card did (green: checked in; amber: look, already checked in or not on this point's list;
red: the card is refused), with the member's name in large letters, and a short beep
says it without looking. Beside it the counts (present of expected, late, excused,
walk-ins, and which branches are furthest behind), the last check-ins with a way to
take one back, and a search by name for whoever forgot their card.

Codes arrive from a keyboard-wedge scanner (:class:`ScanCapture`, which also keeps a
scan from pressing the buttons of a message box that happens to be open) or a webcam
(:class:`CameraReader`). Each one goes to :meth:`StationWindow.handle_scan`, which asks
the :class:`~desktop.core.attendance.CheckInStation` (a dictionary lookup and one small
committed transaction) and then updates only what the scan changed: the panel, the
counts (recounted in memory by the station), one row of the list below the search box
and the last check-ins. Everything runs on the UI thread: a scan costs a millisecond or
two before the repaint, even with thousands expected at the point.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPalette, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.attendance import (
    ALREADY,
    CHECKED_IN,
    INVALID,
    NOT_INVITED,
    REVOKED,
    SOURCES,
    UNKNOWN,
    CheckInStation,
    ScanResult,
    SearchHit,
    StationCounts,
    UnitCount,
)
from desktop.core.cards import format_code, normalize_code
from desktop.core.errors import DoanDeskError
from desktop.core.settings import LATE_GRACE_MINUTES, set_setting
from desktop.db.engine import Database
from desktop.i18n import N_, number_text, tr, trn
from desktop.resources import resource_path
from desktop.ui import dialogs, errors
from desktop.ui.attendance.camera_reader import CameraReader, camera_unavailable_reason
from desktop.ui.attendance.scan_capture import ScanCapture
from desktop.ui.events.plan_table import current_row, plan_table, row_shortcuts, select_row
from desktop.ui.roster.roster_page import SEARCH_DELAY_MS
from desktop.ui.table_models import CENTER, RIGHT, Column, ListTableModel

RECENT_LIMIT = 8
GRACE_SAVE_DELAY_MS = 800  # the spin box's arrows change it step by step; the setting is written once

# Panel colours: (background, text). Amber carries dark text: white on amber is hard to read.
PANEL_COLOURS = {
    "green": ("#2e7d32", "#ffffff"),
    "amber": ("#ffb300", "#1f1a00"),
    "red": ("#c62828", "#ffffff"),
    "neutral": ("#546e7a", "#ffffff"),
    "idle": ("#e8edf2", "#263238"),
}
HEADER_COLOURS = ("#1c3d6e", "#ffffff")
BANNER_COLOURS = ("#6d4c00", "#ffffff")
STATE_BACKGROUNDS = {"present": QColor("#dcefdc"), "excused": QColor("#e3e9f3"), "elsewhere": QColor("#fff1cc"),
                     "not_invited": QColor("#fff1cc")}

SOUND_FILES = {"green": "ok.wav", "amber": "warn.wav", "red": "error.wav"}  # in resources/sounds

IDLE_TITLE = N_("Quét thẻ hoặc tìm theo tên")
IDLE_HINT = N_("Đưa mã QR trên thẻ vào máy quét. Ai quên thẻ: gõ tên vào ô tìm kiếm bên phải rồi nhấn Enter.")
ADMIT_HINT = N_("Nhấn F2 (hoặc nút «Cho vào») để cho vào.")


def _font(point_size: float, *, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def _paint(widget: QWidget, background: str, text: str) -> None:
    """Fill ``widget`` with ``background`` and write its (and its labels') text in ``text``.
    A palette rather than a style sheet: it changes with every scan, and a palette costs
    no style recomputation."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(background))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


def _label(text: str = "", point_size: float = 12, *, bold: bool = False, name: str = "",
           wrap: bool = False) -> QLabel:
    label = QLabel(text)
    label.setFont(_font(point_size, bold=bold))
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    return label


def _recent_note(station: CheckInStation, result: ScanResult) -> str:
    notes = []
    if result.late_minutes:
        notes.append(trn("Muộn %n phút", result.late_minutes))
    if result.member_id not in station.expected:
        notes.append(tr("Ngoài danh sách"))
    if result.source != "scan":
        notes.append(tr(SOURCES.get(result.source, result.source)))
    return "; ".join(notes)


HIT_COLUMNS: list[Column[SearchHit]] = [
    Column("name", N_("Họ và tên"), lambda h: h.full_name, width=210),
    Column("unit", N_("Đơn vị"), lambda h: h.unit_name, width=180),
    Column("state", N_("Tình trạng"), lambda h: h.state_label, width=160),
]
UNIT_COLUMNS: list[Column[UnitCount]] = [
    Column("unit", N_("Đơn vị"), lambda u: u.unit_name, width=230),
    Column("present", N_("Có mặt"), lambda u: f"{number_text(u.present)}/{number_text(u.expected)}", alignment=CENTER, width=90),
    Column("missing", N_("Còn thiếu"), lambda u: number_text(u.expected - u.present), alignment=RIGHT, width=80),
]


class HitsModel(ListTableModel):
    """The search results (or the whole expected list), with one row replaceable by member
    id: a scan repaints the row of the member it concerns and nothing else."""

    def __init__(self, parent=None):
        super().__init__(HIT_COLUMNS, background=lambda hit: STATE_BACKGROUNDS.get(hit.state), parent=parent)
        self._position: dict[str, int] = {}

    def set_rows(self, rows) -> None:
        super().set_rows(rows)
        self._position = {hit.member_id: number for number, hit in enumerate(self._rows)}

    def replace(self, hit: SearchHit) -> None:
        number = self._position.get(hit.member_id)
        if number is not None:
            self._rows[number] = hit
            self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))


class SteadyListModel(ListTableModel):
    """A short list that is shown anew after every scan: when the number of rows stays the
    same, the rows are repainted rather than the view reset (which would also drop the
    officer's selection and scroll position)."""

    def set_rows(self, rows) -> None:
        rows = list(rows)
        if len(rows) != len(self._rows) or not rows:
            super().set_rows(rows)
            return
        self._rows = rows
        self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))


class FeedbackSounds:
    """A short sound per colour of result: one high beep (green), two (amber), a low
    falling pair (red). Without Qt Multimedia or an audio device, the system beep."""

    def __init__(self, parent: QObject, *, enabled: bool = True):
        self._effects: dict[str, object] = {}
        self._error_status = None
        self.last_played = ""
        if enabled:
            self._load(parent)

    def _load(self, parent: QObject) -> None:
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

            if not QMediaDevices.audioOutputs():
                return  # no sound card (or no sound service): the effects could not play
        except Exception:  # the add-ons wheel or a system library missing: beeps only
            return
        self._error_status = QSoundEffect.Status.Error
        for colour, file_name in SOUND_FILES.items():
            path = resource_path("sounds", file_name)
            if path.is_file():
                effect = QSoundEffect(parent)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                self._effects[colour] = effect

    def play(self, colour: str) -> None:
        self.last_played = colour
        effect = self._effects.get(colour)
        try:
            if effect is not None and effect.status() != self._error_status:
                effect.play()
                return
        except RuntimeError:  # destroyed with the window while a scan was still on its way
            pass
        QApplication.beep()


class StationWindow(QWidget):
    """The full-screen check-in station for ``station``; see the module docstring.

    The window owns the station: closing it (Esc asks first) closes the station's
    database connection, stops the camera and the scan capture.
    """

    closed = Signal()

    def __init__(self, db: Database, station: CheckInStation, parent: QWidget | None = None, *,
                 sounds: bool = True):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("checkin_station")
        self.db = db
        self.station = station
        self.setWindowTitle(tr("Điểm danh: {point} · {session}").format(point=station.point_name,
                                                                      session=station.session_screen_label))
        self.setFont(_font(12))
        self.setMinimumSize(1024, 640)
        self._finished = False
        self._shown_result: ScanResult | None = None  # what the panel shows, when it is a result
        self._picked_by_hand = False  # the officer moved the selection in the list since the last search
        self._units_view_fitted = False
        self._recent: list[ScanResult] = station.recent(RECENT_LIMIT)
        self.panel_colour = "idle"

        self.sounds = FeedbackSounds(self, enabled=sounds)
        self.capture = ScanCapture(self)
        self.capture.scanned.connect(self.handle_scan)
        self.camera = CameraReader(self)
        self.camera.code_read.connect(lambda code: self.handle_scan(code, "camera"))
        self.camera.preview_ready.connect(self._show_preview)
        self.camera.failed.connect(self._camera_failed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_header())
        layout.addWidget(self._build_closed_banner())
        body = QHBoxLayout()
        body.setContentsMargins(14, 12, 14, 6)
        body.setSpacing(14)
        # The columns share the width in a fixed proportion whatever their contents ask
        # for: a long search caption must not push the panel aside while the officer looks.
        for column, stretch in ((self._build_left_column(), 11), (self._build_right_column(), 9)):
            holder = QWidget()
            holder.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            column.setContentsMargins(0, 0, 0, 0)
            holder.setLayout(column)
            body.addWidget(holder, stretch)
        layout.addLayout(body, 1)
        layout.addWidget(self._build_footer())

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self._grace_timer = QTimer(self)
        self._grace_timer.setSingleShot(True)
        self._grace_timer.setInterval(GRACE_SAVE_DELAY_MS)
        self._grace_timer.timeout.connect(self._save_grace)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(1000)
        self._clock_timer.timeout.connect(self._tick)
        self._clock_timer.start()

        QShortcut(QKeySequence(Qt.Key.Key_F2), self, activated=self.admit_shown)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, activated=self.toggle_full_screen)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self._escape)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)

        self._tick()
        self.show_idle()
        self._recent_model.set_rows(self._recent)
        self._show_closed_state()
        self.run_search()
        self.capture.install()

    # --- building ------------------------------------------------------------------------

    def _build_header(self) -> QWidget:
        header = QFrame()
        header.setObjectName("station_header")
        _paint(header, *HEADER_COLOURS)
        self.title_label = _label(self.station.event_title, 17, bold=True, name="station_event", wrap=True)
        start = f"{self.station.session_start:%H:%M}"
        self.session_label = _label(tr("{session} (bắt đầu {start})  ·  {point}").format(
            session=self.station.session_screen_label, start=start, point=self.station.point_name), 14,
            name="station_session")
        self.clock_label = _label("", 30, bold=True, name="station_clock")
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.session_label)
        row = QHBoxLayout(header)
        row.setContentsMargins(16, 8, 16, 8)
        row.addLayout(titles, 1)
        row.addWidget(self.clock_label)
        return header

    def _build_closed_banner(self) -> QWidget:
        self.closed_banner = QFrame()
        self.closed_banner.setObjectName("closed_banner")
        _paint(self.closed_banner, *BANNER_COLOURS)
        self.closed_text = _label("", 13, bold=True, name="closed_text", wrap=True)
        self.reopen_button = QPushButton(tr("Mở lại buổi"))
        self.reopen_button.setObjectName("reopen_session")
        self.reopen_button.clicked.connect(self.reopen_session)
        row = QHBoxLayout(self.closed_banner)
        row.setContentsMargins(16, 6, 16, 6)
        row.addWidget(self.closed_text, 1)
        row.addWidget(self.reopen_button)
        return self.closed_banner

    def _build_left_column(self) -> QVBoxLayout:
        self.panel = QFrame()
        self.panel.setObjectName("feedback_panel")
        self.panel.setMinimumHeight(270)
        self.panel.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.name_label = _label("", 34, bold=True, name="feedback_name", wrap=True)
        self.unit_label = _label("", 19, name="feedback_unit", wrap=True)
        self.headline_label = _label("", 22, bold=True, name="feedback_headline", wrap=True)
        self.hint_label = _label("", 14, name="feedback_hint", wrap=True)
        for label in (self.name_label, self.unit_label, self.headline_label, self.hint_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.admit_button = QPushButton(tr("Cho vào (F2)"))
        self.admit_button.setObjectName("admit_button")
        self.admit_button.setFont(_font(15, bold=True))
        self.admit_button.clicked.connect(self.admit_shown)
        self.undo_shown_button = QPushButton(tr("Hủy lượt này"))
        self.undo_shown_button.setObjectName("undo_shown")
        self.undo_shown_button.setFont(_font(13))
        self.undo_shown_button.clicked.connect(self.undo_shown)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.admit_button)
        buttons.addWidget(self.undo_shown_button)
        buttons.addStretch(1)
        panel_layout = QVBoxLayout(self.panel)
        panel_layout.setContentsMargins(24, 18, 24, 14)
        panel_layout.setSpacing(6)
        panel_layout.addStretch(1)
        panel_layout.addWidget(self.name_label)
        panel_layout.addWidget(self.unit_label)
        panel_layout.addSpacing(8)
        panel_layout.addWidget(self.headline_label)
        panel_layout.addWidget(self.hint_label)
        panel_layout.addStretch(1)
        panel_layout.addLayout(buttons)

        self._recent_columns: list[Column[ScanResult]] = [
            Column("time", tr("Giờ"), lambda r: f"{r.at:%H:%M}" if r.at else "", alignment=CENTER, width=64),
            Column("name", tr("Họ và tên"), lambda r: r.full_name, width=215),
            Column("unit", tr("Đơn vị"), lambda r: r.unit_name, width=235),
            Column("note", tr("Ghi chú"), lambda r: _recent_note(self.station, r), width=150),
        ]
        self._recent_model = SteadyListModel(self._recent_columns, parent=self)
        self.recent_view = plan_table(self._recent_model, self._recent_columns, name="recent_scans", stretch="note")
        row_shortcuts(self.recent_view, delete=self.undo_selected)
        self.undo_selected_button = QPushButton(tr("Hủy lượt đã chọn…"))
        self.undo_selected_button.setObjectName("undo_selected")
        self.undo_selected_button.setToolTip(tr("Hủy lượt điểm danh đang chọn trong danh sách (phím Delete)"))
        self.undo_selected_button.clicked.connect(self.undo_selected)
        recent_title = QHBoxLayout()
        recent_title.addWidget(_label(tr("Vừa điểm danh"), 13, bold=True))
        recent_title.addStretch(1)
        recent_title.addWidget(self.undo_selected_button)

        column = QVBoxLayout()
        column.setSpacing(8)
        column.addWidget(self.panel, 5)
        column.addLayout(recent_title)
        column.addWidget(self.recent_view, 3)
        return column

    def _build_right_column(self) -> QVBoxLayout:
        self.present_label = _label("", 30, bold=True, name="present_count")
        self.present_caption = _label(tr("Có mặt / dự kiến"), 12)
        self.late_label = _label("", 13, name="late_count")
        self.excused_label = _label("", 13, name="excused_count")
        self.walk_in_label = _label("", 13, name="walk_in_count")
        self.waiting_label = _label("", 13, name="waiting_count")
        self.camera_preview = QLabel()
        self.camera_preview.setObjectName("camera_preview")
        self.camera_preview.setFixedSize(160, 120)
        self.camera_preview.setScaledContents(True)
        self.camera_preview.hide()
        big = QVBoxLayout()
        big.setSpacing(0)
        big.addWidget(self.present_caption)
        big.addWidget(self.present_label)
        small = QGridLayout()
        small.setHorizontalSpacing(18)
        small.addWidget(self.late_label, 0, 0)
        small.addWidget(self.excused_label, 0, 1)
        small.addWidget(self.waiting_label, 1, 0)
        small.addWidget(self.walk_in_label, 1, 1)
        counters = QHBoxLayout()
        counters.addLayout(big)
        counters.addSpacing(16)
        counters.addLayout(small, 1)
        counters.addWidget(self.camera_preview)

        self.units_model = SteadyListModel(UNIT_COLUMNS, parent=self)
        self.units_view = plan_table(self.units_model, UNIT_COLUMNS, name="unit_counts", stretch="unit")
        self.units_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.units_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("station_search")
        self.search_edit.setFont(_font(14))
        self.search_edit.setPlaceholderText(tr("Tìm theo tên (gõ không dấu cũng được)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.search_entered)
        self.search_edit.installEventFilter(self)
        self.results_caption = _label("", 11, name="results_caption", wrap=True)
        self.hits_model = HitsModel(self)
        self.results_view = plan_table(self.hits_model, HIT_COLUMNS, name="search_results", stretch="unit")
        self.results_view.doubleClicked.connect(lambda _index: self.mark_selected())
        row_shortcuts(self.results_view, activate=self.mark_selected)
        self.mark_button = QPushButton(tr("Điểm danh người đã chọn"))
        self.mark_button.setObjectName("mark_present")
        self.mark_button.clicked.connect(self.mark_selected)
        self.excuse_button = QPushButton(tr("Vắng có phép…"))
        self.excuse_button.setObjectName("excuse_button")
        self.excuse_button.clicked.connect(self.excuse_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.results_caption, 1)
        actions.addWidget(self.excuse_button)
        actions.addWidget(self.mark_button)

        column = QVBoxLayout()
        column.setSpacing(8)
        column.addLayout(counters)
        column.addWidget(self.units_view, 2)
        column.addWidget(self.search_edit)
        column.addWidget(self.results_view, 3)
        column.addLayout(actions)
        return column

    def _build_footer(self) -> QWidget:
        footer = QFrame()
        footer.setObjectName("station_footer")
        footer.setFrameShape(QFrame.Shape.NoFrame)
        self.camera_button = QPushButton("Camera")
        self.camera_button.setObjectName("camera_toggle")
        self.camera_button.setCheckable(True)
        unavailable = camera_unavailable_reason()
        if unavailable:
            self.camera_button.setEnabled(False)
            self.camera_button.setToolTip(unavailable)
        else:
            self.camera_button.setToolTip(tr("Đọc mã QR trên thẻ bằng camera của máy"))
        self.camera_button.toggled.connect(self.set_camera_on)
        self.grace_spin = QSpinBox()
        self.grace_spin.setObjectName("grace_minutes")
        self.grace_spin.setRange(LATE_GRACE_MINUTES.minimum or 0, LATE_GRACE_MINUTES.maximum or 240)
        self.grace_spin.setSuffix(tr(" phút"))
        self.grace_spin.setValue(int(self.station.grace.total_seconds() // 60))
        self.grace_spin.setToolTip(LATE_GRACE_MINUTES.label)
        self.grace_spin.valueChanged.connect(self.set_grace_minutes)
        self.full_screen_button = QPushButton(tr("Toàn màn hình (F11)"))
        self.full_screen_button.clicked.connect(self.toggle_full_screen)
        self.close_session_button = QPushButton(tr("Kết thúc buổi…"))
        self.close_session_button.setObjectName("close_session")
        self.close_session_button.clicked.connect(self.close_session)
        self.leave_button = QPushButton(tr("Đóng (Esc)"))
        self.leave_button.clicked.connect(self.close)
        row = QHBoxLayout(footer)
        row.setContentsMargins(14, 6, 14, 10)
        row.addWidget(self.camera_button)
        row.addSpacing(18)
        row.addWidget(QLabel(tr("Tính đến muộn sau giờ bắt đầu:")))
        row.addWidget(self.grace_spin)
        row.addStretch(1)
        row.addWidget(self.full_screen_button)
        row.addWidget(self.close_session_button)
        row.addWidget(self.leave_button)
        return footer

    # --- scans and marks -----------------------------------------------------------------

    def handle_scan(self, text: str, source: str = "scan") -> ScanResult | None:
        """A code from the scanner or the camera: check the member in and show it."""
        try:
            result = self.station.scan(text, source)
        except (DoanDeskError, sqlite3.OperationalError) as exc:
            self.sounds.play("red")
            errors.show_error(self, exc)
            return None
        self.show_result(result)
        return result

    def show_result(self, result: ScanResult) -> None:
        """Show what a scan or a mark did, and bring what it changed up to date."""
        self._show_panel(result)
        self.sounds.play(result.colour)
        self._tick()  # the clock agrees with the time of the check-in just shown
        if result.outcome == CHECKED_IN:
            self._recent.insert(0, result)
            del self._recent[RECENT_LIMIT:]
            self._recent_model.set_rows(self._recent)
            self._refresh_counts()
        if result.member_id and result.outcome in (CHECKED_IN, ALREADY):
            self.hits_model.replace(self.station.hit(result.member_id))

    def admit_shown(self) -> None:
        """Let in the member the panel shows as not on this point's list (F2)."""
        shown = self._shown_result
        if shown is None or shown.outcome != NOT_INVITED or not shown.member_id:
            return
        try:
            result = self.station.check_in(shown.member_id, admit=True, source=shown.source, code=shown.code)
        except (DoanDeskError, sqlite3.OperationalError) as exc:
            errors.show_error(self, exc)
            return
        self.show_result(result)

    def mark_selected(self) -> None:
        """Mark the person selected in the list present (someone without their card)."""
        hit = self._selected_hit()
        if hit is None:
            return
        try:
            result = self.station.check_in(hit.member_id, source="search")
        except (DoanDeskError, sqlite3.OperationalError) as exc:
            errors.show_error(self, exc)
            return
        self.show_result(result)
        self.search_edit.selectAll()  # the next name typed replaces this one

    def search_entered(self) -> None:
        """Enter in the search box: a code typed by hand is scanned; otherwise the person
        found is marked present when the list leaves no doubt who is meant."""
        if self._search_timer.isActive():
            self._search_timer.stop()
            self.run_search()
        text = self.search_edit.text()
        if normalize_code(text):
            self.search_edit.clear()
            self.handle_scan(text, "scan")
            return
        if not text.strip():
            return
        if self.hits_model.rowCount() == 1 or self._picked_by_hand:
            self.mark_selected()
        elif self.hits_model.rowCount() > 1:
            self.results_caption.setText(tr("{count} người khớp: chọn bằng ↑ ↓ rồi nhấn Enter.").format(
                count=number_text(self.hits_model.rowCount())))

    # --- undo, excuse, closing the session -----------------------------------------------

    def undo_selected(self) -> None:
        row = current_row(self.recent_view)
        if 0 <= row < len(self._recent):
            self._undo(self._recent[row])

    def undo_shown(self) -> None:
        if self._shown_result is not None and self._shown_result.outcome == CHECKED_IN:
            self._undo(self._shown_result)

    def _undo(self, result: ScanResult) -> None:
        question = (tr("Hủy lượt điểm danh của {name} (lúc {time:%H:%M})?").format(name=result.full_name,
                                                                                   time=result.at)
                    if result.at else tr("Hủy lượt điểm danh của {name}?").format(name=result.full_name))
        if not dialogs.confirm(self, tr("Hủy lượt điểm danh"), question,
                               confirm_text=tr("Hủy lượt điểm danh"), cancel_text=tr("Không hủy"),
                               informative=tr("Người này sẽ trở lại «Chưa đến» và có thể quét thẻ lại.")):
            return
        try:
            undone = self.station.undo(result.member_id)
        except (DoanDeskError, sqlite3.OperationalError) as exc:
            errors.show_error(self, exc)
            return
        self._recent = self.station.recent(RECENT_LIMIT)
        self._recent_model.set_rows(self._recent)
        self._refresh_counts()
        self.hits_model.replace(self.station.hit(result.member_id))
        if undone:
            self._show_note(result.full_name, result.unit_name, tr("Đã hủy lượt điểm danh"),
                            tr("Có thể quét thẻ lại khi người này đến."))

    def excuse_selected(self) -> None:
        """Record the selected person's excused absence (vắng có phép), with its reason."""
        hit = self._selected_hit()
        if hit is None:
            dialogs.inform(self, tr("Vắng có phép"), tr("Hãy chọn một người trong danh sách trước."))
            return
        reason = dialogs.ask_text(self, tr("Vắng có phép"),
                                  tr("Lý do vắng có phép của {name}:").format(name=hit.full_name))
        if reason is None:
            return
        try:
            self.station.excuse(hit.member_id, reason)
        except (DoanDeskError, sqlite3.OperationalError) as exc:
            errors.show_error(self, exc)
            return
        self._refresh_counts()
        self.hits_model.replace(self.station.hit(hit.member_id))
        self._show_note(hit.full_name, hit.unit_name, tr("Đã ghi vắng có phép"), reason.strip())

    def close_session(self) -> None:
        """End the session at this point: whoever has not come is absent from now on."""
        if self.station.closed:
            return
        if not dialogs.confirm(self, tr("Kết thúc buổi"),
                               tr("Kết thúc buổi {session} tại {point}?").format(
                                   session=self.station.session_screen_label, point=self.station.point_name),
                               informative=tr("Những người chưa đến sẽ được tính là vắng. Người đến muộn sau đó "
                                              "vẫn quét thẻ được."),
                               confirm_text=tr("Kết thúc buổi"), cancel_text=tr("Chưa")):
            return
        try:
            absent = self.station.close_session()
        except (DoanDeskError, sqlite3.OperationalError) as exc:
            errors.show_error(self, exc)
            return
        self._show_closed_state()
        counts = self.station.counts()
        dialogs.inform(self, tr("Đã kết thúc buổi"),
                       tr("Buổi {session} đã kết thúc: {absent} người vắng.").format(
                           session=self.station.session_screen_label, absent=number_text(absent)),
                       informative=tr("Có mặt {present}/{expected}, vắng có phép {excused}, đến muộn {late}, "
                                      "ngoài danh sách {walk_ins}.").format(
                           present=number_text(counts.present), expected=number_text(counts.expected),
                           excused=number_text(counts.excused), late=number_text(counts.late),
                           walk_ins=number_text(counts.walk_ins)))

    def reopen_session(self) -> None:
        if not self.station.closed:
            return
        if not dialogs.confirm(self, tr("Mở lại buổi"),
                               tr("Mở lại buổi {session}?").format(session=self.station.session_screen_label),
                               informative=tr("Những người chưa đến sẽ không còn bị tính là vắng."),
                               confirm_text=tr("Mở lại"), cancel_text=tr("Không")):
            return
        try:
            self.station.reopen_session()
        except (DoanDeskError, sqlite3.OperationalError) as exc:
            errors.show_error(self, exc)
            return
        self._show_closed_state()

    # --- settings, camera, window ----------------------------------------------------------

    def set_grace_minutes(self, minutes: int) -> None:
        """Late after ``minutes`` past the start, from the next check-in on (and saved)."""
        self.station.grace = timedelta(minutes=minutes)
        self._grace_timer.start()

    def _save_grace(self) -> None:
        try:
            set_setting(self.db, LATE_GRACE_MINUTES, self.grace_spin.value())
        except DoanDeskError as exc:
            errors.show_error(self, exc)

    def set_camera_on(self, on: bool) -> None:
        if not on:
            self.camera.stop()
            self.camera_preview.hide()
            return
        problem = self.camera.start()
        if problem:
            self._camera_failed(problem)
        else:
            self.camera_preview.show()

    def _camera_failed(self, reason: str) -> None:
        self.camera_button.blockSignals(True)
        self.camera_button.setChecked(False)
        self.camera_button.blockSignals(False)
        self.camera_button.setToolTip(reason)
        self.camera_preview.hide()
        dialogs.warn(self, "Camera", reason)

    def _show_preview(self, image) -> None:
        self.camera_preview.setPixmap(QPixmap.fromImage(image))

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showMaximized()
        else:
            self.showFullScreen()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _escape(self) -> None:
        if self.search_edit.text():
            self.search_edit.clear()
            self.search_edit.setFocus()
            return
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self._finished:
            if not dialogs.confirm(self, tr("Đóng màn hình điểm danh"), tr("Đóng màn hình điểm danh?"),
                                   informative=tr("Mọi lượt điểm danh đã được lưu."), confirm_text=tr("Đóng"),
                                   cancel_text=tr("Ở lại")):
                event.ignore()
                return
            self._finish()
        super().closeEvent(event)

    def close_now(self) -> None:
        """Close without asking (the program is quitting, or a script is done with it)."""
        if not self._finished:
            self._finish()
        self.close()

    def _finish(self) -> None:
        self._finished = True
        self.capture.remove()
        self.camera.stop()
        self._clock_timer.stop()
        self._search_timer.stop()
        if self._grace_timer.isActive():
            self._grace_timer.stop()
            self._save_grace()
        self.station.close_connection()
        self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # ↑ ↓ in the search box walk the list below it, so the hands stay on the keyboard.
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10,
                    Qt.Key.Key_PageUp: -10}.get(event.key())
            if step is not None and self.hits_model.rowCount():
                row = current_row(self.results_view)
                target = max(0, min(self.hits_model.rowCount() - 1, (row if row >= 0 else -1) + step))
                select_row(self.results_view, target)
                self._picked_by_hand = True
                return True
        return super().eventFilter(watched, event)

    # --- what is shown ----------------------------------------------------------------------

    def run_search(self) -> None:
        """The people matching the search box, or everyone expected here when it is empty."""
        text = self.search_edit.text().strip()
        if normalize_code(text):
            return  # a code on its way in from the scanner, not a name
        if text:
            hits = self.station.search(text)
            caption = (tr("Tìm thấy {count} người").format(count=number_text(len(hits))) if hits
                       else tr("Không tìm thấy ai có tên này."))
        else:
            hits = self.station.expected_list()
            caption = tr("Dự kiến tại điểm cầu: {count} người").format(count=number_text(len(hits)))
        self.hits_model.set_rows(hits)
        self.results_caption.setText(caption)
        self._picked_by_hand = False
        select_row(self.results_view, 0 if hits else -1)

    def _selected_hit(self) -> SearchHit | None:
        row = current_row(self.results_view)
        return self.hits_model.row_at(row) if 0 <= row < self.hits_model.rowCount() else None

    def show_idle(self) -> None:
        self._set_panel("idle", tr(IDLE_TITLE), "", "", tr(IDLE_HINT))

    def _show_note(self, name: str, unit: str, headline: str, hint: str) -> None:
        self._set_panel("neutral", name, unit, headline, hint)

    def _show_panel(self, result: ScanResult) -> None:
        outcome = result.outcome
        name, unit, hint = result.full_name, result.unit_name, ""
        if outcome == CHECKED_IN:
            hint = tr("Lúc {time:%H:%M}").format(time=result.at) if result.at else ""
        elif outcome == ALREADY:
            hint = tr("Không cần quét lại.")
        elif outcome == NOT_INVITED:
            hint = tr(ADMIT_HINT)
        elif outcome == REVOKED:
            hint = tr("Hãy dùng thẻ mới, hoặc tìm theo tên để điểm danh.")
        elif outcome == UNKNOWN:
            name = tr("Không nhận ra thẻ")
            unit = tr("Mã {code}").format(code=format_code(result.code)) if result.code else ""
            hint = tr("Thẻ của nơi khác, hoặc máy này chưa có dữ liệu của thẻ. Hãy tìm theo tên.")
        elif outcome == INVALID:
            name = tr("Không đọc được mã")
            unit = f"«{result.code}»" if result.code else ""
            hint = tr("Hãy quét lại, hoặc tìm theo tên.")
        self._set_panel(result.colour, name, unit, result.headline, hint, result)

    def _set_panel(self, colour: str, name: str, unit: str, headline: str, hint: str,
                   result: ScanResult | None = None) -> None:
        self._shown_result = result
        if colour != self.panel_colour:
            _paint(self.panel, *PANEL_COLOURS[colour])
            self.panel_colour = colour
        self.name_label.setText(name)
        self.unit_label.setText(unit)
        self.unit_label.setVisible(bool(unit))
        self.headline_label.setText(headline)
        self.headline_label.setVisible(bool(headline))
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))
        self.admit_button.setVisible(result is not None and result.outcome == NOT_INVITED)
        self.undo_shown_button.setVisible(result is not None and result.outcome == CHECKED_IN)

    def _refresh_counts(self) -> None:
        counts: StationCounts = self.station.counts()
        percent = f" ({round(100 * counts.present / counts.expected)}%)" if counts.expected else ""
        self.present_label.setText(f"{number_text(counts.present)} / {number_text(counts.expected)}{percent}")
        self.late_label.setText(tr("Đến muộn: {count}").format(count=number_text(counts.late)))
        self.excused_label.setText(tr("Vắng có phép: {count}").format(count=number_text(counts.excused)))
        self.walk_in_label.setText(tr("Ngoài danh sách: {count}").format(count=number_text(counts.walk_ins)))
        waiting = tr("Vắng: {count}") if self.station.closed else tr("Chưa đến: {count}")
        self.waiting_label.setText(waiting.format(count=number_text(counts.expected - counts.present)))
        rows_before = self.units_model.rowCount()
        self.units_model.set_rows(counts.by_unit)
        if self.units_model.rowCount() != rows_before or not self._units_view_fitted:
            self._fit_units_view()

    def _fit_units_view(self) -> None:
        """As tall as its rows (a point with a few branches leaves the room to the search
        results), scrolling past a third of the screen."""
        view = self.units_view
        rows_height = max(1, self.units_model.rowCount()) * view.verticalHeader().defaultSectionSize()
        view.setMaximumHeight(max(80, min(view.horizontalHeader().sizeHint().height() + rows_height
                                          + 2 * view.frameWidth() + 2, 300)))
        self._units_view_fitted = True

    def _show_closed_state(self) -> None:
        closed = self.station.closed
        self.closed_banner.setVisible(closed)
        self.close_session_button.setEnabled(not closed)
        if closed:
            self.closed_text.setText(tr("Buổi {session} đã kết thúc: người chưa đến được tính vắng. Người đến "
                                        "muộn vẫn quét thẻ được.").format(session=self.station.session_screen_label))
        self._refresh_counts()

    def _tick(self) -> None:
        now = self.station.clock().astimezone()
        text = f"{now:%H:%M}"
        if self.clock_label.text() != text:
            self.clock_label.setText(text)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._finished:
            self.capture.install()
            self.search_edit.setFocus()
