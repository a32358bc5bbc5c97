"""The check-in station screen: scans typed as a keyboard-wedge scanner types them,
what the panel shows for each outcome, scans while a message box is open, undo, search,
excuses, closing the session, the camera's decoding and the station chooser.

What a scan recorded is checked in the database file with a connection of the test's
own, not through the station that wrote it.
"""

from __future__ import annotations

import itertools
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget

from desktop.core import events, units, vntext
from desktop.core.attendance import CheckInStation
from desktop.core.cards import issue_cards, new_code, reissue_card
from desktop.core.demo import fill_demo
from desktop.core.events import BridgePointPlan, EventPlan, RulePlan, SessionPlan
from desktop.core.qr import qr_matrix
from desktop.core.settings import LATE_GRACE_MINUTES, get_setting
from desktop.db.engine import Database
from desktop.ui import dialogs
from desktop.ui.attendance.camera_reader import CameraReader, camera_unavailable_reason, decode_codes
from desktop.ui.attendance.open_station import ChooseStationDialog
from desktop.ui.attendance.scan_capture import ScanCapture
from desktop.ui.attendance.station_window import StationWindow
from tests.ui.conftest import OFFSCREEN_NOISE

# Qt Multimedia (the beeps, the camera search) loads its back-ends on first use and,
# on a machine without sound or video hardware, says so on the way: not our warnings.
# pytest-qt takes the ignore list of the closest mark only, so each test carries the
# whole list, the offscreen note included.
quiet_multimedia = pytest.mark.qt_log_ignore(
    OFFSCREEN_NOISE, r"^Couldn't (load|resolve) ", r"PulseAudioService", r"^QSoundEffect",
    r"Using Qt multimedia with FFmpeg", r"pa_context")

SESSION_START = time(7, 30)
ON_TIME = time(7, 42)


@dataclass
class StationEvent:
    """A conference today with two points: members of Đoàn xã Mỹ Long Bắc are expected at
    point A, those of Đoàn xã Hiệp Mỹ Đông at point B; the rest of the district is not
    invited. Everyone in those three unions has a card."""

    event_id: str
    morning_id: str
    afternoon_id: str
    point_a: str
    point_b: str
    codes: dict[str, str]       # member id → live code
    at_a: list[str]             # member ids expected at point A, in name order
    at_b: list[str]
    outsiders: list[str]        # not invited, with a card


def build_station_event(db: Database, members: int = 200, day: date | None = None) -> StationEvent:
    day = day or date.today()
    fill_demo(db, members)
    tree = units.load_tree(db)
    unit = lambda code: tree.by_code(code).id  # noqa: E731
    morning = SessionPlan(day, "morning", start_time=SESSION_START, end_time=time(11, 30))
    afternoon = SessionPlan(day, "afternoon")
    point_a = BridgePointPlan("Điểm cầu xã Mỹ Long Bắc", "grassroots", unit("TV-CN-01"),
                              address="Hội trường UBND xã Mỹ Long Bắc")
    point_b = BridgePointPlan("Điểm cầu xã Hiệp Mỹ Đông", "grassroots", unit("TV-CN-02"), session_ids=[morning.id])
    plan = EventPlan("Hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XII", "study_conference",
                     unit("TV-CN"), sessions=[morning, afternoon], bridge_points=[point_a, point_b],
                     rules=[RulePlan(unit("TV-CN-01")), RulePlan(unit("TV-CN-02"))])
    events.save_event_plan(db, plan)
    with sqlite3.connect(db.path) as conn:
        invited = conn.execute("SELECT i.member_id, i.bridge_point_id FROM invitations i JOIN members m "
                               "ON m.id = i.member_id WHERE i.event_id = ? AND i.deleted_at IS NULL "
                               "ORDER BY m.sort_key", (plan.id,)).fetchall()
        outsiders = [row[0] for row in conn.execute(
            "SELECT m.id FROM members m WHERE m.branch_id IN (?, ?) AND m.deleted_at IS NULL ORDER BY m.sort_key",
            tuple(tree.by_code(code).id for code in ("TV-CN-03-01", "TV-CN-03-02")))][:5]
    at_a = [m for m, p in invited if p == point_a.id]
    at_b = [m for m, p in invited if p == point_b.id]
    codes = issue_cards(db, at_a + at_b + outsiders)
    return StationEvent(plan.id, morning.id, afternoon.id, point_a.id, point_b.id, codes, at_a, at_b, outsiders)


