"""Answering the system print dialog the way a person does: choose the queue, copies, pages, 打印."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QRadioButton, QSpinBox


def answer_print_dialog(qtbot, dialog, queue: str, copies: int = 1, pages: str | None = None) -> None:
    """*dialog* is the QPrintDialog on screen (Qt's own on Linux). *pages* like "1" or "1-2"."""
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    printers = dialog.findChild(QComboBox, "printers")
    index = printers.findText(queue)
    assert index >= 0, f"{queue} is not offered: {[printers.itemText(i) for i in range(printers.count())]}"
    printers.setCurrentIndex(index)  # as a click on the list would
    if copies != 1:
        dialog.findChild(QSpinBox, "copies").setValue(copies)
    if pages is not None:
        qtbot.mouseClick(dialog.findChild(QRadioButton, "pagesRadioButton"), Qt.MouseButton.LeftButton)
        edit = dialog.findChild(QLineEdit, "pagesLineEdit")
        edit.setFocus()
        qtbot.keyClicks(edit, pages)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
