"""Where backups live, what they are called, and which ones rotation keeps.

A backup is ``station-YYYYMMDD-HHMMSS.sqlite3``; the name carries its time, so
rotation needs no database. Copies kept by a restore are ``replaced-….sqlite3``
and are never rotated away: they are the only copy of what was replaced.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

BACKUPS_DIRNAME = "backups"
PREFIX = "station-"
REPLACED_PREFIX = "replaced-"
SUFFIX = ".sqlite3"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^station-(\d{8}-\d{6})(?:-\d+)?\.sqlite3$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    at: dt.datetime


def backups_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUPS_DIRNAME


def backup_name(at: dt.datetime, prefix: str = PREFIX) -> str:
    return f"{prefix}{at.strftime(_STAMP)}{SUFFIX}"


def free_path(folder: Path, at: dt.datetime, prefix: str = PREFIX) -> Path:
    """A name not yet taken in *folder* (two backups in one second get -2, -3…)."""
    path = folder / backup_name(at, prefix)
    n = 2
    while path.exists():
        path = folder / f"{prefix}{at.strftime(_STAMP)}-{n}{SUFFIX}"
        n += 1
    return path


def list_backups(folder: Path) -> list[BackupFile]:
    """Regular backups in *folder*, newest first (replaced-… copies are not listed)."""
    found: list[BackupFile] = []
    if not Path(folder).is_dir():
        return found
    for path in Path(folder).iterdir():
        m = _NAME.match(path.name)
        if m and path.is_file():
            found.append(BackupFile(path, dt.datetime.strptime(m.group(1), _STAMP)))
    return sorted(found, key=lambda b: (b.at, b.path.name), reverse=True)


def to_keep(backups: list[BackupFile], daily: int, weekly: int) -> set[Path]:
    """The newest backup of each of the last *daily* days that have one, and of the last *weekly* ISO weeks."""
    keep: set[Path] = set()
    days: list[dt.date] = []
    weeks: list[tuple[int, int]] = []
    for b in backups:  # newest first, so the first one seen for a day or week is its newest
        iso = b.at.isocalendar()
        day, week = b.at.date(), (iso.year, iso.week)
        if day not in days and len(days) < daily:
            days.append(day)
            keep.add(b.path)
        if week not in weeks and len(weeks) < weekly:
            weeks.append(week)
            keep.add(b.path)
    return keep


def rotate(folder: Path, daily: int, weekly: int) -> list[Path]:
    """Delete the backups rotation does not keep; return what was deleted."""
    backups = list_backups(folder)
    keep = to_keep(backups, max(daily, 1), max(weekly, 0))
    removed = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def latest_good_backup(data_dir: Path) -> Path | None:
    """The newest backup in the data folder that passes the checks a restore makes."""
    from station_app.backup.check import BackupRefused, inspect_file

    for b in list_backups(backups_dir(data_dir)):
        try:
            inspect_file(b.path)
        except BackupRefused:
            continue
        return b.path
    return None
