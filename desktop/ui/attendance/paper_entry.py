"""Typing in a signed sign-in sheet: who signed, for one session at one bridge point.

The list is the one the printed sheet carries (:func:`desktop.core.invitations.list_invited`
in the same order), so the row numbers on paper are the row numbers here and the
officer can type them ("1, 3, 5-9") instead of looking for each name. Names can also be
found by typing a few letters without tones and ticked with Space. Members already
recorded for the session (at the station, or anywhere else) show ticked and cannot be
unticked here. "Ghi điểm danh" records every ticked member in one transaction
(:func:`desktop.core.attendance.mark_present`, source "paper"), so a sheet is entered
whole or not at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRegularExpression, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import vntext
from desktop.core.attendance import CheckInStation, MarkResult, mark_present, parse_row_numbers
from desktop.core.errors import ValidationError
from desktop.core.invitations import InvitedMember, list_invited
from desktop.db.engine import Database
from desktop.i18n import N_, tr, trn
from desktop.ui import dialogs, errors
from desktop.ui.forms import ERROR_COLOUR
from desktop.ui.table_models import AnyIndex, use_one_line_rows
from desktop.ui.worker import DatabaseWorker

# The row-numbers line is read as it is typed; a complaint waits for a pause, so "5-"
# on the way to "5-9" is not called an error.
ROWS_ERROR_DELAY_MS = 700
TICKED = QColor("#e3f3e6")
EXCUSED = QColor("#ececec")
PRESENT_TEXT = QColor("#6b6b6b")


@dataclass(frozen=True)
class SheetRow:
    """A line of the sign-in sheet and where its member stands for the session."""

    number: int
    member: InvitedMember
    state: str  # "present", "excused" or "waiting" (see CheckInStation.expected_list)
    at: datetime | None
    folded: str  # the name folded for searching

    @property
    def present(self) -> bool:
        return self.state == "present"

    @property
    def state_label(self) -> str:
        if self.state == "present":
            return tr("Đã có mặt {time:%H:%M}").format(time=self.at) if self.at else tr("Đã có mặt")
        if self.state == "excused":
            reason = self.member.excuse_reason
            return tr("Vắng có phép: {reason}").format(reason=reason) if reason else tr("Vắng có phép")
        return ""


def load_sheet(db: Database, event_id: str, session_id: str, point_id: str) -> list[SheetRow]:
    """The sheet's lines in the printed order, with each member's state for the session."""
    invited = list_invited(db, event_id, point_id, session_id)
    station = CheckInStation(db, event_id, session_id, point_id)
    try:
        states = {hit.member_id: hit for hit in station.expected_list()}
    finally:
        station.close_connection()
    rows = []
    for number, member in enumerate(invited, start=1):
        hit = states.get(member.member_id)
        state = hit.state if hit is not None else ("excused" if member.excused else "waiting")
        rows.append(SheetRow(number, member, state, hit.at if hit is not None else None,
                             vntext.fold(member.full_name)))
    return rows


COLUMNS = [("check", N_("Ký"), 40), ("seq", N_("STT"), 44), ("name", N_("Họ và tên"), 200),
           ("birth", N_("Năm sinh"), 70), ("unit", N_("Đơn vị"), 210), ("state", N_("Tình trạng"), 180)]
CHECK, SEQ, NAME, BIRTH, UNIT, STATE = range(len(COLUMNS))
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # "12 nguyen van an": what the search box looks in


class SheetModel(QAbstractTableModel):
    """The sheet's lines with a tick each; ``ticked`` holds the row numbers ticked here
    (members already present are shown ticked but are not in it)."""

    ticks_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[SheetRow] = []
        self.ticked: set[int] = set()

    def set_rows(self, rows: list[SheetRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.ticked = set()
        self.endResetModel()
        self.ticks_changed.emit()

    def row_by_number(self, number: int) -> SheetRow:
        return self.rows[number - 1]

    def tickable(self, number: int) -> bool:
        return 1 <= number <= len(self.rows) and not self.rows[number - 1].present

    def set_ticked(self, numbers, ticked: bool) -> None:
        changed = False
        for number in numbers:
            if not self.tickable(number) or (number in self.ticked) == ticked:
                continue
            if ticked:
                self.ticked.add(number)
            else:
                self.ticked.discard(number)
            changed = True
            self.dataChanged.emit(self.index(number - 1, 0), self.index(number - 1, len(COLUMNS) - 1))
        if changed:
            self.ticks_changed.emit()

    def toggle(self, numbers) -> None:
        """Tick them all, or untick them all when every one is ticked already."""
        numbers = [n for n in numbers if self.tickable(n)]
        self.set_ticked(numbers, not all(n in self.ticked for n in numbers))

    def ticked_member_ids(self) -> list[str]:
        return [self.rows[n - 1].member.member_id for n in sorted(self.ticked)]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.rows[index.row()].present:
            return Qt.ItemFlag.NoItemFlags  # recorded already: shown, not changed here
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == CHECK else flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == CHECK:
            return Qt.CheckState.Checked if row.present or row.number in self.ticked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = {SEQ: str(row.number), NAME: row.member.full_name, BIRTH: row.member.date_of_birth[:4],
                    UNIT: row.member.unit_name, STATE: row.state_label}.get(column, "")
            return text if role == Qt.ItemDataRole.DisplayRole else (text or None)
        if role == SEARCH_ROLE:
            return f"{row.number} {row.folded}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SEQ, BIRTH):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.number in self.ticked:
                return TICKED
            return EXCUSED if row.state == "excused" else None
        if role == Qt.ItemDataRole.ForegroundRole and row.present:
            return PRESENT_TEXT
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != CHECK:
            return False
        number = self.rows[index.row()].number
        self.set_ticked([number], Qt.CheckState(value) == Qt.CheckState.Checked)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][1])
        return None


def name_filter(text: str) -> QRegularExpression:
    """Lines whose name has a word starting with each typed word, tones and case ignored
    (matched against :data:`SEARCH_ROLE`); a number finds its row."""
    parts = []
    for word in vntext.fold(text).split():
        escaped = QRegularExpression.escape(word)
        # A word of the name starts with what was typed ("huong" is not in "phuong").
        parts.append(rf"(?=.*\b{escaped}\b)" if word.isdigit() else rf"(?=.*\b{escaped})")
    return QRegularExpression("^" + "".join(parts))


class SheetView(QTableView):
    """Space ticks (or unticks) the selected lines."""

    space_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Space and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.space_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class PaperEntryDialog(QDialog):
    """See the module docstring. ``result_marks`` holds what was recorded once accepted."""

    def __init__(self, db: Database, worker: DatabaseWorker, event_id: str, session_id: str, point_id: str, *,
                 session_label: str, point_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self.event_id, self.session_id, self.point_id = event_id, session_id, point_id
        self.result_marks: MarkResult | None = None
        self.loaded = False
        self._from_line: set[int] = set()  # the ticks the row-numbers line made
        self.setWindowTitle(tr("Nhập danh sách ký tên"))
        self.resize(860, 640)

        where = QLabel(tr("Buổi <b>{session}</b> tại <b>{point}</b>").format(session=session_label, point=point_name))
        where.setStyleSheet("font-size: 11pt;")
        where.setWordWrap(True)
        intro = QLabel(tr("Đánh dấu những người đã ký trên tờ danh sách ký tên in từ DoanDesk: số thứ tự ở "
                          "đây giống trên tờ in. Gõ các số thứ tự đã ký, hoặc tìm tên rồi bấm phím cách để đánh "
                          "dấu."))
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #555;")

        self.rows_edit = QLineEdit()
        self.rows_edit.setObjectName("signed_rows")
        self.rows_edit.setPlaceholderText(tr("ví dụ: 1, 3, 5-9"))
        self.rows_edit.setClearButtonEnabled(True)
        self.rows_edit.textChanged.connect(self._rows_typed)
        self.rows_edit.returnPressed.connect(self._rows_confirmed)
        self.rows_error = QLabel()
        self.rows_error.setObjectName("signed_rows_error")
        self.rows_error.setWordWrap(True)
        self.rows_error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.rows_error.hide()
        self._error_timer = QTimer(self)
        self._error_timer.setSingleShot(True)
        self._error_timer.setInterval(ROWS_ERROR_DELAY_MS)
        self._error_timer.timeout.connect(self._show_rows_error)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("sheet_search")
        self.search_edit.setPlaceholderText(tr("Tìm tên (gõ không dấu cũng được), Enter để đánh dấu"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._search)
        self.search_edit.returnPressed.connect(self._search_confirmed)
        self.count_label = QLabel()
        self.count_label.setObjectName("ticked_count")
        self.count_label.setStyleSheet("font-weight: bold;")

        self.model = SheetModel(self)
        self.model.ticks_changed.connect(self._update_count)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterKeyColumn(NAME)
        self.table = SheetView()
        self.table.setObjectName("sheet_table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        use_one_line_rows(self.table)
        for number, (_key, _title, width) in enumerate(COLUMNS):
            self.table.setColumnWidth(number, width)
        self.table.horizontalHeader().setSectionResizeMode(STATE, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.space_pressed.connect(self._toggle_selected)
        self.status_label = QLabel(tr("Đang đọc danh sách…"))
        self.status_label.setObjectName("sheet_status")
        self.status_label.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(tr("&Ghi điểm danh"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setEnabled(False)
        self.buttons.addButton(tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_message = QLabel()
        self.save_message.setObjectName("save_message")
        self.save_message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.save_message.hide()

        rows_line = QHBoxLayout()
        rows_label = QLabel(tr("Số thứ tự đã &ký:"))
        rows_label.setBuddy(self.rows_edit)
        rows_line.addWidget(rows_label)
        rows_line.addWidget(self.rows_edit, 1)
        search_line = QHBoxLayout()
        search_label = QLabel(tr("&Tìm tên:"))
        search_label.setBuddy(self.search_edit)
        search_line.addWidget(search_label)
        search_line.addWidget(self.search_edit, 1)
        search_line.addSpacing(12)
        search_line.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_message, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(intro)
        layout.addLayout(rows_line)
        layout.addWidget(self.rows_error)
        layout.addLayout(search_line)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(bottom)
        self.rows_edit.setFocus()
        self._update_count()
        self._load()

    # ------------------------------------------------------------------ the list

    def _load(self) -> None:
        db, event_id, session_id, point_id = self._db, self.event_id, self.session_id, self.point_id
        self._worker.run(lambda _state: load_sheet(db, event_id, session_id, point_id), on_success=self._loaded,
                         on_failure=self._load_failed, parent=self, label=tr("Đang đọc danh sách…"))

    def _loaded(self, rows: list[SheetRow]) -> None:
        self.model.set_rows(rows)
        self.loaded = True
        present = sum(row.present for row in rows)
        excused = sum(row.state == "excused" for row in rows)
        if not rows:
            self.status_label.setText(tr("Không có ai được mời ở điểm cầu này trong buổi này: không có gì để nhập."))
        else:
            parts = [trn("%n người trong danh sách", len(rows))]
            if present:
                parts.append(trn("%n người đã điểm danh trước (đánh dấu sẵn, không đổi được ở đây)", present))
            if excused:
                parts.append(trn("%n vắng có phép", excused))
            self.status_label.setText("; ".join(parts) + ".")
        for widget in (self.rows_edit, self.search_edit, self.table):
            widget.setEnabled(bool(rows))
        if self.rows_edit.text():
            self._rows_typed(self.rows_edit.text())
        self._update_count()

    def _load_failed(self, exc: BaseException) -> None:
        self.status_label.setText(tr("Không đọc được danh sách."))
        errors.show_error(self, exc)

    # ------------------------------------------------------------------ ticking

    def _parse_rows(self) -> list[int]:
        return parse_row_numbers(self.rows_edit.text(), len(self.model.rows))

    def _readable_rows(self) -> set[int]:
        """The numbers of the parts between commas that read well: while "1, 3-" is being
        typed, row 1 stays ticked; "8-3" ticks nothing."""
        numbers: set[int] = set()
        for part in re.split(r"[,;]", self.rows_edit.text()):
            try:
                numbers.update(parse_row_numbers(part, len(self.model.rows)))
            except ValidationError:
                continue
        return numbers

    def _rows_typed(self, _text: str) -> None:
        """Tick what the line names now; untick what it named before and no longer does."""
        if not self.loaded:
            return
        if self._rows_error() is None:
            self._error_timer.stop()
            self.rows_error.hide()
            self.save_message.hide()
        else:
            self._error_timer.start()
        numbers = self._readable_rows()
        self.model.set_ticked(self._from_line - numbers, False)
        self.model.set_ticked(numbers, True)
        self._from_line = numbers

    def _rows_error(self) -> str | None:
        try:
            self._parse_rows()
        except ValidationError as exc:
            return str(exc)
        return None

    def _show_rows_error(self) -> bool:
        """Show what is wrong in the row-numbers line; False when nothing is."""
        message = self._rows_error()
        self.rows_error.setText(message or "")
        self.rows_error.setVisible(message is not None)
        return message is not None

    def _rows_confirmed(self) -> None:
        if not self._show_rows_error():
            self.search_edit.setFocus()

    def _toggle_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        numbers = [self.model.rows[self.proxy.mapToSource(index).row()].number for index in rows]
        self._untrack_line(numbers)
        self.model.toggle(numbers)

    def _untrack_line(self, numbers) -> None:
        # A tick the officer changes by hand is theirs now: editing the line later leaves it.
        self._from_line -= set(numbers)

    def _search(self, text: str) -> None:
        self.proxy.setFilterRegularExpression(name_filter(text))
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def _search_confirmed(self) -> None:
        """Enter in the search box: one name found is ticked and the box emptied for the
        next; several are left to choose from in the list."""
        if self.proxy.rowCount() == 1:
            number = self.model.rows[self.proxy.mapToSource(self.proxy.index(0, 0)).row()].number
            self._untrack_line([number])
            self.model.set_ticked([number], True)
            self.search_edit.clear()
        elif self.proxy.rowCount() > 1:
            self.table.setFocus()

    def _update_count(self) -> None:
        ticked = len(self.model.ticked)
        self.count_label.setText(tr("Đã chọn {count}").format(count=ticked))
        self.save_button.setEnabled(self.loaded and bool(self.model.rows))
        self.save_button.setText(trn("&Ghi điểm danh (%n người)", ticked) if ticked else tr("&Ghi điểm danh"))

    def ticked_numbers(self) -> list[int]:
        return sorted(self.model.ticked)

    # ------------------------------------------------------------------ saving

    def save(self) -> None:
        if not self.loaded:
            return
        self._error_timer.stop()
        if self._show_rows_error():
            self.rows_edit.setFocus()
            return
        member_ids = self.model.ticked_member_ids()
        if not member_ids:
            self.save_message.setText(tr("Chưa đánh dấu ai đã ký: gõ số thứ tự hoặc tìm tên để đánh dấu."))
            self.save_message.show()
            return
        self.save_message.hide()
        db, event_id, session_id, point_id = self._db, self.event_id, self.session_id, self.point_id
        self.save_button.setEnabled(False)
        self._worker.run(lambda _state: mark_present(db, event_id, session_id, point_id, member_ids,
                                                     source="paper"),
                         on_success=self._saved, on_failure=self._save_failed, parent=self,
                         label=tr("Đang ghi điểm danh…"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Enter belongs to the two typing boxes (confirm the numbers, tick the name found):
        # the default button must not take it too and record a half-entered sheet.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Closing (Esc, "Hủy") drops the ticks not yet recorded: ask first when there are some."""
        if self.result_marks is None and self.model.ticked and not dialogs.confirm(
                self, tr("Nhập danh sách ký tên"),
                trn("Bỏ %n người đã đánh dấu mà chưa ghi?", len(self.model.ticked)),
                confirm_text=tr("Bỏ, không ghi"), cancel_text=tr("Tiếp tục nhập")):
            return
        super().reject()

    def _saved(self, result: MarkResult) -> None:
        self.result_marks = result
        text = trn("Đã ghi %n người có mặt.", result.recorded)
        if result.already:
            text += " " + trn("%n người đã được điểm danh trước đó (giữ nguyên).", result.already)
        dialogs.inform(self, tr("Nhập danh sách ký tên"), text)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        errors.show_error(self, exc)
