"""签退: the time just served, today's hours and approved hours as a short table, then the star threshold
reached, in the words the certificate uses (hours reached a standard; the federation grants the level)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from station_app.gui.kiosk.texts import duration_text
from station_app.gui.kiosk.widgets import big_button, label
from station_app.hours.times import hours_text
from station_app.kiosk.service import CheckoutSummary

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class SummaryScreen(QWidget):
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label(self.tr("✓ 签退成功，辛苦了！"), "success")
        self.name = label("", "heading")
        self.served = label("", "big", wrap=False, align=LEFT)
        self.today = label("", "value", wrap=False, align=LEFT)
        self.total = label("", "value", wrap=False, align=LEFT)
        self.stars = label("", "value")
        self.hint = label("", "hint")
        table = QGridLayout()
        table.setHorizontalSpacing(28)
        table.setVerticalSpacing(10)
        rows = ((self.tr("本次服务"), self.served), (self.tr("今天共服务"), self.today),
                (self.tr("累计已审核"), self.total))
        for row, (caption, value) in enumerate(rows):
            table.addWidget(label(caption, "caption", wrap=False, align=RIGHT), row, 0)
            table.addWidget(value, row, 1)
        centered = QHBoxLayout()
        centered.addStretch(1)
        centered.addLayout(table)
        centered.addStretch(1)
        self.ok_button = big_button(self.tr("好的"), "primary")
        self.ok_button.setMinimumWidth(320)
        self.ok_button.clicked.connect(self.done)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.ok_button)
        button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 16, 48, 32)
        layout.setSpacing(12)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.name)
        layout.addSpacing(8)
        layout.addLayout(centered)
        layout.addWidget(self.stars)
        layout.addSpacing(8)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addLayout(button_row)

    def show_summary(self, summary: CheckoutSummary) -> None:
        record = summary.record
        self.name.setText(record.volunteer_name)
        self.served.setText(duration_text(summary.minutes))
        self.today.setText(self.tr("{hours} 小时").format(hours=hours_text(summary.today_minutes)))
        self.total.setText(self.tr("{hours} 小时").format(hours=hours_text(summary.approved_minutes)))
        self.stars.setText(summary.star_text)
        self.stars.setVisible(bool(summary.star_text))
        hints = []
        if not record.counts:
            hints.append(self.tr("“{post}”的时间会记下来，但不算志愿服务时长").format(post=record.post_name))
        else:
            hints.append(self.tr("本次时长经工作人员审核后，计入累计"))
        if not summary.stars:
            hints.append(self.tr("累计满 {hours} 小时即达到一星志愿者标准，继续加油！").format(hours=summary.first_star_hours))
        self.hint.setText("\n".join(hints))

    def text(self) -> str:
        """Everything the screen says, for tests and screen readers."""
        return "\n".join(w.text() for w in (self.title, self.name, self.served, self.today, self.total,
                                             self.stars, self.hint))
