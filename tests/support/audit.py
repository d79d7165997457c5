"""Rewriting the audit log as someone holding the database file would (Qt-free).

``rewrite_and_rechain(entry_id)``: the entry's reason changed outside the app, then every hash of the log
computed again, so the chain alone looks intact; only a witness (the platform's anchors) can tell.
Runs on the connection that is open.
"""

from __future__ import annotations

from station_app.audit_hash import GENESIS, entry_hash
from station_app.db import database
from station_app.db.models import AuditEntry


def rewrite_and_rechain(entry_id: int, reason: str = "改过") -> None:
    database.execute_sql("DROP TRIGGER IF EXISTS audit_entry_no_update")
    database.execute_sql("UPDATE audit_entry SET reason = ? WHERE id = ?", (reason, entry_id))
    prev = GENESIS
    for entry in AuditEntry.select().order_by(AuditEntry.id):
        digest = entry_hash(prev, entry.__data__)
        database.execute_sql("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, entry.id))
        prev = digest
