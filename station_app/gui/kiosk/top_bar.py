"""The strip along the top: station name, date and time, and the small 工作人员 button."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from station_app.gui.kiosk.widgets import big_button, label


class TopBar(QWidget):
    def __init__(self, station: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("top_bar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedHeight(76)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        self.station = label(self.tr("{station}  志愿者签到").format(station=station) if station
                             else self.tr("志愿者签到"), wrap=False, align=left)
        # the station name gives way on a narrow screen rather than widening the window past it
        self.station.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.clock = label("", wrap=False)
        self.staff_button = big_button(self.tr("工作人员"), "staff", 52)
        self.staff_button.setObjectName("staff")
        row = QHBoxLayout(self)
        row.setContentsMargins(32, 0, 16, 0)
        row.addWidget(self.station, 1)
        row.addWidget(self.clock)
        row.addSpacing(32)
        row.addWidget(self.staff_button)
        self._timer = QTimer(self)
        self._timer.setInterval(15_000)
        self._timer.timeout.connect(self.tick)
        self.tick()

    def tick(self) -> None:
        now = dt.datetime.now()
        weekdays = (self.tr("星期一"), self.tr("星期二"), self.tr("星期三"), self.tr("星期四"), self.tr("星期五"),
                    self.tr("星期六"), self.tr("星期日"))
        self.clock.setText(self.tr("{m}月{d}日 {weekday}  {time}").format(
            m=now.month, d=now.day, weekday=weekdays[now.weekday()], time=f"{now:%H:%M}"))

    def start(self) -> None:
        self.tick()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
