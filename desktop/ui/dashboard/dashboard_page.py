"""The "Tổng quan" screen, the first one: where the office stands.

From the top: the counts; the current study conference (see
:func:`desktop.core.overview.office_overview`) in three cards — participation, the
awareness test, essays — each with its figure, a bar, the units furthest behind and a
link to the event; what happens in the next two weeks (sessions, and connection tests
with an overdue one in red); and every open deadline of every event, late ones first
and in red, soon ones in amber, with a way to mark one done and to open its event.

The deadlines are :func:`desktop.core.deadlines.list_deadlines` (open ones only), which
lists the earliest first, so what is late is always at the top. The screen reads it all
again whenever it is shown, and every few minutes while it stays on screen, so "Quá
hạn n ngày" stays true on a PC left running all day.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import deadlines, members, overview
from desktop.core.deadlines import Deadline
from desktop.core.overview import CurrentEvent, Overview
from desktop.db.engine import Database
from desktop.i18n import N_, number_text, percent_text, tr
from desktop.ui.dashboard.overview_widgets import FigureCard, UpcomingModel, upcoming_rows
from desktop.ui.events.deadline_model import STATE_COLOURS, DeadlineModel, deadline_columns
from desktop.ui.events.plan_table import current_row, plan_table, row_shortcuts, select_row
from desktop.ui.worker import DatabaseWorker

REFRESH_MS = 5 * 60 * 1000
EMPTY_TEXT = N_("Không có việc nào sắp đến hạn.")
NO_EVENT_TEXT = N_("Chưa có hội nghị nào. Tạo hội nghị ở màn hình Hội nghị.")
NO_CURRENT_TEXT = N_("Không có hội nghị học tập nào đang diễn ra, mới kết thúc (trong 60 ngày) hay sắp tới: "
                      "các con số tham dự, kiểm tra và bài thu hoạch sẽ hiện ở đây.")
NO_UPCOMING_TEXT = N_("Không có buổi nào hay kiểm tra kết nối nào trong 14 ngày tới.")
NO_TEST_TEXT = N_("Hội nghị chưa có bài kiểm tra nhận thức. Chọn ngân hàng câu hỏi ở thẻ «Kiểm tra nhận thức» "
                   "trên trang của hội nghị.")
NO_ESSAYS_TEXT = N_("Hội nghị không yêu cầu nộp bài thu hoạch. Nếu cần, đặt yêu cầu trên trang của hội nghị.")
NOT_BEGUN_TEXT = N_("Hội nghị chưa bắt đầu.")
ALL_DONE_TEXT = N_("Mọi đơn vị đã đủ.")


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet("font-size: 12pt; color: #555;")
    return label


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: bold; font-size: 11pt;")
    return label


class DashboardPage(QWidget):
    event_requested = Signal(str)  # the officer wants to open this event's page
    event_list_requested = Signal(str, str)  # …on one of its lists: "attendance", "quiz", "essays"

    def __init__(self, db: Database, worker: DatabaseWorker, *, clock: Callable[[], datetime] = datetime.now,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self._clock = clock
        self._generation = 0
        self.overview: Overview | None = None

        title = QLabel("<h2>" + tr("Tổng quan") + "</h2>")
        self.members_label = QLabel()
        self.members_label.setObjectName("members_total")
        self.events_label = QLabel()
        self.events_label.setObjectName("events_total")
        self.late_label = QLabel()
        self.late_label.setObjectName("late_total")
        self.soon_label = QLabel()
        self.soon_label.setObjectName("soon_total")
        counts = QHBoxLayout()
        counts.addWidget(title)
        counts.addSpacing(16)
        for label in (self.members_label, self.events_label, self.late_label, self.soon_label):
            label.setStyleSheet("font-size: 11pt; padding: 5px 14px; border: 1px solid #d0d0d0; "
                                "border-radius: 4px; background: #fafafa;")
            counts.addWidget(label)
        counts.addStretch(1)

        self.current_label = QLabel()
        self.current_label.setObjectName("current_event")
        self.current_label.setWordWrap(True)
        self.current_label.setStyleSheet("font-size: 11pt;")
        self.attendance_card = FigureCard("attendance_card", tr("Tham dự"), tr("Điểm danh"))
        self.test_card = FigureCard("test_card", tr("Kiểm tra nhận thức"), tr("Kết quả kiểm tra"))
        self.essay_card = FigureCard("essay_card", tr("Bài thu hoạch"), tr("Danh sách bài"))
        cards = QWidget()
        cards_layout = QHBoxLayout(cards)
        cards_layout.setContentsMargins(0, 0, 0, 0)
        cards_layout.setSpacing(10)
        for card, tab in ((self.attendance_card, "attendance"), (self.test_card, "quiz"),
                          (self.essay_card, "essays")):
            card.open_requested.connect(lambda tab=tab: self.open_current(tab))
            cards_layout.addWidget(card, 1)
        self.current_empty = _muted(tr(NO_EVENT_TEXT))
        self.current_empty.setObjectName("current_empty")
        self.current_empty.setStyleSheet("QLabel#current_empty { font-size: 12pt; color: #555; "
                                         "border: 1px dashed #c8c8c8; border-radius: 6px; padding: 24px; }")
        self.current_stack = QStackedWidget()
        self.current_stack.addWidget(cards)
        self.current_stack.addWidget(self.current_empty)
        self.cards = cards

        self.upcoming_model = UpcomingModel(self)
        self.upcoming_table = plan_table(self.upcoming_model, self.upcoming_model.columns, name="upcoming_table",
                                         stretch="event")
        self.upcoming_table.doubleClicked.connect(lambda _index: self.open_upcoming())
        row_shortcuts(self.upcoming_table, activate=self.open_upcoming)
        self.upcoming_empty = _muted(tr(NO_UPCOMING_TEXT))
        self.upcoming_empty.setObjectName("upcoming_empty")
        self.upcoming_stack = QStackedWidget()
        self.upcoming_stack.addWidget(self.upcoming_table)
        self.upcoming_stack.addWidget(self.upcoming_empty)
        upcoming = QWidget()
        upcoming_layout = QVBoxLayout(upcoming)
        upcoming_layout.setContentsMargins(0, 0, 0, 0)
        upcoming_layout.setSpacing(4)
        upcoming_layout.addWidget(_heading(tr("Sắp diễn ra (14 ngày tới): các buổi và kiểm tra kết nối")))
        upcoming_layout.addWidget(self.upcoming_stack, 1)

        self.columns = deadline_columns(with_event=True)
        self.model = DeadlineModel(self.columns, clock, self)
        self.table = plan_table(self.model, self.columns, name="deadlines_table", stretch="event")
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        row_shortcuts(self.table, activate=self.open_selected)
        self.done_button = QPushButton(tr("Đánh dấu đã &xong"))
        self.done_button.setToolTip(tr("Việc đang chọn đã làm xong; kiểm tra kết nối: đã đạt"))
        self.done_button.clicked.connect(self.mark_done)
        self.open_button = QPushButton(tr("&Mở hội nghị"))
        self.open_button.setToolTip(tr("Mở trang của hội nghị có việc này (Enter, nhấp đúp)"))
        self.open_button.clicked.connect(self.open_selected)

        self.empty_label = _muted(tr(EMPTY_TEXT))
        self.empty_label.setObjectName("dashboard_empty")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        self.legend = QLabel(tr("<span style='color:{late}'><b>Quá hạn</b></span> ở trên cùng, "
                                "<span style='color:{soon}'><b>sắp đến hạn</b></span> (trong 3 ngày) tô vàng.")
                             .format(late=STATE_COLOURS["late"].name(), soon=STATE_COLOURS["soon"].name()))
        self.legend.setStyleSheet("color: #555;")
        deadline_top = QHBoxLayout()
        deadline_top.addWidget(_heading(tr("Việc cần làm của các hội nghị")))
        deadline_top.addSpacing(12)
        deadline_top.addWidget(self.legend)
        deadline_top.addStretch(1)
        deadline_top.addWidget(self.done_button)
        deadline_top.addWidget(self.open_button)
        duties = QWidget()
        duties_layout = QVBoxLayout(duties)
        duties_layout.setContentsMargins(0, 0, 0, 0)
        duties_layout.setSpacing(4)
        duties_layout.addLayout(deadline_top)
        duties_layout.addWidget(self.stack, 1)

        # The officer can give more room to either list; neither can be hidden.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upcoming)
        self.splitter.addWidget(duties)
        self.splitter.setSizes([180, 260])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(counts)
        layout.addWidget(self.current_label)
        layout.addWidget(self.current_stack)
        layout.addSpacing(4)
        layout.addWidget(self.splitter, 1)

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
        """Read the overview, the deadlines and the counts again (in the worker)."""
        self._generation += 1
        generation = self._generation
        db, now = self._db, self._clock()

        def job(_state):
            return (deadlines.list_deadlines(db, include_done=False), members.count_members(db),
                    overview.office_overview(db, now.date(), now), now)

        self._worker.run(job, on_success=lambda result: self._show(generation, *result), parent=self,
                         label=tr("Đang đọc tổng quan…"), show_progress=False)

    def _show(self, generation: int, rows: list[Deadline], member_count: int, office: Overview,
              now: datetime) -> None:
        if generation != self._generation:
            return
        self.overview = office
        keep = self.selected()
        self.model.set_rows(rows)
        states = [self.model.state_of(row) for row in range(len(rows))]
        late, soon = states.count("late"), states.count("soon")
        self.members_label.setText(tr("Đoàn viên: <b>{count}</b>").format(count=number_text(member_count)))
        self.events_label.setText(tr("Hội nghị: <b>{count}</b>").format(count=number_text(office.event_count)))
        colour = STATE_COLOURS["late"].name() if late else "#333"
        text = tr("Quá hạn: <b>{count}</b>").format(count=late)
        self.late_label.setText(f"<span style='color:{colour}'>{text}</span>")
        colour = STATE_COLOURS["soon"].name() if soon else "#333"
        text = tr("Sắp đến hạn: <b>{count}</b>").format(count=soon)
        self.soon_label.setText(f"<span style='color:{colour}'>{text}</span>")
        self.stack.setCurrentWidget(self.table if rows else self.empty_label)
        # Nothing is selected until the officer picks a row: a highlighted first row would
        # hide the red of the most urgent duty.
        position = next((i for i, d in enumerate(rows) if keep and (d.source, d.record_id) ==
                         (keep.source, keep.record_id)), -1)
        select_row(self.table, position)
        for widget in (self.legend, self.done_button, self.open_button):
            widget.setVisible(bool(rows))
        self._update_buttons()

        upcoming = upcoming_rows(office.sessions, office.checks, now)
        self.upcoming_model.set_rows(upcoming)
        self.upcoming_stack.setCurrentWidget(self.upcoming_table if upcoming else self.upcoming_empty)
        self._show_current(office)

    def _show_current(self, office: Overview) -> None:
        current = office.current
        if current is None:
            self.current_label.setText("<b>" + tr("Hội nghị học tập") + "</b>")
            self.current_empty.setText(tr(NO_CURRENT_TEXT if office.event_count else NO_EVENT_TEXT))
            self.current_stack.setCurrentWidget(self.current_empty)
            return
        self.current_label.setText(f"<b>{escape(current.title)}</b> <span style='color:#555'>· "
                                   f"{current.dates_label} · {current.state_label}</span>")
        self.current_label.setToolTip(tr("Hội nghị học tập có các buổi gần hôm nay nhất (đang diễn ra, mới kết "
                                         "thúc trong 60 ngày, hoặc sắp tới)"))
        self.current_stack.setCurrentWidget(self.cards)
        self._show_participation(current)
        self._show_test(current)
        self._show_essays(current)

    def _show_participation(self, current: CurrentEvent) -> None:
        p = current.participation
        detail = tr("Có mặt ít nhất một buổi / được mời<br>Vắng có phép: <b>{excused}</b>").format(excused=p.excused)
        self.attendance_card.show_figures(p.attended, p.invited, p.rate, detail, p.units_behind,
                                          lambda u: f"{u.done}/{u.whole} · {percent_text(u.rate)}",
                                          tr(ALL_DONE_TEXT if p.begun else NOT_BEGUN_TEXT))

    def _show_test(self, current: CurrentEvent) -> None:
        t = current.test
        if t is None:
            self.test_card.show_missing(tr(NO_TEST_TEXT), tr("Mở hội nghị"))
            return
        if t.target_percent is not None:
            heading = tr("Đã kiểm tra / phải kiểm tra · chỉ tiêu <b>{target}%</b>").format(target=t.target_percent)
        else:
            heading = tr("Đã kiểm tra / phải kiểm tra")
        detail = heading + "<br>" + tr("Đạt: <b>{passed}</b> ({rate})").format(passed=t.passed,
                                                                             rate=percent_text(t.pass_rate))
        self.test_card.show_figures(t.tested, t.to_test, t.tested_rate, detail, t.units_behind,
                                    lambda u: tr("{done}/{whole} · {rate} · đạt {passed}").format(
                                        done=u.done, whole=u.whole, rate=percent_text(u.rate), passed=u.passed),
                                    tr(ALL_DONE_TEXT))

    def _show_essays(self, current: CurrentEvent) -> None:
        e = current.essays
        if e is None:
            self.essay_card.show_missing(tr(NO_ESSAYS_TEXT), tr("Mở hội nghị"))
            return
        if e.deadline:
            heading = tr("Đã nộp / phải nộp · hạn {deadline:%H:%M %d/%m/%Y}").format(deadline=e.deadline)
        else:
            heading = tr("Đã nộp / phải nộp")
        detail = heading + "<br>" + tr("Nộp muộn: <b>{late}</b> · chưa nộp: <b>{missing}</b> · "
                                       "đã chấm: <b>{graded}</b>/{received}").format(
            late=e.late, missing=e.missing, graded=e.graded, received=e.received)
        self.essay_card.show_figures(e.handed_in, e.required, e.rate, detail, e.units_behind,
                                     lambda u: f"{u.done}/{u.whole} · {percent_text(u.rate)}", tr(ALL_DONE_TEXT))

    def open_current(self, tab: str) -> None:
        """The current conference's page on the card's list (from a card's link)."""
        if self.overview is not None and self.overview.current is not None:
            self.event_list_requested.emit(self.overview.current.event_id, tab)

    def open_upcoming(self) -> None:
        row = current_row(self.upcoming_table)
        if 0 <= row < self.upcoming_model.rowCount():
            self.event_requested.emit(self.upcoming_model.row_at(row).event_id)

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
                         parent=self, label=tr("Đang ghi…"))

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.event_requested.emit(chosen.event_id)
