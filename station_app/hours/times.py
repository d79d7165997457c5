"""Minutes since 1970 (UTC) as stored, and the local wall clock as shown.

Keeping whole minutes makes "times to the minute" exact and overlap checks
integer comparisons. The station's UTC offset is stored beside each time so a
record shows the wall-clock time it was made at, whatever the PC says later.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal

from station_app.text_normalize import to_half_width

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def local_now() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(second=0, microsecond=0)


def to_min(moment: dt.datetime) -> int:
    """Whole minutes since the epoch; a naive time is taken as local time."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return int((moment - EPOCH).total_seconds() // 60)


def offset_of(moment: dt.datetime) -> int:
    if moment.tzinfo is None:
        moment = moment.astimezone()
    offset = moment.utcoffset()
    assert offset is not None  # an aware moment always has one
    return int(offset.total_seconds() // 60)


def from_min(minutes: int, utc_offset: int) -> dt.datetime:
    tz = dt.timezone(dt.timedelta(minutes=utc_offset))
    return (EPOCH + dt.timedelta(minutes=minutes)).astimezone(tz)


def local_time(day: dt.date, hhmm: str | dt.time) -> dt.datetime:
    """The local moment of *hhmm* on *day*."""
    t = hhmm if isinstance(hhmm, dt.time) else dt.time.fromisoformat(hhmm)
    return dt.datetime.combine(day, t.replace(second=0, microsecond=0)).astimezone()


def year_month(minutes: int, utc_offset: int) -> int:
    d = from_min(minutes, utc_offset)
    return d.year * 100 + d.month


def hours_text(minutes: int | None) -> str:
    """Hours with one decimal, rounded half up: 90 → "1.5", 100 → "1.7"."""
    if minutes is None:
        return ""
    return str((Decimal(minutes) / Decimal(60)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def rfc3339(minutes: int, utc_offset: int) -> str:
    return from_min(minutes, utc_offset).isoformat(timespec="seconds")


_CLOCK = re.compile(r"^\s*(\d{1,2})(?:\s*[:：.．时点]\s*(\d{1,2})\s*分?)?\s*$")
_CLOCK_DIGITS = re.compile(r"^\s*(\d{3,4})\s*$")
_CLOCK_COMPLETE = re.compile(r"^\s*\d{3,4}\s*$|\d\s*[:：.．时点]\s*\d{2}")


def clock_complete(text: str) -> bool:
    """Typed far enough to be read as a time with its minutes (930, 9:30), right or wrong."""
    return bool(_CLOCK_COMPLETE.search(to_half_width(text or "")))


def parse_clock(text: str, complete_only: bool = False) -> tuple[int, int] | None:
    """(hour, minute) from a time as people write it: 930, 0930, 9:30, 9：30, 9.30, 9点30, 17 (whole hour);
    full-width digits too. *complete_only*: None until the minutes are there ("9" on the way to "9:30")."""
    text = to_half_width(text or "")
    if complete_only and not clock_complete(text):
        return None
    m = _CLOCK_DIGITS.match(text)
    if m:
        digits = m.group(1).zfill(4)
        hour, minute = int(digits[:2]), int(digits[2:])
    else:
        m = _CLOCK.match(text)
        if not m:
            return None
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
    return (hour, minute) if 0 <= hour <= 23 and 0 <= minute <= 59 else None
