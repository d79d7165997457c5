"""What sync remembers between runs (device id, roster cursor, last success, why it stopped), and
the overview the sync page and the ``sync`` command show: pending, oldest, rejected, batches."""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from dataclasses import dataclass

from station_app.db import database
from station_app.db.models import OutboxItem, SyncBatch, SyncState
from station_app.i18n import translate
from station_app.masking import mask_text

DEVICE_ID = "device_id"
ROSTER_CURSOR = "roster_cursor"
ANCHOR_SENT = "anchor_sent"  # "seq:hash" of the audit head the platform last stored
KEYS_CURSOR = "keys_cursor"  # where the last pull of GET /api/v1/keys ended
LAST_SUCCESS = "last_success_at"
LAST_ATTEMPT = "last_attempt_at"
LAST_ERROR = "last_error"
STOPPED = "stopped"  # JSON: {"status": 401, "message": ..., "token": fingerprint, "version": app version}
CLOCK_SKEW = "clock_skew_seconds"


def get(key: str, default: str | None = None) -> str | None:
    row = SyncState.get_or_none(SyncState.key == key)
    return default if row is None else row.value


def put(key: str, value: str | None) -> None:
    if value is None:
        SyncState.delete().where(SyncState.key == key).execute()
    else:
        SyncState.insert(key=key, value=value).on_conflict_replace().execute()


def device_id() -> str:
    """This installation's id, made once (docs/protocol.md ``device_id``)."""
    with database.atomic():
        value = get(DEVICE_ID)
        if not value:
            value = str(uuid.uuid4())
            put(DEVICE_ID, value)
    return value


def stopped() -> dict | None:
    value = get(STOPPED)
    return json.loads(value) if value else None


@dataclass(frozen=True)
class RejectedItem:
    op_id: str
    op: str
    record_id: int | None
    certificate_id: int | None
    code: str
    message: str
    volunteer: str
    what: str  # e.g. "2026-11-20 08:00–10:00 垃圾分类桶前值守" or a certificate serial
    at: str


@dataclass(frozen=True)
class BatchRow:
    batch_id: str
    endpoint: str
    state: str
    item_count: int
    accepted: int
    rejected: int
    attempts: int
    last_status: str
    last_error: str
    created_at: str
    acked_at: str | None


@dataclass(frozen=True)
class Overview:
    pending: int  # not yet acknowledged: waiting, or in a batch without an answer
    oldest_pending_at: str | None
    rejected: int
    held_batches: int
    manual: int
    last_success_at: str | None
    last_attempt_at: str | None
    last_error: str
    stopped: dict | None
    clock_skew_seconds: float | None

    def oldest_age(self, now: dt.datetime | None = None) -> dt.timedelta | None:
        if not self.oldest_pending_at:
            return None
        now = now or dt.datetime.now().astimezone()
        return now - dt.datetime.fromisoformat(self.oldest_pending_at)


def overview() -> Overview:
    pending, oldest = database.execute_sql(
        "SELECT COUNT(*), MIN(created_at) FROM outbox WHERE state IN ('pending', 'batched')").fetchone()
    rejected = OutboxItem.select().where(OutboxItem.state == "rejected").count()
    manual = OutboxItem.select().where(OutboxItem.state == "manual").count()
    held = SyncBatch.select().where(SyncBatch.state == "held").count()
    skew = get(CLOCK_SKEW)
    return Overview(pending, oldest, rejected, held, manual, get(LAST_SUCCESS), get(LAST_ATTEMPT),
                    mask_text(get(LAST_ERROR) or ""), stopped(), float(skew) if skew else None)


_BIRTH_DIGITS = re.compile(r"(?<!\d)(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)")


def platform_words(text: str) -> str:
    """What the platform said about a record, as staff may see it: whole numbers masked, and the eight
    digits of a birth date ("号码中的出生日期 19850314 无效") hidden, since they are what the mask hides."""
    return _BIRTH_DIGITS.sub("********", mask_text(text))


def rejected_items(limit: int = 1000) -> list[RejectedItem]:
    rows = database.execute_sql(
        "SELECT o.op_id, o.op, o.record_id, o.certificate_id, o.result_code, o.result_message, o.done_at,"
        " COALESCE(v.name, cv.name, kv.name, ''), r.start_min, r.end_min, r.utc_offset, p.name,"
        " COALESCE(c.serial, ts.title, aw.title, CASE WHEN ev.type = 'complaint' THEN ? WHEN ev.type IS NOT NULL THEN ? END)"
        " FROM outbox o LEFT JOIN service_record r ON r.id = o.record_id LEFT JOIN volunteer v ON v.id = r.volunteer_id"
        " LEFT JOIN post p ON p.id = r.post_id LEFT JOIN certificate c ON c.id = o.certificate_id"
        " LEFT JOIN volunteer cv ON cv.id = c.volunteer_id"
        # the 1.1 record kinds: a training's title, an award's title, or 评价 / 被投诉
        " LEFT JOIN training_attendance ta ON ta.id = o.attendance_id LEFT JOIN training_session ts ON ts.id = ta.session_id"
        " LEFT JOIN award aw ON aw.id = o.award_id LEFT JOIN evaluation ev ON ev.id = o.evaluation_id"
        " LEFT JOIN volunteer kv ON kv.id = COALESCE(ta.volunteer_id, aw.volunteer_id, ev.volunteer_id)"
        " WHERE o.state = 'rejected' ORDER BY o.id LIMIT ?",
        (translate("sync", "被投诉"), translate("sync", "评价"), limit)).fetchall()
    from station_app.hours.times import from_min

    items = []
    for op_id, op, rid, cid, code, message, at, name, start, end, offset, post, serial in rows:
        if rid is not None and start is not None:
            begin = from_min(start, offset)
            what = f"{begin:%Y-%m-%d %H:%M}–{from_min(end, offset):%H:%M} {post}"
        else:
            what = serial or ""  # a certificate's serial, or what a training, award or evaluation is
        # The platform's words may quote a whole ID or phone: staff see them masked, like every other screen.
        items.append(RejectedItem(op_id, op, rid, cid, code, platform_words(message or ""), name, what, at or ""))
    return items


def batch_history(limit: int = 200) -> list[BatchRow]:
    rows = SyncBatch.select(SyncBatch.batch_id, SyncBatch.endpoint, SyncBatch.state, SyncBatch.item_count,
                            SyncBatch.accepted, SyncBatch.rejected, SyncBatch.attempts, SyncBatch.last_status,
                            SyncBatch.last_error, SyncBatch.created_at, SyncBatch.acked_at).order_by(
        SyncBatch.created_at.desc()).limit(limit)
    return [BatchRow(r.batch_id, r.endpoint, r.state, r.item_count, r.accepted, r.rejected, r.attempts,
                     r.last_status, mask_text(r.last_error or ""), r.created_at, r.acked_at) for r in rows]
