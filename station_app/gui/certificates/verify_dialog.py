"""Check a certificate someone shows: scan its QR code (a USB scanner types it into the first
field and presses Enter), paste the QR text or the verification URL, or type the serial and the
verification code. A signed QR code is checked by its signature (any station's, once its public
key is known here); the same text as ``station-app verify-certificate``. When the signature holds
but whether the issuing station revoked it cannot be known here, and a platform is set up, the
platform is asked on a network thread of its own (sync/platform_verify.py) and the answer replaces
the offline one."""

from __future__ import annotations

import threading
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.certificates.codes import parse_pair
from station_app.certificates.register import GENUINE, NOT_GENUINE, REVOKED, UNCONFIRMED, Verification, verify
from station_app.certificates.verification import verify_text
from station_app.gui.context import AppContext
from station_app.protocol import cert_link
from station_app.protocol.signing import short_code

COLORS = {GENUINE: "#1e8449", REVOKED: "#c0392b", NOT_GENUINE: "#c0392b", UNCONFIRMED: "#b9770e"}


def _verify_here(text: str) -> tuple[Verification, bool]:
    """The offline answer, and whether a platform is set up to settle an "unknown" one."""
    from station_app import config
    from station_app.station import settings

    return verify_text(text), bool(settings.get(config.SYNC_URL))


class VerifyDialog(QDialog):
    checked = Signal(object)  # Verification: the offline answer, then the platform's when it was asked
    _online = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("核验志愿服务记录证明"))
        self.setMinimumWidth(520)
        self.scan = QLineEdit()
        self.scan.setObjectName("scan")
        self.scan.setPlaceholderText(self.tr("扫描证明上的二维码，或粘贴二维码内容"))
        self.serial = QLineEdit()
        self.serial.setPlaceholderText("BJ-CY-0001-2026-000042")
        self.code = QLineEdit()
        self.code.setPlaceholderText("K7Q2-9MZD")
        self.code.setMaxLength(12)
        self.verify_button = QPushButton(self.tr("核验"))
        self.result = QLabel()
        self.result.setObjectName("verify_result")
        self.result.setWordWrap(True)
        self.result.setMinimumHeight(48)
        form = QFormLayout()
        form.addRow(self.tr("二维码："), self.scan)
        form.addRow(self.tr("证明编号："), self.serial)
        form.addRow(self.tr("验证码："), self.code)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        for b in buttons.buttons():  # Enter belongs to the fields (a scanner ends with Enter), not to a button
            b.setAutoDefault(False)
            b.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        self.scan.returnPressed.connect(self.use_scan)
        self.code.returnPressed.connect(self.check)
        self.serial.returnPressed.connect(self.code.setFocus)
        self.verify_button.clicked.connect(self.check)
        self._online.connect(self._show)
        self._online_thread: threading.Thread | None = None

    def use_scan(self) -> None:
        text = self.scan.text().strip()
        try:
            link = cert_link.parse(text)
        except cert_link.BadLink:
            pair = parse_pair(text)
            if pair is None:
                self._show_text(self.tr("二维码内容无法识别：应为证明上的二维码、核验网址，或证明编号和验证码"), "#c0392b")
                return
            serial, code = pair
        else:
            code = link.code if isinstance(link, cert_link.LegacyLink) else short_code(link.signature)
            serial = link.serial
        self.serial.setText(serial)
        self.code.setText(code)
        self.scan.clear()
        self._verify_text(text)

    def _verify_text(self, text: str) -> None:
        self.verify_button.setEnabled(False)
        self.ctx.db(_verify_here, text).success(partial(self._shown_offline, text)).failure(self._failed).start()

    def _shown_offline(self, text: str, answer: tuple[Verification, bool]) -> None:
        result, platform_set = answer
        self._show(result)
        if result.status == UNCONFIRMED and platform_set and ":" in text:
            self.result.setText(self.result.text() + "\n" + self.tr("正在向平台查询是否已作废…"))
            self._ask_platform(text, result)

    def _ask_platform(self, text: str, offline: Verification) -> None:
        data_dir, online = self.ctx.data_dir, self._online

        def work() -> None:
            from station_app.db import close_database
            from station_app.sync.platform_verify import confirm_online

            try:
                answer = confirm_online(data_dir, text, offline)
            except Exception:  # noqa: BLE001 - the offline answer stands
                answer = offline
            finally:
                close_database()  # this thread's connection only
            try:
                online.emit(answer)
            except RuntimeError:  # the dialog was closed meanwhile
                pass

        self._online_thread = threading.Thread(target=work, name="station-net-verify", daemon=True)
        self._online_thread.start()

    def wait_for_platform(self, timeout: float = 30.0) -> None:
        """Tests and closing: let a running platform query finish."""
        if self._online_thread is not None:
            self._online_thread.join(timeout)

    def _failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self._show_text(str(error), "#c0392b")

    def check(self) -> None:
        serial, code = self.serial.text().strip(), self.code.text().strip()
        if serial and not code and ":" in serial:  # a QR text or URL pasted into the serial field
            self._verify_text(serial)
            return
        if not serial or not code:
            pair = parse_pair(serial)  # both pasted into the serial field
            if pair is None:
                self._show_text(self.tr("请填写证明编号和验证码"), "#c0392b")
                return
            serial, code = pair
        self.verify_button.setEnabled(False)
        self.ctx.db(verify, serial, code).success(self._show).start()

    def _show(self, result: Verification) -> None:
        self.verify_button.setEnabled(True)
        self._show_text(f"{result.verdict}：{result.message}", COLORS.get(result.status, "#7f8c8d"))
        self.checked.emit(result)

    def _show_text(self, text: str, color: str) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(f"color: {color}; font-size: 15px; font-weight: bold;")