def local_clock(at: time, day: date | None = None):
    moment = datetime.combine(day or date.today(), at).astimezone()
    return lambda: moment


def recorded(db: Database, member_id: str, session_id: str) -> sqlite3.Row | None:
    """The live attendance row of a member, read with a connection of our own."""
    with sqlite3.connect(db.path) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute("SELECT status, source, invited, late_minutes, excuse_reason FROM attendances "
                            "WHERE member_id = ? AND session_id = ? AND deleted_at IS NULL",
                            (member_id, session_id)).fetchone()


def key_event(kind: QEvent.Type, char: str) -> QKeyEvent:
    """The key event a scanner sends for ``char`` (Shift for a capital, as a keyboard does)."""
    if char == "\r":
        return QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
    key = Qt.Key.Key_Minus if char == "-" else Qt.Key(ord(char.upper()))
    modifier = Qt.KeyboardModifier.ShiftModifier if char.isupper() else Qt.KeyboardModifier.NoModifier
    return QKeyEvent(kind, key, modifier, char)


def scanner_types(target: QWidget, text: str, *, enter: bool = True) -> None:
    """Send ``text`` (and Enter) to ``target`` key by key, press and release."""
    for char in text + ("\r" if enter else ""):
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, key_event(kind, char))


@pytest.fixture
def station_event(db) -> StationEvent:
    return build_station_event(db)


@pytest.fixture
def open_window(app, qtbot, db, station_event):
    """Opens the station for the morning at point A, at 07:42 unless told another time."""
    def open_it(at: time = ON_TIME, session_id: str | None = None) -> StationWindow:
        station = CheckInStation(db, station_event.event_id, session_id or station_event.morning_id,
                                 station_event.point_a, clock=local_clock(at))
        window = StationWindow(db, station)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        return window
    return open_it


def panel_text(window: StationWindow) -> str:
    return " | ".join(label.text() for label in (window.name_label, window.unit_label, window.headline_label,
                                                 window.hint_label) if label.isVisible())


def full_name(window: StationWindow, member_id: str) -> str:
    return window.station.hit(member_id).full_name


@quiet_multimedia
def test_scan_typed_into_the_window_checks_the_member_in(open_window, db, station_event):
    window = open_window()
    member = station_event.at_a[0]
    assert window.panel_colour == "idle"
    assert window.name_label.text() == "Quét thẻ hoặc tìm theo tên"

    scanner_types(window, station_event.codes[member])

    row = recorded(db, member, station_event.morning_id)
    assert row is not None and row["status"] == "present" and row["source"] == "scan"
    assert window.panel_colour == "green"
    assert window.panel.palette().color(window.panel.backgroundRole()) == QColor("#2e7d32")
    assert window.name_label.text() == full_name(window, member)
    assert "Đã điểm danh" in window.headline_label.text()
    assert window.sounds.last_played == "green"
    expected = len(station_event.at_a)
    assert window.present_label.text().startswith(f"1 / {expected}")
    assert window._recent_model.rowCount() == 1
    assert window._recent_model.row_at(0).member_id == member
    assert window.capture.pending() == ""


@quiet_multimedia
def test_second_scan_of_the_same_card_is_amber_with_the_first_time(open_window, db, station_event):
    window = open_window()
    code = station_event.codes[station_event.at_a[1]]
    scanner_types(window, code)
    scanner_types(window, code.lower())  # Caps Lock off: the same card

    assert window.panel_colour == "amber"
    assert window.headline_label.text() == "Đã điểm danh lúc 07:42"
    assert window.sounds.last_played == "amber"
    assert window.present_label.text().startswith("1 / ")
    with sqlite3.connect(db.path) as conn:
        assert conn.execute("SELECT count(*) FROM attendances WHERE deleted_at IS NULL").fetchone()[0] == 1


