"""Volunteers, posts and times shared by the hours tests (Qt-free).

Helpers: ``from support.hours import at, DAY``; fixtures ``people`` and ``posts`` are named in arguments.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from station_app.audit import Actor
from station_app.hours.times import local_time
from station_app.posts.service import PostInput, PostView, create_post
from station_app.roster.service import VolunteerRecord, add_volunteer
from support.core import adult_input, make_id

DAY = dt.date(2024, 5, 6)  # a Monday well in the past
NAMES = ("张三", "李四", "王五", "赵六")


def at(hhmm: str, day: dt.date = DAY) -> dt.datetime:
    """The station's local moment *hhmm* on *day*."""
    return local_time(day, hhmm)


def add_people(actor: Actor, names=NAMES) -> list[VolunteerRecord]:
    out = []
    for i, name in enumerate(names):
        out.append(add_volunteer(adult_input(name=name, id_number=make_id("110105", "19600101", 100 + i),
                                             phone=f"1380013{8000 + i:04d}"), actor))
    return out


@dataclass
class Posts:
    garbage: PostView   # counts as service
    traffic: PostView   # counts as service, capacity 2
    duty: PostView      # 日常值班: kept, never volunteer hours


def add_posts(actor: Actor) -> Posts:
    return Posts(
        garbage=create_post(PostInput("垃圾分类督导", "P-GARBAGE", place="3号楼", category="环境保护"), actor),
        traffic=create_post(PostInput("文明交通劝导", "P-TRAFFIC", place="路口", category="文明交通", capacity=2), actor),
        duty=create_post(PostInput("日常值班", "P-DUTY", category="日常值班", counts_as_service=False), actor),
    )


@pytest.fixture
def people(db, actor) -> list[VolunteerRecord]:
    return add_people(actor)


@pytest.fixture
def posts(db, actor) -> Posts:
    return add_posts(actor)
