"""Settings: the station profile and who is on duty."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QTabWidget, QVBoxLayout,
                               QWidget)

from station_app import config
from station_app.gui.context import AppContext
from station_app.gui.form_errors import add_row
from station_app.gui.profile_form import ProfileForm
from station_app.station import settings
from station_app.station.profile import save_profile


def _save_all(profile, operator: str, actor) -> None:
    save_profile(profile, actor)
    settings.put(config.OPERATOR_NAME, operator, actor)


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("设置"))
        self.setMinimumWidth(560)
        tabs = QTabWidget()
        self.form = ProfileForm(ctx.profile)
        tabs.addTab(self.form, self.tr("站点信息"))
        operator_page = QWidget()
        op_form = QFormLayout(operator_page)
        self.operator = QLineEdit(ctx.operator)
        self.operator.setObjectName("operator_name")
        self.operator_row = add_row(op_form, self.tr("当前值班员"), self.operator)
        hint = QLabel(self.tr("工作人员登录功能上线前，操作日志以此姓名记录操作人。"))
        hint.setWordWrap(True)
        op_form.addRow("", hint)
        data_dir = QLabel(str(ctx.data_dir))
        data_dir.setTextInteractionFlags(data_dir.textInteractionFlags() | data_dir.textInteractionFlags().TextSelectableByMouse)
        op_form.addRow(self.tr("数据文件夹"), data_dir)
        tabs.addTab(operator_page, self.tr("值班员"))
        self.tabs = tabs
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        profile = self.form.validate(show_all=True)
        operator = " ".join(self.operator.text().split())
        self.operator_row.set_error(None if operator else self.tr("必填"))
        if profile is None:
            self.tabs.setCurrentIndex(0)
            return
        if not operator:
            self.tabs.setCurrentIndex(1)
            return
        actor = self.ctx.actor()
        self.buttons.setEnabled(False)

        def done(_none) -> None:
            self.ctx.profile = profile
            self.ctx.operator = operator
            self.ctx.changes.station.emit()
            self.ctx.changes.operator.emit()
            self.accept()

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.error.setText(self.tr("保存失败：{e}").format(e=exc))

        self.ctx.db(_save_all, profile, operator, actor).success(done).failure(failed).start()
