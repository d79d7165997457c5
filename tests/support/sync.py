"""A real reference platform on loopback and a station with approved hours, for the sync tests (Qt-free).

Helpers: ``from support.sync import STATION, TOKEN, config_for, FAST, approve_days``; the fixture
``platform`` is named in arguments.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest

from station_app.hours import records, review
from station_app.hours.records import RecordInput
from station_app.platform_server import Faults, PlatformServer
from station_app.sync.engine import Policy, SyncConfig
from support.hours import DAY, at

STATION = "BJ-CY-0001"
TOKEN = "station-token-for-tests"
FAST = Policy(max_attempts=6, base_delay=0.01, max_delay=0.05, max_retry_after=5, sleep=time.sleep)


@pytest.fixture
def platform(tmp_path):
    with PlatformServer(tmp_path / "platform.db", stations={STATION: ("朝西社区志愿服务站", TOKEN)},
                        faults=Faults(seed=7)) as server:
        yield server


def config_for(server: PlatformServer, token: str = TOKEN, station: str = STATION) -> SyncConfig:
    return SyncConfig(server.url, token, station, timeout=5.0)


def approve_days(people, post, actor, days: int, start_day: dt.date = DAY, per_day: int = 1) -> list[int]:
    """One or more two-hour records a day for each volunteer, approved; their ids."""
    ids = []
    for d in range(days):
        day = start_day + dt.timedelta(days=d)
        for person in people:
            for k in range(per_day):
                start = f"{8 + 3 * k:02d}:00"
                end = f"{10 + 3 * k:02d}:00"
                ids.append(records.add_record(RecordInput(person.id, post.id, at(start, day), at(end, day),
                                                          content="垃圾分类指导", people_served=10), actor).id)
    review.approve(ids, actor)
    return ids


def platform_record_ids(server: PlatformServer) -> list[str]:
    return sorted(r["record_id"] for r in server.store.records(STATION))
