"""登记培训: one session and its attendance grid (who came, and whether they completed it).

Volunteers are added to the grid with the picker; each row has its result. Saved through
record_kinds.training in one transaction (each attendance goes to the platform); training time
never counts as service time.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.gui.context import AppContext
from station_app.gui.dialog_buttons import save_cancel_buttons
from station_app.gui.time_field import TimeField, parse_time
from station_app.gui.volunteer_picker import VolunteerPicker
from station_app.i18n import translate
from station_app.record_kinds.common import RESULTS
from station_app.record_kinds.training import Attendee, SessionInput, add_training


class TrainingDialog(QDialog):
    saved = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("登记培训"))
        self.resize(640, 560)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("如：急救技能培训"))
        self.organiser = QLineEdit()
        self.place = QLineEdit()
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.start, self.end = TimeField(QTime(9, 0)), TimeField(QTime(11, 0))
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("至")))
        times.addWidget(self.end)
        form = QFormLayout()
        form.addRow(self.tr("培训名称"), self.title)
        form.addRow(self.tr("主办单位"), self.organiser)
        form.addRow(self.tr("地点"), self.place)
        form.addRow(self.tr("日期"), self.day)
        form.addRow(self.tr("时间"), times)
        self.picker = VolunteerPicker(ctx)
        self.picker.chosen.connect(self.add_attendee)
        self.grid = QTableWidget(0, 3)
        self.grid.setObjectName("attendance_grid")
        self.grid.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("结果"), ""])
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.verticalHeader().hide()
        self.attendees: list[int] = []
        self.message = QLabel()
        self.message.setObjectName("error_summary")
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        self.buttons = save_cancel_buttons(self, self.save)
        self.buttons.setEnabled(ctx.is_admin)
        if not ctx.is_admin:
            self.message.setText(self.tr("只有站长可以登记培训（会同步到平台）"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("签到名单（培训时长不计入志愿服务时长）")))
        layout.addWidget(self.picker)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def add_attendee(self, volunteer_id: int) -> None:
        if volunteer_id in self.attendees:
            return
        self.attendees.append(volunteer_id)
        row = self.grid.rowCount()
        self.grid.insertRow(row)
        self.grid.setItem(row, 0, QTableWidgetItem(self.picker.label.text().split("：", 1)[-1] or str(volunteer_id)))
        result = QComboBox()
        for code, label in RESULTS.items():
            result.addItem(translate("record_kinds", label), code)
        self.grid.setCellWidget(row, 1, result)
        remove = QPushButton(self.tr("移除"))
        remove.clicked.connect(lambda: self._remove(volunteer_id))
        self.grid.setCellWidget(row, 2, remove)

    def _remove(self, volunteer_id: int) -> None:
        row = self.attendees.index(volunteer_id)
        self.attendees.pop(row)
        self.grid.removeRow(row)

    def result_box(self, row: int) -> QComboBox:
        box = self.grid.cellWidget(row, 1)
        assert isinstance(box, QComboBox)
        return box

    def _moment(self, field: TimeField) -> dt.datetime | None:
        t = parse_time(field.text())
        if t is None:
            return None
        return dt.datetime.combine(self.day.date().toPython(), t.toPython()).astimezone()

    def save(self) -> None:
        start, end = self._moment(self.start), self._moment(self.end)
        if start is None or end is None:
            self.message.setText(self.tr("请填写培训的开始和结束时间，如 9:00"))
            return
        session = SessionInput(self.title.text(), start, end, self.organiser.text(), self.place.text())
        people = [Attendee(vid, self.result_box(row).currentData()) for row, vid in enumerate(self.attendees)]
        self.buttons.setEnabled(False)
        self.ctx.op(add_training, session, people, self.ctx.actor()).success(self._saved).failure(self._failed).start()

    def _saved(self, made) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(made.id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(str(exc))
