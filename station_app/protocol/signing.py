"""The signed message of a certificate (docs/protocol.md 1.1 ``signing_keys``) and Ed25519 over it.

The message is the UTF-8 JSON of exactly :data:`SIGNED_FIELDS`, keys sorted, no
spaces, non-ASCII written as itself (``ensure_ascii=False``)::

    {"id_number_masked":"110105********002X","id_type":"CN_RIC","issued_at":"2026-11-22",
     "period_end":"2026-11-22","period_start":"2026-01-01","platform_id":"BJ2026000123",
     "serial":"BJ-CY-0001-2026-000042","station_code":"BJ-CY-0001","status":"issued",
     "total_minutes":7260,"volunteer_name":"张三"}

* ``issued_at`` is a date (``YYYY-MM-DD``); :func:`fields_from_item` takes the
  first ten characters of a registration item's RFC 3339 ``issued_at``, i.e. the
  date in the offset it was written with.
* ``status`` is always ``"issued"``: a signature says the station issued it;
  revocation is a later, separate fact the platform records.
* ``id_number_masked`` is :func:`mask_id_number` of the ID number (the first 6
  and the last 4 characters kept for 14 or more characters).
* ``platform_id`` may be null; ``total_minutes`` is an integer.

Keys and signatures travel as base64url without padding (:func:`b64url`,
:func:`unb64url`); a public key is the raw 32 bytes, a signature 64 bytes.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import re
from collections.abc import Mapping
from typing import Any

SIGNED_FIELDS = ("serial", "station_code", "volunteer_name", "id_type", "id_number_masked", "platform_id",
                 "total_minutes", "period_start", "period_end", "issued_at", "status")
_B64URL_RE = re.compile(r"[A-Za-z0-9_-]*")
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32, as the HMAC codes of certificates/codes.py


class BadMessage(ValueError):
    """The fields cannot form a signed message; ``str()`` names the field."""


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64url(text: str) -> bytes:
    """Strict: the URL-safe alphabet only, no padding; raises ValueError otherwise."""
    if not isinstance(text, str) or not _B64URL_RE.fullmatch(text) or len(text) % 4 == 1:
        raise ValueError("not base64url without padding")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise ValueError("not base64url without padding") from None


def mask_id_number(number: str) -> str:
    """110105********3945: keep the first 6 and last 4 where the number is long enough."""
    if len(number) >= 14:
        return number[:6] + "*" * (len(number) - 10) + number[-4:]
    if len(number) > 4:
        return number[:1] + "*" * (len(number) - 4) + number[-3:]
    return "*" * len(number)


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def check_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Exactly the signed fields, of the right types; raises :class:`BadMessage`."""
    missing = [f for f in SIGNED_FIELDS if f not in fields]
    extra = [f for f in fields if f not in SIGNED_FIELDS]
    if missing or extra:
        raise BadMessage(f"signed fields: missing {missing}, unexpected {extra}")
    for name in SIGNED_FIELDS:
        value = fields[name]
        if name == "total_minutes":
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise BadMessage("total_minutes")
        elif name == "platform_id":
            if value is not None and not isinstance(value, str):
                raise BadMessage("platform_id")
        elif not isinstance(value, str) or not value:
            raise BadMessage(name)
    for name in ("period_start", "period_end", "issued_at"):
        try:
            dt.date.fromisoformat(fields[name])
        except ValueError:
            raise BadMessage(name) from None
        if len(fields[name]) != 10:
            raise BadMessage(name)
    if fields["status"] != "issued":
        raise BadMessage("status")
    return {name: fields[name] for name in SIGNED_FIELDS}


def signed_message(fields: Mapping[str, Any]) -> bytes:
    """The exact bytes that are signed and verified."""
    return canonical_json(check_fields(fields))


