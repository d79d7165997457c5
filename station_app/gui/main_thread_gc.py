"""Python's cyclic garbage collection, run only on the GUI thread.

Automatic collection runs on whichever thread happens to allocate when a
threshold is crossed: the database worker or the network thread. If the cycle
it frees holds a Qt object (a wrapper, a signal connection, a timer), Qt is
asked to destroy it on the wrong thread, and PySide can crash the process (we
saw a segfault "Garbage-collecting" during a GUI test). Anki met the same crash
and turned automatic collection off, collecting from a GUI-thread timer
instead (aqt ``GarbageCollector``); this does the same, generation by
generation, with Python's own thresholds, so the cost stays that of normal GC.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 1000


def collect_if_due() -> int:
    """What automatic GC would have done by now, on the calling thread (call it on the GUI thread)."""
    t0, t1, t2 = gc.get_threshold()
    n0, n1, n2 = gc.get_count()
    if n0 <= t0:
        return 0
    if n1 > t1:
        return gc.collect(2 if n2 > t2 else 1)
    return gc.collect(0)


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(collect_if_due)
        self.timer.start(CHECK_MS)
