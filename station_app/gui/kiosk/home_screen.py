"""Home: scan a card, tap a phone tail, or tap the pinyin initials of a name; no 确定 needed.

What is typed is looked up by itself (after the 4th digit of a phone tail, after each letter):
exactly one person opens their screen at once, several are shown here as big buttons with
name and masked phone. A name typed on a keyboard or a scanned card still works with Enter.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from station_app.gui.kiosk.choice_list import ChoiceList
from station_app.gui.kiosk.letter_pad import LetterPad
from station_app.gui.kiosk.widgets import ChoiceButton, Keypad, label
from station_app.kiosk.service import Candidate, Identified

SEARCH_DELAY_MS = 250  # a card scanner types a whole code within this; a finger does not


def search_kind(text: str) -> str | None:
    """How *text* is looked up as it is typed: phone tail, initials, name; None: not yet."""
    if text.isdigit():
        return "phone" if len(text) >= 4 else None
    if text.isascii() and text.isalpha():
        return "initials"
    if not text.isascii():
        return "name"
    return None  # a card code on its way: wait for the scanner's Enter


class HomeScreen(QWidget):
    submitted = Signal(str)  # Enter: a scan, or a name typed on a keyboard
    search = Signal(str, str)  # (kind, text): look it up now
    picked = Signal(int)  # a person tapped in the results

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompt = label(self.tr("请刷证，或点手机号后 4 位，或点姓名首字母"), "heading")
        self.input = QLineEdit()
        self.input.setObjectName("kiosk_input")
        self.input.setProperty("compact", True)  # 72 px: room for four rows of keys on a 768-pixel screen
        # left-aligned: Qt hides the placeholder of a centred line edit while it has the focus
        self.input.setPlaceholderText(self.tr("手机号后 4 位，或姓名首字母"))
        self.input.setMaxLength(64)
        self.input.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        self.input.returnPressed.connect(self.submit)
        self.input.textChanged.connect(self._changed)
        self.message = label("", "error")
        self.message.setMinimumHeight(36)

        steps = QHBoxLayout()
        steps.setSpacing(24)
        for text in (self.tr("① 刷证：二维码对准扫码器"), self.tr("② 手机号后 4 位：点左边数字"),
                     self.tr("③ 姓名首字母：白洋淑 点 B Y S")):
            steps.addWidget(label(text, "step", align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), 1)
        steps_box = QWidget()
        steps_box.setLayout(steps)
        self.results = ChoiceList(columns=3)
        self.results_hint = label("", "hint")
        results_box = QWidget()
        rb = QVBoxLayout(results_box)
        rb.setContentsMargins(0, 0, 0, 0)
        rb.addWidget(self.results_hint)
        rb.addWidget(self.results, 1)
        self.middle = QStackedWidget()  # the steps until something is typed, then who matches
        self.middle.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.middle.addWidget(steps_box)
        self.middle.addWidget(results_box)

        self.keypad = Keypad(self.tr("查找"))
        self.keypad.digit.connect(self._insert)
        self.keypad.backspace.connect(self._backspace)
        self.keypad.enter.connect(self.submit)
        self.letters = LetterPad()
        self.letters.letter.connect(self._insert)
        self.letters.backspace.connect(self._backspace)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search_now)

        pads = QHBoxLayout()
        pads.setSpacing(28)
        pads.addWidget(self.keypad, 3)
        pads.addWidget(self.letters, 7)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 12, 40, 16)
        layout.setSpacing(8)
        layout.addWidget(self.prompt)
        layout.addWidget(self.input)
        layout.addWidget(self.message)
        self.results.setMinimumHeight(0)
        steps_box.setMinimumHeight(0)
        results_box.setMinimumHeight(0)
        self.middle.setMinimumHeight(0)  # a row of names, the rest scrolls: the keys keep their size
        layout.addWidget(self.middle, 1)
        layout.addLayout(pads, 3)

    def fit_screen(self, height: int) -> None:
        """The keys first: the steps (or who matches) get a fifth of a *height*-pixel screen, at least a
        row of names where there is room; on a big screen the keys grow instead. Set once, when the
        kiosk is shown (changing a size limit while the window is being resized can undo full screen)."""
        self.middle.setMaximumHeight(max(120, height // 5))

    def _insert(self, text: str) -> None:
        self.input.insert(text)
        self.input.setFocus()

    def _backspace(self) -> None:
        self.input.backspace()
        self.input.setFocus()

    def _changed(self, text: str) -> None:
        self.message.clear()
        if not text.strip():
            self._timer.stop()
            self.middle.setCurrentIndex(0)
            return
        self._timer.start()

    def _search_now(self) -> None:
        text = self.input.text().strip()
        kind = search_kind(text)
        if kind is not None:
            self.search.emit(kind, text)

    def show_results(self, text: str, found: Identified) -> bool:
        """The answer to a search for *text*; False when the field has changed since (dropped)."""
        if self.input.text().strip() != text:
            return False
        if not found.candidates:
            self.middle.setCurrentIndex(0)
            self.message.setText(self.tr("没有找到“{text}”，请再看看，或找工作人员").format(text=text))
            return True
        self.results.set_buttons([self._button(c) for c in found.candidates])
        self.results_hint.setText(self.tr("请点一下您的名字"))
        self.middle.setCurrentIndex(1)
        return True

    def _button(self, c: Candidate) -> ChoiceButton:
        detail = self.tr("手机 {phone}").format(phone=c.phone_masked) if c.phone_masked else ""
        button = ChoiceButton(c.name, detail)
        button.setObjectName(f"candidate_{c.volunteer_id}")
        button.clicked.connect(lambda _=False, vid=c.volunteer_id: self.picked.emit(vid))
        return button

    def submit(self) -> None:
        self._timer.stop()
        text = self.input.text().strip()
        if not text:
            self.show_message(self.tr("请先刷证，或输入手机号后 4 位 / 姓名首字母"))
            return
        if text.isdigit() and len(text) < 4:
            self.show_message(self.tr("手机号请输入后 4 位"))
            return
        self.message.clear()
        self.submitted.emit(text)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.input.setFocus()

    def reset(self) -> None:
        self._timer.stop()
        self.input.clear()
        self.message.clear()
        self.middle.setCurrentIndex(0)
        self.input.setFocus()
