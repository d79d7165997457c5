"""帮助 → 使用说明: the staff guide shipped with the program, shown in a window of its own (no network).

In the interface's language: ``guide/index.html`` in Chinese, ``guide/index_en.html`` in English."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QDialog, QTextBrowser, QVBoxLayout, QWidget

from station_app.gui.dialog_buttons import close_button
from station_app.language import ENGLISH
from station_app.resources import resource_path

GUIDE = ("guide", "index.html")
GUIDES = {ENGLISH: ("guide", "index_en.html")}  # other languages: the Chinese GUIDE


def guide_file() -> Path:
    """The guide in the interface's language (set by gui.app.install_translations), else the Chinese."""
    parts = GUIDES.get(QApplication.instance().property("station_language") or "", GUIDE)
    path = resource_path(*parts)
    return path if path.is_file() else resource_path(*GUIDE)


class GuideWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("使用说明"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)  # the guide is read here, offline
        self.browser.setSource(QUrl.fromLocalFile(str(guide_file())))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        self.buttons = close_button(self)
        layout.addWidget(self.buttons)
        screen = (parent or self).screen().availableGeometry()
        self.resize(min(820, screen.width() - 40), min(760, screen.height() - 80))
