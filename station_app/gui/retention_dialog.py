"""文件 → 数据保留检查… (站长): who is past the time their data beyond the record is kept, then erase it.

The list is read in the background (roster/retention.py); erasing asks first, with the count, and
says what it did. The dialog stays open on the result so the 站长 sees the list is now empty.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.gui.confirm import ask_to_confirm
from station_app.gui.context import AppContext
from station_app.gui.fit import fit_dialog_to_screen


def _check(actor):
    from station_app.roster.retention import keep_months, retention_due

    return keep_months(), retention_due(actor)


class RetentionDialog(QDialog):
    loaded = Signal()
    erased = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.due: list = []
        self.confirm_box = None
        self.setWindowTitle(self.tr("数据保留检查"))
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("停用日期"), self.tr("超过保留期限的信息")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.result = QLabel()
        self.result.setObjectName("retention_result")
        self.result.setStyleSheet("color: #1e7e34;")
        self.erase_button = QPushButton(self.tr("删除这些信息…"))
        self.erase_button.setObjectName("erase_expired")
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.ask_to_erase)
        buttons = QDialogButtonBox()
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        self.resize(640, 420)
        fit_dialog_to_screen(self)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.db(_check, self.ctx.actor()).success(self._show).failure(
            lambda exc: self.result.setText(str(exc))).start()

    def _show(self, found) -> None:
        months, due = found
        self.due = due
        self.explain.setText(self.tr(
            "志愿者停用后，手机号码、监护人信息、技能和备注保留 {months} 个月（在 设置 → 个人信息 中修改）。"
            "姓名、证件号码和服务记录依法保存，不在此删除。").format(months=months))
        self.table.setRowCount(len(due))
        for row, d in enumerate(due):
            for col, text in enumerate((d.name, d.inactive_since.isoformat(), d.summary)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.erase_button.setEnabled(bool(due))
        self.erase_button.setToolTip("" if due else self.tr("没有超过保留期限的信息"))
        if not due and not self.result.text():
            self.result.setText(self.tr("没有超过保留期限的信息。"))
        self.loaded.emit()

    def ask_to_erase(self) -> None:
        if not self.due:
            return
        n = len(self.due)
        self.confirm_box = ask_to_confirm(
            self, self.tr("删除超过保留期限的信息"),
            self.tr("删除这 {n} 名志愿者的手机号码、监护人信息、技能和备注？删除后不能恢复，"
                    "操作日志中这些人以前记下的个人信息也一并无法再读取。").format(n=n),
            self.tr("删除 {n} 人的信息").format(n=n), self._erase)

    def _erase(self) -> None:
        from station_app.roster.retention import erase_expired

        self.erase_button.setEnabled(False)
        self.ctx.op(erase_expired, [d.volunteer_id for d in self.due], self.ctx.actor()).success(
            self._erased).failure(lambda exc: self.result.setText(str(exc))).start()

    def _erased(self, done) -> None:
        self.result.setText(self.tr("已删除 {n} 名志愿者超过保留期限的信息（记入操作日志）。").format(n=done.volunteers))
        self.erased.emit(done.volunteers)
        self.refresh()
