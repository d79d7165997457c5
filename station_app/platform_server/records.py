"""Judging and applying the items of a service-record batch (docs/protocol.md rules 1-4).

Each item is checked completely before anything is written for it, so a
rejected item leaves no trace and the next item sees exactly the effects of
the accepted ones before it (a void followed by the corrected add, in one
batch, works in array order). All writes happen in the caller's transaction,
together with the stored answer.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from station_app.platform_server import operations, volunteers
from station_app.platform_server.messages import rfc3339
from station_app.platform_server.validation import (
    SOURCES,
    Rejected,
    an_object,
    check_id_number,
    field_value,
    identity,
    integer,
    invalid,
    text,
    time_field,
    uuid_field,
)

ENDPOINT = "batches"
MAX_MINUTES = 1440
FUTURE_TOLERANCE = dt.timedelta(minutes=5)


def judge_batch(conn: sqlite3.Connection, station_code: str, batch_id: str, sent_at: dt.datetime,
                items: list[dict], now: float) -> list[dict]:
    def judge(item: dict) -> dict | None:
        if operations.already_applied(conn, station_code, ENDPOINT, item):
            return None
        op = item.get("op")
        if op == "add":
            extra = _add(conn, station_code, item, sent_at, now)
        elif op == "void":
            extra = _void(conn, station_code, item, now)
        else:
            raise invalid("op", "应为 add 或 void")
        operations.remember(conn, station_code, ENDPOINT, batch_id, item, now)
        return extra

    return operations.judge_each(items, judge)


def _check_record_fields(record: dict) -> tuple:
    path = "record"
    record_id = uuid_field(record, "record_id", path)
    who = identity(field_value(record, "volunteer", path), "record.volunteer")
    post = an_object(field_value(record, "post", path), "record.post")
    text(post, "code", "record.post", max_len=64)
    text(post, "name", "record.post", max_len=200)
    text(post, "category", "record.post", required=False, max_len=200)
    text(record, "place", path, required=False, max_len=500)
    start = time_field(record, "started_at", path)
    end = time_field(record, "ended_at", path)
    minutes = integer(record, "minutes", path)
    integer(record, "people_served", path, required=False)
    text(record, "content", path, required=False, max_len=5000)
    if field_value(record, "source", path) not in SOURCES:
        raise invalid("record.source", f"应为 {'、'.join(SOURCES)} 之一")
    text(record, "recorded_by", path, required=False, max_len=100)
    text(record, "approved_by", path, required=False, max_len=100)
    time_field(record, "approved_at", path, required=False)
    corrects = uuid_field(record, "corrects", path, required=False)
    if corrects is not None and corrects == record_id:
        raise invalid("record.corrects", "不能指向这条记录自己")
    return record_id, who, start, end, minutes


def _add(conn: sqlite3.Connection, station_code: str, item: dict, sent_at: dt.datetime, now: float) -> dict:
    record = an_object(item.get("record"), "record")
    record_id, who, start, end, minutes = _check_record_fields(record)
    check_id_number(who, "record.volunteer")
    if end <= start:
        raise invalid("record.ended_at", "结束时间应晚于开始时间")
    span = int((end - start).total_seconds()) // 60
    if minutes > MAX_MINUTES:
        raise Rejected("too_long", f"record.minutes：{minutes} 分钟超过一天的上限 {MAX_MINUTES} 分钟")
    if minutes > span:
        raise Rejected("too_long", f"record.minutes：{minutes} 分钟大于开始到结束的 {span} 分钟")
    if end > sent_at + FUTURE_TOLERANCE:
        raise Rejected("future", f"record.ended_at：结束时间 {record['ended_at']} 晚于发送时间 {sent_at.isoformat()}")
    held = conn.execute("SELECT op_id FROM records WHERE record_id = ?", (record_id,)).fetchone()
    if held is not None:
        raise Rejected("conflict", f"record.record_id：记录 {record_id} 已由另一操作（{held['op_id']}）提交")
    person = volunteers.find(conn, who.platform_id, who.id_type, who.id_number)
    if person is None and who.platform_id:
        # A number this server never issued (a pilot next to the real platform, a demo station):
        # the same person by ID document, or else a new volunteer keeping the station's number.
        person = volunteers.find(conn, None, who.id_type, who.id_number)
    start_ts, end_ts = int(start.timestamp()), int(end.timestamp())
    if person is not None:
        platform_id = person["platform_id"]
        clash = conn.execute("SELECT item FROM records WHERE platform_id = ? AND voided = 0 AND start_ts < ?"
                             " AND end_ts > ? ORDER BY start_ts LIMIT 1", (platform_id, end_ts, start_ts)).fetchone()
        if clash is not None:
            other = json.loads(clash["item"])
            raise Rejected("overlap", f"record.started_at：该志愿者在平台上已有 {other['started_at']} 至 "
                                      f"{other['ended_at']} 的服务时间，与本记录重叠")
        volunteers.link(conn, station_code, platform_id)
    else:
        platform_id = volunteers.create(conn, station_code, who, now)
    conn.execute("INSERT INTO records (record_id, station_code, op_id, platform_id, start_ts, end_ts, minutes, item,"
                 " accepted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (record_id, station_code, item["op_id"], platform_id, start_ts, end_ts, minutes,
                  operations.canonical(record), rfc3339(now)))
    return {"volunteer_platform_id": platform_id}


def _void(conn: sqlite3.Connection, station_code: str, item: dict, now: float) -> dict:
    record_id = uuid_field(item, "record_id", "")
    reason = text(item, "reason", "", required=False, max_len=500)
    row = conn.execute("SELECT station_code, voided FROM records WHERE record_id = ?", (record_id,)).fetchone()
    if row is None or row["station_code"] != station_code:
        raise Rejected("unknown_record", f"record_id：平台上没有本站的记录 {record_id}")
    if not row["voided"]:  # voiding a voided record again changes nothing: the platform holds the void
        conn.execute("UPDATE records SET voided = 1, void_op_id = ?, void_reason = ?, voided_at = ?"
                     " WHERE record_id = ?", (item["op_id"], reason, rfc3339(now), record_id))
    return {}
