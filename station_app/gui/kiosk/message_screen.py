"""A plain message in large type: nobody found, or why something could not be done."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from station_app.gui.kiosk.widgets import big_button, label


class MessageScreen(QWidget):
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label("", "heading")
        self.text = label("", "big")
        self.hint = label("", "hint")
        self.ok_button = big_button(self.tr("返回首页"), "primary")
        self.ok_button.setMinimumWidth(320)
        self.ok_button.clicked.connect(self.done)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.ok_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 24, 64, 40)
        layout.setSpacing(24)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addLayout(row)

    def show_message(self, title: str, text: str, hint: str = "") -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
