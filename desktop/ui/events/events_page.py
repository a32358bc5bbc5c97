"""The "Hội nghị" screen: the list of events, and the event page in its place.

The list comes from :func:`desktop.core.events.list_events` (search ignores tones).
Opening an event replaces the list with the :class:`EventEditor`; Esc or Alt+← goes
back, asking first when the event has unsaved changes (also when the main window is
closed with such changes).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import events, units
from desktop.core.errors import ValidationErrors
from desktop.core.events import EventPlan, EventSummary
from desktop.db.engine import Database
from desktop.i18n import tr, trn
from desktop.ui import dialogs
from desktop.ui.events.event_dialogs import CopyEventDialog, NewEventDialog
from desktop.ui.events.plan_table import current_row, plan_table, row_shortcuts, select_row
from desktop.ui.roster.roster_page import SEARCH_DELAY_MS
from desktop.ui.table_models import CENTER, RIGHT, Column, ListTableModel
from desktop.ui.worker import DatabaseWorker

if TYPE_CHECKING:
    from desktop.ui.events.event_editor import EventEditor

def event_columns() -> list[Column[EventSummary]]:
    """The columns of the list, headed in the program's language."""
    return [
        Column("title", tr("Tên hội nghị"), lambda e: e.title, width=380),
        Column("kind", tr("Loại"), lambda e: e.kind_label, width=190),
        Column("dates", tr("Thời gian", "dates"), lambda e: e.dates_label or tr("Chưa có buổi"), alignment=CENTER,
               width=170),
        Column("organiser", tr("Đơn vị tổ chức"), lambda e: e.organiser_name, width=170),
        Column("sessions", tr("Số buổi"), lambda e: e.session_count, alignment=RIGHT, width=64),
        Column("points", tr("Điểm cầu"), lambda e: e.bridge_point_count, alignment=RIGHT, width=70),
        Column("invited", tr("Được mời"), lambda e: e.invited_count, alignment=RIGHT, width=74),
    ]


