"""Form pieces the event page shares: a unit picker searched without tones, time
fields, and :class:`FormBinder`, which writes every edit straight into the plan.

The event page edits an in-memory :class:`~desktop.core.events.EventPlan` and saves it
whole. Each tab shows one part of the plan (a session, a bridge point…) in a form; the
binder fills the form from that part and sets the part's attribute as the officer
types, so there is no "apply" step and nothing to lose when the selection moves.

A date the officer typed that cannot be read is not written to the plan (the plan only
holds real dates). The binder keeps the typed text and its message as *pending*, shows
them again whenever that part is shown, and the page refuses to save while any remain.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import Callable

from PySide6.QtCore import QObject, Qt, QTime, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from desktop.core import vntext
from desktop.core.errors import ValidationError
from desktop.core.units import UnitLevel, UnitTree
from desktop.i18n import tr
from desktop.ui.forms import DateLineEdit, FieldMessages

UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 2


class FoldingCompleter(QCompleter):
    """Completion that ignores tones and case: "my long" finds "Đoàn xã Mỹ Long Bắc".

    The model carries each name folded by the core's rule in :data:`FOLDED_ROLE`;
    what the officer typed is folded the same way before matching.
    """

    def __init__(self, model, parent=None):
        super().__init__(model, parent)
        self.setCompletionRole(FOLDED_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt's name
        return [vntext.fold(path)]

    def pathFromIndex(self, index) -> str:  # noqa: N802
        return index.data(Qt.ItemDataRole.DisplayRole) or ""


def unit_choice_text(tree: UnitTree, unit_id: str) -> str:
    """A unit's name, with its parent's for a branch (many offices have a "Chi đoàn khóm 1")."""
    unit = tree.by_id[unit_id]
    parent = tree.by_id.get(unit.parent_id) if unit.parent_id else None
    if unit.level == UnitLevel.BRANCH and parent is not None:
        return f"{unit.name} – {parent.name}"
    return unit.name


class UnitCombo(QComboBox):
    """Pick a unit of the tree by typing part of its name, tones optional.

    Items follow the tree (province first, each unit followed by those under it).
    ``levels`` limits the choice; ``empty_text`` adds a first item meaning "none".
    """

    unit_changed = Signal(object)  # the unit id, or None

    def __init__(self, tree: UnitTree, *, levels: tuple[str, ...] | None = None, empty_text: str | None = None,
                 placeholder: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._levels = levels
        self._empty_text = empty_text
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        self.lineEdit().setPlaceholderText(
            tr("Gõ vài chữ trong tên đơn vị để tìm") if placeholder is None else placeholder)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.setCompleter(FoldingCompleter(self._model, self))
        self.set_tree(tree)
        self.currentTextChanged.connect(lambda _text: self.unit_changed.emit(self.unit_id()))

    def set_tree(self, tree: UnitTree) -> None:
        """Offer the units of ``tree``, keeping the chosen one if it is still there. Silent:
        the form that owns the box shows its part again right after."""
        keep = self.unit_id()
        self.blockSignals(True)
        self._model.clear()
        if self._empty_text is not None:
            self._add(self._empty_text, None)
        root_ids = [u.id for u in tree.roots()]
        stack = list(reversed(root_ids))
        while stack:
            unit_id = stack.pop()
            unit = tree.by_id[unit_id]
            if self._levels is None or unit.level in self._levels:
                self._add(unit_choice_text(tree, unit_id), unit_id)
            stack.extend(child.id for child in reversed(tree.children.get(unit_id, [])))
        self.set_unit_id(keep)
        self.blockSignals(False)

    def _add(self, text: str, unit_id: str | None) -> None:
        item = QStandardItem(text)
        item.setData(unit_id, UNIT_ID_ROLE)
        item.setData(vntext.fold(text), FOLDED_ROLE)
        self._model.appendRow(item)

    def unit_id(self) -> str | None:
        """The unit whose name is in the box; None while the text names no unit."""
        # The box is editable (to search): trust the text, not a stale current index.
        position = self.findText(self.currentText(), Qt.MatchFlag.MatchExactly)
        return self.itemData(position, UNIT_ID_ROLE) if position >= 0 else None

    def set_unit_id(self, unit_id: str | None) -> None:
        position = self.findData(unit_id, UNIT_ID_ROLE) if unit_id is not None else -1
        if position < 0 and self._empty_text is not None:
            position = 0
        if position >= 0:
            self.setCurrentIndex(position)
            self.setEditText(self.itemText(position))
        else:
            self.setCurrentIndex(-1)
            self.setEditText("")


def time_edit() -> QTimeEdit:
    """A 24-hour HH:MM field (typing "1400" or "14:00" both work)."""
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setCurrentSection(QTimeEdit.Section.HourSection)
    return edit


def to_qtime(value: time | None) -> QTime:
    return QTime(value.hour, value.minute) if value is not None else QTime(0, 0)


def from_qtime(value: QTime) -> time:
    return time(value.hour(), value.minute())


def combo_of(labels: dict[str, str]) -> QComboBox:
    """A combo over a label table (key as item data, the label shown in the program's language)."""
    combo = QComboBox()
    for key, label in labels.items():
        combo.addItem(tr(label), key)
    return combo


class FormBinder(QObject):
    """Fills a form from one part of the plan and writes each edit back (module docstring)."""

    edited = Signal(str)  # the attribute that changed

    def __init__(self, messages: FieldMessages, parent: QObject | None = None):
        super().__init__(parent)
        self.messages = messages
        self.part = None
        self._loaders: list[Callable[[object], None]] = []
        self._widgets: list[QWidget] = []
        self._typed_setters: dict[str, Callable[[str], None]] = {}
        self._loading = False
        # (part id, attribute) → (typed text, message) for dates that could not be read.
        self.pending: dict[tuple[str, str], tuple[str, str]] = {}

    # ------------------------------------------------------------------ binding

    def _write(self, attribute: str, value) -> None:
        if self._loading or self.part is None:
            return
        if getattr(self.part, attribute) != value:
            setattr(self.part, attribute, value)
            self.edited.emit(attribute)

    def text(self, attribute: str, widget: QLineEdit | QPlainTextEdit) -> None:
        if isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda: self._write(attribute, widget.toPlainText()))
            self._loaders.append(lambda part: widget.setPlainText(getattr(part, attribute)))
        else:
            widget.textChanged.connect(lambda text: self._write(attribute, text))
            self._loaders.append(lambda part: widget.setText(getattr(part, attribute)))
        self._widgets.append(widget)

    def choice(self, attribute: str, widget: QComboBox, *, to_value=None, from_value=None) -> None:
        """A combo whose item data is the value (or is turned into it by ``to_value``;
        ``from_value`` turns the value back into item data)."""
        to_value = to_value or (lambda data: data)
        from_value = from_value or (lambda value: value)
        widget.currentIndexChanged.connect(lambda _i: self._write(attribute, to_value(widget.currentData())))
        self._loaders.append(
            lambda part: widget.setCurrentIndex(max(0, widget.findData(from_value(getattr(part, attribute))))))
        self._widgets.append(widget)

    def unit(self, attribute: str, widget: UnitCombo) -> None:
        widget.unit_changed.connect(lambda unit_id: self._write(attribute, unit_id))
        self._loaders.append(lambda part: widget.set_unit_id(getattr(part, attribute)))
        self._widgets.append(widget)

    def number(self, attribute: str, widget: QSpinBox) -> None:
        """An optional whole number: the spin box's minimum (shown as its special text) means None."""
        def write(value: int) -> None:
            self._write(attribute, None if value == widget.minimum() else value)

        def load(part) -> None:
            value = getattr(part, attribute)
            widget.setValue(widget.minimum() if value is None else value)

        widget.valueChanged.connect(write)
        self._loaders.append(load)
        self._widgets.append(widget)

    def time(self, attribute: str, widget: QTimeEdit) -> None:
        widget.timeChanged.connect(lambda value: self._write(attribute, from_qtime(value)))
        self._loaders.append(lambda part: widget.setTime(to_qtime(getattr(part, attribute))))
        self._widgets.append(widget)

    def date(self, attribute: str, widget: DateLineEdit, *, label: str, required: bool) -> None:
        def read() -> None:
            if self._loading or self.part is None:
                return
            try:
                value, _year_only = widget.value()
            except ValueError as exc:
                self.pending[(self.part.id, attribute)] = (
                    widget.text(), tr("{label} không hợp lệ: {error}").format(label=label, error=exc))
                return
            if value is None and required:
                self.pending[(self.part.id, attribute)] = ("", tr("Thiếu {label}.").format(label=label.lower()))
                return
            self.pending.pop((self.part.id, attribute), None)
            self._write(attribute, value)

        widget.textChanged.connect(lambda _text: read())
        widget.editingFinished.connect(lambda: self._show_pending(attribute))
        self._loaders.append(lambda part: widget.set_value(getattr(part, attribute)))
        self._typed_setters[attribute] = widget.setText
        self._widgets.append(widget)

    def moment(self, attribute: str, day_widget: DateLineEdit, time_widget: QTimeEdit, *, label: str,
               required: bool, usual_time: time) -> None:
        """A date and time typed in two fields, kept as one ``datetime`` attribute; a part
        without one shows ``usual_time``, ready for the officer to type only the date."""
        def read() -> None:
            if self._loading or self.part is None:
                return
            try:
                day, _year_only = day_widget.value()
            except ValueError as exc:
                self.pending[(self.part.id, attribute)] = (
                    day_widget.text(), tr("{label} không hợp lệ: {error}").format(label=label, error=exc))
                return
            if day is None and required:
                self.pending[(self.part.id, attribute)] = ("", tr("Thiếu {label}.").format(label=label.lower()))
                return
            self.pending.pop((self.part.id, attribute), None)
            self._write(attribute, None if day is None else datetime.combine(day, from_qtime(time_widget.time())))

        def load(part) -> None:
            value: datetime | None = getattr(part, attribute)
            day_widget.set_value(value.date() if value else None)
            time_widget.setTime(to_qtime(value.time() if value else usual_time))

        day_widget.textChanged.connect(lambda _text: read())
        time_widget.timeChanged.connect(lambda _value: read())
        day_widget.editingFinished.connect(lambda: self._show_pending(attribute))
        self._loaders.append(load)
        self._typed_setters[attribute] = day_widget.setText
        self._widgets.extend([day_widget, time_widget])

    # ------------------------------------------------------------------ showing a part

    def load(self, part) -> None:
        """Show ``part`` in the form (None empties and disables it)."""
        self.part = part
        self._loading = True
        try:
            self.messages.clear()
            for widget in self._widgets:
                widget.setEnabled(part is not None)
            if part is None:
                return
            for loader in self._loaders:
                loader(part)
            for (part_id, attribute), (typed, message) in self.pending.items():
                if part_id == part.id:
                    self._typed_setters[attribute](typed)
                    self.messages.show(attribute, message)
        finally:
            self._loading = False

    def reload(self) -> None:
        """Show the current part again (after the plan changed under the form)."""
        self.load(self.part)

    def _show_pending(self, attribute: str) -> None:
        if self.part is None:
            return
        entry = self.pending.get((self.part.id, attribute))
        if entry is None:
            self.messages.clear(attribute)
        else:
            self.messages.show(attribute, entry[1])

    def forget(self, part_id: str) -> None:
        """A part was removed from the plan: its unreadable dates no longer matter."""
        for key in [key for key in self.pending if key[0] == part_id]:
            del self.pending[key]

    def pending_problems(self, path_of: Callable[[str], str | None]) -> list[ValidationError]:
        """The unreadable dates as errors; ``path_of(part id)`` names the part (``sessions[2]``)."""
        problems = []
        for (part_id, attribute), (_typed, message) in self.pending.items():
            path = path_of(part_id)
            if path is not None:
                problems.append(ValidationError(message, f"{path}.{attribute}" if path else attribute))
        return problems
