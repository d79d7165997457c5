"""Personal data in the audit log, sealed with a key per volunteer so that deleting the key deletes it.

The audit log is append-only and hash-chained: an entry can never be edited,
so a deletion on request (个人信息保护法 Art. 47) cannot take a name out of it.
Instead the personal values of every entry about a volunteer are stored
encrypted (AES-256-GCM) with that volunteer's own key, and the chain covers the
ciphertext. Erasing the volunteer destroys the key (the row is overwritten on
disk: ``secure_delete``), and what the entries held can no longer be read by
anyone, while the chain still verifies and the non-personal facts (a status
changed, a record approved, how many minutes) stay readable.

The key is not a secret from someone holding the live database (the roster
itself is there in plain text); it exists to be destroyed. Sealed values look
like ``{"$sealed": "<base64>"}`` inside an entry's JSON, and a sealed reason
like ``$sealed:<base64>``.
"""

from __future__ import annotations

import base64
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MARK = "$sealed"
TEXT_PREFIX = MARK + ":"
_AAD = b"station-desk audit v1"

# What names, reaches or describes a person: sealed in every audit entry about a volunteer.
SEALED_FIELDS = frozenset({
    "name", "id_number", "phone", "birth_date", "guardian_name", "guardian_phone", "consent_by", "child_consent_by",
    "notes",
    "skills", "platform_no",
    "content", "note", "reject_reason", "void_reason",  # free text staff typed about the person's service
})


def new_key() -> bytes:
    return os.urandom(32)


def _seal(plain: bytes, key: bytes) -> str:
    nonce = os.urandom(12)
    return base64.b64encode(nonce + AESGCM(key).encrypt(nonce, plain, _AAD)).decode("ascii")


def _open(token: str, key: bytes) -> bytes | None:
    try:
        raw = base64.b64decode(token)
        return AESGCM(key).decrypt(raw[:12], raw[12:], _AAD)
    except (InvalidTag, ValueError):
        return None


def seal_values(values: dict[str, Any] | None, key: bytes) -> dict[str, Any] | None:
    """*values* with its personal fields replaced by one sealed value (a new dict; None stays None)."""
    if values is None:
        return None
    personal = {k: v for k, v in values.items() if k in SEALED_FIELDS and v not in (None, "")}
    if not personal:
        return dict(values)
    kept = {k: v for k, v in values.items() if k not in personal}
    kept[MARK] = _seal(json.dumps(personal, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8"), key)
    return kept


def unseal_values(values: dict[str, Any] | None, key: bytes | None) -> tuple[dict[str, Any] | None, bool]:
    """(the values with the personal fields back, whether some could not be opened: the key is gone)."""
    if not values or MARK not in values:
        return values, False
    rest = {k: v for k, v in values.items() if k != MARK}
    plain = _open(values[MARK], key) if key else None
    if plain is None:
        return rest, True
    return {**rest, **json.loads(plain)}, False


def seal_text(text: str, key: bytes) -> str:
    return TEXT_PREFIX + _seal(text.encode("utf-8"), key) if text else text


def unseal_text(text: str, key: bytes | None) -> tuple[str, bool]:
    """(the text, whether it was sealed with a key that is gone)."""
    if not text.startswith(TEXT_PREFIX):
        return text, False
    plain = _open(text[len(TEXT_PREFIX):], key) if key else None
    return (plain.decode("utf-8"), False) if plain is not None else ("", True)


def is_sealed_text(text: str | None) -> bool:
    return text is not None and text.startswith(TEXT_PREFIX)
