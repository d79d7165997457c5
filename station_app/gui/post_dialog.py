"""Add or edit a duty post (服务岗位)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station_app.errors import ValidationFailed
from station_app.gui.context import AppContext
from station_app.gui.dialog_buttons import save_cancel_buttons
from station_app.gui.form_errors import add_row
from station_app.posts.service import CATEGORIES, PostInput, PostView, create_post, update_post


class PostDialog(QDialog):
    saved = Signal(object)

    def __init__(self, ctx: AppContext, post: PostView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.post = ctx, post
        self.setWindowTitle(self.tr("新增服务岗位") if post is None else self.tr("编辑服务岗位"))
        self.setMinimumWidth(480)
        form = QFormLayout()
        self.name = QLineEdit(post.name if post else "")
        self.name.setObjectName("post_name")
        self.code = QLineEdit(post.code if post else "")
        self.code.setObjectName("post_code")
        self.code.setPlaceholderText(self.tr("例如 P-GARBAGE-01"))
        self.place = QLineEdit(post.place if post else "")
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItems(CATEGORIES)
        self.category.setEditText(post.category if post else CATEGORIES[0])
        self.description = QPlainTextEdit(post.description if post else "")
        self.description.setFixedHeight(60)
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 9999)
        self.capacity.setSpecialValueText(self.tr("不限"))
        self.capacity.setValue(post.capacity or 0 if post else 0)
        self.counts = QCheckBox(self.tr("计入志愿服务时长"))
        self.counts.setChecked(post.counts_as_service if post else True)
        hint = QLabel(self.tr("日常值班、内部会议、捐赠等不计入志愿服务时长：时间照常记录，但不算志愿服务小时。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #566573;")
        self.active = QCheckBox(self.tr("启用"))
        self.active.setChecked(post.active if post else True)
        self.rows = {
            "name": add_row(form, self.tr("岗位名称"), self.name),
            "code": add_row(form, self.tr("岗位编码"), self.code),
            "place": add_row(form, self.tr("地点"), self.place),
            "category": add_row(form, self.tr("类别"), self.category),
            "description": add_row(form, self.tr("说明"), self.description),
            "capacity": add_row(form, self.tr("人数上限"), self.capacity),
        }
        form.addRow("", self.counts)
        form.addRow("", hint)
        form.addRow("", self.active)
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def current_input(self) -> PostInput:
        return PostInput(self.name.text(), self.code.text(), self.place.text(), self.category.currentText(),
                         self.description.toPlainText(), self.capacity.value() or None, self.counts.isChecked(),
                         self.active.isChecked())

    def save(self) -> None:
        inp, actor = self.current_input(), self.ctx.actor()
        op = self.ctx.op(create_post, inp, actor) if self.post is None else self.ctx.op(update_post, self.post.id, inp, actor)
        op.success(self._saved).failure(self._failed).start()

    def _saved(self, post: PostView) -> None:
        self.saved.emit(post)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationFailed):
            raise exc
        messages = {e.field: e.message for e in exc.errors}
        for key, row in self.rows.items():
            row.set_error(messages.get(key))
