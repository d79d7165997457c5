"""Where a copy of the database goes (a USB stick) and the passphrase that seals it.

Encryption is on by default: a lost stick must not hand out the ID numbers of
every volunteer. The passphrase is typed twice and never stored; the dialog says
plainly that without it the copy cannot be restored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.backup.encrypted import MIN_PASSPHRASE
from station_app.gui.dialog_buttons import save_cancel_buttons


class UsbBackupDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("备份到 U 盘或其他文件夹"))
        self.setMinimumWidth(520)
        self.folder: Path | None = None
        self.passphrase: str | None = None
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(self.tr("例如 U 盘的盘符或其中的文件夹"))
        choose = QPushButton(self.tr("选择…"))
        choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(choose)
        self.encrypt = QCheckBox(self.tr("加密（推荐：U 盘丢失时，别人无法看到志愿者的证件号码）"))
        self.encrypt.setChecked(True)
        self.first = QLineEdit()
        self.second = QLineEdit()
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setPlaceholderText(self.tr("至少 {n} 个字符").format(n=MIN_PASSPHRASE))
        form = QFormLayout()
        form.addRow(self.tr("备份到"), folder_row)
        form.addRow("", self.encrypt)
        form.addRow(self.tr("备份口令"), self.first)
        form.addRow(self.tr("再输入一次"), self.second)
        warning = QLabel(self.tr("口令不保存在电脑上。忘记口令，这份备份就无法恢复；请把口令交给站长妥善保管。"))
        warning.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("usb_backup_error")
        self.error.setStyleSheet("color: #c0392b;")
        self.buttons = save_cancel_buttons(self, self.check_and_accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.encrypt.toggled.connect(lambda on: (self.first.setEnabled(on), self.second.setEnabled(on)))

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("选择备份到的文件夹"), self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)

    def check_and_accept(self) -> None:
        folder = Path(self.folder_edit.text().strip()).expanduser() if self.folder_edit.text().strip() else None
        if folder is None or not folder.is_dir():
            self.error.setText(self.tr("请选择一个存在的文件夹（U 盘是否已插好？）"))
            return
        if self.encrypt.isChecked():
            if len(self.first.text()) < MIN_PASSPHRASE:
                self.error.setText(self.tr("备份口令至少 {n} 个字符").format(n=MIN_PASSPHRASE))
                return
            if self.first.text() != self.second.text():
                self.error.setText(self.tr("两次输入的口令不一致"))
                return
        self.folder = folder
        self.passphrase = self.first.text() if self.encrypt.isChecked() else None
        self.accept()
