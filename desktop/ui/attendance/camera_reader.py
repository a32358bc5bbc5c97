"""Reading the QR code of a check-in card with a webcam, for stations without a scanner.

Qt Multimedia delivers the camera's frames to a video sink; about five a second are
turned into grey images and handed to zxing-cpp, which reads a ``QImage`` directly. The
same card held in front of the lens is seen in every frame, so a code is reported once
and then only after it has been out of sight for three seconds.

Qt Multimedia is imported only when a camera is looked for: a station with a scanner
never loads it, and a PC where it cannot load still runs the station without a camera.
"""

from __future__ import annotations

import logging
import time
from typing import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage

from desktop.i18n import N_, tr

log = logging.getLogger(__name__)

NO_CAMERA = N_("Không tìm thấy camera")
DECODE_INTERVAL_SECONDS = 0.2   # about five frames a second are decoded
REPEAT_SECONDS = 3.0            # the same code seen again within this time is the same card still held up
# Decoding a full-HD frame costs several times a VGA one and finds no more on a card held
# at arm's length; larger frames are scaled down first.
DECODE_MAX_WIDTH = 960
PREVIEW_WIDTH = 240


def load_multimedia():
    """The QtMultimedia module, or None when it cannot be loaded on this PC."""
    try:
        from PySide6 import QtMultimedia
    except Exception as exc:  # an ImportError, or a missing system library behind it
        log.info("Không nạp được Qt Multimedia: %s", exc)
        return None
    return QtMultimedia


def camera_unavailable_reason() -> str:
    """Empty when a camera can be used; otherwise why not, for the camera button's tooltip."""
    multimedia = load_multimedia()
    if multimedia is None:
        return tr(NO_CAMERA)
    try:
        inputs = multimedia.QMediaDevices.videoInputs()
    except Exception as exc:
        log.info("Không liệt kê được camera: %s", exc)
        return tr(NO_CAMERA)
    return "" if inputs else tr(NO_CAMERA)


def decode_codes(image: QImage) -> list[str]:
    """The texts of the QR codes found in ``image``."""
    import zxingcpp

    if image.width() > DECODE_MAX_WIDTH:
        image = image.scaledToWidth(DECODE_MAX_WIDTH, Qt.TransformationMode.FastTransformation)
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    try:
        found = zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.QRCode)
    except TypeError:  # a zxing-cpp without QImage support: hand it the pixels
        view = zxingcpp.ImageView(memoryview(grey.constBits()).cast("B"), grey.width(), grey.height(),
                                  zxingcpp.ImageFormat.Lum, grey.bytesPerLine())
        found = zxingcpp.read_barcodes(view, formats=zxingcpp.BarcodeFormat.QRCode)
    return [barcode.text for barcode in found if barcode.text]


class CameraReader(QObject):
    """The default camera, read while :meth:`start` is in effect; see the module docstring."""

    code_read = Signal(str)        # a code seen (as the QR code holds it), once per showing of a card
    preview_ready = Signal(QImage)  # a small picture of what the camera sees, to aim the card
    failed = Signal(str)           # the camera stopped on its own; the reason, in Vietnamese

    def __init__(self, parent: QObject | None = None, *, clock: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self._clock = clock
        self._camera = None
        self._session = None
        self._sink = None
        self._last_decode = float("-inf")
        self._last_seen: dict[str, float] = {}

    @property
    def active(self) -> bool:
        return self._camera is not None

    def start(self) -> str:
        """Start the default camera. Returns an empty string, or why it could not start."""
        if self.active:
            return ""
        multimedia = load_multimedia()
        if multimedia is None:
            return tr(NO_CAMERA)
        try:
            device = multimedia.QMediaDevices.defaultVideoInput()
            if device.isNull():
                inputs = multimedia.QMediaDevices.videoInputs()
                if not inputs:
                    return tr(NO_CAMERA)
                device = inputs[0]
            self._camera = multimedia.QCamera(device, self)
            self._session = multimedia.QMediaCaptureSession(self)
            self._sink = multimedia.QVideoSink(self)
            self._session.setCamera(self._camera)
            self._session.setVideoSink(self._sink)
            self._sink.videoFrameChanged.connect(self._on_frame)
            self._camera.errorOccurred.connect(self._on_error)
            self._camera.start()
        except Exception as exc:
            log.warning("Không mở được camera: %s", exc)
            self.stop()
            return tr("Không mở được camera: {error}").format(error=exc)
        return ""

    def stop(self) -> None:
        if self._camera is not None:
            try:
                self._camera.stop()
            except RuntimeError:
                pass  # already destroyed with its parent
        for part in (self._sink, self._session, self._camera):
            if part is not None:
                part.deleteLater()
        self._camera = self._session = self._sink = None
        self._last_seen.clear()

    def _on_error(self, _error, description: str) -> None:
        self.stop()
        self.failed.emit(tr("Camera bị lỗi: {description}").format(description=description) if description
                         else tr("Camera bị lỗi"))

    def _on_frame(self, frame) -> None:
        now = self._clock()
        if now - self._last_decode < DECODE_INTERVAL_SECONDS:
            return
        self._last_decode = now
        image = frame.toImage()
        if not image.isNull():
            self.read_image(image)

    def read_image(self, image: QImage) -> list[str]:
        """Show ``image`` as the preview and report the codes in it not seen just before;
        returns those codes."""
        self.preview_ready.emit(image.scaledToWidth(PREVIEW_WIDTH, Qt.TransformationMode.FastTransformation))
        now = self._clock()
        reported = []
        for text in decode_codes(image):
            seen = self._last_seen.get(text)
            self._last_seen[text] = now
            if seen is None or now - seen >= REPEAT_SECONDS:
                reported.append(text)
        for text in [t for t, at in self._last_seen.items() if now - at >= REPEAT_SECONDS]:
            del self._last_seen[text]
        for text in reported:
            self.code_read.emit(text)
        return reported
