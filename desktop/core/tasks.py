"""Long work reports progress and can be cancelled, without knowing who is watching.

Core functions take ``progress(fraction, text)`` and ``cancelled()`` callables; the UI
passes ones that talk to a progress dialog, the CLI and tests pass nothing.
"""

from __future__ import annotations

from typing import Callable

from desktop.core.errors import DoanDeskError
from desktop.i18n import tr

Progress = Callable[[float, str], None]
CancelCheck = Callable[[], bool]


class Cancelled(DoanDeskError):
    """The user cancelled; nothing was written."""

    def __init__(self, message: str | None = None):
        super().__init__(tr("Đã hủy theo yêu cầu; không có dữ liệu nào bị thay đổi.") if message is None else message)


def no_progress(_fraction: float, _text: str) -> None:
    return None


def never_cancelled() -> bool:
    return False


class Reporter:
    """Progress helper: forwards to ``progress`` and raises :class:`Cancelled` when asked to stop."""

    def __init__(self, progress: Progress | None = None, cancelled: CancelCheck | None = None):
        self._progress = progress or no_progress
        self._cancelled = cancelled or never_cancelled

    def __call__(self, fraction: float, text: str) -> None:
        if self._cancelled():
            raise Cancelled()
        self._progress(max(0.0, min(1.0, fraction)), text)

    def check(self) -> None:
        if self._cancelled():
            raise Cancelled()
