"""Demo posts, a week of shifts and two months of service records for the demo station."""

from __future__ import annotations

import datetime as dt
import random
import uuid

from station_app.audit import Actor
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import ServiceRecord, Volunteer
from station_app.hours.records import derived_columns
from station_app.hours.times import local_time, offset_of, to_min
from station_app.posts.service import PostInput, create_post
from station_app.posts.shifts import create_shift, sign_up

DEMO_POSTS = (
    PostInput("垃圾分类桶前值守", "P-GARBAGE-01", "朝西社区3号楼垃圾站", "环境保护", "指导居民分类投放", 3),
    PostInput("文明交通劝导", "P-TRAFFIC-01", "朝西路与光华路路口", "文明交通", "早晚高峰劝导行人", 4),
    PostInput("助老送餐", "P-ELDER-01", "社区老年食堂", "助老助残", "为独居老人送午餐", 5),
    PostInput("平安巡逻", "P-PATROL-01", "社区各楼栋", "平安巡逻", "夜间巡查", 6),
    PostInput("日常值班", "DUTY", "社区服务站", "日常值班", "站内值班（不计入志愿时长）", 2, counts_as_service=False),
)
CONTENT = {"P-GARBAGE-01": "指导居民垃圾分类投放", "P-TRAFFIC-01": "路口文明交通劝导",
           "P-ELDER-01": "为独居老人送餐", "P-PATROL-01": "楼栋安全巡查", "DUTY": "站内值班"}


def fill_demo_hours(actor: Actor, people: int = 120, days: int = 60, seed: int = 7) -> int:
    """Posts, this week's shifts, and records for up to *people* volunteers; returns records added."""
    rng = random.Random(seed)
    posts = [create_post(p, actor) for p in DEMO_POSTS]
    today = dt.date.today()
    monday = today - dt.timedelta(days=today.weekday())
    volunteer_ids = [v for (v,) in Volunteer.select(Volunteer.id).where(Volunteer.status == "active")
                     .order_by(Volunteer.id).limit(people).tuples()]
    for day in range(7):
        date = monday + dt.timedelta(days=day)
        for post, (begins, ends) in zip(posts[:4], (("07:00", "09:00"), ("07:30", "09:30"), ("11:00", "13:00"),
                                                    ("19:00", "21:00"))):
            shift = create_shift(post.id, local_time(date, begins), local_time(date, ends), actor)
            for vid in rng.sample(volunteer_ids, min(len(volunteer_ids), rng.randint(0, post.capacity or 2))):
                sign_up(shift.id, vid, actor)
    rows = []
    now = now_iso()
    for vid in volunteer_ids:
        for day in sorted(rng.sample(range(1, days), rng.randint(1, 8))):
            date = today - dt.timedelta(days=day)
            post = rng.choice(posts)
            start = local_time(date, f"{rng.choice((7, 8, 9, 14, 15, 19)):02d}:{rng.choice((0, 15, 30)):02d}")
            minutes = rng.choice((60, 90, 120, 150, 180))
            state = "approved" if day > 7 or rng.random() < 0.3 else "pending"
            s = to_min(start)
            derived = derived_columns(post.counts_as_service, s, offset_of(start))
            rows.append((str(uuid.UUID(int=rng.getrandbits(128), version=4)), vid, post.id, s, s + minutes,
                         offset_of(start), 0, minutes, derived["counts"],
                         rng.choice((None, rng.randint(5, 60))), CONTENT[post.code],
                         rng.choice(("kiosk", "kiosk", "manual")), state, "演示数据",
                         "王建国" if state == "approved" else None, now if state == "approved" else None,
                         derived["ym"], now, now))
    with database.atomic():
        database.cursor().executemany(
            "INSERT INTO service_record (uid, volunteer_id, post_id, start_min, end_min, utc_offset, break_minutes,"
            " minutes, counts, people_served, content, source, state, recorded_by, reviewed_by, reviewed_at, ym,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        # one forgotten check-out from yesterday morning, for staff to resolve
        if volunteer_ids:
            start = local_time(today - dt.timedelta(days=1), "06:40")
            clash = ServiceRecord.select().where((ServiceRecord.volunteer == volunteer_ids[-1])
                                                 & (ServiceRecord.start_min > to_min(start) - 1440)).exists()
            if not clash:
                s = to_min(start)
                derived = derived_columns(posts[0].counts_as_service, s, offset_of(start))
                database.execute_sql(
                    "INSERT INTO service_record (uid, volunteer_id, post_id, start_min, utc_offset, counts, source,"
                    " state, recorded_by, ym, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'kiosk', 'open',"
                    " '签到机', ?, ?, ?)", (str(uuid.uuid4()), volunteer_ids[-1], posts[0].id, s, offset_of(start),
                                          derived["counts"], derived["ym"], now, now))
    return len(rows)
