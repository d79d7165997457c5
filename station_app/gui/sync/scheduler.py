"""When the window syncs with the platform, and running that sync off the GUI thread.

A sync starts after approvals, corrections and certificates (a short delay
gathers a burst of approvals into one run), every SYNC_INTERVAL_MINUTES, on
"立即同步", after the sync settings are saved, and when the network comes back:
while the last run found the platform unreachable, the worker pings it every
PING_INTERVAL_MS and syncs as soon as it answers.

Network work has its own single worker thread (Anki keeps one executor for the
database and another for the network), so a platform that takes 30 s to answer
never holds up the database worker the pages read through, and never the
window. One job at a time on that thread means one sync at a time; requests
that arrive meanwhile are folded into one more run afterwards. Results travel
back through a queued signal, as in :mod:`station_app.gui.tasks`.

Closing the window cancels the run (between requests, and any back-off sleep
at once) and waits a few seconds for the thread (:mod:`net_worker`).
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from station_app.changes import Kind
from station_app.gui.context import AppContext
from station_app.gui.net_worker import NetWorker
from station_app.gui.sync.status import SyncStatus, read_status
from station_app.sync.engine import Policy, SyncError, SyncReport, run_sync

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class _Outcome:
    job: str  # sync | ping
    status: SyncStatus | None = None
    report: SyncReport | None = None
    error: SyncError | None = None
    answered: bool = False  # ping: the platform answered


class SyncScheduler(QObject):
    running_changed = Signal(bool)
    status_changed = Signal(object)  # SyncStatus: the newest snapshot
    finished = Signal(object)  # SyncReport
    failed = Signal(object)  # SyncError (kind "busy" too: listeners decide how loudly)
    _delivered = Signal(object, object)  # emitted on the network thread, queued to the GUI thread

    CHANGE_DELAY_MS = 3000  # after an approval: a burst of approvals becomes one sync
    STARTUP_DELAY_MS = 5000  # after start: the window draws and the roster loads first
    PING_INTERVAL_MS = 30_000
    STOP_WAIT_SECONDS = 3.0

    def __init__(self, ctx: AppContext, parent: QObject | None = None, policy: Policy | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.policy = policy or Policy(max_retry_after=120)
        self.status: SyncStatus | None = None
        self.last_error: SyncError | None = None  # the last run's, None after a success
        self.last_report: SyncReport | None = None
        self.ran_ok = False  # a run succeeded in this session
        self.running = False
        self._busy = False  # the network thread has a job
        self._again: str | None = None  # a sync asked for while busy
        self._closed = False
        self._cancel = threading.Event()
        self._worker = NetWorker(self._delivered.emit)
        self._delivered.connect(self._on_result)

        self.interval_timer = QTimer(self)
        self.interval_timer.timeout.connect(lambda: self.request("interval"))
        self.ping_timer = QTimer(self)
        self.ping_timer.timeout.connect(self._ping)
        self.soon_timer = QTimer(self)
        self.soon_timer.setSingleShot(True)
        self.soon_timer.timeout.connect(lambda: self.request(self._soon_reason))
        self._soon_reason = "start"
        ctx.watch(self, Kind.OUTBOX, slot=lambda _changes: self._data_changed())
        ctx.watch(self, Kind.SETTINGS, slot=lambda _changes: self._settings_saved())

    # --- what starts a sync
    def start(self) -> None:
        """Read the settings; when a platform is set, sync shortly after start and then on the interval."""
        self.refresh(then=lambda: self._sync_soon("start", self.STARTUP_DELAY_MS))

    def sync_now(self) -> None:
        self.request("now")

    def _data_changed(self) -> None:
        self.refresh()  # the status bar's count moves at once; the sync follows after the delay
        self._sync_soon("change", self.CHANGE_DELAY_MS)

    def _settings_saved(self) -> None:
        self.refresh(then=lambda: self.request("settings"))

    def _sync_soon(self, reason: str, delay_ms: int) -> None:
        if self._closed or self.status is None or not self.status.configured:
            return
        self._soon_reason = reason
        self.soon_timer.start(delay_ms)

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Re-read where sync stands (on the database worker) and tell the page and status bar."""
        def done(status: SyncStatus) -> None:
            self.take_status(status)
            if then is not None and not self._closed:
                then()

        self.ctx.db(read_status).success(done).start()

    def take_status(self, status: SyncStatus) -> None:
        """Keep *status* if it was read after the one we have; start or stop the timers to match."""
        if self._closed or (self.status is not None and status.read_at < self.status.read_at):
            return
        self.status = status
        if status.configured:
            interval = max(1, status.interval_minutes) * 60_000
            if not self.interval_timer.isActive() or self.interval_timer.interval() != interval:
                self.interval_timer.start(interval)
        else:
            for timer in (self.interval_timer, self.ping_timer, self.soon_timer):
                timer.stop()
        self.status_changed.emit(status)

    def request(self, reason: str) -> None:
        """Sync now, or right after the job in progress. Does nothing when no platform is set."""
        if self._closed or self.status is None or not self.status.configured:
            return
        if self._busy:
            self._again = self._again or reason
            return
        self.soon_timer.stop()
        self._busy = self.running = True
        self.running_changed.emit(True)
        data_dir, policy, cancel = self.ctx.data_dir, self._policy(), self._cancel

        def job() -> _Outcome:
            from station_app.sync.setup import current_config

            try:
                if reason == "change" and (before := read_status()).overview.pending == 0:
                    return _Outcome("sync", before)  # a rejection or an edit: nothing to send
                report = run_sync(data_dir, current_config(data_dir), policy, cancelled=cancel.is_set)
                return _Outcome("sync", read_status(), report=report)
            except SyncError as exc:
                return _Outcome("sync", read_status(), error=exc)

        log.info("sync started (%s)", reason)
        self._worker.submit(job)

    def _policy(self) -> Policy:
        """The scheduler's policy, with back-off sleeps that end at once when the window closes."""
        return dataclasses.replace(self.policy, sleep=self._cancel.wait)

    def _ping(self) -> None:
        """While offline: ask the platform whether it answers again (on the network thread)."""
        if self._busy or self._closed:
            return
        self._busy = True
        data_dir = self.ctx.data_dir

        def job() -> _Outcome:
            from station_app.sync.client import PlatformClient, SyncConfigError
            from station_app.sync.setup import current_config

            try:
                cfg = current_config(data_dir)
                client = PlatformClient(cfg.url, cfg.token, cfg.station, timeout=(5.0, 10.0))
            except (SyncError, SyncConfigError):
                return _Outcome("ping")
            try:
                return _Outcome("ping", answered=client.ping().kind == "data")
            finally:
                client.close()

        self._worker.submit(job)

    # --- results, on the GUI thread
    def _on_result(self, outcome: _Outcome | None, error: BaseException | None) -> None:
        if self._closed:
            return
        self._busy = False
        again, self._again = self._again, None
        if error is not None:  # a bug or a database problem: reported like a failed run, never a crash
            log.error("sync job failed unexpectedly", exc_info=error)
            outcome = _Outcome("sync" if self.running else "ping",
                               error=SyncError("error", f"{type(error).__name__}: {error}"))
        if outcome.job == "ping":
            if outcome.answered:
                log.info("the platform answers again")
            if outcome.answered or again:
                self.request("network" if outcome.answered else again)
            return
        self.running = False
        self.running_changed.emit(False)
        if outcome.error is None:
            self.last_error, self.last_report, self.ran_ok = None, outcome.report, True
            self.ping_timer.stop()
        elif outcome.error.kind != "busy":  # another process is syncing this folder: nothing went wrong
            self.last_error = outcome.error
            if outcome.error.kind == "unreachable":
                if not self.ping_timer.isActive():
                    self.ping_timer.start(self.PING_INTERVAL_MS)
            else:
                self.ping_timer.stop()
        if outcome.status is not None:
            self.take_status(outcome.status)
        if outcome.error is None:
            if outcome.report is not None:
                self.ctx.announce(outcome.report.changes)  # the platform's roster changes are on screen at once
                self.finished.emit(outcome.report)
        else:
            self.failed.emit(outcome.error)
        if again:
            self.request(again)

    # --- closing
    def shutdown(self) -> None:
        """Stop the timers, cancel a run in progress and wait for the network thread (a few seconds at most)."""
        if self._closed:
            return
        self._closed = True
        for timer in (self.interval_timer, self.ping_timer, self.soon_timer):
            timer.stop()
        self._cancel.set()
        if not self._worker.stop(self.STOP_WAIT_SECONDS):
            log.warning("a sync request was still out when the window closed; its batch is resent next time")
