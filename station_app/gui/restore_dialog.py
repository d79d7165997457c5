"""文件 → 从备份恢复…: the command's restore (checks, refusals, audit entry) from the window.

The core's restore_file does the work, on the database worker (it closes that thread's connection,
swaps the file and writes its audit entry into the restored database). The window lets go of the
data folder's instance lock for it, and on success starts Station Desk again: every open page,
the log-in and the sync state then come from the restored database, with no half-old view left.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget

from station_app.changes import NO_CHANGES, Changes


@dataclass(frozen=True)
class Restored:
    result: object  # station_app.backup.RestoreResult
    changes: Changes = NO_CHANGES  # the program starts again: nothing to redraw


def restore_job(data_dir: Path, file: Path, actor, passphrase: str | None) -> Restored:
    """Worker thread: the core restore, then the database opened again for this thread's last work."""
    from station_app.backup import restore_file
    from station_app.db import open_database

    try:
        result = restore_file(data_dir, file, actor, passphrase)
    finally:
        open_database(data_dir)  # restore_file closes it (or it stayed open when it refused first)
    return Restored(result)


def relaunch() -> None:
    """Start Station Desk again with the same arguments, then quit this one."""
    from PySide6.QtCore import QProcess
    from PySide6.QtWidgets import QApplication

    QProcess.startDetached(sys.executable, [a for a in sys.argv if a] if sys.argv[0].endswith(".py") else
                           ["-m", "station_app", *sys.argv[1:]])
    QApplication.instance().quit()


class RestoreFromBackup(QObject):
    """Choose a file, give its passphrase if it is encrypted, confirm, restore, start again."""

    def __init__(self, window: QWidget, restart: Callable[[], None] = relaunch) -> None:
        super().__init__(window)
        self.window, self.ctx, self.restart = window, window.ctx, restart
        self.confirm_box = None
        self.message = ""

    def start(self, path: str | None = None, passphrase: str | None = None) -> None:
        from station_app.backup import backups_dir
        from station_app.backup.encrypted import is_encrypted

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window, QCoreApplication.translate("RestoreFromBackup", "从备份恢复"), str(backups_dir(self.ctx.data_dir)),
                QCoreApplication.translate("RestoreFromBackup", "Station Desk 备份 (*.sqlite3 *.aes);;所有文件 (*)"))
            if not path:
                return
        file = Path(path)
        if passphrase is None and file.exists() and is_encrypted(file):
            passphrase, ok = QInputDialog.getText(self.window, QCoreApplication.translate("RestoreFromBackup", "加密备份"), QCoreApplication.translate("RestoreFromBackup", "这份备份已加密，请输入备份口令："),
                                                  QLineEdit.EchoMode.Password)
            if not ok:
                return
        from station_app.gui.confirm import ask_to_confirm

        self.confirm_box = ask_to_confirm(
            self.window, QCoreApplication.translate("RestoreFromBackup", "从备份恢复"),
            QCoreApplication.translate("RestoreFromBackup", "用 {file} 替换当前数据库？\n恢复前会检查这份备份；当前数据库另存到 backups 文件夹，不会删除。"
                "恢复后 Station Desk 重新启动，请重新登录。").format(file=file),
            QCoreApplication.translate("RestoreFromBackup", "恢复"), lambda: self._restore(file, passphrase))

    def _restore(self, file: Path, passphrase: str | None) -> None:
        lock = getattr(self.ctx, "instance_lock", None)
        if lock is not None:
            lock.release()  # restore_file takes the data folder's lock itself
        self.ctx.op(restore_job, self.ctx.data_dir, file, self.ctx.actor(), passphrase).success(
            self._done).failure(self._refused).start()

    def _done(self, restored: Restored) -> None:
        from station_app.gui.notify import notify

        result = restored.result
        self.message = QCoreApplication.translate("RestoreFromBackup", "已从 {file} 恢复数据库（结构版本 {v}）。").format(file=result.restored_from,
                                                                     v=result.schema_version)
        if result.replaced_copy:
            self.message += QCoreApplication.translate("RestoreFromBackup", "原来的数据库另存为 {path}。").format(path=result.replaced_copy)
        self.message += QCoreApplication.translate("RestoreFromBackup", "恢复已记入操作日志。Station Desk 将重新启动。")
        box = notify(self.window, QCoreApplication.translate("RestoreFromBackup", "已从备份恢复"), self.message)
        box.finished.connect(lambda _r: self.restart())  # once the person has read what happened
        self.done_box = box

    def _refused(self, exc: BaseException) -> None:
        from station_app.backup import BackupRefused
        from station_app.errors import PermissionDenied
        from station_app.gui.notify import notify
        from station_app.instance_lock import AlreadyRunning

        lock = getattr(self.ctx, "instance_lock", None)
        if lock is not None:
            lock.acquire()
        if not isinstance(exc, (BackupRefused, PermissionDenied, AlreadyRunning, OSError)):
            raise exc
        self.message = QCoreApplication.translate("RestoreFromBackup", "没有恢复，数据库未改动：{why}").format(why=exc)
        self.done_box = notify(self.window, QCoreApplication.translate("RestoreFromBackup", "无法从备份恢复"), self.message)
