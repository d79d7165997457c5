"""登记评价或被投诉 for one volunteer: a rating for an evaluation, what happened and how it was settled for a complaint."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from station_app.gui.context import AppContext
from station_app.gui.dialog_buttons import save_cancel_buttons
from station_app.i18n import translate
from station_app.record_kinds.common import RATINGS, TYPES
from station_app.record_kinds.evaluations import EvaluationInput, add_evaluation


def _date_edit(day: QDate) -> QDateEdit:
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class EvaluationDialog(QDialog):
    saved = Signal(int)

    def __init__(self, ctx: AppContext, volunteer_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.volunteer_id = ctx, volunteer_id
        self.setWindowTitle(self.tr("登记评价或投诉：{name}").format(name=name))
        self.setMinimumWidth(520)
        self.type = QComboBox()
        for code, label in TYPES.items():
            self.type.addItem(translate("record_kinds", label), code)
        today = QDate.currentDate()
        self.period_start = _date_edit(QDate(today.year(), 1, 1))
        self.period_end = _date_edit(today)
        self.rating = QComboBox()
        for code, label in RATINGS.items():
            self.rating.addItem(translate("record_kinds", label), code)
        self.comment = QPlainTextEdit()
        self.comment.setMaximumHeight(90)
        self.comment_label = QLabel(self.tr("评语"))
        self.evaluated_by = QLineEdit()
        self.message = QLabel()
        self.message.setObjectName("error_summary")
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("类型"), self.type)
        form.addRow(self.tr("评价期起始"), self.period_start)
        form.addRow(self.tr("评价期截止"), self.period_end)
        self.rating_label = QLabel(self.tr("等次"))
        form.addRow(self.rating_label, self.rating)
        form.addRow(self.comment_label, self.comment)
        form.addRow(self.tr("评价人"), self.evaluated_by)
        self.type.currentIndexChanged.connect(self._type_changed)
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _type_changed(self) -> None:
        complaint = self.type.currentData() == "complaint"
        self.rating.setVisible(not complaint)
        self.rating_label.setVisible(not complaint)
        self.comment_label.setText(self.tr("投诉内容和处理结果") if complaint else self.tr("评语"))

    def save(self) -> None:
        complaint = self.type.currentData() == "complaint"
        inp = EvaluationInput(self.volunteer_id, self.period_start.date().toPython(), self.period_end.date().toPython(),
                              None if complaint else self.rating.currentData(), self.comment.toPlainText(),
                              self.evaluated_by.text(), type=self.type.currentData())
        self.buttons.setEnabled(False)
        self.ctx.op(add_evaluation, inp, self.ctx.actor()).success(self._saved).failure(self._failed).start()

    def _saved(self, made) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(made.id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(str(exc))
