"""Dialogs of the "Thành phần" tab: an invitation rule, and picking members by hand."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import members
from desktop.core.events import EventPlan, RulePlan, describe_rule
from desktop.core.members import POSITION_LABELS, MemberQuery
from desktop.core.units import LEVEL_LABELS, UnitTree
from desktop.db.engine import Database
from desktop.i18n import N_, tr, trn
from desktop.ui.events.fields import UnitCombo
from desktop.ui.forms import FieldMessages
from desktop.ui.roster.member_model import MemberTableModel
from desktop.ui.roster.roster_page import SEARCH_DELAY_MS, count_text
from desktop.ui.table_models import apply_column_widths, use_one_line_rows
from desktop.ui.worker import DatabaseWorker

NEAREST_POINT = N_("Điểm cầu gần nhất (theo đơn vị của từng người)")


def _check_grid(labels: dict[str, str], checked: list[str], columns: int) -> tuple[QWidget, dict[str, QCheckBox]]:
    box = QWidget()
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    boxes = {}
    for number, (key, label) in enumerate(labels.items()):
        check = QCheckBox(tr(label))
        check.setChecked(key in checked)
        grid.addWidget(check, number // columns, number % columns)
        boxes[key] = check
    return box, boxes


class RuleDialog(QDialog):
    """Add or change one invitation rule; the rule in words is shown as it is built.

    The rule is only checked when the plan is saved (the core checks it with the whole
    plan, including whether it matches anybody); here the officer just sees what it says.
    """

    def __init__(self, plan: EventPlan, tree: UnitTree, rule: RulePlan | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Sửa thành phần mời") if rule else tr("Thêm thành phần mời"))
        self.setMinimumWidth(640)
        self._tree = tree
        self._original = rule
        self.result_rule: RulePlan | None = None
        start = rule or RulePlan(plan.organiser_unit_id)

        self.messages = FieldMessages()
        self.scope_combo = UnitCombo(tree)
        self.scope_combo.set_unit_id(start.scope_unit_id)
        levels_box, self.level_boxes = _check_grid(LEVEL_LABELS, start.unit_levels, 3)
        positions_box, self.position_boxes = _check_grid(POSITION_LABELS, start.positions, 3)
        self.point_combo = QComboBox()
        self.point_combo.addItem(tr(NEAREST_POINT), None)
        for point in plan.bridge_points:
            self.point_combo.addItem(point.name or tr("(điểm cầu chưa đặt tên)"), point.id)
        self.point_combo.setCurrentIndex(max(0, self.point_combo.findData(start.bridge_point_id)))
        # The core stores the rule in words as the label of a rule saved without one: that
        # is no name of the officer's, and must not outlive a change of the rule.
        self.label_edit = QLineEdit("" if start.label == describe_rule(start, tree) else start.label)
        self.description = QLabel()
        self.description.setObjectName("rule_description")
        self.description.setWordWrap(True)
        self.description.setStyleSheet("font-weight: bold;")

        hint = QLabel(tr("Không đánh dấu cấp nào: mọi cấp trong đơn vị. Không đánh dấu chức vụ nào: tất cả đoàn viên."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        m = self.messages
        form = QFormLayout()
        form.addRow(tr("Thuộc đơn &vị:"), m.wrap("scope_unit_id", self.scope_combo))
        form.addRow(tr("Cấp đơn vị:"), m.wrap("unit_levels", levels_box))
        form.addRow(tr("Chức vụ:", "rule"), m.wrap("positions", positions_box))
        form.addRow("", hint)
        form.addRow(tr("Ngồi tại điểm cầu:"), m.wrap("bridge_point_id", self.point_combo))
        form.addRow(tr("Tên gọi (nếu muốn):"), self.label_edit)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Quy tắc này mời:")))
        layout.addWidget(self.description)
        layout.addWidget(self.buttons)

        self.scope_combo.unit_changed.connect(lambda _id: self._describe())
        for check in (*self.level_boxes.values(), *self.position_boxes.values()):
            check.toggled.connect(lambda _checked: self._describe())
        self._describe()

    def rule(self) -> RulePlan:
        """The rule as the dialog shows it (same id as the rule being changed)."""
        values = dict(
            scope_unit_id=self.scope_combo.unit_id(),
            unit_levels=[key for key, box in self.level_boxes.items() if box.isChecked()],
            positions=[key for key, box in self.position_boxes.items() if box.isChecked()],
            bridge_point_id=self.point_combo.currentData(),
            label=self.label_edit.text().strip(),
        )
        return replace(self._original, **values) if self._original else RulePlan(**values)

    def _describe(self) -> None:
        self.description.setText(describe_rule(self.rule(), self._tree, translated=True))
        self.label_edit.setPlaceholderText(self.description.text())

    def _accept(self) -> None:
        rule = self.rule()
        if rule.scope_unit_id is None:
            self.messages.show("scope_unit_id", tr("Chọn đơn vị (phạm vi) của quy tắc mời."))
            self.messages.focus("scope_unit_id")
            return
        self.result_rule = rule
        self.accept()


class MemberPickerDialog(QDialog):
    """Choose members from the roster by name, card or phone (tones optional) to invite."""

    HIDDEN_COLUMNS = ("gender", "phone", "citizen_id", "status")

    def __init__(self, db: Database, worker: DatabaseWorker, tree: UnitTree, points: list[tuple[str, str]],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Mời thêm đoàn viên"))
        self.resize(900, 560)
        self._db = db
        self._worker = worker
        self._tree = tree
        self._generation = 0
        self.chosen_ids: list[str] = []

        self.scope_combo = UnitCombo(tree)
        self.scope_combo.set_unit_id(tree.home_id)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("picker_search")
        self.search_edit.setPlaceholderText(tr("Tìm theo họ tên, số thẻ hoặc số điện thoại (gõ không dấu cũng được)"))
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self.scope_combo.unit_changed.connect(lambda unit_id: self._timer.start() if unit_id else None)

        self.model = MemberTableModel(lambda handles: members.fetch_members(db, handles), self)
        self.table = QTableView()
        self.table.setObjectName("picker_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        use_one_line_rows(self.table)
        apply_column_widths(self.table, self.model.columns)
        self.table.horizontalHeader().setStretchLastSection(True)
        for number, column in enumerate(self.model.columns):
            self.table.setColumnHidden(number, column.key in self.HIDDEN_COLUMNS)
        self.table.doubleClicked.connect(lambda _index: self._accept())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_button())

        self.point_combo = QComboBox()
        self.point_combo.addItem(tr(NEAREST_POINT), None)
        for point_id, name in points:
            self.point_combo.addItem(name, point_id)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.invite_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.invite_button.setText(tr("Mời"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        top = QFormLayout()
        top.addRow(tr("Trong đơn &vị:"), self.scope_combo)
        search = QHBoxLayout()
        search.addWidget(self.search_edit, 1)
        search.addWidget(self.count_label)
        search_label = QLabel(tr("&Tìm:"))
        search_label.setBuddy(self.search_edit)
        top.addRow(search_label, search)
        bottom = QFormLayout()
        bottom.addRow(tr("Ngồi tại điểm cầu:"), self.point_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.buttons)
        self.search_edit.setFocus()
        self._update_button()
        self.refresh()

    def refresh(self) -> None:
        """Search again (in the worker); answers to an older search are dropped."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        query = MemberQuery(unit_id=self.scope_combo.unit_id() or self._tree.home_id, search=self.search_edit.text(),
                            statuses=("active",))
        db, tree = self._db, self._tree
        self._worker.run(lambda _state: members.query_member_handles(db, query, tree),
                         on_success=lambda handles: self._show(generation, handles), parent=self,
                         label=tr("Đang tìm…"), show_progress=False)

    def _show(self, generation: int, handles: list[int]) -> None:
        if generation != self._generation:
            return
        self.model.set_handles(handles)
        self.count_label.setText(count_text(len(handles)))
        self._update_button()

    def _update_button(self) -> None:
        chosen = len(self.table.selectionModel().selectedRows())
        self.invite_button.setEnabled(chosen > 0)
        self.invite_button.setText(trn("Mời %n người", chosen) if chosen else tr("Mời"))

    def bridge_point_id(self) -> str | None:
        return self.point_combo.currentData()

    def _accept(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        records = [self.model.record_at(row) for row in rows]
        self.chosen_ids = [record.id for record in records if record is not None]
        if self.chosen_ids:
            self.accept()
