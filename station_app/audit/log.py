"""Append-only audit log with a hash chain.

Every domain operation calls :func:`record` inside its own transaction, so the
change and its audit entry commit together or not at all. Each entry stores the
hash of the one before; together with triggers that refuse UPDATE and DELETE,
an edit made outside the app shows up in :func:`verify_chain`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from station_app.clock import now_iso
from station_app.db.models import AuditEntry

GENESIS = "0" * 64


@dataclass(frozen=True)
class Actor:
    """Who acts. ``via`` is "gui", "cli" or "kiosk"; the name is the staff member's or the OS user's.

    ``role`` is "admin" (站长) or "operator" (值班员). The default is the one with
    fewer rights: whoever builds an Actor must say when it is an administrator
    (the logged-in admin in the window, the command line, tests). The role is
    not part of ``str(actor)``, so the audit log names people as before.
    """

    name: str
    via: str = "gui"
    role: str = "operator"

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def __str__(self) -> str:
        return f"{self.name}（命令行）" if self.via == "cli" else self.name


def _dump(value: dict[str, Any] | None) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _only_changes(before: dict[str, Any] | None, after: dict[str, Any] | None):
    """For an update, keep only the fields that changed."""
    if before is None or after is None:
        return before, after
    changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    return {k: before.get(k) for k in changed}, {k: after.get(k) for k in changed}


def _entry_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    payload = json.dumps(fields, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


def _hashed_fields(entry: AuditEntry) -> dict[str, Any]:
    return {
        "at": entry.at,
        "actor": entry.actor,
        "action": entry.action,
        "entity_type": entry.entity_type,
        "entity_id": entry.entity_id,
        "before": entry.before,
        "after": entry.after,
        "reason": entry.reason,
    }


def record(
    actor: Actor,
    action: str,
    entity_type: str,
    entity_id: str | int,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str = "",
) -> AuditEntry:
    """Append one entry. Call inside the transaction that makes the change.

    For updates only the fields that changed are kept in *before*/*after*.
    """
    before, after = _only_changes(before, after)
    last = AuditEntry.select(AuditEntry.hash).order_by(AuditEntry.id.desc()).first()
    prev_hash = last.hash if last else GENESIS
    entry = AuditEntry(
        at=now_iso(),
        actor=str(actor),
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        before=_dump(before),
        after=_dump(after),
        reason=reason or "",
        prev_hash=prev_hash,
    )
    entry.hash = _entry_hash(prev_hash, _hashed_fields(entry))
    entry.save(force_insert=True)
    return entry


def verify_chain() -> list[int]:
    """Return the ids of entries whose hash or link does not match (empty: intact)."""
    broken: list[int] = []
    prev_hash = GENESIS
    for entry in AuditEntry.select().order_by(AuditEntry.id).iterator():
        if entry.prev_hash != prev_hash or entry.hash != _entry_hash(entry.prev_hash, _hashed_fields(entry)):
            broken.append(entry.id)
        prev_hash = entry.hash
    return broken


def entries_for(entity_type: str, entity_id: str | int) -> list[dict[str, Any]]:
    """Entries about one thing, oldest first, as plain dicts."""
    rows = (
        AuditEntry.select()
        .where((AuditEntry.entity_type == entity_type) & (AuditEntry.entity_id == str(entity_id)))
        .order_by(AuditEntry.id)
    )
    return [
        {
            "at": e.at,
            "actor": e.actor,
            "action": e.action,
            "before": json.loads(e.before) if e.before else None,
            "after": json.loads(e.after) if e.after else None,
            "reason": e.reason,
        }
        for e in rows
    ]


def record_many(actor: Actor, items: list[tuple[str, str, str | int, dict | None, dict | None, str]]) -> int:
    """Append many entries at once (imports): (action, entity_type, entity_id, before, after, reason).

    Same chain and same field rules as :func:`record`, written with one
    ``executemany``; call inside the transaction that makes the changes.
    """
    from station_app.db import database

    last = AuditEntry.select(AuditEntry.hash).order_by(AuditEntry.id.desc()).first()
    prev_hash = last.hash if last else GENESIS
    at, who = now_iso(), str(actor)
    rows = []
    for action, entity_type, entity_id, before, after, reason in items:
        before, after = _only_changes(before, after)
        fields = {"at": at, "actor": who, "action": action, "entity_type": entity_type,
                  "entity_id": str(entity_id), "before": _dump(before), "after": _dump(after),
                  "reason": reason or ""}
        digest = _entry_hash(prev_hash, fields)
        rows.append((at, who, action, entity_type, str(entity_id), fields["before"], fields["after"],
                     fields["reason"], prev_hash, digest))
        prev_hash = digest
    database.cursor().executemany(
        "INSERT INTO audit_entry (at, actor, action, entity_type, entity_id, before, after, reason, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return len(rows)
