"""Backups, restore and integrity checks of the station database (no Qt here)."""

from station_app.backup.check import BackupRefused, inspect_file, quick_check
from station_app.backup.files import (
           backups_dir,
           latest_good_backup,
           list_backups,
           rotate,
)
from station_app.backup.make import BackupResult, auto_backup, make_backup
from station_app.backup.restore import RestoreResult, restore_file

__all__ = ["BackupRefused", "BackupResult", "RestoreResult", "auto_backup", "backups_dir", "inspect_file",
           "latest_good_backup", "list_backups", "make_backup", "quick_check", "restore_file", "rotate"]
