"""The import wizard (roster or hour sheets): choose a file, check the columns, preview, import.

Reading, planning and committing run in the background with a progress bar
and a cancel button. Nothing is written before the last page's "导入"; the
commit takes the rows left ticked, all or nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from station_app.gui.context import AppContext
from station_app.gui.import_kinds import ImportKind, roster_kind
from station_app.gui.import_preview_model import ProblemsModel
from station_app.gui.notify import notify
from station_app.gui.progress_watch import ProgressWatch
from station_app.imports.roster_import import ImportPlan, ImportResult
from station_app.imports.table_reader import Cancelled, FileUnreadable, Workbook

SAMPLE_ROWS = 3


def _shown(cell) -> str:
    """A cell as a spreadsheet shows it: a long number in E notation, like Excel."""
    if isinstance(cell, float) and abs(cell) >= 1e15:
        return f"{cell:.5E}"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


class _BusyPage(QWizardPage):
    """A page that can run one background step with progress and cancel."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.busy = False
        self.bar = QProgressBar()
        self.bar.hide()
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.hide()
        self.error = QLabel()
        self.error.setObjectName("wizard_error")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.watch = ProgressWatch(self.bar, self)
        self.cancel_button.clicked.connect(self.watch.cancel)

    def busy_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        return row

    def run(self, fn, on_done, changes: bool = False) -> None:
        """*fn* in the background with progress and cancel; ``changes=True`` when it writes (the commit)."""
        self.busy = True
        self.error.clear()
        self.watch.start()
        self.cancel_button.show()
        self.completeChanged.emit()

        def finish() -> None:
            self.busy = False
            self.watch.stop()
            self.cancel_button.hide()
            self.completeChanged.emit()

        def ok(value) -> None:
            finish()
            on_done(value)

        def failed(exc: BaseException) -> None:
            finish()
            if isinstance(exc, Cancelled):
                self.error.setText(self.tr("已取消，没有写入任何数据。"))
            elif isinstance(exc, FileUnreadable):
                self.error.setText(str(exc))
            else:
                self.error.setText(self.tr("出错了：{e}").format(e=exc))
            self.wizard().failed.emit(self.error.text())

        (self.ctx.op if changes else self.ctx.db)(fn, progress=self.watch.progress, cancelled=self.watch.cancelled
                                                 ).success(ok).failure(failed).start()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return not self.busy and super().isComplete()


