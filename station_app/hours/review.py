"""Review: the queue, approval, rejection, corrections, forgotten check-outs.

An approved record is never edited: a correction voids it and adds a new,
approved record that names it (``corrects``), both in the audit log with who,
when and why. A check-in still open after the day's end (a setting) is
flagged "forgot to check out" and waits for staff: it is never closed with
invented hours.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace

from station_app import config, outbox
from station_app.audit import Actor, record
from station_app.changes import Counted, Kind, changed
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import Post, ServiceRecord, Volunteer
from station_app.errors import NotFound
from station_app.hours.certified import flag_changed_records
from station_app.hours.records import (
    HoursError,
    OverlapError,
    RecordInput,
    RecordView,
    check_input,
    check_span,
    checked_columns,
    find_overlap,
    record_changed,
    record_snapshot,
    refuse_future,
)
from station_app.hours.times import from_min, local_now, local_time, to_min
from station_app.i18n import translate
from station_app.staff.roles import require_admin
from station_app.station import settings


def checkout_cutoff(now: dt.datetime | None = None) -> int:
    """The latest day-end moment not after *now*: open check-ins older than it are forgotten."""
    now = now or local_now()
    if now.tzinfo is None:
        now = now.astimezone()
    end_today = local_time(now.date(), settings.get(config.DAY_END))
    cutoff = end_today if now >= end_today else local_time(now.date() - dt.timedelta(days=1), settings.get(config.DAY_END))
    return to_min(cutoff)


@dataclass(frozen=True)
class QueueRow:
    id: int
    volunteer_id: int
    volunteer_name: str
    post_name: str
    start: dt.datetime
    end: dt.datetime | None
    minutes: int | None
    counts: bool
    people_served: int | None
    content: str
    source: str
    state: str
    forgot_checkout: bool


QUEUE_STATES = ("attention", "pending", "open", "approved", "rejected", "void", "all")


def review_queue(state: str = "attention", post_id: int | None = None, name: str = "",
                 day_from: dt.date | None = None, day_to: dt.date | None = None,
                 limit: int = 20000, now: dt.datetime | None = None) -> list[QueueRow]:
    """Records for review, oldest first. "attention" = pending plus forgotten check-outs."""
    cutoff = checkout_cutoff(now)
    q = (ServiceRecord.select(ServiceRecord.id, ServiceRecord.volunteer, Volunteer.name, Post.name,
                              ServiceRecord.start_min, ServiceRecord.end_min, ServiceRecord.utc_offset,
                              ServiceRecord.minutes, ServiceRecord.counts, ServiceRecord.people_served,
                              ServiceRecord.content, ServiceRecord.source, ServiceRecord.state)
         .join(Volunteer, on=(ServiceRecord.volunteer == Volunteer.id))
         .switch(ServiceRecord).join(Post, on=(ServiceRecord.post == Post.id)))
    if state == "attention":
        q = q.where((ServiceRecord.state == "pending")
                    | ((ServiceRecord.state == "open") & (ServiceRecord.start_min < cutoff)))
    elif state != "all":
        q = q.where(ServiceRecord.state == state)
    if post_id is not None:
        q = q.where(ServiceRecord.post == post_id)
    if name.strip():
        q = q.where(Volunteer.name.contains(name.strip()))
    if day_from is not None:
        q = q.where(ServiceRecord.start_min >= to_min(local_time(day_from, "00:00")))
    if day_to is not None:
        q = q.where(ServiceRecord.start_min < to_min(local_time(day_to + dt.timedelta(days=1), "00:00")))
    rows = []
    for (rid, vid, vname, pname, start, end, offset, minutes, counts, served, content, source,
         st) in q.order_by(ServiceRecord.start_min, ServiceRecord.id).limit(limit).tuples().iterator():
        rows.append(QueueRow(rid, vid, vname, pname, from_min(start, offset),
                             from_min(end, offset) if end is not None else None, minutes, bool(counts), served,
                             content, source, st, st == "open" and start < cutoff))
    return rows


def approve(record_ids: list[int], actor: Actor) -> Counted:
    """Approve the pending ones among *record_ids*; say how many were approved. Administrators only."""
    require_admin(actor, translate("review", "审核通过服务记录"))
    done: list[int] = []
    now = now_iso()
    with database.atomic("IMMEDIATE"):
        for chunk_start in range(0, len(record_ids), 500):
            chunk = record_ids[chunk_start:chunk_start + 500]
            pending = list(ServiceRecord.select().where(ServiceRecord.id.in_(chunk) & (ServiceRecord.state == "pending")))
            if not pending:
                continue
            ServiceRecord.update(state="approved", reviewed_by=str(actor), reviewed_at=now, updated_at=now).where(
                ServiceRecord.id.in_([r.id for r in pending])).execute()
            from station_app.audit.log import record_many

            record_many(actor, [("record.approve", "service_record", r.id, {"state": "pending"},
                                 {"state": "approved"}, "") for r in pending])
            outbox.enqueue_record_adds(r.id for r in pending)  # same transaction: the platform cannot miss it
            done += [r.id for r in pending]
    return Counted(len(done), changed(Kind.OUTBOX, ids={Kind.RECORDS: done}) if done else changed())


def reject(record_id: int, reason: str, actor: Actor) -> RecordView:
    require_admin(actor, translate("review", "退回服务记录"))
    reason = (reason or "").strip()
    if not reason:
        raise HoursError(translate("review", "退回须填写原因"))
    with database.atomic("IMMEDIATE"):
        row = _row(record_id)
        if row.state not in ("pending", "open"):
            raise HoursError(translate("review", "只能退回待审核或未签退的记录"))
        now = now_iso()
        ServiceRecord.update(state="rejected", reject_reason=reason, reviewed_by=str(actor), reviewed_at=now,
                             updated_at=now).where(ServiceRecord.id == record_id).execute()
        record(actor, "record.reject", "service_record", record_id, {"state": row.state}, {"state": "rejected"}, reason)
    return record_changed(record_id)


def close_forgotten(record_id: int, end: dt.datetime, actor: Actor, reason: str) -> RecordView:
    """Staff enter the real end of a forgotten check-out (from the sign-in sheet); it goes to pending."""
    reason = (reason or "").strip()
    if not reason:
        raise HoursError(translate("review", "请说明实际结束时间的依据（如：签到表、本人确认）"))
    with database.atomic("IMMEDIATE"):
        row = _row(record_id)
        if row.state != "open":
            raise HoursError(translate("review", "这条记录不是未签退状态"))
        end_min = to_min(end)
        minutes = check_span(row.start_min, end_min, 0)
        refuse_future(end_min)
        clash = find_overlap(row.volunteer_id, row.start_min, end_min, exclude_id=record_id)
        if clash is not None:
            raise OverlapError(clash)
        before = record_snapshot(row)
        ServiceRecord.update(end_min=end_min, minutes=minutes, state="pending", updated_at=now_iso()).where(
            ServiceRecord.id == record_id).execute()
        record(actor, "record.close", "service_record", record_id, before, record_snapshot(_row(record_id)), reason)
    return record_changed(record_id)


def edit_pending(record_id: int, inp: RecordInput, actor: Actor, reason: str = "") -> RecordView:
    """Fix a record not yet approved (a typo on the sheet)."""
    check_input(inp)
    with database.atomic("IMMEDIATE"):
        row = _row(record_id)
        if row.state != "pending":
            raise HoursError(translate("review", "只有待审核的记录可以直接修改；已审核的记录请用“更正”"))
        columns = checked_columns(inp, exclude_id=record_id)
        before = record_snapshot(row)
        ServiceRecord.update(updated_at=now_iso(), **columns).where(ServiceRecord.id == record_id).execute()
        record(actor, "record.update", "service_record", record_id, before, record_snapshot(_row(record_id)), reason)
    return record_changed(record_id)


def correct(record_id: int, inp: RecordInput, reason: str, actor: Actor) -> RecordView:
    """Void an approved record and add the corrected one, approved, naming it. Administrators only."""
    require_admin(actor, translate("review", "更正已审核的服务记录"))
    reason = (reason or "").strip()
    if not reason:
        raise HoursError(translate("review", "更正须填写原因"))
    check_input(inp)
    with database.atomic("IMMEDIATE"):
        old = _row(record_id)
        if old.state != "approved":
            raise HoursError(translate("review", "只有已审核的记录需要更正；待审核的记录可以直接修改"))
        columns = checked_columns(inp, exclude_id=record_id)
        now = now_iso()
        ServiceRecord.update(state="void", void_reason=reason, updated_at=now).where(
            ServiceRecord.id == record_id).execute()
        new = ServiceRecord.create(
            uid=str(uuid.uuid4()), shift=old.shift_id, source=old.source, state="approved", recorded_by=str(actor),
            reviewed_by=str(actor), reviewed_at=now, corrects=record_id, created_at=now, updated_at=now, **columns)
        record(actor, "record.void", "service_record", record_id, {"state": "approved"}, {"state": "void"}, reason)
        record(actor, "record.correct", "service_record", new.id, None,
               {**record_snapshot(new), "corrects": record_id}, reason)
        outbox.enqueue_record_void(record_id, reason)
        flagged = flag_changed_records(record_id, actor, reason)
        outbox.enqueue_record_adds([new.id])
    also = (Kind.OUTBOX, Kind.CERTIFICATES) if flagged else (Kind.OUTBOX,)
    corrected = record_changed(new.id, *also)
    return replace(corrected, changes=corrected.changes | changed(ids={Kind.RECORDS: [record_id]}))


def _row(record_id: int) -> ServiceRecord:
    row = ServiceRecord.get_or_none(ServiceRecord.id == record_id)
    if row is None:
        raise NotFound(record_id)
    return row
