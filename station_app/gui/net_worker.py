"""The network thread: one daemon thread that runs network jobs in order, with its own SQLite connection.

Anki keeps one executor for the database and another for the network; this is
the second one, so a platform that takes 30 s to answer never holds up the
database worker the pages read through, nor the window. It is a plain daemon
thread rather than a ThreadPoolExecutor, whose threads Python joins at exit:
:meth:`NetWorker.stop` waits a few seconds, and a request the platform still
holds after that is abandoned. That is safe because the batch is on disk and
is resent under the same Idempotency-Key next time.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

from station_app.db import close_database

THREAD_NAME = "station-net"


class NetWorker:
    """One daemon thread that runs network jobs in order, with its own SQLite connection."""

    def __init__(self, deliver: Callable[[Any, BaseException | None], None]) -> None:
        self._deliver = deliver
        self._jobs: queue.Queue = queue.Queue()
        self._thread: threading.Thread | None = None

    def submit(self, job: Callable[[], Any]) -> None:
        if self._thread is None:  # started on first use: a station without a platform never has one
            self._thread = threading.Thread(target=self._loop, name=THREAD_NAME, daemon=True)
            self._thread.start()
        self._jobs.put(job)

    def _loop(self) -> None:
        try:
            while (job := self._jobs.get()) is not None:
                try:
                    value, error = job(), None
                except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which decides
                    value, error = None, exc
                try:
                    self._deliver(value, error)
                except RuntimeError:  # the scheduler is gone (window closed while a request was out)
                    pass
        finally:
            close_database()  # this thread's connection only (peewee keeps one per thread)

    def stop(self, timeout: float) -> bool:
        """Finish the current job (or give up after *timeout* seconds); True when the thread has ended."""
        if self._thread is None:
            return True
        self._jobs.put(None)
        self._thread.join(timeout)
        return not self._thread.is_alive()
