"""Serial numbers, verification codes and the QR text of certificates.

* Serial: station code + issue year + a 6-digit sequence that restarts each
  year, e.g. ``BJ-CY-0001-2026-000042`` (docs/protocol.md).
* Verification code: HMAC-SHA256, keyed with the station secret made at setup,
  over everything the certificate states; the first 40 bits are written as 8
  Crockford base32 characters, ``K7Q2-9MZD``. Crockford's alphabet has no I, L,
  O or U, so a code read aloud or typed from paper survives the usual slips
  (O for 0, I or L for 1, lower case). 40 bits: one chance in a trillion to guess.
* QR text: ``VOLCERT:<serial>:<code>``. Every character is in QR's
  alphanumeric set, so the symbol stays small (version 3 at level M) and scans
  from a photocopy.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from collections.abc import Iterable

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = {"O": "0", "I": "1", "L": "1"}
QR_PREFIX = "VOLCERT"
SERIAL_RE = re.compile(r"[A-Z0-9][A-Z0-9-]{0,31}-\d{4}-\d{6}")
_PAIR_RE = re.compile(rf"^(?:{QR_PREFIX}:)?({SERIAL_RE.pattern})[\s:/|,，]+([0-9A-Z]{{4}}-?[0-9A-Z]{{4}})$")


def make_serial(station_code: str, year: int, seq: int) -> str:
    return f"{station_code}-{year:04d}-{seq:06d}"


def normalize_serial(text: str | None) -> str:
    """Upper case, half-width, no spaces: what people type or paste becomes the stored form."""
    return "".join(unicodedata.normalize("NFKC", text or "").split()).upper()


def normalize_code(text: str | None) -> str | None:
    """``k7q2 9mzd`` → ``K7Q2-9MZD``; None when it cannot be a code."""
    raw = "".join(unicodedata.normalize("NFKC", text or "").split()).upper().replace("-", "")
    raw = "".join(_READ_AS.get(ch, ch) for ch in raw)
    if len(raw) != 8 or any(ch not in ALPHABET for ch in raw):
        return None
    return f"{raw[:4]}-{raw[4:]}"


def _base32(data: bytes, chars: int) -> str:
    value = int.from_bytes(data, "big")
    bits = len(data) * 8
    out = []
    for i in range(chars):
        shift = bits - 5 * (i + 1)
        out.append(ALPHABET[(value >> shift) & 31])
    return "".join(out)


def content_bytes(fields: Iterable[object]) -> bytes:
    """The canonical text the code signs: fields joined by the ASCII unit separator."""
    return "\x1f".join("" if f is None else str(f) for f in fields).encode("utf-8")


def secret_key(secret: str) -> bytes:
    try:
        return bytes.fromhex(secret)
    except ValueError:
        return secret.encode("utf-8")


def verification_code(secret: str, fields: Iterable[object]) -> str:
    digest = hmac.new(secret_key(secret), content_bytes(fields), hashlib.sha256).digest()
    text = _base32(digest[:5], 8)
    return f"{text[:4]}-{text[4:]}"


def qr_text(serial: str, code: str) -> str:
    return f"{QR_PREFIX}:{serial}:{code}"


def parse_pair(text: str | None) -> tuple[str, str] | None:
    """(serial, code) from scanned QR text or "serial code" typed on one line; None otherwise."""
    cleaned = unicodedata.normalize("NFKC", text or "").strip().upper()
    cleaned = re.sub(r"\s+", " ", cleaned)
    match = _PAIR_RE.match(cleaned)
    if not match:
        return None
    code = normalize_code(match.group(2))
    return (match.group(1), code) if code else None