class EventsPage(QWidget):
    def __init__(self, db: Database, worker: DatabaseWorker, *, clock: Callable[[], datetime] = datetime.now,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self.tree = units.load_tree(db)
        self._generation = 0
        self._select_after_refresh: str | None = None
        self._watched_window: QWidget | None = None
        self._clock = clock
        self._editor: EventEditor | None = None

        self.list_page = self._build_list_page()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.refresh()

    def _build_list_page(self) -> QWidget:
        title = QLabel("<h2>{title}</h2>".format(title=tr("Hội nghị", "screen")))
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("event_search")
        self.search_edit.setPlaceholderText(tr("Tìm theo tên hội nghị (gõ không dấu cũng được)"))
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.count_label = QLabel()
        self.count_label.setObjectName("event_count")

        self.add_button = QPushButton(tr("&Thêm…"))
        self.add_button.setToolTip(tr("Thêm hội nghị (Ctrl+N)"))
        self.open_button = QPushButton(tr("&Mở"))
        self.open_button.setToolTip(tr("Mở hội nghị đang chọn (Enter)"))
        self.copy_button = QPushButton(tr("&Sao chép làm mẫu…"))
        self.copy_button.setToolTip(tr("Tạo hội nghị mới theo hội nghị đang chọn, dời ngày theo ngày đầu tiên mới"))
        self.delete_button = QPushButton(tr("&Xóa"))
        self.delete_button.setToolTip(tr("Xóa hội nghị đang chọn (phím Delete)"))
        self.add_button.clicked.connect(self.add_event)
        self.open_button.clicked.connect(self.open_selected)
        self.copy_button.clicked.connect(self.copy_selected)
        self.delete_button.clicked.connect(self.delete_selected)

        self.columns = event_columns()
        self.model = ListTableModel(self.columns, parent=self,
                                    tooltip=lambda e: tr("{kind}\nVăn bản: {code}").format(
                                        kind=e.kind_label, code=e.directive_code)
                                    if e.directive_code else e.kind_label)
        self.table = plan_table(self.model, self.columns, name="events_table", stretch="title")
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        row_shortcuts(self.table, insert=self.add_event, delete=self.delete_selected, activate=self.open_selected)

        self.empty_state = QWidget()
        self.empty_state.setObjectName("events_empty")
        empty_title = QLabel(tr("Chưa có hội nghị nào."))
        empty_title.setStyleSheet("font-size: 14pt;")
        hint = QLabel(tr("Thêm một hội nghị học tập, giao ban, đối thoại…: chương trình các buổi, điểm cầu, thành "
                         "phần được mời, tài liệu và các hạn phải làm."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        empty_add = QPushButton(tr("Thêm hội nghị…"))
        empty_add.clicked.connect(self.add_event)
        empty_layout = QVBoxLayout(self.empty_state)
        empty_layout.addStretch(1)
        for widget in (empty_title, hint):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty_layout.addWidget(widget)
        empty_layout.addWidget(empty_add, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(2)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_state)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.copy_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.list_stack, 1)
        QShortcut(QKeySequence.StandardKey.New, page, activated=self.add_event,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Find, page, activated=self.search_edit.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return page

    @property
    def editor(self) -> "EventEditor":
        """The event page, built when the first event is opened: it is most of this
        screen's widgets, and the program starts faster without it."""
        if self._editor is None:
            from desktop.ui.events.event_editor import EventEditor

            self._editor = EventEditor(self._db, self._worker, self.tree, clock=self._clock)
            self._editor.back_requested.connect(self.back)
            self._editor.saved.connect(lambda event_id: self.refresh(select=event_id))
            self.stack.addWidget(self._editor)
        return self._editor

    def _has_changes(self) -> bool:
        return self._editor is not None and self._editor.dirty

    # ------------------------------------------------------------------ the list

    def refresh(self, select: str | None = None) -> None:
        """Read the list again (in the worker), then select ``select`` if given."""
        self._search_timer.stop()
        if select is not None:
            self._select_after_refresh = select
        self._generation += 1
        generation = self._generation
        db, search = self._db, self.search_edit.text()
        self._worker.run(lambda _state: events.list_events(db, search),
                         on_success=lambda rows: self._show(generation, rows), parent=self,
                         label=tr("Đang đọc danh sách hội nghị…"), show_progress=False)

    def _show(self, generation: int, rows: list[EventSummary]) -> None:
        if generation != self._generation:
            return
        keep = self._select_after_refresh or (self.selected().id if self.selected() else None)
        self._select_after_refresh = None
        self.model.set_rows(rows)
        searching = bool(self.search_edit.text().strip())
        self.list_stack.setCurrentWidget(self.empty_state if not rows and not searching else self.table)
        if searching and not rows:
            self.count_label.setText(tr("Không tìm thấy «{text}»").format(text=self.search_edit.text().strip()))
        else:
            self.count_label.setText(trn("%n hội nghị", len(rows)))
        position = next((i for i, e in enumerate(rows) if e.id == keep), 0)
        select_row(self.table, position)
        self._update_buttons()

    def selected(self) -> EventSummary | None:
        row = current_row(self.table)
        return self.model.row_at(row) if 0 <= row < self.model.rowCount() else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.open_button, self.copy_button, self.delete_button):
            button.setEnabled(chosen)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._watch_window()
        tree = units.load_tree(self._db)
        if tree != self.tree:  # units were changed on their screen meanwhile
            self.tree = tree
            if self._editor is not None:
                self._editor.set_tree(tree)
        if self.stack.currentWidget() is self.list_page:
            self.refresh()
        elif not self.editor.dirty and self.editor.in_database:
            # Deadlines may have been marked done on the overview: show the event as it is now.
            self._load(self.editor.plan.id, keep_tab=True)

    # ------------------------------------------------------------------ opening and leaving

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.open_event(chosen.id)

    def open_event(self, event_id: str, tab: str | None = None) -> None:
        """Show the event page of ``event_id`` (asking about unsaved changes to another one
        first), on the tab ``tab`` names ("attendance", "quiz", "essays", "report") if any."""
        if self._editor is not None and self.stack.currentWidget() is self._editor and self._editor.plan.id == event_id:
            if tab:
                self._editor.show_tab(tab)
            return
        self.confirm_leave(lambda: self._load(event_id, tab=tab))

    def _load(self, event_id: str, keep_tab: bool = False, tab: str | None = None) -> None:
        db = self._db

        def show(plan: EventPlan) -> None:
            self._show_editor(plan, keep_tab)
            if tab:
                self.editor.show_tab(tab)

        self._worker.run(lambda _state: events.load_event_plan(db, event_id), on_success=show, parent=self,
                         label=tr("Đang mở hội nghị…"))

    def _show_editor(self, plan: EventPlan, keep_tab: bool = False, *, in_database: bool = True,
                     dirty: bool = False) -> None:
        tab = self.editor.tabs.currentIndex()
        self.editor.open_plan(plan, in_database=in_database, dirty=dirty)
        if keep_tab:
            self.editor.tabs.setCurrentIndex(tab)
        self.stack.setCurrentWidget(self.editor)
        if plan.title:
            self.editor.tabs.currentWidget().setFocus()

    def add_event(self) -> None:
        dialog = NewEventDialog(self)
        if dialog.exec():
            self.new_event(dialog.kind())

    def new_event(self, kind: str) -> None:
        """A new, empty event of ``kind`` organised by this office, on its page (not saved yet)."""
        self.confirm_leave(lambda: self._show_editor(EventPlan("", kind, self.tree.home_id), in_database=False))

    def back(self) -> None:
        self.confirm_leave(self._show_list)

    def _show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        self.refresh()
        self.table.setFocus()

    def confirm_leave(self, then: Callable[[], None]) -> None:
        """Run ``then`` once the open event may be left: unchanged, saved, or its changes dropped."""
        # The test settings are saved on their own button, apart from the plan.
        if self._editor is not None and self._editor.quiz_tab.dirty and not dialogs.confirm(
                self, tr("Cài đặt bài kiểm tra chưa lưu"),
                tr("Cài đặt bài kiểm tra nhận thức chưa được lưu. Bỏ các thay đổi đó?"),
                confirm_text=tr("Bỏ thay đổi")):
            return
        if not self._has_changes():
            then()
            return
        name = self.editor.plan.title.strip() or tr("hội nghị mới")
        answer = dialogs.ask_save_changes(self, tr("Thay đổi chưa lưu"),
                                          tr("Lưu các thay đổi của «{name}»?").format(name=name))
        if answer == "save":
            self.editor.save(on_saved=then)
        elif answer == "discard":
            self.editor.discard_changes()
            then()

    # ------------------------------------------------------------------ copying and deleting

    def copy_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = CopyEventDialog(chosen.title, chosen.first_day, self)
        if dialog.exec():
            self.copy_event(chosen.id, dialog.result_title, dialog.result_first_day)

    def copy_event(self, event_id: str, title: str, first_day: date | None) -> None:
        """Save a copy of ``event_id`` made by the core, and open it. When the copy cannot be
        saved as it is (a rule that now matches nobody…) it opens unsaved, with the problems."""
        db = self._db

        def job(_state):
            copy = events.copy_event_plan(events.load_event_plan(db, event_id), first_day=first_day, title=title)
            try:
                return events.load_event_plan(db, events.save_event_plan(db, copy)), None
            except ValidationErrors as exc:
                return copy, exc

        self.confirm_leave(lambda: self._worker.run(job, on_success=lambda result: self._copied(*result),
                                                    parent=self, label=tr("Đang sao chép hội nghị…")))

    def _copied(self, plan: EventPlan, problems: ValidationErrors | None) -> None:
        if problems is None:
            self.refresh(select=plan.id)
            self._show_editor(plan)
        else:
            self._show_editor(plan, in_database=False, dirty=True)
            self.editor.show_problems(problems.errors)

    def delete_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if not dialogs.confirm(self, tr("Xóa hội nghị"), tr("Xóa hội nghị «{title}»?").format(title=chosen.title),
                               confirm_text=tr("Xóa"), cancel_text=tr("Không xóa"),
                               informative=tr("Các buổi, điểm cầu, danh sách mời, tài liệu và các hạn của hội nghị "
                                              "cũng bị xóa. DoanDesk vẫn ghi nhận việc xóa để báo cho đơn vị cấp "
                                              "trên.")):
            return
        db, event_id = self._db, chosen.id
        self._worker.run(lambda _state: events.delete_event(db, event_id), on_success=lambda _r: self.refresh(),
                         parent=self, label=tr("Đang xóa hội nghị…"))

    # ------------------------------------------------------------------ closing the window

    def _watch_window(self) -> None:
        window = self.window()
        if window is not self and window is not self._watched_window:
            window.installEventFilter(self)
            self._watched_window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Close and watched is self._watched_window and self._has_changes():
            name = self.editor.plan.title.strip() or tr("hội nghị mới")
            answer = dialogs.ask_save_changes(self, tr("Thay đổi chưa lưu"),
                                              tr("Lưu các thay đổi của «{name}» trước khi đóng DoanDesk?").format(
                                                  name=name))
            if answer == "discard":
                self.editor.discard_changes()
                return False
            event.ignore()
            if answer == "save":
                self.editor.save(on_saved=watched.close)
            return True
        return super().eventFilter(watched, event)
