"""Replacing the station database with a backup — only a checked one, keeping what it replaces.

Order matters for a power cut or a kill at any point: until the one rename in
step 6, the old database is in place and whole; after it, the new one is in
place with the restore recorded in it. Nothing in between is ever the database.
1. take the instance lock (no window or kiosk may have the database open);
2. copy FILE into the data folder as a staging file and check *that copy*
   (a sound SQLite file, a Station Desk schema no newer than this program's);
3. read from the current database what must not go back (station_app.backup.carry_forward:
   the certificate register, the erasure list);
4. open the staging copy (migrating an older schema) and, in one transaction, erase
   again whoever was erased since, carry the register forward, audit-log the restore
   and start a new audit epoch (older anchors no longer apply); leave it one file;
5. empty the current database's WAL into it and keep a copy as ``backups/replaced-<time>.sqlite3``;
6. rename the staging file over the database (atomic), then drop the emptied WAL files.
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
from station_app.backup.carry_forward import Surviving, apply_surviving, read_surviving
from station_app.backup.check import BackupRefused, check_header, inspect_file
from station_app.backup.files import REPLACED_PREFIX, backups_dir, free_path, list_backups
from station_app.backup.make import copy_database
from station_app.clock import now_precise
from station_app.config import DB_FILENAME
from station_app.db.models import AuditEpoch
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
    from station_app.db import close_database
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
        db_path = data_dir / DB_FILENAME
        close_database()
        surviving = read_surviving(db_path, [b.path for b in list_backups(backups_dir(data_dir))])
        try:
            _prepare(staging, file, version, surviving, actor)
        except BaseException:
            close_database()
            _remove(staging)
            raise
        _empty_wal(db_path)
        replaced = keep_replaced(db_path, backups_dir(data_dir))
        os.replace(staging, db_path)
        for suffix in ("-wal", "-shm", "-journal"):  # emptied in step 5 (or the staging copy's, if any)
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        log.info("restored %s into %s; replaced database kept as %s", file, db_path, replaced)
        return RestoreResult(file, replaced, version)
    finally:
        lock.release()


def _prepare(staging: Path, file: Path, version: int, surviving: Surviving, actor: Actor) -> None:
    """Step 4, on the staging copy: everything the restored database must hold before it is used."""
    from station_app.db import close_database, database, open_database_file

    open_database_file(staging)
    try:
        with database.atomic("IMMEDIATE"):
            # the backup's last audit entry: anchors witnessed above it before now no longer apply (audit/witnessed.py)
            restored_head = database.execute_sql("SELECT COALESCE(MAX(id), 0) FROM audit_entry").fetchone()[0]
            carried = apply_surviving(surviving, actor)
            record(actor, "backup.restore", "backup", file.name, None,
                   {"from": str(file), "schema_version": version, "restored_head": restored_head, **carried})
            AuditEpoch.create(started_at=now_precise(), reason="restore")
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        database.execute_sql("PRAGMA journal_mode = DELETE")  # one self-contained file to rename into place
    finally:
        close_database()
    with staging.open("rb+") as fh:
        os.fsync(fh.fileno())


def _empty_wal(db_path: Path) -> None:
    """Step 5: everything committed to the current database into its main file, so the copy kept of it
    is whole and no WAL frame of it can outlive the rename. A damaged database is left as it is."""
    if not db_path.exists():
        return
    try:
        conn = sqlite3.connect(str(db_path))
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        log.warning("restore: could not checkpoint the replaced database (%s)", exc)


__all__ = ["BackupRefused", "RestoreResult", "restore_file"]
