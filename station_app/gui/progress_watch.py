"""Progress of background work, read by the GUI thread on a timer.

Core functions take a plain ``progress(done, total)`` callback and a
``cancelled()`` flag (napari's Qt-free progress). The worker writes two
numbers here; a QTimer in the GUI thread shows them. No widget is touched from
the worker, and nothing waits for the GUI.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QProgressBar


class ProgressWatch(QObject):
    def __init__(self, bar: QProgressBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bar = bar
        self._done = 0
        self._total = 0
        self._cancel = threading.Event()
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._show)

    # called from the worker
    def progress(self, done: int, total: int) -> None:
        self._done, self._total = done, total

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    # called from the GUI thread
    def start(self) -> None:
        self._cancel.clear()
        self._done = self._total = 0
        self.bar.setRange(0, 0)  # busy until the first figure arrives
        self.bar.show()
        self._timer.start()

    def cancel(self) -> None:
        self._cancel.set()

    def stop(self) -> None:
        self._timer.stop()
        self.bar.hide()

    def _show(self) -> None:
        if self._total:
            self.bar.setRange(0, self._total)
            self.bar.setValue(self._done)
