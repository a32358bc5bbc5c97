"""The "Tài liệu" tab: the materials sent to the bridge points, each by a link, with the
QR code of the selected one shown as it will be printed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.events import MATERIAL_KINDS, EventPlan, MaterialPlan
from desktop.core.units import UnitTree
from desktop.i18n import tr
from desktop.ui.events.fields import FormBinder, combo_of
from desktop.ui.events.plan_table import (
    PlanListModel,
    current_row,
    plan_table,
    row_shortcuts,
    section_title,
    select_row,
)
from desktop.ui.events.qr_view import QrView
from desktop.ui.events.tab_base import TableFormTab
from desktop.ui.forms import FieldMessages
from desktop.ui.table_models import RIGHT, Column

def material_columns() -> list[Column[MaterialPlan]]:
    """The columns of the materials table, headed in the program's language."""
    return [
        Column("seq", tr("STT"), None, alignment=RIGHT, width=44),
        Column("title", tr("Tên tài liệu"), lambda m: m.title, width=330),
        Column("kind", tr("Loại"), lambda m: tr(MATERIAL_KINDS.get(m.kind, m.kind)), width=120),
        Column("url", tr("Đường dẫn"), lambda m: m.url, width=300),
    ]


class MaterialsTab(TableFormTab):
    part = "materials"
    first_field = "title"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan: EventPlan | None = None
        self.columns = material_columns()
        self.model = PlanListModel(self.columns, self)
        self.table = plan_table(self.model, self.columns, name="materials_table", stretch="url")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._material_selected())
        row_shortcuts(self.table, insert=self.add_material, delete=self.remove_material,
                      activate=lambda: self.title_edit.setFocus())
        self.add_button = QPushButton(tr("Thêm &tài liệu"))
        self.add_button.setToolTip(tr("Thêm tài liệu (phím Insert trong bảng)"))
        self.add_button.clicked.connect(self.add_material)
        self.remove_button = QPushButton(tr("Xóa tài liệu"))
        self.remove_button.setToolTip(tr("Xóa tài liệu đang chọn (phím Delete trong bảng)"))
        self.remove_button.clicked.connect(self.remove_material)

        self.messages = FieldMessages(grow_window=False)
        self.binder = FormBinder(self.messages, self)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(tr("Ví dụ: Tài liệu hỏi - đáp Nghị quyết"))
        self.kind_combo = combo_of(MATERIAL_KINDS)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://…")
        self.binder.text("title", self.title_edit)
        self.binder.choice("kind", self.kind_combo)
        self.binder.text("url", self.url_edit)
        self.binder.edited.connect(self._edited)
        self.qr = QrView()
        self.qr_caption = QLabel()
        self.qr_caption.setObjectName("qr_caption")
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_caption.setWordWrap(True)
        self.qr_caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        m = self.messages
        form = QFormLayout()
        form.addRow(tr("Tên tài liệu:"), m.wrap("title", self.title_edit))
        form.addRow(tr("Loại:"), m.wrap("kind", self.kind_combo))
        form.addRow(tr("Đường dẫn:"), m.wrap("url", self.url_edit))
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        hint = QLabel(tr("Các điểm cầu nhận tài liệu qua mã QR trỏ tới đường dẫn này."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(section_title(tr("Tài liệu gửi các điểm cầu")))
        left.addLayout(buttons)
        left.addWidget(self.table, 1)
        left.addWidget(section_title(tr("Tài liệu đang chọn")))
        left.addLayout(form)
        left.addWidget(hint)
        right = QVBoxLayout()
        right.addWidget(section_title(tr("Mã QR")))
        right.addWidget(self.qr)
        right.addWidget(self.qr_caption)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addSpacing(12)
        layout.addLayout(right, 1)
        self._material_selected()

    def set_plan(self, plan: EventPlan, _tree: UnitTree) -> None:
        keep = current_row(self.table) if self.plan is not None and self.plan.id == plan.id else 0
        self.plan = plan
        self.binder.part = None
        self.model.set_list(plan.materials)
        select_row(self.table, max(keep, 0))
        self._material_selected()

    def selected_material(self) -> MaterialPlan | None:
        row = current_row(self.table)
        return self.plan.materials[row] if self.plan is not None and 0 <= row < len(self.plan.materials) else None

    def _material_selected(self) -> None:
        material = self.selected_material()
        self.binder.load(material)
        self.remove_button.setEnabled(material is not None)
        self._show_qr(material)

    def _show_qr(self, material: MaterialPlan | None) -> None:
        url = material.url.strip() if material else ""
        note = tr("Chọn một tài liệu để xem mã QR.") if material is None else tr("Nhập đường dẫn để tạo mã QR.")
        self.qr.set_text(url, note)
        self.qr_caption.setText(f"{material.title}\n{url}" if material and url else "")

    def _edited(self, attribute: str) -> None:
        material = self.binder.part
        self.model.row_changed(self.model.position_of(material))
        if attribute in ("url", "title"):
            self._show_qr(material)
        self.changed.emit()

    def add_material(self) -> None:
        if self.plan is None:
            return
        self.model.insert(len(self.plan.materials), MaterialPlan(""))
        select_row(self.table, len(self.plan.materials) - 1)
        self.changed.emit()
        self.title_edit.setFocus()

    def remove_material(self) -> None:
        material = self.selected_material()
        if material is None:
            return
        row = self.model.position_of(material)
        self.binder.part = None
        self.model.remove(row)
        select_row(self.table, min(row, len(self.plan.materials) - 1))
        self._material_selected()
        self.changed.emit()

