"""A QR code drawn on screen from the core's matrix (:func:`desktop.core.qr.qr_matrix`).

Drawn with QPainter rectangles, module for module the code the printed sheet carries,
sharp at any size; the four light modules of quiet zone are added here.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4  # modules of light margin a reader needs around the code


class QrView(QWidget):
    """Shows the code of :meth:`set_text`, or a short note when there is nothing to show."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("qr_view")
        self.matrix: list[list[bool]] = []
        self.note = ""
        self.setMinimumSize(QSize(160, 160))
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_text(self, text: str, note: str = "") -> None:
        """The code of ``text``; an empty text shows ``note`` instead."""
        from desktop.core.qr import qr_matrix  # loads the qrcode package only once a code is shown

        self.matrix = qr_matrix(text) if text else []
        self.note = note
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(240, 240)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - a square
        return width

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        if not self.matrix:
            painter.setPen(QColor("#555555"))
            painter.drawText(self.rect().adjusted(8, 8, -8, -8), Qt.AlignmentFlag.AlignCenter
                             | Qt.TextFlag.TextWordWrap, self.note)
            return
        count = len(self.matrix) + 2 * QUIET_ZONE
        side = min(self.width(), self.height())
        module = side / count
        left = (self.width() - side) / 2
        top = (self.height() - side) / 2
        painter.fillRect(QRectF(left, top, side, side), Qt.GlobalColor.white)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(Qt.GlobalColor.black)
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    # A hair of overlap so no light seams appear between modules at fractional sizes.
                    painter.drawRect(QRectF(left + (x + QUIET_ZONE) * module, top + (y + QUIET_ZONE) * module,
                                            module + 0.3, module + 0.3))
