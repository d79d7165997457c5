"""A–Z on screen, large keys: a name found by its pinyin initials without a keyboard or an input method."""

from __future__ import annotations

import string

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from station_app.gui.kiosk.style import KEY_HEIGHT, KEY_MIN_WIDTH
from station_app.gui.kiosk.widgets import big_button

COLUMNS = 7  # 26 letters and 删除 in four rows of seven


class LetterPad(QWidget):
    letter = Signal(str)
    backspace = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self.keys: dict[str, QPushButton] = {}
        for i, ch in enumerate(string.ascii_uppercase):
            key = self._key(ch, "key")
            key.clicked.connect(lambda _=False, c=ch: self.letter.emit(c))
            self.keys[ch] = key
            grid.addWidget(key, i // COLUMNS, i % COLUMNS)
        self.delete_key = self._key(self.tr("删除"), "key_small")
        self.delete_key.clicked.connect(self.backspace)
        grid.addWidget(self.delete_key, 3, 5, 1, 2)

    def _key(self, text: str, role: str) -> QPushButton:
        key = big_button(text, role, KEY_HEIGHT)
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        key.setMinimumWidth(KEY_MIN_WIDTH)
        return key
