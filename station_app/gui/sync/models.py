"""The sync page's two tables: records the platform refused, and the batches sent to it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from station_app.gui.sync.status import when_text
from station_app.gui.table_model import ListTableModel
from station_app.sync.state import BatchRow, RejectedItem

OPS = {"add": QT_TRANSLATE_NOOP("RejectedModel", "上传记录"), "void": QT_TRANSLATE_NOOP("RejectedModel", "作废记录"),
       "issued": QT_TRANSLATE_NOOP("RejectedModel", "登记证明"), "revoked": QT_TRANSLATE_NOOP("RejectedModel", "作废证明")}
BATCH_STATES = {"unacked": QT_TRANSLATE_NOOP("BatchModel", "等待平台确认"),
                "acked": QT_TRANSLATE_NOOP("BatchModel", "已确认"),
                "held": QT_TRANSLATE_NOOP("BatchModel", "已暂停（平台拒收整批）"),
                "split": QT_TRANSLATE_NOOP("BatchModel", "已改用新批次重发")}
ENDPOINTS = {"batches": QT_TRANSLATE_NOOP("BatchModel", "服务记录"),
             "certificates": QT_TRANSLATE_NOOP("BatchModel", "证明")}
WARN = QColor("#b35c00")


class RejectedModel(ListTableModel[RejectedItem]):
    def __init__(self) -> None:
        super().__init__([], [self.tr("志愿者"), self.tr("内容"), self.tr("操作"), self.tr("代码"), self.tr("拒收时间"),
                              self.tr("原因")])

    def display(self, r: RejectedItem, col: int) -> str:
        return (r.volunteer, r.what, self.tr(OPS.get(r.op, r.op)), r.code, when_text(r.at), r.message)[col]

    def extra(self, r: RejectedItem, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return r.message
        return None


class BatchModel(ListTableModel[BatchRow]):
    def __init__(self) -> None:
        super().__init__([], [self.tr("时间"), self.tr("类型"), self.tr("条数"), self.tr("接收"), self.tr("拒收"),
                              self.tr("状态"), self.tr("尝试次数"), self.tr("最近的错误")])

    def display(self, r: BatchRow, col: int) -> str:
        if col == 0:
            return when_text(r.created_at)
        if col == 1:
            return self.tr(ENDPOINTS.get(r.endpoint, r.endpoint))
        if col in (2, 3, 4, 6):
            return str({2: r.item_count, 3: r.accepted, 4: r.rejected, 6: r.attempts}[col])
        if col == 5:
            return self.tr(BATCH_STATES.get(r.state, r.state))
        if not r.last_error:
            return ""
        return f"{r.last_status}：{r.last_error}" if r.last_status else r.last_error

    def extra(self, r: BatchRow, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and r.state in ("held", "unacked"):
            return QBrush(WARN)
        if role == Qt.ItemDataRole.ToolTipRole and column == 7 and r.last_error:
            return r.last_error
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3, 4, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
