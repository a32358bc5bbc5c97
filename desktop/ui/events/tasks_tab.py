"""The "Hạn & nhiệm vụ" tab: the event's dated tasks, and every deadline of the event
(tasks and the bridge points' connection tests) in one list with what is late.

The tasks are part of the plan and edited here; the list of deadlines below is the
core's (:func:`desktop.core.deadlines.list_deadlines`), so it shows the event as last
saved, the same as the overview screen does.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import deadlines, vntext
from desktop.core.events import TASK_KINDS, EventPlan, TaskPlan
from desktop.core.units import UnitTree
from desktop.db.engine import Database
from desktop.i18n import tr
from desktop.ui.events.deadline_model import DeadlineModel, deadline_columns
from desktop.ui.events.fields import FormBinder, UnitCombo, combo_of, time_edit
from desktop.ui.events.plan_table import (
    PlanListModel,
    current_row,
    plan_table,
    row_shortcuts,
    section_title,
    select_row,
    split_vertically,
)
from desktop.ui.events.tab_base import TableFormTab
from desktop.ui.forms import DateLineEdit, FieldMessages
from desktop.ui.table_models import CENTER, RIGHT, Column
from desktop.ui.worker import DatabaseWorker

USUAL_DUE_TIME = time(17, 0)  # reports are due by the end of the working day


class TasksTab(TableFormTab):
    part = "tasks"
    first_field = "kind"

    def __init__(self, db: Database, worker: DatabaseWorker, tree: UnitTree, clock: Callable[[], datetime],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self._clock = clock
        self.tree = tree
        self.plan: EventPlan | None = None
        self.saved = False
        self._generation = 0

        self.columns: list[Column[TaskPlan]] = [
            Column("seq", tr("STT"), None, alignment=RIGHT, width=44),
            Column("kind", tr("Loại việc"), lambda t: tr(TASK_KINDS.get(t.kind, t.kind)), width=150),
            Column("title", tr("Nội dung", "task"), lambda t: t.label, width=220),
            Column("due", tr("Hạn"), lambda t: f"{t.due_at:%H:%M} {vntext.format_date(t.due_at)}" if t.due_at else "",
                   alignment=CENTER, width=118),
            Column("unit", tr("Đơn vị thực hiện"), self._unit_name, width=160),
            Column("done", tr("Xong"), lambda t: "✓" if t.done_at else "", alignment=CENTER, width=50),
        ]
        self.model = PlanListModel(self.columns, self)
        self.table = plan_table(self.model, self.columns, name="tasks_table", stretch="title")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._task_selected())
        row_shortcuts(self.table, insert=self.add_task, delete=self.remove_task,
                      activate=lambda: self.kind_combo.setFocus())
        self.add_button = QPushButton(tr("Thêm &việc"))
        self.add_button.setToolTip(tr("Thêm việc có hạn (phím Insert trong bảng)"))
        self.add_button.clicked.connect(self.add_task)
        self.remove_button = QPushButton(tr("Xóa việc"))
        self.remove_button.setToolTip(tr("Xóa việc đang chọn (phím Delete trong bảng)"))
        self.remove_button.clicked.connect(self.remove_task)

        self.messages = FieldMessages(grow_window=False)
        self.binder = FormBinder(self.messages, self)
        self.kind_combo = combo_of(TASK_KINDS)
        self.title_edit = QLineEdit()
        self.due_day_edit = DateLineEdit()
        self.due_time_edit = time_edit()
        self.unit_combo = UnitCombo(tree, empty_text="")
        self.done_check = QCheckBox(tr("Đã xong"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(52)
        b = self.binder
        b.choice("kind", self.kind_combo)
        b.text("title", self.title_edit)
        b.moment("due_at", self.due_day_edit, self.due_time_edit, label=tr("Hạn"), required=True,
                 usual_time=USUAL_DUE_TIME)
        b.unit("unit_id", self.unit_combo)
        b.text("notes", self.notes_edit)
        b.edited.connect(self._edited)
        self.done_check.toggled.connect(self._done_toggled)

        self.deadline_columns = deadline_columns(with_event=False)
        self.deadline_model = DeadlineModel(self.deadline_columns, clock, self)
        self.deadline_table = plan_table(self.deadline_model, self.deadline_columns, name="event_deadlines",
                                         stretch="title")
        self.deadline_note = QLabel()
        self.deadline_note.setObjectName("deadline_note")
        self.deadline_note.setWordWrap(True)
        self.deadline_note.setStyleSheet("color: #555;")
        self._build_layout()
        self._task_selected()

    def _build_layout(self) -> None:
        m = self.messages
        due = QHBoxLayout()
        due.addWidget(m.wrap("due_at", self.due_day_edit), 1)
        due.addWidget(QLabel(tr("lúc")))
        due.addWidget(self.due_time_edit)
        form = QFormLayout()
        form.addRow(tr("&Loại việc:"), m.wrap("kind", self.kind_combo))
        form.addRow(tr("Nội dung:"), m.wrap("title", self.title_edit))
        form.addRow(tr("Hạn:"), due)
        form.addRow(tr("Đơn vị thực hiện:"), m.wrap("unit_id", self.unit_combo))
        form.addRow("", self.done_check)
        form.addRow(tr("Ghi chú:"), m.wrap("notes", self.notes_edit))
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        tasks = QVBoxLayout()
        tasks.setContentsMargins(0, 0, 0, 0)
        tasks.addWidget(section_title(tr("Việc cần làm của hội nghị")))
        tasks.addLayout(buttons)
        tasks.addWidget(self.table, 1)
        form_box = QVBoxLayout()
        form_box.setContentsMargins(0, 0, 0, 0)
        form_box.addWidget(section_title(tr("Việc đang chọn")))
        form_box.addLayout(form)
        form_box.addStretch(1)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addLayout(tasks, 3)
        top.addSpacing(12)
        top.addLayout(form_box, 2)
        top_widget = QWidget()
        top_widget.setLayout(top)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(section_title(tr("Tất cả các hạn (gồm kiểm tra kết nối các điểm cầu)")))
        bottom_layout.addWidget(self.deadline_note)
        bottom_layout.addWidget(self.deadline_table, 1)
        split_vertically(self, top_widget, bottom, (290, 250))

    # ------------------------------------------------------------------ plan

    def set_plan(self, plan: EventPlan, tree: UnitTree) -> None:
        keep = current_row(self.table) if self.plan is not None and self.plan.id == plan.id else 0
        self.plan = plan
        self.tree = tree
        self.unit_combo.set_tree(tree)
        self.binder.pending.clear()
        self.binder.part = None
        self.model.set_list(plan.tasks)
        select_row(self.table, max(keep, 0))
        self._task_selected()

    def set_saved(self, saved: bool, dirty: bool) -> None:
        self.saved = saved
        if not saved:
            self.deadline_note.setText(tr("Hội nghị chưa được lưu: lưu (Ctrl+S) để xem các hạn."))
        elif dirty:
            self.deadline_note.setText(tr("Theo lần lưu gần nhất; lưu (Ctrl+S) để cập nhật."))
        else:
            self.deadline_note.setText(tr("Việc quá hạn tô đỏ, việc sắp đến hạn (trong 3 ngày) tô vàng. "
                                          "Giờ kiểm tra kết nối sửa ở thẻ «Điểm cầu»."))

    def refresh_deadlines(self) -> None:
        """Read the event's deadlines again (in the worker)."""
        if not self.saved or self.plan is None:
            self.deadline_model.set_rows([])
            return
        self._generation += 1
        generation = self._generation
        db, event_id = self._db, self.plan.id
        self._worker.run(lambda _state: deadlines.list_deadlines(db, event_id=event_id),
                         on_success=lambda rows: self._show_deadlines(generation, rows), parent=self,
                         label=tr("Đang đọc các hạn…"), show_progress=False)

    def _show_deadlines(self, generation: int, rows) -> None:
        if generation == self._generation:
            self.deadline_model.set_rows(rows)

    def _unit_name(self, task: TaskPlan) -> str:
        unit = self.tree.by_id.get(task.unit_id or "")
        return unit.name if unit else ""

    def selected_task(self) -> TaskPlan | None:
        row = current_row(self.table)
        return self.plan.tasks[row] if self.plan is not None and 0 <= row < len(self.plan.tasks) else None

    # ------------------------------------------------------------------ the form

    def _task_selected(self) -> None:
        task = self.selected_task()
        self.binder.load(task)
        self.done_check.blockSignals(True)
        self.done_check.setChecked(task is not None and task.done_at is not None)
        self.done_check.blockSignals(False)
        self.done_check.setEnabled(task is not None)
        self.remove_button.setEnabled(task is not None)
        self.title_edit.setPlaceholderText(tr(TASK_KINDS.get(task.kind, "")) if task else "")

    def _edited(self, attribute: str) -> None:
        task = self.binder.part
        if attribute == "kind":
            self.title_edit.setPlaceholderText(tr(TASK_KINDS.get(task.kind, "")))
        self.model.row_changed(self.model.position_of(task))
        self.changed.emit()

    def _done_toggled(self, checked: bool) -> None:
        task = self.selected_task()
        if task is None or (task.done_at is not None) == checked:
            return
        task.done_at = self._clock() if checked else None
        self._edited("done_at")

    def add_task(self) -> None:
        if self.plan is None:
            return
        # Duties fall due around the event: start from its last day (today while it has no sessions).
        last_day = self.plan.last_day
        due = datetime.combine(last_day if last_day else self._clock().date(), USUAL_DUE_TIME)
        kind = "report_due" if not self.plan.tasks else "other"
        self.model.insert(len(self.plan.tasks), TaskPlan(kind, due))
        select_row(self.table, len(self.plan.tasks) - 1)
        self.changed.emit()
        self.kind_combo.setFocus()

    def remove_task(self) -> None:
        task = self.selected_task()
        if task is None:
            return
        row = self.model.position_of(task)
        self.binder.forget(task.id)
        self.binder.part = None
        self.model.remove(row)
        select_row(self.table, min(row, len(self.plan.tasks) - 1))
        self._task_selected()
        self.changed.emit()

