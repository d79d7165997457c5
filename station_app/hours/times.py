"""Minutes since 1970 (UTC) as stored, and the local wall clock as shown.

Keeping whole minutes makes "times to the minute" exact and overlap checks
integer comparisons. The station's UTC offset is stored beside each time so a
record shows the wall-clock time it was made at, whatever the PC says later.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

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
