"""Fixtures of the platform's tests: every test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import threading
import time

import pytest

from station_app.platform_server import PlatformServer
from support.platform_http import OTHER, OTHER_NAME, OTHER_TOKEN, STATION, STATION_NAME, TOKEN


@pytest.fixture(autouse=True)
def no_threads_left():
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 3
    while set(threading.enumerate()) - before and time.monotonic() < deadline:
        time.sleep(0.02)
    assert set(threading.enumerate()) - before == set()


@pytest.fixture(params=["sqlite", "postgresql"])
def new_db(request, tmp_path):
    """A factory of empty platform databases on the backend under test (every test runs on both)."""
    if request.param == "sqlite":
        names = iter(range(1000))
        return lambda: tmp_path / f"platform{next(names)}.db"
    return request.getfixturevalue("fresh_postgres_url")


@pytest.fixture
def srv(new_db):
    with PlatformServer(new_db(), stations={STATION: (STATION_NAME, TOKEN),
                                                              OTHER: (OTHER_NAME, OTHER_TOKEN)}) as server:
        yield server
