"""The "Bài thu hoạch" tab of the event page: what the essays must be, who has handed one
in, and the figures per unit.

The requirement (:class:`desktop.core.essays.EssayRules`) is saved on its own with «Lưu
yêu cầu», not with the event's plan: who must write (everyone invited, or some
positions), the deadline, whose essays go up to the province, the grading scale and an
optional rubric. The core checks it all at once and each problem is shown under its
part of the form; nothing is saved while one remains.

The register (:func:`desktop.core.essays.essay_register`) lists everyone who must write.
A file dragged onto a row, attached with «Đính kèm tệp…», a paper essay, or a whole
folder (:mod:`desktop.ui.essays.folder_dialog`) is recorded at once through the worker,
then the register and the figures per unit are read again. Grading and the check for
copied essays have their own dialogs, loaded when first opened. The event must be saved
first: until then the tab only says so.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QDate, QDateTime, QModelIndex, Qt, QTime, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import vntext
from desktop.core.errors import ValidationError, ValidationErrors
from desktop.core.essay_text import ACCEPTED
from desktop.core.essays import (
    DEFAULT_SCALE,
    Criterion,
    EssayRules,
    EssaySummary,
    EssayUnitRow,
    RegisterRow,
    add_essay,
    essay_file,
    essay_register,
    essay_summary,
    essay_text,
    load_rules,
    remove_essay,
    save_rules,
    set_forward,
    write_essay_summary_xlsx,
)
from desktop.core.events import load_event_plan
from desktop.core.members import POSITION_LABELS
from desktop.db.engine import Database
from desktop.i18n import N_, tr, trn
from desktop.ui import dialogs, errors
from desktop.ui.events.attendance_tab import FiguresModel
from desktop.ui.events.plan_table import row_shortcuts, section_title, select_row
from desktop.ui.events.tab_base import SavedEventTab, save_first_page
from desktop.ui.forms import ERROR_COLOUR, WARNING_COLOUR, FieldMessages
from desktop.ui.table_models import CENTER, RIGHT, AnyIndex, Column, ListTableModel, apply_column_widths, \
    use_one_line_rows
from desktop.ui.worker import DatabaseWorker

SAVED_COLOUR = "#1b5e20"
HINT_COLOUR = "#555"
SEARCH_DELAY_MS = 150
# Offices usually give a fortnight after the conference for the essays.
DEFAULT_DAYS_TO_WRITE = 14
DEFAULT_DEADLINE_TIME = time(17, 0)
KIND_LABELS = {"docx": "Word", "doc": "Word (.doc)", "pdf": "PDF", "txt": N_("Văn bản (.txt)"), "image": N_("Ảnh chụp")}


def essay_file_filter() -> str:
    patterns = " ".join(f"*{suffix}" for suffix in ACCEPTED)
    return tr("Bài thu hoạch ({patterns})").format(patterns=patterns) + ";;" + tr("Mọi tệp (*)")


# --- the register's cells -----------------------------------------------------------------------


def matches_search(words: list[str], folded: list[str]) -> bool:
    """Every searched word (folded) begins a word of the row: "huong" finds Hương, not Phương."""
    return all(any(word.startswith(w) for word in folded) for w in words)


def thousands(number: int) -> str:
    """1234 → '1.234' (Vietnamese digit grouping)."""
    return f"{number:,}".replace(",", ".")


def file_text(row: RegisterRow) -> str:
    if row.essay_id is None:
        return ""
    if row.on_paper:
        return tr("Bản giấy")
    if row.file_kind == "pdf" and not row.word_count:
        return tr("PDF (bản chụp)")  # a scanned PDF has no text layer
    return tr(KIND_LABELS[row.file_kind]) if row.file_kind in KIND_LABELS else row.file_kind


def words_text(row: RegisterRow) -> str:
    if row.essay_id is None or row.on_paper:
        return ""
    return thousands(row.word_count) if row.word_count else "—"


def grade_text(row: RegisterRow) -> str:
    """The final grade, or where double marking stands: two marks that disagree must be
    settled, one mark waits for the second marker."""
    if row.grade:
        return row.grade
    if len(row.marks) == 2:
        return tr("{first} / {second} — cần thống nhất").format(first=row.marks[0], second=row.marks[1])
    if len(row.marks) == 1:
        return tr("{grade} — chờ chấm vòng hai").format(grade=row.marks[0])
    return ""


def copy_text(row: RegisterRow) -> str:
    if row.confirmed_copy:
        return tr("Sao chép")
    return trn("%n cặp cần xem", row.open_flags) if row.open_flags else ""


def has_text(row: RegisterRow) -> bool:
    return row.essay_id is not None and not row.on_paper and row.word_count > 0


def register_columns() -> list[Column[RegisterRow]]:
    return [
        Column("seq", tr("STT"), None, alignment=RIGHT, width=40),
        Column("name", tr("Họ và tên"), lambda r: r.full_name, width=160),
        Column("position", tr("Chức vụ"), lambda r: tr(r.position_label), width=92),
        Column("unit", tr("Đơn vị"), lambda r: r.unit_name, width=190),
        Column("state", tr("Tình trạng"), lambda r: tr(r.state_label) if r.state_label else "", width=82),
        Column("received", tr("Ngày nộp"), lambda r: vntext.format_date(r.received_on), alignment=CENTER, width=82),
        Column("file", tr("Tệp"), file_text, width=104),
        Column("words", tr("Số chữ"), words_text, alignment=RIGHT, width=60),
        Column("grade", tr("Xếp loại"), grade_text, width=186),
        Column("forward", tr("Gửi tỉnh"), lambda _r: "", width=66),
        Column("copy", tr("Trùng lặp"), copy_text, width=100),
    ]


# (label, which rows it keeps); None keeps every row. The labels are shown through tr().
REGISTER_FILTERS: list[tuple[str, Callable[[RegisterRow], bool] | None]] = [
    (N_("Tất cả"), None),
    (N_("Chưa nộp"), lambda r: r.state == "missing"),
    (N_("Nộp muộn"), lambda r: r.state == "late"),
    (N_("Chưa chấm"), lambda r: r.essay_id is not None and not r.grade),
    (N_("Gửi tỉnh"), lambda r: r.essay_id is not None and r.forward),
    (N_("Nghi sao chép"), lambda r: r.open_flags > 0 or r.confirmed_copy),
]


class RegisterModel(ListTableModel):
    """The register: the state in red (missing) or amber (late), marks that disagree in
    amber, copies in red, and a checkbox "Gửi tỉnh" on every row with an essay."""

    forward_toggled = Signal(str, bool)  # essay id, new value

    def __init__(self, parent=None):
        super().__init__(register_columns(), parent=parent)
        self._keys = [column.key for column in self.columns]

    def key_of(self, index: AnyIndex) -> str:
        return self._keys[index.column()]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.key_of(index) == "forward" and self.row_at(index.row()).essay_id:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row, key = self.row_at(index.row()), self.key_of(index)
        if role == Qt.ItemDataRole.CheckStateRole:
            if key == "forward" and row.essay_id:
                return Qt.CheckState.Checked if row.forward else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self._colour(key, row)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(key, row) or None
        return super().data(index, role)

    @staticmethod
    def _colour(key: str, row: RegisterRow) -> str | None:
        if key == "state":
            return {"missing": ERROR_COLOUR, "late": WARNING_COLOUR}.get(row.state)
        if key == "grade" and not row.grade and len(row.marks) == 2:
            return WARNING_COLOUR
        if key == "copy":
            return ERROR_COLOUR if row.confirmed_copy else WARNING_COLOUR if row.open_flags else None
        return None

    @staticmethod
    def _tooltip(key: str, row: RegisterRow) -> str:
        if key == "state" and row.essay_id and not row.required:
            return tr("Không thuộc diện phải nộp (đã nộp thêm)")
        if key == "file" and row.file_name:
            return row.file_name
        if key == "words" and row.essay_id and not has_text(row) and not row.on_paper:
            return tr("Bản chụp: không có chữ để đọc hay so trùng lặp")
        if key == "forward" and row.essay_id:
            return tr("Bài gửi lên Ban Tuyên giáo Tỉnh đoàn cùng hồ sơ báo cáo")
        if key == "copy" and row.open_flags:
            return tr("Giống bài khác quá mức: mở «Bài giống nhau…» để xem và kết luận")
        return ""

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or self.key_of(index) != "forward":
            return False
        row = self.row_at(index.row())
        if not row.essay_id:
            return False
        forward = Qt.CheckState(value) == Qt.CheckState.Checked
        if forward != row.forward:
            self._rows[index.row()] = replace(row, forward=forward)
            self.dataChanged.emit(index, index, [role])
            self.forward_toggled.emit(row.essay_id, forward)
        return True


def dropped_paths(mime) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []


class RegisterView(QTableView):
    """The register's table; a file dropped on a row is handed in for that member (the row
    under the pointer is selected while dragging, so the officer sees whose it becomes)."""

    dropped = Signal(int, object)  # row (-1: below the rows), the list of local paths dropped

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def _wanted(self, event) -> bool:
        paths = dropped_paths(event.mimeData())
        if not paths:
            return False
        if len(paths) == 1 and paths[0].is_dir():
            return True  # a whole folder: the folder import, wherever it lands
        return self.rowAt(event.position().toPoint().y()) >= 0

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if self._wanted(event):
            row = self.rowAt(event.position().toPoint().y())
            if row >= 0:
                self.selectRow(row)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = dropped_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.dropped.emit(self.rowAt(event.position().toPoint().y()), paths)


def register_view(model: RegisterModel) -> RegisterView:
    view = RegisterView()
    view.setObjectName("essay_register")
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    use_one_line_rows(view)
    apply_column_widths(view, model.columns)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode([c.key for c in model.columns].index("unit"), QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(36)
    return view


# --- the figures per unit ---------------------------------------------------------------------------


def summary_columns(scale: list[str]) -> list[Column[EssayUnitRow]]:
    grades = [Column(f"grade_{number}", grade, lambda row, grade=grade: row.grades.get(grade, 0), alignment=RIGHT,
                     width=max(58, 9 * len(grade) + 20))
              for number, grade in enumerate(scale)]
    return [
        Column("unit", tr("Đơn vị"), lambda r: r.unit_name, width=220),
        Column("required", tr("Phải nộp"), lambda r: r.required, alignment=RIGHT, width=70),
        Column("received", tr("Đã nộp"), lambda r: r.received, alignment=RIGHT, width=62),
        Column("late", tr("Nộp muộn"), lambda r: r.late, alignment=RIGHT, width=76),
        Column("missing", tr("Chưa nộp"), lambda r: r.missing, alignment=RIGHT, width=72),
        Column("graded", tr("Đã chấm"), lambda r: r.graded, alignment=RIGHT, width=68),
        *grades,
        Column("forwarded", tr("Gửi tỉnh"), lambda r: r.forwarded, alignment=RIGHT, width=66),
    ]


def summary_headline(summary: EssaySummary) -> str:
    total = summary.total
    if total.required == 0 and total.received == 0:
        return tr("Chưa có ai phải nộp bài.")
    handed_in = tr("Đã nộp <b>{received}/{required}</b> ({late} nộp muộn)") if total.late else \
        tr("Đã nộp <b>{received}/{required}</b>")
    parts = [handed_in.format(received=total.received, required=total.required, late=total.late),
             tr("chưa nộp <b>{missing}</b>").format(missing=total.missing),
             tr("đã chấm <b>{graded}</b>").format(graded=total.graded),
             tr("gửi tỉnh <b>{forwarded}</b>").format(forwarded=total.forwarded)]
    if summary.confirmed_copies:
        parts.append("<span style='color:{colour}'>{text}</span>".format(
            colour=ERROR_COLOUR, text=trn("%n bài sao chép", summary.confirmed_copies)))
    return ", ".join(parts) + "."


# --- opening a file --------------------------------------------------------------------------------


def copy_for_reading(db: Database, essay_id: str) -> Path:
    """A copy of the essay's stored file under its original name, in a temporary folder of
    its own: the store names files by content, which no program knows how to open, and the
    officer must not edit the kept original by mistake."""
    stored, name = essay_file(db, essay_id)
    folder = Path(tempfile.gettempdir()) / "DoanDesk" / "bai-thu-hoach" / essay_id
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (name or stored.name)
    # An essay never changes (handing in again makes a new one), so an earlier copy is good;
    # it may also be open in Word, which would refuse the overwrite.
    if not target.exists():
        shutil.copyfile(stored, target)
    return target


def open_file(path: Path) -> bool:
    """Open ``path`` with the program the system uses for its type."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def choose_essay_file(parent: QWidget | None, title: str) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(parent, title, str(Path.home()), essay_file_filter())
    return Path(name) if name else None


