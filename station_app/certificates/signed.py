"""Signing a certificate at issue, and what its QR code carries (issue 16).

Each certificate is signed with the station's current Ed25519 key over the
canonical message of :mod:`station_app.protocol.signing` (the serial, the
station, the volunteer's name, ID type and masked number, the platform number,
the minutes, the period and the issue date). The register keeps the key id,
the signature and the exact message bytes, so every reprint carries the same
QR code and the same short code. The QR code holds the signed link of
:mod:`station_app.protocol.cert_link`: a URL of the platform's verification
page when ``certificates.verify_url`` is set, else the ``VOLSIG1:`` text. The
short code printed for typing is derived from the signature.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from station_app import config
from station_app.protocol import cert_link
from station_app.protocol.signing import parse_message, short_code, signed_message, verify_message
from station_app.station import settings
from station_app.station.signing_keys import current_key, find


@dataclass(frozen=True)
class Signature:
    key_id: str
    signature: str  # base64url
    message: bytes  # the exact signed bytes

    @property
    def code(self) -> str:
        return short_code(self.signature)


def _day(value: Any) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def message_fields(values: dict[str, Any], issued_on: str) -> dict[str, Any]:
    """The signed fields of a certificate whose register values are *values*, issued on *issued_on*."""
    return {"serial": values["serial"], "station_code": values["station_code"],
            "volunteer_name": values["volunteer_name"], "id_type": values["id_type"],
            "id_number_masked": values["id_masked"], "platform_id": values["platform_no"] or None,
            "total_minutes": int(values["total_minutes"]), "period_start": _day(values["period_start"]),
            "period_end": _day(values["period_end"]), "issued_at": issued_on, "status": "issued"}


def sign_certificate(values: dict[str, Any], issued_on: str) -> Signature:
    """Sign with the current key; raises signing_keys.KeyProblem when this PC holds none."""
    key = current_key()
    message = signed_message(message_fields(values, issued_on))
    return Signature(key.key_id, key.sign(message), message)


def qr_payload(message: bytes, key_id: str, signature: str) -> str:
    """The QR text: the verification URL when an address is configured, else ``VOLSIG1:…``."""
    return cert_link.make(settings.get(config.CERT_VERIFY_URL).strip() or None, message, key_id, signature)


def register_signature_holds(values: dict[str, Any], key_id: str, signature: str, message: str) -> bool:
    """Whether a register row's stored signature still covers what its columns say, under a known key."""
    key = find(key_id)
    if key is None:
        return False
    stored = message.encode("utf-8")
    try:
        rebuilt = signed_message(message_fields(values, parse_message(stored)["issued_at"]))
    except ValueError:
        return False
    return rebuilt == stored and verify_message(key.public_key, stored, signature)
