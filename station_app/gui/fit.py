"""Sizing widgets so their text shows whole, whatever the font size (see the 字号 setting)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

PLACEHOLDER_PADDING = 24  # the frame and text margins of a line edit, with a little air


def fit_placeholder(edit: QLineEdit) -> QLineEdit:
    """At least as wide as the hint it shows when empty (a cut hint reads as a different instruction)."""
    need = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + PLACEHOLDER_PADDING
    if edit.isClearButtonEnabled():
        need += 20
    edit.setMinimumWidth(max(edit.minimumWidth(), need))
    return edit
