"""The 统计 page: choose a period and a grouping; read the four figures, the sentence, a bar chart and
the table; double-click a row for its records; export to Excel, save as PDF, print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_app.changes import Kind
from station_app.gui.context import AppContext
from station_app.gui.notify import notify
from station_app.gui.reports.bar_chart import HoursBarChart
from station_app.gui.reports.figure_tile import FigureTile
from station_app.gui.reports.models import GroupsModel
from station_app.gui.reports.period_picker import PeriodPicker
from station_app.hours.times import hours_text
from station_app.reports.figures import GROUPINGS, Report, grouping_label, report
from station_app.reports.periods import PeriodError
from station_app.reports.printing import export_report, record_printed, report_pdf_for


class ReportsPage(QWidget):
    loaded = Signal(object)  # the Report shown
    exported = Signal(str)
    printed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: Report | None = None
        self.picker = PeriodPicker()
        self.by = QComboBox()
        for key in GROUPINGS:
            self.by.addItem(grouping_label(key), key)
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.pdf_button = QPushButton(self.tr("保存 PDF…"))
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setShortcut("Ctrl+P")
        self.notice_button = QPushButton(self.tr("公示名单…"))
        self.notice_button.setObjectName("public_notice")
        self.notice_button.setToolTip(self.tr("本期出具的证明和记录的服务时长，姓名部分隐去、不含证件号码，保存为 PDF 打印张贴"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("统计期间")))
        top.addWidget(self.picker)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("分组")))
        top.addWidget(self.by)
        top.addStretch(1)
        for b in (self.export_button, self.pdf_button, self.print_button, self.notice_button):
            top.addWidget(b)

        self.tiles = {key: FigureTile(caption) for key, caption in (
            ("volunteers", self.tr("志愿者人数")), ("shifts", self.tr("上岗人次")),
            ("people", self.tr("服务人次")), ("hours", self.tr("服务时长（小时）")))}
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)
        self.sentence = QLabel()
        self.sentence.setObjectName("report_sentence")
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sentence.setStyleSheet("font-size: 15px; color: #1f3a5f; padding: 2px 0;")
        self.copy_button = QPushButton(self.tr("复制这句话"))
        sentence_row = QHBoxLayout()
        sentence_row.addWidget(self.sentence, 1)
        sentence_row.addWidget(self.copy_button)

        self.chart = HoursBarChart()
        self.chart.setMinimumHeight(170)
        self.model = GroupsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.hint = QLabel(self.tr("双击表格中的一行，查看计入这一行的服务记录。只统计已审核、计入志愿服务的岗位上的记录；"
                                   "记录按开始时间归入统计期间；更正后的记录替代原记录。"))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #566573;")
        self.notice = QLabel()
        self.notice.setObjectName("report_notice")
        self.notice.setStyleSheet("color: #1e7e34;")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addLayout(sentence_row)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.notice)

        self.picker.changed.connect(self.refresh)
        self.by.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.doubleClicked.connect(lambda index: self.show_records(index.row()))
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.sentence.text()))
        self.export_button.clicked.connect(lambda: self.choose_file("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.choose_file("pdf"))
        self.print_button.clicked.connect(self.print_report)
        self.notice_button.clicked.connect(self.choose_notice_file)
        ctx.redraw_when_shown(self, Kind.RECORDS, Kind.POSTS, Kind.VOLUNTEERS, refresh=self.refresh)

    def _update_buttons(self) -> None:
        """Every staff role may read, export and print reports (IDs are masked for all)."""

    def refresh(self) -> None:
        try:
            period = self.picker.period()
        except PeriodError as exc:
            self.sentence.setText(str(exc))
            return
        self.ctx.db(report, period, self.by.currentData()).success(self._show).start()

    def _show(self, rep: Report) -> None:
        self.current = rep
        t = rep.total
        self.tiles["volunteers"].set(str(t.volunteers))
        self.tiles["shifts"].set(str(t.shifts))
        self.tiles["people"].set(str(t.people_served))
        self.tiles["hours"].set(t.hours)
        self.sentence.setText(rep.sentence)
        label = grouping_label(rep.by)
        self.model.set_grouping(label)
        self.model.set_rows(rep.groups)
        self.chart.set_bars([g.label for g in rep.groups], [float(hours_text(g.figures.minutes)) for g in rep.groups],
                            self.tr("{period}服务时长（小时），按{by}").format(period=rep.period.label, by=label))
        self.loaded.emit(rep)

    def show_records(self, row: int):
        from station_app.gui.reports.records_dialog import RecordsDialog

        if self.current is None or not 0 <= row < len(self.current.groups):
            return None
        group = self.current.groups[row]
        dialog = RecordsDialog(self.ctx, self.current.period, self.current.by, group.key, group.label, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.records_dialog = dialog
        dialog.open()
        return dialog

    # --- files and paper
    def _file_name(self, suffix: str) -> str:
        station = self.ctx.profile.name if self.ctx.profile else ""
        period = self.current.period.label.replace(" ", "") if self.current else ""
        return self.tr("{station}志愿服务统计{period}").format(station=station, period=period) + "." + suffix

    def choose_file(self, suffix: str) -> QFileDialog | None:
        if self.current is None:
            return None
        title = self.tr("导出 Excel 报表") if suffix == "xlsx" else self.tr("保存为 PDF")
        kind = self.tr("Excel 工作簿 (*.xlsx)") if suffix == "xlsx" else self.tr("PDF 文件 (*.pdf)")
        return self._save_dialog(title, self._file_name(suffix), kind, suffix, self._export_to)

    def _save_dialog(self, title: str, name: str, kind: str, suffix: str, then) -> QFileDialog:
        """A window-modal save dialog in the home folder; *then* gets the chosen Path."""
        dialog = QFileDialog(self, title, str(Path.home() / name), kind)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: then(Path(path)))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _export_to(self, path: Path) -> None:
        if self.current is None:
            return
        for b in (self.export_button, self.pdf_button):
            b.setEnabled(False)
        rep = self.current
        self.ctx.op(export_report, rep.period, rep.by, path, self.ctx.actor()).success(
            lambda _c: self._exported(path)).failure(self._failed).start()

    def _exported(self, path: Path) -> None:
        for b in (self.export_button, self.pdf_button):
            b.setEnabled(True)
        self.notice.setText(self.tr("已保存到 {path}").format(path=path))
        self.exported.emit(str(path))

    def _failed(self, exc: BaseException) -> None:
        for b in (self.export_button, self.pdf_button, self.print_button, self.notice_button):
            b.setEnabled(True)
        if isinstance(exc, (OSError, ValueError)):
            notify(self, self.tr("未能完成"), str(exc))
        else:
            raise exc

    def choose_notice_file(self) -> QFileDialog | None:
        """The 公示 list for the chosen period, saved as a PDF to print for the notice board."""
        if self.current is None:
            return None
        station = self.ctx.profile.name if self.ctx.profile else ""
        name = self.tr("{station}志愿服务公示{period}").format(
            station=station, period=self.current.period.label.replace(" ", "")) + ".pdf"
        return self._save_dialog(self.tr("保存公示名单"), name, self.tr("PDF 文件 (*.pdf)"), "pdf", self._save_notice)

    def _save_notice(self, path: Path) -> None:
        from station_app.reports.public_notice import save_public_notice

        if self.current is None:
            return
        self.notice_button.setEnabled(False)
        self.ctx.op(save_public_notice, self.current.period, path, self.ctx.actor()).success(
            lambda notice: self._notice_saved(notice, path)).failure(self._failed).start()

    def _notice_saved(self, notice, path: Path) -> None:
        self.notice_button.setEnabled(True)
        self.notice.setText(self.tr("公示名单已保存到 {path}（{summary}）").format(path=path, summary=notice.summary))
        self.exported.emit(str(path))

    def print_report(self) -> None:
        """Make the report's PDF in the background, then open the system print dialog."""
        if self.current is None:
            return
        self.print_button.setEnabled(False)
        rep = self.current
        self.ctx.db(report_pdf_for, rep.period, rep.by, self.ctx.actor()).success(
            lambda pdf: self._open_print_dialog(rep, pdf)).failure(self._failed).start()

    def _open_print_dialog(self, rep: Report, pdf: bytes) -> None:
        from station_app.gui.reports.pdf_printing import PdfPrintJob

        self.print_button.setEnabled(True)
        job = PdfPrintJob(self, pdf, self._file_name("pdf"))
        job.printed.connect(lambda pages: self._printed(rep, pages))
        job.failed.connect(lambda message: notify(self, self.tr("打印失败"), message))
        self.print_job = job
        job.start()

    def _printed(self, rep: Report, pages: int) -> None:
        self.ctx.op(record_printed, rep.period, rep.by, self.ctx.actor(), pages).start()
        self.notice.setText(self.tr("已送往打印机：{n} 页").format(n=pages))
        self.printed.emit(pages)
