"""QR codes as the PDF writers and the on-screen preview draw them.

One symbol is drawn as horizontal runs of dark modules filled as a single path:
separate squares leave anti-aliased seams in rendered pages that scanners trip
on, and a few hundred separately formatted rectangles cost more than the rest
of a certificate page. Every drawer (reportlab for certificates and cards,
QPainter for the preview) takes the runs from here.
"""

from __future__ import annotations

from collections.abc import Iterator

import segno

Matrix = tuple[tuple[int, ...], ...]


def qr_matrix(text: str) -> Matrix:
    """Rows of 0/1 modules, no quiet zone. Always a full QR code (segno.make would pick Micro QR for
    short text, which many scanners refuse), at error correction level M."""
    qr = segno.make_qr(text, error="m")
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
