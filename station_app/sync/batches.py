"""Batches: claimed from the outbox and written to disk before the first send; acknowledged once.

A batch is claimed in one transaction (items marked ``batched`` and the exact
body stored together), so a crash while claiming leaves either nothing or a
complete batch that the next sync sends. An acknowledgement is stored in one
transaction too; if storing it fails, the batch stays unacknowledged and is
resent with the same key and bytes, and the platform answers with the same
results again.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from station_app.audit import Actor
from station_app.changes import Counted, Kind, changed
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import OutboxItem, SyncBatch
from station_app.sync.payloads import certificate_items, dumps, kind_items, record_items

ENVELOPE_SLACK = 300  # bytes for batch_id, device_id, sent_at and the brackets


@dataclass(frozen=True)
class Batch:
    batch_id: str
    endpoint: str
    body: bytes
    item_count: int
    attempts: int = 0


def _batch(row: SyncBatch) -> Batch:
    return Batch(row.batch_id, row.endpoint, bytes(row.body), row.item_count, row.attempts)


def unacked_batches(endpoint: str) -> list[Batch]:
    """Batches written but not acknowledged, oldest first: they go before anything new."""
    rows = SyncBatch.select().where((SyncBatch.endpoint == endpoint) & (SyncBatch.state == "unacked")).order_by(
        SyncBatch.created_at, SyncBatch.batch_id)
    return [_batch(r) for r in rows]


def claim_batch(endpoint: str, max_items: int, max_bytes: int, device_id: str, kinds: bool = True) -> Batch | None:
    """Claim the oldest pending items into a new batch within both limits; None when nothing is pending.

    *kinds*: the platform lists ``record_kinds`` (1.1), so training, awards and evaluations go too;
    a 1.0 platform gets service records only, and the other kinds wait in the queue for one that takes them.
    """
    with database.atomic("IMMEDIATE"):
        where = (OutboxItem.state == "pending") & (OutboxItem.endpoint == endpoint)
        if not kinds:
            where &= OutboxItem.attendance.is_null() & OutboxItem.award.is_null() & OutboxItem.evaluation.is_null()
        ids = [r.id for r in OutboxItem.select(OutboxItem.id).where(where).order_by(OutboxItem.id).limit(max_items)]
        if not ids:
            return None
        built = (sorted(record_items(ids) + kind_items(ids), key=lambda pair: pair[0]) if endpoint == "batches"
                 else certificate_items(ids))
        batch_id, sent_at = str(uuid.uuid4()), now_iso()
        head = {"batch_id": batch_id, "device_id": device_id, "sent_at": sent_at} if endpoint == "batches" else {
            "batch_id": batch_id}
        prefix = dumps(head)[:-1] + b',"items":['
        parts: list[bytes] = []
        taken: list[int] = []
        size = len(prefix) + 2
        for oid, item in built:
            part = dumps(item)
            if parts and size + len(part) + 1 > max_bytes:
                break
            parts.append(part)
            taken.append(oid)
            size += len(part) + 1
        body = prefix + b",".join(parts) + b"]}"
        SyncBatch.create(batch_id=batch_id, endpoint=endpoint, body=body, item_count=len(taken), created_at=sent_at)
        for start in range(0, len(taken), 500):
            OutboxItem.update(state="batched", batch=batch_id).where(OutboxItem.id.in_(taken[start:start + 500])).execute()
    return Batch(batch_id, endpoint, body, len(taken))


def note_attempt(batch_id: str, status: str, error: str = "") -> None:
    SyncBatch.update(attempts=SyncBatch.attempts + 1, last_status=status, last_error=error[:500],
                     last_attempt_at=now_iso()).where(SyncBatch.batch_id == batch_id).execute()


@dataclass(frozen=True)
class AckResult:
    accepted: int
    duplicates: int
    rejected: int


def apply_ack(batch: Batch, results: list[dict]) -> AckResult:
    """Store the platform's per-item results for *batch*. Idempotent: a batch already acked changes nothing."""
    items = json.loads(batch.body)["items"]
    accepted = duplicates = rejected = 0
    now = now_iso()
    with database.atomic("IMMEDIATE"):
        row = SyncBatch.get_or_none(SyncBatch.batch_id == batch.batch_id)
        if row is None or row.state == "acked":
            return AckResult(0, 0, 0)
        done_ops, volunteer_numbers = [], []
        for item, result in zip(items, results):
            status = result.get("status")
            if status in ("accepted", "duplicate"):
                done_ops.append(item["op_id"])
                accepted += status == "accepted"
                duplicates += status == "duplicate"
                number = result.get("volunteer_platform_id")
                if number and item.get("op") == "add":
                    volunteer_numbers.append((number, item["record"]["record_id"]))
            else:
                rejected += 1
                OutboxItem.update(state="rejected", result_code=str(result.get("code") or status),
                                  result_message=str(result.get("message") or ""), done_at=now).where(
                    OutboxItem.op_id == item["op_id"]).execute()
        for start in range(0, len(done_ops), 500):
            OutboxItem.update(state="done", done_at=now).where(OutboxItem.op_id.in_(done_ops[start:start + 500])).execute()
        _learn_platform_numbers(volunteer_numbers, {i["record"]["record_id"]: i["record"]["volunteer"]
                                                    for i in items if i.get("op") == "add"})
        # acknowledged: never sent again, so the identities it carried are not kept (they would go into
        # every backup and USB copy, and outlive a deletion on request)
        SyncBatch.update(state="acked", acked_at=now, accepted=accepted + duplicates, rejected=rejected,
                         body=b"").where(SyncBatch.batch_id == batch.batch_id).execute()
    return AckResult(accepted, duplicates, rejected)


