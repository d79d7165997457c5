"""The code on a volunteer card, as its QR code or barcode carries it.

``SD-<roster id>-<check>``: short enough for a Code 128 barcode, and the check
(4 characters of an HMAC with the station secret) means a code typed up at
random or a card from another station is not taken for someone.
USB scanners type the code and press Enter, so the kiosk reads it like text.
"""

from __future__ import annotations

import hashlib
import hmac
import re

from station_app.db.models import Station

_CODE = re.compile(r"^SD-(\d{1,9})-([0-9A-Z]{4})$")


def _secret() -> bytes:
    station = Station.get_or_none(Station.id == 1)
    return (station.secret if station else "no-station").encode()


def _check(volunteer_id: int, secret: bytes) -> str:
    digest = hmac.new(secret, f"card:{volunteer_id}".encode(), hashlib.sha256).hexdigest()
    return digest[:4].upper()


def card_code(volunteer_id: int) -> str:
    return f"SD-{volunteer_id}-{_check(volunteer_id, _secret())}"


def volunteer_for_code(code: str) -> int | None:
    """The roster id a scanned code names, or None when it is not one of our cards."""
    m = _CODE.match(code.strip().upper())
    if not m:
        return None
    volunteer_id = int(m.group(1))
    return volunteer_id if hmac.compare_digest(m.group(2), _check(volunteer_id, _secret())) else None
