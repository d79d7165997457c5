"""A volunteer's hours: approved totals, today's time, star level.

Only approved records on posts that count as service are volunteer hours.
Star levels (星级) come from approved hours; thresholds are a setting
(100 / 300 / 600 / 1000 / 1500 by default).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from station_app import config
from station_app.db.models import ServiceRecord
from station_app.hours.records import RecordView, _select, view_of
from station_app.hours.times import local_time, to_min
from station_app.station import settings


def star_thresholds() -> list[int]:
    raw = settings.get(config.STAR_THRESHOLDS)
    try:
        values = sorted(int(x) for x in raw.replace("，", ",").split(",") if x.strip())
    except ValueError:
        values = []
    return values or [int(x) for x in config.STAR_THRESHOLDS.default.split(",")]


def star_level(approved_minutes: int, thresholds: list[int] | None = None) -> int:
    hours = approved_minutes / 60
    return sum(1 for t in (thresholds or star_thresholds()) if hours >= t)


def approved_minutes(volunteer_id: int) -> int:
    total = (ServiceRecord.select(fn.COALESCE(fn.SUM(ServiceRecord.minutes), 0))
             .where((ServiceRecord.volunteer == volunteer_id) & (ServiceRecord.state == "approved")
                    & (ServiceRecord.counts == True)).scalar())  # noqa: E712 - peewee expression
    return int(total or 0)


def minutes_on_day(volunteer_id: int, day: dt.date) -> int:
    """Service minutes recorded that day (pending and approved, counting posts)."""
    start = to_min(local_time(day, "00:00"))
    end = to_min(local_time(day + dt.timedelta(days=1), "00:00"))
    total = (ServiceRecord.select(fn.COALESCE(fn.SUM(ServiceRecord.minutes), 0))
             .where((ServiceRecord.volunteer == volunteer_id) & (ServiceRecord.state.in_(("pending", "approved")))
                    & (ServiceRecord.counts == True)  # noqa: E712
                    & (ServiceRecord.start_min >= start) & (ServiceRecord.start_min < end)).scalar())
    return int(total or 0)


@dataclass(frozen=True)
class History:
    records: list[RecordView]
    approved_minutes: int
    pending_minutes: int
    other_minutes: int   # approved time on posts that do not count as service
    stars: int


def volunteer_history(volunteer_id: int) -> History:
    rows = [view_of(r) for r in _select().where(ServiceRecord.volunteer == volunteer_id)
            .order_by(ServiceRecord.start_min.desc())]
    approved = sum(r.minutes or 0 for r in rows if r.state == "approved" and r.counts)
    pending = sum(r.minutes or 0 for r in rows if r.state == "pending" and r.counts)
    other = sum(r.minutes or 0 for r in rows if r.state == "approved" and not r.counts)
    return History(rows, approved, pending, other, star_level(approved))
