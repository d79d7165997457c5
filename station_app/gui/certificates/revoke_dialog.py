"""Revoke a certificate: the reason is required and goes into the audit log."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from station_app.certificates.issue import CertificateError
from station_app.certificates.register import RegisterRow, revoke_certificate
from station_app.gui.context import AppContext


class RevokeDialog(QDialog):
    revoked = Signal(object)  # RegisterRow

    def __init__(self, ctx: AppContext, row: RegisterRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.setWindowTitle(self.tr("作废证明"))
        self.setMinimumWidth(480)
        what = QLabel(self.tr("作废 {serial}（{name}，{start} 至 {end}）。作废后核验结果为“已作废”，不可恢复。").format(
            serial=row.serial, name=row.volunteer_name, start=row.period_start, end=row.period_end))
        what.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("作废原因（必填，记入操作日志），如：服务期间填写有误"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #c0392b;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("作废"))
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.message.setText(self.tr("请填写作废原因"))
            return
        self.ok.setEnabled(False)
        self.ctx.op(revoke_certificate, self.row.serial, reason, self.ctx.actor()).success(self._done).failure(
            self._failed).start()

    def _done(self, row: RegisterRow) -> None:
        self.revoked.emit(row)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, CertificateError):
            raise exc
        self.message.setText(str(exc))
        self.ok.setEnabled(True)
