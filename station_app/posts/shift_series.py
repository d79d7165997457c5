"""Shifts that repeat weekly (每周一三五 07:00–09:00 until a date), and editing one or the rest.

A series writes one shift row per occurrence, so everything that works on a
shift (sign-ups, capacity, overrides, the kiosk's "shift now or soon") works on
each occurrence unchanged, and a sign-up belongs to one day, never to the
series. The series row remembers which occurrences belong together:

* editing "this one" changes that occurrence only;
* editing "this and later ones" changes that occurrence and every later one of
  its series, and splits the series there, so the earlier days keep their
  times and the later ones are a series of their own.

Setting up shifts is the 站长's act (as posts are); each create or edit is one
transaction with one audit entry naming every occurrence it touched.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from station_app.audit import Actor, record
from station_app.changes import Changes, Kind, changed
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import Post, Shift, ShiftSeries, ShiftSignup
from station_app.errors import NotFound
from station_app.hours.records import HoursError
from station_app.hours.times import from_min, local_time, offset_of, to_min
from station_app.i18n import translate
from station_app.staff.roles import require_admin

MAX_DAYS = 366  # a series runs at most a year: a station plans terms, and rows stay few
THIS_ONE, THIS_AND_LATER = "one", "later"



@dataclass(frozen=True)
class SeriesInput:
    post_id: int
    weekdays: tuple[int, ...]   # 1 = Monday … 7 = Sunday
    start: dt.time
    end: dt.time
    first_day: dt.date
    last_day: dt.date
    capacity: int | None = None
    note: str = ""


@dataclass(frozen=True)
class SeriesMade:
    series_id: int
    shift_ids: tuple[int, ...]
    changes: Changes


@dataclass(frozen=True)
class ShiftEdit:
    """New times, capacity and note for an occurrence (and, with THIS_AND_LATER, the later ones)."""

    start: dt.time
    end: dt.time
    capacity: int | None
    note: str = ""


def weekdays_text(weekdays: tuple[int, ...] | list[int]) -> str:
    """(1, 3, 5) → "每周一、三、五"."""
    names = (translate("shifts", "一"), translate("shifts", "二"), translate("shifts", "三"), translate("shifts", "四"),
             translate("shifts", "五"), translate("shifts", "六"), translate("shifts", "日"))
    return translate("shifts", "每周") + "、".join(names[d - 1] for d in sorted(weekdays))


def parse_weekdays(text: str) -> tuple[int, ...]:
    """ "1,3,5" (or "1 3 5", "135") → (1, 3, 5); ValueError naming what is wrong."""
    parts = [p for p in text.replace("，", ",").replace(" ", ",").split(",") if p]
    if len(parts) == 1 and parts[0].isdigit() and len(parts[0]) > 1:
        parts = list(parts[0])
    days = []
    for p in parts:
        if not (p.isascii() and p.isdigit() and 1 <= int(p) <= 7):
            raise ValueError(translate("shifts", "星期“{p}”应为 1 到 7（1 为周一，7 为周日）").format(p=p))
        days.append(int(p))
    if not days:
        raise ValueError(translate("shifts", "请选择每周哪几天"))
    return tuple(sorted(set(days)))


def occurrence_span(day: dt.date, start: dt.time, end: dt.time) -> tuple[dt.datetime, dt.datetime]:
    begin = local_time(day, start)
    finish = local_time(day, end)
    if finish <= begin:  # a night shift ends the next morning
        finish = local_time(day + dt.timedelta(days=1), end)
    return begin, finish


def _check_times(start: dt.time, end: dt.time, capacity: int | None) -> None:
    if start == end:
        raise HoursError(translate("shifts", "班次结束时间必须晚于开始时间"))
    if capacity is not None and capacity < 1:
        raise HoursError(translate("shifts", "人数上限至少为 1；不限人数请留空"))


def occurrence_days(weekdays: tuple[int, ...], first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)
            if (first + dt.timedelta(days=i)).isoweekday() in weekdays]


def create_series(inp: SeriesInput, actor: Actor) -> SeriesMade:
    """Every occurrence from *first_day* to *last_day* on the chosen weekdays, in one transaction."""
    require_admin(actor, translate("shifts", "设置班次"))
    _check_times(inp.start, inp.end, inp.capacity)
    if inp.last_day < inp.first_day:
        raise HoursError(translate("shifts", "重复截止日期 {b} 早于开始日期 {a}").format(a=inp.first_day, b=inp.last_day))
    if (inp.last_day - inp.first_day).days >= MAX_DAYS:
        raise HoursError(translate("shifts", "重复班次最长一年，请把截止日期提前"))
    weekdays = tuple(sorted(set(inp.weekdays)))
    if not weekdays or any(d < 1 or d > 7 for d in weekdays):
        raise HoursError(translate("shifts", "请选择每周哪几天"))
    days = occurrence_days(weekdays, inp.first_day, inp.last_day)
    if not days:
        raise HoursError(translate("shifts", "{a} 至 {b} 之间没有{w}").format(a=inp.first_day, b=inp.last_day, w=weekdays_text(weekdays)))
    with database.atomic():
        post = Post.get_or_none(Post.id == inp.post_id)
        if post is None:
            raise NotFound(inp.post_id)
        cap = inp.capacity if inp.capacity is not None else post.capacity
        now = now_iso()
        series = ShiftSeries.create(post=post.id, weekdays=",".join(map(str, weekdays)),
                                    start_time=inp.start.strftime("%H:%M"), end_time=inp.end.strftime("%H:%M"),
                                    first_day=inp.first_day, last_day=inp.last_day, capacity=cap,
                                    note=inp.note.strip(), created_at=now)
        ids = []
        for day in days:
            begin, finish = occurrence_span(day, inp.start, inp.end)
            row = Shift.create(post=post.id, start_min=to_min(begin), end_min=to_min(finish),
                               utc_offset=offset_of(begin), capacity=cap, note=inp.note.strip(), created_at=now,
                               series=series.id)
            ids.append(row.id)
        record(actor, "shift.create_series", "shift_series", series.id, None,
               {"post_id": post.id, "weekdays": series.weekdays, "start": series.start_time, "end": series.end_time,
                "first_day": inp.first_day.isoformat(), "last_day": inp.last_day.isoformat(), "capacity": cap,
                "shifts": len(ids)})
    return SeriesMade(series.id, tuple(ids), changed(ids={Kind.SHIFTS: ids}))


def _signed_up(shift_ids: list[int]) -> dict[int, int]:
    q = (ShiftSignup.select(ShiftSignup.shift, fn.COUNT(ShiftSignup.id).alias("n"))
         .where(ShiftSignup.shift.in_(shift_ids)).group_by(ShiftSignup.shift))
    return {r.shift_id: r.n for r in q}


def edit_shift(shift_id: int, edit: ShiftEdit, scope: str, actor: Actor) -> Changes:
    """Change one occurrence (THIS_ONE) or it and every later one of its series (THIS_AND_LATER).

    Sign-ups stay with their day. A capacity below what a day already has signed up is refused.
    """
    require_admin(actor, translate("shifts", "修改班次"))
    _check_times(edit.start, edit.end, edit.capacity)
    with database.atomic():
        shift = Shift.get_or_none(Shift.id == shift_id)
        if shift is None:
            raise NotFound(shift_id)
        if scope == THIS_AND_LATER and shift.series_id is not None:
            targets = list(Shift.select().where((Shift.series == shift.series_id)
                                                & (Shift.start_min >= shift.start_min)).order_by(Shift.start_min))
        else:
            targets = [shift]
        counts = _signed_up([s.id for s in targets])
        if edit.capacity is not None:
            for s in targets:
                if counts.get(s.id, 0) > edit.capacity:
                    raise HoursError(translate("shifts", "{d} 的班次已有 {n} 人报名，多于新的人数上限 {cap}").format(
                        d=f"{from_min(s.start_min, s.utc_offset):%m-%d}", n=counts[s.id], cap=edit.capacity))
        before = [{"shift_id": s.id, "start": from_min(s.start_min, s.utc_offset).isoformat(),
                   "end": from_min(s.end_min, s.utc_offset).isoformat(), "capacity": s.capacity, "note": s.note}
                  for s in targets]
        new_series = _split_series(shift, edit) if scope == THIS_AND_LATER and shift.series_id is not None else None
        after = []
        for s in targets:
            day = from_min(s.start_min, s.utc_offset).date()
            begin, finish = occurrence_span(day, edit.start, edit.end)
            values = {"start_min": to_min(begin), "end_min": to_min(finish), "utc_offset": offset_of(begin),
                      "capacity": edit.capacity, "note": edit.note.strip()}
            if new_series is not None:
                values["series"] = new_series
            Shift.update(**values).where(Shift.id == s.id).execute()
            after.append({"shift_id": s.id, "start": begin.isoformat(), "end": finish.isoformat(),
                          "capacity": edit.capacity, "note": edit.note.strip()})
        record(actor, "shift.update", "shift", shift_id, {"shifts": before},
               {"shifts": after, "scope": scope, "series_id": new_series or shift.series_id})
    return changed(ids={Kind.SHIFTS: [s.id for s in targets]})


def _split_series(shift: Shift, edit: ShiftEdit) -> int:
    """End the series the day before *shift*; a new series, with the new times, runs from its day on."""
    series = ShiftSeries.get_by_id(shift.series_id)
    day = from_min(shift.start_min, shift.utc_offset).date()
    if day <= series.first_day:  # the whole series changes: no earlier part to keep
        ShiftSeries.update(start_time=edit.start.strftime("%H:%M"), end_time=edit.end.strftime("%H:%M"),
                           capacity=edit.capacity, note=edit.note.strip()).where(ShiftSeries.id == series.id).execute()
        return series.id
    later = ShiftSeries.create(post=series.post_id, weekdays=series.weekdays, start_time=edit.start.strftime("%H:%M"),
                               end_time=edit.end.strftime("%H:%M"), first_day=day, last_day=series.last_day,
                               capacity=edit.capacity, note=edit.note.strip(), created_at=now_iso())
    ShiftSeries.update(last_day=day - dt.timedelta(days=1)).where(ShiftSeries.id == series.id).execute()
    return later.id


@dataclass(frozen=True)
class SeriesInfo:
    id: int
    weekdays: tuple[int, ...]
    first_day: dt.date
    last_day: dt.date
    later_count: int   # occurrences from the asked one on, itself included

    @property
    def text(self) -> str:
        return translate("shifts", "{w}，{a} 至 {b}").format(w=weekdays_text(self.weekdays), a=self.first_day, b=self.last_day)


def series_of(shift_id: int) -> SeriesInfo | None:
    """The series a shift belongs to, and how many of its occurrences are this one or later; None if single."""
    shift = Shift.get_or_none(Shift.id == shift_id)
    if shift is None:
        raise NotFound(shift_id)
    if shift.series_id is None:
        return None
    series = ShiftSeries.get_by_id(shift.series_id)
    later = Shift.select().where((Shift.series == series.id) & (Shift.start_min >= shift.start_min)).count()
    return SeriesInfo(series.id, tuple(int(d) for d in series.weekdays.split(",")), series.first_day,
                      series.last_day, later)
