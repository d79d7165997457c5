"""Sending again what the platform refused, once staff fixed the cause (the queue itself: station_app.outbox)."""

from __future__ import annotations

import uuid

from station_app.audit import record
from station_app.changes import Identified, Kind, changed
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import OutboxItem
from station_app.errors import NotFound
from station_app.staff.roles import require_admin


def requeue_rejected(op_id: str, actor) -> Identified:
    """Send a rejected record again after staff fixed what the platform refused (e.g. the ID on the roster).

    The rejected item is kept as ``resolved`` and a new item with a new op_id
    is queued: the platform judges an op_id once, so the same one would only
    come back as a conflict. Administrators only, like approval. Says the new op_id.
    """
    require_admin(actor, "重新提交平台拒收的记录")
    with database.atomic("IMMEDIATE"):
        item = OutboxItem.get_or_none((OutboxItem.op_id == op_id) & (OutboxItem.state == "rejected"))
        if item is None:
            raise NotFound(op_id)
        OutboxItem.update(state="resolved", done_at=now_iso()).where(OutboxItem.id == item.id).execute()
        new = OutboxItem.create(op_id=str(uuid.uuid4()), endpoint=item.endpoint, op=item.op, record=item.record_id,
                                certificate=item.certificate_id, attendance=item.attendance_id, award=item.award_id,
                                evaluation=item.evaluation_id, reason=item.reason, created_at=now_iso())
        record(actor, "sync.requeue", "outbox", item.id, {"op_id": op_id, "code": item.result_code},
               {"op_id": new.op_id}, "")
    return Identified(new.op_id, changed(Kind.OUTBOX))
