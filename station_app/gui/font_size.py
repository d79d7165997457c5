"""Applying the 字号 setting to the staff window, live: text, table rows and buttons grow together.

The application font is scaled from the size Qt started with (at least 10 pt: the 11–12 px tables
of the default were too small for many staff); push buttons and line edits follow the font by
themselves; table rows have fixed heights, so each table's rows are set from the new font. The
kiosk keeps its own, already large, sizes. Dialogs opened afterwards take the new font too.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView, QWidget

from station_app.station.display import FONT_SCALE

MIN_BASE_POINTS = 10.0
ROW_PADDING = 12  # pixels above and below a table row's text


def base_points() -> float:
    app = QApplication.instance()
    base = app.property("station_base_points")
    if base is None:
        base = max(MIN_BASE_POINTS, app.font().pointSizeF())
        app.setProperty("station_base_points", base)
    return float(base)


def apply_font_size(size: str) -> float:
    """Scale the application font for *size* (standard/large/huge); the point size now in use. Widgets
    take the new font through their events: fit tables (fit_table_rows) once those have run."""
    app = QApplication.instance()
    points = round(base_points() * FONT_SCALE.get(size, 1.0), 1)
    font = QFont(app.font())
    font.setPointSizeF(points)
    app.setFont(font)
    return points


def fit_table_rows(window: QWidget) -> None:
    """Rows as tall as the text needs, and columns of a set width at least as wide as their title."""
    app = QApplication.instance()
    height = QFontMetrics(app.font()).height() + ROW_PADDING
    base = QFont(app.font())
    base.setPointSizeF(base_points())
    ratio = QFontMetrics(app.font()).height() / QFontMetrics(base).height()
    for table in window.findChildren(QTableView):
        table.verticalHeader().setDefaultSectionSize(height)
        header = table.horizontalHeader()
        widths = header.property("base_widths")  # as the page set them for the standard size
        if widths is None or len(widths) != header.count():
            widths = [header.sectionSize(i) for i in range(header.count())]
            header.setProperty("base_widths", widths)
        for i in range(header.count()):
            if header.sectionResizeMode(i) in (QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Fixed):
                header.resizeSection(i, max(round(widths[i] * ratio), header.sectionSizeFromContents(i).width()))
