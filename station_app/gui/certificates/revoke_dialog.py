"""Revoke a certificate: the reason is required and goes into the audit log."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from station_app.certificates.issue import CertificateError
from station_app.certificates.register import RegisterRow, revoke_certificate
from station_app.gui.context import AppContext
from station_app.gui.fit import fit_placeholder
from station_app.gui.reason_dialog import ReasonDialog


class RevokeDialog(ReasonDialog):
    """The reason dialog, whose 作废 revokes first and closes once the register says so."""

    revoked = Signal(object)  # RegisterRow

    def __init__(self, ctx: AppContext, row: RegisterRow, parent: QWidget | None = None) -> None:
        what = QCoreApplication.translate(
            "RevokeDialog", "作废 {serial}（{name}，{start} 至 {end}）。作废后核验结果为“已作废”，不可恢复；原因记入操作日志。").format(
            serial=row.serial, name=row.volunteer_name, start=row.period_start, end=row.period_end)
        super().__init__(QCoreApplication.translate("RevokeDialog", "作废证明"), what,
                         QCoreApplication.translate("RevokeDialog", "作废"),
                         QCoreApplication.translate("RevokeDialog", "请填写作废原因"), parent)
        self.ctx, self.row = ctx, row
        self.setMinimumWidth(480)
        self.reason.setPlaceholderText(self.tr("作废原因（必填），如：服务期间填写有误"))
        fit_placeholder(self.reason)
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))

    def take(self, reason: str) -> None:
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
