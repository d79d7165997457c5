"""One running Station Desk per data folder.

Two processes writing one roster would still be safe for SQLite, but two
windows and two kiosks on one station confuse staff, and a second sync would
race the first. filelock uses msvcrt on Windows and fcntl elsewhere; the OS
drops the lock when the process dies, so a crash never leaves a stale lock.
"""

from __future__ import annotations

from pathlib import Path

import filelock

from station_app.config import LOCK_FILENAME
from station_app.i18n import translate


class AlreadyRunning(RuntimeError):
    pass


class InstanceLock:
    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / LOCK_FILENAME
        self._lock = filelock.FileLock(str(self.path), timeout=0)

    def acquire(self) -> InstanceLock:
        try:
            self._lock.acquire()
        except filelock.Timeout as exc:
            raise AlreadyRunning(
                translate("app", "Station Desk 已在使用数据文件夹 {path}（另一个窗口或自助签到机正在运行）。").format(
                    path=self.path.parent
                )
            ) from exc
        return self

    def release(self) -> None:
        self._lock.release()

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
