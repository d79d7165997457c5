"""The staff PIN that lets someone leave kiosk mode.

The PIN is normalised before it is hashed or checked: "１２３４" typed with a
Chinese input method in full-width mode is the same PIN as "1234" on the
kiosk's keypad. Only ASCII digits after that (``\\d`` would also take other
scripts' digits).
"""

from __future__ import annotations

import re

from station_app import config
from station_app.audit import Actor
from station_app.changes import Changes
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