@quiet_multimedia
def test_unknown_and_revoked_cards_are_red(open_window, db, station_event):
    lost_card_holder = station_event.at_a[2]
    old_code = station_event.codes[lost_card_holder]
    reissue_card(db, lost_card_holder)
    window = open_window()

    unknown = next(code for code in iter(new_code, None) if code not in station_event.codes.values())
    scanner_types(window, f"{unknown[:3]}-{unknown[3:6]}-{unknown[6:]}")  # printed grouping, dashes and all
    assert window.panel_colour == "red"
    assert window.headline_label.text() == "Mã thẻ không có trong dữ liệu"
    assert window.name_label.text() == "Không nhận ra thẻ"

    scanner_types(window, old_code)
    assert window.panel_colour == "red"
    assert window.name_label.text() == full_name(window, lost_card_holder)
    assert "thu hồi" in window.headline_label.text()
    assert window.sounds.last_played == "red"
    assert recorded(db, lost_card_holder, station_event.morning_id) is None


@quiet_multimedia
def test_member_not_invited_here_is_amber_and_f2_lets_them_in(open_window, qtbot, db, station_event):
    window = open_window()
    outsider = station_event.outsiders[0]
    scanner_types(window, station_event.codes[outsider])

    assert window.panel_colour == "amber"
    assert "Không có trong danh sách được mời" in window.headline_label.text()
    assert "F2" in window.hint_label.text()
    assert window.admit_button.isVisible()
    assert recorded(db, outsider, station_event.morning_id) is None

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F2)

    row = recorded(db, outsider, station_event.morning_id)
    assert row is not None and row["invited"] == 0 and row["source"] == "scan"
    assert window.panel_colour == "green"
    assert window.walk_in_label.text() == "Ngoài danh sách: 1"
    assert not window.admit_button.isVisible()


@quiet_multimedia
def test_member_of_another_point_is_named_and_can_be_let_in_with_the_button(open_window, db, station_event):
    window = open_window()
    guest = station_event.at_b[0]
    scanner_types(window, station_event.codes[guest])
    assert window.panel_colour == "amber"
    assert window.headline_label.text() == "Được mời ở điểm cầu khác: Điểm cầu xã Hiệp Mỹ Đông"
    window.admit_button.click()
    assert recorded(db, guest, station_event.morning_id)["status"] == "present"


