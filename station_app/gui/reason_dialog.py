"""Asking for a reason that goes into the audit log; an empty one is refused here, the dialog stays open."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class ReasonDialog(QDialog):
    given = Signal(str)

    def __init__(self, title: str, prompt: str, ok_text: str, missing: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.missing = missing
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.reason = QLineEdit()
        self.message = QLabel()
        self.message.setStyleSheet("color: #c0392b;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda _t: self.message.clear())
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.message.setText(self.missing)
            self.reason.setFocus()
            return
        self.take(reason)

    def take(self, reason: str) -> None:
        """A reason was given: say so and close (a dialog that acts on it first overrides this)."""
        self.given.emit(reason)
        self.accept()
