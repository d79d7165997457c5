"""A station's audit-log anchors, witnessed (docs/protocol.md 1.1 ``anchors``).

The platform keeps every anchor (``seq``, ``hash``, ``at``) a station sends. The
same ``seq`` with another hash is ``409 conflict`` and the first is kept: the
station's log was rewritten after the platform saw it, which is exactly what
the witness is for. The same anchor again is simply ``stored``.
"""

from __future__ import annotations

import re
from typing import Any

from station_app.platform_server import roster_feed
from station_app.platform_server.database import Tx
from station_app.platform_server.messages import HttpError, error_response, rfc3339
from station_app.platform_server.validation import BadRequest, require_object, require_time

ENDPOINT = "anchors"
CURSOR_TAG = "anchors"
HASH_RE = re.compile(r"[0-9a-f]{64}")
MAX_SEQ = 2**62


def check(doc: Any) -> tuple[dict, None]:
    doc = require_object(doc)
    seq = doc.get("seq")
    if isinstance(seq, bool) or not isinstance(seq, int) or not 0 <= seq <= MAX_SEQ:
        raise BadRequest("seq 应为不小于 0 的整数")
    if not isinstance(doc.get("hash"), str) or not HASH_RE.fullmatch(doc["hash"]):
        raise BadRequest("hash 应为 64 位小写十六进制的 SHA-256")
    require_time(doc, "at")
    return doc, None


def store(tx: Tx, station_code: str, doc: dict, now: float) -> dict:
    tx.lock(f"anchor:{station_code}:{doc['seq']}")
    held = tx.scalar("SELECT hash FROM anchors WHERE station_code = ? AND anchor_seq = ?", (station_code, doc["seq"]))
    if held is None:
        tx.execute("INSERT INTO anchors (station_code, anchor_seq, hash, at, stored_at) VALUES (?, ?, ?, ?, ?)",
                   (station_code, doc["seq"], doc["hash"], doc["at"], rfc3339(now)))
    elif held != doc["hash"]:
        raise HttpError(error_response(409, f"第 {doc['seq']} 条的锚点已登记为另一个哈希：本站审计日志在平台见证后被改写过",
                                       "conflict"))
    return {"seq": doc["seq"], "status": "stored"}


def page(tx: Tx, station_code: str, after_seq: int, cursor: str | None, limit: int) -> dict:
    """``{"anchors": [{seq, hash, at}], "next_cursor", "has_more"}``, oldest (lowest seq) first."""
    if cursor is not None:
        tag, after_seq = roster_feed.decode(cursor)
        if tag != CURSOR_TAG:
            raise BadRequest("这个 cursor 不属于锚点列表")
    rows = tx.all("SELECT anchor_seq, hash, at FROM anchors WHERE station_code = ? AND anchor_seq > ?"
                  " ORDER BY anchor_seq LIMIT ?", (station_code, after_seq, limit + 1))
    has_more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1]["anchor_seq"] if rows else after_seq
    return {"anchors": [{"seq": r["anchor_seq"], "hash": r["hash"], "at": r["at"]} for r in rows],
            "next_cursor": roster_feed.encode(CURSOR_TAG, last), "has_more": has_more}
