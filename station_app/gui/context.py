"""What every page and dialog needs: the data folder, the task manager, who is acting."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from station_app.audit import Actor
from station_app.changes import Changes, Kind
from station_app.gui.tasks import DbOp, TaskManager
from station_app.station.profile import StationProfile


class ChangeBus(QObject):
    """Where operations announce what they changed; each view decides whether to redraw.

    ``changed`` carries the :class:`station_app.changes.Changes` a service returned; it is
    emitted once per operation, by :meth:`AppContext.op`, never by hand.
    """

    changed = Signal(object)  # station_app.changes.Changes
    operator = Signal()  # someone else logged in (or the role changed): not a change of data


@dataclass
class AppContext:
    data_dir: Path
    tasks: TaskManager
    profile: StationProfile | None
    operator: str  # the logged-in staff member's name
    changes: ChangeBus = field(default_factory=ChangeBus)
    role: str = "operator"  # the logged-in staff member's role; the fewer rights unless logged in as admin
    instance_lock: object | None = None  # the data folder's InstanceLock (a restore lets go of it)

    def actor(self) -> Actor:
        return Actor(self.operator or QCoreApplication.translate("AppContext", "值班员"), via="gui", role=self.role)

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def db(self, fn, *args, **kwargs) -> DbOp:
        """A read in the background: *fn* changes nothing."""
        return DbOp(self.tasks, fn, *args, **kwargs)

    def redraw_when_shown(self, view: QObject, *kinds: Kind, refresh: Callable[[], None]) -> None:
        """Call *refresh* for changes of *kinds*: at once while *view* is on screen, else when it is next shown."""
        from station_app.gui.change_watch import RedrawWhenShown

        RedrawWhenShown(self.changes, view, kinds, refresh)

    def watch(self, view: QObject, *kinds: Kind, slot: Callable[[Changes], None]) -> None:
        """Call *slot* with the changes whenever an operation touched one of *kinds*, while *view* lives."""
        from station_app.gui.change_watch import ChangeWatch

        ChangeWatch(self.changes, view, kinds, slot)

    def op(self, fn, *args, **kwargs) -> DbOp:
        """A change in the background: *fn* returns a value carrying ``.changes``, emitted once on success
        (before the success callback, so a message it shows is not redrawn away)."""
        return DbOp(self.tasks, fn, *args, announce=self.announce, **kwargs)

    def announce(self, changes: Changes) -> None:
        """Tell the views: for work that does not run as an :meth:`op` (a sync on the network thread)."""
        if changes:
            self.changes.changed.emit(changes)
