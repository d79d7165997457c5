"""The platform's state: stations, hashed tokens, idempotency claims and answers, and the domain.

Everything is in the database (SQLite or PostgreSQL, see :mod:`database`), so
any worker process, or the same server after a restart, gives the same answer.
A batch's effects and its stored answer commit in one transaction before the
answer is sent (docs/protocol.md rule 6). Read helpers used by tests and operators
live in :mod:`queries`.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station_app.platform_server import certificates, roster_feed, schema, volunteers
from station_app.platform_server.database import Database, Row, Tx, open_database
from station_app.platform_server.messages import dumps, rfc3339
from station_app.platform_server.queries import StoreQueries


def token_digest(token: str) -> str:
    """Tokens are kept as SHA-256 only: a copy of the database does not give a station's token away.

    A plain (unsalted, fast) hash is enough here because tokens are long random strings, not
    passwords a person chose: there is no dictionary to try.
    """
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class StoredAnswer:
    endpoint: str
    body_sha256: str
    status: int
    response: bytes


@dataclass(frozen=True)
class Claim:
    """Claiming an Idempotency-Key: ``claimed`` (go on), ``done`` (replay or 422), ``busy`` (409), ``reused`` (422)."""

    outcome: str
    answer: StoredAnswer | None = None


class LostClaim(Exception):
    """Another worker took the key over (our claim outlived its lease): our effects were rolled back."""


class Store(StoreQueries):
    def __init__(self, target: str | Path | Database, clock: Callable[[], float] = time.time,
                 max_connections: int = 8) -> None:
        """*target*: a SQLite file path, a ``postgresql://`` URL, or an open :class:`Database`."""
        self.db = target if isinstance(target, Database) else open_database(target, max_connections)
        self.clock = clock
        schema.create(self.db)

    @property
    def path(self) -> Path:
        return Path(self.db.url)

    def _rows(self, sql: str, params: tuple = ()) -> list[Row]:
        return self.db.read(lambda tx: tx.all(sql, params))

    def run(self, work: Callable[[Tx], Any]) -> Any:
        return self.db.run(work)

    def close(self) -> None:
        self.db.close()

    # --- stations and tokens -------------------------------------------------

    def add_station(self, code: str, name: str, token: str | None = None) -> None:
        """Create or rename a station; add *token* for it (a revoked token stays revoked)."""
        self.add_stations([(code, name, token)])

    def add_stations(self, stations: Iterable[tuple[str, str, str | None]]) -> None:
        """Many stations in one transaction (a district's list at start-up, the load test's thousands)."""
        def work(tx: Tx) -> None:
            for code, name, token in stations:
                tx.execute("INSERT INTO stations (code, name) VALUES (?, ?) ON CONFLICT (code) DO UPDATE"
                           " SET name = excluded.name", (code, name))
                if not token:
                    continue
                owner = tx.scalar("SELECT station_code FROM tokens WHERE token_sha256 = ?", (token_digest(token),))
                if owner is not None and owner != code:
                    raise ValueError(f"this token already belongs to station {owner}")
                tx.execute("INSERT INTO tokens (token_sha256, station_code) VALUES (?, ?) ON CONFLICT DO NOTHING",
                           (token_digest(token), code))

        self.db.run(work)

    def revoke_token(self, token: str) -> None:
        self.db.run(lambda tx: tx.execute("UPDATE tokens SET revoked = 1 WHERE token_sha256 = ?",
                                          (token_digest(token),)))

    def station_for_token(self, token: str) -> str | None:
        """The station a valid token belongs to; None when unknown or revoked."""
        rows = self._rows("SELECT station_code FROM tokens WHERE token_sha256 = ? AND revoked = 0",
                          (token_digest(token),))
        return rows[0][0] if rows else None

    def station_name(self, code: str) -> str | None:
        rows = self._rows("SELECT name FROM stations WHERE code = ?", (code,))
        return rows[0][0] if rows else None

    # --- idempotency ---------------------------------------------------------

    def claim_key(self, station_code: str, key: str, endpoint: str, body_sha256: str, claim: str,
                  lease_seconds: float) -> Claim:
        """Claim *key* for this request, or say why not (docs/protocol.md rule 5).

        A claim older than *lease_seconds* belongs to a request that died with its worker
        (nothing of it committed: effects and answer commit together), so it is taken over.
        """
        def work(tx: Tx) -> Claim:
            now = self.clock()
            tx.lock(f"key:{station_code}:{key}")
            row = tx.one("SELECT endpoint, body_sha256, status, response, state, claimed_at FROM idempotency"
                         " WHERE station_code = ? AND key = ?", (station_code, key))
            if row is None:
                tx.execute("INSERT INTO idempotency (station_code, key, endpoint, body_sha256, status, response,"
                           " created_at, state, claim, claimed_at) VALUES (?, ?, ?, ?, 0, ?, ?, 'processing', ?, ?)",
                           (station_code, key, endpoint, body_sha256, b"", rfc3339(now), claim, now))
                return Claim("claimed")
            fresh = row["claimed_at"] is not None and now - row["claimed_at"] < lease_seconds
            if row["state"] == "done" or (row["state"] == "answering" and not fresh):
                return Claim("done", StoredAnswer(row["endpoint"], row["body_sha256"], row["status"],
                                                  bytes(row["response"])))
            if fresh:
                return Claim("busy" if row["body_sha256"] == body_sha256 else "reused")
            tx.execute("UPDATE idempotency SET endpoint = ?, body_sha256 = ?, claim = ?, claimed_at = ?"
                       " WHERE station_code = ? AND key = ?", (endpoint, body_sha256, claim, now, station_code, key))
            return Claim("claimed")

        return self.db.run(work)

    def drop_claim(self, station_code: str, key: str, claim: str) -> None:
        """The request was refused as a whole (400/413): nothing is stored, the key is free again."""
        self.db.run(lambda tx: tx.execute("DELETE FROM idempotency WHERE station_code = ? AND key = ? AND claim = ?"
                                          " AND state = 'processing'", (station_code, key, claim)))

    def commit_batch(self, station_code: str, key: str, claim: str, judge: Callable[[Tx, float], Any],
                     answering: bool = False) -> bytes:
        """Apply *judge*'s effects and store its answer in one transaction; return the answer's bytes.

        *answering* keeps the key "in progress" until :meth:`answered` (a fault holds the answer back).
        """
        def work(tx: Tx) -> bytes:
            now = self.clock()
            tx.lock(f"key:{station_code}:{key}")
            owner = tx.scalar("SELECT claim FROM idempotency WHERE station_code = ? AND key = ? AND state ="
                              " 'processing'", (station_code, key))
            if owner != claim:
                raise LostClaim(key)
            response = dumps(judge(tx, now))
            tx.execute("UPDATE idempotency SET status = 200, response = ?, state = ?, claimed_at = ?"
                       " WHERE station_code = ? AND key = ?",
                       (response, "answering" if answering else "done", now, station_code, key))
            return response

        return self.db.run(work)

    def answered(self, station_code: str, key: str) -> None:
        self.db.run(lambda tx: tx.execute("UPDATE idempotency SET state = 'done' WHERE station_code = ? AND key = ?"
                                          " AND state = 'answering'", (station_code, key)))

    def stored_answer(self, station_code: str, key: str) -> StoredAnswer | None:
        rows = self._rows("SELECT endpoint, body_sha256, status, response FROM idempotency"
                          " WHERE station_code = ? AND key = ? AND state <> 'processing'", (station_code, key))
        if not rows:
            return None
        r = rows[0]
        return StoredAnswer(r["endpoint"], r["body_sha256"], r["status"], bytes(r["response"]))

    # --- roster and certificates ---------------------------------------------

    def roster_page(self, station_code: str, cursor: str | None, limit: int) -> dict:
        return self.db.read(lambda tx: roster_feed.page(tx, station_code, cursor, limit))

    def expire_cursors(self) -> None:
        """Every cursor handed out so far gets 410 ``cursor_expired`` on its next use."""
        self.db.run(roster_feed.expire)

    def upsert_volunteer(self, station_code: str, platform_id: str | None, name: str, id_type: str, id_number: str,
                         phone: str | None = None, gender: str | None = None, status: str = "active") -> str:
        """The platform changes a volunteer (``status="deleted"`` is a tombstone); returns the platform number.

        The change appears in the roster feed of *station_code* and of every
        other station that knows the volunteer.
        """
        return self.db.run(lambda tx: volunteers.upsert(tx, station_code, platform_id, name, id_type, id_number,
                                                        phone, gender, status, self.clock()))

    def verify_certificate(self, serial: str, code: str | None = None, signature: str | None = None) -> dict | None:
        return self.db.read(lambda tx: certificates.verify(tx, serial, code, signature))
