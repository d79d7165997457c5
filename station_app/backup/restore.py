"""Replacing the station database with a backup — only a checked one, keeping what it replaces.

Order matters for a power cut at any point:
1. take the instance lock (no window or kiosk may have the database open);
2. copy FILE into the data folder as a staging file and check *that copy*
   (a sound SQLite file, a Station Desk schema no newer than this program's);
3. keep the current database as ``backups/replaced-<time>.sqlite3``;
4. remove the current WAL files, then atomically rename the staging file over
   the database;
5. open it (migrating an older schema) and audit-log the restore in it.
A refusal in step 1 or 2 changes nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from station_app.audit import Actor, record
from station_app.backup.check import BackupRefused, check_header, inspect_file
from station_app.backup.files import REPLACED_PREFIX, backups_dir, free_path
from station_app.backup.make import copy_database
from station_app.config import DB_FILENAME
from station_app.i18n import translate
from station_app.instance_lock import AlreadyRunning, InstanceLock

log = logging.getLogger(__name__)
STAGING = "restore-staging.sqlite3"


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    replaced_copy: Path | None
    schema_version: int


def _remove(path: Path, keep_main: bool = False) -> None:
    """Remove *path* and the -wal/-shm files a check may have left beside it."""
    for suffix in ("-wal", "-shm", "-journal") if keep_main else ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def keep_replaced(db_path: Path, folder: Path) -> Path | None:
    """Save the database about to be replaced; a damaged one is copied file by file."""
    if not db_path.exists():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    target = free_path(folder, dt.datetime.now(), REPLACED_PREFIX)
    try:
        source = sqlite3.connect(str(db_path))
        try:
            copy_database(source, target)
        finally:
            source.close()
    except (sqlite3.DatabaseError, OSError):
        shutil.copy2(db_path, target)  # what is there, damaged or not, WAL alongside
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.exists():
            shutil.copy2(wal, target.with_name(target.name + "-wal"))
    return target


def restore_file(data_dir: Path, file: Path, actor: Actor, passphrase: str | None = None) -> RestoreResult:
    """Restore *file* as the station database of *data_dir*. Raises BackupRefused or AlreadyRunning.

    An encrypted copy (AES Crypt) needs its *passphrase*; it is decrypted into
    the staging file and checked there like any other backup.
    """
    from station_app.db import close_database, database, open_database
    from station_app.staff.roles import require_admin

    require_admin(actor, translate("backup", "恢复数据库"))  # before anything is touched
    data_dir, file = Path(data_dir), Path(file)
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = InstanceLock(data_dir)
    try:
        lock.acquire()
    except AlreadyRunning as exc:
        raise AlreadyRunning(translate("backup", "请先关闭正在使用此数据文件夹的 Station Desk 窗口或签到机，再恢复备份。") + str(exc)) from exc
    try:
        from station_app.backup.encrypted import is_encrypted, open_sealed

        sealed = is_encrypted(file)
        if sealed and not passphrase:
            raise BackupRefused(translate("backup", "{path} 是加密备份，恢复时需要备份口令。").format(path=file))
        if not sealed:
            check_header(file)  # a quick refusal before copying anything
        staging = data_dir / STAGING
        _remove(staging)
        try:
            if sealed:
                open_sealed(file, staging, passphrase or "")
            else:
                shutil.copyfile(file, staging)  # checked here, not in place: a USB stick may be read-only
            version = inspect_file(staging, shown=file)
            _remove(staging, keep_main=True)
            with staging.open("rb+") as fh:
                os.fsync(fh.fileno())
        except BaseException:
            _remove(staging)
            raise
        close_database()
        db_path = data_dir / DB_FILENAME
        replaced = keep_replaced(db_path, backups_dir(data_dir))
        for suffix in ("-wal", "-shm", "-journal"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        os.replace(staging, db_path)
        open_database(data_dir)
        try:
            with database.atomic():
                record(actor, "backup.restore", "backup", file.name, None,
                       {"from": str(file), "schema_version": version,
                        "replaced_copy": str(replaced) if replaced else ""})
        finally:
            close_database()
        from station_app.audit.anchor import note_restore

        note_restore(data_dir)  # the log is older now, on purpose: anchors start again from here
        log.info("restored %s into %s; replaced database kept as %s", file, db_path, replaced)
        return RestoreResult(file, replaced, version)
    finally:
        lock.release()


__all__ = ["BackupRefused", "RestoreResult", "restore_file"]
