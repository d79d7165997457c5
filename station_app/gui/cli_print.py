"""Printing from the command line (``certificate … --print``, ``reprint-certificate … --print``).

The same print path as the window (gui/printing.py), without a window: Qt's
print support needs a QGuiApplication but no display, so on a Linux PC without
one (a scheduled task, SSH) it runs on the offscreen platform. On Linux and
macOS the job goes to CUPS; on Windows to the Windows spooler; the default
printer is the system's.
"""

from __future__ import annotations

import os
import sys

from station_app.certificates.document import CertificateDoc


def _application():
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0]])


def check_printer(name: str | None) -> str:
    """The printer a job would go to; ValueError (one line, naming the printers there are) if none.
    Checked before a certificate is issued, so a wrong name issues nothing."""
    _application()
    from station_app.gui.printing import printer_named

    return printer_named(name).printerName()


def print_certificates(docs: list[CertificateDoc], printer: str | None) -> str:
    """Print *docs* (each certificate with its annex) on *printer*; the printer's name."""
    app = _application()
    from station_app.certificates.layout import layout
    from station_app.certificates.pdf import documents_title
    from station_app.gui.printing import Printout, print_on

    pages = [page for doc in docs for page in layout(doc)]
    try:
        job = print_on(Printout(documents_title(docs), pages), printer)
    finally:
        app.processEvents()  # lets the print engine hand the job to the spooler before the process ends
    return job.printer
