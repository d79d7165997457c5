"""The platform's SQLite file: tables and a durable connection.

Plain sqlite3, not peewee: the app binds peewee's one global database to the
station file, and tests run this server in the same process as app code.
WAL with ``synchronous=FULL`` because docs/protocol.md rule 6 says the platform has
committed durably before it answers 200.

Items are kept as the canonical JSON the station sent (``item``), so a resent
operation can be compared with the first one byte for byte.
"""

from __future__ import annotations

import secrets
import sqlite3
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS stations (code TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (
    token_sha256 TEXT PRIMARY KEY,
    station_code TEXT NOT NULL REFERENCES stations(code),
    revoked INTEGER NOT NULL DEFAULT 0
);
-- Stored first answers, per station and Idempotency-Key. Never deleted (docs/protocol.md: >= 30 days).
CREATE TABLE IF NOT EXISTS idempotency (
    station_code TEXT NOT NULL,
    key TEXT NOT NULL,
    endpoint TEXT NOT NULL,          -- batches | certificates
    body_sha256 TEXT NOT NULL,
    status INTEGER NOT NULL,
    response BLOB NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (station_code, key)
);
-- Every applied operation (accepted), for duplicate / conflict judgement of a resend.
CREATE TABLE IF NOT EXISTS ops (
    op_id TEXT PRIMARY KEY,
    station_code TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    batch_id TEXT NOT NULL,
    item TEXT NOT NULL,              -- canonical JSON
    applied_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS volunteers (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    platform_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    id_type TEXT NOT NULL,
    id_number TEXT NOT NULL,
    phone TEXT,
    gender TEXT,
    status TEXT NOT NULL DEFAULT 'active',
    updated_at TEXT NOT NULL,
    UNIQUE (id_type, id_number)
);
-- Which stations see a volunteer's changes in their roster feed.
CREATE TABLE IF NOT EXISTS station_volunteers (
    station_code TEXT NOT NULL,
    platform_id TEXT NOT NULL,
    PRIMARY KEY (station_code, platform_id)
);
CREATE TABLE IF NOT EXISTS roster_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    station_code TEXT NOT NULL,
    platform_id TEXT NOT NULL,
    item TEXT NOT NULL               -- the feed item as of this change
);
CREATE INDEX IF NOT EXISTS roster_changes_station ON roster_changes (station_code, seq);
CREATE TABLE IF NOT EXISTS records (
    record_id TEXT PRIMARY KEY,
    station_code TEXT NOT NULL,
    op_id TEXT NOT NULL,
    platform_id TEXT NOT NULL,
    start_ts INTEGER NOT NULL,       -- epoch seconds, for the overlap check
    end_ts INTEGER NOT NULL,
    minutes INTEGER NOT NULL,
    item TEXT NOT NULL,              -- the record object as sent, canonical JSON
    accepted_at TEXT NOT NULL,
    voided INTEGER NOT NULL DEFAULT 0,
    void_op_id TEXT,
    void_reason TEXT,
    voided_at TEXT
);
CREATE INDEX IF NOT EXISTS records_volunteer_time ON records (platform_id, start_ts);
CREATE TABLE IF NOT EXISTS certificates (
    serial TEXT PRIMARY KEY,
    station_code TEXT NOT NULL,
    status TEXT NOT NULL,            -- issued | revoked
    volunteer_name TEXT NOT NULL,
    total_minutes INTEGER NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    verification_code TEXT NOT NULL,
    item TEXT NOT NULL,              -- the first registered item, canonical JSON
    op_id TEXT NOT NULL,             -- the last operation that changed it
    updated_at TEXT NOT NULL
);
"""


def open_connection(path: Path) -> sqlite3.Connection:
    """One connection shared by the server's threads; the caller serialises use with a lock."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=30)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=30000")
    conn.executescript(SCHEMA)  # CREATE ... IF NOT EXISTS: idempotent, safe on every start
    # Cursors carry this epoch: a cursor from another database file, or from before expire_cursors, is refused.
    conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('cursor_epoch', ?)", (secrets.token_hex(8),))
    return conn
