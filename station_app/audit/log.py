"""Append-only audit log with a hash chain.

Every domain operation calls :func:`record` inside its own transaction, so the
change and its audit entry commit together or not at all. Each entry stores the
hash of the one before; together with triggers that refuse UPDATE and DELETE,
an edit made outside the app shows up in :func:`verify_chain`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from station_app.audit.subjects import subject_keys, subject_uid, subject_uids
from station_app.audit_hash import GENESIS, HASHED_FIELDS, dump, entry_hash
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import AuditEntry
from station_app.sealing import MARK, is_sealed_text, seal_text, seal_values, unseal_text, unseal_values


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


def _only_changes(before: dict[str, Any] | None, after: dict[str, Any] | None):
    """For an update, keep only the fields that changed."""
    if before is None or after is None:
        return before, after
    changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    return {k: before.get(k) for k in changed}, {k: after.get(k) for k in changed}


def _sealed(fields: dict[str, Any], key: bytes | None) -> dict[str, Any]:
    """The stored form of an entry's fields: personal values sealed with the subject's key, if it has one."""
    if key is not None:
        fields["before"], fields["after"] = seal_values(fields["before"], key), seal_values(fields["after"], key)
        fields["reason"] = seal_text(fields["reason"], key)
    fields["before"], fields["after"] = dump(fields["before"]), dump(fields["after"])
    return fields


def _new_fields(actor: Actor, action: str, entity_type: str, entity_id: str | int, before: dict[str, Any] | None,
                after: dict[str, Any] | None, reason: str, at: str) -> dict[str, Any]:
    before, after = _only_changes(before, after)
    return {"at": at, "actor": str(actor), "action": action, "entity_type": entity_type,
            "entity_id": str(entity_id), "before": before, "after": after, "reason": reason or ""}


def _head() -> str:
    last = AuditEntry.select(AuditEntry.hash).order_by(AuditEntry.id.desc()).first()
    return last.hash if last else GENESIS


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

    For updates only the fields that changed are kept in *before*/*after*. An
    entry about a volunteer has its personal values sealed with their key (see
    :mod:`station_app.sealing`), so erasing them later erases them here too.
    """
    fields = _new_fields(actor, action, entity_type, entity_id, before, after, reason, now_iso())
    uid = subject_uid(entity_type, fields["entity_id"], fields["before"], fields["after"])
    fields = _sealed(fields, subject_keys([uid])[uid] if uid else None)
    prev_hash = _head()
    entry = AuditEntry(prev_hash=prev_hash, hash=entry_hash(prev_hash, fields), **fields)
    entry.save(force_insert=True)
    return entry


def verify_chain() -> list[int]:
    """Return the ids of entries whose hash or link does not match (empty: intact)."""
    broken: list[int] = []
    prev_hash = GENESIS
    for entry in AuditEntry.select().order_by(AuditEntry.id).iterator():
        if entry.prev_hash != prev_hash or entry.hash != entry_hash(entry.prev_hash, entry.__data__):
            broken.append(entry.id)
        prev_hash = entry.hash
    return broken


def entries_for(entity_type: str, entity_id: str | int) -> list[dict[str, Any]]:
    """Entries about one thing, oldest first, as plain dicts, personal values unsealed where the key still
    exists (``erased`` is True where it does not: the person was deleted on request)."""
    rows = list(AuditEntry.select()
                .where((AuditEntry.entity_type == entity_type) & (AuditEntry.entity_id == str(entity_id)))
                .order_by(AuditEntry.id))
    return [readable(e) for e in rows]


def readable(entry: AuditEntry, keys: dict[str, bytes | None] | None = None) -> dict[str, Any]:
    """One stored entry as people may read it: before/after as dicts and the reason, unsealed if possible."""
    before = json.loads(entry.before) if entry.before else None
    after = json.loads(entry.after) if entry.after else None
    key = None
    if is_sealed_text(entry.reason) or MARK in (before or {}) or MARK in (after or {}):
        uid = subject_uid(entry.entity_type, entry.entity_id, before, after)
        key = (keys if keys is not None else subject_keys([uid], create=False)).get(uid) if uid else None
    before, gone_b = unseal_values(before, key)
    after, gone_a = unseal_values(after, key)
    reason, gone_r = unseal_text(entry.reason or "", key)
    return {"id": entry.id, "at": entry.at, "actor": entry.actor, "action": entry.action,
            "entity_type": entry.entity_type, "entity_id": entry.entity_id, "before": before, "after": after,
            "reason": reason, "erased": gone_b or gone_a or gone_r}


def record_many(actor: Actor, items: list[tuple[str, str, str | int, dict | None, dict | None, str]]) -> int:
    """Append many entries at once (imports): (action, entity_type, entity_id, before, after, reason).

    Same chain, sealing and field rules as :func:`record`, written with one
    ``executemany``; call inside the transaction that makes the changes.
    """
    at = now_iso()
    staged = [_new_fields(actor, action, entity_type, entity_id, before, after, reason, at)
              for action, entity_type, entity_id, before, after, reason in items]
    uids = subject_uids([(f["entity_type"], f["entity_id"], f["before"], f["after"]) for f in staged])
    keys = subject_keys(uids)
    prev_hash = _head()
    rows = []
    for fields, uid in zip(staged, uids):
        fields = _sealed(fields, keys[uid] if uid else None)
        digest = entry_hash(prev_hash, fields)
        rows.append(tuple(fields[k] for k in HASHED_FIELDS) + (prev_hash, digest))
        prev_hash = digest
    database.cursor().executemany(
        "INSERT INTO audit_entry (at, actor, action, entity_type, entity_id, before, after, reason, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return len(rows)
