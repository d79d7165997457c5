"""Making a backup with SQLite's online backup API, verifying it, logging it.

The copy is written under a ``.partial`` name, switched to a single-file
journal mode, checked with ``PRAGMA integrity_check`` and only then renamed, so
a half-written or bad copy never looks like a backup. The backup API reads a
consistent snapshot while the app keeps working.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from station_app import config
from station_app.atomic_files import make_private_folder, replacing
from station_app.audit import Actor, record
from station_app.backup.check import integrity_problems
from station_app.backup.files import backups_dir, free_path, list_backups, rotate
from station_app.db import database
from station_app.i18n import translate
from station_app.outgoing_copies import clear_outgoing

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    rotated: tuple[Path, ...] = ()


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Online-backup *source* into a new file *target* (its owner's only) and verify it; nothing if bad."""
    with replacing(target, private=True) as partial:
        dest = sqlite3.connect(str(partial))
        try:
            source.backup(dest, pages=1024)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, fit for a USB stick
            problems = integrity_problems(dest)
        finally:
            dest.close()
        if problems:
            raise OSError(translate("backup", "备份文件校验失败：{problem}").format(problem=problems[0]))


def write_backup(data_dir: Path, to: Path | None = None) -> Path:
    """Copy and verify; touches neither the audit log nor rotation. Safe on any thread.

    It reads through its own connection in one backup step: in WAL mode that is
    a consistent snapshot while the app's worker keeps reading and writing, so
    the (slow, for a big roster) copy and check never hold up the window.
    """
    folder = Path(to).expanduser().resolve() if to is not None else backups_dir(data_dir)
    if to is not None and not folder.is_dir():
        raise ValueError(translate("backup", "文件夹不存在：{path}").format(path=folder))
    make_private_folder(folder)
    remove_stale_partials(folder)
    target = free_path(folder, dt.datetime.now())
    source = sqlite3.connect(str(Path(data_dir) / config.DB_FILENAME), timeout=30)
    try:
        copy_database(source, target)
    finally:
        source.close()
    return target


def record_backup(data_dir: Path, actor: Actor, target: Path, rotated_folder: bool = True) -> BackupResult:
    """After :func:`write_backup`: rotate the data folder's backups and audit-log the new one (database thread)."""
    from station_app.station import settings

    size = target.stat().st_size
    rotated: list[Path] = []
    if rotated_folder:
        rotated = rotate(target.parent, settings.get(config.BACKUP_KEEP_DAILY),
                         settings.get(config.BACKUP_KEEP_WEEKLY))
    with database.atomic():
        record(actor, "backup.create", "backup", target.name, None,
               {"folder": str(target.parent), "size": size, "verified": "integrity_check ok",
                "encrypted": target.name.endswith(".aes")})
    from station_app.audit.anchor import note_head

    note_head(data_dir)
    log.info("backup written to %s (%d bytes); rotation removed %d", target, size, len(rotated))
    return BackupResult(target, size, tuple(rotated))


def make_backup(data_dir: Path, actor: Actor, to: Path | None = None, passphrase: str | None = None) -> BackupResult:
    """Back the station database up into ``DATA/backups`` (rotated) or into *to* (not rotated).

    With *passphrase* (only for a copy elsewhere, e.g. a USB stick) the copy is
    checked, then sealed with AES Crypt and the plain copy removed.
    """
    if to is not None:  # a whole copy of the roster leaves the PC: like an unmasked export
        from station_app.staff.roles import require_admin

        require_admin(actor, translate("backup", "把数据库备份到 U 盘等其他位置"))
    if passphrase is not None:
        from station_app.backup.encrypted import check_passphrase

        if to is None:
            raise ValueError(translate("backup", "加密备份用于带走的副本：请同时指定备份到的文件夹（例如 U 盘）"))
        check_passphrase(passphrase)
    target = write_copy(data_dir, to, passphrase)
    return record_backup(data_dir, actor, target, rotated_folder=to is None)


def write_copy(data_dir: Path, to: Path | None = None, passphrase: str | None = None) -> Path:
    """:func:`write_backup`, or with *passphrase* an encrypted copy in *to*: the plain copy is made and
    checked on this PC, beside the database, and only ciphertext ever reaches *to* (a USB stick).
    Touches neither the audit log nor rotation; safe on any thread."""
    if passphrase is None:
        return write_backup(data_dir, to)
    from station_app.backup.encrypted import seal_into

    if to is None:
        raise ValueError(translate("backup", "加密备份用于带走的副本：请同时指定备份到的文件夹（例如 U 盘）"))
    folder = Path(to).expanduser().resolve()
    if not folder.is_dir():
        raise ValueError(translate("backup", "文件夹不存在：{path}").format(path=folder))
    remove_stale_partials(folder)
    outgoing = clear_outgoing(data_dir)
    plain = write_backup(data_dir, outgoing)
    try:
        return seal_into(plain, folder, passphrase)
    finally:
        plain.unlink(missing_ok=True)




def remove_stale_partials(folder: Path) -> None:
    """What a killed backup left: a partial copy (``.partial``) or, from versions before encryption went
    straight to the stick, a plain copy waiting to be sealed there."""
    for stale in list(folder.glob("station-*.sqlite3.partial")) + list(folder.glob("station-*.sqlite3.aes.partial")):
        stale.unlink(missing_ok=True)


def backup_due(data_dir: Path) -> bool:
    """Whether the automatic daily backup should run now (database thread: reads a setting)."""
    from station_app.station import settings

    return bool(settings.get(config.BACKUP_AUTO)) and not has_backup_today(data_dir)


def has_backup_today(data_dir: Path) -> bool:
    today = dt.date.today()
    return any(b.at.date() == today for b in list_backups(backups_dir(data_dir)))


def auto_backup(data_dir: Path, actor: Actor) -> BackupResult | None:
    """The daily automatic backup: make one unless today already has one (or it is turned off)."""
    if not backup_due(data_dir):
        return None
    return make_backup(data_dir, actor)
