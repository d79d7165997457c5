"""Weekly repeating shifts: occurrences with their own sign-ups and capacity; edit one, or it and later ones."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.audit import Actor
from station_app.db.models import AuditEntry, Shift, ShiftSeries
from station_app.errors import PermissionDenied
from station_app.hours.records import HoursError
from station_app.posts import shift_series as ss
from station_app.posts import shifts

MONDAY = dt.date(2030, 9, 2)


def _series(posts, actor, **kw):
    values = dict(post_id=posts.garbage.id, weekdays=(1, 3, 5), start=dt.time(7), end=dt.time(9),
                  first_day=MONDAY, last_day=MONDAY + dt.timedelta(days=27), capacity=2)
    values.update(kw)
    return ss.create_series(ss.SeriesInput(**values), actor)


def _times(ids):
    return [(s.start.date(), f"{s.start:%H:%M}", f"{s.end:%H:%M}", s.capacity) for s in map(shifts.get_shift, ids)]


def test_a_series_makes_one_shift_per_chosen_weekday(posts, actor):
    made = _series(posts, actor)
    got = _times(made.shift_ids)
    assert len(got) == 12 and {d.isoweekday() for d, *_ in got} == {1, 3, 5}
    assert {(a, b, c) for _d, a, b, c in got} == {("07:00", "09:00", 2)}
    assert ss.weekdays_text((5, 1, 3)) == "每周一、三、五"
    info = ss.series_of(made.shift_ids[4])
    assert info.later_count == 8 and info.text == "每周一、三、五，2030-09-02 至 2030-09-29"


def test_sign_ups_and_capacity_stay_per_occurrence(posts, people, actor):
    first, second = _series(posts, actor, capacity=1).shift_ids[:2]
    shifts.sign_up(first, people[0].id, actor)
    with pytest.raises(shifts.ShiftFull):
        shifts.sign_up(first, people[1].id, actor)
    shifts.sign_up(second, people[1].id, actor)  # another day of the series: its own capacity
    assert shifts.get_shift(first).signed_up == 1 and shifts.get_shift(second).signed_up == 1


def test_editing_this_one_changes_only_it(posts, actor):
    ids = _series(posts, actor).shift_ids
    ss.edit_shift(ids[3], ss.ShiftEdit(dt.time(8), dt.time(10), 5, "雨天"), ss.THIS_ONE, actor)
    got = _times(ids)
    assert got[3][1:] == ("08:00", "10:00", 5) and all(g[1:] == ("07:00", "09:00", 2) for i, g in enumerate(got) if i != 3)


def test_editing_this_and_later_splits_the_series_and_keeps_sign_ups(posts, people, actor):
    made = _series(posts, actor)
    ids = made.shift_ids
    shifts.sign_up(ids[7], people[0].id, actor)
    ss.edit_shift(ids[6], ss.ShiftEdit(dt.time(6, 30), dt.time(8, 30), 3), ss.THIS_AND_LATER, actor)
    got = _times(ids)
    assert all(g[1:] == ("07:00", "09:00", 2) for g in got[:6])
    assert all(g[1:] == ("06:30", "08:30", 3) for g in got[6:])
    assert shifts.get_shift(ids[7]).signed_up == 1
    early, late = ShiftSeries.select().order_by(ShiftSeries.id)
    assert early.last_day == got[6][0] - dt.timedelta(days=1) and late.first_day == got[6][0]
    assert {s.series_id for s in Shift.select().where(Shift.id.in_(ids[6:]))} == {late.id}
    (entry,) = AuditEntry.select().where(AuditEntry.action == "shift.update")
    assert '"scope": "later"' in entry.after


def test_a_capacity_below_the_sign_ups_of_a_day_is_refused(posts, people, actor):
    ids = _series(posts, actor, capacity=3).shift_ids
    for p in people[:2]:
        shifts.sign_up(ids[5], p.id, actor)
    with pytest.raises(HoursError, match="已有 2 人报名"):
        ss.edit_shift(ids[2], ss.ShiftEdit(dt.time(7), dt.time(9), 1), ss.THIS_AND_LATER, actor)
    assert shifts.get_shift(ids[5]).capacity == 3


@pytest.mark.parametrize("kw, message", [
    (dict(last_day=MONDAY - dt.timedelta(days=1)), "早于开始日期"),
    (dict(last_day=MONDAY + dt.timedelta(days=400)), "最长一年"),
    (dict(weekdays=()), "哪几天"),
    (dict(start=dt.time(9), end=dt.time(9)), "晚于开始"),
    (dict(weekdays=(6,), last_day=MONDAY + dt.timedelta(days=3)), "之间没有每周六"),
])
def test_bad_series_are_refused(posts, actor, kw, message):
    with pytest.raises(HoursError, match=message):
        _series(posts, actor, **kw)
    assert Shift.select().count() == 0


def test_operators_cannot_set_up_shifts(posts, actor):
    operator = Actor("值班员甲", role="operator")
    with pytest.raises(PermissionDenied):
        _series(posts, operator)
    ids = _series(posts, actor).shift_ids
    with pytest.raises(PermissionDenied):
        ss.edit_shift(ids[0], ss.ShiftEdit(dt.time(8), dt.time(9), None), ss.THIS_ONE, operator)
