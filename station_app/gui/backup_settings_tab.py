"""The 数据备份 tab of the settings dialog (站长 only): the daily automatic backup and how many are kept.

The values are saved through station_app.station.settings in the dialog's one
transaction. The tab also shows where the backups are and when the newest was
made, read on the database worker with the other settings (a folder listing).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QSpinBox, QWidget

from station_app import config
from station_app.station import settings
from station_app.station_setup import BackupForm


def current_backup_settings(data_dir: Path | None = None) -> dict:
    """Runs on the database worker. With *data_dir*, the backup folder and its newest backup's time too."""
    current = {"backup_auto": settings.get(config.BACKUP_AUTO),
               "backup_keep_daily": settings.get(config.BACKUP_KEEP_DAILY),
               "backup_keep_weekly": settings.get(config.BACKUP_KEEP_WEEKLY)}
    if data_dir is not None:
        from station_app.backup.files import backups_dir, list_backups

        folder = backups_dir(data_dir)
        found = list_backups(folder)
        current.update(backup_folder=str(folder), backup_latest=found[0].at if found else None)
    return current


class BackupSettingsTab(QWidget):
    def __init__(self, current: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current = current
        form = QFormLayout(self)
        self.auto = QCheckBox(self.tr("程序运行时每天自动备份一次数据库"))
        self.auto.setObjectName("backup_auto")
        self.auto.setChecked(bool(current.get("backup_auto", config.BACKUP_AUTO.default)))
        form.addRow(self.tr("自动备份"), self.auto)
        self.keep_daily = QSpinBox()
        self.keep_daily.setObjectName("backup_keep_daily")
        self.keep_daily.setRange(1, 366)  # rotation always keeps at least the newest day
        self.keep_daily.setSuffix(self.tr(" 天"))
        self.keep_daily.setValue(int(current.get("backup_keep_daily", config.BACKUP_KEEP_DAILY.default)))
        form.addRow(self.tr("保留每日备份"), self.keep_daily)
        self.keep_weekly = QSpinBox()
        self.keep_weekly.setObjectName("backup_keep_weekly")
        self.keep_weekly.setRange(0, 260)
        self.keep_weekly.setSuffix(self.tr(" 周"))
        self.keep_weekly.setSpecialValueText(self.tr("不另外保留"))
        self.keep_weekly.setValue(int(current.get("backup_keep_weekly", config.BACKUP_KEEP_WEEKLY.default)))
        form.addRow(self.tr("另保留每周备份"), self.keep_weekly)
        if "backup_folder" in current:
            self.folder = QLabel(current["backup_folder"])
            self.folder.setObjectName("backup_folder")
            self.folder.setWordWrap(True)
            self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr("备份文件夹"), self.folder)
            latest: dt.datetime | None = current.get("backup_latest")
            self.latest = QLabel(latest.strftime("%Y-%m-%d %H:%M") if latest else self.tr("还没有备份"))
            self.latest.setObjectName("backup_latest")
            form.addRow(self.tr("最近一次备份"), self.latest)
        note = QLabel(self.tr(
            "自动备份在程序运行时进行，每天一份，经完整性检查后才保存；超出保留数量的旧备份会自动删除。"
            "恢复数据库时保存的原数据库副本不会被删除。随时可以用“文件 → 立即备份数据库”再备份一次。"))
        note.setWordWrap(True)
        form.addRow("", note)

    def values(self) -> BackupForm:
        return BackupForm(self.auto.isChecked(), self.keep_daily.value(), self.keep_weekly.value())