@quiet_multimedia
def test_scan_while_a_message_box_is_open_is_recorded_and_leaves_the_box_alone(open_window, qtbot, db,
                                                                               station_event):
    window = open_window()
    member = station_event.at_a[3]
    code = station_event.codes[member]
    letter = next(char for char in code if char.isalpha())
    box = QMessageBox(QMessageBox.Icon.Question, "Kết thúc buổi", "Kết thúc buổi sáng nay?",
                      QMessageBox.StandardButton.NoButton, window)
    # Buttons whose mnemonics are letters of the code, and a default button Enter would press.
    yes = box.addButton(f"Đồng ý (&{letter})", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(f"Không (&{code[-1] if code[-1].isalpha() else 'K'})", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    box.open()
    qtbot.waitExposed(box)
    box.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
    target = QApplication.focusWidget()
    assert target is not None and box.isAncestorOf(target)

    scanner_types(target, code)
    qtbot.wait(300)  # a mnemonic click would be animated: give it the time to land

    assert recorded(db, member, station_event.morning_id)["status"] == "present"
    assert box.isVisible()
    assert box.clickedButton() is None
    assert window.panel_colour == "green"
    box.reject()


@quiet_multimedia
def test_scan_into_the_search_box_is_taken_back_out_of_it(open_window, db, station_event, type_text):
    window = open_window()
    window.search_edit.setFocus()
    type_text(window.search_edit, "Thạch ")
    member = station_event.at_a[4]
    scanner_types(window.search_edit, station_event.codes[member])

    assert recorded(db, member, station_event.morning_id) is not None
    assert window.search_edit.text() == "Thạch "
    assert window.panel_colour == "green"


@quiet_multimedia
def test_a_person_typing_a_name_is_never_taken_for_a_scan(app, qtbot):
    moments = itertools.count(0.0, 0.1)  # a fast typist
    capture = ScanCapture(clock=lambda: next(moments))
    capture.install()
    edit = QLineEdit()
    qtbot.addWidget(edit)
    try:
        with qtbot.assertNotEmitted(capture.scanned), qtbot.waitSignal(edit.returnPressed):
            scanner_types(edit, "Kim Thanh")  # vowels: never a code
        assert edit.text() == "Kim Thanh"
    finally:
        capture.remove()


@quiet_multimedia
def test_keys_a_second_apart_are_not_one_scan(app, qtbot):
    code = new_code()
    moments = itertools.count(0.0, 1.5)
    capture = ScanCapture(clock=lambda: next(moments))
    capture.install()
    button = QWidget()
    qtbot.addWidget(button)
    try:
        with qtbot.assertNotEmitted(capture.scanned):
            scanner_types(button, code)
    finally:
        capture.remove()


@quiet_multimedia
def test_tab_ends_a_scan_too(app, qtbot):
    code = new_code()
    capture = ScanCapture()
    capture.install()
    widget = QWidget()
    qtbot.addWidget(widget)
    try:
        with qtbot.waitSignal(capture.scanned) as signal:
            scanner_types(widget, code.lower(), enter=False)
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier, "\t"))
        assert signal.args == [code]
    finally:
        capture.remove()


@quiet_multimedia
def test_undo_takes_the_check_in_back(open_window, db, station_event, message_boxes):
    window = open_window()
    first, second = station_event.at_a[5], station_event.at_a[6]
    scanner_types(window, station_event.codes[first])
    scanner_types(window, station_event.codes[second])
    assert window._recent_model.row_at(1).member_id == first

    window.recent_view.selectRow(1)
    window.undo_selected_button.click()

    assert message_boxes.kinds() == ["confirm"]
    assert recorded(db, first, station_event.morning_id) is None
    assert recorded(db, second, station_event.morning_id) is not None
    assert [r.member_id for r in window._recent] == [second]
    assert window.present_label.text().startswith("1 / ")
    assert window.panel_colour == "neutral"
    assert window.headline_label.text() == "Đã hủy lượt điểm danh"

    scanner_types(window, station_event.codes[first])  # and the card works again
    assert window.panel_colour == "green"


@quiet_multimedia
def test_search_without_tones_finds_the_member_and_enter_marks_them(open_window, qtbot, db, station_event):
    window = open_window()
    station = window.station
    member = next(m for m in station_event.at_a
                  if len(station.search(vntext.fold(station.hit(m).full_name))) == 1)
    name = station.hit(member).full_name
    folded = vntext.fold(name)
    assert folded != name.lower()  # the name has tones, the search has none

    window.search_edit.setFocus()
    qtbot.keyClicks(window.search_edit, folded)
    qtbot.waitUntil(lambda: window.hits_model.rowCount() == 1)
    assert window.hits_model.row_at(0).full_name == name
    assert window.hits_model.row_at(0).state_label == "Chưa đến"
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)

    row = recorded(db, member, station_event.morning_id)
    assert row is not None and row["source"] == "search"
    assert window.panel_colour == "green" and window.name_label.text() == name
    assert window.hits_model.row_at(0).state_label == "Có mặt 07:42"

    window.search_edit.setText('"')  # punctuation alone: nobody, and no error
    window.run_search()
    assert window.hits_model.rowCount() == 0
    assert window.results_caption.text() == "Không tìm thấy ai có tên này."


