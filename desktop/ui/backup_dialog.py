"""Backups and restore (Tệp → Sao lưu và khôi phục…).

Where the automatic backups go and whether they are made, a backup now (to that folder,
or to a USB stick or another folder), the backups in the folder with their date, size
and content, and restoring one. Restoring first shows what the chosen backup holds
beside what the database holds now, and asks; afterwards the officer is told to restart,
because every open screen still shows the data from before.

Backups, previews and restores run on the database worker; the list is read there too,
since it opens every archive for its description.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import backups
from desktop.core.backups import COUNT_LABELS, BackupInfo, RestoreResult, size_text
from desktop.core.settings import (
    BACKUP_DAILY,
    BACKUP_FOLDER,
    BACKUP_KEEP_DAILY,
    BACKUP_KEEP_MONTHLY,
    BACKUP_KEEP_WEEKLY,
    get_setting,
    set_setting,
)
from desktop.db.engine import Database
from desktop.db.migrate import SCHEMA_HEAD
from desktop.i18n import N_, number_text, tr, trn
from desktop.ui import dialogs, errors
from desktop.ui.forms import ERROR_COLOUR, WARNING_COLOUR
from desktop.ui.worker import DatabaseWorker

BACKUP_FILTER = N_("Bản sao lưu DoanDesk (*.zip);;Tệp cơ sở dữ liệu (*.sqlite3 *.before-restore);;Mọi tệp (*)")
OK_COLOUR = "#1b5e20"
MUTED = "color: #555;"


def choose_folder(parent: QWidget | None, title: str, start: Path) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(chosen) if chosen else None


def choose_backup_file(parent: QWidget | None, start: Path) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(parent, tr("Chọn bản sao lưu"), str(start), tr(BACKUP_FILTER))
    return Path(name) if name else None


def when_text(moment, today: date | None = None) -> str:
    """``09:15 20/12/2026``, with "hôm nay"/"hôm qua" for the days an officer thinks in."""
    today = today or date.today()
    text = f"{moment:%H:%M}  {moment:%d/%m/%Y}"
    days = (today - moment.date()).days
    if days == 0:
        return tr("{moment} (hôm nay)").format(moment=text)
    if days == 1:
        return tr("{moment} (hôm qua)").format(moment=text)
    return text


class RestorePreviewDialog(QDialog):
    """What the chosen backup holds beside what the database holds now; "Khôi phục" or "Hủy"."""

    def __init__(self, info: BackupInfo, current: dict[str, int], target: Path, *,
                 installation_id: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.info = info
        self.setWindowTitle(tr("Khôi phục từ bản sao lưu"))
        heading = QLabel(tr("Khôi phục dữ liệu từ bản sao lưu lúc {when}?").format(when=info.when_text))
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        heading.setFont(font)

        facts = [tr("Tệp: {name} ({size})").format(name=info.path.name, size=size_text(info.size))]
        if info.label:
            facts.append(tr("Loại: {label}").format(label=info.label_text))
        if info.office:
            facts.append(tr("Đơn vị: {office}").format(office=info.office))
        if info.app_version or info.schema:
            facts.append(tr("Tạo bởi DoanDesk {version}, lược đồ dữ liệu {schema}").format(
                version=info.app_version or "?", schema=info.schema or "?"))
        details = QLabel("<br>".join(facts))
        details.setObjectName("details")
        details.setWordWrap(True)
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("counts")
        self.table.setHorizontalHeaderLabels([tr("Dữ liệu"), tr("Trong bản sao lưu"), tr("Hiện tại")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        rows = [table for table in COUNT_LABELS if table in info.counts or table in current]
        self.table.setRowCount(len(rows))
        for row, table in enumerate(rows):
            saved, now = info.counts.get(table), current.get(table)
            cells = [_capitalised(COUNT_LABELS[table]), "—" if saved is None else number_text(saved),
                     "—" if now is None else number_text(now)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column and saved != now:
                    bold = QFont(item.font())
                    bold.setBold(True)
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().sizeHint().height() + sum(
            self.table.rowHeight(row) for row in range(len(rows))) + 4
        self.table.setFixedHeight(height)

        notes = []
        if installation_id and info.installation_id and info.installation_id != installation_id:
            notes.append(f"<span style='color:{WARNING_COLOUR};'>"
                         + tr("⚠ Bản sao lưu này không phải của dữ liệu đang dùng (được tạo trên máy khác hoặc từ một "
                              "bộ dữ liệu khác).") + "</span>")
        if info.schema and info.schema < SCHEMA_HEAD:
            notes.append(tr("Bản sao lưu được tạo bởi phiên bản DoanDesk cũ hơn; dữ liệu sẽ được nâng cấp khi mở lại "
                            "(lược đồ {old} → {new}).").format(old=info.schema, new=SCHEMA_HEAD))
        notes.append(
            f"<span style='color:{WARNING_COLOUR};'>"
            + tr("<b>Dữ liệu hiện tại sẽ được thay bằng dữ liệu trong bản sao lưu:</b> những gì nhập hoặc sửa sau "
                 "thời điểm sao lưu sẽ không còn.") + "</span>")
        notes.append(tr("Dữ liệu hiện tại vẫn được giữ lại ở tệp «{file}» trong thư mục {folder}. Sau khi khôi phục, "
                        "hãy đóng và mở lại DoanDesk.").format(file=backups.before_restore_path(target).name,
                                                                folder=target.parent))
        warning = QLabel("<br><br>".join(notes))
        warning.setObjectName("warning")
        warning.setWordWrap(True)

        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(tr("Khôi phục"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        self.restore_button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(details)
        layout.addSpacing(4)
        layout.addWidget(self.table)
        layout.addWidget(warning)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class BackupDialog(QDialog):
    """Backups of ``db``: settings, backup now, the list, restore."""

    restored = Signal(object)  # RestoreResult: the program should be restarted now

    COLUMNS = [N_("Thời điểm"), N_("Loại"), N_("Dung lượng"), N_("Nội dung")]

    def __init__(self, db: Database, worker: DatabaseWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self.backups: list[BackupInfo] = []
        self.preview_dialog: RestorePreviewDialog | None = None
        self.setWindowTitle(tr("Sao lưu và khôi phục"))

        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("folder")
        self.folder_edit.setReadOnly(True)
        self.choose_folder_button = QPushButton(tr("Chọn thư mục…"))
        self.choose_folder_button.clicked.connect(self.choose_backup_folder)
        self.default_folder_button = QPushButton(tr("Về mặc định"))
        self.default_folder_button.setToolTip(tr("Lưu vào thư mục «backups» trong thư mục dữ liệu của DoanDesk"))
        self.default_folder_button.clicked.connect(lambda: self.set_backup_folder(""))
        self.open_folder_button = QPushButton(tr("Mở thư mục"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.daily_check = QCheckBox(tr("Tự động sao lưu mỗi ngày (khi mở DoanDesk lần đầu trong ngày)"))
        self.daily_check.setObjectName("daily")
        self.keep_label = QLabel()
        self.keep_label.setObjectName("keep")
        self.keep_label.setWordWrap(True)
        self.keep_label.setStyleSheet(MUTED)

        settings_box = QGroupBox(tr("Sao lưu tự động"))
        grid = QGridLayout(settings_box)
        grid.addWidget(QLabel(tr("Thư mục:")), 0, 0)
        grid.addWidget(self.folder_edit, 0, 1)
        folder_buttons = QHBoxLayout()
        for button in (self.choose_folder_button, self.default_folder_button, self.open_folder_button):
            folder_buttons.addWidget(button)
        grid.addLayout(folder_buttons, 0, 2)
        grid.addWidget(self.daily_check, 1, 0, 1, 3)
        grid.addWidget(self.keep_label, 2, 0, 1, 3)
        grid.setColumnStretch(1, 1)

        self.backup_button = QPushButton(tr("Sao lưu ngay"))
        self.backup_button.setObjectName("backup_now")
        self.backup_button.setDefault(True)
        self.backup_button.clicked.connect(self.backup_now)
        self.backup_elsewhere_button = QPushButton(tr("Sao lưu ra USB hoặc thư mục khác…"))
        self.backup_elsewhere_button.clicked.connect(self.backup_elsewhere)
        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.status_label.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addWidget(self.backup_elsewhere_button)
        actions.addStretch(1)

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("backups")
        self.table.setHorizontalHeaderLabels([tr(title) for title in self.COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("empty")
        self.empty_label.setStyleSheet(MUTED)
        self.empty_label.setWordWrap(True)

        self.restore_button = QPushButton(tr("Khôi phục bản đã chọn…"))
        self.restore_button.setObjectName("restore")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(tr("Khôi phục từ tệp khác…"))
        self.restore_file_button.clicked.connect(self.restore_from_file)
        close_box = QDialogButtonBox()
        close_box.addButton(tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        close_box.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.restore_button)
        bottom.addWidget(self.restore_file_button)
        bottom.addStretch(1)
        bottom.addWidget(close_box)

        list_title = QLabel(tr("Các bản sao lưu trong thư mục"))
        list_title.setStyleSheet("font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(settings_box)
        layout.addLayout(actions)
        layout.addWidget(self.status_label)
        layout.addSpacing(6)
        layout.addWidget(list_title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(bottom)

        self._load_settings()
        self.daily_check.toggled.connect(self._daily_toggled)
        self.resize(880, 560)
        self.refresh()

    # ------------------------------------------------------------------ settings

    @property
    def folder(self) -> Path:
        return backups.backup_folder(self._db)

    def _load_settings(self) -> None:
        self.folder_edit.setText(str(self.folder))
        self.folder_edit.setCursorPosition(0)
        self.daily_check.setChecked(bool(get_setting(self._db, BACKUP_DAILY)))
        daily, weekly, monthly = (get_setting(self._db, spec) for spec in (BACKUP_KEEP_DAILY, BACKUP_KEEP_WEEKLY,
                                                                           BACKUP_KEEP_MONTHLY))
        self.keep_label.setText(tr(
            "Giữ lại {daily} bản hằng ngày gần nhất, {weekly} bản hằng tuần và {monthly} bản hằng tháng; các bản "
            "sao lưu cũ hơn được xóa tự động. Bản sao lưu thủ công và bản tạo trước khi nâng cấp không bị xóa. "
            "(Số bản giữ lại đổi trong Tệp → Cài đặt…)").format(daily=daily, weekly=weekly, monthly=monthly))

    def _daily_toggled(self, checked: bool) -> None:
        set_setting(self._db, BACKUP_DAILY, int(checked))

    def choose_backup_folder(self) -> None:
        chosen = choose_folder(self, tr("Chọn thư mục lưu bản sao lưu"), self.folder)
        if chosen is not None:
            self.set_backup_folder(str(chosen))

    def set_backup_folder(self, text: str) -> None:
        try:
            backups.check_backup_folder(text)
            set_setting(self._db, BACKUP_FOLDER, text)
        except Exception as exc:  # noqa: BLE001 - a refused folder is explained, anything else is a bug report
            errors.show_error(self, exc)
            return
        self._load_settings()
        self.status_label.clear()
        self.refresh()

    def open_folder(self) -> None:
        folder = self.folder
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # ------------------------------------------------------------------ the list

    def refresh(self) -> None:
        folder = self.folder
        self._worker.run(lambda _state: backups.list_backups(folder), on_success=self._show_backups, parent=self,
                         show_progress=False)

    def _show_backups(self, found: list[BackupInfo]) -> None:
        self.backups = found
        self.table.setRowCount(len(found))
        today = date.today()
        for row, info in enumerate(found):
            cells = [when_text(info.created_at, today), info.label_text, size_text(info.size),
                     info.problem or info.counts_text()]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if info.problem:
                    item.setForeground(QColor(ERROR_COLOUR))
                item.setToolTip(str(info.path) + (f"\n{info.problem}" if info.problem else ""))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        readable = [info for info in found if not info.problem]
        if not found:
            self.empty_label.setText(tr("Chưa có bản sao lưu nào trong thư mục {folder}. Bấm «Sao lưu ngay» để "
                                        "tạo bản đầu tiên.").format(folder=self.folder))
            self.empty_label.show()
        else:
            self.empty_label.hide()
        if readable and not self.status_label.text():
            newest = readable[0]
            self.status_label.setText(tr("Bản sao lưu gần nhất: {when}, {counts}.").format(
                when=when_text(newest.created_at, today), counts=newest.counts_text()))
            self.status_label.setStyleSheet(MUTED)
        elif not readable and not self.status_label.text():
            self._status(tr("Chưa có bản sao lưu nào: dữ liệu chỉ nằm trên máy này."), WARNING_COLOUR)
        self._selection_changed()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.backups[rows[0].row()]

    def _selection_changed(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and not info.problem and self.backup_button.isEnabled())

    def _status(self, text: str, colour: str) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {colour};")

    # ------------------------------------------------------------------ backing up

    def backup_now(self) -> None:
        self._backup_to(self.folder, elsewhere=False)

    def backup_elsewhere(self) -> None:
        chosen = choose_folder(self, tr("Chọn USB hoặc thư mục để lưu bản sao lưu"), Path.home())
        if chosen is not None:
            self._backup_to(chosen, elsewhere=True)

    def _backup_to(self, folder: Path, *, elsewhere: bool) -> None:
        db = self._db

        def done(info: BackupInfo) -> None:
            self._status(tr("Đã sao lưu lúc {time}: {counts} ({size}) vào {path}.").format(
                time=f"{info.created_at:%H:%M}", counts=info.counts_text(), size=size_text(info.size),
                path=info.path), OK_COLOUR)
            if elsewhere:
                dialogs.inform(self, tr("Đã sao lưu"), tr("Đã lưu bản sao lưu vào {path}.").format(path=info.path),
                               informative=tr("Nếu lưu vào USB, hãy «Tháo thiết bị an toàn» trước khi rút ra."))
            self.refresh()

        self._worker.run(lambda state: backups.make_backup(db, folder, label=backups.LABEL_MANUAL,
                                                           progress=state.progress),
                         on_success=done, parent=self, label=tr("Đang sao lưu dữ liệu…"))

    # ------------------------------------------------------------------ restoring

    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.restore(info.path)

    def restore_from_file(self) -> None:
        chosen = choose_backup_file(self, self.folder if self.folder.is_dir() else Path.home())
        if chosen is not None:
            self.restore(chosen)

    def restore(self, path: Path) -> None:
        """Show what ``path`` holds beside the data now, and restore it when the officer agrees."""
        db = self._db

        def read(_state):
            return backups.preview_backup(path), backups.current_counts(db), db.installation_id

        self._worker.run(read, on_success=lambda result: self._confirm_restore(path, *result), parent=self,
                         label=tr("Đang đọc bản sao lưu…"))

    def _confirm_restore(self, path: Path, info: BackupInfo, current: dict[str, int], installation_id: str) -> None:
        self.preview_dialog = RestorePreviewDialog(info, current, self._db.path, installation_id=installation_id,
                                                   parent=self)
        agreed = self.preview_dialog.exec() == QDialog.DialogCode.Accepted
        self.preview_dialog.deleteLater()
        self.preview_dialog = None
        if not agreed:
            return
        db = self._db
        self._worker.run(lambda _state: backups.restore_backup(path, db.path), on_success=self._restored,
                         parent=self, label=tr("Đang khôi phục dữ liệu…"))

    def _restored(self, result: RestoreResult) -> None:
        for widget in (self.backup_button, self.backup_elsewhere_button, self.restore_button,
                       self.restore_file_button, self.choose_folder_button, self.default_folder_button,
                       self.daily_check):
            widget.setEnabled(False)
        self._status(tr("Đã khôi phục dữ liệu từ bản sao lưu lúc {when}. Hãy đóng và mở lại DoanDesk.").format(
            when=result.info.when_text), OK_COLOUR)
        informative = [tr("DoanDesk sẽ đóng lại; hãy mở lại để làm việc với dữ liệu đã khôi phục.")]
        if result.replaced:
            informative.append(tr("Dữ liệu trước khi khôi phục được giữ ở tệp {path}.").format(path=result.replaced))
        if result.store_files_damaged:
            informative.append(trn("%n tệp bài thu hoạch trong bản sao lưu bị hỏng nên không khôi phục được.",
                                   result.store_files_damaged))
        dialogs.inform(self, tr("Đã khôi phục"),
                       tr("Đã khôi phục dữ liệu từ bản sao lưu lúc {when} ({counts}).").format(
                           when=result.info.when_text, counts=result.info.counts_text()),
                       informative=" ".join(informative))
        self.restored.emit(result)
        # Nothing is left to do here, and the program must close; the window cannot while this is open.
        self.accept()


def open_backups(parent: QWidget | None, db: Database, worker: DatabaseWorker,
                 on_restored: Callable[[RestoreResult], None] | None = None) -> None:
    """Show the dialog (modal); ``on_restored`` runs once a backup has been restored (the
    main window closes the program then, as the officer was told)."""
    dialog = BackupDialog(db, worker, parent)
    if on_restored is not None:
        dialog.restored.connect(on_restored)
    dialog.exec()
    dialog.deleteLater()
