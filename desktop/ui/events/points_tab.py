"""The "Điểm cầu" tab: the bridge points, each with its host, platform, contact person,
connection test and the sessions it joins."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.events import POINT_LEVELS, BridgePointPlan, EventPlan
from desktop.core.units import UnitTree
from desktop.i18n import N_, tr
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

# Platforms the source documents name; the officer may type any other.
# The name is stored with the point and printed in Vietnamese documents.
PLATFORMS = ("Webex", "Cầu truyền hình VNPT", "Zoom", "Google Meet", "Microsoft Teams")  # i18n: vi
TEST_RESULTS = {"unknown": N_("Chưa kiểm tra"), "passed": N_("Đạt"), "failed": N_("Chưa đạt")}
_RESULT_VALUES = {"unknown": None, "passed": True, "failed": False}
USUAL_TEST_TIME = time(14, 0)  # the source documents test connections at 14:00


def test_text(point: BridgePointPlan) -> str:
    if point.test_at is None:
        return ""
    stamp = f"{point.test_at:%H:%M} {point.test_at:%d/%m/%Y}"
    if point.test_passed is None:
        return stamp
    return (tr("{stamp} (đạt)") if point.test_passed else tr("{stamp} (chưa đạt)")).format(stamp=stamp)


def contact_text(point: BridgePointPlan) -> str:
    return " – ".join(part for part in (point.contact_name, point.contact_phone) if part)


class PointsTab(TableFormTab):
    part = "bridge_points"
    first_field = "name"

    def __init__(self, tree: UnitTree, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan: EventPlan | None = None
        self.tree = tree
        self._session_boxes: list[tuple[str, QCheckBox]] = []

        self.columns: list[Column[BridgePointPlan]] = [
            Column("seq", tr("STT"), None, alignment=RIGHT, width=44),
            Column("name", tr("Tên điểm cầu"), lambda p: p.name, width=220),
            Column("level", tr("Cấp"), lambda p: tr(POINT_LEVELS.get(p.level, p.level)), width=96),
            Column("host", tr("Đơn vị chủ trì"), self._host_name, width=170),
            Column("platform", tr("Nền tảng"), lambda p: p.platform, width=136),
            Column("contact", tr("Liên hệ"), contact_text, width=196),
            Column("test", tr("Kiểm tra kết nối"), test_text, alignment=CENTER, width=150),
            Column("capacity", tr("Sức chứa"), lambda p: p.capacity or "", alignment=RIGHT, width=64),
            Column("sessions", tr("Tham gia"), self._sessions_text, width=110),
        ]
        self.model = PlanListModel(self.columns, self)
        self.table = plan_table(self.model, self.columns, name="points_table")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._point_selected())
        row_shortcuts(self.table, insert=self.add_point, delete=self.remove_point,
                      activate=lambda: self.name_edit.setFocus())
        self.add_button = QPushButton(tr("Thêm &điểm cầu"))
        self.add_button.setToolTip(tr("Thêm điểm cầu (phím Insert trong bảng)"))
        self.add_button.clicked.connect(self.add_point)
        self.remove_button = QPushButton(tr("Xóa điểm cầu"))
        self.remove_button.setToolTip(tr("Xóa điểm cầu đang chọn (phím Delete trong bảng)"))
        self.remove_button.clicked.connect(self.remove_point)

        self.messages = FieldMessages(grow_window=False)
        self.binder = FormBinder(self.messages, self)
        self._build_fields(tree)
        self._build_layout()
        self._point_selected()

    def _build_fields(self, tree: UnitTree) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(tr("Ví dụ: Điểm cầu Huyện đoàn Cầu Ngang"))
        self.level_combo = combo_of(POINT_LEVELS)
        self.host_combo = UnitCombo(tree)
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText(tr("Ví dụ: Hội trường Huyện ủy"))
        self.platform_combo = QComboBox()
        self.platform_combo.setEditable(True)
        self.platform_combo.addItems(PLATFORMS)
        self.link_edit = QLineEdit()
        self.link_edit.setPlaceholderText("https://…")
        self.room_edit = QLineEdit()
        self.contact_name_edit = QLineEdit()
        self.contact_phone_edit = QLineEdit()
        self.contact_phone_edit.setMaxLength(20)
        self.test_day_edit = DateLineEdit()
        self.test_time_edit = time_edit()
        self.result_combo = combo_of(TEST_RESULTS)
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, 100_000)
        self.capacity_spin.setSpecialValueText(tr("Không giới hạn"))
        self.capacity_spin.setSuffix(tr(" người"))
        self.sessions_box = QWidget()
        self.sessions_layout = QGridLayout(self.sessions_box)
        self.sessions_layout.setContentsMargins(0, 0, 0, 0)
        self.sessions_hint = QLabel()
        self.sessions_hint.setStyleSheet("color: #555;")

        b = self.binder
        b.text("name", self.name_edit)
        b.choice("level", self.level_combo)
        b.unit("host_unit_id", self.host_combo)
        b.text("address", self.address_edit)
        b.text("platform", self.platform_combo.lineEdit())
        b.text("link", self.link_edit)
        b.text("room_id", self.room_edit)
        b.text("contact_name", self.contact_name_edit)
        b.text("contact_phone", self.contact_phone_edit)
        b.moment("test_at", self.test_day_edit, self.test_time_edit, label=tr("Ngày kiểm tra kết nối"),
                 required=False, usual_time=USUAL_TEST_TIME)
        b.choice("test_passed", self.result_combo, to_value=_RESULT_VALUES.get,
                 from_value=lambda value: {None: "unknown", True: "passed", False: "failed"}[value])
        b.number("capacity", self.capacity_spin)
        b.edited.connect(self._point_edited)

    def _build_layout(self) -> None:
        m = self.messages
        test = QHBoxLayout()
        test.addWidget(m.wrap("test_at", self.test_day_edit), 1)
        test.addWidget(QLabel(tr("lúc")))
        test.addWidget(self.test_time_edit)
        test.addWidget(QLabel(tr("Kết quả:")))
        test.addWidget(m.wrap("test_passed", self.result_combo))
        left = QFormLayout()
        left.addRow(tr("&Tên điểm cầu:"), m.wrap("name", self.name_edit))
        left.addRow(tr("Cấp:"), m.wrap("level", self.level_combo))
        left.addRow(tr("Đơn vị chủ trì:"), m.wrap("host_unit_id", self.host_combo))
        left.addRow(tr("Địa điểm:"), m.wrap("address", self.address_edit))
        left.addRow(tr("Sức chứa:"), m.wrap("capacity", self.capacity_spin))
        left.addRow(tr("Tham gia các buổi:"), m.wrap("session_ids", self.sessions_box))
        left.addRow("", self.sessions_hint)
        right = QFormLayout()
        right.addRow(tr("Nền tảng:"), m.wrap("platform", self.platform_combo))
        right.addRow(tr("Đường dẫn phòng họp:"), m.wrap("link", self.link_edit))
        right.addRow(tr("Mã phòng (ID):"), m.wrap("room_id", self.room_edit))
        right.addRow(tr("Người liên hệ:"), m.wrap("contact_name", self.contact_name_edit))
        right.addRow(tr("Số điện thoại:"), m.wrap("contact_phone", self.contact_phone_edit))
        right.addRow(tr("Kiểm tra kết nối:"), test)
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form_columns = QHBoxLayout()
        form_columns.setContentsMargins(0, 0, 0, 0)
        for form in (left, right):
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)
            form_columns.addLayout(column, 1)
        form_columns.insertSpacing(1, 16)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(section_title(tr("Các điểm cầu")))
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.table, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(section_title(tr("Điểm cầu đang chọn")))
        bottom_layout.addLayout(form_columns, 1)
        split_vertically(self, top, bottom, (220, 340))

    # ------------------------------------------------------------------ plan

    def set_plan(self, plan: EventPlan, tree: UnitTree) -> None:
        keep = current_row(self.table) if self.plan is not None and self.plan.id == plan.id else 0
        self.plan = plan
        self.tree = tree
        self.host_combo.set_tree(tree)
        self.binder.pending.clear()
        self.binder.part = None
        self.model.set_list(plan.bridge_points)
        select_row(self.table, max(keep, 0))
        self._point_selected()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Sessions may have been added or moved on their tab since this one was last shown.
        self.model.all_changed()
        self._fill_session_boxes()
        super().showEvent(event)

    def selected_point(self) -> BridgePointPlan | None:
        row = current_row(self.table)
        return self.plan.bridge_points[row] if self.plan is not None and 0 <= row < len(self.plan.bridge_points) \
            else None

    def _host_name(self, point: BridgePointPlan) -> str:
        unit = self.tree.by_id.get(point.host_unit_id or "")
        return unit.name if unit else ""

    def _sessions_text(self, point: BridgePointPlan) -> str:
        if not point.session_ids:
            return tr("Tất cả các buổi")
        labels = [s.screen_label for s in self.plan.sorted_sessions() if s.id in point.session_ids]
        return ", ".join(labels)

    # ------------------------------------------------------------------ the form

    def _point_selected(self) -> None:
        point = self.selected_point()
        self.binder.load(point)
        self.remove_button.setEnabled(point is not None)
        self._fill_session_boxes()

    def _fill_session_boxes(self) -> None:
        """One check box per session; a point with no sessions named joins them all."""
        for _session_id, box in self._session_boxes:
            self.sessions_layout.removeWidget(box)
            box.hide()
            box.deleteLater()
        self._session_boxes = []
        point = self.selected_point()
        sessions = self.plan.sorted_sessions() if self.plan is not None else []
        for number, session in enumerate(sessions):
            box = QCheckBox(session.screen_label)
            box.setChecked(point is not None and point.joins(session.id))
            box.setEnabled(point is not None)
            box.toggled.connect(lambda _checked, box=box: self._sessions_toggled(box))
            self.sessions_layout.addWidget(box, number // 2, number % 2)
            self._session_boxes.append((session.id, box))
        self.sessions_hint.setText("" if sessions else tr("Chưa có buổi nào: thêm ở thẻ «Buổi & chuyên đề»."))
        self.sessions_hint.setVisible(not sessions)

    def _sessions_toggled(self, box: QCheckBox) -> None:
        point = self.selected_point()
        if point is None:
            return
        checked = [session_id for session_id, b in self._session_boxes if b.isChecked()]
        if not checked:
            box.blockSignals(True)
            box.setChecked(True)
            box.blockSignals(False)
            self.messages.show("session_ids", tr("Điểm cầu phải tham gia ít nhất một buổi."))
            return
        self.messages.clear("session_ids")
        # Every session ticked is stored as "all": a session added later is then joined too.
        point.session_ids = [] if len(checked) == len(self._session_boxes) else checked
        self._point_edited("session_ids")

    def _point_edited(self, _attribute: str) -> None:
        self.model.row_changed(current_row(self.table))
        self.changed.emit()

    def add_point(self) -> None:
        if self.plan is None:
            return
        level = self.plan.bridge_points[-1].level if self.plan.bridge_points else "province"
        point = BridgePointPlan("", level, None, platform=self.plan.bridge_points[-1].platform
                                if self.plan.bridge_points else "")
        self.model.insert(len(self.plan.bridge_points), point)
        select_row(self.table, len(self.plan.bridge_points) - 1)
        self.changed.emit()
        self.name_edit.setFocus()

    def remove_point(self) -> None:
        point = self.selected_point()
        if point is None:
            return
        row = self.model.position_of(point)
        self.binder.forget(point.id)
        self.binder.part = None
        self.model.remove(row)
        # A rule that seated people at this point falls back to the nearest point.
        for rule in self.plan.rules:
            if rule.bridge_point_id == point.id:
                rule.bridge_point_id = None
        select_row(self.table, min(row, len(self.plan.bridge_points) - 1))
        self._point_selected()
        self.changed.emit()

