"""What the screenshot scripts share: letting the Qt event loop run for a while before a grab."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QTimer


def wait(ms: int = 400) -> None:
    """Run the event loop for *ms* milliseconds, so queued database work and repaints finish."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
