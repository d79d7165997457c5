"""A number with its caption, large enough to read from across the desk (统计 page and 首页)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

TILE_STYLE = """
QFrame#tile { background: #f4f7fb; border: 1px solid #c9d6e6; border-radius: 6px; }
QFrame#tile[clickable="true"]:hover { background: #e6eef8; border-color: #2f5d8f; }
QLabel#tile_value { color: #1f3a5f; font-size: 24px; font-weight: bold; }
QLabel#tile_caption { color: #34495e; font-size: 13px; }
QLabel#tile_detail { color: #566573; font-size: 12px; }
"""


class FigureTile(QFrame):
    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None, clickable: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setProperty("clickable", clickable)
        self.setStyleSheet(TILE_STYLE)
        self.value = QLabel("—")
        self.value.setObjectName("tile_value")
        self.caption = QLabel(caption)
        self.caption.setObjectName("tile_caption")
        self.caption.setWordWrap(True)
        self.detail = QLabel("")
        self.detail.setObjectName("tile_detail")
        self.detail.setWordWrap(True)
        self.detail.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().mouseReleaseEvent(event)
        if self.property("clickable") and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.property("clickable") and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)
