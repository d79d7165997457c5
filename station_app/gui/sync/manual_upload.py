"""No platform connection: export the waiting records to Excel, then mark exactly those as uploaded.

The op ids of the exported file are kept, so "已上传" marks what staff actually
uploaded and nothing approved after the export (the core only marks ids that
are still waiting). If staff upload later, the page's "标记已上传…" asks again
for the same file's records. The core refuses operators; its message is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from station_app.gui.context import AppContext
from station_app.gui.notify import notify


def export_for_manual_upload(path: Path, actor):
    """station_app.sync.manual_upload's, loaded on first use: it brings openpyxl, 0.09 s of the window's
    first open otherwise (benchmarks/roster_search.py)."""
    from station_app.sync import manual_upload

    return manual_upload.export_for_manual_upload(path, actor)


def mark_uploaded(op_ids, actor):
    from station_app.sync import manual_upload

    return manual_upload.mark_uploaded(op_ids, actor)


class ManualUpload(QObject):
    exported = Signal(list)  # the op ids written to the file
    marked = Signal(int)  # how many left the outbox as uploaded by hand

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.last_export: list[str] = []
        self.last_path = ""
        self.box: QMessageBox | None = None

    def export(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.window, self.tr("导出待上传记录"), self.tr("待上传服务记录.xlsx"),
                                                  self.tr("Excel 工作簿 (*.xlsx)"))
            if not path:
                return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self.ctx.db(export_for_manual_upload, Path(path), self.ctx.actor()).success(
            lambda op_ids: self._exported(path, op_ids)).failure(self._failed).start()

    def _exported(self, path: str, op_ids: list[str]) -> None:
        self.last_export, self.last_path = list(op_ids), path
        self.exported.emit(self.last_export)
        if not op_ids:
            notify(self.window, self.tr("导出待上传记录"), self.tr("没有待上传的记录，文件中只有表头：\n{path}").format(path=path))
            return
        self.ask()

    def ask(self) -> None:
        """"已在平台上传这些记录？" without blocking the window (a test answers it like a person)."""
        if not self.last_export:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("已在平台上传这些记录？"), self.tr(
            "已导出 {n} 条待上传记录到\n{path}\n\n请在城市志愿服务平台上传这个文件。上传成功后点“已上传”，"
            "这些记录就不再等待同步；还没有上传可以先点“稍后”，以后在本页点“标记已上传…”。").format(
            n=len(self.last_export), path=self.last_path), parent=self.window)
        box.setObjectName("confirm_uploaded")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.yes = box.addButton(self.tr("已上传"), QMessageBox.ButtonRole.YesRole)
        box.addButton(self.tr("稍后"), QMessageBox.ButtonRole.NoRole)
        box.buttonClicked.connect(lambda button: self.mark() if button is self.yes else None)
        self.box = box
        box.open()

    def mark(self) -> None:
        op_ids = list(self.last_export)
        self.ctx.op(mark_uploaded, op_ids, self.ctx.actor()).success(self._marked).failure(self._failed).start()

    def _marked(self, marked) -> None:
        count = marked.count
        self.last_export = []
        self.marked.emit(count)
        notify(self.window, self.tr("已标记为手工上传"), self.tr("{n} 条记录已标记为在平台手工上传。").format(n=count))

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, (ValueError, OSError)):  # PermissionDenied is a ValueError
            raise exc
        notify(self.window, self.tr("无法完成"), str(exc), QMessageBox.Icon.Warning)
