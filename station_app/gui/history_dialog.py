"""One volunteer's service history: every record, approved hours and star level."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.gui.context import AppContext
from station_app.hours.records import STATE_LABELS
from station_app.hours.times import hours_text
from station_app.hours.totals import History, volunteer_history
from station_app.i18n import translate


class HistoryDialog(QDialog):
    loaded = Signal()

    def __init__(self, ctx: AppContext, volunteer_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{name} 的服务记录").format(name=name))
        self.resize(820, 520)
        self.totals = QLabel()
        self.totals.setObjectName("history_totals")
        self.totals.setStyleSheet("font-size: 15px;")
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("日期"), self.tr("时间"), self.tr("岗位"), self.tr("小时"),
                                              self.tr("人次"), self.tr("状态"), self.tr("服务内容")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        ctx.db(volunteer_history, volunteer_id).success(self._show).start()

    def _show(self, h: History) -> None:
        text = self.tr("已审核志愿服务 {a} 小时　待审核 {p} 小时").format(
            a=hours_text(h.approved_minutes), p=hours_text(h.pending_minutes))
        if h.star_text:
            text += "　" + h.star_text
        if h.other_minutes:
            text += self.tr("　另有不计入志愿时长的值班 {o} 小时").format(o=hours_text(h.other_minutes))
        self.totals.setText(text)
        self.table.setRowCount(len(h.records))
        for row, r in enumerate(h.records):
            end = f"{r.end:%H:%M}" if r.end else self.tr("未签退")
            hours = hours_text(r.minutes) + ("" if r.counts or r.minutes is None else self.tr("（不计）"))
            cells = (f"{r.start:%Y-%m-%d}", f"{r.start:%H:%M}–{end}", r.post_name, hours,
                     "" if r.people_served is None else str(r.people_served), translate("hours", STATE_LABELS[r.state]), r.content)
            for col, value in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.loaded.emit()
