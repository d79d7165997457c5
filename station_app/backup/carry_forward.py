"""What a restore must not take back: the certificate register, and deletions on request.

Restoring a backup takes the station back to when the backup was made, on
purpose. Two things must not go back with it:

* the **certificate register** only ever moves forward: a certificate issued or
  revoked since the backup stays issued or revoked, and its serial is never
  issued again (the serial counter is the register's largest number, so it
  moves forward with the rows);
* the **signing keys** only move forward: a key made, imported or revoked since
  the backup stays made, imported or revoked;
* a **deletion on request** stays done: whoever was erased since the backup is
  erased again before the restored database is used.

Both are read from the database being replaced (and the erasure lists of the
backups beside it, in case that database is too damaged to read) before it is
replaced, and written into the staging copy, in the same transaction as the
restore's own audit entry.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from station_app.audit import Actor
from station_app.clock import now_iso
from station_app.db import database

log = logging.getLogger(__name__)


@dataclass
class Surviving:
    """What the replaced database holds that the restored one must keep."""

    erasures: set[str] = field(default_factory=set)  # volunteer uids
    trimmed: set[str] = field(default_factory=set)  # uids whose data beyond the record was erased (retention)
    certificates: list[dict] = field(default_factory=list)
    records: dict[int, list[dict]] = field(default_factory=dict)  # certificate id -> frozen records
    outbox: dict[int, list[dict]] = field(default_factory=dict)  # certificate id -> its outbox items
    volunteer_uids: dict[int, str] = field(default_factory=dict)
    signing_keys: list[dict] = field(default_factory=list)
    readable: bool = True


def _rows(conn: sqlite3.Connection, sql: str, params: tuple = ()) -> list[dict]:
    cursor = conn.execute(sql, params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _uids(conn: sqlite3.Connection, tables: set[str], table: str) -> set[str]:
    return {u for (u,) in conn.execute(f"SELECT volunteer_uid FROM {table}")} if table in tables else set()


def _add_erasures(found: Surviving, conn: sqlite3.Connection, tables: set[str]) -> None:
    found.erasures |= _uids(conn, tables, "erasure")
    found.trimmed |= _uids(conn, tables, "retention_erasure")


def _erasures_of(path: Path, found: Surviving) -> None:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        _add_erasures(found, conn, _tables(conn))
    finally:
        conn.close()


def read_surviving(db_path: Path, other_copies: list[Path]) -> Surviving:
    """Everything of *db_path* a restore must carry forward; erasures from *other_copies* too."""
    found = Surviving()
    for copy in other_copies:
        try:
            _erasures_of(copy, found)
        except sqlite3.DatabaseError:
            continue
    if not db_path.exists():
        return found
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = _tables(conn)
            _add_erasures(found, conn, tables)
            if "certificate" in tables:
                found.certificates = _rows(conn, "SELECT * FROM certificate ORDER BY id")
                for r in _rows(conn, "SELECT * FROM certificate_record ORDER BY id"):
                    found.records.setdefault(r["certificate_id"], []).append(r)
                found.volunteer_uids = dict(conn.execute("SELECT id, uid FROM volunteer").fetchall())
            if "signing_key" in tables:
                found.signing_keys = _rows(conn, "SELECT * FROM signing_key")
            if "outbox" in tables:
                for item in _rows(conn, "SELECT * FROM outbox WHERE certificate_id IS NOT NULL ORDER BY id"):
                    found.outbox.setdefault(item["certificate_id"], []).append(item)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:  # a damaged database: what could be read is all there is
        log.warning("restore: the replaced database could not be read for the register (%s)", exc)
        found.readable = False
    return found


_REVOKE_COLUMNS = ("status", "revoked_by", "revoked_at", "revoke_reason")


def carry_certificates(surviving: Surviving) -> list[str]:
    """Inside the restored database's transaction: add the certificates it lacks, revoke those revoked
    since; return their serials. Links to a volunteer or record the restored data lacks are left empty:
    what the certificate stated is frozen in its own columns."""
    have = {serial: (cid, status) for cid, serial, status in
            database.execute_sql("SELECT id, serial, status FROM certificate").fetchall()}
    volunteers = dict(database.execute_sql("SELECT uid, id FROM volunteer").fetchall())
    records = dict(database.execute_sql("SELECT uid, id FROM service_record").fetchall())
    columns = [r[1] for r in database.execute_sql("PRAGMA table_info(certificate)").fetchall() if r[1] != "id"]
    carried = []
    for cert in surviving.certificates:
        old_id = cert["id"]
        if cert["serial"] in have:
            new_id, status = have[cert["serial"]]
            if cert["status"] == "revoked" and status != "revoked":
                database.execute_sql(
                    f"UPDATE certificate SET {', '.join(c + ' = ?' for c in _REVOKE_COLUMNS)} WHERE id = ?",
                    tuple(cert[c] for c in _REVOKE_COLUMNS) + (new_id,))
                _carry_outbox(surviving.outbox.get(old_id, []), new_id)
                carried.append(cert["serial"])
            continue
        values = {c: cert.get(c) for c in columns}
        values["volunteer_id"] = volunteers.get(surviving.volunteer_uids.get(cert["volunteer_id"], ""))
        marks = ", ".join("?" * len(values))
        new_id = database.execute_sql(f"INSERT INTO certificate ({', '.join(values)}) VALUES ({marks})",
                                      tuple(values.values())).lastrowid
        for r in surviving.records.get(old_id, []):
            record_id = records.get(r["record_uid"])
            database.execute_sql(
                "INSERT INTO certificate_record (certificate_id, record_id, record_uid, post_name, content,"
                " start_min, end_min, utc_offset, minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (new_id, record_id, r["record_uid"], r["post_name"], r["content"], r["start_min"], r["end_min"],
                 r["utc_offset"], r["minutes"]))
        _carry_outbox(surviving.outbox.get(old_id, []), new_id)
        carried.append(cert["serial"])
    return carried


def _carry_outbox(items: list[dict], certificate_id: int) -> None:
    """The platform must hear of a carried certificate once: items it holds stay done; items that were
    on their way (in a batch of the replaced database) go out again under their own op_id."""
    for item in items:
        if database.execute_sql("SELECT 1 FROM outbox WHERE op_id = ?", (item["op_id"],)).fetchone():
            continue
        state = "pending" if item["state"] == "batched" else item["state"]
        database.execute_sql(
            "INSERT INTO outbox (op_id, endpoint, op, certificate_id, reason, state, result_code, result_message,"
            " created_at, done_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (item["op_id"], item["endpoint"], item["op"], certificate_id, item.get("reason") or "", state,
             item.get("result_code") or "", item.get("result_message") or "", item["created_at"] or now_iso(),
             item.get("done_at")))


def carry_signing_keys(surviving: Surviving) -> int:
    """Keys only move forward too: a key made, imported or revoked since the backup stays (certificates it
    signed are carried above and must keep verifying); the earliest revocation is kept. Returns how many changed."""
    columns = [r[1] for r in database.execute_sql("PRAGMA table_info(signing_key)").fetchall()]
    count = 0
    for key in surviving.signing_keys:
        values = {c: key.get(c) for c in columns if c in key}
        held = database.execute_sql("SELECT revoked_at, registered_at FROM signing_key WHERE key_id = ?",
                                    (key["key_id"],)).fetchone()
        if held is None:
            database.execute_sql(f"INSERT INTO signing_key ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                                 tuple(values.values()))
            count += 1
            continue
        if key.get("revoked_at") and (held[0] is None or key["revoked_at"] < held[0]):
            database.execute_sql("UPDATE signing_key SET revoked_at = ?, revoke_reason = ?, revocation_sent_at = ?"
                                 " WHERE key_id = ?", (key["revoked_at"], key.get("revoke_reason") or "",
                                                       key.get("revocation_sent_at"), key["key_id"]))
            count += 1
        if key.get("registered_at") and held[1] is None:
            database.execute_sql("UPDATE signing_key SET registered_at = ? WHERE key_id = ?",
                                 (key["registered_at"], key["key_id"]))
    return count


def apply_surviving(surviving: Surviving, actor: Actor) -> dict:
    """Erase again, re-batch what the erased had on its way, carry the register forward (one transaction)."""
    from station_app.roster.privacy import reapply_erasures
    from station_app.roster.retention import reapply_retention
    from station_app.sync.batches import replace_batches_of

    erased = reapply_erasures(sorted(surviving.erasures), actor)
    reapply_retention(sorted(surviving.trimmed - surviving.erasures), actor)
    if erased:
        replace_batches_of(erased)
    serials = carry_certificates(surviving)
    keys = carry_signing_keys(surviving)
    return {"erased_again": len(erased), "certificates_carried": serials, "signing_keys_carried": keys,
            "replaced_database_readable": surviving.readable}
