"""签到成功: who, which post, what time; back to the start by itself."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from station_app.gui.kiosk.texts import clock_text
from station_app.gui.kiosk.widgets import big_button, label
from station_app.hours.records import RecordView


class CheckedInScreen(QWidget):
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label(self.tr("✓ 签到成功"), "success")
        self.name = label("", "heading")
        self.post = label("", "big")
        self.time = label("", "heading")
        self.hint = label(self.tr("服务结束后，请回来刷证或输入尾号签退"), "hint")
        self.ok_button = big_button(self.tr("好的"), "primary")
        self.ok_button.setMinimumWidth(320)
        self.ok_button.clicked.connect(self.done)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.ok_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 40)
        layout.setSpacing(20)
        layout.addStretch(1)
        for w in (self.title, self.name, self.post, self.time):
            layout.addWidget(w)
        layout.addSpacing(12)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addLayout(row)

    def show_record(self, record: RecordView) -> None:
        self.name.setText(record.volunteer_name)
        self.post.setText(self.tr("岗位：{post}").format(post=record.post_name))
        self.time.setText(self.tr("签到时间：{time}").format(time=clock_text(record.start)))
