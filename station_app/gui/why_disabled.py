"""A button that cannot be pressed says why, in its tooltip (and back to its own tooltip when it can)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton


def enable(button: QAbstractButton, why_not: str | None) -> None:
    """Enabled when *why_not* is None or empty; otherwise disabled with *why_not* as its tooltip."""
    own = button.property("own_tooltip")
    if own is None:
        own = button.toolTip()
        button.setProperty("own_tooltip", own)
    button.setEnabled(not why_not)
    button.setToolTip(why_not or own)
