"""A scrollable column of big choice buttons that a finger can drag."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QScrollArea, QScroller, QWidget

from station_app.gui.kiosk.widgets import ChoiceButton


class ChoiceList(QScrollArea):
    def __init__(self, columns: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.buttons: list[ChoiceButton] = []
        self._inner: QWidget | None = None

    def set_buttons(self, buttons: list[ChoiceButton]) -> None:
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 0, 12, 0)
        grid.setSpacing(16)
        for i, button in enumerate(buttons):
            grid.addWidget(button, i // self.columns, i % self.columns)
        for c in range(self.columns):
            grid.setColumnStretch(c, 1)
        grid.setRowStretch(len(buttons) // self.columns + 1, 1)
        self.setWidget(inner)  # deletes the previous buttons
        self.buttons = buttons
        self.verticalScrollBar().setValue(0)
