"""A bar chart of hours per group, drawn with QtCharts (PySide6-Addons).

Labels are the groups' names in the window's font, so Chinese shows as text
does everywhere else; long names are shortened on the axis (the table under
the chart has them whole) and turned when there are many bars, so they never
overlap. The bars carry no value labels: QtCharts prints 3.0 as "3", and hours
are always shown with one decimal, so the exact figures are in the table.
"""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

BAR = QColor("#2f5d8f")
MAX_BARS = 24


def short_label(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class HoursBarChart(QChartView):
    def __init__(self, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self.compact = compact
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_ = QChart()
        self.chart_.legend().hide()
        self.chart_.setBackgroundRoundness(0)
        self.chart_.setMargins(QMargins(4, 4, 4, 4) if compact else QMargins(8, 8, 8, 8))
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(self.chart_)
        self.labels: list[str] = []  # what the axis shows, for tests and screenshots
        self.values: list[float] = []

    def set_bars(self, labels: list[str], hours: list[float], title: str = "") -> None:
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        labels, hours = labels[:MAX_BARS], hours[:MAX_BARS]
        many = len(labels) > 8
        limit = 6 if self.compact else (8 if many else 12)
        self.labels = [short_label(t, limit) for t in labels]
        self.values = list(hours)
        chart.setTitle(title)
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF() - (2 if self.compact else 0.5)))
        chart.setTitleFont(font)

        bars = QBarSet("")
        bars.append(hours)
        bars.setColor(BAR)
        bars.setBorderColor(BAR)
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(False)
        chart.addSeries(series)

        x = QBarCategoryAxis()
        x.append(self.labels or [""])
        x.setLabelsFont(font)
        x.setLabelsAngle(-45 if many and not self.compact else 0)
        if self.compact:  # "12月" fits under a twelfth of the tile; longer labels turn
            x.setLabelsAngle(-90 if len(labels) > 6 and max(map(len, self.labels), default=0) > 3 else 0)
        y = QValueAxis()
        top = max(hours, default=0)
        y.setRange(0, top * 1.05 if top > 0 else 1)
        y.setTickCount(4 if self.compact else 6)
        y.applyNiceNumbers()  # 0, 100, 200 … rather than 0, 139, 278
        y.setLabelFormat("%.0f" if y.max() >= 10 else "%.1f")
        y.setLabelsFont(font)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
