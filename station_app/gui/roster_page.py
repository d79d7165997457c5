"""The roster page: search as you type, add, edit, deactivate, export."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_app import config
from station_app.changes import Kind
from station_app.gui.context import AppContext
from station_app.gui.roster_model import RosterModel
from station_app.gui.volunteer_dialog import VolunteerDialog
from station_app.roster import service
from station_app.roster.service import RosterPage as Page


class RosterPage(QWidget):
    results_shown = Signal(int)  # total matches, after the table shows them
    status_changed = Signal(int)  # volunteer id deactivated / reactivated

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self.page_size = config.ROSTER_PAGE_SIZE.default
        self.dialog: VolunteerDialog | None = None

        self.search = QLineEdit()
        self.search.setObjectName("roster_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("搜索：姓名、拼音或首字母（zs）、手机尾号、证件尾号、志愿者编号"))
        self.search.setMinimumWidth(420)
        self.include_inactive = QCheckBox(self.tr("含已停用"))
        self.add_button = QPushButton(self.tr("新增志愿者"))
        self.add_button.setObjectName("add_volunteer")
        self.edit_button = QPushButton(self.tr("编辑"))
        self.status_button = QPushButton(self.tr("停用"))
        self.history_button = QPushButton(self.tr("服务记录"))
        self.cards_button = QPushButton(self.tr("打印志愿者证…"))
        self.import_button = QPushButton(self.tr("导入…"))
        self.export_button = QPushButton(self.tr("导出…"))
        self.reveal_button = QPushButton(self.tr("显示完整号码"))
        self.reveal_button.setObjectName("reveal_numbers")
        self.reveal_button.setToolTip(self.tr("站长可查看所选志愿者的完整证件号码和手机号码；每次查看都记入操作日志"))
        self.erase_button = QPushButton(self.tr("删除个人信息…"))
        self.erase_button.setObjectName("erase_volunteer")
        self.erase_button.setToolTip(self.tr("按本人要求删除个人信息：姓名、证件、电话等被清除，服务时长仍计入统计"))
        for b in (self.edit_button, self.status_button, self.history_button, self.reveal_button, self.erase_button):
            b.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.include_inactive)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.status_button)
        actions.addWidget(self.history_button)
        actions.addWidget(self.cards_button)
        actions.addWidget(self.reveal_button)
        actions.addWidget(self.erase_button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)

        self.model = RosterModel(self._load_more)
        self.table = QTableView()
        self.table.setObjectName("roster_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setHighlightSections(False)
        for col, width in enumerate((90, 50, 50, 150, 170, 120, 130, 160, 80)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.count_label = QLabel()
        self.count_label.setObjectName("roster_count")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(config.SEARCH_DEBOUNCE_MS.default)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.refresh)
        self.include_inactive.toggled.connect(lambda _on: self.refresh())
        self.add_button.clicked.connect(self.add_volunteer)
        self.edit_button.clicked.connect(self.edit_selected)
        self.status_button.clicked.connect(lambda: self.toggle_status_selected())
        self.import_button.clicked.connect(self.import_roster)
        self.history_button.clicked.connect(self.show_history)
        self.cards_button.clicked.connect(lambda: self.print_cards())
        self.export_button.clicked.connect(self.export_roster)
        self.reveal_button.clicked.connect(lambda: self.reveal_selected())
        self.erase_button.clicked.connect(lambda: self.anonymise_selected())
        ctx.changes.operator.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_volunteer)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.edit_selected)
        ctx.watch(self, Kind.VOLUNTEERS, slot=lambda _changes: self.refresh())

    # --- searching
    def refresh(self) -> None:
        """Run the current search in the background; stale answers are dropped."""
        self._debounce.stop()
        self._generation += 1
        generation = self._generation
        self.ctx.db(service.search_roster, self.search.text(), self.include_inactive.isChecked(), 0,
                    self.page_size, actor=self.ctx.actor()).success(lambda page: self._show(page, generation)).start()

    def _show(self, page: Page, generation: int) -> None:
        if generation != self._generation:
            return
        selected = self.selected_id()
        self.model.reset_page(page)
        if selected is not None and (row := self.model.row_of(selected)) >= 0:
            self.table.selectRow(row)
        self._update_buttons()
        shown = self.tr("共 {n} 人").format(n=page.total)
        if self.search.text().strip():
            shown = self.tr("找到 {n} 人").format(n=page.total)
        if page.notice:
            shown += "  " + page.notice
        self.count_label.setText(shown)
        self.results_shown.emit(page.total)

    def _load_more(self, offset: int) -> None:
        generation = self._generation
        self.ctx.db(service.search_roster, self.search.text(), self.include_inactive.isChecked(), offset,
                    self.page_size, False, actor=self.ctx.actor()).success(
            lambda page: self.model.append_page(page) if generation == self._generation else None).start()

    # --- selection and actions
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        return row.id if row else None

    def _update_buttons(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        from station_app.gui.why_disabled import enable

        pick = None if row is not None else self.tr("请先在名册中选择一位志愿者")
        for button in (self.edit_button, self.status_button, self.history_button):
            enable(button, pick)
        self.status_button.setText(self.tr("恢复在册") if row and row.status != "active" else self.tr("停用"))
        admin = self.ctx.is_admin  # operators do not see the buttons; the core refuses them anyway
        self.reveal_button.setVisible(admin)
        self.erase_button.setVisible(admin)
        enable(self.reveal_button, pick if admin else self.tr("只有站长可以查看完整号码"))
        enable(self.erase_button, pick if admin else self.tr("只有站长可以删除个人信息"))

    def _selected_row(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def reveal_selected(self) -> None:
        """Show the selected volunteer's full numbers to an administrator; the core logs the asking."""
        from station_app.gui.notify import notify
        from station_app.roster.privacy import reveal_numbers

        row = self._selected_row()
        if row is None:
            return

        def show(numbers: dict) -> None:
            self.revealed = numbers
            lines = [self.tr("证件号码：{n}").format(n=numbers["id_number"] or self.tr("（无）")),
                     self.tr("手机号码：{n}").format(n=numbers["phone"] or self.tr("（无）"))]
            if numbers["guardian_phone"]:
                lines.append(self.tr("监护人电话：{n}").format(n=numbers["guardian_phone"]))
            lines.append(self.tr("（本次查看已记入操作日志）"))
            self.reveal_box = notify(self, self.tr("{name} 的完整号码").format(name=row.name), "\n".join(lines))

        self.ctx.db(reveal_numbers, row.id, self.ctx.actor()).success(show).failure(self._refused).start()

    def anonymise_selected(self, reason: str | None = None) -> None:
        """Deletion on request (PIPL): confirm with a reason, then erase the person's data, keep the hours."""
        from station_app.roster.privacy import anonymise_volunteer

        row = self._selected_row()
        if row is None:
            return
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("删除个人信息"), self.tr(
                "将按本人要求删除 {name} 的个人信息：姓名、证件号码、电话、监护人、特长和备注都被清除，"
                "且不能恢复。其服务时长仍保留在站点统计中，但不再能识别到本人。\n\n"
                "请填写申请依据（如：本人书面申请及日期），记入操作日志：").format(name=row.name))
            if not ok or not reason.strip():
                return
        self.ctx.op(anonymise_volunteer, row.id, reason.strip(), self.ctx.actor()).success(
            lambda _done: self.status_changed.emit(row.id)).failure(self._refused).start()

    def _refused(self, exc: BaseException) -> None:
        from station_app.gui.notify import notify

        self.refusal = notify(self, self.tr("未能完成"), str(exc))

    def add_volunteer(self) -> None:
        self._open_dialog(None)

    def edit_selected(self) -> None:
        vid = self.selected_id()
        if vid is not None:
            self._open_dialog(vid)

    def _open_dialog(self, volunteer_id: int | None) -> None:
        dialog = VolunteerDialog(self.ctx, volunteer_id, self)
        dialog.open_existing.connect(self._open_dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def toggle_status_selected(self, reason: str | None = None) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is None:
            return
        new_status = "active" if row.status != "active" else "inactive"
        if reason is None:
            title = self.tr("停用志愿者") if new_status == "inactive" else self.tr("恢复在册")
            reason, ok = QInputDialog.getText(self, title, self.tr("{name}：请填写原因（记入操作日志）").format(name=row.name))
            if not ok:
                return
        self.ctx.op(service.set_status, row.id, new_status, self.ctx.actor(), reason.strip()).success(
            lambda rec: self.status_changed.emit(rec.id)).start()

    def show_history(self) -> None:
        from station_app.gui.history_dialog import HistoryDialog

        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is not None:
            dialog = HistoryDialog(self.ctx, row.id, row.name, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.history_dialog = dialog
            dialog.open()

    def _card_ids(self) -> list[int]:
        """The selected volunteer, or everyone the current search shows."""
        selected = self.selected_id()
        return [selected] if selected is not None else [self.model.row_at(i).id for i in range(self.model.rowCount())]

    def print_cards(self) -> None:
        """Cards through the system print dialog (ten to an A4 sheet); audit-logged once printed."""
        from station_app.hours.cards_pdf import cards_for_printing

        ids = self._card_ids()
        if ids:
            self.ctx.db(cards_for_printing, ids).success(self._ask_print_cards).start()

    def _ask_print_cards(self, cards) -> None:
        from station_app.gui.notify import notify
        from station_app.gui.printing import PrintFlow, Printout
        from station_app.hours.cards_pdf import record_cards_printed

        def printed(job) -> None:
            self.ctx.op(record_cards_printed, cards.volunteer_ids, job.printer, self.ctx.actor()).start()

        title = self.tr("志愿者证（{n} 张）").format(n=len(cards.volunteer_ids))
        self.print_flow = PrintFlow(self, Printout(title, cards.pages), printed,
                                    lambda message: notify(self, self.tr("打印失败"), message))
        self.print_flow.ask()

    def save_cards_pdf(self, path: str | None = None) -> None:
        """The same cards as a PDF file (for a print shop, or a printer on another PC)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QFileDialog

        from station_app.gui.notify import notify
        from station_app.hours.cards_pdf import write_cards_pdf

        ids = self._card_ids()
        if not ids:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("保存志愿者证"), self.tr("志愿者证.pdf"),
                                                  self.tr("PDF 文件 (*.pdf)"))
            if not path:
                return

        def done(count: int) -> None:
            self.cards_written = count
            notify(self, self.tr("志愿者证"), self.tr("已生成 {n} 张志愿者证：\n{p}").format(n=count, p=path))
            if not self.property("no_open"):
                QDesktopServices.openUrl(QUrl.fromLocalFile(path))

        self.ctx.db(write_cards_pdf, ids, path, self.ctx.actor()).success(done).start()

    def export_roster(self) -> None:
        from station_app.gui.export_dialog import ExportDialog

        dialog = ExportDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog
        dialog.open()

    def import_roster(self) -> None:
        from station_app.gui.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_wizard = wizard
        wizard.open()
