"""The certificate register as a table model over plain RegisterRow values (newest first, from SQL)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from station_app.certificates.register import STATUS_LABELS, RegisterRow
from station_app.gui.table_model import ListTableModel
from station_app.hours.times import hours_text
from station_app.i18n import translate


class CertificatesModel(ListTableModel[RegisterRow]):
    def __init__(self) -> None:
        super().__init__([], [self.tr("证明编号"), self.tr("志愿者"), self.tr("证件号码"), self.tr("服务期间"),
                              self.tr("时长（小时）"), self.tr("记录数"), self.tr("经办人"), self.tr("出具时间"),
                              self.tr("状态"), self.tr("补打")])

    def extra(self, r: RegisterRow, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and r.status == "revoked":
            return QBrush(QColor("#c0392b"))
        if role == Qt.ItemDataRole.ToolTipRole and r.status == "revoked":
            return self.tr("作废原因：{reason}").format(reason=r.revoke_reason)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (4, 5, 9):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def display(self, r: RegisterRow, col: int) -> str:
        if col == 0:
            return r.serial
        if col == 1:
            return r.volunteer_name
        if col == 2:
            return r.id_masked
        if col == 3:
            return self.tr("{start} 至 {end}").format(start=r.period_start, end=r.period_end)
        if col == 4:
            return hours_text(r.total_minutes)
        if col == 5:
            return str(r.record_count)
        if col == 6:
            return r.handler
        if col == 7:
            return r.issued_at[:16].replace("T", " ")
        if col == 8:
            text = translate("certificates", STATUS_LABELS[r.status])
            if r.status == "issued" and r.records_changed_at:
                text += self.tr("（记录已更正，建议重新出具）")
            return text
        return str(r.copies) if r.copies else ""
