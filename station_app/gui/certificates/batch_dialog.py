"""Batch issue for a team or a chosen list of volunteers, with progress and cancel.

The work runs on the database worker; it reports progress through a
ProgressWatch (two numbers read by a timer) and stops after the certificate in
hand when cancelled. Everything issued before the cancel keeps its document.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from station_app.certificates.batch import BatchResult, batch_issue, team_members
from station_app.gui.context import AppContext
from station_app.gui.progress_watch import ProgressWatch
from station_app.gui.volunteer_picker import VolunteerPicker
from station_app.roster.service import teams


def batch_job(team: str | None, volunteer_ids: list[int], actor, out: Path, combined: bool, start, end, annex: bool,
              handler: str, progress, cancelled) -> BatchResult:
    ids = team_members(team) if team else volunteer_ids
    return batch_issue(ids, actor, out, combined, start, end, annex=annex, handler=handler, progress=progress,
                       cancelled=cancelled)


class BatchDialog(QDialog):
    finished_batch = Signal(object)  # BatchResult
    printed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("批量出具证明"))
        self.setMinimumWidth(600)
        self.by_team = QRadioButton(self.tr("按服务队"))
        self.by_list = QRadioButton(self.tr("指定志愿者"))
        self.by_team.setChecked(True)
        self.team = QComboBox()
        self.picker = VolunteerPicker(ctx)
        self.chosen = QListWidget()
        self.chosen.setMaximumHeight(110)
        self.remove_button = QPushButton(self.tr("移除所选"))
        self.whole = QCheckBox(self.tr("全部已审核记录"))
        self.whole.setChecked(True)
        self.day_from = QDateEdit(QDate(QDate.currentDate().year(), 1, 1))
        self.day_to = QDateEdit(QDate.currentDate())
        for d in (self.day_from, self.day_to):
            d.setDisplayFormat("yyyy-MM-dd")
            d.setCalendarPopup(True)
            d.setEnabled(False)
        self.annex = QCheckBox(self.tr("附服务记录明细"))
        self.one_each = QRadioButton(self.tr("每人一个 PDF 文件（保存到文件夹）"))
        self.combined = QRadioButton(self.tr("合并为一个 PDF 文件（便于一次打印）"))
        self.combined.setChecked(True)
        for pair in ((self.by_team, self.by_list), (self.one_each, self.combined)):
            group = QButtonGroup(self)
            for button in pair:
                group.addButton(button)
        self.path = QLineEdit(str(Path.home() / self.tr("志愿服务记录证明.pdf")))
        browse = QPushButton(self.tr("选择…"))
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("batch_status")
        self.status.setWordWrap(True)
        self.start_button = QPushButton(self.tr("开始出具"))
        self.start_button.setDefault(True)
        self.print_button = QPushButton(self.tr("打印已出具的证明…"))
        self.print_button.setEnabled(False)
        self.print_button.setToolTip(self.tr("先出具证明，才能打印"))
        self.last_result: BatchResult | None = None
        self.cancel_button = QPushButton(self.tr("关闭"))

        source = QFormLayout()
        source.addRow(self.by_team, self.team)
        source.addRow(self.by_list, self.picker)
        list_row = QHBoxLayout()
        list_row.addWidget(self.chosen, 1)
        list_row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        source.addRow("", list_row)
        dates = QHBoxLayout()
        for w in (self.whole, self.day_from, QLabel(self.tr("至")), self.day_to):
            dates.addWidget(w)
        dates.addStretch(1)
        source.addRow(self.tr("服务期间："), dates)
        source.addRow("", self.annex)
        source.addRow(self.tr("输出："), self.combined)
        source.addRow("", self.one_each)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        source.addRow(self.tr("保存到："), path_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(source)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)

        self.watch = ProgressWatch(self.progress, self)
        self.running = False
        self.picker.chosen.connect(self._add_chosen)
        self.remove_button.clicked.connect(lambda: [self.chosen.takeItem(self.chosen.row(i))
                                                    for i in self.chosen.selectedItems()])
        self.whole.toggled.connect(lambda w: (self.day_from.setEnabled(not w), self.day_to.setEnabled(not w)))
        self.one_each.toggled.connect(self._output_changed)
        browse.clicked.connect(self._browse)
        self.start_button.clicked.connect(lambda: self.start())
        self.print_button.clicked.connect(lambda: self.print_issued())
        self.cancel_button.clicked.connect(self.cancel_or_close)
        ctx.db(teams).success(self._fill_teams).start()

    def _fill_teams(self, names: list[str]) -> None:
        self.team.addItems(names)

    def _add_chosen(self, volunteer_id: int) -> None:
        if volunteer_id in self.volunteer_ids():
            return
        item = QListWidgetItem(self.picker.label.text().removeprefix(self.tr("已选：")))
        item.setData(Qt.ItemDataRole.UserRole, volunteer_id)
        self.chosen.addItem(item)
        self.by_list.setChecked(True)

    def volunteer_ids(self) -> list[int]:
        return [self.chosen.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.chosen.count())]

    def _output_changed(self, one_each: bool) -> None:
        path = Path(self.path.text().strip() or Path.home())
        if one_each and path.suffix.lower() == ".pdf":
            self.path.setText(str(path.parent))
        elif not one_each and path.suffix.lower() != ".pdf":
            self.path.setText(str(path / self.tr("志愿服务记录证明.pdf")))

    def _browse(self) -> None:
        if self.one_each.isChecked():
            path = QFileDialog.getExistingDirectory(self, self.tr("保存到文件夹"), self.path.text())
        else:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("保存为"), self.path.text(),
                                                  self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.path.setText(path)

    def start(self, confirmed: bool = False) -> None:
        if self.running:
            return
        team = self.team.currentText() if self.by_team.isChecked() else None
        ids = self.volunteer_ids()
        if (self.by_team.isChecked() and not team) or (self.by_list.isChecked() and not ids):
            self.status.setText(self.tr("请选择服务队，或添加志愿者"))
            return
        if not confirmed:
            from station_app.gui.confirm import ask_to_confirm

            who = (self.tr("服务队“{team}”的每一位志愿者").format(team=team) if team
                   else self.tr("所选的 {n} 位志愿者").format(n=len(ids)))
            self.confirm_box = ask_to_confirm(
                self, self.tr("批量出具证明"),
                self.tr("为{who}出具志愿服务记录证明？出具后登记编号，只能作废，不能修改；没有可证明记录的人不出具").format(
                    who=who), self.tr("开始出具"), lambda: self.start(confirmed=True))
            return
        out = Path(self.path.text().strip())
        combined = self.combined.isChecked()
        if combined and out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        start, end = (None, None) if self.whole.isChecked() else (self._day(self.day_from), self._day(self.day_to))
        self.running = True
        self.start_button.setEnabled(False)
        self.cancel_button.setText(self.tr("取消"))
        self.status.setText(self.tr("正在出具…"))
        self.watch.start()
        self.ctx.op(batch_job, team, ids, self.ctx.actor(), out, combined, start, end, self.annex.isChecked(),
                    self.ctx.actor().name, self.watch.progress, self.watch.cancelled).success(self._done).failure(
            self._failed).start()

    @staticmethod
    def _day(edit: QDateEdit) -> dt.date:
        d = edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def cancel_or_close(self) -> None:
        if self.running:
            self.watch.cancel()
            self.status.setText(self.tr("正在取消：出具完当前这一份后停止…"))
        else:
            self.reject()

    def _finish(self) -> None:
        self.running = False
        self.watch.stop()
        self.start_button.setEnabled(True)
        self.cancel_button.setText(self.tr("关闭"))

    def print_issued(self) -> None:
        """The certificates of the last batch through the print dialog, one job (originals, not 副本)."""
        from station_app.certificates.batch import batch_pages

        if self.last_result is not None and self.last_result.docs:
            self.print_button.setEnabled(False)
            self.ctx.db(batch_pages, self.last_result.docs).success(self._ask_print).start()

    def _ask_print(self, pages: list) -> None:
        from station_app.gui.printing import PrintFlow, Printout

        def printed(job) -> None:
            self.status.setText(self.tr("已送往打印机 {printer}：{n} 份证明，{pages} 页").format(
                printer=job.printer, n=len(self.last_result.docs), pages=job.pages))
            self.printed.emit()

        title = self.tr("志愿服务记录证明（{n} 份）").format(n=len(self.last_result.docs))
        self.print_flow = PrintFlow(self, Printout(title, pages), printed, self.status.setText)
        self.print_flow.ask().finished.connect(lambda _r: self.print_button.setEnabled(True))

    def _done(self, result: BatchResult) -> None:
        self._finish()
        self.last_result = result
        self.print_button.setEnabled(bool(result.docs))
        self.print_button.setToolTip("" if result.docs else self.tr("这一批没有出具证明，没有可打印的"))
        text = result.describe()
        if result.files:
            where = result.files[0] if len(result.files) == 1 else result.files[0].parent
            text += self.tr("；文件：{path}").format(path=where)
        if result.skipped:
            text += "\n" + self.tr("未出具：") + "、".join(name for _vid, name, _why in result.skipped[:10])
            text += self.tr(" 等") if len(result.skipped) > 10 else ""
        self.status.setText(text)
        self.finished_batch.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, (ValueError, OSError)):
            self.status.setText(str(exc))
        else:
            raise exc
