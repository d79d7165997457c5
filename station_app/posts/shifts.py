"""Shifts (班次) on a post's week calendar, and staff signing volunteers up.

Capacity is enforced; staff may override it for a walk-in, and the override
is kept on the sign-up and in the audit log.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from peewee import fn

from station_app.audit import Actor, record
from station_app.changes import Changes, Kind, changed, changes_field
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import Post, Shift, ShiftSignup, Volunteer
from station_app.errors import NotFound
from station_app.hours.records import HoursError
from station_app.hours.times import from_min, local_time, offset_of, to_min
from station_app.i18n import translate
from station_app.staff.roles import require_admin


class ShiftFull(HoursError):
    """The shift is at capacity; staff may sign up with ``override=True``."""


@dataclass(frozen=True)
class ShiftView:
    id: int
    post_id: int
    post_name: str
    start: dt.datetime
    end: dt.datetime
    capacity: int | None
    signed_up: int
    note: str
    series_id: int | None = None  # one occurrence of a weekly series (posts/shift_series.py)
    changes: Changes = changes_field()

    @property
    def full(self) -> bool:
        return self.capacity is not None and self.signed_up >= self.capacity


def create_shift(post_id: int, start: dt.datetime, end: dt.datetime, actor: Actor,
                 capacity: int | None = None, note: str = "") -> ShiftView:
    s, e = to_min(start), to_min(end)
    if e <= s:
        raise HoursError(translate("shifts", "班次结束时间必须晚于开始时间"))
    if e - s > 24 * 60:
        raise HoursError(translate("shifts", "一个班次最长 24 小时"))
    if capacity is not None and capacity < 1:
        raise HoursError(translate("shifts", "人数上限至少为 1；不限人数请留空"))
    require_admin(actor, translate("shifts", "设置班次"))
    with database.atomic():
        post = Post.get_or_none(Post.id == post_id)
        if post is None:
            raise NotFound(post_id)
        cap = capacity if capacity is not None else post.capacity
        row = Shift.create(post=post_id, start_min=s, end_min=e, utc_offset=offset_of(start), capacity=cap,
                           note=note.strip(), created_at=now_iso())
        record(actor, "shift.create", "shift", row.id, None,
               {"post_id": post_id, "start": start.isoformat(), "end": end.isoformat(), "capacity": cap})
    return _changed(row.id)


def _changed(shift_id: int) -> ShiftView:
    return replace(get_shift(shift_id), changes=changed(ids={Kind.SHIFTS: [shift_id]}))


def _views(query) -> list[ShiftView]:
    counts = (ShiftSignup.select(ShiftSignup.shift, fn.COUNT(ShiftSignup.id).alias("n"))
              .group_by(ShiftSignup.shift))
    signed = {r.shift_id: r.n for r in counts.where(ShiftSignup.shift.in_([s.id for s in query]))} if query else {}
    return [ShiftView(s.id, s.post_id, s.post.name, from_min(s.start_min, s.utc_offset), from_min(s.end_min, s.utc_offset),
                      s.capacity, signed.get(s.id, 0), s.note, s.series_id) for s in query]


def _select():
    return Shift.select(Shift, Post.id, Post.name).join(Post, on=(Shift.post == Post.id))


def get_shift(shift_id: int) -> ShiftView:
    rows = list(_select().where(Shift.id == shift_id))
    if not rows:
        raise NotFound(shift_id)
    return _views(rows)[0]


def shifts_between(start: dt.datetime, end: dt.datetime, post_id: int | None = None) -> list[ShiftView]:
    q = _select().where((Shift.start_min < to_min(end)) & (Shift.end_min > to_min(start)))
    if post_id is not None:
        q = q.where(Shift.post == post_id)
    return _views(list(q.order_by(Shift.start_min)))


def week_of(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    monday = day - dt.timedelta(days=day.weekday())
    return local_time(monday, "00:00"), local_time(monday + dt.timedelta(days=7), "00:00")


def sign_up(shift_id: int, volunteer_id: int, actor: Actor, override: bool = False, note: str = "") -> ShiftView:
    with database.atomic("IMMEDIATE"):
        shift = get_shift(shift_id)
        volunteer = Volunteer.get_or_none(Volunteer.id == volunteer_id)
        if volunteer is None:
            raise NotFound(volunteer_id)
        if ShiftSignup.get_or_none((ShiftSignup.shift == shift_id) & (ShiftSignup.volunteer == volunteer_id)):
            raise HoursError(translate("shifts", "{name} 已报名这个班次").format(name=volunteer.name))
        over = shift.full
        if over and not override:
            raise ShiftFull(translate("shifts", "班次已满（{n}/{cap} 人）。如确需加入，请选择“超员加入”并注明原因").format(
                n=shift.signed_up, cap=shift.capacity))
        if over and not note.strip():
            raise HoursError(translate("shifts", "超员加入须注明原因"))
        ShiftSignup.create(shift=shift_id, volunteer=volunteer_id, over_capacity=over, note=note.strip(),
                           created_by=str(actor), created_at=now_iso())
        record(actor, "shift.sign_up", "shift", shift_id, None,
               {"volunteer_id": volunteer_id, "over_capacity": over, "note": note.strip()})
    return _changed(shift_id)


def cancel_sign_up(shift_id: int, volunteer_id: int, actor: Actor, reason: str = "") -> Changes:
    with database.atomic():
        deleted = ShiftSignup.delete().where((ShiftSignup.shift == shift_id)
                                             & (ShiftSignup.volunteer == volunteer_id)).execute()
        if not deleted:
            return changed()
        record(actor, "shift.cancel_sign_up", "shift", shift_id, {"volunteer_id": volunteer_id}, None, reason)
    return changed(ids={Kind.SHIFTS: [shift_id]})


def signups(shift_id: int) -> list[tuple[int, str, bool, str]]:
    """(volunteer id, name, over capacity, note) of a shift."""
    q = (ShiftSignup.select(ShiftSignup.volunteer, Volunteer.name, ShiftSignup.over_capacity, ShiftSignup.note)
         .join(Volunteer, on=(ShiftSignup.volunteer == Volunteer.id)).where(ShiftSignup.shift == shift_id)
         .order_by(ShiftSignup.id).tuples())
    return [(vid, name, bool(over), note) for vid, name, over, note in q]


@dataclass(frozen=True)
class KioskChoice:
    """One line of the kiosk's post list: a post, and the shift now or soon on it, if any."""

    post_id: int
    post_name: str
    place: str
    shift: ShiftView | None
    signed_up: bool


