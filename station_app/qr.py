"""QR codes as the PDF writers and the on-screen preview draw them.

One symbol is drawn as horizontal runs of dark modules filled as a single path:
separate squares leave anti-aliased seams in rendered pages that scanners trip
on, and a few hundred separately formatted rectangles cost more than the rest
of a certificate page. Every drawer (reportlab for certificates and cards,
QPainter for the preview) takes the runs from here.

The data mask is fixed instead of searched. Any of the eight masks gives a code every
reader decodes (the tests decode ours with zbar); the search only picks the one with the
fewest penalty patterns, and it costs five times the rest of encoding: 5.3 ms against
1.0 ms for a 38-character text, 18.6 ms against 3.6 ms for a signed verification link,
measured here. That is most of a certificate's QR cost. Mask 2 is the one segno's
search picked most often for our links.
"""

from __future__ import annotations

from collections.abc import Iterator

import segno

Matrix = tuple[tuple[int, ...], ...]

FIXED_MASK = 2


def qr_matrix(text: str) -> Matrix:
    """Rows of 0/1 modules, no quiet zone. Always a full QR code (segno.make would pick Micro QR for
    short text, which many scanners refuse), at error correction level M, with the fixed mask."""
    qr = segno.make_qr(text, error="m", mask=FIXED_MASK)
    return tuple(tuple(1 if v else 0 for v in row) for row in qr.matrix_iter(scale=1, border=0))


def dark_runs(matrix: Matrix) -> Iterator[tuple[int, int, int]]:
    """(row, first column, length) of every horizontal run of dark modules, top row first."""
    for r, row in enumerate(matrix):
        col, n = 0, len(row)
        while col < n:
            if not row[col]:
                col += 1
                continue
            run = col
            while run < n and row[run]:
                run += 1
            yield r, col, run - col
            col = run
