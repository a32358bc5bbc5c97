"""QR codes as a plain matrix of modules, for every place DoanDesk shows or prints one.

One encoder, one matrix: the PDF builder (``desktop.core.pdfdoc``) draws it with reportlab
rectangles and the screens draw the very same matrix with QPainter. A code on a check-in
screen and the code on the printed sheet are then module for module identical, neither
depends on Pillow's image factory, and both stay sharp at any size because they are
drawn as vectors rather than scaled bitmaps.
"""

from __future__ import annotations


def qr_matrix(text: str) -> list[list[bool]]:
    """The modules of ``text`` as a QR code, row by row, True for dark.

    Error correction level M (about 15 % of the symbol may be dirty or torn, enough for a
    printed sheet pinned to a notice board) and no quiet zone: the caller draws the
    four light modules around it so that it can size the margin to its own layout.
    """
    # qrcode pulls in its image back-ends (Pillow when present) on import: only the
    # functions that make a code pay for that, not the program's start-up.
    import qrcode

    code = qrcode.QRCode(error_correction=qrcode.ERROR_CORRECT_M, border=0)
    code.add_data(text)
    code.make(fit=True)
    return [[bool(module) for module in row] for row in code.get_matrix()]
