"""What every page and dialog needs: the data folder, the task manager, who is acting."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from station_app.audit import Actor
from station_app.gui.tasks import DbOp, TaskManager
from station_app.station.profile import StationProfile


class Changes(QObject):
    """One signal per kind of data, so each view redraws only what an operation touched."""

    roster = Signal()
    hours = Signal()
    certificates = Signal()  # issued or revoked: the platform's register must hear of it
    station = Signal()
    operator = Signal()  # someone else logged in (or the role changed)
    settings_saved = Signal()


@dataclass
class AppContext:
    data_dir: Path
    tasks: TaskManager
    profile: StationProfile | None
    operator: str  # the logged-in staff member's name
    changes: Changes = field(default_factory=Changes)
    role: str = "operator"  # the logged-in staff member's role; the fewer rights unless logged in as admin

    def actor(self) -> Actor:
        return Actor(self.operator or QCoreApplication.translate("AppContext", "值班员"), via="gui", role=self.role)

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def db(self, fn, *args, **kwargs) -> DbOp:
        return DbOp(self.tasks, fn, *args, **kwargs)
