"""A page as a list of drawing operations: what every print-out of Station Desk is made of.

Coordinates are points (1/72 inch) from the top-left corner of an A4 page, y downwards; a text's y
is its baseline. page_pdf.py draws the operations with reportlab (the PDF that is saved), the GUI
with QPainter (gui/page_painter.py: preview and printer), so the screen, the paper and the PDF are
the same. Certificates (certificates/layout.py) and volunteer cards (hours/cards_layout.py) are
laid out this way; so can a report. Text is measured with the embedded font's own metrics.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

from station_app.pdf_fonts import register_cjk_font

PAGE_W, PAGE_H = A4
BLACK = (0.0, 0.0, 0.0)
RULE = (0.25, 0.25, 0.25)
RED = (0.78, 0.08, 0.08)


@dataclass(frozen=True, slots=True)
class Text:
    x: float
    y: float
    text: str
    size: float
    align: str = "left"      # left | center | right
    bold: bool = False
    color: tuple = BLACK
    angle: float = 0.0       # degrees, counter-clockwise, about (x, y)
    alpha: float = 1.0


@dataclass(frozen=True, slots=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.6
    color: tuple = RULE
    dash: tuple | None = None


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    width: float = 0.6
    color: tuple | None = RULE
    fill: tuple | None = None
    dash: tuple | None = None
    radius: float = 0.0      # rounded corners (volunteer cards)


@dataclass(frozen=True, slots=True)
class Circle:
    cx: float
    cy: float
    r: float
    width: float = 0.8
    color: tuple = RED
    dash: tuple | None = (4, 3)


@dataclass(frozen=True, slots=True)
class Qr:
    x: float
    y: float
    size: float
    matrix: tuple          # rows of 0/1, no border


@dataclass
class Page:
    ops: list = field(default_factory=list)


@functools.lru_cache(maxsize=8192)
def text_width(text: str, size: float) -> float:
    return stringWidth(text, register_cjk_font(), size)