# whose record a record_id is, whatever its kind (docs/protocol.md: record_id is unique across kinds)
_OWNER = ("SELECT volunteer_id FROM service_record WHERE uid = ? UNION ALL SELECT volunteer_id FROM training_attendance"
          " WHERE uid = ? UNION ALL SELECT volunteer_id FROM award WHERE uid = ? UNION ALL SELECT volunteer_id"
          " FROM evaluation WHERE uid = ?")


def _learn_platform_numbers(pairs: list[tuple[str, str]], identities: dict[str, dict]) -> None:
    """Keep the platform's volunteer number where the station had none, and note that the platform
    now has the identity that was sent, when the roster still holds exactly that (no edit since)."""
    seen: set[str] = set()
    for number, record_uid in pairs:
        if number in seen:
            continue
        seen.add(number)
        database.execute_sql(
            f"UPDATE volunteer SET platform_no = ?, platform_rev = ? WHERE id = ({_OWNER}) AND platform_no IS NULL"
            " AND NOT EXISTS (SELECT 1 FROM volunteer WHERE platform_no = ?)",
            (number, number[::-1], *[record_uid] * 4, number))
        who = identities[record_uid]
        database.execute_sql(
            f"UPDATE volunteer SET local_edit = 0, sync_gen = sync_gen + 1 WHERE local_edit = 1 AND id = ({_OWNER})"
            " AND name = ? AND id_type = ? AND id_number = ? AND phone IS ?",
            (*[record_uid] * 4, who["name"], who["id_type"], who["id_number"], who["phone"]))


def hold(batch_id: str, status: str, message: str) -> None:
    """A batch the platform refused as a whole (400, 415, 422): kept, not resent, shown to staff."""
    SyncBatch.update(state="held", last_status=status, last_error=message[:500]).where(
        SyncBatch.batch_id == batch_id).execute()


def _replace(batch_id: str, **batch_fields) -> int:
    """The platform applied nothing of *batch_id*: mark it replaced and put its items back in the queue,
    to go again (rebuilt) under new batch ids. Its body is never sent again, so it is not kept either.
    Inside the caller's transaction; returns how many."""
    SyncBatch.update(state="split", body=b"", **batch_fields).where(SyncBatch.batch_id == batch_id).execute()
    return OutboxItem.update(state="pending", batch=None).where(
        (OutboxItem.batch == batch_id) & (OutboxItem.state == "batched")).execute()


def replace_batches_of(volunteer_ids: list[int]) -> int:
    """Batches not yet acknowledged that carry these volunteers' records go again, rebuilt, under new ids,
    and their stored bodies are emptied: for a deletion on request re-applied by a restore, whose items
    the platform already holds (inside the caller's transaction). Returns how many batches."""
    if not volunteer_ids:
        return 0
    marks = ",".join("?" * len(volunteer_ids))
    theirs = " OR ".join(f"o.{column} IN (SELECT id FROM {table} WHERE volunteer_id IN ({marks}))" for column, table in (
        ("record_id", "service_record"), ("attendance_id", "training_attendance"), ("award_id", "award"),
        ("evaluation_id", "evaluation")))
    ids = [b for (b,) in database.execute_sql(
        "SELECT DISTINCT b.batch_id FROM sync_batch b JOIN outbox o ON o.batch_id = b.batch_id"
        f" WHERE b.state IN ('unacked', 'held') AND ({theirs})", volunteer_ids * 4).fetchall()]
    for batch_id in ids:
        _replace(batch_id, last_status="erased")
    return len(ids)


def split(batch_id: str) -> None:
    """413: put the items back so they go again in smaller batches."""
    with database.atomic("IMMEDIATE"):
        _replace(batch_id, last_status="413")


def release_held(batch_id: str, actor: Actor) -> Counted:
    """Send a held batch's items again, in a new batch (staff fixed what made the platform refuse it).

    The platform applied nothing of a batch it refused as a whole (400, 415,
    422), so the items are rebuilt from today's data under new batch ids; the
    held batch stays in the history, marked as replaced. Administrators only.
    """
    from station_app.audit import record
    from station_app.errors import NotFound
    from station_app.staff.roles import require_admin

    require_admin(actor, "重新发送平台拒收的批次")
    with database.atomic("IMMEDIATE"):
        row = SyncBatch.get_or_none((SyncBatch.batch_id == batch_id) & (SyncBatch.state == "held"))
        if row is None:
            raise NotFound(batch_id)
        released = _replace(batch_id)
        record(actor, "sync.release_held", "sync_batch", batch_id, {"state": "held", "error": row.last_error},
               {"items": released}, "")
    return Counted(released, changed(Kind.OUTBOX))