def kiosk_choices(volunteer_id: int, now: dt.datetime, soon_minutes: int = 60) -> list[KioskChoice]:
    """Active posts, those with a shift now or soon first; the volunteer's own sign-ups for today,
    even later today, first of all."""
    if now.tzinfo is None:
        now = now.astimezone()
    window_end = now + dt.timedelta(minutes=soon_minutes)
    day_end = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(0), now.tzinfo)
    today = [s for s in shifts_between(now, max(window_end, day_end)) if s.end > now]
    mine = {s for (s,) in ShiftSignup.select(ShiftSignup.shift).where(
        ShiftSignup.volunteer == volunteer_id).tuples()} if today else set()
    # a shift now or soon, and the volunteer's own sign-ups for later today: those come first of all
    current = [s for s in today if s.start <= window_end or s.id in mine]
    best: dict[int, ShiftView] = {}
    for s in current:
        if s.post_id not in best or (s.id in mine and best[s.post_id].id not in mine):
            best[s.post_id] = s
    choices = []
    for post in Post.select().where(Post.active == True).order_by(Post.name):  # noqa: E712
        shift = best.get(post.id)
        choices.append(KioskChoice(post.id, post.name, post.place, shift, bool(shift and shift.id in mine)))
    choices.sort(key=lambda c: (not c.signed_up, c.shift is None, c.shift.start if c.shift else now, c.post_name))
    return choices
