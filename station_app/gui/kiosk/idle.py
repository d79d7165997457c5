"""Notices any touch, click or key press anywhere in the application, for the kiosk's idle timeout."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal

ACTIVITY = {QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin,
            QEvent.Type.InputMethod, QEvent.Type.Wheel}


class ActivityWatcher(QObject):
    """Install on QApplication; a child of the kiosk window, so Qt drops the filter with it."""

    activity = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in ACTIVITY:
            self.activity.emit()
        return False