@quiet_multimedia
def test_excused_absence_asks_the_reason(open_window, monkeypatch, db, station_event):
    monkeypatch.setattr(dialogs, "ask_text", lambda *_args, **_kwargs: "Ốm, có giấy của trạm y tế")
    window = open_window()
    hit = window.hits_model.row_at(0)  # the search box is empty: the expected list
    window.results_view.selectRow(0)
    window.excuse_button.click()

    row = recorded(db, hit.member_id, station_event.morning_id)
    assert row["status"] == "excused" and row["excuse_reason"] == "Ốm, có giấy của trạm y tế"
    assert window.excused_label.text() == "Vắng có phép: 1"
    assert window.present_label.text().startswith(f"0 / {len(station_event.at_a) - 1}")
    assert window.hits_model.row_at(0).state_label == "Vắng có phép"


@quiet_multimedia
def test_closing_the_session_counts_the_absent_and_still_takes_late_scans(open_window, db, station_event,
                                                                          message_boxes):
    window = open_window(at=time(8, 5))
    for member in station_event.at_a[:3]:
        scanner_types(window, station_event.codes[member])
    assert window.late_label.text() == "Đến muộn: 3"
    assert "đến muộn 35 phút" in window.headline_label.text()

    window.close_session_button.click()

    absent = len(station_event.at_a) - 3
    assert message_boxes.kinds() == ["confirm", "inform"]
    assert f"{absent} người vắng" in message_boxes.shown[-1][2]
    assert window.closed_banner.isVisible()
    assert not window.close_session_button.isEnabled()
    with sqlite3.connect(db.path) as conn:
        assert conn.execute("SELECT count(*) FROM attendance_closures WHERE deleted_at IS NULL").fetchone()[0] == 1

    late = station_event.at_a[3]
    scanner_types(window, station_event.codes[late])
    assert recorded(db, late, station_event.morning_id)["late_minutes"] == 35
    assert window.waiting_label.text() == f"Vắng: {absent - 1}"


@quiet_multimedia
def test_grace_minutes_apply_at_once_and_are_saved(open_window, qtbot, db, station_event):
    window = open_window(at=time(8, 5))
    window.grace_spin.setValue(40)
    assert window.station.grace == timedelta(minutes=40)
    scanner_types(window, station_event.codes[station_event.at_a[0]])
    assert window.headline_label.text() == "Đã điểm danh"  # 35 minutes after the start: within 40
    qtbot.waitUntil(lambda: get_setting(db, LATE_GRACE_MINUTES) == 40, timeout=3000)


@quiet_multimedia
def test_per_unit_counts_put_the_furthest_behind_first(open_window, station_event):
    window = open_window()
    first_unit = window.units_model.row_at(0).unit_name
    for member in station_event.at_a:
        if window.station.hit(member).unit_name == first_unit:
            scanner_types(window, station_event.codes[member])
    assert window.units_model.row_at(window.units_model.rowCount() - 1).unit_name == first_unit


@quiet_multimedia
def test_camera_button_says_when_there_is_no_camera(open_window):
    window = open_window()
    reason = camera_unavailable_reason()
    assert window.camera_button.isEnabled() == (not reason)
    if reason:
        assert window.camera_button.toolTip() == "Không tìm thấy camera"


def qr_image(text: str, module: int = 6) -> QImage:
    matrix = qr_matrix(text)
    side = (len(matrix) + 8) * module
    image = QImage(side + 37, side + 11, QImage.Format.Format_RGB32)  # odd sizes: rows padded in memory
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect((x + 4) * module, (y + 4) * module, module, module, QColor("black"))
    painter.end()
    return image


