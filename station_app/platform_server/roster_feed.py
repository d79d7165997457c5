"""Pages of a station's roster changes, behind an opaque cursor.

The cursor is base64url of ``epoch:seq`` (the last change delivered). The epoch
is random per database and renewed by :func:`expire`, which also compacts the
feed to each volunteer's latest state, as a real platform does when it prunes
history: an old cursor would then point into changes that no longer exist, so
it gets 410 ``cursor_expired`` and the client pulls again from the start.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import sqlite3

from station_app.platform_server.validation import BadRequest

MAX_LIMIT = 500  # docs/protocol.md: limit is at most 500
DEFAULT_LIMIT = 100  # when the client gives none


class CursorExpired(Exception):
    """410 ``cursor_expired``."""


def encode(epoch: str, seq: int) -> str:
    return base64.urlsafe_b64encode(f"{epoch}:{seq}".encode("ascii")).rstrip(b"=").decode("ascii")


def decode(cursor: str) -> tuple[str, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("ascii")
        epoch, seq = raw.split(":")
        return epoch, int(seq)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise BadRequest(f"cursor“{cursor[:40]}”无法识别：请使用上一页返回的 next_cursor，或不带 cursor 从头拉取") from None


def parse_limit(raw: str | None) -> int:
    """1..500; a larger or malformed limit is a client bug (400), not silently clamped."""
    if raw is None:
        return DEFAULT_LIMIT
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_LIMIT:
        raise BadRequest(f"limit 应为 1 到 {MAX_LIMIT} 的整数，而不是“{raw[:20]}”")
    return int(raw)


def current_epoch(conn: sqlite3.Connection) -> str:
    return conn.execute("SELECT value FROM meta WHERE key = 'cursor_epoch'").fetchone()[0]


def page(conn: sqlite3.Connection, station_code: str, cursor: str | None, limit: int) -> dict:
    """The body of GET .../volunteers: oldest change first, after *cursor*."""
    epoch = current_epoch(conn)
    after = 0
    if cursor is not None:
        cursor_epoch, after = decode(cursor)
        if cursor_epoch != epoch:
            raise CursorExpired("这个 cursor 已失效，请丢弃它并从头拉取名册")
    rows = conn.execute("SELECT seq, item FROM roster_changes WHERE station_code = ? AND seq > ? ORDER BY seq LIMIT ?",
                        (station_code, after, limit + 1)).fetchall()
    has_more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1]["seq"] if rows else after
    return {"items": [json.loads(r["item"]) for r in rows], "next_cursor": encode(epoch, last), "has_more": has_more}


def expire(conn: sqlite3.Connection) -> None:
    """Compact every feed to the latest change per volunteer and invalidate all cursors."""
    conn.execute("DELETE FROM roster_changes WHERE seq NOT IN "
                 "(SELECT MAX(seq) FROM roster_changes GROUP BY station_code, platform_id)")
    conn.execute("UPDATE meta SET value = ? WHERE key = 'cursor_epoch'", (secrets.token_hex(8),))
