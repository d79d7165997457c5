"""Service records to an Excel file, one row per record, ID numbers masked.

Every record in the period is written, whatever its state (the 状态 column
says which), so the file is a faithful copy of the register and not a total;
the 计入志愿服务 column says whether its time counts as volunteer hours. The
period filters on the day a record starts. Times are Excel date-times (so the
file sorts and filters), minutes whole numbers, hours one decimal as shown in
the app. ID cells are text. Written to a temporary file and moved into place,
like the roster export; audit-logged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from station_app.atomic_files import replacing
from station_app.audit import Actor, record
from station_app.db import database
from station_app.db.models import Post, ServiceRecord, Volunteer
from station_app.hours.records import STATE_LABELS
from station_app.hours.times import from_min, hours_text, local_time, to_min
from station_app.i18n import in_source_language, translate
from station_app.roster.ids import mask_id_number

HEADERS = ("姓名", "证件号码", "岗位", "开始", "结束", "分钟", "小时", "状态", "服务人次", "服务内容", "计入志愿服务")
COLUMN_WIDTHS = (10, 22, 16, 18, 18, 8, 8, 8, 10, 30, 12)
TIME_FORMAT = "yyyy-mm-dd hh:mm"

Progress = Callable[[int, int], None]


def _query(day_from: dt.date | None, day_to: dt.date | None):
    q = (ServiceRecord.select(Volunteer.name, Volunteer.id_number, Post.name, ServiceRecord.start_min,
                              ServiceRecord.end_min, ServiceRecord.utc_offset, ServiceRecord.minutes,
                              ServiceRecord.state, ServiceRecord.people_served, ServiceRecord.content,
                              ServiceRecord.counts)
         .join(Volunteer, on=(ServiceRecord.volunteer == Volunteer.id))
         .switch(ServiceRecord).join(Post, on=(ServiceRecord.post == Post.id)))
    if day_from is not None:
        q = q.where(ServiceRecord.start_min >= to_min(local_time(day_from, "00:00")))
    if day_to is not None:
        q = q.where(ServiceRecord.start_min < to_min(local_time(day_to + dt.timedelta(days=1), "00:00")))
    return q


def hours_rows(day_from: dt.date | None = None, day_to: dt.date | None = None) -> Iterator[list]:
    """Each record in the period, oldest first, as the cell values of one row."""
    q = _query(day_from, day_to).order_by(ServiceRecord.start_min, ServiceRecord.id).tuples()
    for name, number, post, start, end, offset, minutes, state, served, content, counts in q.iterator():
        yield [name, mask_id_number(number), post, _wall(start, offset), _wall(end, offset) if end is not None else None,
               minutes, float(hours_text(minutes)) if minutes is not None else None,
               translate("export", STATE_LABELS.get(state, state)), served, content, translate("export", "是") if counts else translate("export", "否")]


def _wall(minutes: int, offset: int) -> dt.datetime:
    """The wall-clock time the record was made at, as Excel wants it (no zone)."""
    return from_min(minutes, offset).replace(tzinfo=None)


def export_hours(path: Path, actor: Actor, day_from: dt.date | None = None, day_to: dt.date | None = None,
                 progress: Progress | None = None) -> int:
    """Write the records starting in [day_from, day_to] to *path* (.xlsx); return how many. Audit-logged."""
    path = Path(path)
    total = _query(day_from, day_to).count()
    with replacing(path, private=True) as partial:
        count = _write_xlsx(partial, hours_rows(day_from, day_to), total, progress)
    with database.atomic():
        record(actor, "hours.export", "file", str(path), None,
               {"rows": count, "from": day_from.isoformat() if day_from else None,
                "to": day_to.isoformat() if day_to else None, "masked": True, "format": "xlsx"})
    return count


@in_source_language
def _write_xlsx(path: Path, rows: Iterator[list], total: int, progress: Progress | None) -> int:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(translate("export", "服务时长记录"))
    for i, width in enumerate(COLUMN_WIDTHS):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    bold = Font(bold=True)
    ws.append([_cell(ws, translate("export", h), font=bold) for h in HEADERS])
    count = 0
    for row in rows:
        ws.append([_cell(ws, v) for v in row])
        count += 1
        if progress and count % 1000 == 0:
            progress(count, total)
    wb.save(path)
    return count


def _cell(ws, value, font: Font | None = None) -> WriteOnlyCell:
    if isinstance(value, str):
        # a string cell is never evaluated ("=…" stays text); ID numbers stay text, formatted "@"
        cell = WriteOnlyCell(ws, value=ILLEGAL_CHARACTERS_RE.sub(" ", value))
        cell.data_type = "s"
        cell.number_format = "@"
    else:
        cell = WriteOnlyCell(ws, value=value)
        if isinstance(value, dt.datetime):
            cell.number_format = TIME_FORMAT
        elif isinstance(value, float):
            cell.number_format = "0.0"
    if font is not None:
        cell.font = font
    return cell
