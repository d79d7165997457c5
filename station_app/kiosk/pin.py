"""The staff PIN that lets someone leave kiosk mode, and the wait that slows down guessing it.

After FREE_TRIES wrong PINs in a row the kiosk makes whoever is at it wait,
FIRST_WAIT seconds the first time and twice as long each time after (up to
MAX_WAIT), until the right PIN is typed. The count and the wait are kept in
the database, so switching the PC off and on again does not reset them.

The PIN is normalised before it is hashed or checked: "１２３４" typed with a
Chinese input method in full-width mode is the same PIN as "1234" on the
kiosk's keypad. Only ASCII digits after that (``\\d`` would also take other
scripts' digits).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from station_app import config
from station_app.audit import Actor
from station_app.changes import Changes
from station_app.db import database
from station_app.db.models import Lockout
from station_app.i18n import translate
from station_app.staff.secrets_hash import hash_secret, verify_secret
from station_app.station import settings
from station_app.text_normalize import foreign_digit, strip_all_space


def _normal(pin: str | None) -> str:
    return strip_all_space(pin or "")


def set_kiosk_pin(pin: str, actor: Actor) -> Changes:
    pin = _normal(pin)
    if foreign_digit(pin) is not None:
        raise ValueError(translate("kiosk", "PIN 只能用 0–9 的数字"))
    if not re.fullmatch(r"[0-9]{4,8}", pin):
        raise ValueError(translate("kiosk", "PIN 应为 4 到 8 位数字"))
    return settings.put(config.KIOSK_PIN_HASH, hash_secret(pin), actor)


def kiosk_pin_set() -> bool:
    return bool(settings.get(config.KIOSK_PIN_HASH))


def check_kiosk_pin(pin: str) -> bool:
    stored = settings.get(config.KIOSK_PIN_HASH)
    return bool(stored) and verify_secret(_normal(pin), stored)


FREE_TRIES = 5
FIRST_WAIT = 60  # seconds
MAX_WAIT = 3600
_LOCK = "kiosk_pin"


@dataclass(frozen=True)
class PinAnswer:
    ok: bool
    wait_seconds: int = 0  # > 0: not checked, try again after this long


def wait_for_pin(now: dt.datetime | None = None) -> int:
    """Whole seconds before the next PIN may be tried (0: now)."""
    row = Lockout.get_or_none(Lockout.name == _LOCK)
    if row is None or not row.locked_until:
        return 0
    left = (dt.datetime.fromisoformat(row.locked_until) - (now or _now())).total_seconds()
    return max(0, int(left + 0.999))


def try_kiosk_pin(pin: str, now: dt.datetime | None = None) -> PinAnswer:
    """Check a PIN typed at the kiosk, counting failures across restarts. With no PIN set, staff are let
    out (there is nothing to guess). While a wait runs, the PIN is not even checked."""
    now = now or _now()
    if not kiosk_pin_set():
        return PinAnswer(True)
    with database.atomic("IMMEDIATE"):
        wait = wait_for_pin(now)
        if wait:
            return PinAnswer(False, wait)
        row = Lockout.get_or_none(Lockout.name == _LOCK) or Lockout.create(name=_LOCK, failures=0)
        if check_kiosk_pin(pin):
            Lockout.update(failures=0, locked_until=None).where(Lockout.name == _LOCK).execute()
            return PinAnswer(True)
        failures = row.failures + 1
        locked = None
        if failures >= FREE_TRIES:
            seconds = min(MAX_WAIT, FIRST_WAIT * 2 ** (failures - FREE_TRIES))
            locked = (now + dt.timedelta(seconds=seconds)).isoformat()
        Lockout.update(failures=failures, locked_until=locked).where(Lockout.name == _LOCK).execute()
    return PinAnswer(False, wait_for_pin(now))


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()
