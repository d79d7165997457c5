"""登记表彰奖励 for one volunteer: the form, saved through record_kinds.awards (the rules live there)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from station_app.gui.context import AppContext
from station_app.gui.dialog_buttons import save_cancel_buttons
from station_app.i18n import translate
from station_app.record_kinds.awards import AwardInput, add_award
from station_app.record_kinds.common import LEVELS


class AwardDialog(QDialog):
    saved = Signal(int)

    def __init__(self, ctx: AppContext, volunteer_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.volunteer_id = ctx, volunteer_id
        self.setWindowTitle(self.tr("登记表彰奖励：{name}").format(name=name))
        self.setMinimumWidth(480)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("如：优秀志愿者"))
        self.level = QComboBox()
        for code, label in LEVELS.items():
            self.level.addItem(translate("record_kinds", label), code)
        self.awarded_by = QLineEdit()
        self.awarded_by.setPlaceholderText(self.tr("如：朝西街道办事处"))
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.note = QLineEdit()
        self.message = QLabel()
        self.message.setObjectName("error_summary")
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("表彰名称"), self.title)
        form.addRow(self.tr("级别"), self.level)
        form.addRow(self.tr("授予单位"), self.awarded_by)
        form.addRow(self.tr("表彰日期"), self.day)
        form.addRow(self.tr("备注"), self.note)
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        inp = AwardInput(self.volunteer_id, self.title.text(), self.level.currentData(), self.awarded_by.text(),
                         self.day.date().toPython(), self.note.text())
        self.buttons.setEnabled(False)
        self.ctx.op(add_award, inp, self.ctx.actor()).success(self._saved).failure(self._failed).start()

    def _saved(self, made) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(made.id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(str(exc))
