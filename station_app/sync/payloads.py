"""docs/protocol.md items built from the station database: records, voids, certificates.

Built when an item is claimed into a batch, then frozen in the batch body, so
the identity sent is the freshest the station has, and a resend never differs.
Raw SQL because a week offline can mean 10,000 items at once (see benchmarks/sync.py).
"""

from __future__ import annotations

import json
from typing import Any

from station_app.db import database
from station_app.hours.times import rfc3339


def dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON: the exact bytes that are sent and, on a retry, resent."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def identity(platform_no: str | None, name: str, id_type: str, id_number: str, phone: str | None) -> dict:
    return {"platform_id": platform_no or None, "name": name, "id_type": id_type, "id_number": id_number,
            "phone": phone or None}


_RECORDS_SQL = """
SELECT o.id, o.op_id, o.op, o.reason, r.uid, r.start_min, r.end_min, r.utc_offset, r.minutes, r.people_served,
       r.content, r.source, r.recorded_by, r.reviewed_by, r.reviewed_at, c.uid,
       EXISTS (SELECT 1 FROM outbox v WHERE v.record_id = r.corrects_id AND v.op = 'void' AND v.state != 'cancelled'),
       v.platform_no, v.name, v.id_type, v.id_number, v.phone, p.code, p.name, p.category, p.place
FROM outbox o
JOIN service_record r ON r.id = o.record_id
JOIN volunteer v ON v.id = r.volunteer_id
JOIN post p ON p.id = r.post_id
LEFT JOIN service_record c ON c.id = r.corrects_id
WHERE o.id IN ({marks})
ORDER BY o.id
"""


def record_items(outbox_ids: list[int]) -> list[tuple[int, dict]]:
    """(outbox id, item) for the batches endpoint, in outbox order."""
    if not outbox_ids:
        return []
    rows = database.execute_sql(_RECORDS_SQL.format(marks=",".join("?" * len(outbox_ids))), outbox_ids).fetchall()
    items = []
    for (oid, op_id, op, reason, uid, start, end, offset, minutes, served, content, source, recorded_by,
         reviewed_by, reviewed_at, corrects_uid, corrects_sent, platform_no, name, id_type, id_number, phone,
         post_code, post_name, category, place) in rows:
        if op == "void":
            items.append((oid, {"op_id": op_id, "op": "void", "record_id": uid, "reason": reason or "作废"}))
            continue
        record = {
            "record_id": uid,
            "volunteer": identity(platform_no, name, id_type, id_number, phone),
            "post": {"code": post_code, "name": post_name, "category": category},
            "place": place,
            "started_at": rfc3339(start, offset),
            "ended_at": rfc3339(end, offset),
            "minutes": minutes,
            "people_served": served,
            "content": content,
            "source": source,
            "recorded_by": recorded_by,
            "approved_by": reviewed_by,
            "approved_at": reviewed_at,
            "corrects": corrects_uid if corrects_sent else None,
        }
        items.append((oid, {"op_id": op_id, "op": "add", "record": record}))
    return items


_CERTIFICATES_SQL = """
SELECT o.id, o.op_id, o.op, c.serial, c.total_minutes, c.period_start, c.period_end, c.issued_at,
       c.verification_code, v.platform_no, v.name, v.id_type, v.id_number, v.phone, c.key_id, c.signature,
       c.platform_no, c.volunteer_name, c.id_type
FROM outbox o
JOIN certificate c ON c.id = o.certificate_id
JOIN volunteer v ON v.id = c.volunteer_id
WHERE o.id IN ({marks})
ORDER BY o.id
"""


