"""First start: the station profile and who is on duty, kept before the window opens."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from station_app.gui.form_errors import add_row
from station_app.gui.profile_form import ProfileForm
from station_app.station.profile import StationProfile


class FirstRunDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("欢迎使用 Station Desk — 设置站点信息"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr(
            "<h3>欢迎使用社区志愿服务站工作台</h3>"
            "<p>请先填写本站信息。它们会出现在志愿服务记录证明和报表上，以后可在“设置”中修改。</p>"
        ))
        intro.setWordWrap(True)
        self.form = ProfileForm(None)
        station_box = QGroupBox(self.tr("站点信息"))
        QVBoxLayout(station_box).addWidget(self.form)

        operator_box = QGroupBox(self.tr("当前值班员"))
        op_form = QFormLayout(operator_box)
        self.operator = QLineEdit()
        self.operator.setObjectName("operator_name")
        self.operator.setPlaceholderText(self.tr("您的姓名，记录在操作日志中"))
        self.operator_row = add_row(op_form, self.tr("值班员姓名"), self.operator)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存并开始使用"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(station_box)
        layout.addWidget(operator_box)
        layout.addWidget(buttons)
        self.result_profile: StationProfile | None = None

    def _save(self) -> None:
        profile = self.form.validate(show_all=True)
        operator = " ".join(self.operator.text().split())
        self.operator_row.set_error(None if operator else self.tr("必填：操作日志需要记录是谁做的修改"))
        if profile is None or not operator:
            return
        self.result_profile = profile
        self.result_operator = operator
        self.accept()
