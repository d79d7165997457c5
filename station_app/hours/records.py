"""Service records: check-in, check-out and staff entry, with the rules that bind them.

Rules, whatever the entry path:
* times are whole minutes; minutes = time on post less breaks (travel is never
  entered anywhere, so never counted);
* a record ends after it starts and lasts at most 24 hours;
* one volunteer never has two live (open, pending or approved) records that
  overlap in time;
* a record on a post that does not count as service is kept with
  ``counts = 0``: it never becomes volunteer hours.
Each write checks and inserts inside one ``BEGIN IMMEDIATE`` transaction, so
two kiosks cannot both pass the overlap check for the same person.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from typing import Any

from station_app.audit import Actor, record
from station_app.changes import Changes, Kind, changed, changes_field
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import Post, ServiceRecord, Volunteer
from station_app.errors import NotFound
from station_app.hours.times import from_min, local_now, offset_of, to_min, year_month
from station_app.i18n import QT_TRANSLATE_NOOP, translate

LIVE_STATES = ("open", "pending", "approved")
MAX_SPAN = 24 * 60


class HoursError(ValueError):
    """A record breaks a rule; ``str()`` says which, for the user."""


class OverlapError(HoursError):
    def __init__(self, existing: RecordView):
        self.existing = existing
        super().__init__(translate("hours", "与已有记录时间重叠：{post} {start}–{end}（{state}）").format(
            post=existing.post_name, start=f"{existing.start:%m-%d %H:%M}",
            end=f"{existing.end:%H:%M}" if existing.end else translate("hours", "尚未签退"), state=translate("hours", STATE_LABELS[existing.state])))


STATE_LABELS = {"open": QT_TRANSLATE_NOOP("hours", "已签到"), "pending": QT_TRANSLATE_NOOP("hours", "待审核"), "approved": QT_TRANSLATE_NOOP("hours", "已审核"), "rejected": QT_TRANSLATE_NOOP("hours", "已退回"), "void": QT_TRANSLATE_NOOP("hours", "已作废")}
SOURCE_LABELS = {"kiosk": "签到机", "manual": "工作人员录入", "import": "导入"}


@dataclass(frozen=True)
class RecordView:
    id: int
    uid: str
    volunteer_id: int
    volunteer_name: str
    post_id: int
    post_name: str
    post_code: str
    shift_id: int | None
    start: dt.datetime
    end: dt.datetime | None
    break_minutes: int
    minutes: int | None
    counts: bool
    people_served: int | None
    content: str
    source: str
    state: str
    recorded_by: str
    reviewed_by: str | None
    reject_reason: str
    corrects_id: int | None
    void_reason: str
    changes: Changes = changes_field()


@dataclass(frozen=True)
class RecordInput:
    """A record typed by staff (or read from a sheet)."""

    volunteer_id: int
    post_id: int
    start: dt.datetime
    end: dt.datetime
    break_minutes: int = 0
    people_served: int | None = None
    content: str = ""
    source: str = "manual"
    shift_id: int | None = None


def _select():
    # The joined ids are selected too: without them peewee's row.post_id reads None.
    return (ServiceRecord.select(ServiceRecord, Volunteer.id, Volunteer.name, Post.id, Post.name, Post.code)
            .join(Volunteer, on=(ServiceRecord.volunteer == Volunteer.id))
            .switch(ServiceRecord).join(Post, on=(ServiceRecord.post == Post.id)))


def view_of(row: ServiceRecord) -> RecordView:
    return RecordView(
        id=row.id, uid=row.uid, volunteer_id=row.volunteer_id, volunteer_name=row.volunteer.name,
        post_id=row.post_id, post_name=row.post.name, post_code=row.post.code, shift_id=row.shift_id,
        start=from_min(row.start_min, row.utc_offset),
        end=from_min(row.end_min, row.utc_offset) if row.end_min is not None else None,
        break_minutes=row.break_minutes, minutes=row.minutes, counts=bool(row.counts),
        people_served=row.people_served, content=row.content, source=row.source, state=row.state,
        recorded_by=row.recorded_by, reviewed_by=row.reviewed_by, reject_reason=row.reject_reason,
        corrects_id=row.corrects_id, void_reason=row.void_reason,
    )


def get_record(record_id: int) -> RecordView:
    row = _select().where(ServiceRecord.id == record_id).first()
    if row is None:
        raise NotFound(record_id)
    return view_of(row)


def record_changed(record_id: int, *also: Kind) -> RecordView:
    """The record as written, saying so: what a service that wrote it returns."""
    return replace(get_record(record_id), changes=changed(*also, ids={Kind.RECORDS: [record_id]}))


def derived_columns(counts_as_service: bool, start_min: int, utc_offset: int) -> dict:
    """The stored columns that follow from a record's post and start: whether it counts as
    service, and its year-month (the reports' index). Every write path takes them from here."""
    return {"counts": bool(counts_as_service), "ym": year_month(start_min, utc_offset)}


def record_snapshot(row: ServiceRecord | RecordView | Any) -> dict:
    """(A row, a view, or anything with a record's columns, like an import's planned row.)"""
    """The fields the audit log keeps for a record."""
    if isinstance(row, RecordView):
        start, end = row.start.isoformat(), row.end.isoformat() if row.end else None
    else:
        start = from_min(row.start_min, row.utc_offset).isoformat()
        end = from_min(row.end_min, row.utc_offset).isoformat() if row.end_min is not None else None
    return {"volunteer_id": row.volunteer_id, "post_id": row.post_id, "start": start, "end": end,
            "break_minutes": row.break_minutes, "minutes": row.minutes, "people_served": row.people_served,
            "content": row.content, "state": row.state}


def check_span(start_min: int, end_min: int, break_minutes: int) -> int:
    """The minutes a span counts for, or HoursError saying which rule it breaks."""
    if end_min <= start_min:
        raise HoursError(translate("hours", "结束时间必须晚于开始时间"))
    if end_min - start_min > MAX_SPAN:
        raise HoursError(translate("hours", "一条记录最长 24 小时，请分成几条录入"))
    if break_minutes < 0:
        raise HoursError(translate("hours", "休息时间不能为负数"))
    if break_minutes >= end_min - start_min:
        raise HoursError(translate("hours", "休息时间不能等于或超过在岗时间"))
    return end_min - start_min - break_minutes


FUTURE_GRACE = 5  # minutes: a PC clock a little behind the sheet's is not "the future"


def refuse_future(end_min: int, now: dt.datetime | None = None) -> None:
    """HoursError when *end_min* lies in the future: hours are recorded after they are served."""
    if end_min > to_min(now or local_now()) + FUTURE_GRACE:
        raise HoursError(translate("hours", "结束时间在将来，不能预先录入"))


def check_input(inp: RecordInput) -> tuple[int, int, int]:
    """(start, end, minutes) of a record typed by staff, or HoursError: the rules every staff path applies."""
    start, end = to_min(inp.start), to_min(inp.end)
    minutes = check_span(start, end, inp.break_minutes)
    if inp.people_served is not None and inp.people_served < 0:
        raise HoursError(translate("hours", "服务人次不能为负数"))
    refuse_future(end)
    return start, end, minutes


_OVERLAP_SQL = ("SELECT id FROM service_record WHERE volunteer_id = ?"
                f" AND state IN ({', '.join(repr(s) for s in LIVE_STATES)})"
                " AND start_min > ? AND start_min < ? AND (end_min IS NULL OR end_min > ?){exclude}"
                " ORDER BY start_min LIMIT 1")


def overlapping_id(volunteer_id: int, start_min: int, end_min: int | None, exclude_id: int | None = None) -> int | None:
    """The id of a live record of this volunteer overlapping [start, end); an open record runs on.

    Plain SQL on the (volunteer_id, start_min) index: peewee spends ~2 ms building the joined
    query, 50 times the lookup itself, and imports ask once per row.
    """
    end = end_min if end_min is not None else start_min + MAX_SPAN
    params: list = [volunteer_id, start_min - MAX_SPAN, end, start_min]
    if exclude_id is not None:
        params.append(exclude_id)
    sql = _OVERLAP_SQL.format(exclude=" AND id != ?" if exclude_id is not None else "")
    row = database.execute_sql(sql, params).fetchone()
    return row[0] if row else None


def find_overlap(volunteer_id: int, start_min: int, end_min: int | None,
                 exclude_id: int | None = None) -> RecordView | None:
    """A live record of this volunteer overlapping [start, end); an open record runs on."""
    found = overlapping_id(volunteer_id, start_min, end_min, exclude_id)
    return get_record(found) if found is not None else None


def _post(post_id: int) -> Post:
    post = Post.get_or_none(Post.id == post_id)
    if post is None:
        raise NotFound(post_id)
    return post


def _volunteer(volunteer_id: int) -> Volunteer:
    v = Volunteer.get_or_none(Volunteer.id == volunteer_id)
    if v is None:
        raise NotFound(volunteer_id)
    return v


def open_record_for(volunteer_id: int) -> RecordView | None:
    row = (_select().where((ServiceRecord.volunteer == volunteer_id) & (ServiceRecord.state == "open"))
           .order_by(ServiceRecord.start_min.desc()).first())
    return view_of(row) if row else None


def check_in(volunteer_id: int, post_id: int, actor: Actor, at: dt.datetime | None = None,
             shift_id: int | None = None) -> RecordView:
    """Open a record now (kiosk). Durable when this returns: the commit is synchronous=FULL."""
    at = at or local_now()
    start = to_min(at)
    with database.atomic("IMMEDIATE"):
        volunteer, post = _volunteer(volunteer_id), _post(post_id)
        if volunteer.status != "active":
            raise HoursError(translate("hours", "{name} 已停用，请找工作人员").format(name=volunteer.name))
        if not post.active:
            raise HoursError(translate("hours", "岗位“{post}”已停用").format(post=post.name))
        current = open_record_for(volunteer_id)
        if current is not None:
            raise HoursError(translate("hours", "{name} 已在“{post}”签到（{t}），请先签退").format(
                name=volunteer.name, post=current.post_name, t=f"{current.start:%H:%M}"))
        clash = find_overlap(volunteer_id, start, None)
        if clash is not None:
            raise OverlapError(clash)
        now = now_iso()
        row = ServiceRecord.create(
            uid=str(uuid.uuid4()), volunteer=volunteer_id, post=post_id, shift=shift_id, start_min=start,
            utc_offset=offset_of(at), source="kiosk", state="open", recorded_by=str(actor), created_at=now,
            updated_at=now, **derived_columns(post.counts_as_service, start, offset_of(at)))
        record(actor, "record.check_in", "service_record", row.id, None, record_snapshot(row))
    return record_changed(row.id)


def check_out(volunteer_id: int, actor: Actor, at: dt.datetime | None = None) -> RecordView:
    """Close the volunteer's open record now; it goes to review as pending."""
    at = at or local_now()
    end = to_min(at)
    with database.atomic("IMMEDIATE"):
        row = (ServiceRecord.select().where((ServiceRecord.volunteer == volunteer_id)
                                            & (ServiceRecord.state == "open")).first())
        if row is None:
            raise HoursError(translate("hours", "没有找到未签退的签到记录"))
        if end <= row.start_min:
            raise HoursError(translate("hours", "签退时间必须晚于签到时间"))
        if end - row.start_min > MAX_SPAN:
            raise HoursError(translate("hours", "签到已超过 24 小时，请找工作人员补录实际结束时间"))
        before = record_snapshot(row)
        minutes = end - row.start_min
        ServiceRecord.update(end_min=end, minutes=minutes, state="pending", updated_at=now_iso()).where(
            ServiceRecord.id == row.id).execute()
        row = ServiceRecord.get_by_id(row.id)
        record(actor, "record.check_out", "service_record", row.id, before, record_snapshot(row))
    return record_changed(row.id)


def checked_columns(inp: RecordInput, exclude_id: int | None = None) -> dict:
    """The stored columns of a record typed by staff, after every rule of :func:`check_input` and the
    overlap check against the volunteer's other live records (inside the caller's write transaction)."""
    start, end, minutes = check_input(inp)
    volunteer, post = _volunteer(inp.volunteer_id), _post(inp.post_id)
    clash = find_overlap(volunteer.id, start, end, exclude_id=exclude_id)
    if clash is not None:
        raise OverlapError(clash)
    offset = offset_of(inp.start)
    return dict(volunteer=volunteer.id, post=post.id, start_min=start, end_min=end, utc_offset=offset,
                break_minutes=inp.break_minutes, minutes=minutes, people_served=inp.people_served,
                content=(inp.content or "").strip(), **derived_columns(post.counts_as_service, start, offset))


def add_record(inp: RecordInput, actor: Actor) -> RecordView:
    """A record entered after the fact (签到表 typed in, or an import row): always pending. Approval is
    :func:`station_app.hours.review.approve`'s alone, which checks the role and queues the record for
    the platform in the same transaction; no write path makes an approved record any other way."""
    check_input(inp)  # the rules that need no database first: nothing is locked for a typo
    with database.atomic("IMMEDIATE"):
        now = now_iso()
        row = ServiceRecord.create(uid=str(uuid.uuid4()), shift=inp.shift_id, source=inp.source, state="pending",
                                   recorded_by=str(actor), created_at=now, updated_at=now, **checked_columns(inp))
        record(actor, "record.create", "service_record", row.id, None, record_snapshot(row))
    return record_changed(row.id)
