"""A station whose May 2024 is built to catch the off-by-one mistakes a report can make.

Times carry the station's offset (+08:00) explicitly, so the data means the
same whatever time zone the test machine is in. What counts in May:

====  ==============  =====================  =======  ======
who   post            when (local)           minutes  people
====  ==============  =====================  =======  ======
张三  垃圾分类督导    05-06 09:00–11:00      120      10
张三  文明交通劝导    05-07 09:00–10:30       90      (empty)
李四  垃圾分类督导    05-06 09:00–11:00      120      8       (the correction of a 60-minute, 5-people record)
李四  垃圾分类督导    05-31 23:30–06-01 01:00 90      2       (starts on the month's last day)
====  ==============  =====================  =======  ======

and what must not: 王五 on 日常值班 (approved, not service), 王五 pending, 赵六 rejected,
赵六 still checked in (open), the voided original of 李四's record, and 王五's record
at 06-01 07:30 (+08:00), which is 05-31 23:30 in UTC but June at the station.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from station_app.hours import records, review
from station_app.hours.records import RecordInput
from support.core import adult_input, make_id

BEIJING = dt.timezone(dt.timedelta(hours=8))


def bj(day: str, hhmm: str) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{hhmm}").replace(tzinfo=BEIJING)


@dataclass
class ReportStation:
    people: dict[str, int]
    posts: dict[str, int]
    corrected: int  # 李四's correction
    voided: int  # the record it replaced
    last_day: int  # 李四 05-31 23:30


def _approved(inp: RecordInput, actor) -> int:
    rec = records.add_record(inp, actor)
    review.approve([rec.id], actor)
    return rec.id


def build_report_station(actor) -> ReportStation:
    from station_app.demo import DEMO_STATION
    from station_app.posts.service import PostInput, create_post
    from station_app.roster.service import add_volunteer
    from station_app.station.profile import save_profile

    save_profile(DEMO_STATION, actor)
    people = {}
    for i, (name, team) in enumerate((("张三", "第一队"), ("李四", "第一队"), ("王五", "第二队"), ("赵六", ""))):
        people[name] = add_volunteer(adult_input(name=name, id_number=make_id("110105", "19600101", 100 + i),
                                                 phone=f"1380013{8000 + i:04d}", team=team), actor).id
    posts = {
        "garbage": create_post(PostInput("垃圾分类督导", "P-GARBAGE", place="3号楼", category="环境保护"), actor).id,
        "traffic": create_post(PostInput("文明交通劝导", "P-TRAFFIC", place="路口", category="文明交通"), actor).id,
        "duty": create_post(PostInput("日常值班", "P-DUTY", place="服务站", category="日常值班",
                                      counts_as_service=False), actor).id,
    }
    z, li, w, zh = (people[n] for n in ("张三", "李四", "王五", "赵六"))
    g, t, d = posts["garbage"], posts["traffic"], posts["duty"]
    _approved(RecordInput(z, g, bj("2024-05-06", "09:00"), bj("2024-05-06", "11:00"), people_served=10), actor)
    _approved(RecordInput(z, t, bj("2024-05-07", "09:00"), bj("2024-05-07", "10:30")), actor)
    voided = _approved(RecordInput(li, g, bj("2024-05-06", "09:00"), bj("2024-05-06", "10:00"), people_served=5), actor)
    corrected = review.correct(voided, RecordInput(li, g, bj("2024-05-06", "09:00"), bj("2024-05-06", "11:00"),
                                                   people_served=8), "签到表核对：11 点离岗", actor).id
    last_day = _approved(RecordInput(li, g, bj("2024-05-31", "23:30"), bj("2024-06-01", "01:00"), people_served=2),
                         actor)
    _approved(RecordInput(w, d, bj("2024-05-08", "09:00"), bj("2024-05-08", "12:00"), people_served=30), actor)
    records.add_record(RecordInput(w, g, bj("2024-05-09", "09:00"), bj("2024-05-09", "11:00"), people_served=9),
                       actor)  # pending
    rejected = records.add_record(RecordInput(zh, t, bj("2024-05-10", "09:00"), bj("2024-05-10", "11:00"),
                                              people_served=4), actor)
    review.reject(rejected.id, "当天不在岗", actor)
    records.check_in(zh, g, actor, at=bj("2024-05-12", "09:00"))  # open: never checked out
    _approved(RecordInput(w, g, bj("2024-06-01", "07:30"), bj("2024-06-01", "08:30"), people_served=3), actor)
    return ReportStation(people, posts, corrected, voided, last_day)


@pytest.fixture
def report_station(db, actor) -> ReportStation:
    return build_report_station(actor)
