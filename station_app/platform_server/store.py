"""The platform's state behind one lock: stations, tokens, stored answers, and the domain.

One sqlite3 connection serialised by a lock is plenty for a reference server
and makes every batch one transaction: its items' effects and its stored
answer commit together, before the answer is sent (docs/protocol.md rule 6), so a
server killed mid-request leaves nothing half-applied. Read helpers used by
tests live in :mod:`queries`.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station_app.platform_server import certificates, roster_feed, volunteers
from station_app.platform_server.messages import dumps, rfc3339
from station_app.platform_server.queries import StoreQueries
from station_app.platform_server.schema import open_connection


def token_digest(token: str) -> str:
    """Tokens are kept as SHA-256 only: a copied platform.db does not give a station's token away."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class StoredAnswer:
    endpoint: str
    body_sha256: str
    status: int
    response: bytes


class Store(StoreQueries):
    def __init__(self, db_path: str | Path, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(db_path)
        self.clock = clock
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection = open_connection(self.path)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT under the lock; any exception rolls everything back."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _rows(self, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # --- stations and tokens -------------------------------------------------

    def add_station(self, code: str, name: str, token: str | None = None) -> None:
        """Create or rename a station; add *token* for it (a revoked token stays revoked)."""
        with self.transaction() as conn:
            conn.execute("INSERT INTO stations (code, name) VALUES (?, ?) ON CONFLICT (code) DO UPDATE SET name = ?",
                         (code, name, name))
            if token:
                row = conn.execute("SELECT station_code FROM tokens WHERE token_sha256 = ?",
                                   (token_digest(token),)).fetchone()
                if row is not None and row[0] != code:
                    raise ValueError(f"this token already belongs to station {row[0]}")
                conn.execute("INSERT OR IGNORE INTO tokens (token_sha256, station_code) VALUES (?, ?)",
                             (token_digest(token), code))

    def revoke_token(self, token: str) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE tokens SET revoked = 1 WHERE token_sha256 = ?", (token_digest(token),))

    def station_for_token(self, token: str) -> str | None:
        """The station a valid token belongs to; None when unknown or revoked."""
        rows = self._rows("SELECT station_code FROM tokens WHERE token_sha256 = ? AND revoked = 0",
                          (token_digest(token),))
        return rows[0][0] if rows else None

    def station_name(self, code: str) -> str | None:
        rows = self._rows("SELECT name FROM stations WHERE code = ?", (code,))
        return rows[0][0] if rows else None

    # --- idempotency ---------------------------------------------------------

    def stored_answer(self, station_code: str, key: str) -> StoredAnswer | None:
        rows = self._rows("SELECT endpoint, body_sha256, status, response FROM idempotency"
                          " WHERE station_code = ? AND key = ?", (station_code, key))
        if not rows:
            return None
        r = rows[0]
        return StoredAnswer(r["endpoint"], r["body_sha256"], r["status"], bytes(r["response"]))

    def commit_batch(self, station_code: str, key: str, endpoint: str, body_sha256: str,
                     judge: Callable[[sqlite3.Connection, float], Any]) -> bytes:
        """Apply *judge*'s effects and store its answer in one transaction; return the answer's bytes."""
        with self.transaction() as conn:
            now = self.clock()
            response = dumps(judge(conn, now))
            conn.execute("INSERT INTO idempotency (station_code, key, endpoint, body_sha256, status, response,"
                         " created_at) VALUES (?, ?, ?, ?, 200, ?, ?)",
                         (station_code, key, endpoint, body_sha256, response, rfc3339(now)))
        return response

    # --- roster and certificates ---------------------------------------------

    def roster_page(self, station_code: str, cursor: str | None, limit: int) -> dict:
        with self._lock:
            return roster_feed.page(self._conn, station_code, cursor, limit)

    def expire_cursors(self) -> None:
        """Every cursor handed out so far gets 410 ``cursor_expired`` on its next use."""
        with self.transaction() as conn:
            roster_feed.expire(conn)

    def upsert_volunteer(self, station_code: str, platform_id: str | None, name: str, id_type: str, id_number: str,
                         phone: str | None = None, gender: str | None = None, status: str = "active") -> str:
        """The platform changes a volunteer (``status="deleted"`` is a tombstone); returns the platform number.

        The change appears in the roster feed of *station_code* and of every
        other station that knows the volunteer.
        """
        with self.transaction() as conn:
            return volunteers.upsert(conn, station_code, platform_id, name, id_type, id_number, phone, gender,
                                     status, self.clock())

    def verify_certificate(self, serial: str, code: str | None) -> dict | None:
        with self._lock:
            return certificates.verify(self._conn, serial, code)
