"""The "Thông tin chung" tab: what the event is, who organises it, what it implements."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.core.events import EVENT_KINDS, EventPlan
from desktop.core.units import UnitTree
from desktop.i18n import tr
from desktop.ui.events.fields import FormBinder, UnitCombo, combo_of
from desktop.ui.events.plan_table import section_title
from desktop.ui.events.tab_base import PlanTab, Where
from desktop.ui.forms import DateLineEdit, FieldMessages


class GeneralTab(PlanTab):
    part = "event"
    kind_changed = Signal(str)

    def __init__(self, tree: UnitTree, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan: EventPlan | None = None
        self.messages = FieldMessages(grow_window=False)
        self.binder = FormBinder(self.messages, self)

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(tr("Ví dụ: Hội nghị học tập, quán triệt Nghị quyết Đại hội Đoàn toàn quốc"))
        self.kind_combo = combo_of(EVENT_KINDS)
        self.organiser_combo = UnitCombo(tree)
        self.directive_code_edit = QLineEdit()
        self.directive_code_edit.setPlaceholderText(tr("Ví dụ: 305-CV/TWĐTN-BTG"))
        self.directive_date_edit = DateLineEdit()
        self.directive_issuer_edit = QLineEdit()
        self.directive_issuer_edit.setPlaceholderText(tr("Ví dụ: Ban Bí thư Trung ương Đoàn"))
        self.resolution_edit = QPlainTextEdit()
        self.resolution_edit.setPlaceholderText(tr("Nghị quyết, chỉ thị hoặc chuyên đề được học tập, quán triệt"))
        self.resolution_edit.setTabChangesFocus(True)
        self.resolution_edit.setFixedHeight(64)
        self.target_spin = QSpinBox()
        self.target_spin.setRange(-1, 100)
        self.target_spin.setSpecialValueText(tr("Không đặt chỉ tiêu"))
        self.target_spin.setSuffix(" %")
        self.target_spin.setMinimumWidth(170)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(80)

        b = self.binder
        b.text("title", self.title_edit)
        b.choice("kind", self.kind_combo)
        b.unit("organiser_unit_id", self.organiser_combo)
        b.text("directive_code", self.directive_code_edit)
        b.date("directive_date", self.directive_date_edit, label=tr("Ngày văn bản"), required=False)
        b.text("directive_issuer", self.directive_issuer_edit)
        b.text("resolution", self.resolution_edit)
        b.number("test_target_percent", self.target_spin)
        b.text("notes", self.notes_edit)
        b.edited.connect(self._edited)

        m = self.messages
        left = QFormLayout()
        left.addRow(tr("&Tên hội nghị:"), m.wrap("title", self.title_edit))
        left.addRow(tr("&Loại:"), m.wrap("kind", self.kind_combo))
        left.addRow(tr("Đơn vị tổ &chức:"), m.wrap("organiser_unit_id", self.organiser_combo))
        left.addRow(tr("Chỉ tiêu kiểm tra nhận thức:"), m.wrap("test_target_percent", self.target_spin))
        left.addRow(tr("Ghi chú:"), m.wrap("notes", self.notes_edit))
        right = QFormLayout()
        right.addRow(tr("Số, ký hiệu văn bản:"), m.wrap("directive_code", self.directive_code_edit))
        right.addRow(tr("Ngày văn bản:"), m.wrap("directive_date", self.directive_date_edit))
        right.addRow(tr("Cơ quan ban hành:"), m.wrap("directive_issuer", self.directive_issuer_edit))
        right.addRow(tr("Nội dung học tập:"), m.wrap("resolution", self.resolution_edit))
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        right_column = QVBoxLayout()
        right_column.addWidget(section_title(tr("Căn cứ tổ chức (văn bản chỉ đạo của cấp trên)")))
        right_column.addLayout(right)
        right_column.addStretch(1)
        left_column = QVBoxLayout()
        left_column.addWidget(section_title(tr("Hội nghị")))
        left_column.addLayout(left)
        left_column.addStretch(1)
        columns = QHBoxLayout(self)
        columns.addLayout(left_column, 1)
        columns.addSpacing(16)
        columns.addLayout(right_column, 1)
        self.binder.load(None)

    def set_plan(self, plan: EventPlan, tree: UnitTree) -> None:
        self.plan = plan
        self.organiser_combo.set_tree(tree)
        self.binder.pending.clear()
        self.binder.load(plan)

    def _edited(self, attribute: str) -> None:
        self.changed.emit()
        if attribute == "kind":
            self.kind_changed.emit(self.plan.kind)

    def show_problem(self, where: Where, message: str) -> None:
        field = where.field or ""
        self.messages.show(field, message)
        self.messages.focus(field)

    def pending_problems(self) -> list[ValidationError]:
        return self.binder.pending_problems(lambda _part_id: "")
