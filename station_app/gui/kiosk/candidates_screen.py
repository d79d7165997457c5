"""Several people match what was typed: each is a big button with name and masked phone."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from station_app.gui.kiosk.choice_list import ChoiceList
from station_app.gui.kiosk.widgets import ChoiceButton, big_button, label
from station_app.kiosk.service import MAX_CANDIDATES, Candidate


class CandidatesScreen(QWidget):
    picked = Signal(int)  # volunteer id
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = label(self.tr("请点一下您的名字"), "heading")
        self.hint = label("", "hint")
        self.list = ChoiceList(columns=2)
        self.back_button = big_button(self.tr("都不是我，返回"))
        self.back_button.clicked.connect(self.back)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)

    def show_candidates(self, candidates: list[Candidate]) -> None:
        buttons = []
        for c in candidates:
            detail = "   ".join(p for p in (self.tr("手机 {phone}").format(phone=c.phone_masked) if c.phone_masked
                                           else "", c.team) if p)
            button = ChoiceButton(c.name, detail)
            button.setObjectName(f"candidate_{c.volunteer_id}")
            button.clicked.connect(lambda _=False, vid=c.volunteer_id: self.picked.emit(vid))
            buttons.append(button)
        self.list.set_buttons(buttons)
        many = len(candidates) >= MAX_CANDIDATES
        self.hint.setText(self.tr("没有您的名字？请返回，多输入几个字或手机尾号") if many
                          else self.tr("有同名的，请看清手机尾号再点"))
