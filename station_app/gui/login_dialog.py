"""The log-in screen: at start, and again when the session locks after idle time.

The check runs on the database worker (scrypt takes a moment). After five wrong
passwords the core makes the account wait; the screen counts the wait down and
keeps the button disabled until it is over.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.gui.context import AppContext
from station_app.staff.accounts import LoginFailed, StaffView, active_names, log_in

STYLE = """
#login_header { background: #1f3a5f; }
#login_station { color: white; font-size: 18px; font-weight: bold; }
#login_app { color: #c9d6e6; font-size: 12px; }
#login_error { color: #c0392b; }
#login_locked { color: #7d6608; background: #fcf3cf; border: 1px solid #f4d03f; border-radius: 4px; padding: 6px; }
QPushButton#login_button { padding: 6px 18px; font-size: 14px; }
"""


class LoginDialog(QDialog):
    logged_in = Signal(object)  # StaffView
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, locked: bool | str = False,
                 names: list[str] | None = None) -> None:
        """*names*: the active staff, read by the caller; read here (on the worker) when None."""
        super().__init__(parent)
        self.ctx = ctx
        self.staff: StaffView | None = None
        self._wait_left = 0
        self.setObjectName("login_dialog")
        self.setWindowTitle(self.tr("登录 — Station Desk"))
        self.setStyleSheet(STYLE)
        self.setFixedWidth(440)

        header = QFrame()
        header.setObjectName("login_header")
        station = QLabel(ctx.profile.name if ctx.profile else self.tr("社区志愿服务站"))
        station.setObjectName("login_station")
        app = QLabel(self.tr("Station Desk 社区志愿服务站工作台 · 工作人员登录"))
        app.setObjectName("login_app")
        head = QVBoxLayout(header)
        head.setContentsMargins(20, 16, 20, 16)
        head.addWidget(station)
        head.addWidget(app)

        note = locked if isinstance(locked, str) else self.tr("无人操作，已自动锁定。请重新登录；换班时由接班的工作人员登录。")
        self.locked_note = QLabel(note)
        self.locked_note.setObjectName("login_locked")
        self.locked_note.setWordWrap(True)
        self.locked_note.setVisible(bool(locked))

        self.name = QComboBox()
        self.name.setObjectName("login_name")
        self.name.setMinimumWidth(240)
        self.password = QLineEdit()
        self.password.setObjectName("login_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("输入密码后按回车"))
        self.error = QLabel()
        self.error.setObjectName("login_error")
        self.error.setWordWrap(True)
        self.login_button = QPushButton(self.tr("登录"))
        self.login_button.setObjectName("login_button")
        self.login_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("退出程序"))

        form = QFormLayout()
        form.setContentsMargins(20, 12, 20, 0)
        form.addRow(self.tr("工作人员"), self.name)
        form.addRow(self.tr("密码"), self.password)
        buttons = QVBoxLayout()
        buttons.setContentsMargins(20, 0, 20, 16)
        buttons.addWidget(self.error)
        buttons.addWidget(self.login_button)
        buttons.addWidget(self.quit_button, 0, Qt.AlignmentFlag.AlignRight)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(header)
        if locked:
            note_box = QVBoxLayout()
            note_box.setContentsMargins(20, 12, 20, 0)
            note_box.addWidget(self.locked_note)
            layout.addLayout(note_box)
        layout.addLayout(form)
        layout.addLayout(buttons)

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self.login_button.clicked.connect(self.try_login)
        self.password.returnPressed.connect(self.try_login)
        self.quit_button.clicked.connect(self.reject)
        self.name.currentTextChanged.connect(lambda _n: self._stop_wait())
        if names is None:
            self.login_button.setEnabled(False)
            ctx.db(active_names).success(self.set_names).start()
        else:
            self.set_names(names)

    def set_names(self, names: list[str]) -> None:
        self.name.clear()
        self.name.addItems(names)
        current = self.ctx.operator
        if current in names:
            self.name.setCurrentText(current)  # after a lock, the person who was on duty comes first
        self.login_button.setEnabled(bool(names))
        self.password.setFocus()

    def try_login(self) -> None:
        if not self.login_button.isEnabled():
            return
        name, password = self.name.currentText(), self.password.text()
        if not password:
            self.error.setText(self.tr("请输入密码"))
            return
        self.login_button.setEnabled(False)
        self.error.setText(self.tr("正在核对…"))
        self.ctx.db(log_in, name, password).success(self._ok).failure(self._refused).start()

    def _ok(self, staff: StaffView) -> None:
        self.staff = staff
        self.password.clear()
        self.error.clear()
        self.logged_in.emit(staff)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.password.clear()
        self.password.setFocus()
        if not isinstance(exc, LoginFailed):
            self.login_button.setEnabled(True)
            self.error.setText(self.tr("无法登录：{e}").format(e=exc))
            self.failed.emit(str(exc))
            return
        self.error.setText(str(exc))
        self.failed.emit(str(exc))
        if exc.wait_seconds:
            self._wait_left = exc.wait_seconds
            self.login_button.setText(self.tr("请等待 {s} 秒").format(s=self._wait_left))
            self._tick.start()
        else:
            self.login_button.setEnabled(True)

    def _count_down(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._stop_wait()
            return
        self.login_button.setText(self.tr("请等待 {s} 秒").format(s=self._wait_left))

    def _stop_wait(self) -> None:
        self._tick.stop()
        self._wait_left = 0
        self.login_button.setText(self.tr("登录"))
        self.login_button.setEnabled(self.name.count() > 0)

    @property
    def waiting(self) -> bool:
        return self._tick.isActive()

    def done(self, result: int) -> None:
        self._tick.stop()
        super().done(result)