def certificate_items(outbox_ids: list[int]) -> list[tuple[int, dict]]:
    """Certificate items; a signed one also carries ``key_id`` and ``signature`` (docs/protocol.md 1.1), which the
    platform checks over the signed fields it rebuilds from the item. So a signed item names the volunteer as the
    certificate does (name, ID type and platform number frozen at issue: a platform number the platform assigned
    since, after the first sync of their hours, would break the signature), with the whole ID number."""
    if not outbox_ids:
        return []
    rows = database.execute_sql(_CERTIFICATES_SQL.format(marks=",".join("?" * len(outbox_ids))), outbox_ids)
    items = []
    for (oid, op_id, op, serial, total, start, end, issued_at, code, platform_no, name, id_type, id_number,
         phone, key_id, signature, certified_no, certified_name, certified_type) in rows:
        if signature:
            platform_no, name, id_type = certified_no, certified_name, certified_type
        item = {"op_id": op_id, "serial": serial, "status": op,
                "volunteer": identity(platform_no, name, id_type, id_number, phone),
                "total_minutes": total, "period_start": str(start), "period_end": str(end),
                "issued_at": issued_at, "verification_code": code}
        if signature and op == "issued":
            item.update(key_id=key_id, signature=signature)
        items.append((oid, item))
    return items


# docs/protocol.md 1.1 record_kinds: training attendances, awards, evaluations. One query per kind;
# each names its row's uid (the record_id), its volunteer, and what the kind carries.
_KIND_SQL = {
    "training": """
SELECT o.id, o.op_id, o.op, o.reason, a.uid, v.platform_no, v.name, v.id_type, v.id_number, v.phone, a.recorded_by,
       s.title, s.organiser, s.place, s.start_min, s.end_min, s.utc_offset, a.result
FROM outbox o JOIN training_attendance a ON a.id = o.attendance_id JOIN training_session s ON s.id = a.session_id
JOIN volunteer v ON v.id = a.volunteer_id WHERE o.id IN ({marks})""",
    "award": """
SELECT o.id, o.op_id, o.op, o.reason, a.uid, v.platform_no, v.name, v.id_type, v.id_number, v.phone, a.recorded_by,
       a.title, a.level, a.awarded_by, a.awarded_on, a.note
FROM outbox o JOIN award a ON a.id = o.award_id JOIN volunteer v ON v.id = a.volunteer_id WHERE o.id IN ({marks})""",
    "evaluation": """
SELECT o.id, o.op_id, o.op, o.reason, e.uid, v.platform_no, v.name, v.id_type, v.id_number, v.phone, e.recorded_by,
       e.type, e.period_start, e.period_end, e.rating, e.comment, e.evaluated_by
FROM outbox o JOIN evaluation e ON e.id = o.evaluation_id JOIN volunteer v ON v.id = e.volunteer_id
WHERE o.id IN ({marks})""",
}


def _kind_fields(kind: str, rest: tuple) -> dict:
    if kind == "training":
        title, organiser, place, start, end, offset, result = rest
        return {"title": title, "organiser": organiser, "place": place, "started_at": rfc3339(start, offset),
                "ended_at": rfc3339(end, offset), "minutes": end - start, "result": result}
    if kind == "award":
        title, level, awarded_by, awarded_on, note = rest
        return {"title": title, "level": level, "awarded_by": awarded_by, "awarded_on": str(awarded_on), "note": note}
    kind_type, first, last, rating, comment, evaluated_by = rest
    return {"type": kind_type, "period_start": str(first), "period_end": str(last), "rating": rating,
            "comment": comment, "evaluated_by": evaluated_by}


def kind_items(outbox_ids: list[int]) -> list[tuple[int, dict]]:
    """(outbox id, item) of the training, award and evaluation operations among *outbox_ids*, in outbox order.
    Training ``minutes`` is training time (the platform never counts it as service)."""
    if not outbox_ids:
        return []
    marks = ",".join("?" * len(outbox_ids))
    items = []
    for kind, sql in _KIND_SQL.items():
        for (oid, op_id, op, reason, uid, platform_no, name, id_type, id_number, phone, recorded_by,
             *rest) in database.execute_sql(sql.format(marks=marks), outbox_ids).fetchall():
            if op == "void":
                items.append((oid, {"op_id": op_id, "op": "void", "kind": kind, "record_id": uid,
                                    "reason": reason or "作废"}))
                continue
            record = {"record_id": uid, "volunteer": identity(platform_no, name, id_type, id_number, phone),
                      **_kind_fields(kind, tuple(rest)), "recorded_by": recorded_by}
            items.append((oid, {"op_id": op_id, "op": "add", "kind": kind, "record": record}))
    return sorted(items, key=lambda pair: pair[0])
