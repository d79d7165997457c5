"""One volunteer: either the posts to check in to, or the open check-in and a huge 签退 button."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from station_app.gui.kiosk.choice_list import ChoiceList
from station_app.gui.kiosk.texts import clock_text, span_text
from station_app.gui.kiosk.widgets import ChoiceButton, big_button, label
from station_app.kiosk.service import KioskState
from station_app.posts.shifts import KioskChoice


class PersonScreen(QWidget):
    check_in = Signal(int, object)  # post id, shift id or None
    check_out = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: KioskState | None = None
        self.heading = label("", "heading")
        self.hint = label("", "hint")

        self.list = ChoiceList(columns=2)
        self.open_text = label("", "big")
        self.checkout_button = big_button(self.tr("签退"), "checkout", 160)
        self.checkout_button.setObjectName("checkout")
        self.checkout_button.clicked.connect(self.check_out)
        open_page = QWidget()
        open_box = QVBoxLayout(open_page)
        open_box.addStretch(1)
        open_box.addWidget(self.open_text)
        open_box.addSpacing(32)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.checkout_button, 2)
        row.addStretch(1)
        open_box.addLayout(row)
        open_box.addStretch(2)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.list)
        self.pages.addWidget(open_page)

        self.back_button = big_button(self.tr("返回"))
        self.back_button.clicked.connect(self.back)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)

    def show_state(self, state: KioskState, now: dt.datetime) -> None:
        self.state = state
        current = state.open_record
        if current is not None:
            self.heading.setText(self.tr("{name}，您好").format(name=state.name))
            self.open_text.setText(self.tr("您在“{post}”岗位，{time}签到").format(
                post=current.post_name, time=clock_text(current.start)))
            self.hint.setText(self.tr("服务结束了，请按下面的“签退”"))
            self.back_button.setText(self.tr("先不签退，返回"))
            self.pages.setCurrentIndex(1)
            return
        self.heading.setText(self.tr("{name}，您好！请选择服务岗位").format(name=state.name))
        self.hint.setText(self.tr("点一下您要去的岗位，就签到了") if state.choices
                          else self.tr("现在没有可以签到的岗位，请找工作人员"))
        self.back_button.setText(self.tr("返回"))
        self.list.set_buttons([self._button(c, now) for c in state.choices])
        self.pages.setCurrentIndex(0)

    def _button(self, choice: KioskChoice, now: dt.datetime) -> ChoiceButton:
        details = []
        if choice.shift is not None:
            when = span_text(choice.shift.start, choice.shift.end)
            details.append(self.tr("正在进行 {when}").format(when=when) if choice.shift.start <= now
                           else self.tr("即将开始 {when}").format(when=when))
        if choice.place:
            details.append(self.tr("地点：{place}").format(place=choice.place))
        button = ChoiceButton(choice.post_name, "   ".join(details), self.tr("您已报名") if choice.signed_up else "")
        button.setObjectName(f"post_{choice.post_id}")
        shift_id = choice.shift.id if choice.shift is not None else None
        button.clicked.connect(lambda _=False, p=choice.post_id, s=shift_id: self.check_in.emit(p, s))
        return button
