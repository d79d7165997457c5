"""Adding a shift to a post's week, and signing volunteers up to one (with the capacity rule)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from station_app.gui.context import AppContext
from station_app.gui.dialog_buttons import save_cancel_buttons
from station_app.gui.volunteer_picker import VolunteerPicker
from station_app.hours.records import HoursError
from station_app.posts import shifts


class ShiftDialog(QDialog):
    saved = Signal(object)

    def __init__(self, ctx: AppContext, post_id: int, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.post_id = ctx, post_id
        self.setWindowTitle(self.tr("新增班次"))
        self.day = QDateEdit(QDate(day.year, day.month, day.day))
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.start = QTimeEdit(QTime(8, 0))
        self.end = QTimeEdit(QTime(10, 0))
        for t in (self.start, self.end):
            t.setDisplayFormat("HH:mm")
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 9999)
        self.capacity.setSpecialValueText(self.tr("同岗位设置"))
        self.note = QLineEdit()
        self.message = QLabel()
        self.message.setStyleSheet("color: #c0392b;")
        form = QFormLayout()
        form.addRow(self.tr("日期"), self.day)
        form.addRow(self.tr("开始"), self.start)
        form.addRow(self.tr("结束"), self.end)
        form.addRow(self.tr("人数上限"), self.capacity)
        form.addRow(self.tr("备注"), self.note)
        buttons = save_cancel_buttons(self, self.save)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        d, s, e = self.day.date(), self.start.time(), self.end.time()
        day = dt.date(d.year(), d.month(), d.day())
        start = dt.datetime.combine(day, dt.time(s.hour(), s.minute())).astimezone()
        end = dt.datetime.combine(day, dt.time(e.hour(), e.minute())).astimezone()
        if end <= start:
            end += dt.timedelta(days=1)
        self.ctx.op(shifts.create_shift, self.post_id, start, end, self.ctx.actor(), self.capacity.value() or None,
                    self.note.text()).success(self._saved).failure(self._failed).start()

    def _saved(self, shift) -> None:
        self.saved.emit(shift)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, HoursError):
            raise exc
        self.message.setText(str(exc))


class SignupDialog(QDialog):
    """Who is signed up to a shift; staff add people (override when full, with a note) or remove them."""


    def __init__(self, ctx: AppContext, shift: shifts.ShiftView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.shift = ctx, shift
        self.setWindowTitle(self.tr("班次报名"))
        self.setMinimumWidth(480)
        self.title = QLabel()
        self.people = QListWidget()
        self.picker = VolunteerPicker(ctx)
        self.override = QCheckBox(self.tr("超员加入（临时到岗）"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("超员加入须注明原因"))
        self.add_button = QPushButton(self.tr("报名"))
        self.remove_button = QPushButton(self.tr("取消所选报名"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.override)
        row.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.people)
        layout.addWidget(self.remove_button)
        layout.addWidget(QLabel(self.tr("代志愿者报名：")))
        layout.addWidget(self.picker)
        layout.addLayout(row)
        layout.addWidget(self.add_button)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self._refresh()

    def _refresh(self) -> None:
        self.ctx.db(lambda: (shifts.get_shift(self.shift.id), shifts.signups(self.shift.id))).success(self._show).start()

    def _show(self, data) -> None:
        self.shift, people = data
        s = self.shift
        cap = self.tr("不限") if s.capacity is None else str(s.capacity)
        self.title.setText(self.tr("{post}　{d} {a}–{b}　已报名 {n} / {cap}").format(
            post=s.post_name, d=f"{s.start:%m-%d}", a=f"{s.start:%H:%M}", b=f"{s.end:%H:%M}", n=s.signed_up, cap=cap))
        self.people.clear()
        for vid, name, over, note in people:
            item = QListWidgetItem(name + (self.tr("（超员：{n}）").format(n=note) if over else ""))
            item.setData(Qt.ItemDataRole.UserRole, vid)
            self.people.addItem(item)

    def add(self) -> None:
        if self.picker.volunteer_id is None:
            self.message.setText(self.tr("请先选择志愿者"))
            return
        self.ctx.op(shifts.sign_up, self.shift.id, self.picker.volunteer_id, self.ctx.actor(), self.override.isChecked(),
                    self.note.text()).success(self._done).failure(self._failed).start()

    def remove(self) -> None:
        item = self.people.currentItem()
        if item is not None:
            self.ctx.op(shifts.cancel_sign_up, self.shift.id, item.data(Qt.ItemDataRole.UserRole),
                        self.ctx.actor()).success(lambda _r: self._done(None)).start()

    def _done(self, _result) -> None:
        self.message.clear()
        self._refresh()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, HoursError):
            raise exc
        self.message.setText(str(exc))
