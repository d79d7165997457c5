"""At start, when the database fails its integrity check: offer the latest good backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from station_app.audit import Actor


def ask_restore(refused, parent=None) -> bool:
    """A modal question before any window exists (nothing else is running yet)."""
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("startup", "数据库已损坏"), refused.message, parent=parent)
    box.setInformativeText(QCoreApplication.translate("startup", "是否用这份备份替换损坏的数据库？损坏的数据库会另存到 backups 文件夹，不会删除。"))
    restore = box.addButton(QCoreApplication.translate("startup", "从备份恢复"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("startup", "退出"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def restore_backup(data_dir: Path, backup: Path) -> str:
    """Restore; return an empty string, or why it failed (one line for the user)."""
    from station_app.backup import BackupRefused, restore_file
    from station_app.cli_support import os_user
    from station_app.errors import DataFolderError, PermissionDenied
    from station_app.instance_lock import AlreadyRunning

    try:
        # Nobody can log in to a damaged database; as on the command line, whoever can start the
        # program on this PC already holds the data folder, so the restore acts as administrator.
        restore_file(data_dir, backup, Actor(os_user(), via="gui", role="admin"))
    except (BackupRefused, AlreadyRunning, DataFolderError, OSError, PermissionDenied) as exc:
        return str(exc)
    return ""
