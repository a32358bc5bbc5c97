"""Adding a unit under another one, or changing a unit's name, code and level."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core import units
from desktop.core.units import LEVEL_LABELS, LEVEL_RANK, UnitInfo
from desktop.db.engine import Database
from desktop.i18n import tr
from desktop.ui.forms import FieldMessages
from desktop.ui.worker import DatabaseWorker


def levels_below(parent: UnitInfo | None) -> list[str]:
    """The levels a unit under ``parent`` may have (strictly lower rank), highest first."""
    floor = LEVEL_RANK[parent.level] if parent is not None else -1
    return [level for level in LEVEL_LABELS if LEVEL_RANK[level] > floor]


class UnitDialog(QDialog):
    """``unit=None`` adds a new unit under ``parent_unit``; otherwise edits ``unit`` in place."""

    def __init__(self, db: Database, worker: DatabaseWorker, *, parent_unit: UnitInfo | None,
                 unit: UnitInfo | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self._parent_unit = parent_unit
        self._unit = unit
        self.saved_unit: UnitInfo | None = None
        self.setWindowTitle(tr("Sửa đơn vị") if unit else tr("Thêm đơn vị trực thuộc"))
        self.setMinimumWidth(460)

        general = QLabel()
        self.messages = FieldMessages(general)
        self.name_edit = QLineEdit(unit.name if unit else "")
        self.name_edit.setPlaceholderText(tr("Ví dụ: Chi đoàn ấp Cây Da"))
        self.code_edit = QLineEdit(unit.code if unit else "")
        self.code_edit.setPlaceholderText(tr("Ví dụ: TV-CN-01-02 (không có khoảng trắng)"))
        self.level_combo = QComboBox()
        for level in levels_below(parent_unit):
            self.level_combo.addItem(tr(LEVEL_LABELS[level]), level)
        if unit is not None:
            position = self.level_combo.findData(unit.level)
            if position < 0:  # an old level no longer offered under this parent: keep it visible
                self.level_combo.addItem(tr(LEVEL_LABELS.get(unit.level, unit.level)), unit.level)
                position = self.level_combo.count() - 1
            self.level_combo.setCurrentIndex(position)

        form = QFormLayout()
        if parent_unit is not None:
            form.addRow(tr("Trực thuộc:"), QLabel(f"{parent_unit.name} ({tr(parent_unit.level_label)})"))
        form.addRow(tr("Tên đơn vị:"), self.messages.wrap("name", self.name_edit))
        form.addRow(tr("Mã đơn vị:"), self.messages.wrap("code", self.code_edit))
        form.addRow(tr("Cấp:"), self.messages.wrap("level", self.level_combo, "parent"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _save(self) -> None:
        self.messages.clear()
        name, code, level = self.name_edit.text(), self.code_edit.text(), self.level_combo.currentData()
        parent_id = self._parent_unit.id if self._parent_unit else None
        unit_id = self._unit.id if self._unit else None
        db = self._db

        def job(_state):
            if unit_id is None:
                return units.create_unit(db, code, name, level, parent_id)
            return units.update_unit(db, unit_id, code=code, name=name, level=level, parent_id=parent_id)

        self.buttons.setEnabled(False)
        self._worker.run(job, on_success=self._saved, on_failure=self._failed, parent=self,
                         label=tr("Đang lưu đơn vị…"))

    def _saved(self, unit: UnitInfo) -> None:
        self.buttons.setEnabled(True)
        self.saved_unit = unit
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.messages.show_failure(exc, self)
