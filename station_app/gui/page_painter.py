"""Drawing layout pages (station_app.page_ops) with QPainter: the on-screen preview and the printer.

The operations (certificates, volunteer cards) are the same ones the
PDF is drawn from, with the same embedded font (loaded from the package, so a
PC without Chinese fonts shows it too) and the same text widths. Coordinates
are points; text is drawn at K times its size under a 1/K scale, because
QFont pixel sizes are whole numbers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QImage, QPainter, QPainterPath, QPen

from station_app.page_ops import PAGE_H, PAGE_W, Circle, Line, Page, Qr, Rect, Text, text_width
from station_app.qr import dark_runs
from station_app.resources import CJK_FONT_FILE, resource_path

K = 10.0
_family: str | None = None


def cjk_family() -> str:
    global _family
    if _family is None:
        font_id = QFontDatabase.addApplicationFont(str(resource_path(*CJK_FONT_FILE)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _family = families[0] if families else "WenQuanYi Micro Hei"
    return _family


def _color(rgb: tuple, alpha: float = 1.0) -> QColor:
    c = QColor.fromRgbF(*rgb)
    c.setAlphaF(alpha)
    return c


def _pen(rgb: tuple | None, width: float, dash: tuple | None = None) -> QPen:
    if rgb is None or width <= 0:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(_color(rgb), width)
    if dash:
        pen.setDashPattern([d / width for d in dash])  # Qt counts dashes in pen widths
    return pen


def paint_page(painter: QPainter, page: Page, scale: float) -> None:
    """Draw *page* with its top-left corner at the painter's origin, *scale* device pixels a point."""
    family = cjk_family()
    painter.save()
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    for op in page.ops:
        kind = type(op)
        if kind is Text:
            _text(painter, op, family)
        elif kind is Line:
            painter.setPen(_pen(op.color, op.width, op.dash))
            painter.drawLine(QPointF(op.x1, op.y1), QPointF(op.x2, op.y2))
        elif kind is Rect:
            painter.setPen(_pen(op.color, op.width, op.dash))
            painter.setBrush(QBrush(_color(op.fill)) if op.fill else Qt.BrushStyle.NoBrush)
            if op.radius:
                painter.drawRoundedRect(QRectF(op.x, op.y, op.w, op.h), op.radius, op.radius)
            else:
                painter.drawRect(QRectF(op.x, op.y, op.w, op.h))
        elif kind is Circle:
            painter.setPen(_pen(op.color, op.width, op.dash))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(op.cx, op.cy), op.r, op.r)
        elif kind is Qr:
            _qr(painter, op)
    painter.restore()


def _text(painter: QPainter, op: Text, family: str) -> None:
    painter.save()
    painter.translate(op.x, op.y)
    if op.angle:
        painter.rotate(-op.angle)  # layout angles turn counter-clockwise; Qt's y axis points down
    painter.scale(1 / K, 1 / K)
    font = QFont(family)
    font.setPixelSize(max(1, round(op.size * K)))
    font.setKerning(False)
    painter.setFont(font)
    color = _color(op.color, op.alpha)
    dx = 0.0
    if op.align != "left":
        w = text_width(op.text, op.size) * K
        dx = -w / 2 if op.align == "center" else -w
    painter.setPen(color)
    painter.drawText(QPointF(dx, 0), op.text)  # stays text: a PDF printer keeps it searchable
    if op.bold:  # the font has no bold face: stroke the outlines too, as the PDF does
        path = QPainterPath()
        path.addText(QPointF(dx, 0), font, op.text)
        painter.strokePath(path, QPen(color, op.size * K * 0.035))
    painter.restore()


def _qr(painter: QPainter, op: Qr) -> None:
    cell = op.size / len(op.matrix)
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for r, col, length in dark_runs(op.matrix):
        path.addRect(QRectF(op.x + col * cell, op.y + r * cell, length * cell, cell))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # crisp modules
    painter.fillPath(path, QColor(0, 0, 0))
    painter.restore()


def page_image(page: Page, dpi: float = 96.0) -> QImage:
    scale = dpi / 72.0
    image = QImage(round(PAGE_W * scale), round(PAGE_H * scale), QImage.Format.Format_RGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    try:
        paint_page(painter, page, scale)
    finally:
        painter.end()
    return image


def set_up_printer(printer) -> None:
    """A4 portrait, the whole sheet: the layout keeps its own margins. Done before the print
    dialog opens, so staff can still choose another paper size there."""
    from PySide6.QtGui import QPageLayout, QPageSize

    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)


def print_pages(printer, pages: list[Page]) -> None:
    """Draw *pages* on a QPrinter set up by the print dialog (or a PDF-writing QPrinter).

    On paper other than A4 the page is scaled to fit and centred.
    """
    from PySide6.QtPrintSupport import QPrinter

    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("certificates", "打印机无法开始打印，请检查打印机是否连接、是否有纸"))
    try:
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        scale = min(paper.width() / PAGE_W, paper.height() / PAGE_H)
        painter.translate((paper.width() - PAGE_W * scale) / 2, (paper.height() - PAGE_H * scale) / 2)
        for i, page in enumerate(pages):
            if i:
                printer.newPage()
            paint_page(painter, page, scale)
    finally:
        painter.end()
