"""The event page: one event's plan in tabs, edited in memory and saved whole.

Every tab edits the same :class:`~desktop.core.events.EventPlan`; "Lưu" (Ctrl+S) hands a
copy to :func:`desktop.core.events.save_event_plan` in the worker, which checks the
whole plan and writes it in one transaction. When the core refuses, every problem is
listed above the tabs, the rows concerned turn red, and the page goes to the first
one: its tab, its row, the field, with the message under the field. Each line of the
list leads to its own place when activated.

Until it is saved the title carries a "*"; leaving asks whether to save.
"""

from __future__ import annotations

import copy
from datetime import datetime
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import cards, event_reports, events
from desktop.core.errors import ValidationError, ValidationErrors
from desktop.core.events import EVENT_KINDS, EventPlan
from desktop.core.units import UnitTree
from desktop.core.vntext import format_date
from desktop.db.engine import Database
from desktop.i18n import N_, tr, trn
from desktop.ui import dialogs, errors
from desktop.ui.events.attendance_tab import AttendanceTab, ask_session_and_point
from desktop.ui.events.general_tab import GeneralTab
from desktop.ui.events.materials_tab import MaterialsTab
from desktop.ui.events.participants_tab import ParticipantsTab
from desktop.ui.events.points_tab import PointsTab
from desktop.ui.events.questions_tab import QuestionsTab
from desktop.ui.events.sessions_tab import SessionsTab
from desktop.ui.events.tab_base import PlanTab, parse_where
from desktop.ui.events.tasks_tab import TasksTab
from desktop.ui.essays.essay_tab import EssayTab
from desktop.ui.quiz.quiz_tab import QuizTab
from desktop.ui.reports.report_tab import ReportTab
from desktop.ui.forms import ERROR_COLOUR
from desktop.ui.worker import DatabaseWorker

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def dates_text(plan: EventPlan) -> str:
    if plan.first_day is None:
        return tr("chưa có buổi nào")
    if plan.first_day == plan.last_day:
        return format_date(plan.first_day)
    return f"{format_date(plan.first_day)} – {format_date(plan.last_day)}"


