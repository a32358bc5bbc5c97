"""Importing a roster from Excel: choose the file, preview what would change, apply.

The preview (:func:`desktop.core.roster_import.preview_roster_import`) reads the file
and writes nothing: the columns it recognised, how many rows would be added, updated,
left unchanged or refused, and every problem with its sheet, row and column. Applying
(:func:`~desktop.core.roster_import.apply_roster_import`) writes the plan in one
transaction. A file with errors is imported only if the officer ticks "Chỉ nhập các
dòng hợp lệ"; otherwise nothing is written. Both steps run on the worker with the
delayed, cancellable progress dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.core.roster_import import (
    ACTION_LABELS,
    PlannedRow,
    RosterImportPlan,
    apply_roster_import,
    preview_roster_import,
)
from desktop.core.tasks import Cancelled
from desktop.core.units import UnitTree
from desktop.db.engine import Database
from desktop.i18n import N_, tr, trn
from desktop.ui import dialogs, errors
from desktop.ui.forms import ERROR_COLOUR, WARNING_COLOUR
from desktop.ui.problems import problems_model, problems_view, translated_columns
from desktop.ui.roster.member_dialog import branch_choices
from desktop.ui.table_models import RIGHT, Column, ListTableModel, apply_column_widths, use_one_line_rows
from desktop.ui.worker import DatabaseWorker, Task

ACTION_COLOURS = {
    "create": QColor("#e3f4e6"),
    "update": QColor("#e2eefb"),
    "unchanged": None,
    "error": QColor("#fde7e5"),
}
# The counts line wears the same colours as the rows, so the table needs no legend.
_CHIP = "<span style='background-color:{colour};'>&nbsp;{text}&nbsp;</span>"


def _chip(action: str, text: str) -> str:
    """``text`` (the count in bold and what it counts) on the colour of ``action``'s rows."""
    colour = ACTION_COLOURS.get(action)
    return _CHIP.format(colour=colour.name() if colour else "transparent", text=text)


# Column headers and filter names are marked with N_ and shown through tr().
ROW_COLUMNS: list[Column[PlannedRow]] = [
    Column("sheet", N_("Trang"), lambda r: r.sheet, width=100),
    Column("row", N_("Dòng"), lambda r: r.row, alignment=RIGHT, width=50),
    Column("action", N_("Thao tác"), lambda r: tr(ACTION_LABELS.get(r.action, r.action)), width=90),
    Column("full_name", N_("Họ và tên"), lambda r: r.full_name, width=190),
    Column("date_of_birth", N_("Ngày sinh"), lambda r: r.date_of_birth_text, width=90),
    Column("gender", N_("Giới tính"), lambda r: tr(r.gender_label), width=70),
    Column("card_number", N_("Số thẻ ĐV"), lambda r: r.card_number, width=100),
    Column("branch", N_("Chi đoàn"), lambda r: r.branch_name, width=180),
    Column("messages", N_("Ghi chú"), lambda r: "; ".join(r.messages), width=300),
]


@dataclass(frozen=True)
class MappedColumnRow:
    """One recognised column of one sheet, flattened for the table."""

    sheet: str
    letter: str
    header: str
    label: str


MAPPING_COLUMNS: list[Column[MappedColumnRow]] = [
    Column("sheet", N_("Trang"), lambda c: c.sheet, width=120),
    Column("letter", N_("Cột"), lambda c: c.letter, width=45),
    Column("header", N_("Tiêu đề trong tệp"), lambda c: c.header, width=240),
    Column("label", N_("Hiểu là"), lambda c: c.label, width=200),
]

ROW_FILTERS = [(N_("Tất cả các dòng"), None), (N_("Thêm mới"), "create"), (N_("Cập nhật"), "update"),
               (N_("Không đổi"), "unchanged"), (N_("Lỗi"), "error")]


