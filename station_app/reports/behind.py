"""The records behind a row of a report: who served, when, where, for how long.

These name people, so the reader is an :class:`~station_app.audit.Actor` and ID
numbers are masked for every role (the same mask as everywhere: first 6 and
last 4 characters); phone numbers and birth dates are not read at all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from station_app.audit import Actor
from station_app.db import database
from station_app.errors import PermissionDenied
from station_app.hours.times import from_min
from station_app.i18n import translate
from station_app.reports.counting import LOCAL_DAY, counted_where
from station_app.reports.periods import EPOCH_DAY, Period
from station_app.roster.ids import IdType, mask_id_number
from station_app.staff.roles import ROLES

LIMIT = 50_000


@dataclass(frozen=True)
class CountedRecord:
    id: int
    volunteer_name: str
    id_type: str
    id_masked: str
    team: str
    post_name: str
    category: str
    place: str
    start: dt.datetime
    end: dt.datetime | None
    minutes: int
    people_served: int | None
    content: str
    corrects_id: int | None  # a correction: it replaced record #corrects_id


# What a row of each grouping selects, as (SQL, parameter).
def _row_filter(by: str, key) -> tuple[str, list]:
    if by == "month":
        return "r.ym = ?", [int(key)]
    if by == "post":
        return "r.post_id = ?", [int(key)]
    if by == "category":
        return "p.category = ?", [key]
    if by == "team":
        return "v.team = ?", [key]
    if by == "activity":  # (post id, date)
        post_id, day = key
        return f"r.post_id = ? AND {LOCAL_DAY} = ?", [int(post_id), (day - EPOCH_DAY).days]
    if by == "all":
        return "1", []
    raise ValueError(by)


def counted_records(period: Period, by: str, key, actor: Actor, limit: int = LIMIT) -> list[CountedRecord]:
    """The counted records of one row (*by* a grouping or "activity" or "all"), oldest first."""
    if actor.role not in ROLES:
        raise PermissionDenied(translate("reports", "只有工作人员可以查看服务记录明细"))
    where, params = counted_where(period)
    extra, more = _row_filter(by, key)
    rows = database.execute_sql(
        "SELECT r.id, v.name, v.id_type, v.id_number, v.team, p.name, p.category, p.place, r.start_min, r.end_min,"
        " r.utc_offset, r.minutes, r.people_served, r.content, r.corrects_id"
        " FROM service_record r JOIN volunteer v ON v.id = r.volunteer_id JOIN post p ON p.id = r.post_id"
        f" WHERE {where} AND {extra} ORDER BY r.start_min, r.id LIMIT ?", params + more + [limit]).fetchall()
    out = []
    for (rid, name, id_type, id_number, team, post, category, place, start, end, offset, minutes, served,
         content, corrects) in rows:
        out.append(CountedRecord(rid, name, _id_label(id_type), mask_id_number(id_number or ""), team, post, category, place,
                                 from_min(start, offset), from_min(end, offset) if end is not None else None,
                                 minutes or 0, served, content, corrects))
    return out


def _id_label(id_type: str) -> str:
    try:
        return IdType(id_type).label
    except ValueError:
        return id_type
