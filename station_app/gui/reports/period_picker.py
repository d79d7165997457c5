"""Choosing a report period: a month, a quarter, a year, or from/to."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSpinBox, QWidget

from station_app.reports import periods


def _date(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class PeriodPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        today = today or dt.date.today()
        self.kind = QComboBox()
        for key, label in (("month", self.tr("按月")), ("quarter", self.tr("按季度")), ("year", self.tr("按年")),
                           ("range", self.tr("自定义"))):
            self.kind.addItem(label, key)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.setSuffix(self.tr(" 年"))
        self.month = QComboBox()
        for m in range(1, 13):
            self.month.addItem(self.tr("{m} 月").format(m=m), m)
        self.month.setCurrentIndex(today.month - 1)
        self.quarter = QComboBox()
        for q in range(1, 5):
            self.quarter.addItem(self.tr("第 {q} 季度").format(q=q), q)
        self.quarter.setCurrentIndex((today.month - 1) // 3)
        self.day_from = QDateEdit(QDate(today.year, today.month, 1))
        self.day_to = QDateEdit(QDate(today.year, today.month, today.day))
        self.to_label = QLabel(self.tr("至"))
        for d in (self.day_from, self.day_to):
            d.setDisplayFormat("yyyy-MM-dd")
            d.setCalendarPopup(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.kind, self.year, self.month, self.quarter, self.day_from, self.to_label, self.day_to):
            row.addWidget(w)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for w in (self.month, self.quarter):
            w.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.year.valueChanged.connect(lambda _v: self.changed.emit())
        for d in (self.day_from, self.day_to):
            d.dateChanged.connect(lambda _d: self.changed.emit())
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        if kind == "quarter":  # the quarter of the month that was chosen, not of today
            self.quarter.blockSignals(True)
            self.quarter.setCurrentIndex((self.month.currentData() - 1) // 3)
            self.quarter.blockSignals(False)
        self.year.setVisible(kind != "range")
        self.month.setVisible(kind == "month")
        self.quarter.setVisible(kind == "quarter")
        for w in (self.day_from, self.to_label, self.day_to):
            w.setVisible(kind == "range")
        self.changed.emit()

    def period(self) -> periods.Period:
        """The chosen period; raises PeriodError for a backward range."""
        kind, y = self.kind.currentData(), self.year.value()
        if kind == "month":
            return periods.month(y, self.month.currentData())
        if kind == "quarter":
            return periods.quarter(y, self.quarter.currentData())
        if kind == "year":
            return periods.year(y)
        return periods.between(_date(self.day_from), _date(self.day_to))

    def set_month(self, year: int, month: int) -> None:
        self.kind.setCurrentIndex(0)
        self.year.setValue(year)
        self.month.setCurrentIndex(month - 1)
