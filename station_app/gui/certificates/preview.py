"""Preview of a certificate, drawn by QPainter from the same layout as the PDF; print and save.

Printing goes through the system's print dialog (QPrintDialog), so any
installed printer works; "save as PDF" writes the reportlab PDF with the
embedded font. A reprint (副本) is counted and audit-logged each time it is
printed or saved; a draft (样稿, before issuing) can be looked at only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from station_app.certificates.document import CertificateDoc
from station_app.certificates.layout import Page
from station_app.changes import NO_CHANGES, Changes
from station_app.gui.context import AppContext
from station_app.gui.notify import notify
from station_app.gui.page_painter import page_image


@dataclass(frozen=True)
class SavedPdf:
    path: Path
    changes: Changes = NO_CHANGES  # a reprint is counted in the register


def save_pdf(doc: CertificateDoc, path: Path, reprint_by=None) -> SavedPdf:
    """Worker-thread job: write the PDF; log it as a reprint when *reprint_by* (an Actor) is given."""
    from station_app.certificates.pdf import write_pdf
    from station_app.certificates.register import record_reprint

    write_pdf([doc], path)
    if reprint_by is None:
        return SavedPdf(path)
    return SavedPdf(path, record_reprint(doc.serial, reprint_by, "pdf").changes)


class CertificatePreview(QDialog):
    printed = Signal()
    saved = Signal(str)

    def __init__(self, ctx: AppContext, doc: CertificateDoc, pages: list[Page], parent: QWidget | None = None,
                 dpi: float = 96.0) -> None:
        super().__init__(parent)
        self.ctx, self.doc, self.pages = ctx, doc, pages
        self.setWindowTitle(self._title())
        column = QWidget()
        column.setStyleSheet("background: #8a8f98;")
        pages_box = QVBoxLayout(column)
        pages_box.setSpacing(16)
        self.page_labels: list[QLabel] = []
        ratio = self.devicePixelRatioF()  # sharp on high-DPI screens
        for page in pages:
            label = QLabel()
            pixmap = QPixmap.fromImage(page_image(page, dpi * ratio))
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setStyleSheet("background: white; border: 1px solid #555;")
            pages_box.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        scroll = QScrollArea()
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setShortcut("Ctrl+P")
        self.preview_button = QPushButton(self.tr("打印预览…"))
        self.save_button = QPushButton(self.tr("另存为 PDF…"))
        close = QPushButton(self.tr("关闭"))
        for b in (self.print_button, self.preview_button, self.save_button):
            b.setEnabled(not doc.draft)
            if doc.draft:
                b.setToolTip(self.tr("这是样稿：出具后才有编号和验证码，才能打印或保存"))
        self.print_button.clicked.connect(lambda: self.print_with_dialog())
        self.preview_button.clicked.connect(lambda: self.print_preview())
        self.save_button.clicked.connect(lambda: self.save_as())
        close.clicked.connect(self.reject)
        self.info = QLabel(self._info())
        self.info.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.info, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._fit_screen(column.sizeHint().width() + 60)

    def _fit_screen(self, page_width: int) -> None:
        """As wide as a page and as tall as the screen it opens on allows: on a 768-pixel screen the
        buttons stay on screen and the pages scroll."""
        screen = (self.parentWidget().screen() if self.parentWidget() else self.screen()).availableGeometry()
        frame = 40  # the title bar and borders the window manager adds
        self.resize(min(page_width, screen.width() - frame), min(900, screen.height() - 2 * frame))

    def _title(self) -> str:
        if self.doc.draft:
            return self.tr("证明样稿预览：{name}").format(name=self.doc.volunteer_name)
        what = self.tr("（副本）") if self.doc.copy else ""
        return self.tr("志愿服务记录证明 {serial}{what}：{name}").format(serial=self.doc.serial, what=what,
                                                                     name=self.doc.volunteer_name)

    def _info(self) -> str:
        text = self.tr("共 {n} 页").format(n=len(self.pages))
        if self.doc.draft:
            return text + self.tr("。这是样稿，出具后才有编号和验证码，才能打印。")
        if self.doc.revoked:
            return text + self.tr("。此证明已作废。")
        if self.doc.copy:
            return text + self.tr("。补打的证明标注“副本”，每次打印或保存都记入操作日志。")
        return text

    def _reprint_actor(self):
        return self.ctx.actor() if self.doc.copy else None

    def printout(self):
        from station_app.gui.printing import Printout

        return Printout(self.windowTitle(), self.pages)

    def print_with_dialog(self) -> None:
        """The system print dialog: printer, page range, copies (see gui/printing.py)."""
        from station_app.gui.printing import PrintFlow

        self.print_flow = PrintFlow(self, self.printout(), self._printed, self._print_failed)
        self.print_dialog = self.print_flow.ask()

    def print_preview(self) -> None:
        from station_app.gui.printing import PrintFlow

        self.print_flow = PrintFlow(self, self.printout(), self._printed, self._print_failed)
        self.preview_dialog = self.print_flow.preview()

    def print_to(self, printer) -> None:
        """Draw every page on *printer* without a dialog (what the dialog's printer receives)."""
        from station_app.gui.printing import print_printout

        try:
            job = print_printout(printer, self.printout())
        except OSError as exc:
            self._print_failed(str(exc))
            return
        self._printed(job)

    def _print_failed(self, message: str) -> None:
        notify(self, self.tr("打印失败"), message)

    def _printed(self, job) -> None:
        """A 副本 is counted and audit-logged for every print, as for every saved copy."""
        actor = self._reprint_actor()
        done = self.tr("已送往打印机 {printer}：{pages} 页 × {copies} 份").format(
            printer=job.printer, pages=job.pages, copies=job.copies)
        if actor is not None:
            from station_app.certificates.register import record_reprint

            def counted(n) -> None:
                self.info.setText(done + self.tr("；这是第 {n} 次补打，已记入操作日志").format(n=n.count))
                self.printed.emit()

            self.ctx.op(record_reprint, self.doc.serial, actor, "print").success(counted).start()
        else:
            self.info.setText(done)
            self.printed.emit()

    def save_as(self, path: str | None = None) -> None:
        if path is None:
            suggested = f"{self.doc.serial}_{self.doc.volunteer_name}.pdf"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("另存为 PDF"), str(Path.home() / suggested),
                                                  self.tr("PDF 文件 (*.pdf)"))
            if not path:
                return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.save_button.setEnabled(False)
        self.ctx.op(save_pdf, self.doc, Path(path), self._reprint_actor()).success(self._saved).failure(
            self._save_failed).start()

    def _saved(self, saved: SavedPdf) -> None:
        path = saved.path
        self.save_button.setEnabled(True)
        self.info.setText(self.tr("已保存到 {path}").format(path=path))
        self.saved.emit(str(path))

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, (OSError, ValueError)):
            notify(self, self.tr("保存失败"), str(exc))
        else:
            raise exc