@quiet_multimedia
def test_camera_frames_are_decoded_and_a_card_held_up_counts_once(open_window, db, station_event):
    code = station_event.codes[station_event.at_a[7]]
    assert decode_codes(qr_image(code)) == [code]

    window = open_window()
    now = [100.0]
    reader = CameraReader(window, clock=lambda: now[0])
    reader.code_read.connect(lambda text: window.handle_scan(text, "camera"))
    frame = qr_image(code)
    assert reader.read_image(frame) == [code]
    now[0] += 1.0
    assert reader.read_image(frame) == []  # the same card still in front of the lens
    assert recorded(db, station_event.at_a[7], station_event.morning_id)["source"] == "camera"
    now[0] += 5.0
    assert reader.read_image(frame) == [code]  # shown again later
    assert window.panel_colour == "amber"


@quiet_multimedia
def test_station_chooser_offers_only_the_points_of_the_session(app, qtbot, db, station_event):
    plan = events.load_event_plan(db, station_event.event_id)
    dialog = ChooseStationDialog(plan, invited_by_point={station_event.point_a: len(station_event.at_a)},
                                 now=lambda: datetime.combine(date.today(), time(6, 0)))
    qtbot.addWidget(dialog)
    assert dialog.session_id() == station_event.morning_id
    points = [dialog.point_combo.itemData(i) for i in range(dialog.point_combo.count())]
    assert points == [station_event.point_a, station_event.point_b]
    assert dialog.point_combo.itemText(0) == f"Điểm cầu xã Mỹ Long Bắc ({len(station_event.at_a)} người được mời)"

    dialog.session_combo.setCurrentIndex(1)
    assert dialog.session_id() == station_event.afternoon_id
    assert [dialog.point_combo.itemData(i) for i in range(dialog.point_combo.count())] == [station_event.point_a]

    later = ChooseStationDialog(plan, now=lambda: datetime.combine(date.today(), time(12, 0)))
    qtbot.addWidget(later)
    assert later.session_id() == station_event.afternoon_id


@quiet_multimedia
def test_escape_clears_the_search_then_asks_before_leaving(open_window, qtbot, message_boxes, station_event):
    window = open_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.search_edit.setFocus()
    qtbot.keyClicks(window.search_edit, "lan")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    assert window.search_edit.text() == ""
    assert message_boxes.shown == []

    message_boxes.confirm_answer = False
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    assert message_boxes.kinds() == ["confirm"]
    assert window.isVisible() and window.capture.active

    message_boxes.confirm_answer = True
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert not window.capture.active
    with pytest.raises(sqlite3.ProgrammingError):  # the station's connection is closed with the window
        window.station._db_conn.conn.execute("SELECT 1")


@quiet_multimedia
def test_open_station_asks_for_the_session_and_opens_full_screen(app, qtbot, monkeypatch, db, station_event):
    from desktop.ui.attendance import open_station as opening

    chosen = []

    def accept(dialog):
        chosen.append((dialog.session_id(), dialog.point_id()))
        return int(opening.QDialog.DialogCode.Accepted)

    monkeypatch.setattr(opening.ChooseStationDialog, "exec", accept)
    window = opening.open_station(None, db, station_event.event_id)
    try:
        assert window is not None and window.isFullScreen()
        assert (window.station.session_id, window.station.point_id) == chosen[0]
        assert window.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    finally:
        window.close_now()

    monkeypatch.setattr(opening.ChooseStationDialog, "exec", lambda _dialog: 0)
    assert opening.open_station(None, db, station_event.event_id) is None

    # Both given (a screen that has its own choosers): no question asked.
    window = opening.open_station(None, db, station_event.event_id, session_id=station_event.afternoon_id,
                                  point_id=station_event.point_a)
    try:
        assert window.station.session_id == station_event.afternoon_id
    finally:
        window.close_now()


@quiet_multimedia
def test_open_station_for_a_missing_event_or_a_point_not_in_the_session_says_so(app, message_boxes, db,
                                                                              station_event):
    from desktop.ui.attendance.open_station import open_station

    assert open_station(None, db, "no-such-event") is None
    assert open_station(None, db, station_event.event_id, session_id=station_event.afternoon_id,
                        point_id=station_event.point_b) is None
    assert message_boxes.kinds() == ["warn", "warn"]
    assert "không tham gia buổi" in message_boxes.shown[1][2]
