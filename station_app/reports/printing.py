"""The report as a file or a print job, for the window and the command line.

Saving and printing are audit-logged (``report.export`` / ``report.print``): a
filed report is something staff may later be asked about. Each function reads
the report afresh in one transaction, so what is written is what the figures
were at that moment.
"""

from __future__ import annotations

from pathlib import Path

from station_app.audit import Actor, record
from station_app.changes import NO_CHANGES, Changes
from station_app.db import database
from station_app.reports.build import FullReport, full_report
from station_app.reports.periods import Period


def _log(period: Period, by: str, actor: Actor, action: str, target: str, how: str, **more) -> None:
    with database.atomic():
        record(actor, action, "file", target, None,
               {"from": period.first.isoformat(), "to": period.last.isoformat(), "by": by, "format": how, **more})


# reports.pdf (reportlab's charts) and reports.excel (openpyxl) load on first use: imported here they
# were 0.23 s of the window's first open, which builds the 统计 page (benchmarks/roster_search.py).


def save_report_pdf(full: FullReport, path: Path, actor: Actor) -> Changes:
    from station_app.reports.pdf import write_report_pdf

    write_report_pdf(full, path)
    _log(full.period, full.report.by, actor, "report.export", str(path), "pdf")
    return NO_CHANGES


def export_report(period: Period, by: str, path: Path, actor: Actor) -> Changes:
    """Write the report to *path*: an Excel workbook (.xlsx) or a PDF (.pdf)."""
    path = Path(path)
    full = full_report(period, by, actor)
    if path.suffix.lower() == ".pdf":
        return save_report_pdf(full, path, actor)
    from station_app.reports.excel import write_workbook

    write_workbook(full, path, actor)
    return NO_CHANGES


def report_pdf_for(period: Period, by: str, actor: Actor) -> bytes:
    """The PDF a print job puts on paper (a read: printing is logged by :func:`record_printed`)."""
    from station_app.reports.pdf import report_pdf

    return report_pdf(full_report(period, by, actor))


def record_printed(period: Period, by: str, actor: Actor, pages: int) -> Changes:
    _log(period, by, actor, "report.print", period.label, "print", pages=pages)
    return NO_CHANGES