class EventEditor(QWidget):
    back_requested = Signal()
    saved = Signal(str)  # the event id, after every successful save

    def __init__(self, db: Database, worker: DatabaseWorker, tree: UnitTree, *,
                 clock: Callable[[], datetime] = datetime.now, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self.tree = tree
        self.plan: EventPlan | None = None
        self.dirty = False
        self.in_database = False  # the plan has been saved at least once
        self.saved_kind: str | None = None  # the kind as saved: dialogue questions need a saved dialogue
        self.saving = False
        self._edits = 0  # counts edits, to know whether the officer typed on while a save ran
        self.problems: list[ValidationError] = []

        self.back_button = QPushButton(tr("← &Danh sách"))
        self.back_button.setToolTip(tr("Về danh sách hội nghị (Esc hoặc Alt+←)"))
        self.back_button.clicked.connect(self.back_requested)
        self.title_label = QLabel()
        self.title_label.setObjectName("event_title")
        self.title_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.title_label.setWordWrap(True)
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("event_subtitle")
        self.subtitle_label.setStyleSheet("color: #555;")
        self.save_button = QPushButton(tr("&Lưu"))
        self.save_button.setToolTip(tr("Lưu toàn bộ hội nghị (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())

        # Printing reads the saved event, so it asks for unsaved changes to be saved first.
        self.print_button = QPushButton(tr("&In…"))
        print_menu = QMenu(self.print_button)
        print_menu.addAction(tr("Danh sách thành phần theo điểm cầu (PDF)…"), self.print_participants)
        print_menu.addAction(tr("Tờ mã QR tài liệu (PDF)…"), self.print_materials)
        print_menu.addSeparator()
        print_menu.addAction(tr("Thẻ điểm danh có mã QR (PDF)…"), self.print_cards)
        print_menu.addAction(tr("Danh sách ký tên một buổi (PDF)…"), self.print_signin_sheet)
        print_menu.addSeparator()
        print_menu.addAction(tr("Danh sách điểm danh (PDF)…"), lambda: self.print_list("attendance"))
        print_menu.addAction(tr("Kết quả kiểm tra nhận thức (PDF)…"), lambda: self.print_list("results"))
        print_menu.addAction(tr("Sổ theo dõi bài thu hoạch (PDF)…"), lambda: self.print_list("essays"))
        self.print_button.setMenu(print_menu)

        self.problems_label = QLabel()
        self.problems_label.setObjectName("problems_label")
        self.problems_label.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("problem_list")
        self.problem_list.setStyleSheet(f"QListWidget {{ color: {ERROR_COLOUR}; }}")
        self.problem_list.itemActivated.connect(self._problem_activated)
        self.problem_list.itemClicked.connect(self._problem_activated)

        self.general_tab = GeneralTab(tree)
        self.sessions_tab = SessionsTab(tree)
        self.points_tab = PointsTab(tree)
        self.participants_tab = ParticipantsTab(db, worker, tree)
        self.materials_tab = MaterialsTab()
        self.tasks_tab = TasksTab(db, worker, tree, clock)
        self.questions_tab = QuestionsTab(db, worker, tree)
        self.attendance_tab = AttendanceTab(db, worker)
        self.attendance_tab.save_requested.connect(lambda: self.save())
        self.quiz_tab = QuizTab(db, worker, tree)
        self.quiz_tab.save_requested.connect(lambda: self.save())
        self.essay_tab = EssayTab(db, worker)
        self.essay_tab.save_requested.connect(lambda: self.save())
        self.report_tab = ReportTab(db, worker)
        self.report_tab.save_requested.connect(lambda: self.save())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("event_tabs")
        self._tab_titles: list[tuple[PlanTab | QWidget, str, Callable[[EventPlan], int] | None]] = [
            (self.general_tab, tr("Thông tin chung"), None),
            (self.sessions_tab, tr("Buổi && chuyên đề"), lambda p: len(p.sessions)),
            (self.points_tab, tr("Điểm cầu", "tab"), lambda p: len(p.bridge_points)),
            (self.participants_tab, tr("Thành phần"), lambda p: len(p.rules)),
            (self.materials_tab, tr("Tài liệu"), lambda p: len(p.materials)),
            (self.tasks_tab, tr("Hạn && nhiệm vụ"), lambda p: len(p.tasks)),
            (self.attendance_tab, tr("Điểm danh"), None),
            (self.quiz_tab, tr("Kiểm tra nhận thức"), None),
            (self.essay_tab, tr("Bài thu hoạch"), None),
            (self.report_tab, tr("Báo cáo"), None),
            (self.questions_tab, tr("Câu hỏi"), None),
        ]
        for number, (tab, title, _count) in enumerate(self._tab_titles):
            self.tabs.addTab(tab, title)
            if number < 9:  # Alt+1 … Alt+9; later tabs by mouse or Ctrl+Tab
                self.tabs.setTabToolTip(number, f"Alt+{number + 1}")
            if isinstance(tab, PlanTab):
                tab.changed.connect(self._edited)
        self.tab_by_part: dict[str, PlanTab] = {tab.part: tab for tab, _title, _count in self._tab_titles
                                                if isinstance(tab, PlanTab)}
        self.general_tab.kind_changed.connect(self._kind_changed)

        header = QHBoxLayout()
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header.addLayout(titles, 1)
        header.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problem_list)
        layout.addWidget(self.tabs, 1)
        self.show_problems([])

        shortcuts = [(QKeySequence.StandardKey.Save, lambda: self.save()),
                     (QKeySequence(Qt.Key.Key_Escape), self.back_requested.emit),
                     (QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self.back_requested.emit)]
        for number in range(min(9, len(self._tab_titles))):
            shortcuts.append((QKeySequence(f"Alt+{number + 1}"),
                              lambda number=number: self._go_to_tab(number)))
        for key, action in shortcuts:
            QShortcut(key, self, activated=action, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # ------------------------------------------------------------------ showing a plan

    def open_plan(self, plan: EventPlan, *, in_database: bool, dirty: bool = False) -> None:
        """Show ``plan`` (the editor now owns it) from the first tab."""
        self._set_plan(plan, in_database=in_database, dirty=dirty)
        self.show_problems([])
        self.tabs.setCurrentIndex(0)
        if not plan.title:
            self.general_tab.title_edit.setFocus()

    def _set_plan(self, plan: EventPlan, *, in_database: bool, dirty: bool) -> None:
        self.plan = plan
        self.in_database = in_database
        self.saved_kind = plan.kind if in_database else None
        for tab in self.tab_by_part.values():
            tab.set_plan(plan, self.tree)
        self.questions_tab.set_event(plan if self.saved_kind == "dialogue" else None)
        self.attendance_tab.set_event(plan if in_database else None)
        self.quiz_tab.set_event(plan.id if in_database else None)
        self.essay_tab.set_event(plan.id if in_database else None)
        self.report_tab.set_event(plan.id if in_database else None)
        self._kind_changed(plan.kind)
        self._set_dirty(dirty)
        self.participants_tab.refresh_invited()
        self.tasks_tab.refresh_deadlines()

    def discard_changes(self) -> None:
        """The officer chose to drop the unsaved changes (the page is being left)."""
        self._set_dirty(False)

    def set_tree(self, tree: UnitTree) -> None:
        """The unit tree changed elsewhere; shown again with the current plan."""
        self.tree = tree
        self.quiz_tab.set_tree(tree)
        if self.plan is not None:
            self._set_plan(self.plan, in_database=self.in_database, dirty=self.dirty)

    def _kind_changed(self, kind: str) -> None:
        self.sessions_tab.set_kind(kind)
        self.tabs.setTabVisible(self.tabs.indexOf(self.questions_tab), kind == "dialogue")
        # Only a study conference ends with an awareness test.
        self.tabs.setTabVisible(self.tabs.indexOf(self.quiz_tab), kind == "study_conference")
        self.tabs.setTabVisible(self.tabs.indexOf(self.essay_tab), kind == "study_conference")
        self.tabs.setTabVisible(self.tabs.indexOf(self.report_tab), kind == "study_conference")
        self._update_titles()

    def _edited(self) -> None:
        self._edits += 1
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.participants_tab.set_saved(self.in_database, dirty)
        self.tasks_tab.set_saved(self.in_database, dirty)
        self.attendance_tab.set_dirty(self.in_database and dirty)
        self._update_titles()

    def _update_titles(self) -> None:
        plan = self.plan
        if plan is None:
            return
        title = plan.title.strip() or tr("Hội nghị mới (chưa đặt tên)")
        self.title_label.setText(title + (" *" if self.dirty else ""))
        self.title_label.setToolTip(tr("Có thay đổi chưa lưu (Ctrl+S để lưu)") if self.dirty else "")
        organiser = self.tree.by_id.get(plan.organiser_unit_id or "")
        parts = [tr(EVENT_KINDS.get(plan.kind, plan.kind)), dates_text(plan)]
        if organiser is not None:
            parts.append(organiser.name)
        if not self.in_database:
            parts.append(tr("chưa lưu lần nào"))
        self.subtitle_label.setText(" · ".join(parts))
        for number, (_tab, tab_title, count) in enumerate(self._tab_titles):
            self.tabs.setTabText(number, f"{tab_title} ({count(plan)})" if count and count(plan) else tab_title)

    def show_tab(self, key: str) -> None:
        """Bring one of the record tabs to the front: "attendance", "quiz", "essays", "report"."""
        tab = {"attendance": self.attendance_tab, "quiz": self.quiz_tab, "essays": self.essay_tab,
               "report": self.report_tab}.get(key)
        if tab is not None and self.tabs.isTabVisible(self.tabs.indexOf(tab)):
            self.tabs.setCurrentWidget(tab)

    def _go_to_tab(self, number: int) -> None:
        if self.tabs.isTabVisible(number):
            self.tabs.setCurrentIndex(number)

    # ------------------------------------------------------------------ saving

    def _printable(self) -> bool:
        if self.plan is None or not self.in_database or self.dirty:
            dialogs.inform(self, tr("In"), tr("Hãy lưu hội nghị (Ctrl+S) trước khi in."))
            return False
        return True

    def print_participants(self) -> None:
        if not self._printable():
            return
        path = dialogs.choose_pdf_to_save(self, tr("In danh sách thành phần"),
                                          tr("Thành phần - {title}.pdf").format(title=self.plan.title))
        if path is None:
            return
        db, event_id = self._db, self.plan.id
        self._worker.run(lambda _state: event_reports.write_participant_list(db, event_id, path),
                         on_success=lambda count: dialogs.inform(
                             self, tr("In danh sách thành phần"),
                             trn("Đã ghi danh sách %n người vào «{file}».", count).format(file=path.name)),
                         parent=self, label=tr("Đang in danh sách…"))

    def print_materials(self) -> None:
        if not self._printable():
            return
        path = dialogs.choose_pdf_to_save(self, tr("In tờ mã QR tài liệu"),
                                          tr("Tài liệu - {title}.pdf").format(title=self.plan.title))
        if path is None:
            return
        db, event_id = self._db, self.plan.id
        self._worker.run(lambda _state: event_reports.write_material_qr_sheet(db, event_id, path),
                         on_success=lambda count: dialogs.inform(
                             self, tr("In tờ mã QR tài liệu"),
                             trn("Đã ghi %n mã QR vào «{file}».", count).format(file=path.name)),
                         parent=self, label=tr("Đang in tờ mã QR…"))

    def print_cards(self) -> None:
        if not self._printable():
            return
        path = dialogs.choose_pdf_to_save(self, tr("In thẻ điểm danh"),
                                          tr("Thẻ điểm danh - {title}.pdf").format(title=self.plan.title))
        if path is None:
            return
        db, event_id = self._db, self.plan.id
        # Members without a card get one now, so this is a write: it goes to the worker.
        self._worker.run(lambda _state: cards.print_event_cards(db, event_id, path),
                         on_success=lambda count: dialogs.inform(
                             self, tr("In thẻ điểm danh"),
                             trn("Đã ghi %n thẻ điểm danh vào «{file}».", count).format(file=path.name)),
                         parent=self, label=tr("Đang in thẻ điểm danh…"))

    # Each list's name, the title of the save dialog, the file name, and the worker's label.
    _LISTS = {"attendance": (N_("Danh sách điểm danh"), N_("In danh sách điểm danh"),
                             N_("Điểm danh - {title}.pdf"), N_("Đang in danh sách điểm danh…")),
              "results": (N_("Kết quả kiểm tra nhận thức"), N_("In kết quả kiểm tra nhận thức"),
                          N_("Kết quả kiểm tra - {title}.pdf"), N_("Đang in kết quả kiểm tra nhận thức…")),
              "essays": (N_("Sổ theo dõi bài thu hoạch"), N_("In sổ theo dõi bài thu hoạch"),
                         N_("Bài thu hoạch - {title}.pdf"), N_("Đang in sổ theo dõi bài thu hoạch…"))}

    def print_list(self, which: str) -> None:
        """One of the event's lists in the Union's format (desktop.core.record_lists)."""
        if not self._printable():
            return
        from desktop.core import record_lists

        title, dialog_title, file_name, busy = (tr(text) for text in self._LISTS[which])
        writer = {"attendance": record_lists.write_attendance_list, "results": record_lists.write_test_results,
                  "essays": record_lists.write_essay_register}[which]
        path = dialogs.choose_pdf_to_save(self, dialog_title, file_name.format(title=self.plan.title))
        if path is None:
            return
        db, event_id = self._db, self.plan.id
        self._worker.run(lambda _state: writer(db, event_id, path),
                         on_success=lambda count: dialogs.inform(
                             self, title, trn("Đã ghi %n dòng vào «{file}».", count).format(file=path.name)),
                         parent=self, label=busy)

    def print_signin_sheet(self) -> None:
        if not self._printable():
            return
        title = tr("In danh sách ký tên")
        chosen = ask_session_and_point(self, self.plan, title, session_id=self.attendance_tab.session_id(),
                                       point_id=self.attendance_tab.point_id())
        if chosen is None:
            return
        session, point_id = chosen
        point = self.plan.bridge_point(point_id)
        path = dialogs.choose_pdf_to_save(self, title, tr("Ký tên - {session} - {point}.pdf").format(
            session=session.screen_label, point=point.name))
        if path is None:
            return
        db, event_id, session_id = self._db, self.plan.id, session.id
        self._worker.run(lambda _state: event_reports.write_signin_sheet(db, event_id, session_id, point_id, path),
                         on_success=lambda count: dialogs.inform(
                             self, title, trn("Đã ghi danh sách ký tên %n người (buổi {session}, {point}) vào «{file}».",
                                              count).format(session=session.screen_label, point=point.name,
                                                            file=path.name)),
                         parent=self, label=tr("Đang in danh sách ký tên…"))

    def save(self, on_saved: Callable[[], None] | None = None) -> None:
        """Check and save the whole plan; ``on_saved`` runs once it is written."""
        if self.plan is None or self.saving:
            return
        for tab in self.tab_by_part.values():
            tab.finish_editing()
        unreadable = [p for tab in self.tab_by_part.values() for p in tab.pending_problems()]
        if unreadable:
            self.show_problems(unreadable)
            return
        # The worker gets its own copy: the officer may go on typing into this one meanwhile.
        plan, db, edits_before = copy.deepcopy(self.plan), self._db, self._edits
        self.saving = True
        self.save_button.setEnabled(False)
        self._worker.run(lambda _state: events.load_event_plan(db, events.save_event_plan(db, plan)),
                         on_success=lambda saved: self._saved(saved, edits_before, on_saved),
                         on_failure=self._save_failed, parent=self, label=tr("Đang lưu hội nghị…"))

    def _saved(self, plan: EventPlan, edits_before: int, on_saved: Callable[[], None] | None) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.show_problems([])
        if self._edits == edits_before:
            self._set_plan(plan, in_database=True, dirty=False)  # as the core wrote it (tidied text)
        else:
            self.in_database, self.saved_kind = True, plan.kind
            self._set_dirty(True)
            self.participants_tab.refresh_invited()
            self.tasks_tab.refresh_deadlines()
            self.questions_tab.set_event(plan if plan.kind == "dialogue" else None)
            self.attendance_tab.set_event(plan)
            self.quiz_tab.set_event(plan.id)
            self.essay_tab.set_event(plan.id)
            self.report_tab.set_event(plan.id)
        self.saved.emit(plan.id)
        if on_saved is not None:
            on_saved()

    def _save_failed(self, exc: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationErrors):
            self.show_problems(exc.errors)
        elif isinstance(exc, ValidationError):
            self.show_problems([exc])
        else:
            errors.show_error(self, exc)

    # ------------------------------------------------------------------ problems

    def show_problems(self, problems: list[ValidationError]) -> None:
        """List ``problems`` above the tabs, tint their rows, and go to the first one."""
        self.problems = list(problems)
        self.problem_list.clear()
        by_part: dict[str, dict[int, str]] = {}
        for problem in problems:
            item = QListWidgetItem(f"• {problem}")
            item.setData(PATH_ROLE, problem.field)
            item.setToolTip(tr("Bấm (hoặc Enter) để đến chỗ cần sửa"))
            self.problem_list.addItem(item)
            where = parse_where(problem.field)
            if where is not None and where.index is not None:
                by_part.setdefault(where.part, {}).setdefault(where.index, str(problem))
        for part, tab in self.tab_by_part.items():
            tab.mark_problems(by_part.get(part, {}))
        count = len(problems)
        self.problems_label.setText(trn("Chưa lưu được: %n lỗi cần sửa (bấm vào từng dòng để đến chỗ đó).", count)
                                    if count > 1 else tr("Chưa lưu được: cần sửa lỗi dưới đây."))
        self.problems_label.setVisible(bool(count))
        self.problem_list.setVisible(bool(count))
        # As tall as the problems, up to five lines (more scroll): the tabs keep their room.
        rows = min(count, 5)
        self.problem_list.setFixedHeight(rows * self.problem_list.sizeHintForRow(0) + 2 * self.problem_list.frameWidth()
                                         if rows else 0)
        if problems:
            self.go_to_problem(problems[0])

    def _problem_activated(self, item: QListWidgetItem) -> None:
        row = self.problem_list.row(item)
        if 0 <= row < len(self.problems):
            self.go_to_problem(self.problems[row])

    def go_to_problem(self, problem: ValidationError) -> None:
        """Open the tab of ``problem``, select its row, and put the message and the focus at its field."""
        where = parse_where(problem.field)
        tab = self.tab_by_part.get(where.part) if where is not None else None
        if tab is None:
            return
        self.tabs.setCurrentWidget(tab)
        tab.show_problem(where, str(problem))
