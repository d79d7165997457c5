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
