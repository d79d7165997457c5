"""Saving a volunteer's record to a file, audit-logged (the window and the command line both call this)."""

from __future__ import annotations

from pathlib import Path

from station_app.audit import Actor, record
from station_app.db import database
from station_app.i18n import translate
from station_app.volunteer_record.build import build_record


def save_record(volunteer_id: int, path: Path, actor: Actor, full_numbers: bool = False,
                handler: str | None = None) -> Path:
    """Write the record to *path* (.pdf or .xlsx) and audit-log that it was made, and for whom."""
    from station_app.volunteer_record.excel import write_record_workbook
    from station_app.volunteer_record.pdf import write_record_pdf

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise ValueError(translate("volunteer_record", "只能输出为 .pdf 或 .xlsx 文件：{path}").format(path=path))
    if not path.parent.is_dir():
        raise ValueError(translate("volunteer_record", "文件夹不存在：{folder}").format(folder=path.parent))
    doc = build_record(volunteer_id, actor, full_numbers, handler)
    (write_record_pdf if suffix == ".pdf" else write_record_workbook)(doc, path)
    with database.atomic():
        record(actor, "volunteer_record.export", "volunteer", volunteer_id, None,
               {"file": path.name, "full_numbers": full_numbers, "handler": doc.made_by, "training": len(doc.training),
                "awards": len(doc.awards), "evaluations": len(doc.evaluations)})
    return path
