"""The one print path: layout pages to a system printer, through the print dialog or by name.

Every print-out in Station Desk is a list of layout pages
(``station_app.certificates.layout.Page``: points on an A4 sheet, top-left
origin, the operations the PDFs are drawn from). QPainter draws them on a
``QPrinter``, so the printer gets the same page as the saved PDF, with real
text (the printed PDF of a PDF printer stays searchable).

How a page prints something (the reports page does the same)::

    from station_app.gui.printing import Printout, PrintFlow

    flow = PrintFlow(parent, Printout(title, pages), on_printed=lambda job: ...)
    flow.ask()       # the system print dialog: printer, page range, copies
    flow.preview()   # QPrintPreviewDialog: the pages as they land on the chosen paper, then print

``on_printed`` gets a :class:`PrintedJob` once the pages went to the spooler; a
caller that must count or audit-log a print (a 副本 reprint, volunteer cards)
does it there through ``ctx.op``. A report that already exists only as a PDF
file is handed to the spooler as it is with :func:`send_pdf_file`.

The command line prints through :func:`print_on` (``--print [--printer NAME]``):
no window, the system default printer unless a name is given.

Platforms: on Linux and macOS Qt prints through CUPS (the same queues ``lpstat
-p`` lists); on Windows Qt's print support talks to the Windows spooler, so the
same code reaches every printer installed in 设置 → 打印机和扫描仪, with the
native print dialog.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import SLOT, QCoreApplication, QObject, Slot
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from station_app.page_ops import Page


@dataclass(frozen=True)
class Printout:
    title: str  # the job's name in the printer queue (and the PDF printer's file name)
    pages: list[Page]


@dataclass(frozen=True)
class PrintedJob:
    printer: str
    pages: int  # sheets drawn once (copies are made by the printer or repeated, see print_printout)
    copies: int


class UnknownPrinter(ValueError):
    """A one-line message naming the printers there are."""


def printer_names() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


def _available() -> str:
    names = printer_names()
    if not names:
        return QCoreApplication.translate("printing", "本机没有安装打印机")
    return QCoreApplication.translate("printing", "可用的打印机：{names}").format(names="、".join(names))


def new_printer(name: str | None = None) -> QPrinter:
    """A QPrinter on *name* (or the system default), A4 portrait, the whole sheet: the layout keeps
    its own margins. Set before any dialog opens, so staff can still choose other paper there."""
    from station_app.gui.page_painter import set_up_printer

    info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution) if not info.isNull() else QPrinter(
        QPrinter.PrinterMode.HighResolution)
    set_up_printer(printer)
    return printer


def printer_named(name: str | None) -> QPrinter:
    """The printer called *name*, or the system default one; UnknownPrinter when there is none."""
    if name:
        if name not in printer_names():
            raise UnknownPrinter(QCoreApplication.translate("printing", "没有名为“{name}”的打印机；{available}").format(name=name, available=_available()))
        return new_printer(name)
    default = QPrinterInfo.defaultPrinter()
    if default.isNull():
        raise UnknownPrinter(QCoreApplication.translate("printing", "没有设置默认打印机，请用 --printer 指定；{available}").format(available=_available()))
    return new_printer(default.printerName())


def _chosen_pages(printer: QPrinter, count: int) -> list[int]:
    """The page indexes the dialog's page range asks for (all of them when none was chosen)."""
    ranges = printer.pageRanges()
    if printer.printRange() == QPrinter.PrintRange.PageRange and not ranges.isNull():
        return [i for i in range(count) if ranges.contains(i + 1)]
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return list(range(printer.fromPage() - 1, min(count, printer.toPage())))
    return list(range(count))


def print_printout(printer: QPrinter, printout: Printout) -> PrintedJob:
    """Draw the chosen pages on *printer*: the copies the dialog asked for, made by the printer when
    it can, else repeated here. OSError when the printer cannot start."""
    from station_app.gui.page_painter import print_pages

    printer.setDocName(printout.title)
    pages = [printout.pages[i] for i in _chosen_pages(printer, len(printout.pages))]
    copies = max(1, printer.copyCount())
    repeat = 1 if printer.supportsMultipleCopies() else copies
    print_pages(printer, pages * repeat)
    return PrintedJob(printer.printerName() or printer.outputFileName(), len(pages), copies)


