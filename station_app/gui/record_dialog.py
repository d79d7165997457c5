"""Staff enter a service record after the fact (a paper 签到表 typed in), edit a pending
one, or correct an approved one (which voids it and adds the corrected record)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station_app.gui.context import AppContext
from station_app.gui.dialog_buttons import save_cancel_buttons
from station_app.gui.time_field import TimeField
from station_app.gui.volunteer_picker import VolunteerPicker
from station_app.hours import records, review
from station_app.hours.records import HoursError, RecordInput, RecordView, check_span
from station_app.hours.times import hours_text, to_min
from station_app.posts.service import list_posts


class RecordDialog(QDialog):
    saved = Signal(object)  # RecordView
    ready = Signal()

    def __init__(self, ctx: AppContext, record: RecordView | None = None, mode: str = "add",
                 parent: QWidget | None = None) -> None:
        """*mode*: "add" (new, pending), "edit" (a pending record) or "correct" (an approved one)."""
        super().__init__(parent)
        self.ctx, self.record, self.mode = ctx, record, mode
        self.setWindowTitle({"add": self.tr("录入服务记录"), "edit": self.tr("修改服务记录"),
                             "correct": self.tr("更正已审核的记录")}[mode])
        self.setMinimumWidth(520)
        self.picker = VolunteerPicker(ctx)
        self.post = QComboBox()
        self.post.setObjectName("post")
        self.day = QDateEdit(QDate.currentDate())
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.start = TimeField(QTime(9, 0))  # typed as on the paper sheet: 930, 9:30
        self.end = TimeField(QTime(11, 0))
        self.break_minutes = QSpinBox()
        self.break_minutes.setRange(0, 1439)
        self.break_minutes.setSuffix(self.tr(" 分钟"))
        self.people = QSpinBox()
        self.people.setRange(0, 100000)
        self.people.setSpecialValueText(self.tr("未填"))
        self.content = QPlainTextEdit()
        self.content.setFixedHeight(60)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.computed = QLabel()
        self.computed.setObjectName("computed")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("志愿者"), self.picker)
        form.addRow(self.tr("服务岗位"), self.post)
        form.addRow(self.tr("日期"), self.day)
        form.addRow(self.tr("开始"), self.start)
        form.addRow(self.tr("结束"), self.end)
        form.addRow(self.tr("休息（扣除）"), self.break_minutes)
        form.addRow(self.tr("服务人次"), self.people)
        form.addRow(self.tr("服务内容"), self.content)
        if mode != "add":
            form.addRow(self.tr("原因") if mode == "correct" else self.tr("修改原因"), self.reason)
            self.reason.setPlaceholderText(self.tr("必填，记入操作日志") if mode == "correct" else self.tr("选填"))
        form.addRow("", self.computed)
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for signal in (self.start.timeChanged, self.end.timeChanged, self.break_minutes.valueChanged,
                       self.day.dateChanged):
            signal.connect(lambda *_: self._recompute())
        ctx.db(list_posts).success(self._fill_posts).start()

    def _fill_posts(self, posts) -> None:
        for p in posts:
            label = p.name if p.counts_as_service else self.tr("{name}（不计入志愿时长）").format(name=p.name)
            self.post.addItem(label, p.id)
        if self.record is not None:
            r = self.record
            self.picker.set_volunteer(r.volunteer_id, r.volunteer_name)
            self.post.setCurrentIndex(max(self.post.findData(r.post_id), 0))
            self.day.setDate(QDate(r.start.year, r.start.month, r.start.day))
            self.start.setTime(QTime(r.start.hour, r.start.minute))
            if r.end:
                self.end.setTime(QTime(r.end.hour, r.end.minute))
            self.break_minutes.setValue(r.break_minutes)
            self.people.setValue(r.people_served or 0)
            self.content.setPlainText(r.content)
        self._recompute()
        self.ready.emit()

    def _span(self) -> tuple[dt.datetime, dt.datetime]:
        d = self.day.date()
        day = dt.date(d.year(), d.month(), d.day())
        s, e = self.start.time(), self.end.time()
        start = dt.datetime.combine(day, dt.time(s.hour(), s.minute())).astimezone()
        end = dt.datetime.combine(day, dt.time(e.hour(), e.minute())).astimezone()
        if end <= start:  # a night shift ends the next day
            end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(e.hour(), e.minute())).astimezone()
        return start, end

    def _recompute(self) -> None:
        start, end = self._span()
        try:
            minutes = check_span(to_min(start), to_min(end), self.break_minutes.value())
        except HoursError as exc:
            self.computed.setText(str(exc))
            return
        overnight = self.tr("（次日结束）") if end.date() != start.date() else ""
        self.computed.setText(self.tr("计 {m} 分钟，{h} 小时{o}").format(m=minutes, h=hours_text(minutes), o=overnight))

    def current_input(self) -> RecordInput | None:
        if self.picker.volunteer_id is None:
            self.message.setText(self.tr("请先选择志愿者"))
            return None
        if self.post.currentData() is None:
            self.message.setText(self.tr("还没有服务岗位，请先在“服务岗位”页新增"))
            return None
        start, end = self._span()
        people = self.people.value() or None
        return RecordInput(self.picker.volunteer_id, self.post.currentData(), start, end,
                           self.break_minutes.value(), people, self.content.toPlainText(), "manual")

    def save(self) -> None:
        inp = self.current_input()
        if inp is None:
            return
        actor, reason = self.ctx.actor(), self.reason.text().strip()
        if self.mode == "add":
            op = self.ctx.op(records.add_record, inp, actor)
        elif self.mode == "edit":
            op = self.ctx.op(review.edit_pending, self.record.id, inp, actor, reason)
        else:
            op = self.ctx.op(review.correct, self.record.id, inp, reason, actor)
        self.buttons.setEnabled(False)
        op.success(self._saved).failure(self._failed).start()

    def _saved(self, rec: RecordView) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(rec)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, HoursError):
            self.message.setText(str(exc))
        else:
            raise exc
