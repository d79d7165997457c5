"""A station, a volunteer and service records whose certified total is known exactly (Qt-free).

``from support.certificates import Story, tell_story``, or the fixture ``story``. In 2024 张秀英 has three
approved records on counting posts (150 + 120 + 135 = 405 minutes, 6.8 hours),
plus what must never count: approved 日常值班 time, a pending and a rejected
record, and a record corrected after approval (the voided original drops out,
the correction counts). One more approved record in December 2023 lies outside
a 2024 period.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from station_app.audit import Actor
from station_app.demo import DEMO_STATION
from station_app.hours import records, review
from station_app.hours.records import RecordInput
from station_app.hours.times import local_time
from station_app.posts.service import PostInput, PostView, create_post
from station_app.roster.service import VolunteerRecord, add_volunteer, stored_volunteer
from station_app.roster.validation import VolunteerInput
from station_app.station.profile import save_profile
from support.core import make_id

ID_NUMBER = make_id("110105", "19491231", 394)
PLATFORM_NO = "BJ2026000123"
MINUTES_2024 = 405
MINUTES_ALL = 465


@dataclass
class Story:
    volunteer: VolunteerRecord
    idle: VolunteerRecord          # has only time that does not count
    garbage: PostView
    traffic: PostView
    duty: PostView
    counted_2024: list[int]        # record ids
    outside: int


def _add(actor: Actor, who, post, day: dt.date, start: str, end: str, content: str = "", approve: bool = True):
    rec = records.add_record(RecordInput(who.id, post.id, local_time(day, start), local_time(day, end),
                                         content=content), actor)
    if approve:
        review.approve([rec.id], actor)
    return rec


def tell_story(actor: Actor) -> Story:
    save_profile(DEMO_STATION, actor)
    zhang = add_volunteer(VolunteerInput(name="张秀英", id_number=ID_NUMBER, phone="13800138000",
                                         platform_no=PLATFORM_NO, team="垃圾分类督导队"), actor)
    li = add_volunteer(VolunteerInput(name="李建国", id_number=make_id("110105", "19550101", 121),
                                      phone="13900139000", team="垃圾分类督导队"), actor)
    garbage = create_post(PostInput("垃圾分类桶前值守", "P-GARBAGE-01", place="3号楼", category="环境保护"), actor)
    traffic = create_post(PostInput("文明交通劝导", "P-TRAFFIC-01", category="文明交通"), actor)
    duty = create_post(PostInput("日常值班", "DUTY", category="日常值班", counts_as_service=False), actor)
    a = _add(actor, zhang, garbage, dt.date(2024, 5, 6), "07:00", "09:30", "指导居民垃圾分类投放")
    b = _add(actor, zhang, garbage, dt.date(2024, 5, 13), "07:00", "08:00", "指导居民垃圾分类投放")
    c = _add(actor, zhang, traffic, dt.date(2024, 6, 3), "16:00", "18:15", "路口文明交通劝导")
    _add(actor, zhang, duty, dt.date(2024, 5, 20), "09:00", "17:00", "站内值班")
    _add(actor, zhang, garbage, dt.date(2024, 6, 10), "07:00", "09:00", approve=False)  # pending
    rejected = _add(actor, zhang, garbage, dt.date(2024, 6, 11), "07:00", "09:00", approve=False)
    review.reject(rejected.id, "签到表上没有此人", actor)
    # b was entered as one hour; the sheet says two: the correction voids b and counts 120 minutes
    b2 = review.correct(b.id, RecordInput(zhang.id, garbage.id, local_time(dt.date(2024, 5, 13), "07:00"),
                                          local_time(dt.date(2024, 5, 13), "09:00"), content="指导居民垃圾分类投放"),
                        "签到表核对：实际两小时", actor)
    outside = _add(actor, zhang, garbage, dt.date(2023, 12, 1), "08:00", "09:00", "指导居民垃圾分类投放")
    _add(actor, li, duty, dt.date(2024, 5, 20), "09:00", "12:00", "站内值班")
    return Story(stored_volunteer(zhang.id), stored_volunteer(li.id), garbage, traffic, duty, [a.id, b2.id, c.id],
                 outside.id)


@pytest.fixture
def story(db, actor) -> Story:
    """张秀英's 2024 and 2025 in the register's database (see :func:`tell_story`)."""
    return tell_story(actor)


def story_folder(tmp_path) -> Path:
    """A data folder holding the story, closed again: for tests that run the command line on it."""
    from station_app.db import close_database, open_database

    folder = Path(tmp_path) / "station"
    open_database(folder)
    try:
        tell_story(Actor("准备数据", role="admin"))
    finally:
        close_database()
    return folder


def make_legacy(serial: str) -> str:
    """Turn an issued certificate into one issued before signing (issue 16): no key, no signature, the HMAC
    code of the station secret, as a station upgraded from then holds. Returns that code."""
    from station_app.certificates.codes import verification_code
    from station_app.certificates.document import signed_fields
    from station_app.certificates.register import _values, frozen_records
    from station_app.db import database
    from station_app.db.models import Certificate, Station

    row = Certificate.get(Certificate.serial == serial)
    code = verification_code(Station.get_by_id(1).secret, signed_fields(_values(row), frozen_records(row.id)))
    database.execute_sql("UPDATE certificate SET key_id = NULL, signature = NULL, signed_message = NULL,"
                         " verification_code = ? WHERE id = ?", (code, row.id))
    return code
