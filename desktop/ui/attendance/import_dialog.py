"""Attendance read from a spreadsheet for one session at one bridge point: preview, then record.

The preview (:func:`desktop.core.attendance_import.preview_attendance_file`) writes
nothing: it lists every row matched to a member with how it was matched and what
recording it would do, and every row that matched nobody with its row and column, so
the officer can fix the file or enter those people another way. "Ghi điểm danh"
records the matched rows in one transaction
(:func:`desktop.core.attendance_import.apply_attendance_import`); rows already recorded
stay as they are, so the same file imported twice changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.core.attendance import MarkResult
from desktop.core.attendance_import import (
    AttendanceImportPreview,
    MatchedRow,
    apply_attendance_import,
    preview_attendance_file,
)
from desktop.db.engine import Database
from desktop.i18n import N_, tr, trn
from desktop.ui import dialogs, errors
from desktop.ui.events.plan_table import plan_table
from desktop.ui.forms import ERROR_COLOUR, chosen_path_row
from desktop.ui.problems import problems_view
from desktop.ui.table_models import CENTER, RIGHT, Column, ListTableModel
from desktop.ui.worker import DatabaseWorker

STATE_LABELS = {"new": N_("Sẽ ghi có mặt"), "already": N_("Đã điểm danh trước đó (giữ nguyên)"),
                "not_invited": N_("Không có trong danh sách điểm cầu")}
STATE_COLOURS = {"already": QColor("#ececec"), "not_invited": QColor("#fff4d6")}

MATCHED_COLUMNS: list[Column[MatchedRow]] = [
    Column("row", N_("Dòng"), lambda m: m.row, alignment=RIGHT, width=52),
    Column("name", N_("Họ và tên"), lambda m: m.full_name, width=200),
    Column("how", N_("Khớp theo"), lambda m: m.how, width=150),
    Column("arrived", N_("Giờ đến"), lambda m: f"{m.arrived_at:%H:%M}" if m.arrived_at else "", alignment=CENTER,
           width=64),
    Column("state", N_("Tình trạng"), lambda m: tr(STATE_LABELS.get(m.state, m.state)), width=260),
]


class AttendanceImportDialog(QDialog):
    """See the module docstring. ``result_marks`` holds what was recorded once accepted."""

    def __init__(self, db: Database, worker: DatabaseWorker, event_id: str, session_id: str, point_id: str, *,
                 session_label: str, point_name: str, path: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self.event_id, self.session_id, self.point_id = event_id, session_id, point_id
        self.preview: AttendanceImportPreview | None = None
        self.result_marks: MarkResult | None = None
        self._generation = 0  # a newer file choice makes older previews stale
        self.setWindowTitle(tr("Nhập điểm danh từ tệp"))
        self.resize(940, 600)

        where = QLabel(tr("Ghi vào buổi <b>{session}</b> tại <b>{point}</b>").format(session=session_label,
                                                                               point=point_name))
        where.setStyleSheet("font-size: 11pt;")
        where.setWordWrap(True)
        intro = QLabel(tr("Chọn tệp bảng tính (.xlsx, .xls, .ods) có một dòng tiêu đề với ít nhất một cột "
                          "<b>Họ và tên</b>, <b>Mã thẻ</b>, <b>Số thẻ</b> hoặc <b>Số điện thoại</b>. Nếu có cột "
                          "<b>Có mặt</b> (x, có, 1…), chỉ những dòng được đánh dấu được tính; cột <b>Giờ đến</b> "
                          "cho biết ai đến muộn. DoanDesk cho xem trước, chưa ghi gì cho đến khi bạn bấm "
                          "«Ghi điểm danh»."))
        intro.setWordWrap(True)
        file_row, self.path_edit, self.choose_button = chosen_path_row(
            tr("Tệp:"), tr("Chưa chọn tệp"), tr("&Chọn tệp…"), self._choose_file, "import_path")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("import_summary")
        self.summary_label.setWordWrap(True)

        self.matched_model = ListTableModel(MATCHED_COLUMNS, background=lambda m: STATE_COLOURS.get(m.state),
                                            parent=self)
        self.matched_table = plan_table(self.matched_model, MATCHED_COLUMNS, name="import_matched", stretch="state")
        self.problems_view = problems_view()
        self.problems_view.setObjectName("import_problems")
        # The summary names the sheet, so its column gives its room to the message.
        self.problems_view.setColumnHidden(1, True)
        self.problems_view.setColumnWidth(0, 76)
        self.problems_view.setColumnWidth(3, 150)
        self.result_tabs = QTabWidget()
        self.result_tabs.addTab(self.matched_table, tr("Khớp được"))
        self.result_tabs.addTab(self.problems_view, tr("Không khớp và cảnh báo"))
        self.result_tabs.hide()

        self.admit_check = QCheckBox(tr("Ghi cả người không có trong danh sách điểm cầu"))
        self.admit_check.setObjectName("admit_not_invited")
        self.admit_check.setToolTip(tr("Người được mời ở điểm cầu khác hoặc không được mời nhưng có tên trong "
                                       "tệp: ghi là có mặt ngoài danh sách tại điểm cầu này."))
        self.admit_check.setChecked(True)
        self.admit_check.setEnabled(False)
        self.admit_check.toggled.connect(lambda _on: self._update_apply())

        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(tr("&Ghi điểm danh"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(False)
        self.buttons.addButton(tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.result_tabs, 1)
        layout.addStretch(0)
        layout.addWidget(self.admit_check)
        layout.addWidget(self.buttons)
        if path is not None:
            self.load(path)

    # ------------------------------------------------------------------ preview

    def _choose_file(self) -> None:
        path = dialogs.choose_spreadsheet(self, tr("Chọn tệp điểm danh"))
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        """Preview ``path`` (nothing is written) and show what recording it would do."""
        self.preview = None
        self.path_edit.setText(str(path))
        self.summary_label.setText(tr("Đang đọc tệp…"))
        self.apply_button.setEnabled(False)
        self._generation += 1
        generation = self._generation
        db, event_id, session_id, point_id = self._db, self.event_id, self.session_id, self.point_id
        self._worker.run(lambda _state: preview_attendance_file(db, event_id, session_id, point_id, path),
                         on_success=lambda preview: self._previewed(generation, preview),
                         on_failure=lambda exc: self._preview_failed(generation, exc), parent=self,
                         label=tr("Đang đọc {name}…").format(name=path.name))

    def _previewed(self, generation: int, preview: AttendanceImportPreview) -> None:
        if generation != self._generation:
            return
        self.preview = preview
        self.matched_model.set_rows(preview.matched)
        self.problems_view.model().set_rows(preview.problems)
        self.result_tabs.setTabText(0, tr("Khớp được ({count})").format(count=len(preview.matched)))
        self.result_tabs.setTabText(1, tr("Không khớp và cảnh báo ({count})").format(count=len(preview.problems)))
        self.result_tabs.setTabEnabled(1, bool(preview.problems))
        self.result_tabs.show()
        # Unmatched rows are what the officer must act on: show them first.
        self.result_tabs.setCurrentIndex(1 if preview.unmatched else 0)
        not_invited = preview.count("not_invited")
        self.admit_check.setEnabled(bool(not_invited))
        self.admit_check.setText(trn("Ghi cả %n người không có trong danh sách điểm cầu", not_invited)
                                 if not_invited else tr("Ghi cả người không có trong danh sách điểm cầu"))

        parts = [trn("<b>%n</b> người sẽ được ghi có mặt", preview.count("new"))]
        if preview.count("already"):
            parts.append(trn("<b>%n</b> người đã điểm danh trước đó", preview.count("already")))
        if not_invited:
            parts.append(trn("<b>%n</b> người không có trong danh sách điểm cầu", not_invited))
        text = tr("Tệp «{file}», trang «{sheet}»: {counts}.").format(
            file=preview.file, sheet=preview.sheet, counts=", ".join(parts))
        if preview.skipped_absent:
            text += " " + trn("Bỏ qua %n dòng không đánh dấu có mặt.", preview.skipped_absent)
        if preview.unmatched:
            text += (f"<br><span style='color:{ERROR_COLOUR}'>"
                     + trn("<b>%n</b> dòng không khớp được với ai (xem danh sách): những dòng này không được ghi. "
                           "Hãy sửa tệp rồi chọn lại, hoặc điểm danh những người đó bằng tìm tên ở trạm điểm danh.",
                           len(preview.unmatched))
                     + "</span>")
        if not preview.matched and not preview.unmatched:
            text += "<br>" + tr("Tệp không có dòng nào để ghi.")
        self.summary_label.setText(text)
        self._update_apply()

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.summary_label.setText("")
        self.result_tabs.hide()
        errors.show_error(self, exc)

    def _to_record(self) -> int:
        if self.preview is None:
            return 0
        admitted = self.preview.count("not_invited") if self.admit_check.isChecked() else 0
        return self.preview.count("new") + admitted

    def _update_apply(self) -> None:
        count = self._to_record()
        self.apply_button.setEnabled(count > 0)
        self.apply_button.setText(trn("&Ghi điểm danh (%n người)", count) if count else tr("&Ghi điểm danh"))

    # ------------------------------------------------------------------ apply

    def apply(self) -> None:
        if self.preview is None or self._to_record() == 0:
            return
        db, event_id, preview, admit = self._db, self.event_id, self.preview, self.admit_check.isChecked()
        self.apply_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self._worker.run(lambda _state: apply_attendance_import(db, event_id, preview, admit_not_invited=admit),
                         on_success=self._applied, on_failure=self._apply_failed, parent=self,
                         label=tr("Đang ghi điểm danh…"))

    def _apply_failed(self, exc: BaseException) -> None:
        self.choose_button.setEnabled(True)
        self._update_apply()
        errors.show_error(self, exc)

    def _applied(self, result: MarkResult) -> None:
        self.result_marks = result
        text = trn("Đã ghi %n người có mặt từ tệp «{file}».", result.recorded).format(file=self.preview.file)
        if result.already:
            text += " " + trn("%n người đã được điểm danh trước đó (giữ nguyên).", result.already)
        if result.not_invited:
            text += " " + trn("Không ghi %n người không có trong danh sách điểm cầu.", len(result.not_invited))
        dialogs.inform(self, tr("Nhập điểm danh từ tệp"), text)
        self.accept()
