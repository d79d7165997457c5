"""帮助 → 使用说明: the staff guide shipped with the program, shown in a window of its own (no network)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from station_app.gui.dialog_buttons import close_button
from station_app.resources import resource_path

GUIDE = ("guide", "index.html")


class GuideWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("使用说明"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)  # the guide is read here, offline
        self.browser.setSource(QUrl.fromLocalFile(str(resource_path(*GUIDE))))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        self.buttons = close_button(self)
        layout.addWidget(self.buttons)
        screen = (parent or self).screen().availableGeometry()
        self.resize(min(820, screen.width() - 40), min(760, screen.height() - 80))