def _read_only_table(columns: list[Column], model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    use_one_line_rows(view)
    view.horizontalHeader().setStretchLastSection(True)
    apply_column_widths(view, columns)
    return view


class FilePage(QWizardPage):
    def __init__(self, tree: UnitTree, default_unit_id: str | None):
        super().__init__()
        self.setTitle(tr("Chọn tệp danh sách đoàn viên"))
        self.setSubTitle(tr("Tệp Excel (.xlsx, .xls) hoặc LibreOffice (.ods). DoanDesk tự tìm dòng tiêu đề và "
                            "nhận ra các cột; bước sau cho xem trước, chưa ghi gì."))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("import_path")
        self.path_edit.setPlaceholderText(tr("Chưa chọn tệp"))
        self.path_edit.textChanged.connect(lambda _text: self.completeChanged.emit())
        choose = QPushButton(tr("Chọn tệp…"))
        choose.clicked.connect(self._choose)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(choose)

        self.unit_combo = QComboBox()
        self.unit_combo.addItem(tr("(theo cột Chi đoàn trong tệp)"), None)
        for unit_id, text in branch_choices(tree):
            self.unit_combo.addItem(text, unit_id)
        if default_unit_id:
            self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(default_unit_id)))
        unit_hint = QLabel(tr("Dùng khi tệp không có cột Chi đoàn: mọi đoàn viên trong tệp vào đơn vị này."))
        unit_hint.setWordWrap(True)
        unit_hint.setStyleSheet("color: #555;")

        needs = QLabel(tr("Tệp cần có một dòng tiêu đề với cột <b>Họ và tên</b> (hoặc <b>Họ đệm</b> và <b>Tên</b>). "
                          "Các cột Ngày sinh, Giới tính, Dân tộc, Số CCCD, Số điện thoại, Ngày vào Đoàn, Số thẻ, "
                          "Chức vụ, Chi đoàn… được nhận ra tự động. Chữ gõ bằng phông TCVN3 (.VnTime) hoặc VNI "
                          "được chuyển sang Unicode."))
        needs.setWordWrap(True)

        form = QFormLayout()
        form.addRow(tr("Tệp:"), path_row)
        form.addRow(tr("Đơn vị nhận:"), self.unit_combo)
        form.addRow("", unit_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(needs)
        layout.addStretch(1)

    def _choose(self) -> None:
        path = dialogs.choose_spreadsheet(self, tr("Chọn tệp danh sách đoàn viên"))
        if path is not None:
            self.path_edit.setText(str(path))

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text) if text else None

    def target_unit_id(self) -> str | None:
        return self.unit_combo.currentData()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        path = self.path()
        return path is not None and path.suffix.lower() in dialogs.SPREADSHEET_SUFFIXES and path.is_file()


