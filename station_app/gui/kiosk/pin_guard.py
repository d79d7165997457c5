"""Slows down guessing the staff PIN: after five wrong tries in a row, a minute's wait."""

from __future__ import annotations

import time

from station_app.kiosk.pin import check_kiosk_pin, kiosk_pin_set

PIN_TRIES = 5
PIN_LOCK_SECONDS = 60


def leave_allowed(pin: str) -> bool:
    """Worker thread. With no PIN configured there is nothing to check: staff are let out."""
    return check_kiosk_pin(pin) if kiosk_pin_set() else True


class PinGuard:
    def __init__(self, tries: int = PIN_TRIES, lock_seconds: float = PIN_LOCK_SECONDS) -> None:
        self.tries, self.lock_seconds = tries, lock_seconds
        self._failures = 0
        self._locked_until = 0.0

    def wait_seconds(self) -> int:
        """Whole seconds to wait before the next try; 0 when a try is allowed now."""
        left = self._locked_until - time.monotonic()
        return int(left) + 1 if left > 0 else 0

    def answered(self, ok: bool) -> None:
        if ok:
            self._failures = 0
            return
        self._failures += 1
        if self._failures >= self.tries:
            self._failures = 0
            self._locked_until = time.monotonic() + self.lock_seconds
