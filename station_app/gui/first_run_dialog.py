"""First start: the station profile and the first administrator (站长) account, before the window opens."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from station_app.gui.fit import fit_dialog_to_screen, scrolling_body
from station_app.gui.form_errors import add_row
from station_app.gui.profile_form import ProfileForm
from station_app.staff.accounts import MIN_PASSWORD
from station_app.station.profile import StationProfile


class FirstRunDialog(QDialog):
    """*need_profile* False: a data folder made by ``demo`` or an import has a profile but no staff yet."""

    def __init__(self, parent: QWidget | None = None, need_profile: bool = True) -> None:
        super().__init__(parent)
        self.need_profile = need_profile
        self.setWindowTitle(self.tr("欢迎使用 Station Desk — 设置站点信息") if need_profile
                            else self.tr("欢迎使用 Station Desk — 设置站长账号"))
        self.setMinimumWidth(560)
        if need_profile:
            text = self.tr("<h3>欢迎使用社区志愿服务站工作台</h3>"
                           "<p>请先填写本站信息。它们会出现在志愿服务记录证明和报表上，以后可在“设置”中修改。"
                           "再为站长设置登录密码：站长可以审核时长、出具证明、管理工作人员账号。</p>")
        else:
            text = self.tr("<h3>欢迎使用社区志愿服务站工作台</h3>"
                           "<p>本站还没有工作人员账号。请为站长设置姓名和登录密码；"
                           "值班员的账号由站长在“设置 → 工作人员与锁定”中添加。</p>")
        intro = QLabel(text)
        intro.setWordWrap(True)
        self.form = ProfileForm(None)
        station_box = QGroupBox(self.tr("站点信息"))
        QVBoxLayout(station_box).addWidget(self.form)
        station_box.setVisible(need_profile)

        admin_box = QGroupBox(self.tr("站长账号（管理员）"))
        admin_form = QFormLayout(admin_box)
        self.admin_name = QLineEdit()
        self.admin_name.setObjectName("admin_name")
        self.admin_name.setPlaceholderText(self.tr("您的姓名，登录和操作日志中使用"))
        self.admin_password = QLineEdit()
        self.admin_password.setObjectName("admin_password")
        self.admin_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin_password.setPlaceholderText(self.tr("至少 {n} 个字符").format(n=MIN_PASSWORD))
        self.admin_again = QLineEdit()
        self.admin_again.setObjectName("admin_password_again")
        self.admin_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.name_row = add_row(admin_form, self.tr("站长姓名"), self.admin_name)
        self.password_row = add_row(admin_form, self.tr("登录密码"), self.admin_password)
        self.again_row = add_row(admin_form, self.tr("再输入一次"), self.admin_again)
        self._tried = False  # after 保存 the admin fields are checked as they are typed in
        for edit in (self.admin_name, self.admin_password, self.admin_again):
            edit.textEdited.connect(lambda _t: self._tried and self._check_admin())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存并开始使用"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        body, layout = scrolling_body(self)
        body.addWidget(intro)
        body.addWidget(station_box)
        body.addWidget(admin_box)
        layout.addWidget(buttons)
        fit_dialog_to_screen(self)
        self.result_profile: StationProfile | None = None
        self.result_admin_name = ""
        self.result_password = ""

    def _check_admin(self) -> tuple[str, str] | None:
        """Each admin field's message under that field; (name, password) when all are right."""
        name = " ".join(self.admin_name.text().split())
        password = self.admin_password.text()
        self.name_row.set_error(None if name else self.tr("必填：登录和操作日志需要知道是谁"))
        short = len(password) < MIN_PASSWORD
        self.password_row.set_error(self.tr("至少 {n} 个字符").format(n=MIN_PASSWORD) if short else None)
        differs = not short and password != self.admin_again.text()
        self.again_row.set_error(self.tr("两次输入的密码不一样") if differs else None)
        return (name, password) if name and not short and not differs else None

    def _save(self) -> None:
        self._tried = True
        profile = self.form.validate(show_all=True) if self.need_profile else None
        admin = self._check_admin()
        if (self.need_profile and profile is None) or admin is None:
            return
        self.result_profile = profile
        self.result_admin_name, self.result_password = admin
        self.accept()
