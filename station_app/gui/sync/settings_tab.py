"""The 平台同步 tab of the settings dialog (站长 only): platform address, station code, token, interval,
an extra CA file, and 测试连接.

测试连接 checks what is typed (or, for an empty token field, the stored token) on a
worker thread and shows one line saying what is wrong or that all is well; the
result comes back to the GUI thread through a signal. The token field never shows the stored token; left empty it keeps it. The
settings are saved by :func:`station_app.sync.setup.save_sync_settings` in the
dialog's one transaction, and only when something on this tab changed, since
saving them also lifts a stop that staff were told to fix here.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from station_app import config
from station_app.gui.form_errors import add_row
from station_app.station import settings
from station_app.station_setup import SyncForm
from station_app.sync.client import SyncConfigError, check_url


def current_sync_settings(data_dir: Path) -> dict:
    """Runs on the database worker (the token store may ask the OS keyring)."""
    from station_app.sync.token_store import load_token

    return {"sync_url": settings.get(config.SYNC_URL), "sync_station": settings.get(config.SYNC_STATION),
            "sync_interval": settings.get(config.SYNC_INTERVAL_MINUTES), "token_set": bool(load_token(data_dir)),
            "sync_ca_file": settings.get(config.SYNC_CA_FILE)}


class SyncSettingsTab(QWidget):
    checked = Signal(bool, str)  # from the worker thread: (ok, one line for staff)

    def __init__(self, current: dict, profile_code: str = "", parent: QWidget | None = None,
                 data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self._current = current
        self._data_dir = data_dir
        self._profile_code = profile_code
        self._check_thread: threading.Thread | None = None
        self._checking = False
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
        self.ca_file = QLineEdit(current.get("sync_ca_file", ""))
        self.ca_file.setObjectName("sync_ca_file")
        self.ca_file.setPlaceholderText(self.tr("一般留空：使用系统证书库"))
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._choose_ca_file)
        ca_box = QWidget()
        ca_row = QHBoxLayout(ca_box)
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        self.ca_row = add_row(form, self.tr("另外信任的 CA 证书"), ca_box)
        self.test_button = QPushButton(self.tr("测试连接"))
        self.test_button.setObjectName("sync_test")
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setObjectName("sync_test_result")
        self.test_result.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        form.addRow("", test_row)
        self.checked.connect(self._show_check)
        note = QLabel(self.tr(
            "审核通过的服务记录和出具的证明会在后台自动上传到城市志愿服务平台。不填平台地址时，记录都保存在本机，"
            "可以在“平台同步”页导出，到平台上手工上传。令牌保存在系统的密码存储或只有本用户能读的文件中，"
            "不会出现在日志里。"))
        note.setWordWrap(True)
        form.addRow("", note)

    def _choose_ca_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择 CA 证书文件"), "",
                                              self.tr("证书 (*.pem *.crt *.cer);;所有文件 (*)"))
        if path:
            self.ca_file.setText(path)

    def test_connection(self) -> None:
        """Check the typed settings on a worker thread (the network may take seconds); the answer comes back
        through :attr:`checked`."""
        if self._checking:  # one check at a time; the flag is cleared on the GUI thread with the answer
            return
        self._checking = True
        url, station = self.url.text().strip(), self.station.text().strip() or self._profile_code
        token, ca_file, data_dir = self.token.text().strip(), self.ca_file.text().strip(), self._data_dir
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("正在连接平台…"))

        def work() -> None:
            from station_app.sync.connection_check import check_connection

            try:
                stored = token
                if not stored and data_dir is not None:
                    from station_app.sync.token_store import load_token

                    stored = load_token(data_dir)
                result = check_connection(url, stored, station, ca_file or None)
                self.checked.emit(result.ok, result.message)
            except Exception as exc:  # noqa: BLE001 - a bug must not leave the button disabled
                self.checked.emit(False, f"{type(exc).__name__}: {exc}")

        self._check_thread = threading.Thread(target=work, name="station-sync-test", daemon=True)
        self._check_thread.start()

    def _show_check(self, ok: bool, message: str) -> None:
        self._checking = False
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet("color: #137333;" if ok else "color: #c0392b;")
        self.test_result.setText(message)

    def wait_for_check(self, timeout: float = 30.0) -> None:
        """Tests and closing: let a running check finish."""
        if self._check_thread is not None:
            self._check_thread.join(timeout)

    def changed(self) -> bool:
        c = self._current
        return (self.url.text().strip() != c.get("sync_url", "")
                or self.ca_file.text().strip() != c.get("sync_ca_file", "")
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
        ca_file = self.ca_file.text().strip()
        if ca_file and not Path(ca_file).is_file():
            self.ca_row.set_error(self.tr("找不到这个证书文件"))
            return False
        self.ca_row.set_error(None)
        return True

    def values(self) -> SyncForm:
        """The token is None to keep the stored one; the CA file is "" for none."""
        return SyncForm(self.url.text().strip(), self.station.text().strip(), self.token.text().strip() or None,
                        self.interval.value(), self.ca_file.text().strip())
