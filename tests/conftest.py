"""Shared fixtures. Qt runs offscreen: CI has no display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from station_app.audit import Actor  # noqa: E402
from station_app.db import close_database, open_database  # noqa: E402


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "station"


@pytest.fixture
def db(data_dir):
    """A real station database file in tmp_path, closed afterwards."""
    open_database(data_dir)
    yield data_dir
    close_database()


@pytest.fixture
def actor():
    return Actor("测试值班员")
