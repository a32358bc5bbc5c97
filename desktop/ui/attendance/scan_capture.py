"""Keyboard-wedge scanners: catching a card code wherever its keys land.

A USB scanner is a keyboard. It "types" the nine characters of a code and presses Enter
(some send Tab) into whatever has the focus at that moment: the station's search box, a
button, or a message box that happens to be open. A message box would take a letter as
its button's mnemonic (QMessageBox clicks the button whose underlined letter is pressed,
even without Alt) and Enter as its default button, so a scan would answer a question
nobody read, and the scan itself would be lost.

:class:`ScanCapture` watches every key press of the application while the station is
open. Characters a code can hold that arrive anywhere but in a text field are eaten and
remembered; in a text field they are typed as usual and remembered too. When Enter comes
and what was remembered ends with a well-formed code (check character and all), the
Enter is eaten, the code is reported and, in a line edit, taken out of it again.
Anything else goes on its way untouched. A person typing a name never produces a code:
codes hold no vowel, and a pause of more than a second starts the memory afresh.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from desktop.core.cards import CODE_ALPHABET, CODE_LENGTH, normalize_code

CODE_CHARACTERS = frozenset(CODE_ALPHABET + CODE_ALPHABET.lower() + "-")
# A scanner types a whole code within a few tens of milliseconds; a person pauses longer.
KEY_GAP_SECONDS = 1.0
ENDING_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab})
# A code is typed with at most Shift (capitals) and the keypad; anything else is a command.
COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                     | Qt.KeyboardModifier.MetaModifier)
_ALPHABET = frozenset(CODE_ALPHABET + CODE_ALPHABET.lower())


def is_text_entry(widget: QObject) -> bool:
    """Whether typed characters go into ``widget`` as text (so they must reach it)."""
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)):
        return not widget.isReadOnly()
    return False


def _is_command(event: QKeyEvent) -> bool:
    return bool(event.modifiers() & COMMAND_MODIFIERS)


class ScanCapture(QObject):
    """An application-wide event filter that turns a scanner's keys into :attr:`scanned`.

    :meth:`install` starts it, :meth:`remove` stops it (also when it is destroyed).
    """

    scanned = Signal(str)  # the code, normalised (upper case, no dashes)

    def __init__(self, parent: QObject | None = None, *, clock: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self._clock = clock
        self._typed: list[str] = []
        self._last_key_at = float("-inf")
        # Keys whose press was eaten: their release is eaten too, so no widget sees half a key.
        self._eaten_keys: set[int] = set()
        # (widget, key, text) of the last character let through to a text field: a text
        # field that refuses it passes the same event on to its parents, and the filter
        # sees it again there; it must not be remembered twice.
        self._let_through: tuple[QWidget, int, str] | None = None
        self._installed = False

    @property
    def active(self) -> bool:
        return self._installed

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
        self._installed = False
        self.reset()

    def reset(self) -> None:
        self._typed.clear()
        self._let_through = None

    def pending(self) -> str:
        """What has been remembered since the last code or pause (for a test or a tooltip)."""
        return "".join(self._typed)

    # --- the filter ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            return self._key_press(watched, event)
        if kind == QEvent.Type.KeyRelease:
            return self._key_release(event)
        if kind == QEvent.Type.ShortcutOverride:
            return self._shortcut_override(watched, event)
        return False

    def _key_press(self, watched: QObject, event: QKeyEvent) -> bool:
        # The window system's QWindow gets each key before the focus widget does; acting
        # on the widget alone sees every key once.
        if not isinstance(watched, QWidget) or event.isAutoRepeat() or _is_command(event):
            return False
        now = self._clock()
        if now - self._last_key_at > KEY_GAP_SECONDS:
            self._typed.clear()
        key = event.key()
        if key in ENDING_KEYS:
            return self._ending_key(watched, key)
        text = event.text()
        if not text:
            return False  # Shift, arrows, function keys: no part of a code, nor a break in one
        if len(text) != 1 or not text.isprintable():
            self._typed.clear()  # Backspace, Delete: what was remembered is no longer what was typed
            return False
        if self._is_propagation(watched, key, text):
            return False
        self._last_key_at = now
        if text not in CODE_CHARACTERS:
            self._typed.clear()
            return False
        self._typed.append(text)
        if is_text_entry(watched):
            self._let_through = (watched, key, text)
            return False
        self._eaten_keys.add(key)
        return True

    def _key_release(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in self._eaten_keys and not event.isAutoRepeat():
            self._eaten_keys.discard(key)
            return True
        return False

    def _shortcut_override(self, watched: QObject, event: QKeyEvent) -> bool:
        """Claim the keys of a code before Qt looks for a shortcut bound to them: a
        shortcut would take the key press away from the filter."""
        if not isinstance(watched, QWidget) or _is_command(event):
            return False
        text = event.text()
        claims = (len(text) == 1 and text in CODE_CHARACTERS) or (
            event.key() in ENDING_KEYS and self._clock() - self._last_key_at <= KEY_GAP_SECONDS
            and self._code_at_end()[0] is not None)
        if claims:
            event.accept()
        return claims

    def _ending_key(self, watched: QWidget, key: int) -> bool:
        code, typed = self._code_at_end()
        self._typed.clear()
        self._let_through = None
        if code is None:
            return False
        self._eaten_keys.add(key)
        if isinstance(watched, QLineEdit) and not watched.isReadOnly() and watched.text().endswith(typed):
            watched.setText(watched.text()[:-len(typed)])
        self.scanned.emit(code)
        return True

    def _code_at_end(self) -> tuple[str | None, str]:
        """The code the remembered characters end with, and those characters as typed."""
        count = 0
        for start in range(len(self._typed) - 1, -1, -1):
            count += self._typed[start] in _ALPHABET
            if count == CODE_LENGTH:
                typed = "".join(self._typed[start:])
                return normalize_code(typed), typed
        return None, ""

    def _is_propagation(self, watched: QWidget, key: int, text: str) -> bool:
        let_through, self._let_through = self._let_through, None
        if let_through is None:
            return False
        widget, previous_key, previous_text = let_through
        try:
            related = watched is not widget and (watched.isAncestorOf(widget) or widget.isAncestorOf(watched))
        except RuntimeError:  # the widget is gone since
            return False
        if related and (previous_key, previous_text) == (key, text):
            self._let_through = let_through  # a grandparent may see it next
            return True
        return False
