"""A volunteer's hours: approved totals, today's time, star level.

Only approved records on posts that count as service are volunteer hours.
A star level here is only which threshold approved hours have reached (the federation grants
the level itself); the thresholds are a setting, a named preset or custom (star_standard.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from station_app.db.models import ServiceRecord
from station_app.hours.records import RecordView, _select, view_of
from station_app.hours.star_standard import current_thresholds
from station_app.hours.times import local_time, to_min


def star_thresholds() -> list[int]:
    """The thresholds in force: the chosen preset's, or the custom list (hours/star_standard.py)."""
    return current_thresholds()


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
    star_text: str = ""  # "累计志愿服务时长已达到一星志愿者标准（100 小时）"


def volunteer_history(volunteer_id: int) -> History:
    rows = [view_of(r) for r in _select().where(ServiceRecord.volunteer == volunteer_id)
            .order_by(ServiceRecord.start_min.desc())]
    approved = sum(r.minutes or 0 for r in rows if r.state == "approved" and r.counts)
    pending = sum(r.minutes or 0 for r in rows if r.state == "pending" and r.counts)
    other = sum(r.minutes or 0 for r in rows if r.state == "approved" and not r.counts)
    from station_app.hours.star_standard import reached_text, threshold_for

    thresholds = star_thresholds()
    stars = star_level(approved, thresholds)
    return History(rows, approved, pending, other, stars, reached_text(stars, threshold_for(stars, thresholds)))
