"""Shared fixtures. Qt runs offscreen: CI has no display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from station_app.audit import Actor
from station_app.db import close_database, open_database

# Shared fixtures live in tests/support/ and are registered here, so a test names a fixture in its
# arguments and never imports it.
pytest_plugins = ["support.core", "support.hours", "support.certificates", "support.sync", "support.reports",
                  "support.printing", "support.certificate_window", "support.postgres", "support.gunicorn",
                  "support.nginx"]


@pytest.fixture(autouse=True, scope="session")
def _never_a_real_keystore():
    """The station's signing key and the platform token go to the private file in the test's data folder,
    never the OS keystore of the machine running the tests: keyring's fail backend, and the app's own switch
    (both in the environment, so every subprocess a test starts inherits them)."""
    saved = {k: os.environ.get(k) for k in ("STATION_APP_NO_KEYRING", "PYTHON_KEYRING_BACKEND")}
    os.environ["STATION_APP_NO_KEYRING"] = "1"
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    yield
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(autouse=True, scope="session")
def _garbage_collected_on_the_main_thread():
    """As in the app (station_app/gui/main_thread_gc.py): automatic cyclic GC could run on a worker
    thread and destroy Qt objects there, which crashed the suite once; collect between tests instead."""
    import gc

    gc.disable()
    yield
    gc.enable()


def _where_started() -> str:
    """The test-or-app line that started a thread or timer, for the failure message."""
    import traceback

    for frame in reversed(traceback.extract_stack()[:-2]):
        if "/site-packages/" not in frame.filename and not frame.filename.endswith("conftest.py"):
            return f"{frame.filename}:{frame.lineno} ({frame.name})"
    return "?"


@pytest.fixture(autouse=True)
def _no_qthreads_or_timers_left(request, monkeypatch):
    """A GUI test fails when it leaves a QThread running or a QTimer ticking (napari's conftest lesson):
    a leftover fires in the next test, or after the window it belongs to is gone. Also fails when it
    leaves the app's own worker threads (station-db, station-net) running."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    import threading
    import weakref

    from PySide6.QtCore import QThread, QTimer

    started: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
    thread_start, timer_start = QThread.start, QTimer.start

    def start_thread(self, *args):
        started[self] = _where_started()
        return thread_start(self, *args)

    def start_timer(self, *args):
        started[self] = _where_started()
        return timer_start(self, *args)

    monkeypatch.setattr(QThread, "start", start_thread)
    monkeypatch.setattr(QTimer, "start", start_timer)
    workers_before = {t.ident for t in threading.enumerate()}
    yield
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # pytest-qt's deleteLater() of widgets
    QApplication.processEvents()
    left = []
    for obj, where in list(started.items()):
        try:
            running = obj.isRunning() if isinstance(obj, QThread) else obj.isActive()
        except RuntimeError:  # its C++ object was deleted with its parent: gone, as it should be
            continue
        if running:
            left.append(f"{type(obj).__name__} started at {where}")
    left += [f"thread {t.name}" for t in threading.enumerate()
             if t.ident not in workers_before and t.name.startswith(("station-db", "station-net")) and t.is_alive()]
    assert not left, "the test left these running:\n" + "\n".join(left)


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
    win.show_page(win.roster_page)  # the window opens on 首页
    return win
