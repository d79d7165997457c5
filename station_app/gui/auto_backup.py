"""Backups from the window: the automatic daily one (at start, then hourly if today has none) and "立即备份".

The slow part (copy and integrity check) runs on its own thread with its own
SQLite connection, a WAL snapshot, so the database worker stays free for the
window; only the quick steps (is one due? rotation and the audit entry) go
through ctx.db on the worker. No widget is touched off the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from station_app.backup.make import backup_due, record_backup, write_copy
from station_app.gui.context import AppContext

log = logging.getLogger(__name__)
HOUR_MS = 60 * 60 * 1000


class BackupJob(QObject):
    """One backup: copy on a thread, then record on the database worker; reports once."""

    _copied = Signal(object, object)  # path, error: emitted on the copy thread, queued to the GUI thread

    def __init__(self, ctx: AppContext, done: Callable[[object], None], failed: Callable[[BaseException], None],
                 parent: QObject | None = None, to: Path | None = None, passphrase: str | None = None) -> None:
        super().__init__(parent)
        self.ctx, self._done, self._failed = ctx, done, failed
        self.to, self.passphrase = to, passphrase  # a copy elsewhere (USB stick), sealed when a passphrase is given
        self._copied.connect(self._record)
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        data_dir: Path = self.ctx.data_dir

        def copy() -> None:
            try:
                path, error = write_copy(data_dir, self.to, self.passphrase or None), None
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
                path, error = None, exc
            self._copied.emit(path, error)

        self.thread = threading.Thread(target=copy, name="station-backup", daemon=True)
        self.thread.start()

    def _record(self, path, error) -> None:
        if error is not None:
            self._failed(error)
            return
        self.ctx.db(record_backup, self.ctx.data_dir, self.ctx.actor(), path, self.to is None).success(self._done) \
            .failure(self._failed).start()


class DailyBackup(QObject):
    finished = Signal(object)  # the BackupResult, None when today already had one, or the exception

    def __init__(self, ctx: AppContext, window: QMainWindow, first_delay_ms: int = 3000) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.job: BackupJob | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(HOUR_MS)
        self.timer.timeout.connect(self.run)
        self.timer.start()
        QTimer.singleShot(first_delay_ms, self, self.run)  # after the window has drawn itself

    def stop(self) -> None:
        self.timer.stop()
        if self.job is not None and self.job.thread is not None:
            self.job.thread.join(timeout=60)

    def run(self) -> None:
        if self.job is not None and self.job.thread is not None and self.job.thread.is_alive():
            return  # the last one is still copying
        self.ctx.db(backup_due, self.ctx.data_dir).success(self._due).failure(self._failed).start()

    def _due(self, due: bool) -> None:
        if not due:
            self.finished.emit(None)
            return
        self.job = BackupJob(self.ctx, self._done, self._failed, self)
        self.job.start()

    def _done(self, result) -> None:
        self.window.statusBar().showMessage(self.tr("已自动备份数据库：{name}").format(name=result.path.name), 15000)
        self.finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        log.error("automatic backup failed: %s", error, exc_info=error)
        self.window.statusBar().showMessage(self.tr("自动备份失败：{reason}（详见日志）").format(reason=error), 60000)
        self.finished.emit(error)


def backup_now(window) -> BackupJob:
    """File → 立即备份数据库: one backup into the data folder, reported without blocking."""
    from station_app.gui.notify import notify

    def done(result) -> None:
        notify(window, window.tr("备份完成"), window.tr("已备份到 {path}（完整性检查通过）。").format(path=result.path))

    def failed(error: BaseException) -> None:
        log.error("backup failed: %s", error, exc_info=error)
        notify(window, window.tr("备份失败"), window.tr("备份没有完成：{reason}").format(reason=error),
               QMessageBox.Icon.Warning)

    job = BackupJob(window.ctx, done, failed, window)
    job.start()
    return job


def backup_to_folder(window) -> BackupJob | None:
    """File → 备份到 U 盘…: a copy in a folder the 站长 chooses, encrypted unless they say otherwise."""
    from station_app.errors import PermissionDenied
    from station_app.gui.notify import notify
    from station_app.gui.usb_backup_dialog import UsbBackupDialog
    from station_app.staff.roles import require_admin

    try:
        require_admin(window.ctx.actor(), window.tr("把数据库备份到 U 盘等其他位置"))
    except PermissionDenied as exc:
        notify(window, window.tr("不能备份到其他位置"), str(exc), QMessageBox.Icon.Warning)
        return None
    dialog = UsbBackupDialog(window)
    if dialog.exec() != UsbBackupDialog.DialogCode.Accepted:
        return None

    def done(result) -> None:
        sealed = result.path.name.endswith(".aes")
        notify(window, window.tr("备份完成"), (window.tr("已加密备份到 {path}（完整性检查通过）。恢复时需要这个口令。") if sealed
                                           else window.tr("已备份到 {path}（完整性检查通过）。")).format(path=result.path))

    def failed(error: BaseException) -> None:
        log.error("backup to %s failed: %s", dialog.folder, error, exc_info=error)
        notify(window, window.tr("备份失败"), window.tr("备份没有完成：{reason}").format(reason=error),
               QMessageBox.Icon.Warning)

    job = BackupJob(window.ctx, done, failed, window, to=dialog.folder, passphrase=dialog.passphrase)
    job.start()
    return job