class FilePage(_BusyPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setTitle(self.tr("选择文件"))
        self.path = QLineEdit()
        self.path.setObjectName("import_path")
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        self.template_button = QPushButton(self.tr("下载模板…"))
        self.template_button.setObjectName("download_template")
        self.template_button.setToolTip(self.tr("空白表格：表头、一行示例、证件号码列已设为文本，另有填写说明"))
        self.template_button.clicked.connect(self._save_template)
        self.template_note = QLabel()
        self.template_note.setObjectName("template_note")
        self.template_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        template_row = QHBoxLayout()
        template_row.addWidget(QLabel(self.tr("还没有表格？")))
        template_row.addWidget(self.template_button)
        template_row.addWidget(self.template_note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(template_row)
        layout.addLayout(self.busy_row())
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.path.textChanged.connect(lambda _t: self._forget())
        self.path.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.loaded: tuple[Workbook, object] | None = None

    def _forget(self) -> None:
        self.loaded = None

    def _save_template(self) -> None:
        from station_app.imports.templates import write_template

        kind = self.wizard().kind.template
        name = self.tr("志愿者名册模板.xlsx") if kind == "roster" else self.tr("服务时长表模板.xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存导入模板"), name, self.tr("Excel 文件 (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self.ctx.db(write_template, kind, Path(path)).success(self._template_saved).failure(
            lambda exc: self.template_note.setText(str(exc))).start()

    def _template_saved(self, path: Path) -> None:
        self.template_note.setText(self.tr("已保存到 {p}。填好后在上面选择这个文件导入。").format(p=path))
        self.path.setText(str(path))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择名册文件"), "",
                                              self.tr("表格文件 (*.xlsx *.xls *.ods *.csv);;所有文件 (*)"))
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return super().isComplete() and bool(self.path.text().strip())

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.setSubTitle(self.wizard().kind.file_hint)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if self.loaded is not None:
            return True
        path, open_file = Path(self.path.text().strip()), self.wizard().kind.open_file
        self.run(lambda progress, cancelled: open_file(path, progress, cancelled), self._loaded)
        return False

    def _loaded(self, loaded) -> None:
        self.loaded = loaded
        self.wizard().next()


class ColumnsPage(_BusyPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setTitle(self.tr("核对各列"))
        self.setSubTitle(self.tr("已按列名自动识别。没有识别的列可以在右侧选择对应的内容，选“不导入”则忽略该列。"))
        self.sheet = QComboBox()
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.header_note = QLabel()
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("column_table")
        self.table.setHorizontalHeaderLabels([self.tr("文件中的列名"), self.tr("前几行内容"), self.tr("导入为")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("工作表")))
        top.addWidget(self.sheet)
        top.addWidget(self.header_note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.busy_row())
        layout.addWidget(self.error)
        self.combos: list[QComboBox] = []
        self.plan: ImportPlan | None = None
        self.header_index = 0

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        workbook, guess = self.wizard().file_page.loaded
        self.workbook = workbook
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for s in workbook.sheets:
            self.sheet.addItem(s.name)
        self.sheet.setCurrentIndex(workbook.sheets.index(guess.sheet))
        self.sheet.setVisible(len(workbook.sheets) > 1)
        self.sheet.blockSignals(False)
        self._show_columns(guess.sheet, guess.row_index, guess.mapping)

    def _sheet_changed(self, index: int) -> None:
        sheet = self.workbook.sheets[index]
        guess = self.wizard().kind.guess_header(sheet)
        self._show_columns(sheet, guess.row_index if guess else 0, guess.mapping if guess else {})

    def _show_columns(self, sheet, header_index: int, mapping: dict[int, str]) -> None:
        self.current_sheet, self.header_index = sheet, header_index
        self.plan = None
        header = sheet.rows[header_index] if sheet.rows else []
        self.header_note.setText(self.tr("表头在第 {n} 行").format(n=header_index + 1))
        self.table.setRowCount(len(header))
        self.combos = []
        data = sheet.rows[header_index + 1: header_index + 1 + SAMPLE_ROWS]
        for col, cell in enumerate(header):
            self.table.setItem(col, 0, QTableWidgetItem(str(cell) if cell is not None else ""))
            samples = [_shown(r[col]) for r in data if col < len(r) and r[col] is not None]
            self.table.setItem(col, 1, QTableWidgetItem(" | ".join(samples)))
            combo = QComboBox()
            combo.addItem(self.tr("不导入"), None)
            kind = self.wizard().kind
            for f in kind.fields:
                combo.addItem(kind.field_title(f), f)
            combo.setCurrentIndex(max(combo.findData(mapping.get(col)), 0))
            combo.currentIndexChanged.connect(lambda _i: setattr(self, "plan", None))
            self.table.setCellWidget(col, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, max(self.table.columnWidth(0), 120))
        self.table.setColumnWidth(2, 150)

    def mapping(self) -> dict[int, str]:
        chosen: dict[int, str] = {}
        for col, combo in enumerate(self.combos):
            field = combo.currentData()
            if field and field not in chosen.values():
                chosen[col] = field
        return chosen

    def set_field(self, column: int, field: str | None) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(max(combo.findData(field), 0))

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if self.plan is not None:
            return True
        mapping = self.mapping()
        used = [c.currentData() for c in self.combos if c.currentData()]
        if len(used) != len(set(used)):
            self.error.setText(self.tr("同一项内容对应了多列，请只保留一列。"))
            return False
        workbook, sheet, header, plan = self.workbook, self.current_sheet, self.header_index, self.wizard().kind.plan
        actor = self.ctx.actor()
        self.run(lambda progress, cancelled: plan(workbook, sheet, header, mapping, progress, cancelled, actor=actor),
                 self._planned)
        return False

    def _planned(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.wizard().next()


class PreviewPage(_BusyPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setTitle(self.tr("预览"))
        self.setSubTitle(self.tr("勾选的行将一次性导入；有问题的行不会导入，可以保存报告后改正再导入。"))
        self.approve = QCheckBox(self.tr("导入后直接审核通过（记入操作日志）"))
        self.approve.setEnabled(self.ctx.is_admin)  # only 站长 approve hours; the core refuses others too
        self.approve.setObjectName("approve_on_import")
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.rows_view = QTableView()
        self.problems_view = QTableView()
        for view in (self.rows_view, self.problems_view):
            view.verticalHeader().hide()
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.horizontalHeader().setStretchLastSection(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.rows_view, self.tr("将导入"))
        self.tabs.addTab(self.problems_view, self.tr("未导入的行"))
        self.save_report = QPushButton(self.tr("保存报告…"))
        self.save_report.clicked.connect(self._save_report)
        self.new_posts = QLabel()
        self.new_posts.setObjectName("missing_posts")
        self.new_posts.setWordWrap(True)
        self.create_posts = QPushButton(self.tr("新建这些岗位…"))
        self.create_posts.setObjectName("create_posts")
        self.create_posts.clicked.connect(self._offer_new_posts)
        posts_row = QHBoxLayout()
        posts_row.addWidget(self.new_posts, 1)
        posts_row.addWidget(self.create_posts)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(posts_row)
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.approve)
        bottom.addWidget(self.save_report)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        layout.addLayout(self.busy_row())
        layout.addWidget(self.error)
        self.result: ImportResult | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        plan, kind = self.wizard().columns_page.plan, self.wizard().kind
        self.plan = plan
        self.approve.setVisible(kind.can_approve)
        self.rows_model = kind.rows_model(plan.rows)
        self.problems_model = ProblemsModel(plan.problems)
        self.rows_view.setModel(self.rows_model)
        self.problems_view.setModel(self.problems_model)
        self.rows_view.setColumnWidth(0, 70)
        self.problems_view.setColumnWidth(0, 70)
        self.problems_view.setColumnWidth(1, 110)
        self.problems_view.setWordWrap(True)
        if len(plan.problems) <= 500:  # row heights for long reasons; costly on huge reports
            self.problems_view.resizeRowsToContents()
        self.tabs.setTabText(1, self.tr("未导入的行（{n}）").format(n=plan.refused_rows))
        self.save_report.setEnabled(bool(plan.problems))
        text = kind.summary(plan)
        if plan.unmapped_headers:
            text += self.tr("\n以下列没有导入：{cols}").format(cols="、".join(plan.unmapped_headers))
        self.summary.setText(text)
        if plan.problems and not plan.rows:
            self.tabs.setCurrentIndex(1)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("导入"))
        self._show_new_posts(plan, kind)

    def _show_new_posts(self, plan, kind) -> None:
        missing = getattr(plan, "missing_posts", {}) if kind.can_create_posts else {}
        listed = "、".join(self.tr("{p}（{n} 行）").format(p=p, n=len(rows)) for p, rows in missing.items())
        if not missing:
            self.new_posts.hide()
            self.create_posts.hide()
            return
        self.new_posts.show()
        if plan.create_posts:
            self.new_posts.setText(self.tr("导入时将新建 {n} 个岗位：{posts}（类别留空，可以以后在“服务岗位与班次”中修改）。").format(
                n=len(missing), posts=listed))
            self.create_posts.hide()
            return
        self.new_posts.setText(self.tr("站点还没有表中的 {n} 个岗位：{posts}。这些行暂不能导入。").format(
            n=len(missing), posts=listed))
        self.create_posts.setVisible(True)
        self.create_posts.setEnabled(self.ctx.is_admin)  # setting up posts is the 站长's; the core refuses others
        self.create_posts.setText(self.tr("新建这 {n} 个岗位…").format(n=len(missing)))

    def _offer_new_posts(self) -> None:
        self.ctx.db(self.plan.new_post_codes).success(self._confirm_new_posts).start()

    def _confirm_new_posts(self, codes: dict[str, str]) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, self.tr("新建岗位"), self.tr(
            "导入时新建以下岗位（类别留空），并导入使用这些岗位的行：\n\n{posts}\n\n新建的岗位与记录一起写入操作日志。").format(
            posts="\n".join(f"{name}　{self.tr('编码')} {code}" for name, code in codes.items())),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirm_new_posts")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("新建并导入这些行"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("取消"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(self._replan_with_new_posts)
        self.confirm_box = box
        box.open()

    def _replan_with_new_posts(self) -> None:
        columns = self.wizard().columns_page
        workbook, sheet, header, mapping = columns.workbook, columns.current_sheet, columns.header_index, columns.mapping()
        plan = self.wizard().kind.plan

        def replanned(new_plan) -> None:
            columns.plan = new_plan
            self.initializePage()

        actor = self.ctx.actor()
        self.run(lambda progress, cancelled: plan(workbook, sheet, header, mapping, progress, cancelled,
                                                  create_posts=True, actor=actor), replanned)

    def _save_report(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存报告"), self.tr("导入报告.csv"), self.tr("CSV 文件 (*.csv)"))
        if path:
            self.wizard().kind.write_report(self.plan, Path(path))

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if self.result is not None:
            return True
        accepted = self.rows_model.accepted_rows()
        plan, actor, commit = self.plan, self.ctx.actor(), self.wizard().kind.commit
        options = {"approve": True} if self.approve.isVisible() and self.approve.isChecked() else {}
        self.run(lambda progress, cancelled: commit(plan, actor, accepted, progress, cancelled, **options),
                 self._committed, changes=True)
        return False

    def _committed(self, result: ImportResult) -> None:
        self.result = result
        self.wizard().imported.emit(result)
        self.wizard().accept()


class ImportWizard(QWizard):
    imported = Signal(object)  # ImportResult
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, kind: ImportKind | None = None) -> None:
        super().__init__(parent)
        self.kind = kind or roster_kind()
        self.setWindowTitle(self.kind.title)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(860, 600)
        self.file_page = FilePage(ctx)
        self.columns_page = ColumnsPage(ctx)
        self.preview_page = PreviewPage(ctx)
        for page in (self.file_page, self.columns_page, self.preview_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步 >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("关闭"))
        self.imported.connect(self._tell)

    def _tell(self, result) -> None:
        notify(self.parentWidget(), self.tr("导入完成"), self.kind.result_text(result))

    def reject(self) -> None:
        for page in (self.file_page, self.columns_page, self.preview_page):
            if page.busy:
                page.watch.cancel()  # the page reports "cancelled"; the dialog stays until it has
                return
        super().reject()
