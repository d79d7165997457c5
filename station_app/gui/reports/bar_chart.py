"""A bar chart of hours per group, drawn with QtCharts (PySide6-Addons).

Labels are the groups' names in the window's font, so Chinese shows as text
does everywhere else; long names are shortened on the axis (the table under
the chart has them whole) and turned when there are many bars, so they never
overlap. Values sit on top of the bars with one decimal, like every hour shown.
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
        series.setLabelsVisible(not self.compact and len(labels) <= 16)
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsPrecision(4)
        bars.setLabelFont(font)
        bars.setLabelColor(QColor("#1f3a5f"))
        chart.addSeries(series)

        x = QBarCategoryAxis()
        x.append(self.labels or [""])
        x.setLabelsFont(font)
        x.setLabelsAngle(-45 if many and not self.compact else 0)
        if self.compact:
            x.setLabelsAngle(-90 if len(labels) > 6 else 0)
        y = QValueAxis()
        top = max(hours, default=0)
        y.setRange(0, top * 1.18 if top > 0 else 1)
        y.setLabelFormat("%.0f" if top >= 10 else "%.1f")
        y.setLabelsFont(font)
        y.setTickCount(4 if self.compact else 6)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
