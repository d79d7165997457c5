"""The report as a PDF file or a print job: written, then audit-logged (the report names the station's
figures and who made it; printing and saving are acts staff may be asked about)."""

from __future__ import annotations

from pathlib import Path

from station_app.audit import Actor, record
from station_app.changes import Changes, NO_CHANGES
from station_app.db import database
from station_app.reports.build import FullReport
from station_app.reports.pdf import report_pdf, write_report_pdf


def _log(full: FullReport, actor: Actor, action: str, target: str, how: str) -> None:
    with database.atomic():
        record(actor, action, "file", target, None,
               {"from": full.period.first.isoformat(), "to": full.period.last.isoformat(), "by": full.report.by,
                "format": how})


def save_report_pdf(full: FullReport, path: Path, actor: Actor) -> Changes:
    write_report_pdf(full, path)
    _log(full, actor, "report.export", str(path), "pdf")
    return NO_CHANGES


def report_for_printing(full: FullReport, actor: Actor) -> bytes:
    """The PDF handed to the printer; logged as printed when the print dialog was accepted."""
    data = report_pdf(full)
    _log(full, actor, "report.print", full.period.label, "print")
    return data
