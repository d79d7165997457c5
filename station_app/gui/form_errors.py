"""Showing a field's error right under it, in red, as the user types."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #c0392b;"
INVALID_STYLE = "border: 1px solid #c0392b; border-radius: 2px;"


class FieldWithError(QWidget):
    """An input widget with a message line beneath it.

    The line is always there (empty when the field is fine), so the form does not jump as messages
    come and go; a message longer than the field wraps and the line grows to show it whole.
    """

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(editor)
        box.addWidget(self.error)
        self._fit_message()

    def set_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.editor.setProperty("invalid", bool(message))
        self.editor.setStyleSheet(INVALID_STYLE if message else "")
        self._fit_message()

    def _fit_message(self) -> None:
        """Wrapped labels do not ask their window for more height by themselves: say how much."""
        line = self.error.fontMetrics().height()
        width = max(self.width(), self.editor.sizeHint().width(), 120)
        need = self.error.heightForWidth(width) if self.error.text() else line
        self.error.setMinimumHeight(max(line, need))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_message()


def add_row(form: QFormLayout, label: str, editor: QWidget) -> FieldWithError:
    holder = FieldWithError(editor)
    form.addRow(label, holder)
    return holder
