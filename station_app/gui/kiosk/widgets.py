"""Building blocks shared by the kiosk screens: big buttons, a two-line choice button, a numeric keypad."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from station_app.gui.kiosk.style import BUTTON_HEIGHT, CHOICE_HEIGHT, KEY_HEIGHT, KEY_MIN_WIDTH


def big_button(text: str, role: str = "", height: int = BUTTON_HEIGHT) -> QPushButton:
    """A touch button. It never takes keyboard focus, so the scanner's text keeps going to the input field."""
    button = QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setMinimumHeight(height)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    if role:
        button.setProperty("role", role)
    return button


def label(text: str = "", name: str = "", wrap: bool = True,
          align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> QLabel:
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    widget.setAlignment(align)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


class ChoiceButton(QPushButton):
    """A big button with a bold first line (a post, a name), a plainer second line and an optional badge."""

    def __init__(self, title: str, detail: str = "", mark: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "choice")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(CHOICE_HEIGHT)
        # Ignored across: columns of choices share the width equally whatever their text
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # a long second line wraps and the button grows, instead of clipping it
        self.setSizePolicy(policy)
        self.title = label(title, "choice_title", wrap=False, align=Qt.AlignmentFlag.AlignLeft)
        self.detail = label(detail, "choice_detail", wrap=True, align=Qt.AlignmentFlag.AlignLeft)
        self.mark = label(mark, "choice_mark", wrap=False)
        for w in (self.title, self.detail, self.mark):
            w.setParent(self)  # before any show/hide: a parentless label shown would be a window of its own
            w.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.detail.setHidden(not detail)
        self.mark.setHidden(not mark)
        first = QHBoxLayout()
        first.setSpacing(12)
        first.addWidget(self.title, 1)
        first.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 10, 20, 10)
        box.setSpacing(2)
        box.addLayout(first)
        box.addWidget(self.detail)

    # QPushButton sizes itself by its own text; this one is sized by the labels it holds.
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = self.layout().totalSizeHint()
        return QSize(hint.width(), max(CHOICE_HEIGHT, hint.height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.layout().totalMinimumSize().width(), CHOICE_HEIGHT)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return max(CHOICE_HEIGHT, self.layout().totalHeightForWidth(width))

    def text(self) -> str:  # what a test or a screen reader reads
        parts = [self.title.text(), "" if self.mark.isHidden() else self.mark.text(),
                 "" if self.detail.isHidden() else self.detail.text()]
        return " ".join(p for p in parts if p)


class Keypad(QWidget):
    """0–9, 删除 and 确定 in a telephone layout, keys 80 px or more."""

    digit = Signal(str)
    backspace = Signal()
    enter = Signal()

    def __init__(self, enter_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self.keys: dict[str, QPushButton] = {}
        for i, d in enumerate("123456789"):
            self._add(grid, d, "key", i // 3, i % 3)
        self.delete_key = self._add(grid, self.tr("删除"), "key_small", 3, 0)
        self._add(grid, "0", "key", 3, 1)
        self.enter_key = self._add(grid, enter_text, "primary", 3, 2)
        self.enter_key.setStyleSheet("padding: 0;")
        self.delete_key.clicked.connect(self.backspace)
        self.enter_key.clicked.connect(self.enter)

    def _add(self, grid: QGridLayout, text: str, role: str, row: int, col: int) -> QPushButton:
        key = big_button(text, role, KEY_HEIGHT)
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)  # a large screen, large keys
        key.setMinimumWidth(KEY_MIN_WIDTH)  # not the style's 80-px button minimum: ten keys share a row
        if text.isdigit():
            key.clicked.connect(lambda _=False, t=text: self.digit.emit(t))
            self.keys[text] = key
        grid.addWidget(key, row, col)
        return key


def keypad_screen(screen: QWidget, heading: QWidget, left: QVBoxLayout, keypad: QWidget) -> None:
    """The layout the home and PIN screens share: a heading, then text on the left, keypad on the right."""
    body = QHBoxLayout()
    body.setSpacing(48)
    body.addLayout(left, 3)
    body.addWidget(keypad, 2)
    layout = QVBoxLayout(screen)
    layout.setContentsMargins(48, 24, 48, 32)
    layout.setSpacing(16)
    layout.addWidget(heading)
    layout.addLayout(body, 1)
