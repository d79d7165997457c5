"""The status bar's "平台：…" line: where sync stands at a glance, one click from the sync page.

Staff must always see whether records are reaching the platform, without
opening a page; the words come from :mod:`station_app.gui.sync.status` so the
status bar and the page never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QToolButton, QWidget

from station_app.gui.sync.scheduler import SyncScheduler
from station_app.gui.sync.status import connection, status_bar_text

COLOURS = {"stopped": "#b3261e", "offline": "#b35c00", "error": "#b35c00"}


class SyncIndicator(QToolButton):
    open_page = Signal()

    def __init__(self, scheduler: SyncScheduler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scheduler = scheduler
        self.setObjectName("sync_indicator")
        self.setAutoRaise(True)
        self.setToolTip(self.tr("打开“平台同步”页"))
        self.clicked.connect(self.open_page.emit)
        scheduler.status_changed.connect(lambda _s: self.update_text())
        scheduler.running_changed.connect(lambda _r: self.update_text())
        scheduler.failed.connect(lambda _e: self.update_text())
        self.update_text()

    def update_text(self) -> None:
        s = self.scheduler
        if s.status is None:
            self.setText(self.tr("平台：…"))
            return
        conn = connection(s.status, s.last_error, s.ran_ok)
        self.setText(status_bar_text(conn, s.status.overview, s.running))
        colour = COLOURS.get(conn.key)
        if s.status.overview.rejected and not colour:
            colour = COLOURS["offline"]
        self.setStyleSheet(f"color: {colour};" if colour and not s.running else "")
