"""Home: scan a card, or type a phone tail or a name. The input field always has the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from station_app.gui.kiosk.widgets import Keypad, keypad_screen, label


class HomeScreen(QWidget):
    submitted = Signal(str)  # what was typed or scanned, stripped

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompt = label(self.tr("请扫描志愿者证，或输入手机尾号 / 姓名"), "heading")
        self.input = QLineEdit()
        self.input.setObjectName("kiosk_input")
        # left-aligned: Qt hides the placeholder of a centred line edit while it has the focus
        self.input.setPlaceholderText(self.tr("在这里输入手机尾号或姓名"))
        self.input.setMaxLength(64)
        self.input.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        self.input.returnPressed.connect(self.submit)
        self.message = label("", "error")
        self.message.setMinimumHeight(48)
        steps = [label(text, "hint", align=Qt.AlignmentFlag.AlignLeft) for text in (
            self.tr("① 刷证：把志愿者证上的二维码对准扫码器"),
            self.tr("② 手机尾号：按右边的数字键输入后 4 位，再按“确定”"),
            self.tr("③ 姓名：用键盘输入姓名，再按“确定”"),
        )]
        self.keypad = Keypad(self.tr("确定"))
        self.keypad.digit.connect(self._digit)
        self.keypad.backspace.connect(self.input.backspace)
        self.keypad.enter.connect(self.submit)

        left = QVBoxLayout()
        left.setSpacing(18)
        left.addStretch(1)
        left.addWidget(self.input)
        left.addWidget(self.message)
        for step in steps:
            left.addWidget(step)
        left.addStretch(1)
        keypad_screen(self, self.prompt, left, self.keypad)

    def _digit(self, d: str) -> None:
        self.input.insert(d)
        self.input.setFocus()

    def submit(self) -> None:
        text = self.input.text().strip()
        if not text:
            self.show_message(self.tr("请先刷证，或输入手机尾号 / 姓名"))
            return
        if text.isdigit() and len(text) < 4:
            self.show_message(self.tr("手机尾号请输入 4 位"))
            return
        self.message.clear()
        self.submitted.emit(text)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.input.setFocus()

    def reset(self) -> None:
        self.input.clear()
        self.message.clear()
        self.input.setFocus()
