"""Sizing widgets so their text shows whole, whatever the font size (see the 字号 setting)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLineEdit, QScrollArea, QVBoxLayout, QWidget

PLACEHOLDER_PADDING = 24  # the frame and text margins of a line edit, with a little air


def fit_placeholder(edit: QLineEdit) -> QLineEdit:
    """At least as wide as the hint it shows when empty (a cut hint reads as a different instruction)."""
    need = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + PLACEHOLDER_PADDING
    if edit.isClearButtonEnabled():
        need += 20
    edit.setMinimumWidth(max(edit.minimumWidth(), need))
    return edit


def scrolling_body(dialog: QWidget) -> tuple[QVBoxLayout, QVBoxLayout]:
    """A dialog whose form scrolls when the screen is short (768 pixels at a large 字号), with its
    buttons always on screen: returns (the body's layout, the dialog's layout for the buttons)."""
    body = QWidget()
    area = QScrollArea()
    area.setWidget(body)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    outer = QVBoxLayout(dialog)
    outer.addWidget(area, 1)
    inner = QVBoxLayout(body)
    inner.setContentsMargins(0, 0, 0, 0)
    dialog._scroll_area = area  # fit_dialog_to_screen reads the body's wishes through it
    return inner, outer


def fit_dialog_to_screen(dialog: QWidget) -> None:
    """As big as its content wants, no bigger than the screen it opens on (title bar and task bar kept)."""
    area = getattr(dialog, "_scroll_area", None)
    screen = (dialog.parentWidget() or dialog).screen().availableGeometry()
    if area is not None:
        body = area.widget().sizeHint()
        area.setMinimumWidth(body.width() + area.verticalScrollBar().sizeHint().width())
        want_h = body.height() + dialog.layout().sizeHint().height() - area.sizeHint().height()
    else:
        want_h = dialog.sizeHint().height()
    width = min(max(dialog.sizeHint().width(), dialog.minimumWidth()), screen.width() - 20)
    dialog.resize(width, max(200, min(want_h, screen.height() - 80)))
