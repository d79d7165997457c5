"""The fields of each record kind (docs/protocol.md service records and 1.1 ``record_kinds``), checked.

Each checker returns what the table needs (:class:`Checked`) or raises
``invalid`` / ``too_long`` / ``future`` naming the field. Times are stored as
epoch seconds for the service overlap check; training keeps its own span and
minutes (never service time); awards and evaluations have dates only, stored
as the day's start and end.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from station_app.platform_server.validation import (
    SOURCES,
    Identity,
    Rejected,
    an_object,
    field_value,
    identity,
    integer,
    invalid,
    parse_date,
    text,
    time_field,
    uuid_field,
)

KINDS = {"service": "服务", "training": "培训", "award": "表彰奖励", "evaluation": "评价"}
MAX_MINUTES = 1440
FUTURE_TOLERANCE = dt.timedelta(minutes=5)
TRAINING_RESULTS = ("completed", "attended")
AWARD_LEVELS = ("station", "street", "district", "city", "province", "national", "other")
EVALUATION_TYPES = ("evaluation", "complaint")
RATINGS = ("excellent", "good", "fair", "poor")
PATH = "record"


@dataclass(frozen=True)
class Checked:
    record_id: str
    who: Identity
    start_ts: int
    end_ts: int
    minutes: int


def _one_of(record: dict, key: str, allowed: tuple[str, ...], required: bool = True) -> str | None:
    value = field_value(record, key, PATH, required)
    if value is not None and value not in allowed:
        raise invalid(f"{PATH}.{key}", f"应为 {'、'.join(allowed)} 之一")
    return value


def _date(record: dict, key: str) -> dt.date:
    value = parse_date(field_value(record, key, PATH))
    if value is None:
        raise invalid(f"{PATH}.{key}", "应为 2000 年至 2100 年之间的 YYYY-MM-DD 日期")
    return value


def _base(record: dict) -> tuple[str, Identity]:
    record_id = uuid_field(record, "record_id", PATH)
    who = identity(field_value(record, "volunteer", PATH), f"{PATH}.volunteer")
    text(record, "recorded_by", PATH, required=False, max_len=100)
    return record_id, who  # type: ignore[return-value]


def _timed(record: dict, sent_at: dt.datetime) -> tuple[int, int, int]:
    """started_at, ended_at and minutes, with the too_long and future rules of service records."""
    start = time_field(record, "started_at", PATH)
    end = time_field(record, "ended_at", PATH)
    minutes = integer(record, "minutes", PATH)
    assert start is not None and end is not None and minutes is not None
    if end <= start:
        raise invalid("record.ended_at", "结束时间应晚于开始时间")
    span = int((end - start).total_seconds()) // 60
    if minutes > MAX_MINUTES:
        raise Rejected("too_long", f"record.minutes：{minutes} 分钟超过一天的上限 {MAX_MINUTES} 分钟")
    if minutes > span:
        raise Rejected("too_long", f"record.minutes：{minutes} 分钟大于开始到结束的 {span} 分钟")
    if end > sent_at + FUTURE_TOLERANCE:
        raise Rejected("future", f"record.ended_at：结束时间 {record['ended_at']} 晚于发送时间 {sent_at.isoformat()}")
    return int(start.timestamp()), int(end.timestamp()), minutes


def _day_span(first: dt.date, last: dt.date) -> tuple[int, int]:
    start = dt.datetime.combine(first, dt.time(), dt.timezone(dt.timedelta(hours=8)))
    end = dt.datetime.combine(last, dt.time(), dt.timezone(dt.timedelta(hours=8))) + dt.timedelta(days=1)
    return int(start.timestamp()), int(end.timestamp())


def _service(record: dict, sent_at: dt.datetime) -> Checked:
    record_id, who = _base(record)
    post = an_object(field_value(record, "post", PATH), "record.post")
    text(post, "code", "record.post", max_len=64)
    text(post, "name", "record.post", max_len=200)
    text(post, "category", "record.post", required=False, max_len=200)
    text(record, "place", PATH, required=False, max_len=500)
    start_ts, end_ts, minutes = _timed(record, sent_at)
    integer(record, "people_served", PATH, required=False)
    text(record, "content", PATH, required=False, max_len=5000)
    _one_of(record, "source", SOURCES)
    text(record, "approved_by", PATH, required=False, max_len=100)
    time_field(record, "approved_at", PATH, required=False)
    corrects = uuid_field(record, "corrects", PATH, required=False)
    if corrects is not None and corrects == record_id:
        raise invalid("record.corrects", "不能指向这条记录自己")
    return Checked(record_id, who, start_ts, end_ts, minutes)


def _training(record: dict, sent_at: dt.datetime) -> Checked:
    record_id, who = _base(record)
    text(record, "title", PATH, max_len=200)
    text(record, "organiser", PATH, required=False, max_len=200)
    text(record, "place", PATH, required=False, max_len=500)
    start_ts, end_ts, minutes = _timed(record, sent_at)
    _one_of(record, "result", TRAINING_RESULTS)
    return Checked(record_id, who, start_ts, end_ts, minutes)


def _award(record: dict, sent_at: dt.datetime) -> Checked:
    record_id, who = _base(record)
    text(record, "title", PATH, max_len=200)
    _one_of(record, "level", AWARD_LEVELS)
    text(record, "awarded_by", PATH, max_len=200)
    day = _date(record, "awarded_on")
    text(record, "note", PATH, required=False, max_len=2000)
    if day > (sent_at + FUTURE_TOLERANCE).date():
        raise Rejected("future", f"record.awarded_on：表彰日期 {day} 晚于发送时间 {sent_at.isoformat()}")
    start_ts, end_ts = _day_span(day, day)
    return Checked(record_id, who, start_ts, end_ts, 0)


def _evaluation(record: dict, sent_at: dt.datetime) -> Checked:
    record_id, who = _base(record)
    kind = _one_of(record, "type", EVALUATION_TYPES)
    first, last = _date(record, "period_start"), _date(record, "period_end")
    if last < first:
        raise invalid("record.period_end", "截止日早于起始日")
    if kind == "evaluation":
        _one_of(record, "rating", RATINGS)
        text(record, "comment", PATH, required=False, max_len=5000)
    else:
        if record.get("rating") is not None:
            raise invalid("record.rating", "投诉记录的 rating 应为 null")
        text(record, "comment", PATH, max_len=5000)  # what was complained of and how it was settled
    text(record, "evaluated_by", PATH, required=False, max_len=100)
    start_ts, end_ts = _day_span(first, last)
    return Checked(record_id, who, start_ts, end_ts, 0)


CHECKERS: dict[str, Callable[[dict, dt.datetime], Checked]] = {
    "service": _service, "training": _training, "award": _award, "evaluation": _evaluation}


def check_record(kind: str, record: dict, sent_at: dt.datetime) -> Checked:
    return CHECKERS[kind](record, sent_at)
