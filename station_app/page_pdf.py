"""Layout pages (page_ops.py) drawn with reportlab: the PDFs Station Desk saves.

The Chinese font is the shipped TrueType WenQuanYi, embedded as a subset (reportlab cannot embed
CFF fonts); the canvas starts in that font so no unembedded Helvetica appears. A QR code is one
path of horizontal runs with non-zero fill (scanners trip on seams between separate squares).
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfgen.canvas import FILL_NON_ZERO

from station_app.page_ops import PAGE_H, Circle, Line, Page, Qr, Rect, Text, text_width
from station_app.pdf_fonts import register_cjk_font
from station_app.qr import dark_runs


def new_canvas(target, title: str = "志愿服务记录证明", author: str = "", subject: str = "") -> canvas.Canvas:
    """A canvas whose metadata names the document and who issued it (*author*: the station), never
    reportlab's "anonymous" and "unspecified"."""
    font = register_cjk_font()
    c = canvas.Canvas(target, pagesize=A4, initialFontName=font, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author or "Station Desk")
    c.setSubject(subject or title)
    c.setCreator("Station Desk")
    return c


def draw_page(c: canvas.Canvas, page: Page) -> None:
    font = register_cjk_font()
    for op in page.ops:
        kind = type(op)
        if kind is Text:
            _text(c, op, font)
        elif kind is Line:
            c.saveState()
            c.setLineWidth(op.width)
            c.setStrokeColorRGB(*op.color)
            if op.dash:
                c.setDash(*op.dash)
            c.line(op.x1, PAGE_H - op.y1, op.x2, PAGE_H - op.y2)
            c.restoreState()
        elif kind is Rect:
            c.saveState()
            if op.fill:
                c.setFillColorRGB(*op.fill)
            if op.color:
                c.setStrokeColorRGB(*op.color)
                c.setLineWidth(op.width)
            if op.dash:
                c.setDash(*op.dash)
            stroke, fill = (1 if op.color else 0), (1 if op.fill else 0)
            if op.radius:
                c.roundRect(op.x, PAGE_H - op.y - op.h, op.w, op.h, op.radius, stroke=stroke, fill=fill)
            else:
                c.rect(op.x, PAGE_H - op.y - op.h, op.w, op.h, stroke=stroke, fill=fill)
            c.restoreState()
        elif kind is Circle:
            c.saveState()
            c.setLineWidth(op.width)
            c.setStrokeColorRGB(*op.color)
            if op.dash:
                c.setDash(*op.dash)
            c.circle(op.cx, PAGE_H - op.cy, op.r, stroke=1, fill=0)
            c.restoreState()
        elif kind is Qr:
            _qr(c, op)


def _text(c: canvas.Canvas, op: Text, font: str) -> None:
    special = op.bold or op.angle or op.alpha < 1 or op.color != (0.0, 0.0, 0.0)
    if special:
        c.saveState()
        c.setFillColorRGB(*op.color)
        if op.alpha < 1:
            c.setFillAlpha(op.alpha)
            c.setStrokeAlpha(op.alpha)
    x, y = op.x, PAGE_H - op.y
    if op.angle:
        c.translate(x, y)
        c.rotate(op.angle)
        x, y = 0.0, 0.0
    if op.align != "left":
        w = text_width(op.text, op.size)
        x -= w / 2 if op.align == "center" else w
    t = c.beginText(x, y)
    t.setFont(font, op.size)
    if op.bold:  # the font has no bold face: fill and stroke the outlines
        c.setStrokeColorRGB(*op.color)
        c.setLineWidth(op.size * 0.035)
        t.setTextRenderMode(2)
    t.textOut(op.text)
    c.drawText(t)
    if special:
        c.restoreState()


def _qr(c: canvas.Canvas, op: Qr) -> None:
    """Horizontal runs, each overlapping the next row a hair, filled as one non-zero path.

    Drawn in module units (one unit = one module, y downwards) so every run is
    written with whole numbers: reportlab's pure-Python number formatting of
    a few hundred float rectangles cost more than the rest of the page.
    """
    matrix = op.matrix
    cell = op.size / len(matrix)
    path = c.beginPath()
    runs = [f"{col} {r} {length}.05 1.05 re" for r, col, length in dark_runs(matrix)]
    path._code_append("\n".join(runs))  # PDFPathObject's own buffer; rect() would format floats
    c.saveState()
    c.transform(cell, 0, 0, -cell, op.x, PAGE_H - op.y)
    c.setFillColorRGB(0, 0, 0)
    c.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)  # even-odd would cancel the overlaps
    c.restoreState()
