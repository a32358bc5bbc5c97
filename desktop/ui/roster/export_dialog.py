"""Exporting the list the officer is looking at to an .xlsx file.

Exports exactly the current scope, search and order (the same
:class:`~desktop.core.members.MemberQuery`), in the Union's list format written by
:func:`desktop.core.roster_export.export_roster`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import vntext
from desktop.core.members import MemberQuery
from desktop.core.roster_export import export_roster
from desktop.core.tasks import Cancelled
from desktop.db.engine import Database
from desktop.ui import dialogs, errors
from desktop.ui.forms import FieldMessages
from desktop.ui.worker import DatabaseWorker


def suggested_file_name(scope_name: str, today: date | None = None) -> str:
    """``"Danh sách đoàn viên - Chi đoàn 12A1 - 05-10-2025.xlsx"``: readable, safe on Windows."""
    today = today or date.today()
    safe_scope = "".join("-" if ch in '<>:"/\\|?*' else ch for ch in vntext.normalize(scope_name)).strip()
    return f"Danh sách đoàn viên - {safe_scope} - {today:%d-%m-%Y}.xlsx"


class ExportDialog(QDialog):
    def __init__(self, db: Database, worker: DatabaseWorker, query: MemberQuery, *, count: int, scope_name: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self._query = query
        self._scope_name = scope_name
        self.written: int | None = None
        self.setWindowTitle("Xuất danh sách đoàn viên")
        self.setMinimumWidth(560)

        what = f"Xuất <b>{count:,}</b> đoàn viên của «{scope_name}»".replace(",", ".")
        if query.search.strip():
            what += f" khớp với «{query.search.strip()}»"
        what += " ra tệp Excel (.xlsx), theo thứ tự đang hiển thị."
        summary = QLabel(what)
        summary.setWordWrap(True)

        general = QLabel()
        self.messages = FieldMessages(general)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText("Chọn nơi lưu tệp")
        choose = QPushButton("Chọn…")
        choose.clicked.connect(self._choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(choose)
        path_box = QWidget()
        path_box.setLayout(path_row)
        path_row.setContentsMargins(0, 0, 0, 0)

        self.split_check = QCheckBox("Tách Họ đệm / Tên thành hai cột")
        self.split_check.setToolTip("Nhiều mẫu báo cáo của Đoàn ghi «Họ đệm» và «Tên» ở hai cột riêng.")

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("Xuất", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(general)
        layout.addWidget(QLabel("Lưu vào tệp:"))
        layout.addWidget(self.messages.wrap("path", path_box))
        layout.addWidget(self.split_check)
        layout.addWidget(self.buttons)

    def _choose_path(self) -> None:
        path = dialogs.choose_xlsx_to_save(self, "Lưu danh sách đoàn viên", suggested_file_name(self._scope_name))
        if path is not None:
            self.path_edit.setText(str(path))

    def set_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))

    def _export(self) -> None:
        self.messages.clear()
        text = self.path_edit.text().strip()
        if not text:
            self._choose_path()
            text = self.path_edit.text().strip()
            if not text:
                return
        path = Path(text)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
            self.path_edit.setText(str(path))
        if not path.parent.is_dir():
            self.messages.show("path", f"Thư mục «{path.parent}» không tồn tại.")
            return
        db, query, split = self._db, self._query, self.split_check.isChecked()
        self.save_button.setEnabled(False)
        self._worker.run(
            lambda state: export_roster(db, path, query, split_name=split, progress=state.progress,
                                        cancelled=state.cancelled),
            on_success=lambda written: self._exported(path, written), on_failure=self._failed, parent=self,
            label="Đang xuất danh sách…", cancellable=True)

    def _exported(self, path: Path, written: int) -> None:
        self.written = written
        self.save_button.setEnabled(True)
        dialogs.inform(self, "Xuất danh sách",
                       f"Đã xuất {written:,} đoàn viên vào tệp:".replace(",", "."), informative=str(path))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(exc, Cancelled):
            errors.show_error(self, exc)
