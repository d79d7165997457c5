"""The record as a workbook: one sheet, the same sections as the PDF, every cell text."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from station_app.atomic_files import replacing
from station_app.exports.cells import safe_text
from station_app.i18n import translate
from station_app.volunteer_record.build import VolunteerRecordDoc
from station_app.volunteer_record.rows import sections


def write_record_workbook(doc: VolunteerRecordDoc, path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = translate("volunteer_record", "个人志愿服务记录")
    bold = Font(bold=True)
    ws.append([translate("volunteer_record", "个人志愿服务记录"), safe_text(doc.station), safe_text(doc.name)])
    ws.cell(ws.max_row, 1).font = bold
    for heading, header, rows, empty in sections(doc):
        ws.append([])
        ws.append([safe_text(heading)])
        ws.cell(ws.max_row, 1).font = bold
        if header:
            ws.append([safe_text(h) for h in header])
        for row in rows or [[empty]]:
            ws.append([safe_text(str(v)) for v in row])
    for col, width in zip("ABCDE", (18, 22, 18, 40, 14)):
        ws.column_dimensions[col].width = width
    with replacing(Path(path), private=True) as partial:  # names a person: readable by this user only
        wb.save(partial)
