"""Shared fixtures. Qt runs offscreen: CI has no display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from station_app.audit import Actor
from station_app.db import close_database, open_database

# Shared fixtures live in tests/support/ and are registered here, so a test names a fixture in its
# arguments and never imports it.
pytest_plugins = ["support.core", "support.hours", "support.certificates", "support.sync", "support.postgres", "support.gunicorn", "support.nginx"]


@pytest.fixture(autouse=True, scope="session")
def _garbage_collected_on_the_main_thread():
    """As in the app (station_app/gui/main_thread_gc.py): automatic cyclic GC could run on a worker
    thread and destroy Qt objects there, which crashed the suite once; collect between tests instead."""
    import gc

    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test():
    yield
    from station_app.gui.main_thread_gc import collect_if_due

    collect_if_due()


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
    return Actor("测试值班员", role="admin")  # admin-only services must work for the shared fixture


@pytest.fixture
def ctx(db, actor):
    """What the GUI runs on: a station with a profile, a worker thread, an operator on duty."""
    from station_app.demo import DEMO_STATION
    from station_app.gui.context import AppContext
    from station_app.gui.tasks import TaskManager
    from station_app.station.profile import save_profile

    save_profile(DEMO_STATION, actor)
    tasks = TaskManager()
    yield AppContext(data_dir=db, tasks=tasks, profile=DEMO_STATION, operator="测试值班员",
                     role="admin")
    tasks.shutdown()


@pytest.fixture
def window(qtbot, ctx):
    """The main window, shown, with the roster's first page on screen."""
    from station_app.gui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.roster_page.results_shown, timeout=5000):
        win.show()
    return win
