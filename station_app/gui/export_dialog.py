"""Export the roster: file and format, masked numbers unless staff ask for full ones."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.exports.roster_export import export_roster
from station_app.gui.context import AppContext
from station_app.gui.notify import notify


class ExportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("导出志愿者名册"))
        self.setMinimumWidth(520)
        self.path = QLineEdit(str(Path.home() / self.tr("志愿者名册.xlsx")))
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.full_numbers = QCheckBox(self.tr("导出完整的证件号码和手机号码"))
        if not ctx.is_admin:
            self.full_numbers.setEnabled(False)
            self.full_numbers.setToolTip(self.tr("只有站长（管理员）可以导出完整号码"))
        self.reason = QLineEdit()
        self.reason.setObjectName("export_reason")
        self.reason.setPlaceholderText(self.tr("导出完整号码的原因（必填，记入操作日志），如：向街道报送名册"))
        self.reason.setVisible(False)
        self.full_numbers.toggled.connect(self.reason.setVisible)
        hint = QLabel(self.tr("默认隐去中间位（如 110105********3945），出生日期换成年龄段。"
                              "导出完整号码会记入操作日志，请妥善保管文件。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #566573;")
        self.message = QLabel()
        self.message.setStyleSheet("color: #c0392b;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("导出"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("保存到（.xlsx 或 .csv）：")))
        layout.addLayout(row)
        layout.addWidget(self.full_numbers)
        layout.addWidget(self.reason)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.exported: int | None = None

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出志愿者名册"), self.path.text(),
                                              self.tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"))
        if path:
            self.path.setText(path)

    def export(self) -> None:
        path = Path(self.path.text().strip())
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        if not path.parent.is_dir():
            self.message.setText(self.tr("文件夹不存在：{p}").format(p=path.parent))
            return
        mask = not self.full_numbers.isChecked()
        if not mask and not self.reason.text().strip():
            self.message.setText(self.tr("请填写导出完整号码的原因"))
            self.reason.setFocus()
            return
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("正在导出…"))
        self.ctx.db(export_roster, path, self.ctx.actor(), mask, reason=self.reason.text().strip()).success(
            lambda n: self._done(n, path, mask)).failure(self._failed).start()

    def _done(self, count: int, path: Path, mask: bool) -> None:
        self.exported = count
        self.accept()
        note = self.tr("（证件号码和手机号码已隐去中间位）") if mask else self.tr("（含完整号码）")
        notify(self.parentWidget(), self.tr("导出完成"),
                                self.tr("已导出 {n} 名志愿者到\n{path}\n{note}").format(n=count, path=path, note=note))

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(self.tr("无法写入文件：{e}").format(e=exc))
