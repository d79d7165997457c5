"""The counted records behind one row of a report (double-click on the row)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QDialog, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from station_app.gui.context import AppContext
from station_app.gui.reports.models import RecordsModel
from station_app.hours.times import hours_text
from station_app.reports.behind import LIMIT, counted_records
from station_app.reports.periods import Period


class RecordsDialog(QDialog):
    def __init__(self, ctx: AppContext, period: Period, by: str, key, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("服务记录：{title}").format(title=title))
        screen = self.screen().availableGeometry()
        self.resize(min(980, screen.width() - 40), min(560, screen.height() - 80))
        self.heading = QLabel(self.tr("{title}，{period}：正在读取…").format(title=title, period=period.label))
        self.heading.setWordWrap(True)
        self.model = RecordsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((80, 150, 80, 130, 125, 85, 55, 70)):
            self.table.setColumnWidth(col, width)
        note = QLabel(self.tr("只列出计入统计的记录（已审核、计入志愿服务的岗位）；证件号码已隐去中间位。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #566573;")
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(close)
        self._title, self._period = title, period
        ctx.db(counted_records, period, by, key, ctx.actor()).success(self._show).start()

    def _show(self, rows) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        minutes = sum(r.minutes for r in rows)
        text = self.tr("{title}，{period}：{n} 条记录，共 {h} 小时").format(
            title=self._title, period=self._period.label, n=len(rows), h=hours_text(minutes))
        if len(rows) >= LIMIT:
            text += self.tr("（只显示前 {n} 条，全部记录请导出 Excel）").format(n=LIMIT)
        self.heading.setText(text)
