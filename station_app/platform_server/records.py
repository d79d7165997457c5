"""Judging and applying the items of a record batch (docs/protocol.md rules 1-4, 1.1 ``record_kinds``).

Each item is checked completely before anything is written for it, so a
rejected item leaves no trace and the next item sees exactly the effects of
the accepted ones before it (a void followed by the corrected add, in one
batch, works in array order). All writes happen in the caller's transaction,
together with the stored answer.

Every kind (service, training, award, evaluation) lives in one table, so a
``record_id`` is unique across kinds; the fields of each kind are checked in
:mod:`record_kinds`. Only service records take part in the overlap check:
training time never counts as service time.
"""

from __future__ import annotations

import datetime as dt
import json

from station_app.platform_server import operations, volunteers
from station_app.platform_server.database import Tx
from station_app.platform_server.messages import rfc3339
from station_app.platform_server.record_kinds import KINDS, Checked, check_record
from station_app.platform_server.validation import Rejected, an_object, check_id_number, invalid, text, uuid_field

ENDPOINT = "batches"


def judge_batch(tx: Tx, station_code: str, batch_id: str, sent_at: dt.datetime,
                items: list[dict], now: float) -> list[dict]:
    def judge(item: dict) -> dict | None:
        if operations.already_applied(tx, station_code, ENDPOINT, item):
            return None
        kind = item.get("kind", "service")
        if kind not in KINDS:
            raise invalid("kind", f"应为 {'、'.join(KINDS)} 之一")
        op = item.get("op")
        if op == "add":
            extra = _add(tx, station_code, kind, item, sent_at, now)
        elif op == "void":
            extra = _void(tx, station_code, kind, item, now)
        else:
            raise invalid("op", "应为 add 或 void")
        operations.remember(tx, station_code, ENDPOINT, batch_id, item, now)
        return extra

    return operations.judge_each(items, judge)


def _add(tx: Tx, station_code: str, kind: str, item: dict, sent_at: dt.datetime, now: float) -> dict:
    record = an_object(item.get("record"), "record")
    checked: Checked = check_record(kind, record, sent_at)
    check_id_number(checked.who, "record.volunteer")
    record_id = checked.record_id
    held = tx.one("SELECT op_id FROM records WHERE record_id = ?", (record_id,))
    if held is not None:
        raise Rejected("conflict", f"record.record_id：记录 {record_id} 已由另一操作（{held['op_id']}）提交")
    person = volunteers.find_for_station(tx, checked.who)
    if person is not None:
        platform_id = person["platform_id"]
        if kind == "service":
            _check_overlap(tx, platform_id, checked)
        volunteers.link(tx, station_code, platform_id)
    else:
        platform_id = volunteers.create(tx, station_code, checked.who, now)
    tx.execute("INSERT INTO records (record_id, kind, station_code, op_id, platform_id, start_ts, end_ts, minutes,"
               " item, accepted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               (record_id, kind, station_code, item["op_id"], platform_id, checked.start_ts, checked.end_ts,
                checked.minutes, operations.canonical(record), rfc3339(now)))
    return {"volunteer_platform_id": platform_id}


def _check_overlap(tx: Tx, platform_id: str, checked: Checked) -> None:
    tx.lock(f"pid:{platform_id}")  # two stations' overlapping records for one person: one waits
    clash = tx.one("SELECT item FROM records WHERE platform_id = ? AND kind = 'service' AND voided = 0"
                   " AND start_ts < ? AND end_ts > ? ORDER BY start_ts LIMIT 1",
                   (platform_id, checked.end_ts, checked.start_ts))
    if clash is not None:
        other = json.loads(clash["item"])
        raise Rejected("overlap", f"record.started_at：该志愿者在平台上已有 {other['started_at']} 至 "
                                  f"{other['ended_at']} 的服务时间，与本记录重叠")


def _void(tx: Tx, station_code: str, kind: str, item: dict, now: float) -> dict:
    record_id = uuid_field(item, "record_id", "")
    reason = text(item, "reason", "", required=False, max_len=500)
    row = tx.one("SELECT station_code, voided, kind FROM records WHERE record_id = ?", (record_id,))
    if row is None or row["station_code"] != station_code or row["kind"] != kind:
        raise Rejected("unknown_record", f"record_id：平台上没有本站的{KINDS[kind]}记录 {record_id}")
    if not row["voided"]:  # voiding a voided record again changes nothing: the platform holds the void
        tx.execute("UPDATE records SET voided = 1, void_op_id = ?, void_reason = ?, voided_at = ?"
                   " WHERE record_id = ?", (item["op_id"], reason, rfc3339(now), record_id))
    return {}
