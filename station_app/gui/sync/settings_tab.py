"""The 平台同步 tab of the settings dialog (站长 only): platform address, station code, token, interval.

The token field never shows the stored token; left empty it keeps it. The
settings are saved by :func:`station_app.sync.setup.save_sync_settings` in the
dialog's one transaction, and only when something on this tab changed, since
saving them also lifts a stop that staff were told to fix here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from station_app import config
from station_app.gui.form_errors import add_row
from station_app.station import settings
from station_app.station_setup import SyncForm
from station_app.sync.client import SyncConfigError, check_url


def current_sync_settings(data_dir: Path) -> dict:
    """Runs on the database worker (the token store may ask the OS keyring)."""
    from station_app.sync.token_store import load_token

    return {"sync_url": settings.get(config.SYNC_URL), "sync_station": settings.get(config.SYNC_STATION),
            "sync_interval": settings.get(config.SYNC_INTERVAL_MINUTES), "token_set": bool(load_token(data_dir))}


class SyncSettingsTab(QWidget):
    def __init__(self, current: dict, profile_code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current = current
        form = QFormLayout(self)
        self.url = QLineEdit(current.get("sync_url", ""))
        self.url.setObjectName("sync_url")
        self.url.setPlaceholderText(self.tr("https://平台地址（留空表示不连接平台）"))
        self.url_row = add_row(form, self.tr("平台地址"), self.url)
        self.station = QLineEdit(current.get("sync_station", ""))
        self.station.setObjectName("sync_station")
        self.station.setPlaceholderText(profile_code or self.tr("站点信息中的站点编码"))
        form.addRow(self.tr("平台上的站点编码"), self.station)
        self.token = QLineEdit()
        self.token.setObjectName("sync_token")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("已保存，不修改请留空") if current.get("token_set")
                                      else self.tr("平台发给本站的令牌"))
        self.token_row = add_row(form, self.tr("平台令牌"), self.token)
        self.interval = QSpinBox()
        self.interval.setObjectName("sync_interval")
        self.interval.setRange(1, 24 * 60)
        self.interval.setSuffix(self.tr(" 分钟"))
        self.interval.setValue(int(current.get("sync_interval", config.SYNC_INTERVAL_MINUTES.default)))
        form.addRow(self.tr("自动同步间隔"), self.interval)
        note = QLabel(self.tr(
            "审核通过的服务记录和出具的证明会在后台自动上传到城市志愿服务平台。不填平台地址时，记录都保存在本机，"
            "可以在“平台同步”页导出，到平台上手工上传。令牌保存在系统的密码存储或只有本用户能读的文件中，"
            "不会出现在日志里。"))
        note.setWordWrap(True)
        form.addRow("", note)

    def changed(self) -> bool:
        c = self._current
        return (self.url.text().strip() != c.get("sync_url", "")
                or self.station.text().strip() != c.get("sync_station", "")
                or self.interval.value() != c.get("sync_interval", config.SYNC_INTERVAL_MINUTES.default)
                or bool(self.token.text().strip()))

    def validate(self) -> bool:
        """Check the address here, so a typo is shown under the field before anything is saved."""
        url = self.url.text().strip()
        try:
            if url:
                check_url(url)
        except SyncConfigError as exc:
            self.url_row.set_error(str(exc))
            return False
        self.url_row.set_error(None)
        if url and not self.token.text().strip() and not self._current.get("token_set"):
            self.token_row.set_error(self.tr("请填写平台发给本站的令牌"))
            return False
        self.token_row.set_error(None)
        return True

    def values(self) -> SyncForm:
        """The token is None to keep the stored one."""
        return SyncForm(self.url.text().strip(), self.station.text().strip(), self.token.text().strip() or None,
                        self.interval.value())
