"""Registered certificates: the certificates endpoint and the public verification page.

A serial belongs to the station that registered it first. ``revoked`` changes
the status of that serial (or registers it already revoked, if the station
issued it offline and never registered it); a revoked certificate never becomes
valid again, and ``issued`` with different details for a known serial is a
``conflict``. Verification shows only the masked name: anyone holding the
paper can check it, nobody can look up a volunteer with it.
"""

from __future__ import annotations

import hmac
import re
import sqlite3

from station_app.platform_server import operations
from station_app.platform_server.messages import rfc3339
from station_app.platform_server.validation import (
    Rejected,
    check_id_number,
    field_value,
    identity,
    integer,
    invalid,
    parse_date,
    text,
    time_field,
)

ENDPOINT = "certificates"
SERIAL_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z-]{0,63}")


def judge_batch(conn: sqlite3.Connection, station_code: str, batch_id: str, items: list[dict],
                now: float) -> list[dict]:
    def judge(item: dict) -> dict | None:
        if operations.already_applied(conn, station_code, ENDPOINT, item):
            return None
        _register(conn, station_code, item, now)
        operations.remember(conn, station_code, ENDPOINT, batch_id, item, now)
        return {}

    return operations.judge_each(items, judge)


def _dates(item: dict) -> tuple[str, str]:
    start = parse_date(field_value(item, "period_start", ""))
    end = parse_date(field_value(item, "period_end", ""))
    if start is None:
        raise invalid("period_start", "应为 YYYY-MM-DD 格式的日期")
    if end is None:
        raise invalid("period_end", "应为 YYYY-MM-DD 格式的日期")
    if end < start:
        raise invalid("period_end", "截止日早于起始日")
    return start.isoformat(), end.isoformat()


def _register(conn: sqlite3.Connection, station_code: str, item: dict, now: float) -> None:
    serial = text(item, "serial", "", max_len=64)
    if not SERIAL_RE.fullmatch(serial or ""):
        raise invalid("serial", "应为字母、数字和连字符")
    status = field_value(item, "status", "")
    if status not in ("issued", "revoked"):
        raise invalid("status", "应为 issued 或 revoked")
    who = identity(field_value(item, "volunteer", ""), "volunteer")
    total = integer(item, "total_minutes", "")
    period_start, period_end = _dates(item)
    time_field(item, "issued_at", "")
    code = text(item, "verification_code", "", max_len=64)
    check_id_number(who, "volunteer")
    details = operations.canonical({k: v for k, v in item.items() if k not in ("op_id", "status")})
    row = conn.execute("SELECT station_code, status, item FROM certificates WHERE serial = ?", (serial,)).fetchone()
    if row is None:
        conn.execute("INSERT INTO certificates (serial, station_code, status, volunteer_name, total_minutes,"
                     " period_start, period_end, issued_at, verification_code, item, op_id, updated_at)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (serial, station_code, status, who.name, total, period_start, period_end, item["issued_at"],
                      code, details, item["op_id"], rfc3339(now)))
        return
    if row["station_code"] != station_code:
        raise Rejected("conflict", f"serial：证明编号 {serial} 已由另一服务站登记")
    if status == "revoked":
        if row["status"] != "revoked":
            conn.execute("UPDATE certificates SET status = 'revoked', op_id = ?, updated_at = ? WHERE serial = ?",
                         (item["op_id"], rfc3339(now), serial))
        return
    if row["status"] == "revoked":
        raise Rejected("conflict", f"status：证明 {serial} 已作废，不能再登记为有效")
    if row["item"] != details:
        raise Rejected("conflict", f"serial：证明 {serial} 已登记，内容与本次不同")


def mask_name(name: str) -> str:
    """张三 -> 张*, 欧阳娜娜 -> 欧***: the first character and one * per remaining character."""
    return name[:1] + "*" * (len(name) - 1)


def verify(conn: sqlite3.Connection, serial: str, code: str | None) -> dict | None:
    """The public answer for a serial and its verification code, or None when they do not match."""
    row = conn.execute("SELECT c.*, s.name AS station_name FROM certificates c JOIN stations s"
                       " ON s.code = c.station_code WHERE c.serial = ?", (serial,)).fetchone()
    if row is None or code is None:
        return None
    typed = code.strip().upper().encode("utf-8")  # people type codes from paper: k7q2-9mzd is K7Q2-9MZD
    if not hmac.compare_digest(row["verification_code"].upper().encode("utf-8"), typed):
        return None
    return {"serial": row["serial"], "status": row["status"], "station_name": row["station_name"],
            "volunteer_name": mask_name(row["volunteer_name"]), "total_minutes": row["total_minutes"],
            "period_start": row["period_start"], "period_end": row["period_end"], "issued_at": row["issued_at"]}
