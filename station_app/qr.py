"""QR codes as the PDF writers and the on-screen preview draw them.

One symbol is drawn as horizontal runs of dark modules filled as a single path:
separate squares leave anti-aliased seams in rendered pages that scanners trip
on, and a few hundred separately formatted rectangles cost more than the rest
of a certificate page. Every drawer (reportlab for certificates and cards,
QPainter for the preview) takes the runs from here.

Encoding is zxing-cpp's (C++): 1.6 ms for a ~530-character signed verification link
against 8 ms for segno, pure Python, which this module used before even with a fixed mask
(measured here). A certificate page costs about 20 ms in all, so the QR code was a third of
it. zxing-cpp chooses the data mask itself, as the standard says; the tests decode our
codes with zbar, a different reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import zxingcpp

Matrix = tuple[tuple[int, ...], ...]

# zxing's symbol image: one byte per module, 0 black, 255 white
_DARK_BYTES = bytes([1] + [0] * 255)


def qr_matrix(text: str) -> Matrix:
    """Rows of 0/1 modules, no quiet zone. Always a full QR code (Micro QR, which many scanners
    refuse, is a different format), at error correction level M."""
    symbol = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = symbol.to_image(scale=1, add_quiet_zones=False)
    side = image.shape[0]
    modules = memoryview(image).tobytes().translate(_DARK_BYTES)  # type: ignore[arg-type]  # a buffer; not in the stubs
    return tuple(tuple(modules[r * side:(r + 1) * side]) for r in range(side))


_DARK = re.compile(rb"\x01+")


def dark_runs(matrix: Matrix) -> Iterator[tuple[int, int, int]]:
    """(row, first column, length) of every horizontal run of dark modules, top row first."""
    for r, row in enumerate(matrix):
        for run in _DARK.finditer(bytes(row)):
            yield r, run.start(), run.end() - run.start()
