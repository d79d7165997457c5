"""Driving widgets the way a person does, including Chinese text.

``qtbot.keyClicks`` with non-ASCII text aborts pytest (a Qt test-library assertion), so
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


def log_in_with(qtbot, dialog, name: str, password: str) -> None:
    """Choose *name* on a log-in screen, type *password* and press 登录 (the check runs in the background)."""
    qtbot.waitUntil(lambda: dialog.name.findText(name) >= 0, timeout=5000)
    dialog.name.setCurrentText(name)
    type_text(qtbot, dialog.password, password)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)


def touches(*kinds):
    """For ``qtbot.waitSignal(ctx.changes.changed, check_params_cb=touches(Kind.RECORDS))``."""
    return lambda changes: changes.touches(*kinds)


def confirm(qtbot, owner) -> None:
    """Answer the question *owner* just asked (``owner.confirm_box``) with its yes button."""
    box = owner.confirm_box
    qtbot.waitUntil(box.isVisible, timeout=5000)
    qtbot.mouseClick(box.yes_button, Qt.MouseButton.LeftButton)


def click(qtbot, button) -> None:
    """A left click on *button*, as a person presses it."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def main_window(qtbot, ctx):
    """The main window on *ctx*, shown, its roster's first page loaded (the window opens on 首页)."""
    from station_app.gui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.roster_page.results_shown, timeout=5000):
        win.show()
    return win


def open_add_dialog(qtbot, page):
    """Press the roster page's 新增 button; the volunteer dialog it opens."""
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog
