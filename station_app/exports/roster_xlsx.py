"""Roster to Excel, ID numbers as text.

Excel turns an 18-digit number into 1.10105E+17 and loses the last digits, so
every ID, phone and platform number cell is written as a string with the text
number format ("@"). The write-only workbook streams rows, so 100k volunteers
need little memory.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from station_app.audit import Actor, record
from station_app.db import database
from station_app.db.models import Volunteer
from station_app.exports.cells import safe_text
from station_app.i18n import translate
from station_app.roster.ids import IdType, mask_id_number
from station_app.roster.phone import mask_phone

GENDER = {"M": "男", "F": "女", "": ""}
STATUS = {"active": "在册", "inactive": "已停用"}
TEXT_COLUMNS = {"证件号码", "手机号码", "志愿者编号", "监护人电话"}

HEADERS = ("姓名", "证件类型", "证件号码", "性别", "出生日期", "手机号码", "志愿者编号", "所属队伍",
           "技能/标签", "监护人姓名", "监护人电话", "告知同意日期", "状态", "备注")


def export_roster_xlsx(path: Path, actor: Actor, mask: bool = False,
                       progress: Callable[[int, int], None] | None = None) -> int:
    """Write every volunteer to *path*; return the number of rows.

    Written to a temporary file next to the target and moved into place, so a
    failure never leaves a half-written workbook under the user's file name.
    """
    path = Path(path)
    total = Volunteer.select().count()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(translate("export", "志愿者名册"))
    bold = Font(bold=True)
    ws.append([_cell(ws, translate("export", h), font=bold) for h in HEADERS])
    count = 0
    for v in Volunteer.select().order_by(Volunteer.name_pinyin, Volunteer.id).iterator():
        values = (
            v.name, IdType(v.id_type).label,
            mask_id_number(v.id_number) if mask else v.id_number,
            GENDER.get(v.gender, ""), v.birth_date.isoformat() if v.birth_date else "",
            mask_phone(v.phone) if mask else (v.phone or ""), v.platform_no or "", v.team,
            v.skills.replace(",", "、"), v.guardian_name,
            mask_phone(v.guardian_phone) if mask else (v.guardian_phone or ""),
            v.consent_date.isoformat() if v.consent_date else "", STATUS.get(v.status, v.status), v.notes,
        )
        ws.append([_cell(ws, safe_text(val), text=h in TEXT_COLUMNS) for h, val in zip(HEADERS, values)])
        count += 1
        if progress and count % 1000 == 0:
            progress(count, total)
    fd, tmp = tempfile.mkstemp(suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    with database.atomic():
        record(actor, "roster.export", "file", str(path), None,
               {"rows": count, "masked": mask, "format": "xlsx"})
    return count


def _cell(ws, value: str, text: bool = False, font: Font | None = None) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    if text:
        cell.number_format = "@"
    if font is not None:
        cell.font = font
    return cell
