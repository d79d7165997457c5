"""Stations' public signing keys (docs/protocol.md 1.1 ``signing_keys``): register, revoke, list.

A key is never replaced: the same ``key_id`` with another key is ``409
conflict``, the same key again is simply ``registered``. A revocation keeps the
first ``revoked_at`` (a lost PC is lost from the moment first reported). The
public lists need no token: anyone may keep a copy and verify offline. They are
paged in change order (``change_seq``), and a revocation gives the key a new
place at the end, so a verifier that pulls from its last cursor sees it.
"""

from __future__ import annotations

from typing import Any

from station_app.platform_server import roster_feed
from station_app.platform_server.database import Row, Tx
from station_app.platform_server.messages import HttpError, error_response
from station_app.platform_server.validation import BadRequest, is_uuid, require_object, require_time
from station_app.protocol.signing import public_key_from_b64

KEYS_ENDPOINT = "keys"
REVOKE_ENDPOINT = "keys-revoke"
CURSOR_TAG = "keys"
PUBLIC_FIELDS = ("station_code", "station_name", "key_id", "public_key", "created_at", "revoked_at")


def check_registration(doc: Any) -> tuple[dict, None]:
    doc = require_object(doc)
    if not is_uuid(doc.get("key_id")):
        raise BadRequest("key_id 应为小写规范格式的 UUID")
    try:
        public_key_from_b64(doc.get("public_key"))
    except (ValueError, TypeError):
        raise BadRequest("public_key 应为 32 字节 Ed25519 公钥的 base64url（不带填充）") from None
    require_time(doc, "created_at")
    return doc, None


def register(tx: Tx, station_code: str, doc: dict) -> dict:
    key_id = doc["key_id"]
    tx.lock(f"signing-key:{key_id}")
    held = tx.one("SELECT station_code, public_key FROM signing_keys WHERE key_id = ?", (key_id,))
    if held is None:
        tx.execute("INSERT INTO signing_keys (key_id, station_code, public_key, created_at, change_seq)"
                   " VALUES (?, ?, ?, ?, ?)", (key_id, station_code, doc["public_key"], doc["created_at"],
                                               tx.next_number("key_changes")))
    elif (held["station_code"], held["public_key"]) != (station_code, doc["public_key"]):
        raise HttpError(error_response(409, f"密钥 {key_id} 已登记为另一把公钥，不能替换", "conflict"))
    return {"key_id": key_id, "status": "registered"}


def check_revocation(doc: Any) -> tuple[dict, None]:
    doc = require_object(doc)
    reason = doc.get("reason")
    if not isinstance(reason, str) or not reason.strip() or len(reason) > 500:
        raise BadRequest("reason 应为不超过 500 字的文字")
    require_time(doc, "revoked_at")
    return doc, None


def revoke(tx: Tx, station_code: str, key_id: str, doc: dict) -> dict:
    tx.lock(f"signing-key:{key_id}")
    held = tx.one("SELECT station_code, revoked_at FROM signing_keys WHERE key_id = ?", (key_id,))
    if held is None or held["station_code"] != station_code:
        raise HttpError(error_response(404, f"本站没有登记密钥 {key_id[:64]}"))
    revoked_at = held["revoked_at"]
    if revoked_at is None:
        revoked_at = doc["revoked_at"]
        tx.execute("UPDATE signing_keys SET revoked_at = ?, revoke_reason = ?, change_seq = ? WHERE key_id = ?",
                   (revoked_at, doc["reason"], tx.next_number("key_changes"), key_id))
    return {"key_id": key_id, "status": "revoked", "revoked_at": revoked_at}


def _public(row: Row) -> dict:
    return {name: row[name] for name in PUBLIC_FIELDS}


def page(tx: Tx, station_code: str | None, cursor: str | None, limit: int) -> dict:
    """``{"keys": [...], "next_cursor", "has_more"}``, oldest change first (one station's, or every station's)."""
    after = 0
    if cursor is not None:
        tag, after = roster_feed.decode(cursor)
        if tag != CURSOR_TAG:
            raise BadRequest("这个 cursor 不属于密钥列表")
    where = "k.change_seq > ?" + (" AND k.station_code = ?" if station_code else "")
    params: tuple = (after, station_code, limit + 1) if station_code else (after, limit + 1)
    rows = tx.all("SELECT k.*, s.name AS station_name FROM signing_keys k JOIN stations s ON s.code = k.station_code"
                  f" WHERE {where} ORDER BY k.change_seq LIMIT ?", params)
    has_more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1]["change_seq"] if rows else after
    return {"keys": [_public(r) for r in rows], "next_cursor": roster_feed.encode(CURSOR_TAG, last),
            "has_more": has_more}


def find(tx: Tx, key_id: str) -> Row | None:
    return tx.one("SELECT * FROM signing_keys WHERE key_id = ?", (key_id,))
