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
from desktop.i18n import counted, tr, trn
from desktop.ui import dialogs, errors
from desktop.ui.forms import FieldMessages
from desktop.ui.worker import DatabaseWorker


def suggested_file_name(scope_name: str, today: date | None = None) -> str:
    """``"Danh sách đoàn viên - Chi đoàn 12A1 - 05-10-2025.xlsx"``: readable, safe on Windows."""
    today = today or date.today()
    safe_scope = "".join("-" if ch in '<>:"/\\|?*' else ch for ch in vntext.normalize(scope_name)).strip()
    return tr("Danh sách đoàn viên - {scope} - {date}.xlsx").format(scope=safe_scope, date=f"{today:%d-%m-%Y}")


class ExportDialog(QDialog):
    def __init__(self, db: Database, worker: DatabaseWorker, query: MemberQuery, *, count: int, scope_name: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self._query = query
        self._scope_name = scope_name
        self.written: int | None = None
        self.setWindowTitle(tr("Xuất danh sách đoàn viên"))
        self.setMinimumWidth(560)

        search = query.search.strip()
        if search:
            what = trn("Xuất <b>%n</b> đoàn viên của «{scope}» khớp với «{search}» ra tệp Excel (.xlsx), theo thứ tự "
                       "đang hiển thị.", count)
        else:
            what = trn("Xuất <b>%n</b> đoàn viên của «{scope}» ra tệp Excel (.xlsx), theo thứ tự đang hiển thị.", count)
        summary = QLabel(counted(what, count).format(scope=scope_name, search=search))
        summary.setWordWrap(True)

        general = QLabel()
        self.messages = FieldMessages(general)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(tr("Chọn nơi lưu tệp"))
        choose = QPushButton(tr("Chọn…"))
        choose.clicked.connect(self._choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(choose)
        path_box = QWidget()
        path_box.setLayout(path_row)
        path_row.setContentsMargins(0, 0, 0, 0)

        self.split_check = QCheckBox(tr("Tách Họ đệm / Tên thành hai cột"))
        self.split_check.setToolTip(tr("Nhiều mẫu báo cáo của Đoàn ghi «Họ đệm» và «Tên» ở hai cột riêng."))

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(tr("Xuất"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(general)
        layout.addWidget(QLabel(tr("Lưu vào tệp:")))
        layout.addWidget(self.messages.wrap("path", path_box))
        layout.addWidget(self.split_check)
        layout.addWidget(self.buttons)

    def _choose_path(self) -> None:
        path = dialogs.choose_xlsx_to_save(self, tr("Lưu danh sách đoàn viên"), suggested_file_name(self._scope_name))
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
            self.messages.show("path", tr("Thư mục «{folder}» không tồn tại.").format(folder=path.parent))
            return
        db, query, split = self._db, self._query, self.split_check.isChecked()
        self.save_button.setEnabled(False)
        self._worker.run(
            lambda state: export_roster(db, path, query, split_name=split, progress=state.progress,
                                        cancelled=state.cancelled),
            on_success=lambda written: self._exported(path, written), on_failure=self._failed, parent=self,
            label=tr("Đang xuất danh sách…"), cancellable=True)

    def _exported(self, path: Path, written: int) -> None:
        self.written = written
        self.save_button.setEnabled(True)
        dialogs.inform(self, tr("Xuất danh sách"),
                       counted(trn("Đã xuất %n đoàn viên vào tệp:", written), written),
                       informative=str(path))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(exc, Cancelled):
            errors.show_error(self, exc)
