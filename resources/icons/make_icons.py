"""Render the application icon ``doandesk.svg`` into the PNG and ICO files beside it.

Run after changing the SVG (``uv run python resources/icons/make_icons.py``) and commit
the results: the program and the installer use the rendered files, so a build machine
needs no SVG tools. Qt's own SVG renderer draws the PNGs (the same one the program uses
for the SVG); the Windows ``.ico`` is written here with ``struct`` because Qt's ICO
writer keeps only one size.

The ICO holds 16, 32 and 48 px as 32-bit bitmaps and 256 px as PNG: the layout of
Windows' own icons, which every reader (Explorer, the PyInstaller and NSIS icon
patchers) accepts, where PNG entries at the small sizes are refused by some.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE / "doandesk.svg"
ICO = HERE / "doandesk.ico"
SIZES = (16, 32, 48, 256)
PNG_IN_ICO_FROM = 256  # sizes from here up are stored as PNG inside the ICO


def png_path(size: int) -> Path:
    return HERE / f"doandesk-{size}.png"


def render(size: int):
    """The icon at ``size`` × ``size`` pixels as a non-premultiplied ARGB32 QImage."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"Không đọc được {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def dib_entry(image) -> bytes:
    """A 32-bit BMP icon image: header, BGRA rows bottom-up, then the 1-bit AND mask."""
    width, height = image.width(), image.height()
    rows = []
    mask_rows = []
    mask_stride = ((width + 31) // 32) * 4
    for y in range(height - 1, -1, -1):
        # Format_ARGB32 is stored as 32-bit words 0xAARRGGBB: on a little-endian machine
        # the bytes are B, G, R, A, which is exactly the BMP order.
        line = bytes(image.constScanLine(y))[:width * 4]
        if sys.byteorder != "little":
            line = b"".join(line[i:i + 4][::-1] for i in range(0, len(line), 4))
        rows.append(line)
        bits = bytearray(mask_stride)
        for x in range(width):
            if line[x * 4 + 3] == 0:  # fully transparent pixels are masked out for old readers
                bits[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(bits))
    pixels = b"".join(rows) + b"".join(mask_rows)
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, len(pixels), 0, 0, 0, 0)
    return header + pixels


def ico_bytes(entries: list[tuple[int, bytes]]) -> bytes:
    """An ICO container around ``(size, image data)`` pairs."""
    directory = struct.pack("<HHH", 0, 1, len(entries))
    offset = len(directory) + 16 * len(entries)
    table = b""
    data = b""
    for size, payload in entries:
        side = 0 if size >= 256 else size  # 0 stands for 256 in the one-byte fields
        table += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(payload), offset + len(data))
        data += payload
    return directory + table + data


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage text and painting need it
    entries = []
    for size in SIZES:
        image = render(size)
        if not image.save(str(png_path(size)), "PNG"):
            raise SystemExit(f"Không ghi được {png_path(size)}")
        payload = png_path(size).read_bytes() if size >= PNG_IN_ICO_FROM else dib_entry(image)
        entries.append((size, payload))
        print(f"Đã ghi {png_path(size).name}")
    ICO.write_bytes(ico_bytes(entries))
    print(f"Đã ghi {ICO.name} ({', '.join(map(str, SIZES))} px)")


if __name__ == "__main__":
    main()
