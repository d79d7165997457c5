"""What the home page (首页) shows staff when they log in: what is happening and what needs doing.

Read in one go on the worker thread; every part is a few indexed rows, so the
whole page reads in milliseconds on a station with a million records
(benchmarks/reports.py). The names on it are of people on post now, which staff
on duty may see (no ID or phone numbers).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from station_app.audit import Actor
from station_app.db import database
from station_app.errors import PermissionDenied
from station_app.hours.review import checkout_cutoff
from station_app.hours.times import from_min, local_now, local_time, to_min
from station_app.i18n import translate
from station_app.posts.shifts import ShiftView, shifts_between, week_of
from station_app.reports import periods, tally
from station_app.staff.roles import ROLES
from station_app.sync.setup import platform_configured
from station_app.sync.state import Overview, overview

ON_POST_LIMIT = 30


@dataclass(frozen=True)
class OnPost:
    record_id: int
    volunteer_name: str
    post_name: str
    since: dt.datetime
    minutes: int  # so far


@dataclass(frozen=True)
class HomeData:
    now: dt.datetime
    on_post: list[OnPost]  # checked in and not yet out (forgotten check-outs are counted apart)
    on_post_count: int
    checkins_today: int  # records started today, whatever became of them (voided ones aside)
    shifts_today: list[ShiftView]
    week_shifts: int
    week_free_places: int | None  # None: some shift this week has no limit
    pending_review: int
    forgotten_checkouts: int
    sync_configured: bool
    sync: Overview
    certificates_this_month: int
    last_months: list[tuple[int, int]]  # (ym, counted minutes), oldest first, 12 months to this one


def home_data(actor: Actor | None = None, now: dt.datetime | None = None) -> HomeData:
    if actor is not None and actor.role not in ROLES:
        raise PermissionDenied(translate("reports", "只有工作人员可以查看首页"))
    now = now or local_now()
    today = now.date()
    day_start, day_end = to_min(local_time(today, "00:00")), to_min(local_time(today + dt.timedelta(days=1), "00:00"))
    cutoff = checkout_cutoff(now)
    with database.atomic():
        open_rows = database.execute_sql(
            "SELECT r.id, v.name, p.name, r.start_min, r.utc_offset FROM service_record r"
            " JOIN volunteer v ON v.id = r.volunteer_id JOIN post p ON p.id = r.post_id"
            " WHERE r.state = 'open' AND r.start_min >= ? ORDER BY r.start_min LIMIT ?",
            (cutoff, ON_POST_LIMIT)).fetchall()
        on_post_count, forgotten = database.execute_sql(
            "SELECT COALESCE(SUM(start_min >= ?), 0), COALESCE(SUM(start_min < ?), 0) FROM service_record"
            " WHERE state = 'open'", (cutoff, cutoff)).fetchone()
        checkins = database.execute_sql(
            "SELECT COUNT(*) FROM service_record WHERE state IN ('open', 'pending', 'approved', 'rejected')"
            " AND start_min >= ? AND start_min < ?", (day_start, day_end)).fetchone()[0]
        pending = database.execute_sql("SELECT COUNT(*) FROM service_record WHERE state = 'pending'").fetchone()[0]
        week = shifts_between(*week_of(today))
        month = periods.current_month(today)
        certificates = database.execute_sql(
            "SELECT COUNT(*) FROM certificate WHERE issue_date BETWEEN ? AND ?",
            (month.first.isoformat(), month.last.isoformat())).fetchone()[0]
        months = _last_twelve(today)
        kept = {ym: minutes for ym, _v, _r, _p, minutes in tally.by_month(months)}
        sync = overview()
        configured = platform_configured()
    now_min = to_min(now)
    on_post = [OnPost(rid, name, post, from_min(start, offset), max(0, now_min - start))
               for rid, name, post, start, offset in open_rows]
    todays = [s for s in week if s.start.date() <= today <= s.end.date() and s.end > now.replace(hour=0, minute=0)]
    future_week = [s for s in week if s.end > now]
    places = [free_places(s) for s in future_week]
    free = None if any(p is None for p in places) else sum(p or 0 for p in places)
    return HomeData(now, on_post, on_post_count, checkins, todays, len(future_week), free, pending, forgotten,
                    configured, sync, certificates, [(ym, kept.get(ym, 0)) for ym in months])


def _last_twelve(today: dt.date) -> list[int]:
    y, m, out = today.year, today.month, []
    for _ in range(12):
        out.append(y * 100 + m)
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return out[::-1]


def free_places(shift: ShiftView) -> int | None:
    return None if shift.capacity is None else max(0, shift.capacity - shift.signed_up)
