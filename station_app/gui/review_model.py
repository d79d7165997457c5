"""The review queue as a table model over plain QueueRow values (sorted in SQL)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from station_app.hours.records import SOURCE_LABELS, STATE_LABELS
from station_app.hours.review import QueueRow
from station_app.hours.times import hours_text


class ReviewModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[QueueRow] = []
        self._headers = [self.tr("志愿者"), self.tr("岗位"), self.tr("日期"), self.tr("开始"), self.tr("结束"),
                         self.tr("小时"), self.tr("人次"), self.tr("来源"), self.tr("状态"), self.tr("服务内容")]

    def set_rows(self, rows: list[QueueRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and r.forgot_checkout:
            return QBrush(QColor("#c0392b"))
        if role == Qt.ItemDataRole.ForegroundRole and not r.counts and index.column() == 5:
            return QBrush(QColor("#888888"))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
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
            return self.tr(SOURCE_LABELS[r.source])
        if col == 8:
            return self.tr("忘记签退") if r.forgot_checkout else self.tr(STATE_LABELS[r.state])
        return r.content
