"""Importing a unit list from a spreadsheet: preview, then write; optionally pick the home unit.

The preview is :func:`desktop.core.units.import_units` with ``dry_run=True``: counts of
new, changed and unchanged units and every problem with its sheet, row and column.
Nothing is written while any row has an error. During first-run set-up the dialog then
shows the imported tree so the officer can say which unit this computer belongs to.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QStackedWidget, QTreeView, QVBoxLayout, QWidget

from desktop.core import units
from desktop.core.units import UnitImportReport, UnitInfo
from desktop.db.engine import Database
from desktop.i18n import tr, trn
from desktop.ui import dialogs, errors
from desktop.ui.forms import ERROR_COLOUR, chosen_path_row
from desktop.ui.problems import problems_model, problems_view
from desktop.ui.units.tree_model import build_unit_model, find_unit, reveal, unit_id_at
from desktop.ui.worker import DatabaseWorker


class UnitImportDialog(QDialog):
    """``choose_home=True`` adds the step that sets the home unit (first-run set-up)."""

    def __init__(self, db: Database, worker: DatabaseWorker, *, choose_home: bool = False,
                 path: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self._choose_home = choose_home
        self._path: Path | None = None
        self._report: UnitImportReport | None = None
        self._preview_generation = 0  # a newer file choice makes older previews stale
        self.home_unit: UnitInfo | None = None
        self.setWindowTitle(tr("Nhập danh sách đơn vị"))
        self.resize(820, 520)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_preview_page())
        self.pages.addWidget(self._build_home_page())

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(tr("Nhập"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._next)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)
        if path is not None:
            self.load(path)

    # ------------------------------------------------------------------ pages

    def _build_preview_page(self) -> QWidget:
        page = QWidget()
        # The column names are those of the Vietnamese spreadsheet the province sends.
        intro = QLabel(tr("Chọn tệp danh sách đơn vị (.xlsx, .xls, .ods) có các cột <b>Mã đơn vị</b>, "
                          "<b>Tên đơn vị</b>, <b>Cấp</b> và <b>Đơn vị cấp trên</b> (mã). "
                          "DoanDesk cho xem trước, chưa ghi gì cho đến khi bạn bấm «Nhập»."))
        intro.setWordWrap(True)
        file_row, self.path_edit, _choose = chosen_path_row(tr("Tệp:"), tr("Chưa chọn tệp"), tr("Chọn tệp…"),
                                                            self._choose_file)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.problems_view = problems_view()
        self.problems_view.hide()

        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problems_view, 1)
        layout.addStretch(0)
        return page

    def _build_home_page(self) -> QWidget:
        page = QWidget()
        label = QLabel(tr("Đã nhập danh sách đơn vị. Chọn <b>đơn vị của máy này</b> (đơn vị bạn quản lý) "
                          "trong cây:"))
        label.setWordWrap(True)
        self.home_tree = QTreeView()
        self.home_tree.setUniformRowHeights(True)
        self.home_tree.setAlternatingRowColors(True)
        self.home_tree.doubleClicked.connect(lambda _index: self._next())
        layout = QVBoxLayout(page)
        layout.addWidget(label)
        layout.addWidget(self.home_tree, 1)
        return page

    # ------------------------------------------------------------------ preview

    def _choose_file(self) -> None:
        path = dialogs.choose_spreadsheet(self, tr("Chọn tệp danh sách đơn vị"))
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        """Preview ``path`` (no writing) and show what importing it would do."""
        self._path = path
        self._report = None
        self.path_edit.setText(str(path))
        self.summary_label.setText(tr("Đang đọc tệp…"))
        self.import_button.setEnabled(False)
        db = self._db
        self._preview_generation += 1
        generation = self._preview_generation
        self._worker.run(lambda _state: units.import_units(db, path, dry_run=True),
                         on_success=lambda report: self._preview_ready(generation, report),
                         on_failure=lambda exc: self._preview_failed(generation, exc), parent=self,
                         label=tr("Đang đọc {name}…").format(name=path.name))

    def _preview_ready(self, generation: int, report: UnitImportReport) -> None:
        if generation == self._preview_generation:
            self._show_preview(report)

    def _show_preview(self, report: UnitImportReport) -> None:
        self._report = report
        blocking = report.errors
        warnings = [p for p in report.problems if p.severity != "error"]
        parts = [trn("<b>%n</b> đơn vị mới", len(report.created)),
                 trn("<b>%n</b> đơn vị thay đổi", len(report.updated)),
                 trn("<b>%n</b> không đổi", len(report.unchanged))]
        text = tr("Tệp «{file}»: {counts}.").format(file=report.file, counts=", ".join(parts))
        if blocking:
            message = trn("Có <b>%n</b> lỗi: chưa thể nhập. Hãy sửa tệp theo danh sách dưới đây rồi chọn lại tệp.",
                          len(blocking))
            text += f"<br><span style='color:{ERROR_COLOUR}'>{message}</span>"
        elif warnings:
            text += "<br>" + trn("Có %n cảnh báo (vẫn nhập được).", len(warnings))
        else:
            text += "<br>" + tr("Không có lỗi nào; bấm «Nhập» để ghi vào dữ liệu.")
        self.summary_label.setText(text)
        self.problems_view.setModel(problems_model(report.problems, self.problems_view))
        self.problems_view.setVisible(bool(report.problems))
        self.import_button.setEnabled(not blocking)
        self.import_button.setText(tr("Nhập (còn lỗi)") if blocking else tr("Nhập"))

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._preview_generation:
            return
        self.summary_label.setText("")
        errors.show_error(self, exc)

    # ------------------------------------------------------------------ apply

    def _next(self) -> None:
        if self.pages.currentIndex() == 0:
            self._apply()
        else:
            self._set_home()

    def _apply(self) -> None:
        if self._path is None or self._report is None or self._report.errors:
            return
        path, db = self._path, self._db
        self.import_button.setEnabled(False)
        self._worker.run(lambda _state: units.import_units(db, path), on_success=self._applied,
                         on_failure=self._apply_failed, parent=self, label=tr("Đang nhập danh sách đơn vị…"))

    def _apply_failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        errors.show_error(self, exc)

    def _applied(self, report: UnitImportReport) -> None:
        if report.errors:  # the file changed between preview and import
            self._show_preview(report)
            return
        if not self._choose_home:
            counts = ", ".join([trn("%n đơn vị mới", len(report.created)),
                                trn("%n đơn vị thay đổi", len(report.updated)),
                                trn("%n không đổi", len(report.unchanged))])
            dialogs.inform(self, tr("Nhập danh sách đơn vị"), tr("Đã nhập: {counts}.").format(counts=counts))
            self.accept()
            return
        tree = units.load_tree(self._db)
        model = build_unit_model(tree, detailed=True, parent=self.home_tree)
        self.home_tree.setModel(model)
        self.home_tree.expandToDepth(1)
        self.home_tree.setColumnWidth(0, 360)
        # Selection, not the current index: clicking the row that already has focus must count.
        self.home_tree.selectionModel().selectionChanged.connect(
            lambda *_: self.import_button.setEnabled(self._chosen_home_id() is not None))
        preselect = find_unit(model, tree.home_id)
        if preselect.isValid():
            reveal(self.home_tree, preselect)
            self.home_tree.setCurrentIndex(preselect)
        self.pages.setCurrentIndex(1)
        self.import_button.setText(tr("Lưu"))
        self.import_button.setEnabled(preselect.isValid())

    def _chosen_home_id(self) -> str | None:
        selected = self.home_tree.selectionModel().selectedRows(0)
        return unit_id_at(selected[0]) if selected else None

    def _set_home(self) -> None:
        unit_id = self._chosen_home_id()
        if unit_id is None:
            return
        db = self._db

        def job(_state):
            units.set_home_unit(db, unit_id)
            return units.home_unit(db)

        self.import_button.setEnabled(False)
        self._worker.run(job, on_success=self._home_set, on_failure=self._apply_failed, parent=self,
                         label=tr("Đang lưu…"))

    def _home_set(self, unit: UnitInfo | None) -> None:
        self.home_unit = unit
        self.accept()
