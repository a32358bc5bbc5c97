"""First-run set-up: name this computer's office, or import the unit list and pick it.

Shown when the database has no home unit yet. Either the officer types the office
(name, code, level) and its province, and :func:`desktop.core.units.setup_home_office`
creates them; or the province has sent a unit list, which is previewed and imported
(:class:`~desktop.ui.units.import_dialog.UnitImportDialog`) and the office picked from it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import units
from desktop.core.units import LEVEL_LABELS, UnitInfo, UnitLevel
from desktop.db.engine import Database
from desktop.i18n import tr
from desktop.ui.forms import FieldMessages
from desktop.ui.units.import_dialog import UnitImportDialog
from desktop.ui.worker import DatabaseWorker

# Since the 2025 reform most offices running DoanDesk are commune or ward unions.
DEFAULT_LEVEL = UnitLevel.COMMUNE


class SetupDialog(QDialog):
    """On success :attr:`home_unit` is the office this computer now belongs to."""

    def __init__(self, db: Database, worker: DatabaseWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self.home_unit: UnitInfo | None = None
        self.setWindowTitle(tr("DoanDesk – Thiết lập ban đầu"))
        self.setMinimumWidth(620)

        title = QLabel("<h2>{title}</h2>".format(title=tr("Chào mừng đến với DoanDesk")))
        intro = QLabel(tr("Trước khi bắt đầu, hãy cho biết máy tính này thuộc đơn vị nào. Danh sách đoàn viên, "
                          "hội nghị và báo cáo đều tính theo đơn vị này."))
        intro.setWordWrap(True)
        general = QLabel()
        self.messages = FieldMessages(general)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(tr("Ví dụ: Đoàn xã Mỹ Long Bắc"))
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(tr("Ví dụ: TV-MLB (không có khoảng trắng)"))
        self.level_combo = QComboBox()
        for level, label in LEVEL_LABELS.items():
            self.level_combo.addItem(tr(label), str(level))
        self.level_combo.setCurrentIndex(self.level_combo.findData(str(DEFAULT_LEVEL)))
        home_box = QGroupBox(tr("Đơn vị của máy này"))
        home_form = QFormLayout(home_box)
        home_form.addRow(tr("Tên đơn vị:"), self.messages.wrap("name", self.name_edit))
        home_form.addRow(tr("Mã đơn vị:"), self.messages.wrap("code", self.code_edit))
        home_form.addRow(tr("Cấp:"), self.messages.wrap("level", self.level_combo))

        self.parent_name_edit = QLineEdit()
        self.parent_name_edit.setPlaceholderText(tr("Ví dụ: Tỉnh đoàn Vĩnh Long"))
        self.parent_code_edit = QLineEdit()
        self.parent_code_edit.setPlaceholderText(tr("Ví dụ: VL"))
        parent_box = QGroupBox(tr("Đơn vị cấp trên (Tỉnh đoàn) – có thể bỏ trống"))
        parent_form = QFormLayout(parent_box)
        parent_form.addRow(tr("Tên Tỉnh đoàn:"), self.messages.wrap("parent_name", self.parent_name_edit))
        parent_form.addRow(tr("Mã Tỉnh đoàn:"), self.messages.wrap("parent_code", self.parent_code_edit, "parent"))

        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        import_hint = QLabel(tr("Hoặc, nếu cấp trên đã gửi danh sách đơn vị (tệp Excel):"))
        self.import_button = QPushButton(tr("Nhập danh sách đơn vị từ tệp…"))
        self.import_button.clicked.connect(self._import_units)
        import_row = QHBoxLayout()
        import_row.addWidget(import_hint, 1)
        import_row.addWidget(self.import_button)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(general)
        layout.addWidget(home_box)
        layout.addWidget(parent_box)
        layout.addWidget(rule)
        layout.addLayout(import_row)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)

    def _save(self) -> None:
        self.messages.clear()
        values = dict(name=self.name_edit.text(), code=self.code_edit.text(), level=self.level_combo.currentData(),
                      parent_name=self.parent_name_edit.text(), parent_code=self.parent_code_edit.text())
        db = self._db
        self.buttons.setEnabled(False)
        self._worker.run(lambda _state: units.setup_home_office(db, **values), on_success=self._done,
                         on_failure=self._failed, parent=self, label=tr("Đang lưu…"))

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.messages.show_failure(exc, self)

    def _done(self, unit: UnitInfo) -> None:
        self.buttons.setEnabled(True)
        self.home_unit = unit
        self.accept()

    def _import_units(self) -> None:
        dialog = UnitImportDialog(self._db, self._worker, choose_home=True, parent=self)
        if dialog.exec() and dialog.home_unit is not None:
            self.home_unit = dialog.home_unit
            self.accept()
