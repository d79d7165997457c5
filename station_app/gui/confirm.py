"""Asking before an act that cannot be undone, with what it will do and how many (window-modal, not blocking)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_to_confirm(parent: QWidget, title: str, text: str, yes_text: str, on_yes: Callable[[], None]) -> QMessageBox:
    """Show the question; *on_yes* runs only when the person presses *yes_text*. Returns the box
    (``box.yes_button``), so a test answers it as a person would."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QCoreApplication.translate("confirm", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)  # Enter on a surprise question does nothing irreversible
    box.setEscapeButton(no)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: on_yes() if button is yes else None)
    box.yes_button = yes
    box.open()
    return box
