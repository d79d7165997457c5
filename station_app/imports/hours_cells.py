"""Cells of an hour sheet to times, hours and counts, or the reason they can't be.

Times come as Excel times (a datetime on 1899-12-30/31, or a fraction of a
day), as full date-times, or as text: "8:30", "08:30:00", "８：３０", "8点半",
"下午2点", "2024-05-06 08:30", "次日 02:00", "24:00". A time is never guessed
from a bare number ("8" might be 8:00 or 8 hours): such a cell is refused.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from station_app.i18n import translate
from station_app.imports import cell_values as cv
from station_app.imports.table_reader import Cell, Formula
from station_app.text_normalize import strip_all_space, to_half_width

CellProblem = cv.CellProblem


@dataclass(frozen=True)
class Clock:
    """A time of day, with the date when the cell carried one; ``days`` is 1 for 次日 or 24:00."""

    time: dt.time
    day: dt.date | None = None
    days: int = 0


def _refuse_formula(cell: Cell) -> None:
    if isinstance(cell, Formula):
        raise CellProblem(translate("import", "单元格是公式（{f}），不是数值。请在 Excel 中“选择性粘贴 → 数值”后再导入").format(f=cell.text[:40]))


_HMS = re.compile(r"^(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.\d+)?)?$")
_CN = re.compile(r"^(\d{1,2})[点时](?:(半)|(\d{1,2})分?)?$")
_HALF_DAY = {"上午": 0, "早上": 0, "早晨": 0, "凌晨": 0, "中午": 12, "下午": 12, "晚上": 12, "傍晚": 12}
_DATE_THEN_TIME = re.compile(r"^(?:(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})[T\s]+|(\d{4}年\d{1,2}月\d{1,2}日)\s*)(\S.*)$")


def as_clock(cell: Cell) -> Clock:
    _refuse_formula(cell)
    if isinstance(cell, dt.datetime):
        if cell.year <= 1900:  # Excel keeps a time-only cell as a moment on its epoch day
            return Clock(cell.time().replace(second=0, microsecond=0))
        return Clock(cell.time().replace(second=0, microsecond=0), cell.date())
    if isinstance(cell, dt.time):
        return Clock(cell.replace(second=0, microsecond=0))
    if isinstance(cell, dt.timedelta) and dt.timedelta(0) <= cell <= dt.timedelta(days=1):  # an [h]:mm cell
        minutes = round(cell.total_seconds() / 60)
        return _clock(minutes // 60, minutes % 60, None)
    if isinstance(cell, dt.date):
        raise CellProblem(translate("import", "只有日期（{d}），没有时间").format(d=cell.isoformat()))
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        if 0 <= cell < 1:  # Excel's time as a fraction of a day
            minutes = int(Decimal(str(cell)) * 1440 + Decimal("0.5"))
            return _clock(minutes // 60, minutes % 60, None)
        raise CellProblem(translate("import", "时间“{v}”无法识别，请写成 08:30 的样子").format(v=cell))
    spaced = to_half_width(str(cell or "")).strip()
    raw = strip_all_space(spaced)
    text, day = raw, None
    m = _DATE_THEN_TIME.match(spaced)
    if m:
        day = cv.as_date(m[1] or m[2])
        text = strip_all_space(m[3])
    days = 0
    if text.startswith(("次日", "第二天", "翌日")):
        days, text = 1, re.sub(r"^(次日|第二天|翌日)", "", text)
    shift = None
    for word, add in _HALF_DAY.items():
        if text.startswith(word):
            shift, text = add, text[len(word):]
            break
    m = _HMS.match(text) or _CN.match(text)
    if not m:
        raise CellProblem(translate("import", "时间“{v}”无法识别，请写成 08:30 的样子").format(v=raw))
    hour = int(m[1])
    minute = 30 if m.re is _CN and m[2] else int((m[3] if m.re is _CN else m[2]) or 0)
    if shift == 12 and hour < 12:
        hour += 12
    clock = _clock(hour, minute, day, raw)
    return Clock(clock.time, clock.day, clock.days + days)


def _clock(hour: int, minute: int, day: dt.date | None, shown: str = "") -> Clock:
    if (hour, minute) == (24, 0):
        return Clock(dt.time(0, 0), day, 1)
    if hour > 23 or minute > 59:
        raise CellProblem(translate("import", "时间“{v}”不存在").format(v=shown or f"{hour}:{minute:02d}"))
    return Clock(dt.time(hour, minute), day)


_SPAN = re.compile(r"^(.+?)(?:-|–|—|~|～|〜|至|到)+(.+)$")


def as_span(cell: Cell) -> tuple[Clock, Clock]:
    """ "08:00-11:30", "8点至11点半" → start and end."""
    _refuse_formula(cell)
    text = to_half_width(str(cell or "")).strip()
    text = re.sub(r"^(\d{4})-(\d{1,2})-(\d{1,2})", r"\1/\2/\3", text)  # a date's dashes are not the range's
    m = _SPAN.match(text)
    if not m:
        raise CellProblem(translate("import", "起止时间“{v}”无法识别，请写成 08:00-11:30 的样子").format(v=text))
    return as_clock(m[1]), as_clock(m[2])


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def as_hours_minutes(cell: Cell) -> int:
    """Hours ("3", "2.5", "2.5小时", "3小时30分", 2.5) to whole minutes, rounded half up."""
    _refuse_formula(cell)
    if isinstance(cell, bool) or isinstance(cell, (dt.date, dt.time)):
        raise CellProblem(translate("import", "时长“{v}”应是小时数，例如 2.5").format(v=cell))
    if isinstance(cell, dt.timedelta):  # a duration cell ([h]:mm), as LibreOffice and calamine give it
        if cell <= dt.timedelta(0):
            raise CellProblem(translate("import", "时长必须大于 0"))
        return round(cell.total_seconds() / 60)
    text = strip_all_space(to_half_width(str(cell))).lower()
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:小时|个小时|h|hr|hrs|时)?(?:(\d{1,2})分钟?)?", text)
    value = _decimal(m[1]) if m else None
    if m is None or value is None:
        raise CellProblem(translate("import", "时长“{v}”应是小时数，例如 2.5").format(v=text))
    minutes = (value * 60 + int(m[2] or 0)).quantize(Decimal("1"), rounding=ROUND_HALF_UP)
    if minutes <= 0:
        raise CellProblem(translate("import", "时长必须大于 0"))
    return int(minutes)


def as_count(cell: Cell) -> int:
    """People served: a whole number, "12人次" too."""
    _refuse_formula(cell)
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    text = strip_all_space(to_half_width(str(cell)))
    m = re.fullmatch(r"(\d+)(?:人次|人|次)?", text)
    if not m:
        raise CellProblem(translate("import", "服务人次“{v}”应是不小于 0 的整数").format(v=text))
    return int(m[1])


def as_break_minutes(cell: Cell) -> int:
    """Break minutes: "30", "30分钟", "0.5小时", "1小时"."""
    _refuse_formula(cell)
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    text = strip_all_space(to_half_width(str(cell))).lower()
    m = re.fullmatch(r"(\d+)(?:分钟|分|min)?", text)
    if m:
        return int(m[1])
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:小时|h)", text)
    if m:
        return int((Decimal(m[1]) * 60).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
    raise CellProblem(translate("import", "休息时间“{v}”应是分钟数，例如 30").format(v=text))
