"""Driving widgets the way a person does, including Chinese text.

``qtbot.keyClicks`` with non-ASCII text aborts pytest (ENGINEERING.md), so
Chinese arrives the way an input method delivers it: a commit event.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit


def type_text(qtbot, widget, text: str, clear: bool = True) -> None:
    """Type *text* into a line edit: ASCII as key presses, the rest as IME commits."""
    widget.setFocus()
    if clear and isinstance(widget, QLineEdit):
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)
