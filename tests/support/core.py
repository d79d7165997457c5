"""Fixtures and helpers shared by the Qt-free core tests.

Helpers are imported (``from support.core import make_id``); the fixtures (``station_db``,
``staff``) are registered by ``pytest_plugins`` in conftest.py and only named in arguments.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from station_app.audit import Actor
from station_app.db import close_database, open_database
from station_app.roster.ids import gb11643_check_char
from station_app.roster.validation import VolunteerInput

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
READER = Actor("值班员小王", role="operator")  # reads as an operator: what anyone at the window may see
DATA = Path(__file__).resolve().parents[1] / "data"


def iso7064_check(first17: str) -> str:
    """GB 11643 check character computed from the standard's definition (ISO 7064 MOD 11-2),
    independently of the app, so the app's helper is checked too."""
    total = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(first17))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def make_id(region: str, birth: dt.date | str, seq: int) -> str:
    """An 18-character GB 11643 number: region + YYYYMMDD + 3-digit sequence + check."""
    if isinstance(birth, dt.date):
        birth = birth.strftime("%Y%m%d")
    first17 = f"{region}{birth}{seq:03d}"
    assert len(first17) == 17, first17
    return first17 + gb11643_check_char(first17)


def id_ending_in_x(region: str, birth: str) -> str:
    """A valid number whose check character is X (lower-case x is how people type it)."""
    for seq in range(1000):
        number = make_id(region, birth, seq)
        if number.endswith("X"):
            return number
    raise AssertionError("no sequence gives X")  # pragma: no cover


def years_before(day: dt.date, years: int, days: int = 0) -> dt.date:
    """The date *years* calendar years (then *days* days) before *day*; 29 Feb becomes 28 Feb."""
    try:
        d = day.replace(year=day.year - years)
    except ValueError:
        d = day.replace(year=day.year - years, day=28)
    return d - dt.timedelta(days=days)


def adult_input(**overrides) -> VolunteerInput:
    """A valid adult volunteer (born 1980), with anything overridden."""
    values = dict(
        name="张三",
        id_type="CN_RIC",
        id_number=make_id("110105", "19800101", 123),
        phone="13800138000",
        consent=True,
        consent_date=dt.date(2024, 1, 2),
    )
    values.update(overrides)
    return VolunteerInput(**values)


@pytest.fixture
def station_db(tmp_path):
    """A real station database file in tmp_path; the data folder path is yielded."""
    folder = tmp_path / "station"
    open_database(folder)
    yield folder
    close_database()


@pytest.fixture
def staff():
    return Actor("测试值班员", role="admin")


@contextmanager
def opened(folder: Path):
    """*folder*'s station database open for the block, closed after it (a test moving between stations)."""
    open_database(folder)
    try:
        yield
    finally:
        close_database()


def run_station_app(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """``python -m station_app ARGS`` in the repository, as from a terminal; output as text."""
    return subprocess.run([PYTHON, "-m", "station_app", *args], capture_output=True, text=True, cwd=REPO, timeout=60,
                          env=env)
