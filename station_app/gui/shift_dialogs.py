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
    QVBoxLayout,
    QWidget,
)

from station_app.gui.context import AppContext
from station_app.gui.dialog_buttons import save_cancel_buttons
from station_app.gui.time_field import TimeField
from station_app.gui.volunteer_picker import VolunteerPicker
from station_app.hours.records import HoursError
from station_app.posts import shift_series, shifts


class ShiftDialog(QDialog):
    saved = Signal(object)

    def __init__(self, ctx: AppContext, post_id: int, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.post_id = ctx, post_id
        self.setWindowTitle(self.tr("新增班次"))
        self.day = QDateEdit(QDate(day.year, day.month, day.day))
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.start = TimeField(QTime(8, 0))  # typed as on the paper sheet: 930, 9:30
        self.end = TimeField(QTime(10, 0))
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 9999)
        self.capacity.setSpecialValueText(self.tr("同岗位设置"))
        self.note = QLineEdit()
        self.message = QLabel()
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        self.repeat = QCheckBox(self.tr("每周重复"))
        self.repeat.setObjectName("shift_repeat")
        self.weekdays = []
        days_row = QHBoxLayout()
        names = (self.tr("周一"), self.tr("周二"), self.tr("周三"), self.tr("周四"), self.tr("周五"), self.tr("周六"),
                 self.tr("周日"))
        for number, name in enumerate(names, 1):
            box = QCheckBox(name)
            box.setObjectName(f"shift_weekday_{number}")
            box.setChecked(number == day.isoweekday())
            days_row.addWidget(box)
            self.weekdays.append(box)
        self.days_widget = QWidget()
        self.days_widget.setLayout(days_row)
        days_row.setContentsMargins(0, 0, 0, 0)
        self.until = QDateEdit(QDate(day.year, day.month, day.day).addMonths(3))
        self.until.setObjectName("shift_until")
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.until.setCalendarPopup(True)
        form = QFormLayout()
        form.addRow(self.tr("日期"), self.day)
        form.addRow(self.tr("开始"), self.start)
        form.addRow(self.tr("结束"), self.end)
        form.addRow(self.tr("人数上限"), self.capacity)
        form.addRow(self.tr("备注"), self.note)
        form.addRow("", self.repeat)
        form.addRow(self.tr("每周"), self.days_widget)
        form.addRow(self.tr("重复到"), self.until)
        self.form = form
        self.repeat.toggled.connect(self._show_repeat)
        self._show_repeat(False)
        buttons = save_cancel_buttons(self, self.save)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _show_repeat(self, on: bool) -> None:
        for widget in (self.days_widget, self.until):
            self.form.setRowVisible(widget, on)
        self.setWindowTitle(self.tr("新增重复班次") if on else self.tr("新增班次"))

    def save(self) -> None:
        d, s, e = self.day.date(), self.start.time(), self.end.time()
        day = dt.date(d.year(), d.month(), d.day())
        start_time, end_time = dt.time(s.hour(), s.minute()), dt.time(e.hour(), e.minute())
        capacity = self.capacity.value() or None
        if self.repeat.isChecked():
            weekdays = tuple(n for n, box in enumerate(self.weekdays, 1) if box.isChecked())
            if not weekdays:
                self.message.setText(self.tr("请选择每周哪几天"))
                return
            inp = shift_series.SeriesInput(self.post_id, weekdays, start_time, end_time, day,
                                           self.until.date().toPython(), capacity, self.note.text())
            self.ctx.op(shift_series.create_series, inp, self.ctx.actor()).success(self._saved).failure(
                self._failed).start()
            return
        start, end = shift_series.occurrence_span(day, start_time, end_time)
        self.ctx.op(shifts.create_shift, self.post_id, start, end, self.ctx.actor(), capacity,
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
        self.title.setWordWrap(True)
        self.people = QListWidget()
        self.picker = VolunteerPicker(ctx)
        self.override = QCheckBox(self.tr("超员加入（临时到岗）"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("超员加入须注明原因"))
        self.add_button = QPushButton(self.tr("报名"))
        self.remove_button = QPushButton(self.tr("取消所选报名"))
        self.edit_button = QPushButton(self.tr("修改班次…"))
        self.edit_button.setObjectName("shift_edit")
        self.edit_button.setEnabled(ctx.is_admin)
        self.message = QLabel()
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.override)
        row.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.edit_button)
        layout.addLayout(top)
        layout.addWidget(self.people)
        layout.addWidget(self.remove_button)
        layout.addWidget(QLabel(self.tr("代志愿者报名：")))
        layout.addWidget(self.picker)
        layout.addLayout(row)
        layout.addWidget(self.add_button)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.edit_button.clicked.connect(self.edit_shift)
        self._refresh()

    def edit_shift(self) -> None:
        from station_app.gui.shift_edit_dialog import ShiftEditDialog

        dialog = ShiftEditDialog(self.ctx, self.shift, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._refresh)
        self.edit_dialog = dialog
        dialog.open()

    def _refresh(self) -> None:
        self.ctx.db(lambda: (shifts.get_shift(self.shift.id), shifts.signups(self.shift.id))).success(self._show).start()

    def _show(self, data) -> None:  # a dialog closed before the read came back never gets it (gui/tasks.py)
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
