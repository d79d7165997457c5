"""A view's subscription to the changes it cares about.

Operations announce what they changed once, on ``ctx.changes.changed``
(:meth:`AppContext.op`). A view asks to hear of some kinds only; the watch is a
child of the view, so it goes (and its connection with it) when the view does,
and a slot is never called on a deleted widget.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Slot

from station_app.changes import Changes, Kind


class ChangeWatch(QObject):
    def __init__(self, bus: QObject, view: QObject, kinds: tuple[Kind, ...],
                 slot: Callable[[Changes], None]) -> None:
        super().__init__(view)
        self._kinds, self._slot = kinds, slot
        bus.changed.connect(self._changed)

    @Slot(object)
    def _changed(self, changes: Changes) -> None:
        if changes.touches(*self._kinds):
            self._slot(changes)


class RedrawWhenShown(QObject):
    """A page that redraws for changes of *kinds*: now if it is on screen, else when it is next shown
    (a page hidden behind another does not read the database for nothing)."""

    def __init__(self, bus: QObject, view, kinds: tuple[Kind, ...], refresh: Callable[[], None]) -> None:
        super().__init__(view)
        self._view, self._refresh = view, refresh
        self.stale = False
        ChangeWatch(bus, view, kinds, lambda _changes: self._changed())
        view.installEventFilter(self)

    def _changed(self) -> None:
        if self._view.isVisible():
            self._refresh()
        else:
            self.stale = True

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self._view and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._refresh()
        return False
