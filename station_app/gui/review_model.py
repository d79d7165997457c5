"""The review queue as a table model over plain QueueRow values (sorted in SQL)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from station_app.gui.table_model import ListTableModel
from station_app.hours.records import SOURCE_LABELS, STATE_LABELS
from station_app.hours.review import QueueRow
from station_app.hours.times import hours_text
from station_app.i18n import translate


class ReviewModel(ListTableModel[QueueRow]):
    def __init__(self) -> None:
        super().__init__([], [self.tr("志愿者"), self.tr("岗位"), self.tr("日期"), self.tr("开始"), self.tr("结束"),
                              self.tr("小时"), self.tr("人次"), self.tr("来源"), self.tr("状态"), self.tr("服务内容")])

    def extra(self, r: QueueRow, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and r.forgot_checkout:
            return QBrush(QColor("#c0392b"))
        if role == Qt.ItemDataRole.ForegroundRole and not r.counts and column == 5:
            return QBrush(QColor("#888888"))
        return None

    def display(self, r: QueueRow, col: int) -> str:
        if col == 0:
            return r.volunteer_name
        if col == 1:
            return r.post_name
        if col == 2:
            return f"{r.start:%Y-%m-%d}"
        if col == 3:
            return f"{r.start:%H:%M}"
        if col == 4:
            return f"{r.end:%H:%M}" if r.end else self.tr("未签退")
        if col == 5:
            text = hours_text(r.minutes)
            return text if r.counts or not text else self.tr("{h}（不计）").format(h=text)
        if col == 6:
            return "" if r.people_served is None else str(r.people_served)
        if col == 7:
            return translate("hours", SOURCE_LABELS[r.source])
        if col == 8:
            return self.tr("忘记签退") if r.forgot_checkout else translate("hours", STATE_LABELS[r.state])
        return r.content
