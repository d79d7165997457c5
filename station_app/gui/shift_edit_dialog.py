"""Changing a shift's times, capacity or note: this one, or (one of a weekly series) this and later ones.

Sign-ups stay with their day either way; the core refuses a capacity below what
a day already has signed up, and splits the series where "this and later" begins.
"""

from __future__ import annotations

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from station_app.gui.context import AppContext
from station_app.gui.dialog_buttons import save_cancel_buttons
from station_app.hours.records import HoursError
from station_app.posts import shift_series
from station_app.posts.shifts import ShiftView


class ShiftEditDialog(QDialog):
    ready = Signal()

    def __init__(self, ctx: AppContext, shift: ShiftView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.shift = ctx, shift
        self.setWindowTitle(self.tr("修改班次"))
        self.title = QLabel(self.tr("{post}　{d}").format(post=shift.post_name, d=f"{shift.start:%Y-%m-%d}"))
        self.start = QTimeEdit(QTime(shift.start.hour, shift.start.minute))
        self.end = QTimeEdit(QTime(shift.end.hour, shift.end.minute))
        for t in (self.start, self.end):
            t.setDisplayFormat("HH:mm")
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 9999)
        self.capacity.setSpecialValueText(self.tr("不限"))
        self.capacity.setValue(shift.capacity or 0)
        self.note = QLineEdit(shift.note)
        self.only_this = QRadioButton(self.tr("仅此班次"))
        self.only_this.setObjectName("scope_one")
        self.this_and_later = QRadioButton()
        self.this_and_later.setObjectName("scope_later")
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.only_this)
        self.scope.addButton(self.this_and_later)
        self.only_this.setChecked(True)
        self.series_label = QLabel()
        self.series_label.setStyleSheet("color: #566573;")
        for w in (self.only_this, self.this_and_later, self.series_label):
            w.hide()
        self.message = QLabel()
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("开始"), self.start)
        form.addRow(self.tr("结束"), self.end)
        form.addRow(self.tr("人数上限"), self.capacity)
        form.addRow(self.tr("备注"), self.note)
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.series_label)
        layout.addWidget(self.only_this)
        layout.addWidget(self.this_and_later)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        ctx.db(shift_series.series_of, shift.id).success(self._show_series).start()

    def _show_series(self, info) -> None:
        if info is not None:
            self.series_label.setText(self.tr("这是重复班次（{what}）中的一次。").format(what=info.text))
            self.this_and_later.setText(self.tr("此班次及以后的班次（共 {n} 个）").format(n=info.later_count))
            for w in (self.only_this, self.this_and_later, self.series_label):
                w.show()
        self.ready.emit()

    def save(self) -> None:
        s, e = self.start.time(), self.end.time()
        edit = shift_series.ShiftEdit(s.toPython(), e.toPython(), self.capacity.value() or None, self.note.text())
        scope = shift_series.THIS_AND_LATER if self.this_and_later.isChecked() else shift_series.THIS_ONE
        self.ctx.op(shift_series.edit_shift, self.shift.id, edit, scope, self.ctx.actor()).success(
            lambda _c: self.accept()).failure(self._failed).start()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, HoursError):
            raise exc
        self.message.setText(str(exc))