def parse_message(message: bytes) -> dict[str, Any]:
    """The fields of a signed message, which must be in canonical form (else :class:`BadMessage`)."""
    try:
        fields = json.loads(message.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BadMessage("not JSON") from None
    if not isinstance(fields, dict) or canonical_json(check_fields(fields)) != message:
        raise BadMessage("not the canonical form")
    return fields


def fields_from_item(item: Mapping[str, Any], station_code: str) -> dict[str, Any]:
    """The signed fields of a certificate registration item (docs/protocol.md 1.0 fields + 1.1 fields).

    The item's own top-level copies are used where present; the signed ``issued_at`` is the date
    part of the item's ``issued_at``.
    """
    raw = item.get("volunteer")
    who: dict[str, Any] = raw if isinstance(raw, dict) else {}
    issued = item.get("issued_at")
    return {
        "serial": item.get("serial"),
        "station_code": item.get("station_code", station_code),
        "volunteer_name": item.get("volunteer_name", who.get("name")),
        "id_type": item.get("id_type", who.get("id_type")),
        "id_number_masked": item.get("id_number_masked",
                                     mask_id_number(who["id_number"]) if isinstance(who.get("id_number"), str) else None),
        "platform_id": item.get("platform_id", who.get("platform_id")),
        "total_minutes": item.get("total_minutes"),
        "period_start": item.get("period_start"),
        "period_end": item.get("period_end"),
        "issued_at": issued[:10] if isinstance(issued, str) else issued,
        "status": "issued",
    }


# --- Ed25519 ----------------------------------------------------------------------------------------------------

def public_key_from_b64(text: str) -> Any:
    """An Ed25519 public key from base64url of its 32 raw bytes; ValueError when it is not one."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    raw = unb64url(text)
    if len(raw) != 32:
        raise ValueError("an Ed25519 public key has 32 bytes")
    return Ed25519PublicKey.from_public_bytes(raw)


def public_key_b64(private_key: Any) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return b64url(private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


def sign(private_key: Any, fields: Mapping[str, Any]) -> str:
    """base64url of the Ed25519 signature of the canonical message."""
    return b64url(private_key.sign(signed_message(fields)))


def verify_message(public_key_text: str, message: bytes, signature_text: str) -> bool:
    """True only for a valid signature of exactly *message*; any malformed input is simply False."""
    from cryptography.exceptions import InvalidSignature

    try:
        key = public_key_from_b64(public_key_text)
        signature = unb64url(signature_text)
        if len(signature) != 64:
            return False
        key.verify(signature, message)
        return True
    except (InvalidSignature, ValueError):
        return False


def verify(public_key_text: str, fields: Mapping[str, Any], signature_text: str) -> bool:
    try:
        message = signed_message(fields)
    except BadMessage:
        return False
    return verify_message(public_key_text, message, signature_text)


def short_code(signature_text: str) -> str:
    """The code printed for typing, derived from the signature: ``K7Q2-9MZD`` (40 bits of its SHA-256)."""
    value = int.from_bytes(hashlib.sha256(signature_text.encode("ascii")).digest()[:5], "big")
    chars = "".join(CODE_ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(8)))
    return f"{chars[:4]}-{chars[4:]}"


def issued_after_revocation(issued_at: str, revoked_at: str | None) -> bool:
    """Whether a certificate issued at *issued_at* (RFC 3339 time or a date) falls after a key's revocation.

    A date alone is compared as a date in Beijing time: a certificate dated the revocation day itself
    still counts as issued before it (a station may have issued it that morning).
    """
    if not revoked_at:
        return False
    try:
        revoked = dt.datetime.fromisoformat(revoked_at.replace("Z", "+00:00"))
        if len(issued_at) == 10:
            beijing = dt.timezone(dt.timedelta(hours=8))
            return dt.date.fromisoformat(issued_at) > revoked.astimezone(beijing).date()
        return dt.datetime.fromisoformat(issued_at.replace("Z", "+00:00")) > revoked
    except (ValueError, TypeError):
        return True  # unreadable times: do not vouch for it
