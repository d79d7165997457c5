"""The 平台同步 page: where sync stands, what the platform refused, and every batch sent.

Staff must always see where things stand (issue 6): the connection state and
what to do about it, the last successful sync, how many records wait and for
how long, a clock warning, the refused records with a way to send them again
once fixed, and the batch history. Without a platform, the waiting records are
exported for upload by hand. Reads run on the database worker; the sync itself
runs on the scheduler's network thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_app.gui.context import AppContext
from station_app.gui.notify import notify
from station_app.gui.sync.manual_upload import ManualUpload
from station_app.gui.sync.models import BatchModel, RejectedModel
from station_app.gui.sync.scheduler import SyncScheduler
from station_app.gui.sync.status import SyncStatus, clock_warning, connection, pending_text, read_status, when_text
from station_app.sync.engine import SyncError, SyncReport
from station_app.sync.state import BatchRow, RejectedItem, batch_history, rejected_items

now = datetime.now  # the page's clock (tests set it)

COLOURS = {"ok": "#1e7d32", "idle": "#555555", "none": "#555555", "offline": "#b35c00", "error": "#b35c00",
           "stopped": "#b3261e"}


@dataclass(frozen=True)
class PageData:
    status: SyncStatus
    rejected: list[RejectedItem]
    batches: list[BatchRow]


def load_page() -> PageData:
    """Everything the page shows, read in one go on the database worker."""
    return PageData(read_status(), rejected_items(), batch_history())


def _table(model, widths: tuple[int, ...]) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    for col, width in enumerate(widths):
        table.setColumnWidth(col, width)
    return table


class SyncPage(QWidget):
    loaded = Signal()
    requeued = Signal(str)  # the new op id

    def __init__(self, ctx: AppContext, scheduler: SyncScheduler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.scheduler = ctx, scheduler
        self.manual = ManualUpload(ctx, self)
        self.state_title = QLabel()
        self.state_title.setObjectName("sync_state")
        self.state_detail = QLabel()
        self.state_detail.setObjectName("sync_state_detail")
        self.state_detail.setWordWrap(True)
        self.state_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sync_button = QPushButton(self.tr("立即同步"))
        self.sync_button.setObjectName("sync_now")
        self.export_button = QPushButton(self.tr("导出待上传记录…"))
        self.mark_button = QPushButton(self.tr("标记已上传…"))
        self.mark_button.setToolTip(self.tr("上次导出的记录已在平台上传后，点这里标记"))
        banner = QFrame()
        banner.setObjectName("sync_banner")
        banner.setStyleSheet(
            "QFrame#sync_banner { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 4px; }")
        words = QVBoxLayout()
        words.addWidget(self.state_title)
        words.addWidget(self.state_detail)
        top = QHBoxLayout(banner)
        top.addLayout(words, 1)
        for button in (self.sync_button, self.export_button, self.mark_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        self.last_success = QLabel()
        self.pending = QLabel()
        self.pending.setObjectName("sync_pending")
        self.rejected_count = QLabel()
        self.other = QLabel()
        self.last_run = QLabel()
        self.last_run.setObjectName("sync_last_run")
        self.last_run.setWordWrap(True)
        self.last_run.setText(self.tr("本次启动后还没有同步"))
        self.clock = QLabel()
        self.clock.setObjectName("sync_clock")
        self.clock.setWordWrap(True)
        self.clock.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.facts = facts = QFormLayout()
        facts.addRow(self.tr("上次成功同步："), self.last_success)
        facts.addRow(self.tr("待上传："), self.pending)
        facts.addRow(self.tr("平台拒收："), self.rejected_count)
        facts.addRow(self.tr("其他："), self.other)
        facts.addRow(self.tr("最近一次："), self.last_run)
        facts.setRowVisible(self.other, False)

        self.rejected_model = RejectedModel()
        self.rejected_table = _table(self.rejected_model, (80, 300, 70, 110, 130))
        self.requeue_button = QPushButton(self.tr("重新提交"))
        self.requeue_button.setToolTip(self.tr("志愿者信息已在名册中改正后，把这条记录重新交给平台（站长操作）"))
        hint = QLabel(self.tr(
            "志愿者的证件号码、姓名等有误：先在“志愿者名册”中改正，再选中这条记录点“重新提交”。"
            "服务时间有误（例如与其他站点的记录重叠）：到“服务记录审核”页选中这条记录，用“更正”改正，"
            "更正后的记录会自动上传，不用重新提交。"))
        hint.setWordWrap(True)
        hint.setObjectName("sync_rejected_hint")
        self.rejected_box = QGroupBox(self.tr("平台拒收的记录"))
        box = QVBoxLayout(self.rejected_box)
        box.addWidget(self.rejected_table, 1)
        under = QHBoxLayout()
        under.addWidget(hint, 1)
        under.addWidget(self.requeue_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(under)

        self.batch_model = BatchModel()
        self.batch_table = _table(self.batch_model, (130, 70, 50, 50, 50, 160, 70))
        self.history_box = QGroupBox(self.tr("上传批次记录（最近 200 批）"))
        self.release_button = QPushButton(self.tr("重新发送这一批"))
        self.release_button.setToolTip(self.tr("平台整批拒收的批次：问题解决后，把其中的记录用新批次重新发送（站长操作）"))
        history = QVBoxLayout(self.history_box)
        history.addWidget(self.batch_table, 1)
        history.addWidget(self.release_button, 0, Qt.AlignmentFlag.AlignRight)
        for table in (self.rejected_table, self.batch_table):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.rejected_box)
        splitter.addWidget(self.history_box)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        layout.addLayout(facts)
        layout.addWidget(self.clock)
        layout.addWidget(splitter, 1)

        self.sync_button.clicked.connect(self.scheduler.sync_now)
        self.export_button.clicked.connect(lambda: self.manual.export())
        self.mark_button.clicked.connect(self.manual.ask)
        self.requeue_button.clicked.connect(self.requeue_selected)
        self.release_button.clicked.connect(self.release_selected_batch)
        self.batch_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.manual.exported.connect(lambda _ids: self._render_state())
        self.manual.marked.connect(lambda _n: self._after_change())
        self.rejected_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        scheduler.status_changed.connect(lambda _s: self._render_state())
        scheduler.running_changed.connect(lambda _r: self._render_state())
        scheduler.finished.connect(self._finished)
        scheduler.failed.connect(self._failed)
        self._render_state()

    # --- reading
    def refresh(self) -> None:
        self.ctx.db(load_page).success(self._show).start()

    def _show(self, data: PageData) -> None:
        self.scheduler.take_status(data.status)  # the status bar learns it too
        chosen = self.selected()
        self.rejected_model.set_rows(data.rejected)
        self.batch_model.set_rows(data.batches)
        if chosen is not None:
            again = next((i for i, r in enumerate(data.rejected) if r.op_id == chosen.op_id), None)
            if again is not None:
                self.rejected_table.selectRow(again)
        self.rejected_box.setTitle(self.tr("平台拒收的记录（{n} 条）").format(n=len(data.rejected)))
        self._render_state()
        self.loaded.emit()

    def _render_state(self) -> None:
        s = self.scheduler
        status = s.status
        conn = connection(status, s.last_error, s.ran_ok)
        self.state_title.setText(self.tr("正在同步…") if s.running else conn.title)
        colour = COLOURS["idle"] if s.running else COLOURS[conn.key]
        self.state_title.setStyleSheet(f"font-size: 17px; font-weight: bold; color: {colour};")
        self.state_detail.setText(conn.detail)
        self.state_detail.setVisible(bool(conn.detail))
        configured = bool(status and status.configured)
        self.sync_button.setVisible(configured)
        self.sync_button.setEnabled(not s.running)
        self.export_button.setVisible(status is not None and not configured)
        self.mark_button.setVisible(status is not None and not configured and bool(self.manual.last_export))
        if status is None:
            return
        ov = status.overview
        self.last_success.setText(when_text(ov.last_success_at))
        self.pending.setText(pending_text(ov))
        self.rejected_count.setText(self.tr("{n} 条，见下表").format(n=ov.rejected) if ov.rejected else self.tr("没有"))
        other = []
        if ov.held_batches:
            other.append(self.tr("暂停的批次 {n} 批（平台拒收整批，见下方批次记录）").format(n=ov.held_batches))
        if ov.manual:
            other.append(self.tr("已手工上传 {n} 条").format(n=ov.manual))
        self.other.setText("；".join(other))
        self.facts.setRowVisible(self.other, bool(other))
        warning = clock_warning(ov) if configured else ""
        self.clock.setText(warning)
        self.clock.setVisible(bool(warning))
        self.facts.setRowVisible(self.last_run, configured)  # without a platform there is no run to tell of
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.requeue_button.setEnabled(self.selected() is not None)
        batch = self.selected_batch()
        self.release_button.setEnabled(batch is not None and batch.state == "held")

    def selected_batch(self):
        rows = self.batch_table.selectionModel().selectedRows()
        return self.batch_model.rows[rows[0].row()] if rows else None

    def selected(self) -> RejectedItem | None:
        rows = self.rejected_table.selectionModel().selectedRows()
        return self.rejected_model.rows[rows[0].row()] if rows else None

    # --- what the scheduler reports
    def _finished(self, report: SyncReport) -> None:
        text = self.tr("同步完成：发送 {b} 批，平台接收 {a} 条，已有 {d} 条，拒收 {r} 条；登记证明 {c} 份；名册变更 {p} 人。").format(
            b=report.batches_sent, a=report.accepted, d=report.duplicates, r=report.rejected, c=report.certificates,
            p=report.pulled_changes)
        self.last_run.setText("\n".join([f"{now():%H:%M} {text}",
                                         *[w for w in report.warnings if w != report.clock_warning]]))
        self._after_change()

    def _failed(self, error: SyncError) -> None:
        if error.kind == "busy":  # not shown above: nothing is wrong
            self.last_run.setText(f"{now():%H:%M} {error.message}")
        else:
            self.last_run.setText(self.tr("{time} 同步未完成，原因见上方。").format(time=f"{now():%H:%M}"))
        self._after_change()

    def _after_change(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self.scheduler.refresh()

    # --- acting
    def requeue_selected(self) -> None:
        from station_app.sync.requeue import requeue_rejected

        item = self.selected()
        if item is None:
            return
        self.ctx.op(requeue_rejected, item.op_id, self.ctx.actor()).success(self._requeued).failure(
            self._refused).start()

    def release_selected_batch(self) -> None:
        from station_app.sync.batches import release_held

        batch = self.selected_batch()
        if batch is None or batch.state != "held":
            return
        self.ctx.op(release_held, batch.batch_id, self.ctx.actor()).success(
            lambda _n: (self.refresh(), self.scheduler.request("release"))).failure(self._refused).start()

    def _requeued(self, requeued) -> None:
        self.requeued.emit(requeued.id)
        self.refresh()
        self.scheduler.request("requeue")

    def _refused(self, exc: BaseException) -> None:
        from station_app.errors import NotFound

        if isinstance(exc, NotFound):
            self.refresh()
            return
        if not isinstance(exc, ValueError):  # PermissionDenied is a ValueError
            raise exc
        notify(self, self.tr("无法重新发送"), str(exc), QMessageBox.Icon.Warning)
