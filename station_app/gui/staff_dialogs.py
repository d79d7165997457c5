"""Staff accounts in the window: the settings tab that lists them, adding one, passwords."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.gui.context import AppContext
from station_app.gui.dialog_buttons import save_cancel_buttons
from station_app.gui.form_errors import add_row
from station_app.staff import accounts
from station_app.staff.accounts import MIN_PASSWORD, StaffView
from station_app.staff.roles import ADMIN, OPERATOR


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _change_own(name: str, old: str, new: str, actor) -> None:
    staff = next((s for s in accounts.list_staff() if s.name == name), None)
    if staff is None:
        raise ValueError(name)
    accounts.change_password(staff.id, new, actor, old_password=old)


class OwnPasswordDialog(QDialog):
    """Any staff member changes their own password (giving the old one)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("修改我的密码"))
        form = QFormLayout()
        self.old = _password_edit("old_password")
        self.new = _password_edit("new_password")
        self.again = _password_edit("new_password_again")
        form.addRow(self.tr("工作人员"), QLabel(ctx.operator))
        add_row(form, self.tr("原密码"), self.old)
        self.new_row = add_row(form, self.tr("新密码"), self.new)
        add_row(form, self.tr("再输入一次"), self.again)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b;")
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        new = self.new.text()
        if len(new) < MIN_PASSWORD:
            self.new_row.set_error(self.tr("至少 {n} 个字符").format(n=MIN_PASSWORD))
            return
        if new != self.again.text():
            self.new_row.set_error(self.tr("两次输入的新密码不一样"))
            return
        self.new_row.set_error(None)
        self.buttons.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.error.setText(str(exc))

        self.ctx.op(_change_own, self.ctx.operator, self.old.text(), new, self.ctx.actor()).success(
            lambda _n: self.accept()).failure(failed).start()


class AddStaffDialog(QDialog):
    """Name, role and a first password for a new account (the person can change it later)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("添加工作人员"))
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("staff_name")
        self.role = QComboBox()
        self.role.addItem(self.tr("值班员"), OPERATOR)
        self.role.addItem(self.tr("站长（管理员）"), ADMIN)
        self.password = _password_edit("staff_password")
        self.again = _password_edit("staff_password_again")
        self.name_row = add_row(form, self.tr("姓名"), self.name)
        form.addRow(self.tr("角色"), self.role)
        self.password_row = add_row(form, self.tr("初始密码"), self.password)
        add_row(form, self.tr("再输入一次"), self.again)
        note = QLabel(self.tr("站长可以审核时长、出具和作废证明、导出或查看完整号码、修改设置；值班员负责日常录入。"))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("添加"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def values(self) -> tuple[str, str, str]:
        return " ".join(self.name.text().split()), self.role.currentData(), self.password.text()

    def _check(self) -> None:
        name, _role, password = self.values()
        self.name_row.set_error(None if name else self.tr("必填"))
        if len(password) < MIN_PASSWORD:
            self.password_row.set_error(self.tr("至少 {n} 个字符").format(n=MIN_PASSWORD))
        elif password != self.again.text():
            self.password_row.set_error(self.tr("两次输入的密码不一样"))
        else:
            self.password_row.set_error(None)
            if name:
                self.accept()


class StaffPanel(QWidget):
    """The settings tab: who may log in; add, disable or re-enable, reset a forgotten password."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list = QListWidget()
        self.list.setObjectName("staff_list")
        self.add_button = QPushButton(self.tr("添加…"))
        self.toggle_button = QPushButton(self.tr("停用"))
        self.reset_button = QPushButton(self.tr("重设密码…"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.toggle_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add_staff)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.reset_button.clicked.connect(lambda: self.reset_selected())
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        self.ctx.db(accounts.list_staff).success(self._show).start()

    def _show(self, staff: list[StaffView]) -> None:
        self.list.clear()
        for s in staff:
            role = self.tr("站长") if s.is_admin else self.tr("值班员")
            text = self.tr("{name}　{role}").format(name=s.name, role=role)
            if not s.active:
                text += self.tr("（已停用）")
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, s)
        self._update_buttons()

    def selected(self) -> StaffView | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _update_buttons(self) -> None:
        s = self.selected()
        self.toggle_button.setEnabled(s is not None)
        self.reset_button.setEnabled(s is not None)
        self.toggle_button.setText(self.tr("恢复启用") if s and not s.active else self.tr("停用"))

    def _done(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)
        self.refresh()
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setText(str(exc))

    def add_staff(self) -> None:
        dialog = AddStaffDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.create(*dialog.values()))
        self.add_dialog = dialog
        dialog.open()

    def create(self, name: str, role: str, password: str) -> None:
        self.ctx.op(accounts.create_staff, name, role, password, self.ctx.actor()).success(
            lambda s: self._done(self.tr("已添加：{name}").format(name=s.name))).failure(self._failed).start()

    def toggle_selected(self) -> None:
        s = self.selected()
        if s is not None:
            self.ctx.op(accounts.set_active, s.id, not s.active, self.ctx.actor()).success(
                lambda v: self._done(self.tr("已更新：{name}").format(name=v.name))).failure(self._failed).start()

    def reset_selected(self, password: str | None = None) -> None:
        s = self.selected()
        if s is None:
            return
        if password is None:
            password, ok = QInputDialog.getText(self, self.tr("重设密码"), self.tr(
                "为 {name} 设置新密码（至少 {n} 个字符），请当面告诉本人并提醒其登录后修改：").format(
                name=s.name, n=MIN_PASSWORD), QLineEdit.EchoMode.Password)
            if not ok:
                return
        self.ctx.op(accounts.change_password, s.id, password, self.ctx.actor()).success(
            lambda _n: self._done(self.tr("已重设 {name} 的密码").format(name=s.name))).failure(self._failed).start()
