"""Printing a finished PDF (a report) through the system print dialog.

The report is made once, as the same PDF that "save as PDF" writes, and this
module puts its pages on whatever printer staff pick: :func:`print_pdf_pages`
draws a PDF's pages on a set-up ``QPrinter`` (rendered by QtPdf at 300 dpi and
fitted to the paper), and :class:`PdfPrintJob` opens the ``QPrintDialog`` the way
PySide6 needs (``open(receiver, member)``) and prints when it is accepted.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import SLOT, QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QRectF, QSize, Signal, Slot
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

RENDER_DPI = 300



def print_pdf_pages(printer: QPrinter, pdf: bytes) -> int:
    """Draw every page of *pdf* on *printer*; return how many. Raises OSError when the printer refuses."""
    from PySide6.QtPdf import QPdfDocument

    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise OSError(QCoreApplication.translate("PdfPrinting", "报表文件无法读取，未能打印"))
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("PdfPrinting", "打印机无法开始打印，请检查打印机是否连接、是否有纸"))
    try:
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() / 72 * RENDER_DPI), round(points.height() / 72 * RENDER_DPI))
            image = document.render(page, size)
            scale = min(paper.width() / size.width(), paper.height() / size.height())
            w, h = size.width() * scale, size.height() * scale
            painter.drawImage(QRectF((paper.width() - w) / 2, (paper.height() - h) / 2, w, h), image)
    finally:
        painter.end()
    return document.pageCount()


class PdfPrintJob(QObject):
    """One print: the dialog opens window-modal; on 打印 the pages go to the chosen printer.

    ``printed`` carries the page count; ``failed`` a message for staff. The dialog stays
    reachable as ``dialog`` (tests answer it as a user would).
    """

    printed = Signal(int)
    failed = Signal(str)

    def __init__(self, parent, pdf: bytes, title: str, on_printed: Callable[[int], None] | None = None,
                 dialog_title: str | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        self.printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        self.printer.setDocName(title)
        self.dialog = QPrintDialog(self.printer, parent)
        self.dialog.setWindowTitle(dialog_title or QCoreApplication.translate("PdfPrinting", "打印统计报表"))
        if on_printed is not None:
            self.printed.connect(on_printed)

    def start(self) -> QPrintDialog:
        self.dialog.open(self, SLOT("print_now()"))  # PySide6: open() needs a receiver and a slot
        return self.dialog

    @Slot()
    def print_now(self) -> None:
        try:
            pages = print_pdf_pages(self.printer, self.pdf)
        except OSError as exc:
            self.failed.emit(str(exc))
            return
        self.printed.emit(pages)
