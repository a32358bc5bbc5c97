"""The settings dialog, built from the declared registry of :mod:`desktop.core.settings`.

Every :class:`~desktop.core.settings.SettingSpec` gets one field by its kind (a number
box within its bounds, a line, or several lines for a list; an on/off number becomes a
tick box, a setting with listed choices a drop-down), labelled with the spec's text in
the program's language, on a tab per key prefix (``ui.``, ``attendance.``, ``document.``,
``mail.``, ``backup.``). A setting added to the
registry appears here without touching this file.

"Lưu" checks every field first and writes only when all are accepted; a refused value
is shown in red under its field, as the core words it.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import vntext
from desktop.core.backups import check_backup_folder, default_backup_folder
from desktop.core.errors import ValidationError
from desktop.core.settings import BACKUP_FOLDER, REGISTRY, SettingSpec, get_setting, set_setting
from desktop.db.engine import Database
from desktop.i18n import N_, tr
from desktop.ui.forms import FieldMessages

# Tab titles by key prefix; a prefix not named here takes the words before the colon
# of its first setting's label.
GROUP_TITLES = {
    "ui": N_("Giao diện"),
    "attendance": N_("Điểm danh"),
    "document": N_("Văn bản"),
    "mail": N_("Thư điện tử"),
    "backup": N_("Sao lưu"),
}

# Checks of a value beyond its type, by key: rules the core knows and the spec cannot say.
FIELD_CHECKS: dict[str, Callable[[object], None]] = {
    BACKUP_FOLDER.key: lambda value: check_backup_folder(str(value)),
}

# What an empty field means, shown greyed in it, by key.
PLACEHOLDERS: dict[str, Callable[[Database], str]] = {
    BACKUP_FOLDER.key: lambda db: str(default_backup_folder(db.path)),
}

_UNBOUNDED = 1_000_000_000


def group_of(spec: SettingSpec) -> str:
    return spec.key.split(".", 1)[0]


def label_parts(spec: SettingSpec) -> tuple[str, str]:
    """The spec's label as a field title and a hint: "Văn bản: nơi nhận (mỗi dòng một
    nơi)" → ("Nơi nhận", "mỗi dòng một nơi"); the group's name before the colon is the
    tab's title already."""
    text = tr(spec.label)
    head, sep, rest = text.partition(": ")
    if sep and "(" not in head and len(head) <= 30:
        text = rest
    hint = ""
    if text.endswith(")") and " (" in text:
        cut = text.rindex(" (")
        text, hint = text[:cut], text[cut + 2:-1]
    # The hint stays as written: it may start with a value to type ("starttls, ssl hoặc none").
    return _capitalised(text), hint


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def field_message(spec: SettingSpec, message: str) -> str:
    """The core's message without the setting's label it starts with: under the field,
    the field says which setting it is."""
    prefix = tr(spec.label) + ": "
    return _capitalised(message[len(prefix):]) if message.startswith(prefix) else message


def _is_switch(spec: SettingSpec) -> bool:
    return spec.kind is int and spec.minimum == 0 and spec.maximum == 1


def _group_title(prefix: str, spec: SettingSpec) -> str:
    if prefix in GROUP_TITLES:
        return tr(GROUP_TITLES[prefix])
    head, sep, _rest = tr(spec.label).partition(": ")
    return head if sep else prefix


