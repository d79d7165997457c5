"""The platform's volunteers and each station's roster change feed.

docs/protocol.md: a volunteer is matched by ``platform_id`` when the station sends
one, otherwise by (``id_type``, ``id_number``); an unknown one is created with a
new platform number (``BJ`` + year + 6-digit sequence: the city's prefix, not
the station's, since a volunteer serves at many stations).

A station sees a volunteer in its feed once linked to them (it sent them in a
batch, or the platform added them for it); every later change of that
volunteer is appended to the feed of every linked station, as a snapshot, so
a page read twice gives the same items.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from station_app.platform_server.messages import BEIJING, rfc3339
from station_app.platform_server.validation import Identity

CITY_PREFIX = "BJ"
FEED_FIELDS = ("platform_id", "name", "id_type", "id_number", "phone", "gender", "status", "updated_at")


def find(conn: sqlite3.Connection, platform_id: str | None, id_type: str, id_number: str) -> sqlite3.Row | None:
    if platform_id:
        return conn.execute("SELECT * FROM volunteers WHERE platform_id = ?", (platform_id,)).fetchone()
    return conn.execute("SELECT * FROM volunteers WHERE id_type = ? AND id_number = ?",
                        (id_type, id_number)).fetchone()


def feed_item(row: sqlite3.Row) -> dict:
    return {name: row[name] for name in FEED_FIELDS}


def _new_platform_id(conn: sqlite3.Connection, now: float) -> str:
    year = dt.datetime.fromtimestamp(now, BEIJING).year
    seq = conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM volunteers").fetchone()[0]
    while True:  # a platform number given explicitly through upsert may already hold this one
        candidate = f"{CITY_PREFIX}{year}{seq:06d}"
        if not conn.execute("SELECT 1 FROM volunteers WHERE platform_id = ?", (candidate,)).fetchone():
            return candidate
        seq += 1


def _append_changes(conn: sqlite3.Connection, platform_id: str, stations: list[str] | None = None) -> None:
    """Snapshot the volunteer into the feed of *stations* (default: every linked station)."""
    row = conn.execute("SELECT * FROM volunteers WHERE platform_id = ?", (platform_id,)).fetchone()
    item = json.dumps(feed_item(row), ensure_ascii=False, sort_keys=True)
    if stations is None:
        stations = [r[0] for r in conn.execute(
            "SELECT station_code FROM station_volunteers WHERE platform_id = ? ORDER BY station_code", (platform_id,))]
    for station in stations:
        conn.execute("INSERT INTO roster_changes (station_code, platform_id, item) VALUES (?, ?, ?)",
                     (station, platform_id, item))


def link(conn: sqlite3.Connection, station_code: str, platform_id: str) -> None:
    """Make the volunteer part of the station's feed (their current state is its first change)."""
    cur = conn.execute("INSERT OR IGNORE INTO station_volunteers (station_code, platform_id) VALUES (?, ?)",
                       (station_code, platform_id))
    if cur.rowcount:
        _append_changes(conn, platform_id, [station_code])


def create(conn: sqlite3.Connection, station_code: str, who: Identity, now: float) -> str:
    """A volunteer the platform did not know, sent by a station; returns their platform number
    (the one the station sent, when it had one, else a new one)."""
    platform_id = who.platform_id or _new_platform_id(conn, now)
    conn.execute("INSERT INTO volunteers (platform_id, name, id_type, id_number, phone, gender, status, updated_at)"
                 " VALUES (?, ?, ?, ?, ?, ?, 'active', ?)",
                 (platform_id, who.name, who.id_type, who.id_number, who.phone, who.gender, rfc3339(now)))
    link(conn, station_code, platform_id)
    return platform_id


def upsert(conn: sqlite3.Connection, station_code: str, platform_id: str | None, name: str, id_type: str,
           id_number: str, phone: str | None, gender: str | None, status: str, now: float) -> str:
    """Create or change a volunteer as the platform itself would (real-name registration, leaving)."""
    if status not in ("active", "deleted"):
        raise ValueError(f"status must be active or deleted, not {status!r}")
    row = find(conn, platform_id, id_type, id_number)
    if row is None:
        platform_id = platform_id or _new_platform_id(conn, now)
        conn.execute("INSERT INTO volunteers (platform_id, name, id_type, id_number, phone, gender, status,"
                     " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     (platform_id, name, id_type, id_number, phone, gender, status, rfc3339(now)))
    else:
        platform_id = row["platform_id"]
        conn.execute("UPDATE volunteers SET name = ?, id_type = ?, id_number = ?, phone = ?, gender = ?, status = ?,"
                     " updated_at = ? WHERE platform_id = ?",
                     (name, id_type, id_number, phone, gender, status, rfc3339(now), platform_id))
    assert platform_id is not None
    conn.execute("INSERT OR IGNORE INTO station_volunteers (station_code, platform_id) VALUES (?, ?)",
                 (station_code, platform_id))
    _append_changes(conn, platform_id)
    return platform_id
