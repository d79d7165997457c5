"""Running database work off the GUI thread (after Anki's taskman / QueryOp).

One single-worker executor for database work keeps writes ordered and gives
the worker one SQLite connection; a separate executor will carry network work.
The worker never touches a widget: its result travels back to the GUI thread
through a queued signal and the callbacks run there.

    ctx.db(fn, *args).success(cb).failure(cb).start()   # a read
    ctx.op(fn, *args).success(cb).start()               # a change: fn's result carries .changes
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from station_app.changes import Changes

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread; signals emitted from a worker are queued to it."""

    finished = Signal(object, object, object)  # callback, value, error


class TaskManager(QObject):
    def __init__(self, on_db_thread_exit: Callable[[], None] | None = None) -> None:
        super().__init__()
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="station-db")
        self._relay = _Relay()
        self._relay.finished.connect(self._deliver)
        self._on_db_thread_exit = on_db_thread_exit
        self.pending = 0

    def _deliver(self, callback: Callable[[Any, BaseException | None], None], value: Any,
                 error: BaseException | None) -> None:
        self.pending -= 1
        callback(value, error)

    def submit_db(self, fn: Callable[..., Any], callback: Callable[[Any, BaseException | None], None],
                  *args: Any, **kwargs: Any) -> None:
        self.pending += 1

        def work() -> None:
            try:
                value, error = fn(*args, **kwargs), None
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which decides
                value, error = None, exc
                log.debug("background task failed: %s", "".join(traceback.format_exception(exc)))
            self._relay.finished.emit(callback, value, error)

        self._db.submit(work)

    def shutdown(self) -> None:
        """Wait for queued work, then close the worker's database connection."""
        if self._on_db_thread_exit is not None:
            self._db.submit(self._on_db_thread_exit)
        self._db.shutdown(wait=True)


def _owner_gone(callback: Callable[..., Any]) -> bool:
    """True when *callback* belongs to a widget or object Qt has already deleted: a method of it, a
    ``functools.partial`` of such a method, or a lambda that uses it (``lambda page: self._show(page)``).

    A window or dialog can close while its database call is still in the queue;
    its answer then has nobody to go to, and calling into the dead C++ object
    would raise in the event loop.
    """
    owners = [getattr(callback, "__self__", None), getattr(getattr(callback, "func", None), "__self__", None)]
    for cell in getattr(callback, "__closure__", None) or ():
        try:
            owners.append(cell.cell_contents)
        except ValueError:  # a cell not filled yet
            continue
    return any(isinstance(o, QObject) and not shiboken6.isValid(o) for o in owners)


class DbOp:
    """Builder for one background database call and what to do with its result."""

    def __init__(self, tasks: TaskManager, fn: Callable[..., Any], *args: Any,
                 announce: Callable[[Changes], None] | None = None, **kwargs: Any) -> None:
        """*announce* marks a mutating operation: it receives the ``.changes`` of *fn*'s result."""
        self._tasks, self._fn, self._args, self._kwargs = tasks, fn, args, kwargs
        self._announce = announce
        self._success: Callable[[Any], None] = lambda value: None
        self._failure: Callable[[BaseException], None] | None = None

    def success(self, cb: Callable[[Any], None]) -> DbOp:
        self._success = cb
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> DbOp:
        self._failure = cb
        return self

    def start(self) -> None:
        def done(value: Any, error: BaseException | None) -> None:
            if error is None:
                if self._announce is not None:
                    changes = getattr(value, "changes", None)
                    if not isinstance(changes, Changes):
                        raise TypeError(f"{getattr(self._fn, '__qualname__', self._fn)} changes data but returned "
                                        f"{type(value).__name__}, which says nothing of what changed")
                    if changes:
                        self._announce(changes)
                if not _owner_gone(self._success):
                    self._success(value)
            elif self._failure is not None:
                if not _owner_gone(self._failure):
                    self._failure(error)
            else:
                raise error  # reaches sys.excepthook: the app's error dialog

        self._tasks.submit_db(self._fn, done, *self._args, **self._kwargs)
