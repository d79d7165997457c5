"""The staff PIN that lets someone leave kiosk mode."""

from __future__ import annotations

import re

from station_app import config
from station_app.audit import Actor
from station_app.i18n import translate
from station_app.staff.secrets_hash import hash_secret, verify_secret
from station_app.station import settings


def set_kiosk_pin(pin: str, actor: Actor) -> None:
    if not re.fullmatch(r"\d{4,8}", pin or ""):
        raise ValueError(translate("kiosk", "PIN 应为 4 到 8 位数字"))
    settings.put(config.KIOSK_PIN_HASH, hash_secret(pin), actor)


def kiosk_pin_set() -> bool:
    return bool(settings.get(config.KIOSK_PIN_HASH))


def check_kiosk_pin(pin: str) -> bool:
    stored = settings.get(config.KIOSK_PIN_HASH)
    return bool(stored) and verify_secret(pin, stored)