class PreviewPage(QWizardPage):
    def __init__(self, wizard: "RosterImportWizard"):
        super().__init__()
        self._wizard = wizard
        self.plan: RosterImportPlan | None = None
        self._task: Task | None = None
        # Each preview started gets a number; answers for an older one (the officer went
        # back and forward again meanwhile) are ignored.
        self._generation = 0
        self.setTitle(tr("Xem trước"))
        self.setSubTitle(tr("Kiểm tra những gì sẽ được nhập. Chưa có gì được ghi vào dữ liệu."))

        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.encoding_label = QLabel()
        self.encoding_label.setWordWrap(True)
        self.encoding_label.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.encoding_label.hide()
        self.counts_label = QLabel()
        self.counts_label.setObjectName("counts_label")
        self.counts_label.setWordWrap(True)

        self.rows_model: ListTableModel[PlannedRow] = ListTableModel(
            translated_columns(ROW_COLUMNS), background=lambda r: ACTION_COLOURS.get(r.action),
            tooltip=lambda r: "\n".join(r.messages))
        self.rows_view = _read_only_table(ROW_COLUMNS, self.rows_model)
        self.rows_view.setObjectName("planned_rows")
        self.row_filter = QComboBox()
        for text, action in ROW_FILTERS:
            self.row_filter.addItem(tr(text), action)
        self.row_filter.currentIndexChanged.connect(lambda _i: self._show_rows())
        rows_tab = QWidget()
        rows_layout = QVBoxLayout(rows_tab)
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(tr("Hiện:")))
        filter_row.addWidget(self.row_filter)
        filter_row.addStretch(1)
        rows_layout.addLayout(filter_row)
        rows_layout.addWidget(self.rows_view)

        self.problems_view = problems_view()
        self.problems_view.setObjectName("problems")
        self.mapping_model: ListTableModel[MappedColumnRow] = ListTableModel(translated_columns(MAPPING_COLUMNS))
        self.mapping_view = _read_only_table(MAPPING_COLUMNS, self.mapping_model)

        self.tabs = QTabWidget()
        self.tabs.addTab(rows_tab, tr("Các dòng"))
        self.tabs.addTab(self.problems_view, tr("Vấn đề"))
        self.tabs.addTab(self.mapping_view, tr("Cột đã nhận ra"))

        self.skip_invalid_check = QCheckBox(tr("Chỉ nhập các dòng hợp lệ"))
        self.skip_invalid_check.setObjectName("skip_invalid")
        self.skip_invalid_check.hide()
        self.skip_invalid_check.toggled.connect(lambda _on: self._update_finish())

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.encoding_label)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.skip_invalid_check)

    # ------------------------------------------------------------------ preview

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.plan = None
        self.rows_model.set_rows([])
        self.problems_view.setModel(problems_model([], self.problems_view))
        self.mapping_model.set_rows([])
        self.skip_invalid_check.setChecked(False)
        self.skip_invalid_check.hide()
        self.encoding_label.hide()
        file_page = self._wizard.file_page
        path, target = file_page.path(), file_page.target_unit_id()
        self.file_label.setText(tr("Tệp: <b>{file}</b>").format(file=path.name))
        self.counts_label.setText(tr("Đang đọc tệp…"))
        db = self._wizard.db
        self._generation += 1
        generation = self._generation
        self._task = self._wizard.worker.run(
            lambda state: preview_roster_import(db, path, target_unit_id=target, progress=state.progress,
                                                cancelled=state.cancelled),
            on_success=lambda plan: self._show_plan(generation, plan),
            on_failure=lambda exc: self._preview_failed(generation, exc), parent=self._wizard,
            label=tr("Đang đọc {name}…").format(name=path.name), cancellable=True)
        self._update_finish()

    def cleanupPage(self) -> None:  # noqa: N802 - going Back: stop a preview still running
        self.stop_preview()
        super().cleanupPage()

    def stop_preview(self) -> None:
        self._generation += 1
        if self._task is not None and not self._task.done:
            self._task.cancel()
        self._task = None

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._task = None
        if not isinstance(exc, Cancelled):
            errors.show_error(self._wizard, exc)
        self.counts_label.setText(tr("Chưa xem trước được tệp này. Bấm «Quay lại» để chọn tệp khác."))
        self._update_finish()

    def _show_plan(self, generation: int, plan: RosterImportPlan) -> None:
        if generation != self._generation:
            return  # the officer went back meanwhile
        self._task = None
        self.plan = plan
        sheets = ", ".join(tr("«{sheet}» (tiêu đề ở dòng {row})").format(sheet=s.name, row=s.header_row)
                           for s in plan.sheets)
        self.file_label.setText(tr("Tệp: <b>{file}</b> – bảng danh sách ở trang {sheets}.").format(
            file=plan.file, sheets=sheets))
        if plan.legacy_encoding:
            self.encoding_label.setText(tr(
                "⚠ Chữ trong tệp được gõ bằng bảng mã cũ {encoding}; DoanDesk đã chuyển sang Unicode. Hãy xem lại "
                "vài họ tên trong bảng dưới đây.").format(encoding=plan.legacy_encoding.upper()))
            self.encoding_label.show()
        counts = plan.counts
        parts = [
            _chip("create", trn("<b>%n</b> thêm mới", counts["create"])),
            _chip("update", trn("<b>%n</b> cập nhật", counts["update"])),
            _chip("unchanged", trn("<b>%n</b> không đổi", counts["unchanged"])),
            _chip("error", trn("<b>%n</b> dòng lỗi", counts["error"])),
        ]
        text = " &nbsp; ".join(parts)
        if plan.errors:
            found = trn("Có %n lỗi ở {rows} (xem thẻ «Vấn đề»). Sửa tệp rồi nhập lại, hoặc chỉ nhập các dòng hợp "
                        "lệ.", len(plan.errors)).format(rows=trn("%n dòng", counts["error"]))
            text += f"<br><span style='color:{ERROR_COLOUR}'>{found}</span>"
        if plan.warnings:
            found = trn("%n cảnh báo (vẫn nhập được).", len(plan.warnings))
            text += f"<br><span style='color:{WARNING_COLOUR}'>{found}</span>"
        self.counts_label.setText(text)

        self.mapping_model.set_rows([
            MappedColumnRow(sheet.name, column.letter, column.header, column.label)
            for sheet in plan.sheets for column in sheet.columns
        ])
        self.problems_view.setModel(problems_model(plan.problems, self.problems_view))
        self.rows_view.setColumnHidden(0, len(plan.sheets) < 2)  # the sheet column only matters with several
        self._show_rows()
        self.tabs.setTabText(0, tr("Các dòng ({count})").format(count=len(plan.rows)))
        self.tabs.setTabText(1, tr("Vấn đề ({count})").format(count=len(plan.problems)))
        self.tabs.setTabText(2, tr("Cột đã nhận ra ({count})").format(count=sum(len(s.columns) for s in plan.sheets)))
        importable = counts["create"] + counts["update"]
        if plan.errors:
            self.skip_invalid_check.setText(tr("Chỉ nhập các dòng hợp lệ ({valid}), bỏ qua {invalid}").format(
                valid=trn("%n dòng", importable), invalid=trn("%n dòng lỗi", counts["error"])))
            self.skip_invalid_check.setVisible(importable > 0)
        self._update_finish()

    def _show_rows(self) -> None:
        if self.plan is None:
            return
        action = self.row_filter.currentData()
        rows = self.plan.rows if action is None else [r for r in self.plan.rows if r.action == action]
        self.rows_model.set_rows(rows)

    # ------------------------------------------------------------------ finishing

    def importable(self) -> int:
        if self.plan is None:
            return 0
        counts = self.plan.counts
        return counts["create"] + counts["update"]

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        if self.plan is None or self.importable() == 0:
            return False
        return not self.plan.errors or self.skip_invalid_check.isChecked()

    def _update_finish(self) -> None:
        if self.plan is None:
            text = tr("Nhập")
        elif self.importable() == 0:
            text = tr("Không có gì để nhập")
        elif self.plan.errors and not self.skip_invalid_check.isChecked():
            text = trn("Nhập (còn %n lỗi)", len(self.plan.errors))
        else:
            text = trn("Nhập %n đoàn viên", self.importable())
        self._wizard.setButtonText(QWizard.WizardButton.FinishButton, text)
        self.completeChanged.emit()


