"""The kiosk PIN's wait: kept in the database (a restart does not reset it) and longer each time."""

from __future__ import annotations

import datetime as dt

from station_app.kiosk.pin import FIRST_WAIT, FREE_TRIES, MAX_WAIT, set_kiosk_pin, try_kiosk_pin, wait_for_pin

T0 = dt.datetime(2026, 12, 2, 9, 0).astimezone()


def test_the_wait_doubles_with_each_run_of_wrong_pins_and_the_right_one_resets_it(db, actor):
    set_kiosk_pin("2468", actor)
    for _ in range(FREE_TRIES - 1):
        assert try_kiosk_pin("1111", T0).wait_seconds == 0
    first = try_kiosk_pin("1111", T0)
    assert (first.ok, first.wait_seconds) == (False, FIRST_WAIT)
    assert try_kiosk_pin("2468", T0 + dt.timedelta(seconds=30)).ok is False  # not even checked while waiting
    later = T0 + dt.timedelta(seconds=FIRST_WAIT + 1)
    assert try_kiosk_pin("1111", later).wait_seconds == 2 * FIRST_WAIT  # the next wrong one waits twice as long
    much_later = later + dt.timedelta(hours=5)
    for _ in range(10):
        answer = try_kiosk_pin("1111", much_later)
        much_later += dt.timedelta(seconds=answer.wait_seconds + 1)
    assert answer.wait_seconds == MAX_WAIT
    assert try_kiosk_pin("2468", much_later).ok is True
    assert wait_for_pin(much_later) == 0
    assert try_kiosk_pin("1111", much_later).wait_seconds == 0  # counting starts again


def test_the_wait_is_in_the_database_not_in_the_program(db, actor, data_dir):
    from station_app.db import close_database, open_database

    set_kiosk_pin("2468", actor)
    for _ in range(FREE_TRIES):
        try_kiosk_pin("0000", T0)
    close_database()
    open_database(data_dir)
    assert wait_for_pin(T0 + dt.timedelta(seconds=10)) == FIRST_WAIT - 10
