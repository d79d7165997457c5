"""Telling the user something without blocking: window-modal boxes opened with open().

A static QMessageBox.information() runs a nested event loop until closed,
which holds up queued results of background work and hangs automated tests.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def notify(parent: QWidget | None, title: str, text: str, icon=QMessageBox.Icon.Information) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("notification")
    box.open()
    return box
