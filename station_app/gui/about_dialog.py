"""帮助 → 关于: which version this is, where its data lives, and under which licences it and its parts ship.

A station asking for support reads the version and the data folder from here; the licences are the
ones the bundles must state (the font's Apache-2.0, Qt's LGPL), their full texts in resources/licenses/.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from station_app.gui.dialog_buttons import close_button
from station_app.resources import CJK_FONT_LICENCE, CJK_FONT_NAME, resource_path
from station_app.version import app_licence, app_version


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于 Station Desk"))
        self.version = app_version()
        self.title = QLabel(self.tr("<h3>Station Desk 社区志愿服务站工作台</h3><p>版本 {version}</p>").format(
            version=escape(self.version)))
        self.data_folder = QLabel(self.tr("数据文件夹：{path}").format(path=data_dir))
        self.data_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_folder.setWordWrap(True)
        licence = app_licence() or self.tr("未声明")
        self.licences = QLabel(self.tr(
            "<p>本程序的许可证：{licence}</p>"
            "<p>字体：{font}，{font_licence} 许可</p>"
            "<p>Qt / PySide6：LGPL-3.0 许可</p>"
            "<p>许可证全文：{folder}</p>").format(
                licence=escape(licence), font=escape(CJK_FONT_NAME), font_licence=CJK_FONT_LICENCE,
                folder=escape(str(resource_path("licenses")))))
        self.licences.setWordWrap(True)
        self.licences.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        for label in (self.title, self.data_folder, self.licences):
            layout.addWidget(label)
        self.buttons = close_button(self)
        layout.addWidget(self.buttons)

    def text(self) -> str:
        """Everything the dialog says, as plain text (for tests and support calls)."""
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        parts = []
        for label in (self.title, self.data_folder, self.licences):
            doc.setHtml(label.text())
            parts.append(doc.toPlainText())
        return "\n".join(parts)