def print_on(printout: Printout, printer_name: str | None = None, copies: int = 1) -> PrintedJob:
    """Print without a dialog (the command line): the named printer or the default one."""
    printer = printer_named(printer_name)
    printer.setCopyCount(copies)
    return print_printout(printer, printout)


class PrintFlow(QObject):
    """The print dialog (or the print preview) for one print-out; *on_printed* after it printed,
    *on_failed* with a Chinese message when the printer could not start."""

    def __init__(self, parent: QWidget, printout: Printout, on_printed: Callable[[PrintedJob], None],
                 on_failed: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.parent_widget, self.printout = parent, printout
        self.on_printed, self.on_failed = on_printed, on_failed
        self.printer = new_printer()
        self.printer.setDocName(printout.title)
        self.dialog: QPrintDialog | None = None
        self.preview_dialog: QPrintPreviewDialog | None = None

    def ask(self) -> QPrintDialog:
        """Open the system print dialog (window-modal, not blocking): printer, pages, copies."""
        dialog = QPrintDialog(self.printer, self.parent_widget)
        dialog.setWindowTitle(QCoreApplication.translate("printing", "打印：{title}").format(title=self.printout.title))
        dialog.setMinMax(1, len(self.printout.pages))
        dialog.setFromTo(1, len(self.printout.pages))
        option = QAbstractPrintDialog.PrintDialogOption
        dialog.setOptions(option.PrintPageRange | option.PrintCollateCopies | option.PrintShowPageSize)
        self.dialog = dialog
        dialog.open(self, SLOT("_accepted()"))  # PySide6: open() needs a receiver and a slot (ENGINEERING.md)
        return dialog

    @Slot()
    def _accepted(self) -> None:
        self._print(self.printer)

    def preview(self) -> QPrintPreviewDialog:
        """The pages as the chosen printer and paper will take them; its print button prints."""
        dialog = QPrintPreviewDialog(self.printer, self.parent_widget)
        dialog.setWindowTitle(QCoreApplication.translate("printing", "打印预览：{title}").format(title=self.printout.title))
        dialog.paintRequested.connect(self._paint_preview)
        dialog.accepted.connect(self._preview_printed)
        self.preview_dialog = dialog
        dialog.open()
        return dialog

    def _paint_preview(self, printer: QPrinter) -> None:
        from station_app.gui.page_painter import print_pages

        self._preview_pages = _chosen_pages(printer, len(self.printout.pages))
        print_pages(printer, [self.printout.pages[i] for i in self._preview_pages])

    def _preview_printed(self) -> None:  # the preview closes with accept() after it printed
        self.on_printed(PrintedJob(self.printer.printerName(), len(getattr(self, "_preview_pages", [])),
                                   max(1, self.printer.copyCount())))

    def _print(self, printer: QPrinter) -> None:
        try:
            job = print_printout(printer, self.printout)
        except OSError as exc:
            if self.on_failed is not None:
                self.on_failed(str(exc))
            return
        self.on_printed(job)


def send_pdf_file(path: Path, printer_name: str | None = None, copies: int = 1) -> None:
    """Hand an existing PDF to the spooler unchanged: CUPS ``lp`` on Linux and macOS; on Windows the
    PDF viewer's print verb (the default printer). Prefer layout pages and :class:`PrintFlow`, which
    work the same everywhere and show the print dialog."""
    if sys.platform == "win32":
        os.startfile(str(path), "print")  # type: ignore[attr-defined]  # Windows only
        return
    lp = shutil.which("lp")
    if lp is None:
        raise OSError(QCoreApplication.translate("printing", "找不到打印命令 lp（请安装 CUPS）"))
    command = [lp, "-n", str(max(1, copies))] + (["-d", printer_name] if printer_name else []) + [str(path)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        raise OSError(done.stderr.strip() or QCoreApplication.translate("printing", "打印失败"))
