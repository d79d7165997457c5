"""The roster to Excel or CSV, numbers kept as text, nothing a spreadsheet would evaluate.

Excel turns an 18-digit number into 1.10105E+17 and loses the last digits, so
ID, phone and platform number cells are strings with the text format ("@").
CSV is UTF-8 with a BOM, which Excel on Chinese Windows needs to read it as
UTF-8 rather than GBK. A value starting with = + - or @ is never evaluated:
string cells in .xlsx, a leading apostrophe in .csv. Both are written to a temporary file next to the target
and moved into place, so a failure never leaves half a file under the user's
name. The write-only workbook streams rows: 100k volunteers need little memory.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from station_app.atomic_files import replacing
from station_app.audit import Actor, record
from station_app.db import database
from station_app.db.models import Volunteer
from station_app.exports.cells import safe_text
from station_app.i18n import in_source_language, translate
from station_app.roster.age_band import age_band
from station_app.roster.ids import IdType, mask_id_number
from station_app.roster.phone import mask_phone
from station_app.staff.roles import require_admin

GENDER = {"M": "男", "F": "女", "": ""}
STATUS = {"active": "在册", "inactive": "已停用"}
HEADERS = ("姓名", "证件类型", "证件号码", "性别", "出生日期", "手机号码", "志愿者编号", "所属队伍",
           "技能/标签", "监护人姓名", "监护人电话", "告知同意日期", "监护人单独同意日期", "状态", "备注")
TEXT_COLUMNS = {2, 5, 6, 10}  # ID, phone, platform number, guardian phone

Progress = Callable[[int, int], None]


AGE_HEADER = "年龄段"  # a masked export's column 4: a birth date or an age would fill in the ID's mask


@in_source_language
def headers(mask: bool) -> list[str]:
    names = list(HEADERS)
    if mask:
        names[4] = AGE_HEADER
    return [translate("export", h) for h in names]


def roster_rows(mask: bool) -> Iterator[list[str]]:
    """Every volunteer in roster order, as the text of each cell; masked: numbers masked, an age band
    (roster/age_band.py) instead of the birth date."""
    for v in Volunteer.select().order_by(Volunteer.name_pinyin, Volunteer.name, Volunteer.id).iterator():
        birth = v.birth_date.isoformat() if v.birth_date else ""
        if mask:
            birth = age_band(v.birth_date)
        values = (
            v.name, IdType(v.id_type).label,
            mask_id_number(v.id_number) if mask else v.id_number,
            GENDER.get(v.gender, ""), birth,
            mask_phone(v.phone) if mask else (v.phone or ""), v.platform_no or "", v.team,
            v.skills.replace(",", "、"), v.guardian_name,
            mask_phone(v.guardian_phone) if mask else (v.guardian_phone or ""),
            v.consent_date.isoformat() if v.consent_date else "",
            v.child_consent_date.isoformat() if v.child_consent_date else "", STATUS.get(v.status, v.status), v.notes,
        )
        yield list(values)


def export_roster(path: Path, actor: Actor, mask: bool = False, progress: Progress | None = None,
                  reason: str = "") -> int:
    """Write every volunteer to *path* (.xlsx or .csv); return the number written. Audit-logged.

    Full (unmasked) ID and phone numbers, and birth dates, only for administrators, and only with a
    reason (why a whole copy of the roster leaves the system), which goes into the audit log.
    """
    reason = " ".join((reason or "").split())
    if not mask:
        require_admin(actor, translate("export", "导出完整的证件号码和手机号码"))
        if not reason:
            raise ValueError(translate("export", "导出完整号码须说明原因（如：向街道报送名册），原因记入操作日志"))
    path = Path(path)
    kind = "csv" if path.suffix.lower() == ".csv" else "xlsx"
    total = Volunteer.select().count()
    writer = _write_csv if kind == "csv" else _write_xlsx
    with replacing(path, private=True) as partial:
        count = writer(partial, headers(mask), roster_rows(mask), total, progress)
    with database.atomic():
        record(actor, "roster.export", "file", str(path), None, {"rows": count, "masked": mask, "format": kind},
               reason)
    return count


@in_source_language
def _write_csv(path: Path, headers: list[str], rows: Iterator[list[str]], total: int,
               progress: Progress | None) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_csv_text(v) if i in TEXT_COLUMNS else safe_text(v) for i, v in enumerate(row)])
            count += 1
            if progress and count % 1000 == 0:
                progress(count, total)
    return count


def _csv_text(value: str) -> str:
    """A number-like CSV field Excel must keep as text: a leading tab stops it turning an
    18-digit ID into 1.10105E+17 (our importer, like WPS and LibreOffice, drops the tab)."""
    return "\t" + value if value[:1].isdigit() else safe_text(value)


@in_source_language
def _write_xlsx(path: Path, headers: list[str], rows: Iterator[list[str]], total: int,
                progress: Progress | None) -> int:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(translate("export", "志愿者名册"))
    bold = Font(bold=True)
    ws.append([_cell(ws, h, font=bold) for h in headers])
    count = 0
    for row in rows:
        ws.append([_cell(ws, value, text=i in TEXT_COLUMNS) for i, value in enumerate(row)])
        count += 1
        if progress and count % 1000 == 0:
            progress(count, total)
    wb.save(path)
    return count


def _cell(ws, value: str, text: bool = False, font: Font | None = None) -> WriteOnlyCell:
    # Control characters pasted into a note (Word's line break is \x0b) are not
    # allowed in .xlsx: openpyxl would refuse the whole export.
    cell = WriteOnlyCell(ws, value=ILLEGAL_CHARACTERS_RE.sub(" ", value))
    cell.data_type = "s"  # openpyxl would store "=…" as a formula; a string cell is never evaluated
    if text:
        cell.number_format = "@"
    if font is not None:
        cell.font = font
    return cell
