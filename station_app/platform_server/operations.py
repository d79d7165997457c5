"""Operation ids: what makes a resent item ``duplicate`` rather than applied twice.

docs/protocol.md rule 3: an ``op_id`` already applied with an identical item gives
``duplicate``; with a different item, ``conflict``. "Identical" compares the
canonical JSON (sorted keys, no spacing) of the item, so key order or
whitespace in a resend does not matter but any changed value does. Only
applied (accepted) operations are remembered: a rejected item was never
applied, and the client never resends it unchanged anyway.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from station_app.platform_server.messages import rfc3339
from station_app.platform_server.validation import Rejected


def canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def already_applied(conn: sqlite3.Connection, station_code: str, endpoint: str, item: dict) -> bool:
    """True for a duplicate; raises ``conflict`` when the op_id was used for something else."""
    row = conn.execute("SELECT station_code, endpoint, item FROM ops WHERE op_id = ?", (item["op_id"],)).fetchone()
    if row is None:
        return False
    if (row["station_code"], row["endpoint"], row["item"]) == (station_code, endpoint, canonical(item)):
        return True
    raise Rejected("conflict", f"op_id {item['op_id']} 已用于另一项内容不同的操作")


def remember(conn: sqlite3.Connection, station_code: str, endpoint: str, batch_id: str, item: dict,
             now: float) -> None:
    conn.execute("INSERT INTO ops (op_id, station_code, endpoint, batch_id, item, applied_at)"
                 " VALUES (?, ?, ?, ?, ?, ?)", (item["op_id"], station_code, endpoint, batch_id, canonical(item), rfc3339(now)))


def judge_each(items: list[dict], judge) -> list[dict]:
    """Rule 1 and 2: every item judged on its own, one result per item in order.

    *judge(item)* returns the extra fields of an ``accepted`` result, or None
    for ``duplicate``, or raises :class:`Rejected`.
    """
    results = []
    for item in items:
        try:
            extra = judge(item)
        except Rejected as exc:
            results.append({"op_id": item["op_id"], "status": "rejected", "code": exc.code, "message": str(exc)})
            continue
        if extra is None:
            results.append({"op_id": item["op_id"], "status": "duplicate"})
        else:
            results.append({"op_id": item["op_id"], "status": "accepted", **extra})
    return results
