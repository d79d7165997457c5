"""培训、表彰与评价 of one volunteer: what is recorded, adding awards and evaluations, and the personal record.

Opened from the volunteer dialog. Reads in the background with the actor; redraws when an operation
touched the record kinds (an award saved here, a training entered in the attendance grid).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station_app.changes import Changes, Kind
from station_app.gui.context import AppContext
from station_app.gui.dialog_buttons import close_button
from station_app.record_kinds.awards import awards_of, void_award
from station_app.record_kinds.evaluations import evaluations_of, void_evaluation
from station_app.record_kinds.training import trainings_of, void_attendance
from station_app.volunteer_record.save import save_record


def _read(volunteer_id: int, actor) -> tuple[list, list, list]:
    return trainings_of(volunteer_id, actor), awards_of(volunteer_id, actor), evaluations_of(volunteer_id, actor)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()


class VolunteerRecordsDialog(QDialog):
    def __init__(self, ctx: AppContext, volunteer_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.volunteer_id, self.name = ctx, volunteer_id, name
        self.setWindowTitle(self.tr("培训、表彰与评价：{name}").format(name=name))
        self.resize(760, 460)
        self.training = _table([self.tr("培训名称"), self.tr("主办单位"), self.tr("时间"), self.tr("结果")])
        self.awards = _table([self.tr("表彰名称"), self.tr("级别"), self.tr("授予单位"), self.tr("日期")])
        self.evaluations = _table([self.tr("类型"), self.tr("评价期"), self.tr("等次"), self.tr("评语 / 处理结果")])
        self.tabs = QTabWidget()
        self.tabs.addTab(self.training, self.tr("培训"))
        self.tabs.addTab(self.awards, self.tr("表彰奖励"))
        self.tabs.addTab(self.evaluations, self.tr("评价"))
        note = QLabel(self.tr("培训时长单独记录，不计入志愿服务时长。"))
        self.add_award_button = QPushButton(self.tr("登记表彰…"))
        self.add_evaluation_button = QPushButton(self.tr("登记评价或投诉…"))
        self.record_button = QPushButton(self.tr("出具个人志愿服务记录…"))
        self.void_button = QPushButton(self.tr("作废所选…"))
        self.void_button.setToolTip(self.tr("登记错了：作废所选的一条（原因记入操作日志，平台同步作废）；更正即作废后重新登记"))
        self.void_button.clicked.connect(self.void_selected)
        self.ids: list[list[int]] = [[], [], []]  # per tab, the entries' ids in row order
        for button in (self.add_award_button, self.add_evaluation_button, self.void_button):
            button.setEnabled(ctx.is_admin)
            button.setToolTip("" if ctx.is_admin else self.tr("只有站长可以登记（会同步到平台）"))
        self.add_award_button.clicked.connect(self.add_award)
        self.add_evaluation_button.clicked.connect(self.add_evaluation)
        self.record_button.clicked.connect(self.make_record)
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.add_award_button)
        row.addWidget(self.add_evaluation_button)
        row.addWidget(self.void_button)
        row.addStretch(1)
        row.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close_button(self))
        ctx.watch(self, Kind.RECORD_KINDS, slot=self._changed)
        self.reload()

    def reload(self) -> None:
        self.ctx.db(_read, self.volunteer_id, self.ctx.actor()).success(self._show).start()

    def _changed(self, _changes: Changes) -> None:
        self.reload()

    def _show(self, read: tuple[list, list, list]) -> None:
        training, awards, evaluations = read
        self.ids = [[t.id for t in training], [a.id for a in awards], [e.id for e in evaluations]]
        _fill(self.training, [[t.title, t.organiser, f"{t.start:%Y-%m-%d %H:%M}–{t.end:%H:%M}", t.result_label]
                              for t in training])
        _fill(self.awards, [[a.title, a.level_label, a.awarded_by, str(a.awarded_on)] for a in awards])
        _fill(self.evaluations, [[e.type_label, self.tr("{first} 至 {last}").format(first=e.period_start, last=e.period_end), e.rating_label, e.comment]
                                 for e in evaluations])

    def add_award(self) -> None:
        from station_app.gui.award_dialog import AwardDialog

        AwardDialog(self.ctx, self.volunteer_id, self.name, self).open()

    def add_evaluation(self) -> None:
        from station_app.gui.evaluation_dialog import EvaluationDialog

        EvaluationDialog(self.ctx, self.volunteer_id, self.name, self).open()

    def void_selected(self) -> None:
        """作废 the selected entry of the tab on screen, after asking why (ReasonDialog)."""
        from station_app.gui.reason_dialog import ReasonDialog

        tab = self.tabs.currentIndex()
        table = (self.training, self.awards, self.evaluations)[tab]
        row = table.currentRow()
        if row < 0 or row >= len(self.ids[tab]):
            self.message.setText(self.tr("请先选中要作废的一条"))
            return
        entry_id = self.ids[tab][row]
        void = (void_attendance, void_award, void_evaluation)[tab]
        self.reason_dialog = ReasonDialog(self.tr("作废"), self.tr("作废所选的一条。原因（必填，记入操作日志）："),
                                          self.tr("作废"), self.tr("请填写作废原因"), self)
        self.reason_dialog.given.connect(lambda reason: self.ctx.op(void, entry_id, reason, self.ctx.actor()).success(
            lambda _done: self.message.setText(self.tr("已作废"))).failure(
            lambda exc: self.message.setText(self.tr("没有作废：{e}").format(e=exc))).start())
        self.reason_dialog.open()

    def make_record(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("出具个人志愿服务记录"),
                                              str(Path.home() / self.tr("{name}-个人志愿服务记录.pdf").format(name=self.name)),
                                              self.tr("PDF 文件 (*.pdf);;Excel 文件 (*.xlsx)"))
        if not path:
            return
        self.record_button.setEnabled(False)
        self.ctx.db(save_record, self.volunteer_id, Path(path), self.ctx.actor()).success(self._made).failure(
            self._failed).start()

    def _made(self, path: Path) -> None:
        self.record_button.setEnabled(True)
        self.message.setText(self.tr("已保存：{path}（证件号码已隐去中间位）").format(path=path))

    def _failed(self, exc: BaseException) -> None:
        self.record_button.setEnabled(True)
        self.message.setText(self.tr("没有保存：{e}").format(e=exc))
