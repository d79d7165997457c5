"""Review queue: filter, approve in bulk, reject with a reason, correct, close forgotten check-outs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_app.changes import Kind
from station_app.gui.context import AppContext
from station_app.gui.notify import notify
from station_app.gui.record_dialog import RecordDialog
from station_app.gui.review_model import ReviewModel
from station_app.hours import records, review
from station_app.hours.records import HoursError
from station_app.hours.times import hours_text
from station_app.posts.service import list_posts

# Marked for lupdate here, translated where shown (self.tr in ReviewPage).
STATE_FILTERS = (("attention", QT_TRANSLATE_NOOP("ReviewPage", "需处理（待审核和忘记签退）")),
                 ("pending", QT_TRANSLATE_NOOP("ReviewPage", "待审核")),
                 ("open", QT_TRANSLATE_NOOP("ReviewPage", "已签到未签退")),
                 ("approved", QT_TRANSLATE_NOOP("ReviewPage", "已审核")),
                 ("rejected", QT_TRANSLATE_NOOP("ReviewPage", "已退回")),
                 ("void", QT_TRANSLATE_NOOP("ReviewPage", "已作废")),
                 ("all", QT_TRANSLATE_NOOP("ReviewPage", "全部")))


BASE_WIDTHS = (90, 150, 95, 55, 60, 100, 50, 100, 80)  # px at the standard font size; 服务内容 stretches
# Columns that grow to their text, up to these widths (px): the words differ by language.
FIT_AT_MOST = {0: 120, 4: 120, 5: 140, 7: 140, 8: 150}
FIT_PADDING = 10


class ReviewPage(QWidget):
    loaded = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = QComboBox()
        for key, label in STATE_FILTERS:
            self.state.addItem(self.tr(label), key)
        self.post = QComboBox()
        self.post.addItem(self.tr("全部岗位"), None)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("志愿者姓名"))
        self.day_from = QDateEdit(QDate.currentDate().addMonths(-3))
        self.day_to = QDateEdit(QDate.currentDate())
        for d in (self.day_from, self.day_to):
            d.setDisplayFormat("yyyy-MM-dd")
            d.setCalendarPopup(True)
        filters = QHBoxLayout()
        for label, w in ((self.tr("状态"), self.state), (self.tr("岗位"), self.post), (self.tr("从"), self.day_from),
                         (self.tr("到"), self.day_to)):
            filters.addWidget(QLabel(label))
            filters.addWidget(w)
        filters.addWidget(self.name, 1)

        self.add_button = QPushButton(self.tr("录入记录…"))
        self.import_button = QPushButton(self.tr("导入签到表…"))
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.approve_button = QPushButton(self.tr("审核通过所选"))
        self.approve_button.setObjectName("approve")
        self.reject_button = QPushButton(self.tr("退回…"))
        self.edit_button = QPushButton(self.tr("修改…"))
        self.correct_button = QPushButton(self.tr("更正…"))
        self.close_button = QPushButton(self.tr("补录签退时间…"))
        actions = QHBoxLayout()
        for b in (self.add_button, self.import_button, self.approve_button, self.reject_button, self.edit_button, self.correct_button,
                  self.close_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        actions.addStretch(1)

        self.model = ReviewModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        for col, w in enumerate(BASE_WIDTHS):
            self.table.setColumnWidth(col, w)
        # _fit_columns measures the first 100 rows, not Qt's default 1000: every refresh fits, and a
        # queue of 10,000 took 143 ms to measure against 16 ms (the short columns repeat a few words).
        self.table.horizontalHeader().setResizeContentsPrecision(100)
        self.summary = QLabel()
        self.summary.setObjectName("review_summary")
        self.notice = QLabel()  # what the last act did; a redraw of the queue leaves it standing
        self.notice.setObjectName("review_notice")
        self.notice.setStyleSheet("color: #1e7e34;")

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.notice)
        layout.addLayout(bottom)

        for w in (self.state, self.post):
            w.currentIndexChanged.connect(lambda _i: self.refresh())
        for d in (self.day_from, self.day_to):
            d.dateChanged.connect(lambda _d: self.refresh())
        self.name.returnPressed.connect(self.refresh)
        self.add_button.clicked.connect(lambda: self._open_dialog(None, "add"))
        self.import_button.clicked.connect(self.import_hours)
        self.export_button.clicked.connect(lambda: self.export_hours())
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_button.clicked.connect(lambda: self.reject_selected())
        self.edit_button.clicked.connect(lambda: self._open_selected("edit"))
        self.correct_button.clicked.connect(lambda: self._open_selected("correct"))
        self.close_button.clicked.connect(lambda: self.close_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self._open_selected("edit"))
        ctx.db(list_posts, True).success(self._fill_posts).start()
        # A record changed here, at the kiosk or by an import: redraw now if on screen, else when shown.
        ctx.redraw_when_shown(self, Kind.RECORDS, refresh=self.refresh)
        self._update_buttons()

    def _fill_posts(self, posts) -> None:
        for p in posts:
            self.post.addItem(p.name, p.id)

    def refresh(self) -> None:
        def day(edit: QDateEdit) -> dt.date:
            d = edit.date()
            return dt.date(d.year(), d.month(), d.day())

        self.ctx.db(review.review_queue, self.state.currentData(), self.post.currentData(), self.name.text(),
                    day(self.day_from), day(self.day_to)).success(self._show).start()

    def _show(self, rows) -> None:
        self.model.set_rows(rows)
        self._fit_columns()
        minutes = sum(r.minutes or 0 for r in rows if r.counts)
        forgot = sum(1 for r in rows if r.forgot_checkout)
        text = self.tr("共 {n} 条，计入志愿时长 {h} 小时").format(n=len(rows), h=hours_text(minutes))
        if forgot:
            text += self.tr("；其中 {n} 条忘记签退，请核实实际结束时间").format(n=forgot)
        self.summary.setText(text)
        self._update_buttons()
        self.loaded.emit(len(rows))

    def _fit_columns(self) -> None:
        """The short columns as wide as what they show (in English "Entered by staff", "3.0 (not counted)"),
        never narrower than set and never wider than FIT_AT_MOST; 服务内容 takes the rest."""
        for col, most in FIT_AT_MOST.items():
            least = max(BASE_WIDTHS[col], self.table.horizontalHeader().sectionSizeFromContents(col).width())
            self.table.resizeColumnToContents(col)
            self.table.setColumnWidth(col, max(least, min(self.table.columnWidth(col) + FIT_PADDING, most)))

    def selected(self):
        return [self.model.rows[i.row()] for i in self.table.selectionModel().selectedRows()]

    def _update_buttons(self) -> None:
        """Each button enabled for what it can act on; when it cannot, its tooltip says why."""
        from station_app.gui.why_disabled import enable

        rows = self.selected()
        states = {r.state for r in rows}
        admin = None if self.ctx.is_admin else self.tr("只有站长可以审核")  # the core refuses operators too
        none = self.tr("请先在列表中选择记录") if not rows else None
        one = self.tr("请只选择一条记录") if len(rows) > 1 else None
        enable(self.approve_button, admin or none or (
            None if states == {"pending"} else self.tr("只能审核“待审核”的记录；所选记录中有其他状态的")))
        enable(self.reject_button, admin or none or one or (
            None if rows[0].state in ("pending", "open") else self.tr("只能退回待审核或已签到的记录")))
        enable(self.edit_button, none or one or (
            None if rows[0].state == "pending" else self.tr("只能修改待审核的记录；已审核的请用“更正”")))
        enable(self.correct_button, admin or none or one or (
            None if rows[0].state == "approved" else self.tr("只能更正已审核通过的记录")))
        enable(self.close_button, none or one or (
            None if rows[0].state == "open" else self.tr("只有尚未签退的记录需要补录签退时间")))

    def approve_selected(self, confirmed: bool = False) -> None:
        """Asks first, with the count: an approved record can only be corrected, never edited."""
        from station_app.gui.confirm import ask_to_confirm

        ids = [r.id for r in self.selected() if r.state == "pending"]
        if not ids:
            return
        if not confirmed:
            self.confirm_box = ask_to_confirm(
                self, self.tr("审核通过"),
                self.tr("审核通过 {n} 条记录？通过后只能更正，不能修改").format(n=len(ids)),
                self.tr("审核通过"), lambda: self.approve_selected(confirmed=True))
            return
        self.ctx.op(review.approve, ids, self.ctx.actor()).success(self._approved).failure(self._failed).start()

    def _approved(self, approved) -> None:
        self.notice.setText(self.tr("已审核通过 {n} 条记录（{t}），将同步到平台；如有错误请用“更正”").format(
            n=approved.count, t=dt.datetime.now().strftime("%H:%M")))

    def reject_selected(self, reason: str | None = None) -> None:
        rows = self.selected()
        if len(rows) != 1:
            return
        if reason is None:
            from station_app.gui.reason_dialog import ReasonDialog

            dialog = ReasonDialog(self.tr("退回"), self.tr("退回 {name} 在 {t} 的记录。退回原因（必填，记入操作日志）：").format(
                name=rows[0].volunteer_name, t=f"{rows[0].start:%m-%d %H:%M}"), self.tr("退回"),
                self.tr("请填写退回原因"), self)
            dialog.given.connect(lambda text: self.reject_selected(text))
            self.reason_dialog = dialog
            dialog.open()
            return
        self.ctx.op(review.reject, rows[0].id, reason, self.ctx.actor()).success(
            lambda rec: self.notice.setText(self.tr("已退回 {name} 的记录，原因：{why}（已记入操作日志）").format(
                name=rec.volunteer_name, why=reason))
        ).failure(self._failed).start()

    def close_selected(self, end: dt.datetime | None = None, reason: str | None = None) -> None:
        rows = self.selected()
        if len(rows) != 1 or rows[0].state != "open":
            return
        if end is None or reason is None:
            text, ok = QInputDialog.getText(
                self, self.tr("补录签退时间"),
                self.tr("{name} 于 {t} 签到。请填写实际结束时间（HH:MM）和依据，如“17:30 签到表”：").format(
                    name=rows[0].volunteer_name, t=f"{rows[0].start:%m-%d %H:%M}"))
            if not ok:
                return
            parts = text.split(maxsplit=1)
            try:
                hh, mm = (int(x) for x in parts[0].replace("：", ":").split(":"))
                end = dt.datetime.combine(rows[0].start.date(), dt.time(hh, mm)).astimezone()
            except (ValueError, IndexError):
                notify(self, self.tr("补录签退时间"), self.tr("时间格式应为 HH:MM，例如 17:30"))
                return
            reason = parts[1] if len(parts) > 1 else ""
        self.ctx.op(review.close_forgotten, rows[0].id, end, self.ctx.actor(), reason).success(
            lambda rec: self.notice.setText(self.tr("已补录 {name} 的签退时间，待审核").format(name=rec.volunteer_name))
        ).failure(self._failed).start()

    def _open_selected(self, mode: str) -> None:
        rows = self.selected()
        if len(rows) == 1:
            wanted = {"edit": "pending", "correct": "approved"}[mode]
            if rows[0].state == wanted:
                self.ctx.db(records.get_record, rows[0].id).success(lambda rec: self._open_dialog(rec, mode)).start()

    def _open_dialog(self, record, mode: str) -> None:
        dialog = RecordDialog(self.ctx, record, mode, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def export_hours(self, path: str | None = None) -> None:
        """Records whose start falls in the chosen dates, one row each, ID numbers masked."""
        from PySide6.QtWidgets import QFileDialog

        from station_app.exports.hours_export import export_hours

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出服务记录"), self.tr("服务记录.xlsx"),
                                                  self.tr("Excel 工作簿 (*.xlsx)"))
            if not path:
                return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"

        def day(edit: QDateEdit) -> dt.date:
            d = edit.date()
            return dt.date(d.year(), d.month(), d.day())

        self.ctx.db(export_hours, Path(path), self.ctx.actor(), day(self.day_from), day(self.day_to)).success(
            lambda n: notify(self, self.tr("导出完成"), self.tr("已导出 {n} 条服务记录到\n{p}").format(n=n, p=path))
        ).failure(lambda e: notify(self, self.tr("导出失败"), str(e))).start()

    def import_hours(self) -> None:
        from station_app.gui.import_kinds import hours_kind
        from station_app.gui.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self, hours_kind())
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_wizard = wizard
        wizard.open()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, HoursError):
            notify(self, self.tr("无法完成"), str(exc))
        else:
            raise exc
