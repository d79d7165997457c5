"""A time of day typed the way people write it: 930, 0930, 9:30, 9：30, 9.30 or 17 (whole hour).

QTimeEdit's sections ignore most typing (typing 0930 left 08:00, and the minutes could not be
typed at all), and staff copy times from paper sign-in sheets by keyboard. The field keeps the
QTimeEdit calls the dialogs use (time, setTime, timeChanged) and shows HH:MM once left.
"""

from __future__ import annotations

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from station_app.hours.times import clock_complete, parse_clock

INVALID_STYLE = "border: 1px solid #c0392b; border-radius: 2px;"


def parse_time(text: str, complete_only: bool = False) -> QTime | None:
    """The time *text* names (see hours.times.parse_clock), or None."""
    clock = parse_clock(text, complete_only)
    return QTime(*clock) if clock is not None else None


class TimeField(QLineEdit):
    timeChanged = Signal(QTime)  # noqa: N815 - QTimeEdit's name, which the dialogs connect to

    def __init__(self, time: QTime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._time = QTime(time) if time is not None and time.isValid() else QTime(0, 0)
        self.setText(self._time.toString("HH:mm"))
        self.setPlaceholderText("HH:MM")
        self.setToolTip(self.tr("可直接输入，如 930、0930、9:30"))
        self.setMaxLength(8)
        self.textEdited.connect(self._edited)
        self.editingFinished.connect(self._tidy)

    def time(self) -> QTime:
        return QTime(self._time)

    def setTime(self, time: QTime) -> None:  # noqa: N802 - the QTimeEdit name the dialogs call
        self.setText(time.toString("HH:mm"))
        self._set(time)

    def _set(self, time: QTime) -> None:
        if time != self._time:
            self._time = QTime(time)
            self.timeChanged.emit(QTime(time))

    def _edited(self, text: str) -> None:
        """While typing, a time counts once it is complete (930, 9:30): "2" on the way to "25:99" is not 02:00."""
        time = parse_time(text, complete_only=True)
        self.setStyleSheet(INVALID_STYLE if clock_complete(text) and time is None else "")
        if time is not None:
            self._set(time)

    def _tidy(self) -> None:
        """Leaving the field: take what it says (17 is 17:00) and show it as HH:MM; an entry that is no
        time goes back to the last good one."""
        time = parse_time(self.text())
        if time is not None:
            self._set(time)
        self.setStyleSheet("")
        self.setText(self._time.toString("HH:mm"))