class EssayReader(QDialog):
    """An essay's text to read in the program (read-only). A scan or a paper essay has no
    text: the dialog says so and offers to open the file."""

    def __init__(self, row: RegisterRow, text: str, on_open: Callable[[], None] | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Bài thu hoạch — {name}").format(name=row.full_name))
        self.resize(760, 620)
        about = [tr(row.position_label), row.unit_name,
                 tr("nộp ngày {date}").format(date=vntext.format_date(row.received_on))]
        if row.file_name:
            about.append(tr("tệp «{file}»").format(file=row.file_name))
        if row.word_count:
            about.append(tr("{words} chữ").format(words=thousands(row.word_count)))
        heading = QLabel(f"<b>{row.full_name}</b> — " + ", ".join(about))
        heading.setWordWrap(True)
        # One paragraph a line in the store; a blank line between them reads like the page.
        self.text_edit = QPlainTextEdit("\n\n".join(text.splitlines()))
        self.text_edit.setObjectName("essay_text")
        self.text_edit.setReadOnly(True)
        self.text_edit.setStyleSheet("QPlainTextEdit { font-size: 11pt; }")
        self.text_edit.document().setDocumentMargin(12)
        self.no_text = QLabel()
        self.no_text.setObjectName("essay_no_text")
        self.no_text.setWordWrap(True)
        self.no_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_text.setStyleSheet(f"color: {HINT_COLOUR}; font-size: 11pt;")
        if row.on_paper:
            self.no_text.setText(tr("Bài nộp bản giấy: chương trình không có nội dung bài, hãy đọc trên giấy."))
        elif not text:
            self.no_text.setText(tr("Tệp này là ảnh chụp hoặc bản quét, không có chữ để đọc trong chương trình và "
                                    "không so được trùng lặp. Bấm «Mở tệp» để xem bằng chương trình xem ảnh/PDF."))
        buttons = QDialogButtonBox()
        self.open_button = None
        if on_open is not None:
            self.open_button = buttons.addButton(tr("&Mở tệp"), QDialogButtonBox.ButtonRole.ActionRole)
            self.open_button.clicked.connect(on_open)
        buttons.addButton(tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if text:
            layout.addWidget(self.text_edit, 1)
            self.no_text.hide()
        else:
            self.text_edit.hide()
            layout.addWidget(self.no_text, 1)
        layout.addWidget(buttons)


# --- the requirement -------------------------------------------------------------------------------


def parse_number(text: str) -> float:
    """'8,5' or '8.5' → 8.5; raises ValueError."""
    return float(text.strip().replace(",", "."))


def number_text(value: float) -> str:
    return f"{value:g}".replace(".", ",")


class EditableRows(QAbstractTableModel):
    """A short list typed in place (the grading scale, the rubric): rows of text cells.
    ``fixed(row, column)`` gives the text of a cell that cannot be typed in, or None."""

    edited = Signal()

    def __init__(self, headers: list[str], *, alignments: list[Qt.AlignmentFlag] | None = None,
                 fixed: Callable[[int, int], str | None] | None = None, parent=None):
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[list[str]] = []
        self._alignments = alignments or [Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter] * len(headers)
        self._fixed = fixed or (lambda _row, _column: None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        fixed = self._fixed(index.row(), index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return fixed if fixed is not None else self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self._alignments[index.column()])
        if role == Qt.ItemDataRole.ForegroundRole and fixed is not None:
            return QColor(HINT_COLOUR)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._fixed(index.row(), index.column()) is None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.flags(index) & \
                Qt.ItemFlag.ItemIsEditable:
            return False
        text = vntext.normalize(value)
        if text != self.rows[index.row()][index.column()]:
            self.rows[index.row()][index.column()] = text
            self.dataChanged.emit(index, index)
            self.edited.emit()
        return True

    def set_rows(self, rows: list[list[str]]) -> None:
        self.beginResetModel()
        self.rows = [list(row) for row in rows]
        self.endResetModel()

    def refresh_all(self) -> None:
        """Repaint every cell (which cells are fixed depends on the other rows)."""
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.headers) - 1))

    def add_row(self, position: int) -> int:
        position = max(0, min(position, len(self.rows)))
        self.beginInsertRows(QModelIndex(), position, position)
        self.rows.insert(position, [""] * len(self.headers))
        self.endInsertRows()
        self.refresh_all()
        self.edited.emit()
        return position

    def remove_row(self, position: int) -> None:
        if not 0 <= position < len(self.rows):
            return
        self.beginRemoveRows(QModelIndex(), position, position)
        self.rows.pop(position)
        self.endRemoveRows()
        self.refresh_all()
        self.edited.emit()

    def move_row(self, position: int, step: int) -> int:
        target = position + step
        if not 0 <= position < len(self.rows) or not 0 <= target < len(self.rows):
            return position
        self.rows[position], self.rows[target] = self.rows[target], self.rows[position]
        self.refresh_all()
        self.edited.emit()
        return target