class SettingsDialog(QDialog):
    """Edit every registered setting; "Lưu" writes them all or none."""

    saved = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(tr("Cài đặt"))
        self.fields: dict[str, QWidget] = {}
        self._groups: dict[str, list[SettingSpec]] = {}
        for spec in REGISTRY.values():
            self._groups.setdefault(group_of(spec), []).append(spec)

        self.general_message = QLabel()
        self.general_message.setWordWrap(True)
        self.messages = FieldMessages(self.general_message)
        self.tabs = QTabWidget()
        self._tab_of: dict[str, int] = {}
        for prefix, specs in self._groups.items():
            index = self.tabs.addTab(self._group_page(specs), _group_title(prefix, specs[0]))
            for spec in specs:
                self._tab_of[spec.key] = index

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Hủy"))
        self.defaults_button = buttons.addButton(tr("Đặt lại mặc định trang này"), QDialogButtonBox.ButtonRole.ResetRole)
        self.defaults_button.setToolTip(tr("Đưa các ô của trang đang xem về giá trị mặc định "
                                           "(chưa lưu cho đến khi bấm Lưu)"))
        self.defaults_button.clicked.connect(self.reset_current_tab)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.general_message)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self._load()
        self.resize(760, 560)

    # ------------------------------------------------------------------ building

    def _group_page(self, specs: list[SettingSpec]) -> QWidget:
        page = QWidget()
        column_layout = QVBoxLayout(page)
        form = QFormLayout()
        column_layout.addLayout(form)
        # Extra height goes below the fields, not between them (a text box would take it).
        column_layout.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(12)
        for spec in specs:
            title, hint = label_parts(spec)
            widget = self._field(spec, title)
            self.fields[spec.key] = widget
            widget.setToolTip(tr(spec.label))
            body = QWidget()
            column = QVBoxLayout(body)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(self._with_chooser(spec, widget))
            if hint:
                note = QLabel(hint)
                note.setObjectName(f"hint_{spec.key}")
                note.setWordWrap(True)
                note.setStyleSheet("color: #555;")
                column.addWidget(note)
            wrapped = self.messages.wrap(spec.key, body)
            if _is_switch(spec):
                form.addRow(wrapped)
            else:
                label = QLabel(title + ":")
                label.setWordWrap(True)
                label.setFixedWidth(230)
                label.setBuddy(widget)
                form.addRow(label, wrapped)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def _field(self, spec: SettingSpec, title: str) -> QWidget:
        if _is_switch(spec):
            box = QCheckBox(title)
            box.setObjectName(spec.key)
            return box
        if spec.choices is not None:
            combo = QComboBox()
            combo.setObjectName(spec.key)
            for value, shown in spec.choices.items():
                combo.addItem(tr(shown), value)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(280)
            return combo
        if spec.kind is int:
            spin = QSpinBox()
            spin.setObjectName(spec.key)
            spin.setRange(spec.minimum if spec.minimum is not None else -_UNBOUNDED,
                          spec.maximum if spec.maximum is not None else _UNBOUNDED)
            spin.setMaximumWidth(140)
            spin.setGroupSeparatorShown(False)
            return spin
        if spec.kind is list:
            edit = QPlainTextEdit()
            edit.setObjectName(spec.key)
            edit.setTabChangesFocus(True)
            edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 14)
            if spec.default:
                edit.setPlaceholderText("\n".join(spec.default))
            return edit
        edit = QLineEdit()
        edit.setObjectName(spec.key)
        placeholder = PLACEHOLDERS.get(spec.key)
        if placeholder is not None:
            edit.setPlaceholderText(placeholder(self._db))
        elif spec.default:
            edit.setPlaceholderText(str(spec.default))
        return edit

    def _with_chooser(self, spec: SettingSpec, widget: QWidget) -> QWidget:
        """A folder setting gets a "Chọn…" button beside its line."""
        if not (spec.kind is str and spec.key.endswith(".folder")):
            return widget
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget, 1)
        button = QPushButton(tr("Chọn…"))
        button.setObjectName(f"choose_{spec.key}")
        button.clicked.connect(lambda: self._choose_folder(widget))
        layout.addWidget(button)
        return row

    def _choose_folder(self, edit: QLineEdit) -> None:
        start = edit.text().strip() or edit.placeholderText()
        chosen = QFileDialog.getExistingDirectory(self, tr("Chọn thư mục"), start)
        if chosen:
            edit.setText(chosen)

    # ------------------------------------------------------------------ values

    def _load(self) -> None:
        for spec in REGISTRY.values():
            self.set_field(spec.key, get_setting(self._db, spec))

    def set_field(self, key: str, value: object) -> None:
        widget = self.fields[key]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText("\n".join(value))
        else:
            widget.setText(str(value))

    def value(self, key: str) -> object:
        """What the field of ``key`` says, tidied as the setting holds it."""
        widget = self.fields[key]
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return int(widget.isChecked())
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QPlainTextEdit):
            return [line for line in (vntext.normalize(part) for part in widget.toPlainText().splitlines()) if line]
        if key.endswith(".folder"):
            return widget.text().strip()  # a path keeps its own spacing
        return vntext.normalize(widget.text())

    def values(self) -> dict[str, object]:
        return {key: self.value(key) for key in REGISTRY}

    def reset_current_tab(self) -> None:
        index = self.tabs.currentIndex()
        for key, tab in self._tab_of.items():
            if tab == index:
                self.set_field(key, REGISTRY[key].default)
                self.messages.clear(key)

    def save(self) -> bool:
        """Check every field, then write them all; True when saved (and the dialog accepted)."""
        values = self.values()
        self.messages.clear()
        refused: list[str] = []
        for key, value in values.items():
            try:
                REGISTRY[key].check(value)
                check = FIELD_CHECKS.get(key)
                if check is not None:
                    check(value)
            except ValidationError as exc:
                self.messages.show(key, field_message(REGISTRY[key], str(exc)))
                refused.append(key)
        if refused:
            self.tabs.setCurrentIndex(self._tab_of[refused[0]])
            self.fields[refused[0]].setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        try:
            for key, value in values.items():
                spec = REGISTRY[key]
                if get_setting(self._db, spec) != value:
                    set_setting(self._db, spec, value)
        except Exception as exc:  # noqa: BLE001 - shown at the field or in a dialog
            self.messages.show_failure(exc, self)
            return False
        self.saved.emit()
        self.accept()
        return True


def open_settings(parent: QWidget | None, db: Database) -> bool:
    """Show the dialog; True when the officer saved."""
    return bool(SettingsDialog(db, parent).exec())