class RosterImportWizard(QWizard):
    """Runs the two pages above; :attr:`report` holds the result once the import is written."""

    def __init__(self, db: Database, worker: DatabaseWorker, tree: UnitTree, *, default_unit_id: str | None = None,
                 path: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.worker = worker
        self.report = None
        self.setWindowTitle(tr("Nhập danh sách đoàn viên"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, tr("< Quay lại"))
        self.setButtonText(QWizard.WizardButton.NextButton, tr("Xem trước >"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Hủy"))
        self.file_page = FilePage(tree, default_unit_id)
        self.preview_page = PreviewPage(self)
        self.addPage(self.file_page)
        self.addPage(self.preview_page)
        self.resize(1060, 680)
        if path is not None:
            self.file_page.path_edit.setText(str(path))

    def accept(self) -> None:
        plan = self.preview_page.plan
        if plan is None or not self.preview_page.isComplete():
            return
        skip_invalid = bool(plan.errors) and self.preview_page.skip_invalid_check.isChecked()
        db = self.db
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.worker.run(
            lambda state: apply_roster_import(db, plan, skip_invalid=skip_invalid, progress=state.progress,
                                              cancelled=state.cancelled),
            on_success=self._applied, on_failure=self._apply_failed, parent=self,
            label=tr("Đang nhập danh sách…"), cancellable=True)

    def _applied(self, report) -> None:
        self.report = report
        summary = tr("Đã nhập: {created} đoàn viên mới, {updated} cập nhật, {unchanged} không đổi.").format(
            created=report.created, updated=report.updated, unchanged=report.unchanged)
        skipped = getattr(report, "skipped", 0)
        dialogs.inform(self, tr("Nhập danh sách đoàn viên"), summary,
                       informative=trn("Bỏ qua %n dòng lỗi.", skipped) if skipped else "")
        super().accept()

    def _apply_failed(self, exc: BaseException) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if not isinstance(exc, Cancelled):
            errors.show_error(self, exc)

    def reject(self) -> None:
        self.preview_page.stop_preview()
        super().reject()