class EditableTable(QWidget):
    """An :class:`EditableRows` table with buttons to add, remove and reorder its rows."""

    def __init__(self, model: EditableRows, name: str, widths: list[int], *, add_tip: str, remove_tip: str,
                 reorder: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.view = QTableView()
        self.view.setObjectName(name)
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.verticalHeader().hide()
        use_one_line_rows(self.view)
        for number, width in enumerate(widths):
            self.view.setColumnWidth(number, width)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows = 5
        self.view.setMinimumHeight(self.view.horizontalHeader().sizeHint().height()
                                   + rows * self.view.verticalHeader().defaultSectionSize() + 4)
        self.view.setMaximumHeight(self.view.minimumHeight())
        # The columns' own widths: squeezed, the names are cut and a scroll bar takes a row.
        self.view.setMinimumWidth(sum(widths) + 2 * self.view.frameWidth() + 2)

        buttons = QVBoxLayout()
        buttons.setSpacing(2)

        def tool(text: str, tip: str, action: Callable[[], None]) -> QToolButton:
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setMinimumWidth(52)
            button.clicked.connect(action)
            buttons.addWidget(button)
            return button

        self.add_button = tool(tr("Thêm"), add_tip, self.add)
        self.remove_button = tool(tr("Xóa"), remove_tip, self.remove)
        if reorder:
            tool(tr("Lên"), tr("Chuyển lên trên (mức cao hơn)"), lambda: self.move(-1))
            tool(tr("Xuống"), tr("Chuyển xuống dưới (mức thấp hơn)"), lambda: self.move(1))
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def current(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def add(self) -> None:
        current = self.current()
        position = self.model.add_row(current + 1 if current >= 0 else self.model.rowCount())
        self.view.selectRow(position)
        self.view.edit(self.model.index(position, 0))

    def remove(self) -> None:
        current = self.current()
        if current >= 0:
            self.model.remove_row(current)
            select_row(self.view, min(current, self.model.rowCount() - 1))

    def move(self, step: int) -> None:
        current = self.current()
        if current >= 0:
            self.view.selectRow(self.model.move_row(current, step))


def position_checks(prefix: str, columns: int = 3) -> tuple[QWidget, dict[str, QCheckBox]]:
    """One checkbox per position, in rows of ``columns``."""
    box = QWidget()
    layout = QGridLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setHorizontalSpacing(12)
    layout.setVerticalSpacing(2)
    checks = {}
    for number, (key, label) in enumerate(POSITION_LABELS.items()):
        check = QCheckBox(tr(label))
        check.setObjectName(f"{prefix}_{key}")
        checks[key] = check
        layout.addWidget(check, number // columns, number % columns)
    layout.setColumnStretch(columns, 1)
    return box, checks


def describe_rules(rules: EssayRules) -> str:
    """The requirement in one line, for the folded panel."""
    who = tr("Phải nộp: mọi người được mời") if not rules.positions else tr("Phải nộp: {positions}").format(
        positions=", ".join(tr(POSITION_LABELS.get(p, p)) for p in rules.positions))
    deadline = tr("hạn {date} {time}").format(date=vntext.format_date(rules.deadline),
                                              time=f"{rules.deadline:%H:%M}") if rules.deadline else \
        tr("không đặt hạn")
    parts = [who, deadline, tr("thang: {scale}").format(scale=" / ".join(rules.scale))]
    if rules.rubric:
        parts.append(trn("%n tiêu chí ({total} điểm)", len(rules.rubric)).format(
            total=number_text(rules.rubric_total)))
    if rules.double_marking:
        parts.append(tr("chấm hai vòng"))
    return " · ".join(parts)


class RequirementsPanel(QWidget):
    """The requirement's form, folded to one line under its title when not being edited."""

    saved = Signal()

    def __init__(self, db: Database, worker: DatabaseWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self.event_id: str | None = None
        self.rules: EssayRules | None = None  # as saved
        self.default_deadline = datetime.combine(date.today() + timedelta(days=DEFAULT_DAYS_TO_WRITE),
                                                 DEFAULT_DEADLINE_TIME)
        self.dirty = False
        self._filling = False

        self.toggle = QToolButton()
        self.toggle.setObjectName("essay_rules_toggle")
        self.toggle.setText(tr("Yêu cầu bài thu hoạch"))
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setCheckable(True)
        self.toggle.setStyleSheet("QToolButton { font-weight: bold; font-size: 11pt; border: none; }")
        self.toggle.toggled.connect(self._set_open)
        self.line = QLabel()
        self.line.setObjectName("essay_rules_line")
        self.line.setStyleSheet(f"color: {HINT_COLOUR};")
        self.line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = self._build_body()
        title_row = QHBoxLayout()
        title_row.setContentsMargins(0, 0, 0, 0)
        title_row.addWidget(self.toggle)
        title_row.addWidget(self.line, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(title_row)
        layout.addWidget(self.body)
        self._set_open(False)

    def _build_body(self) -> QWidget:
        general = QLabel()
        general.setObjectName("essay_rules_error")
        general.setWordWrap(True)
        self.messages = FieldMessages(general, grow_window=False)

        self.everyone_radio = QRadioButton(tr("Mọi người được mời"))
        self.everyone_radio.setObjectName("essay_everyone")
        self.by_position_radio = QRadioButton(tr("Chỉ người giữ chức vụ:"))
        self.by_position_radio.setObjectName("essay_by_position")
        who_group = QButtonGroup(self)
        who_group.addButton(self.everyone_radio)
        who_group.addButton(self.by_position_radio)
        positions_box, self.position_checks = position_checks("essay_position")
        self.by_position_radio.toggled.connect(positions_box.setEnabled)
        who = QWidget()
        who_layout = QGridLayout(who)
        who_layout.setContentsMargins(0, 0, 0, 0)
        who_layout.setVerticalSpacing(2)
        who_layout.addWidget(self.everyone_radio, 0, 0)
        who_layout.addWidget(self.by_position_radio, 1, 0)
        positions_box.layout().setContentsMargins(20, 0, 0, 0)
        who_layout.addWidget(positions_box, 2, 0)
        self._positions_box = positions_box

        self.deadline_check = QCheckBox(tr("Có hạn nộp:"))
        self.deadline_check.setObjectName("essay_has_deadline")
        self.deadline_edit = QDateTimeEdit()
        self.deadline_edit.setObjectName("essay_deadline")
        self.deadline_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_check.toggled.connect(self.deadline_edit.setEnabled)
        for widget in (self.deadline_check, self.deadline_edit):
            widget.setToolTip(tr("Bài nhận sau ngày này là nộp muộn"))
        deadline = QHBoxLayout()
        deadline.setContentsMargins(0, 0, 0, 0)
        deadline.addWidget(self.deadline_check)
        deadline.addWidget(self.deadline_edit)
        deadline.addStretch(1)

        forward_box, self.forward_checks = position_checks("essay_forward")
        self.double_check = QCheckBox(tr("Chấm hai vòng độc lập"))
        self.double_check.setToolTip(tr("Hai người chấm riêng; hai kết quả khác nhau thì phải thống nhất một xếp "
                                        "loại"))
        self.double_check.setObjectName("essay_double_marking")

        self.scale_model = EditableRows([tr("Xếp loại (cao → thấp)"), tr("Tổng điểm từ")],
                                        alignments=[Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                                    RIGHT], fixed=self._fixed_band, parent=self)
        self.scale_table = EditableTable(self.scale_model, "essay_scale", [140, 100],
                                         add_tip=tr("Thêm mức xếp loại"), remove_tip=tr("Xóa mức xếp loại đang chọn"),
                                         reorder=True)
        self.rubric_model = EditableRows([tr("Tiêu chí chấm"), tr("Điểm tối đa")],
                                         alignments=[Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                                     RIGHT], parent=self)
        self.rubric_table = EditableTable(self.rubric_model, "essay_rubric", [216, 86],
                                          add_tip=tr("Thêm tiêu chí"), remove_tip=tr("Xóa tiêu chí đang chọn"))
        self.rubric_total = QLabel()
        self.rubric_total.setObjectName("essay_rubric_total")
        self.rubric_total.setWordWrap(True)
        self.rubric_total.setStyleSheet(f"color: {HINT_COLOUR};")

        for check in (*self.position_checks.values(), *self.forward_checks.values(), self.deadline_check,
                      self.double_check, self.everyone_radio):
            check.toggled.connect(lambda _on: self._edited())
        self.deadline_edit.dateTimeChanged.connect(lambda _value: self._edited())
        self.scale_model.edited.connect(self._edited)
        self.rubric_model.edited.connect(self._rubric_edited)

        self.save_button = QPushButton(tr("Lưu &yêu cầu"))
        self.save_button.setObjectName("essay_rules_save")
        self.save_button.clicked.connect(self.save)
        self.state_label = QLabel()
        self.state_label.setObjectName("essay_rules_state")
        self.state_label.setWordWrap(True)

        m = self.messages
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        form.addRow(tr("Ai phải nộp:"), m.wrap("positions", who))
        deadline_box = QWidget()
        deadline_box.setLayout(deadline)
        form.addRow(tr("Hạn nộp:"), m.wrap("deadline", deadline_box))
        form.addRow(tr("Gửi lên tỉnh bài của:"), m.wrap("forward_positions", forward_box))
        form.addRow(tr("Cách chấm:"), self.double_check)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        save_row.addWidget(self.state_label, 1)
        left = QVBoxLayout()
        left.addWidget(general)
        left.addLayout(form)
        left.addStretch(1)
        left.addLayout(save_row)

        scale = QVBoxLayout()
        scale.setSpacing(2)
        scale.addWidget(QLabel(tr("<b>Thang xếp loại</b>")))
        scale.addWidget(m.wrap("scale", self.scale_table, "bands"))
        scale.addStretch(1)
        rubric = QVBoxLayout()
        rubric.setSpacing(2)
        rubric.addWidget(QLabel(tr("<b>Tiêu chí chấm</b> (không bắt buộc)")))
        rubric.addWidget(m.wrap("rubric", self.rubric_table))
        rubric.addWidget(self.rubric_total)
        rubric.addStretch(1)

        body = QFrame()
        body.setObjectName("essay_rules_body")
        body.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(body)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(16)
        layout.addLayout(left, 1)
        layout.addLayout(scale)
        layout.addLayout(rubric)
        return body

    # ------------------------------------------------------------------ folding

    @property
    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def set_open(self, open_: bool) -> None:
        self.toggle.setChecked(open_)
        self._set_open(open_)

    def _set_open(self, open_: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.toggle.setToolTip(tr("Thu gọn") if open_ else tr("Mở để sửa yêu cầu"))
        self.body.setVisible(open_)

    # ------------------------------------------------------------------ filling

    def set_event(self, event_id: str | None, rules: EssayRules | None, default_deadline: datetime) -> None:
        """Show the saved ``rules`` (None: the defaults, not yet saved) unless the officer
        is editing the form of the same event."""
        changed = event_id != self.event_id
        self.event_id = event_id
        self.rules = rules
        self.default_deadline = default_deadline
        if changed or not self.dirty:
            self.messages.clear()
            self._fill(rules or EssayRules())
        self._show_line()

    def _fill(self, rules: EssayRules) -> None:
        self._filling = True
        try:
            self.everyone_radio.setChecked(not rules.positions)
            self.by_position_radio.setChecked(bool(rules.positions))
            self._positions_box.setEnabled(bool(rules.positions))
            for key, check in self.position_checks.items():
                check.setChecked(key in rules.positions)
            self.deadline_check.setChecked(rules.deadline is not None)
            self.deadline_edit.setEnabled(rules.deadline is not None)
            self._set_deadline(rules.deadline or self.default_deadline)
            for key, check in self.forward_checks.items():
                check.setChecked(key in rules.forward_positions)
            self.double_check.setChecked(rules.double_marking)
            bands = [number_text(b) for b in rules.bands] if rules.rubric else []
            self.scale_model.set_rows([[grade, bands[n] if n < len(bands) else ""]
                                       for n, grade in enumerate(rules.scale)])
            self.rubric_model.set_rows([[c.name, number_text(c.max_score)] for c in rules.rubric])
            self._rubric_shown()
        finally:
            self._filling = False
        self.dirty = False
        self._show_state()

    def _set_deadline(self, moment: datetime) -> None:
        self.deadline_edit.setDateTime(QDateTime(QDate(moment.year, moment.month, moment.day),
                                                 QTime(moment.hour, moment.minute)))

    def _fixed_band(self, row: int, column: int) -> str | None:
        if column != 1:
            return None
        if not self.rubric_model.rows:
            return ""  # without a rubric the grade is chosen, not computed
        return "—" if row == len(self.scale_model.rows) - 1 else None

    def _rubric_edited(self) -> None:
        self._rubric_shown()
        self._edited()

    def _rubric_shown(self) -> None:
        has_rubric = bool(self.rubric_model.rows)
        self.scale_table.view.setColumnHidden(1, not has_rubric)
        self.scale_model.refresh_all()
        if not has_rubric:
            self.rubric_total.setText(tr("Không có tiêu chí: người chấm chọn thẳng xếp loại."))
            return
        try:
            total = sum(parse_number(score) for _name, score in self.rubric_model.rows if score.strip())
        except ValueError:
            self.rubric_total.setText(tr("Tổng điểm tối đa: —"))
            return
        self.rubric_total.setText(tr("Tổng điểm tối đa: {total}. Ghi tổng điểm thấp nhất của từng loại ở thang xếp "
                                     "loại.").format(total=number_text(total)))

    def _edited(self) -> None:
        if self._filling:
            return
        self.dirty = True
        self._show_state()

    def _show_state(self) -> None:
        if self.dirty:
            text, colour = tr("Có thay đổi chưa lưu."), WARNING_COLOUR
        elif self.rules is None:
            text, colour = tr("Đang theo yêu cầu mặc định (chưa lưu)."), HINT_COLOUR
        else:
            text, colour = tr("✔ Đã lưu yêu cầu."), SAVED_COLOUR
        self.state_label.setText(text)
        self.state_label.setStyleSheet(f"color: {colour};")
        self._show_line()

    def _show_line(self) -> None:
        try:
            rules = self.current_rules() if self.dirty else (self.rules or EssayRules())
        except ValidationErrors:
            rules = self.rules or EssayRules()
        note = " " + tr("(chưa lưu thay đổi)") if self.dirty else " " + tr("(mặc định)") if self.rules is None else ""
        self.line.setText(describe_rules(rules) + note)

    # ------------------------------------------------------------------ reading and saving

    def current_rules(self) -> EssayRules:
        """The requirement as the form shows it; raises ValidationErrors for what cannot
        even be read (a score that is not a number, no position ticked)."""
        problems: list[ValidationError] = []
        positions = [] if self.everyone_radio.isChecked() else \
            [key for key, check in self.position_checks.items() if check.isChecked()]
        if self.by_position_radio.isChecked() and not positions:
            problems.append(ValidationError(tr("Chọn ít nhất một chức vụ phải nộp bài (hoặc chọn «Mọi người được "
                                               "mời»)."), "positions"))
        deadline = self.deadline_edit.dateTime().toPython() if self.deadline_check.isChecked() else None
        forward = [key for key, check in self.forward_checks.items() if check.isChecked()]
        scale_rows = [row for row in self.scale_model.rows if any(cell.strip() for cell in row)]
        rubric = []
        for name, score in (row for row in self.rubric_model.rows if any(cell.strip() for cell in row)):
            try:
                rubric.append(Criterion(name, parse_number(score)))
            except ValueError:
                problems.append(ValidationError(tr("Điểm tối đa của tiêu chí «{name}» phải là một số: «{score}».")
                                                .format(name=name or tr("(chưa đặt tên)"), score=score), "rubric"))
        bands = []
        if rubric:
            for grade, band in scale_rows[:-1]:
                try:
                    bands.append(parse_number(band))
                except ValueError:
                    problems.append(ValidationError(tr("Ghi tổng điểm thấp nhất (một số) của loại «{grade}».")
                                                    .format(grade=grade), "bands"))
        if problems:
            raise ValidationErrors(problems)
        return EssayRules(positions, deadline, forward, [grade for grade, _band in scale_rows], rubric, bands,
                          self.double_check.isChecked())

    def save(self) -> None:
        if self.event_id is None:
            return
        self.messages.clear()
        try:
            rules = self.current_rules()
        except ValidationErrors as exc:
            self._save_failed(exc)
            return
        db, event_id = self._db, self.event_id
        self.save_button.setEnabled(False)
        self._worker.run(lambda _state: save_rules(db, event_id, rules),
                         on_success=lambda _result: self._saved(event_id, rules), on_failure=self._save_failed,
                         parent=self, label=tr("Đang lưu yêu cầu bài thu hoạch…"))

    def _saved(self, event_id: str, rules: EssayRules) -> None:
        self.save_button.setEnabled(True)
        if event_id != self.event_id:
            return
        self.rules = rules
        self.dirty = False  # the tab reads the requirement back, as the core tidied it, and refills the form
        self._show_state()
        self.saved.emit()

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        problems = exc.errors if isinstance(exc, ValidationErrors) else [exc]
        if not problems or not all(isinstance(p, ValidationError) for p in problems):
            errors.show_error(self, exc)
            return
        if any(p.field == "scale" for p in problems):
            # The bands are counted from the scale: while the scale is wrong their count is too.
            problems = [p for p in problems if p.field != "bands"]
        # The scale and its bands share one table, so one message place: keyed by the label.
        by_place: dict[int, tuple[str | None, list[str]]] = {}
        for problem in problems:
            field = problem.field if self.messages.knows(problem.field) else None
            place = id(self.messages.label(field)) if field else 0
            by_place.setdefault(place, (field, []))[1].append(str(problem))
        for field, messages in by_place.values():
            self.messages.show(field, "\n".join(messages))
        self.set_open(True)
        self.state_label.setText(trn("Chưa lưu: %n lỗi, xem dưới từng phần.", len(problems)) if len(problems) > 1
                                 else tr("Chưa lưu: xem lỗi ở trên."))
        self.state_label.setStyleSheet(f"color: {ERROR_COLOUR};")


# --- the tab ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Loaded:
    """What the tab reads for an event, in one job."""

    title: str
    last_day: date | None
    rules: EssayRules | None
    register: list[RegisterRow]
    summary: EssaySummary


class EssayTab(SavedEventTab):
    """See the module docstring. ``set_event(event_id)`` with the saved event's id, or None."""

    def __init__(self, db: Database, worker: DatabaseWorker, parent: QWidget | None = None):
        super().__init__(db, worker, parent)
        self.rules: EssayRules | None = None
        self.rows: list[RegisterRow] = []
        self.summary: EssaySummary | None = None
        self._searchable: list[tuple[list[str], RegisterRow]] = []
        self._select_after: str | None = None  # member whose row to select once the register is read again
        self._notice_after: Callable[[RegisterRow | None], str] | None = None
        self._opened_rules_for: str | None = None  # the event whose requirement was unfolded on a first look
        self.folder_dialog: QDialog | None = None
        self.grading_dialog: QDialog | None = None
        self.similarity_dialog: QDialog | None = None
        self.reader: EssayReader | None = None

        self._set_pages(save_first_page(
            "essays_unsaved", tr("Lưu hội nghị để theo dõi bài thu hoạch"),
            tr("Sau khi lưu (Ctrl+S), thẻ này cho đặt yêu cầu bài thu hoạch (ai phải nộp, hạn nộp, thang xếp loại), "
               "ghi nhận bài nộp bằng cách kéo thả tệp hoặc nhập cả thư mục, chấm điểm, phát hiện bài giống nhau và "
               "xuất tổng hợp theo đơn vị."), self.save_requested), self._build_content_page())
        self.set_event(None)

    # ------------------------------------------------------------------ building

    def _build_content_page(self) -> QWidget:
        self.requirements = RequirementsPanel(self._db, self._worker)
        self.requirements.saved.connect(self._rules_saved)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("essay_splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_register())
        splitter.addWidget(self._build_summary())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 220])
        self.splitter = splitter
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.requirements)
        layout.addWidget(splitter, 1)
        return page

    def _build_register(self) -> QWidget:
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("essay_filter")
        for text, _keep in REGISTER_FILTERS:
            self.filter_combo.addItem(tr(text))
        self.filter_combo.currentIndexChanged.connect(lambda _i: self._show_rows())
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("essay_search")
        self.search_edit.setPlaceholderText(tr("Tìm tên, chức vụ hoặc đơn vị (gõ không dấu cũng được)"))
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._show_rows)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.count_label = QLabel()
        self.count_label.setObjectName("essay_count")
        self.count_label.setMinimumWidth(self.count_label.fontMetrics().horizontalAdvance(
            tr("{shown}/{total} người").format(shown="0000", total="0000")) + 8)
        self.folder_button = QPushButton(tr("Nhập cả &thư mục…"))
        self.folder_button.setToolTip(tr("Mỗi tệp trong thư mục được ghép với người được mời theo tên tệp"))
        self.folder_button.clicked.connect(lambda: self.import_folder())
        self.similarity_button = QPushButton(tr("Bài giống &nhau…"))
        self.similarity_button.setToolTip(tr("So các bài có chữ với nhau, xem các cặp giống nhau quá mức và kết luận"))
        self.similarity_button.clicked.connect(self.open_similarity)

        self.notice = QLabel()
        self.notice.setObjectName("essay_notice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()

        self.model = RegisterModel(self)
        self.model.forward_toggled.connect(self._forward_toggled)
        self.table = register_view(self.model)
        self.table.dropped.connect(self._dropped)
        self.table.doubleClicked.connect(self._row_activated)
        row_shortcuts(self.table, delete=self.remove_selected,
                      activate=lambda: self._row_activated(self.model.index(self.table.currentIndex().row(), 1)))
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        self.empty_label = QLabel()
        self.empty_label.setObjectName("essay_register_empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(f"color: {HINT_COLOUR}; font-size: 11pt;")
        self.register_stack = QStackedWidget()
        self.register_stack.addWidget(self.table)
        self.register_stack.addWidget(self.empty_label)

        self.received_edit = QDateEdit()
        self.received_edit.setObjectName("essay_received_on")
        self.received_edit.setDisplayFormat("dd/MM/yyyy")
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDate(QDate.currentDate())
        self.received_edit.setToolTip(tr("Ngày ghi cho bài kéo thả, đính kèm hoặc ghi nhận bản giấy; so với hạn nộp "
                                         "để biết nộp muộn"))
        self.attach_button = QPushButton(tr("Đính &kèm tệp…"))
        self.attach_button.setToolTip(tr("Chọn tệp bài của người đang chọn (cũng có thể kéo thả tệp vào dòng)"))
        self.attach_button.clicked.connect(lambda: self.attach_file())
        self.paper_button = QPushButton(tr("Ghi nhận bản &giấy"))
        self.paper_button.setToolTip(tr("Người đang chọn nộp bài viết tay hoặc in trên giấy"))
        self.paper_button.clicked.connect(self.record_paper)
        self.open_button = QPushButton(tr("&Mở tệp"))
        self.open_button.clicked.connect(self.open_selected_file)
        self.read_button = QPushButton(tr("Đọc &bài"))
        self.read_button.clicked.connect(self.read_selected)
        self.grade_button = QPushButton(tr("&Chấm điểm…"))
        self.grade_button.clicked.connect(self.grade_selected)
        self.remove_button = QPushButton(tr("&Xóa bài"))
        self.remove_button.clicked.connect(self.remove_selected)

        title_row = QHBoxLayout()
        title_row.addWidget(section_title(tr("Danh sách nộp bài")))
        title_row.addSpacing(8)
        title_row.addWidget(self.filter_combo)
        title_row.addWidget(self.search_edit, 1)
        title_row.addWidget(self.count_label)
        title_row.addSpacing(8)
        title_row.addWidget(self.folder_button)
        title_row.addWidget(self.similarity_button)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(tr("Ngày nhận:")))
        actions.addWidget(self.received_edit)
        for button in (self.attach_button, self.paper_button, self.open_button, self.read_button,
                       self.grade_button, self.remove_button):
            actions.addWidget(button)
        hint = QLabel(tr("Kéo thả tệp bài vào dòng của người nộp."))
        hint.setStyleSheet(f"color: {HINT_COLOUR};")
        actions.addSpacing(6)
        actions.addWidget(hint, 1)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(title_row)
        layout.addWidget(self.notice)
        layout.addWidget(self.register_stack, 1)
        layout.addLayout(actions)
        return box

    def _build_summary(self) -> QWidget:
        self.headline = QLabel()
        self.headline.setObjectName("essay_headline")
        self.export_button = QPushButton(tr("Xuất tổng &hợp (.xlsx)…"))
        self.export_button.setToolTip(tr("Theo đơn vị, danh sách chưa nộp và danh sách bài gửi lên tỉnh"))
        self.export_button.clicked.connect(self.export_summary)
        columns = summary_columns(DEFAULT_SCALE)
        self._total_row: EssayUnitRow | None = None
        self.summary_model = FiguresModel(columns, is_total=lambda row: row is self._total_row, parent=self)
        view = QTableView()
        view.setObjectName("essay_summary")
        view.setModel(self.summary_model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        use_one_line_rows(view)
        view.horizontalHeader().setHighlightSections(False)
        self.summary_table = view
        self._apply_summary_columns(columns)
        title_row = QHBoxLayout()
        title_row.addWidget(section_title(tr("Tổng hợp theo đơn vị")))
        title_row.addSpacing(12)
        title_row.addWidget(self.headline, 1)
        title_row.addWidget(self.export_button)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(title_row)
        layout.addWidget(view, 1)
        return box

    def _apply_summary_columns(self, columns: list[Column[EssayUnitRow]]) -> None:
        apply_column_widths(self.summary_table, columns)
        self.summary_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    # ------------------------------------------------------------------ the event

    def set_event(self, event_id: str | None) -> None:
        """The saved event to work on; None while it is not saved (the tab says why)."""
        if event_id != self.event_id:
            self.rules = self.summary = None
            self.rows = []
            self._searchable = []
            self.model.set_rows([])
            self.summary_model.set_rows([])
            self.headline.clear()
            self.notice.hide()
            self.search_edit.clear()
            self.filter_combo.setCurrentIndex(0)
            self.received_edit.setDate(QDate.currentDate())
            self._generation += 1  # a read still under way is for another event
        self.event_id = event_id
        self._show_page()
        if event_id is None:
            self.requirements.set_event(None, None, self.requirements.default_deadline)
            self._update_buttons()
        elif self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Read the requirement, the register and the figures again (in the worker)."""
        if self.event_id is None:
            self._update_buttons()
            return
        db, event_id = self._db, self.event_id

        def read() -> Loaded:
            plan = load_event_plan(db, event_id)
            sessions = plan.sorted_sessions()
            return Loaded(plan.title, sessions[-1].day if sessions else None, load_rules(db, event_id),
                          essay_register(db, event_id), essay_summary(db, event_id))

        self._read_in_worker(read, self._show, tr("Đang đọc danh sách bài thu hoạch…"))

    def _show(self, loaded: Loaded) -> None:
        self.event_title = loaded.title
        self.rules = loaded.rules
        base = loaded.last_day or date.today()
        self.requirements.set_event(self.event_id, loaded.rules,
                                    datetime.combine(base + timedelta(days=DEFAULT_DAYS_TO_WRITE),
                                                     DEFAULT_DEADLINE_TIME))
        if self._opened_rules_for != self.event_id:
            self._opened_rules_for = self.event_id
            # Nothing set yet: the deadline is the first thing to decide.
            self.requirements.set_open(loaded.rules is None and not any(r.essay_id for r in loaded.register))
        self.rows = loaded.register
        # Folded once: the search then compares plain strings while the officer types.
        self._searchable = [(vntext.fold(f"{r.full_name} {r.position_label} {r.unit_name}").split(), r)
                            for r in loaded.register]
        member = self._select_after
        self._show_summary(loaded.summary)
        self._show_rows()
        if self._notice_after is not None:
            self.show_notice(self._notice_after(next((r for r in self.rows if r.member_id == member), None)))
            self._notice_after = None

    def _show_rows(self) -> None:
        self._search_timer.stop()
        keep = self.selected_row()
        wanted = self._select_after or (keep.member_id if keep else None)
        self._select_after = None
        words = vntext.fold(self.search_edit.text()).split()
        condition = REGISTER_FILTERS[max(0, self.filter_combo.currentIndex())][1]
        shown = [row for folded, row in self._searchable
                 if matches_search(words, folded) and (condition is None or condition(row))]
        self.model.set_rows(shown)
        total = len(self.rows)
        self.count_label.setText(trn("%n người", len(shown)) if len(shown) == total else
                                 tr("{shown}/{total} người").format(shown=len(shown), total=total))
        if not self.rows:
            self.empty_label.setText(self._empty_text())
            self.register_stack.setCurrentWidget(self.empty_label)
        else:
            self.register_stack.setCurrentWidget(self.table)
        position = next((n for n, row in enumerate(shown) if row.member_id == wanted), -1)
        if position >= 0:
            select_row(self.table, position)
        self._update_buttons()

    def _empty_text(self) -> str:
        if self.rules is not None and self.rules.positions:
            return tr("Không ai trong danh sách được mời giữ các chức vụ phải nộp bài.\nSửa «Ai phải nộp» ở yêu cầu "
                      "bài thu hoạch, hoặc thêm thành phần ở thẻ «Thành phần» rồi lưu (Ctrl+S).")
        return tr("Chưa có ai được mời.\nThêm thành phần được mời ở thẻ «Thành phần» rồi lưu (Ctrl+S): "
                  "người được mời là người phải nộp bài thu hoạch.")

    def _show_summary(self, summary: EssaySummary) -> None:
        self.summary = summary
        self._total_row = summary.total
        columns = summary_columns(summary.scale)
        self.summary_model.set_table(columns, [*summary.units, summary.total])
        self._apply_summary_columns(columns)
        self.headline.setText(summary_headline(summary))

    def _update_buttons(self) -> None:
        row = self.selected_row()
        ready = self.event_id is not None and self.summary is not None
        has_essay = row is not None and row.essay_id is not None
        has_file = has_essay and not row.on_paper
        self.attach_button.setEnabled(row is not None)
        self.paper_button.setEnabled(row is not None)
        self.open_button.setEnabled(has_file)
        self.read_button.setEnabled(has_essay)
        self.grade_button.setEnabled(has_essay)
        self.remove_button.setEnabled(has_essay)
        self.folder_button.setEnabled(ready)
        self.similarity_button.setEnabled(ready and sum(has_text(r) for r in self.rows) >= 2)
        self.similarity_button.setToolTip(
            tr("So các bài có chữ với nhau, xem các cặp giống nhau quá mức và kết luận") if self.similarity_button.
            isEnabled() else tr("Cần ít nhất hai bài có chữ (Word, PDF có chữ, văn bản) để so"))
        self.export_button.setEnabled(ready)

    def selected_row(self) -> RegisterRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def select_member(self, member_id: str) -> bool:
        """Select ``member_id``'s row if it is shown."""
        for number in range(self.model.rowCount()):
            if self.model.row_at(number).member_id == member_id:
                select_row(self.table, number)
                return True
        return False

    def show_notice(self, text: str, colour: str = SAVED_COLOUR) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(f"color: {colour};")
        self.notice.setVisible(bool(text))

    def _rules_saved(self) -> None:
        self.show_notice(tr("✔ Đã lưu yêu cầu bài thu hoạch; danh sách nộp bài tính lại theo yêu cầu mới."))
        self.refresh()

    # ------------------------------------------------------------------ handing in

    def _received_on(self) -> date:
        return self.received_edit.date().toPython()

    def _row_activated(self, index: QModelIndex) -> None:
        if not index.isValid() or self.model.key_of(index) == "forward":
            return
        row = self.model.row_at(index.row())
        if row.essay_id:
            self.read_selected()
        else:
            self.attach_file()

    def _dropped(self, row_number: int, paths: list) -> None:
        """Files dropped on the register: one file on a row is that member's essay; a
        folder is imported as a whole."""
        if len(paths) == 1 and paths[0].is_dir():
            self.import_folder(paths[0])
            return
        title = tr("Ghi nhận bài thu hoạch")
        if row_number < 0 or row_number >= self.model.rowCount():
            dialogs.inform(self, title, tr("Hãy thả tệp vào đúng dòng của người nộp bài."))
            return
        if len(paths) > 1:
            dialogs.inform(self, title, tr("Mỗi người một bài: hãy thả từng tệp vào dòng của người nộp."),
                           informative=tr("Nhiều tệp một lúc: chép vào một thư mục, đặt tên tệp theo tên người nộp, "
                                          "rồi dùng «Nhập cả thư mục…»."))
            return
        row = self.model.row_at(row_number)
        select_row(self.table, row_number)
        self.attach(row, paths[0])

    def attach_file(self, path: Path | None = None) -> None:
        """Hand in ``path`` (asked for when not given) for the selected member."""
        row = self.selected_row()
        if row is None:
            return
        if path is None:
            path = choose_essay_file(self, tr("Chọn tệp bài thu hoạch của {name}").format(name=row.full_name))
            if path is None:
                return
        self.attach(row, path)

    def record_paper(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.attach(row, None)

    def attach(self, row: RegisterRow, path: Path | None) -> None:
        """Record ``row``'s member's essay: the file ``path``, or a paper essay (None)."""
        if self.event_id is None:
            return
        title = tr("Ghi nhận bài thu hoạch")
        if path is not None and path.suffix.lower() not in ACCEPTED:
            dialogs.warn(self, title, tr("Tệp «{file}» không phải tệp bài thu hoạch.").format(file=path.name),
                         informative=tr("DoanDesk nhận tệp Word (.docx, .doc), PDF, văn bản (.txt) và ảnh chụp "
                                        "(.jpg, .png…)."))
            return
        if row.essay_id is not None:
            had = tr("tệp «{file}»").format(file=row.file_name) if row.file_name else tr("bản giấy")
            question = tr("{name} đã nộp bài ({had}, ngày {date}). Thay bằng tệp «{file}»?") if path is not None \
                else tr("{name} đã nộp bài ({had}, ngày {date}). Thay bằng bản giấy?")
            if not dialogs.confirm(self, title, question.format(name=row.full_name, had=had,
                                                                date=vntext.format_date(row.received_on),
                                                                file=path.name if path is not None else ""),
                                   confirm_text=tr("Thay bài"), cancel_text=tr("Giữ bài cũ"),
                                   informative=tr("Bài cũ và điểm chấm của bài cũ sẽ không còn được tính.")):
                return
        db, event_id, member_id, received_on = self._db, self.event_id, row.member_id, self._received_on()
        name = row.full_name

        def notice(after: RegisterRow | None) -> str:
            text = (tr("✔ Đã ghi bài của {name}: «{file}», nhận ngày {date}") if path is not None else
                    tr("✔ Đã ghi bài của {name}: bản giấy, nhận ngày {date}")).format(
                name=name, file=path.name if path is not None else "", date=vntext.format_date(received_on))
            if after is not None and after.late:
                text += " " + tr("(nộp muộn)")
            if after is not None and path is not None:
                text += "; " + (tr("{words} chữ.").format(words=thousands(after.word_count)) if after.word_count else
                                tr("tệp không có chữ (ảnh chụp/bản quét): không đọc hay so trùng lặp được trong "
                                   "chương trình."))
            else:
                text += "."
            return text

        def recorded(_essay_id: str) -> None:
            self._select_after = member_id
            self._notice_after = notice
            self.refresh()

        self._worker.run(lambda _state: add_essay(db, event_id, member_id, path, received_on=received_on),
                         on_success=recorded, parent=self,
                         label=tr("Đang ghi bài của {name}…").format(name=name) if path is None else
                         tr("Đang đọc {file}…").format(file=path.name))

    def _forward_toggled(self, essay_id: str, forward: bool) -> None:
        self.rows = [replace(r, forward=forward) if r.essay_id == essay_id else r for r in self.rows]
        self._searchable = [(folded, replace(r, forward=forward) if r.essay_id == essay_id else r)
                            for folded, r in self._searchable]
        db = self._db
        self._worker.run(lambda _state: set_forward(db, [essay_id], forward), on_success=lambda _r: self.refresh(),
                         on_failure=self._forward_failed, parent=self, label=tr("Đang lưu…"), show_progress=False)

    def _forward_failed(self, exc: BaseException) -> None:
        self.refresh()  # the checkbox goes back to what the database holds
        errors.show_error(self, exc)

    # ------------------------------------------------------------------ one essay

    def open_selected_file(self) -> None:
        row = self.selected_row()
        if row is None or row.essay_id is None or row.on_paper:
            return
        db, essay_id = self._db, row.essay_id
        self._worker.run(lambda _state: copy_for_reading(db, essay_id), on_success=self._open_copy, parent=self,
                         label=tr("Đang mở tệp…"))

    def _open_copy(self, path: Path) -> None:
        if not open_file(path):
            dialogs.warn(self, tr("Mở tệp"),
                         tr("Máy chưa có chương trình mở được tệp «{file}».").format(file=path.name),
                         informative=tr("Bản sao của tệp nằm ở: {path}").format(path=path))

    def read_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.essay_id is None:
            return
        db, essay_id = self._db, row.essay_id
        self._worker.run(lambda _state: essay_text(db, essay_id), on_success=lambda text: self._show_text(row, text),
                         parent=self, label=tr("Đang đọc bài…"))

    def _show_text(self, row: RegisterRow, text: str) -> None:
        on_open = None
        if not row.on_paper and row.essay_id:
            db, essay_id = self._db, row.essay_id

            def on_open() -> None:
                self._worker.run(lambda _state: copy_for_reading(db, essay_id), on_success=self._open_copy,
                                 parent=self.reader, label=tr("Đang mở tệp…"))
        if self.reader is not None:
            self.reader.close()
        reader = EssayReader(row, text, on_open, self)
        self.reader = reader

        def finished(_result: int) -> None:
            if reader is self.reader:
                self.reader = None
            reader.deleteLater()

        reader.finished.connect(finished)
        reader.open()

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.essay_id is None:
            return
        if not dialogs.confirm(self, tr("Xóa bài thu hoạch"),
                               tr("Xóa bài thu hoạch của {name}?").format(name=row.full_name),
                               confirm_text=tr("Xóa bài"), cancel_text=tr("Không xóa"),
                               informative=tr("Điểm chấm của bài cũng không còn được tính; người này trở lại "
                                              "«Chưa nộp» nếu thuộc diện phải nộp.")):
            return
        db, essay_id, member_id, name = self._db, row.essay_id, row.member_id, row.full_name

        def removed(_result) -> None:
            self._select_after = member_id
            self._notice_after = lambda _row: tr("Đã xóa bài thu hoạch của {name}.").format(name=name)
            self.refresh()

        self._worker.run(lambda _state: remove_essay(db, essay_id), on_success=removed, parent=self,
                         label=tr("Đang xóa bài…"))

    def grade_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.essay_id is None:
            return
        # Loaded when first used: most sessions never grade.
        from desktop.ui.essays.grading_dialog import GradingDialog

        dialog = GradingDialog(self._db, self._worker, row.essay_id, parent=self, event_id=self.event_id)
        self.grading_dialog = dialog
        self._select_after = row.member_id
        self._open(dialog, "grading_dialog")

    def open_similarity(self) -> None:
        if self.event_id is None:
            return
        from desktop.ui.essays.similarity_dialog import SimilarityDialog

        dialog = SimilarityDialog(self._db, self._worker, self.event_id, parent=self)
        self.similarity_dialog = dialog
        self._open(dialog, "similarity_dialog")

    def import_folder(self, folder: Path | None = None) -> None:
        """Open the folder import; without ``folder`` it first asks for one."""
        if self.event_id is None:
            return
        from desktop.ui.essays.folder_dialog import FolderImportDialog

        dialog = FolderImportDialog(self._db, self._worker, self.event_id, folder, parent=self)
        dialog.received_edit.setDate(self.received_edit.date())
        self.folder_dialog = dialog
        self._open(dialog, "folder_dialog")
        if folder is None:
            QTimer.singleShot(0, dialog, dialog.choose_button.click)  # the folder is the first thing to choose

    def _open(self, dialog: QDialog, attribute: str) -> None:
        """Show ``dialog`` over the event page; the register is read again when it closes
        (grades, flags and imports change it, whatever button closed the dialog)."""
        def finished(_result: int) -> None:
            if getattr(self, attribute) is dialog:
                setattr(self, attribute, None)
            dialog.deleteLater()
            self.refresh()

        dialog.finished.connect(finished)
        dialog.open()

    # ------------------------------------------------------------------ the figures

    def export_summary(self) -> None:
        if self.event_id is None:
            return
        path = dialogs.choose_xlsx_to_save(self, tr("Xuất tổng hợp bài thu hoạch"),
                                           tr("Bài thu hoạch - {title}.xlsx").format(title=self.event_title))
        if path is None:
            return
        db, event_id = self._db, self.event_id
        self._worker.run(lambda _state: write_essay_summary_xlsx(db, event_id, path),
                         on_success=lambda written: dialogs.inform(
                             self, tr("Xuất tổng hợp bài thu hoạch"),
                             tr("Đã ghi tổng hợp bài thu hoạch vào «{file}».").format(file=written.name)),
                         parent=self, label=tr("Đang xuất tổng hợp bài thu hoạch…"))
