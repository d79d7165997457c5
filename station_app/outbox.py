"""The outbox: what the platform must still receive, written inside the domain's own transactions.

Every function here must be called inside the caller's ``database.atomic()``
block, so an approval and its outbox item commit together or not at all. Items
keep their order (the ``id``): a void is always sent after the add it undoes.
It sits low (beside the audit log) because every service that makes something
the platform must hear of writes here; sending is ``sync``'s business, above.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import OutboxItem, ServiceRecord

# docs/protocol.md 1.1 record_kinds: the outbox column that names each kind's row
KIND_COLUMNS = {"training": "attendance", "award": "award", "evaluation": "evaluation"}

SENT_OR_SENDING = ("batched", "done", "manual")  # the platform holds the op, or may hold it


def enqueue_record_adds(record_ids: Iterable[int]) -> int:
    """Queue an ``add`` for each approved record that counts as service; return how many were queued."""
    ids = list(record_ids)
    if not ids:
        return 0
    now = now_iso()
    queued = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = ServiceRecord.select(ServiceRecord.id).where(
            ServiceRecord.id.in_(chunk) & (ServiceRecord.state == "approved") & (ServiceRecord.counts == True))  # noqa: E712
        values = [(str(uuid.uuid4()), row.id, now) for row in rows]
        database.cursor().executemany(
            "INSERT INTO outbox (op_id, endpoint, op, record_id, created_at) VALUES (?, 'batches', 'add', ?, ?)", values)
        queued += len(values)
    return queued


def enqueue_record_void(record_id: int, reason: str) -> bool:
    """Undo a record on the platform; return True when a void was queued.

    If the add never left the station (still pending) it is simply cancelled,
    and if the platform rejected it there is nothing to undo. Only when the
    platform holds it, or may hold it (a batch without an answer yet), does a
    ``void`` go out.
    """
    return _void("record", record_id, reason)


def enqueue_kind_add(kind: str, entry_id: int) -> None:
    """Queue the ``add`` of a training attendance, an award or an evaluation (they are valid from entry:
    no review step, the 站长 entered them)."""
    OutboxItem.create(op_id=str(uuid.uuid4()), endpoint="batches", op="add", created_at=now_iso(),
                      **{KIND_COLUMNS[kind]: entry_id})


def enqueue_kind_void(kind: str, entry_id: int, reason: str) -> bool:
    """Undo a training attendance, award or evaluation on the platform, as :func:`enqueue_record_void`."""
    return _void(KIND_COLUMNS[kind], entry_id, reason)


def _void(column: str, entry_id: int, reason: str) -> bool:
    field = getattr(OutboxItem, column)
    adds = list(OutboxItem.select().where((field == entry_id) & (OutboxItem.op == "add")))
    if not adds:
        return False
    for item in adds:
        if item.state == "pending":
            OutboxItem.update(state="cancelled", done_at=now_iso()).where(OutboxItem.id == item.id).execute()
        elif item.state == "rejected":
            OutboxItem.update(state="resolved", done_at=now_iso()).where(OutboxItem.id == item.id).execute()
    if not any(item.state in SENT_OR_SENDING for item in adds):
        return False
    OutboxItem.create(op_id=str(uuid.uuid4()), endpoint="batches", op="void", reason=reason or "",
                      created_at=now_iso(), **{column: entry_id})
    return True


def enqueue_certificate(certificate_id: int, status: str) -> None:
    """Register an issued certificate, or its revocation, with the platform."""
    OutboxItem.create(op_id=str(uuid.uuid4()), endpoint="certificates", op=status, certificate=certificate_id,
                      created_at=now_iso())


def queue_unsent_approved() -> int:
    """Queue every approved, counting record that has no outbox item yet (demo data, repairs)."""
    rows = database.execute_sql(
        "SELECT id FROM service_record WHERE state = 'approved' AND counts = 1 AND id NOT IN "
        "(SELECT record_id FROM outbox WHERE record_id IS NOT NULL) ORDER BY start_min, id").fetchall()
    return enqueue_record_adds(r[0] for r in rows)
