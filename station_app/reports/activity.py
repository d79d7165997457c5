"""The monthly 活动统计表: one row per post (activity) and date, the form stations file each month.

Each row: date, post, place, number of volunteers, 上岗人次, hours and people
served, counted by the same rule as every other figure (docs/reports.md).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from station_app.db import database
from station_app.reports.counting import FIGURES, LOCAL_DAY, counted_where
from station_app.reports.figures import Figures
from station_app.reports.periods import EPOCH_DAY, Period


@dataclass(frozen=True)
class ActivityRow:
    day: dt.date
    post_id: int
    post_name: str
    category: str
    place: str
    figures: Figures


def activity_table(period: Period) -> list[ActivityRow]:
    where, params = counted_where(period)
    rows = database.execute_sql(
        f"SELECT {LOCAL_DAY} AS day, r.post_id, {FIGURES} FROM service_record r WHERE {where}"
        " GROUP BY day, r.post_id ORDER BY day, r.post_id", params).fetchall()
    posts = {pid: (name, category, place) for pid, name, category, place in database.execute_sql(
        "SELECT id, name, category, place FROM post").fetchall()}
    out = []
    for day, post_id, *figures in rows:
        name, category, place = posts.get(post_id, (str(post_id), "", ""))
        out.append(ActivityRow(EPOCH_DAY + dt.timedelta(days=day), post_id, name, category, place,
                               Figures(*figures)))
    return out
