"""Staff leave kiosk mode with their PIN: a masked field and a big keypad."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from station_app.gui.kiosk.widgets import Keypad, big_button, keypad_screen, label


class PinScreen(QWidget):
    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = label(self.tr("工作人员退出签到机"), "heading")
        self.hint = label(self.tr("请输入工作人员 PIN，再按“确定”"), "hint")
        self.input = QLineEdit()
        self.input.setObjectName("pin_input")
        self.input.setEchoMode(QLineEdit.EchoMode.Password)
        self.input.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.input.setMaxLength(8)
        self.input.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), self.input))
        self.input.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.input.returnPressed.connect(self.submit)
        self.message = label("", "error")
        self.message.setMinimumHeight(48)
        self.keypad = Keypad(self.tr("确定"))
        self.keypad.digit.connect(self._digit)
        self.keypad.backspace.connect(self.input.backspace)
        self.keypad.enter.connect(self.submit)
        self.cancel_button = big_button(self.tr("取消，回到签到"))
        self.cancel_button.clicked.connect(self.cancelled)

        left = QVBoxLayout()
        left.setSpacing(18)
        left.addStretch(1)
        left.addWidget(self.hint)
        left.addWidget(self.input)
        left.addWidget(self.message)
        left.addStretch(1)
        left.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        keypad_screen(self, self.heading, left, self.keypad)

    def _digit(self, d: str) -> None:
        self.input.insert(d)
        self.input.setFocus()

    def submit(self) -> None:
        pin = self.input.text()
        if not pin:
            self.show_error(self.tr("请先输入 PIN"))
            return
        self.set_busy(True)
        self.submitted.emit(pin)

    def set_busy(self, busy: bool) -> None:
        self.keypad.setEnabled(not busy)
        self.input.setReadOnly(busy)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.input.clear()
        self.message.setText(text)
        self.input.setFocus()

    def reset(self) -> None:
        self.set_busy(False)
        self.input.clear()
        self.message.clear()
        self.input.setFocus()
