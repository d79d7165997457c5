"""A paper sign-in sheet (签到表) typed in as a grid: every row checked as typed, saved all at once.

Staff type a week's sheet for one post: who, start, end, people served. Each
row is checked against the same rules as every other way hours come in
(:mod:`station_app.hours.records`): end after start, at most 24 hours, not in
the future, the volunteer on the roster and active, and no overlap for one
person, neither with a record already held nor with another row of the same
sheet. :func:`check_sheet` says, row by row, what is wrong (it writes nothing,
so the grid can ask after every keystroke); :func:`save_sheet` checks again in
the write lock and writes every row as pending, or nothing, in one transaction
with one audit entry per record and one for the sheet.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from station_app.audit import Actor, record
from station_app.audit.log import record_many
from station_app.changes import Counted, Kind, changed
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import Post, ServiceRecord, Volunteer
from station_app.hours.records import (
    STATE_LABELS,
    HoursError,
    check_span,
    derived_columns,
    find_overlap,
    record_snapshot,
    refuse_future,
)
from station_app.hours.times import local_now, offset_of, to_min
from station_app.i18n import translate


@dataclass(frozen=True)
class SheetRow:
    """One line of the sheet as typed: a row number the grid shows, and what the line says."""

    row: int
    volunteer_id: int
    start: dt.datetime
    end: dt.datetime
    people_served: int | None = None


class SheetRefused(HoursError):
    """Some rows break a rule; nothing was written. ``reasons`` maps row number → reason."""

    def __init__(self, reasons: dict[int, str]):
        self.reasons = reasons
        first = min(reasons)
        super().__init__(translate("hours", "第 {n} 行：{why}（共 {k} 行有问题，没有保存任何记录）").format(
            n=first, why=reasons[first], k=len(reasons)))


def check_sheet(post_id: int, rows: list[SheetRow], now: dt.datetime | None = None) -> dict[int, str]:
    """Row number → why that row cannot be saved, for every row that cannot. Writes nothing."""
    now = now or local_now()
    reasons: dict[int, str] = {}
    post = Post.get_or_none(Post.id == post_id)
    if post is None:
        return {r.row: translate("hours", "请先选择岗位") for r in rows}
    ids = {r.volunteer_id for r in rows}
    people = {v.id: v for v in Volunteer.select(Volunteer.id, Volunteer.name, Volunteer.status)
              .where(Volunteer.id.in_(list(ids)))} if ids else {}
    taken: dict[int, list[tuple[int, int, int]]] = {}
    for r in sorted(rows, key=lambda r: r.row):
        why = _row_reason(r, people.get(r.volunteer_id), now)
        if why is None:
            s, e = to_min(r.start), to_min(r.end)
            clash = next((other for other in taken.get(r.volunteer_id, []) if other[0] < e and s < other[1]), None)
            if clash is not None:
                why = translate("hours", "与本表第 {n} 行（同一人）时间重叠").format(n=clash[2])
            else:
                held = find_overlap(r.volunteer_id, s, e)
                if held is not None:
                    why = translate("hours", "与已有记录时间重叠：{post} {start}–{end}（{state}）").format(
                        post=held.post_name, start=f"{held.start:%m-%d %H:%M}",
                        end=f"{held.end:%H:%M}" if held.end else translate("hours", "尚未签退"), state=translate("hours", STATE_LABELS[held.state]))
            if why is None:
                taken.setdefault(r.volunteer_id, []).append((s, e, r.row))
        if why is not None:
            reasons[r.row] = why
    return reasons


def _row_reason(r: SheetRow, volunteer: Volunteer | None, now: dt.datetime) -> str | None:
    if volunteer is None:
        return translate("hours", "名册中没有这名志愿者")
    if volunteer.status != "active":
        return translate("hours", "{name} 已停用，不能录入新的服务记录").format(name=volunteer.name)
    if r.people_served is not None and r.people_served < 0:
        return translate("hours", "服务人次不能为负数")
    try:
        check_span(to_min(r.start), to_min(r.end), 0)
        refuse_future(to_min(r.end), now)
    except HoursError as exc:
        return str(exc)
    return None


_COLUMNS = ("uid", "volunteer_id", "post_id", "start_min", "end_min", "utc_offset", "break_minutes", "minutes",
            "counts", "people_served", "content", "source", "state", "recorded_by", "ym", "created_at", "updated_at")


def save_sheet(post_id: int, rows: list[SheetRow], actor: Actor, note: str = "") -> Counted:
    """Write every row as a pending record, or none (SheetRefused naming each bad row)."""
    if not rows:
        raise HoursError(translate("hours", "签到表里还没有任何一行"))
    sql = f"INSERT INTO service_record ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"
    with database.atomic("IMMEDIATE"):  # the check and the writes under one lock: no kiosk slips in between
        reasons = check_sheet(post_id, rows)
        if reasons:
            raise SheetRefused(reasons)
        post = Post.get_by_id(post_id)
        now, who, cursor = now_iso(), str(actor), database.cursor()
        audit: list[tuple[str, str, str | int, dict | None, dict | None, str]] = []
        ids: list[int] = []
        for r in sorted(rows, key=lambda r: r.row):
            s, e = to_min(r.start), to_min(r.end)
            values = dict(uid=str(uuid.uuid4()), volunteer_id=r.volunteer_id, post_id=post_id, start_min=s, end_min=e,
                          utc_offset=offset_of(r.start), break_minutes=0, minutes=e - s,
                          people_served=r.people_served, content=note.strip(), source="manual", state="pending",
                          recorded_by=who, created_at=now, updated_at=now,
                          **derived_columns(post.counts_as_service, s, offset_of(r.start)))
            cursor.execute(sql, [values[c] for c in _COLUMNS])
            ids.append(cursor.lastrowid)
            audit.append(("record.create", "service_record", cursor.lastrowid, None,
                          record_snapshot(ServiceRecord(**values)), translate("hours", "签到表录入第 {n} 行").format(n=r.row)))
        record_many(actor, audit)
        days = sorted({r.start.date() for r in rows})
        record(actor, "hours.sheet_entry", "post", post_id, None,
               {"records": len(ids), "minutes": sum(to_min(r.end) - to_min(r.start) for r in rows),
                "first_day": days[0].isoformat(), "last_day": days[-1].isoformat()})
    return Counted(len(ids), changed(ids={Kind.RECORDS: ids}))
