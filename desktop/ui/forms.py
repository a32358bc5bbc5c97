"""Building blocks for forms: messages next to their field, a typed date field, and the
"file: [path] [Choose…]" row of the import dialogs.

The core says which field is wrong (``ValidationError.field``); :class:`FieldMessages`
puts the message under that field, red for an error and amber for a warning, so the
officer sees at once what to fix instead of reading a popup and hunting for the box.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.core.errors import ValidationError
from desktop.core.spreadsheet import parse_date
from desktop.core.vntext import format_date
from desktop.i18n import tr
from desktop.ui import errors

ERROR_COLOUR = "#b3261e"
WARNING_COLOUR = "#8a5a00"


class FieldMessages:
    """One message label per field key, placed under the field's input widget."""

    def __init__(self, general: QLabel | None = None, *, grow_window: bool = True):
        # Messages whose field is unknown (or None) go to ``general``, usually at the top.
        self._general = general
        # A dialog grows to show a long message; a form inside the main window must not
        # resize the window (see grow_window_to_fit).
        self._grow_window = grow_window
        self._labels: dict[str, QLabel] = {}
        self._inputs: dict[str, QWidget] = {}
        self._severity: dict[str, str] = {}
        if general is not None:
            _style(general, "error")
            general.hide()

    def wrap(self, field: str, input_widget: QWidget, *aliases: str) -> QWidget:
        """A container holding ``input_widget`` with its (hidden) message label underneath.

        ``aliases`` are other field names the core may use for the same input
        (e.g. the core checks "branch" for the combo the form calls "branch_id").
        """
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(input_widget)
        label = QLabel()
        label.setObjectName(f"message_{field}")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        layout.addWidget(label)
        for key in (field, *aliases):
            self._labels[key] = label
            self._inputs[key] = input_widget
        return container

    def label(self, field: str) -> QLabel | None:
        return self._labels.get(field)

    def knows(self, field: str | None) -> bool:
        return field is not None and field in self._labels

    def show(self, field: str | None, message: str, severity: str = "error") -> None:
        """Show ``message`` next to ``field`` (or in the general area when the field is unknown)."""
        label = self._labels.get(field) if field else None
        if label is None:
            label = self._general
        if label is None:
            return
        _style(label, severity)
        prefix = "⚠ " if severity == "warning" else ""
        label.setText(prefix + message)
        label.show()
        self._severity[field or ""] = severity
        if self._grow_window:
            grow_window_to_fit(label)

    def focus(self, field: str | None) -> None:
        widget = self._inputs.get(field) if field else None
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self, field: str | None = None) -> None:
        """Hide the message of ``field``, or every message when no field is given."""
        if field is None:
            labels = set(self._labels.values())
            if self._general is not None:
                labels.add(self._general)
            self._severity.clear()
        else:
            labels = {self._labels[field]} if field in self._labels else set()
            self._severity.pop(field, None)
        for label in labels:
            label.clear()
            label.hide()

    def has_errors(self) -> bool:
        return "error" in self._severity.values()

    def show_failure(self, exc: BaseException, parent: QWidget) -> None:
        """A failed save: a rule broken by one field is shown at that field, anything else in a dialog."""
        if isinstance(exc, ValidationError):
            self.show(exc.field, str(exc))
            self.focus(exc.field)
        else:
            errors.show_error(parent, exc)


def chosen_path_row(label: str, placeholder: str, button_text: str, on_choose,
                    object_name: str = "") -> tuple[QHBoxLayout, QLineEdit, QPushButton]:
    """The row an import dialog opens with: its label, the chosen file or folder (read
    only, ``placeholder`` until one is chosen) and the button that asks for it."""
    path_edit = QLineEdit()
    if object_name:
        path_edit.setObjectName(object_name)
    path_edit.setReadOnly(True)
    path_edit.setPlaceholderText(placeholder)
    choose_button = QPushButton(button_text)
    choose_button.clicked.connect(on_choose)
    row = QHBoxLayout()
    row.addWidget(QLabel(label))
    row.addWidget(path_edit, 1)
    row.addWidget(choose_button)
    return row, path_edit, choose_button


def grow_window_to_fit(widget: QWidget) -> None:
    """Make ``widget``'s window tall enough for what it now shows (never smaller).

    A wrapped message makes the form taller, but a dialog that is already open keeps
    its size and would clip the text; growing it keeps every message readable.
    """
    window = widget.window()
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = window.sizeHint().height()
    if window.hasHeightForWidth():
        needed = max(needed, window.heightForWidth(window.width()))
    if needed > window.height():
        window.resize(window.width(), needed)


def _style(label: QLabel, severity: str) -> None:
    colour = ERROR_COLOUR if severity == "error" else WARNING_COLOUR
    label.setStyleSheet(f"color: {colour};")


class DateLineEdit(QLineEdit):
    """A date typed as dd/mm/yyyy (also d/m/yy, 15.3.2001, 15032001, or a bare year).

    Typing is faster than stepping a QDateEdit, and an empty value is natural. The text
    is read by the core's :func:`desktop.core.spreadsheet.parse_date`, the same rules an
    imported file follows; once the field loses focus a readable value is rewritten as
    dd/mm/yyyy so the officer sees how it was understood.
    """

    def __init__(self, *, allow_year_only: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._allow_year_only = allow_year_only
        self.setPlaceholderText(tr("dd/mm/yyyy hoặc năm") if allow_year_only else "dd/mm/yyyy")
        self.setMaxLength(32)
        self.editingFinished.connect(self._tidy)

    def value(self) -> tuple[date | None, bool]:
        """``(date, year_only)``; ``(None, False)`` when empty. Raises ValueError (Vietnamese)."""
        text = self.text().strip()
        if not text:
            return None, False
        if text.isdigit() and 4 < len(text) < 8:
            # A file may hold Excel serial numbers (36526 = 01/01/2000); a person typing
            # five digits has made a mistake, not written a serial number.
            raise ValueError(tr("ghi ngày theo dạng dd/mm/yyyy: {text}").format(text=text))
        parsed, year_only = parse_date(text)
        if year_only and not self._allow_year_only:
            raise ValueError(tr("cần ghi đủ ngày/tháng/năm, không chỉ năm: {text}").format(text=text))
        return parsed, year_only

    def set_value(self, value: date | None, year_only: bool = False) -> None:
        if value is None:
            self.clear()
        else:
            self.setText(str(value.year) if year_only else format_date(value))

    def _tidy(self) -> None:
        try:
            parsed, year_only = self.value()
        except ValueError:
            return  # leave the text as typed; the form shows the message
        if parsed is not None:
            self.set_value(parsed, year_only)
