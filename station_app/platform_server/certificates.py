"""Registered certificates: the certificates endpoint and the public verification answer.

A serial begins with the code of the station that sends it (identity_check: no
station can register another's serial first), and belongs to it. A 1.1 item
carries ``key_id`` and ``signature``: the signature over the canonical message
(:mod:`station_app.protocol.signing`) is checked with that station's registered
key, and a bad one is ``bad_signature``. A serial belongs to the station that registered it first. ``revoked`` changes
the status of that serial (or registers it already revoked, if the station
issued it offline and never registered it); a revoked certificate never becomes
valid again, and ``issued`` with different details for a known serial is a
``conflict``. Verification shows only the masked name: anyone holding the
paper can check it, nobody can look up a volunteer with it.
"""

from __future__ import annotations

import hmac
import re

from station_app.platform_server import operations, signing_keys
from station_app.platform_server.database import Row, Tx
from station_app.platform_server.messages import rfc3339
from station_app.platform_server.validation import (
    Identity,
    Rejected,
    check_id_number,
    field_value,
    identity,
    integer,
    invalid,
    parse_date,
    parse_time,
    text,
    uuid_field,
)
from station_app.protocol import signing

ENDPOINT = "certificates"
SERIAL_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z-]{0,63}")


def judge_batch(tx: Tx, station_code: str, batch_id: str, items: list[dict],
                now: float) -> list[dict]:
    def judge(item: dict) -> dict | None:
        if operations.already_applied(tx, station_code, ENDPOINT, item):
            return None
        _register(tx, station_code, item, now)
        operations.remember(tx, station_code, ENDPOINT, batch_id, item, now)
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


def _register(tx: Tx, station_code: str, item: dict, now: float) -> None:
    serial = text(item, "serial", "", max_len=64) or ""
    if not SERIAL_RE.fullmatch(serial):
        raise invalid("serial", "应为字母、数字和连字符")
    if not serial.startswith(f"{station_code}-"):
        raise invalid("serial", f"证明编号应以本站编码 {station_code}- 开头")
    status = field_value(item, "status", "")
    if status not in ("issued", "revoked"):
        raise invalid("status", "应为 issued 或 revoked")
    who = identity(field_value(item, "volunteer", ""), "volunteer")
    total = integer(item, "total_minutes", "")
    period_start, period_end = _dates(item)
    issued = field_value(item, "issued_at", "")
    if parse_time(issued) is None and parse_date(issued) is None:  # 1.0: a time; 1.1's signed field: a date
        raise invalid("issued_at", f"“{str(issued)[:40]}”不是 2000 年至 2100 年之间的 RFC 3339 时间或日期")
    code = text(item, "verification_code", "", max_len=64)
    check_id_number(who, "volunteer")
    key_id, signature, message = _signature(tx, station_code, item, who) if status == "issued" else (None, None, None)
    details = operations.canonical({k: v for k, v in item.items() if k not in ("op_id", "status")})
    row = tx.execute("SELECT station_code, status, item FROM certificates WHERE serial = ?", (serial,)).fetchone()
    if row is None:
        tx.execute("INSERT INTO certificates (serial, station_code, status, volunteer_name, total_minutes,"
                   " period_start, period_end, issued_at, verification_code, item, op_id, updated_at, key_id,"
                   " signature, signed_message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (serial, station_code, status, who.name, total, period_start, period_end, item["issued_at"],
                    code, details, item["op_id"], rfc3339(now), key_id, signature, message))
        return
    if row["station_code"] != station_code:
        raise Rejected("conflict", f"serial：证明编号 {serial} 已由另一服务站登记")
    if status == "revoked":
        if row["status"] != "revoked":
            tx.execute("UPDATE certificates SET status = 'revoked', op_id = ?, updated_at = ? WHERE serial = ?",
                         (item["op_id"], rfc3339(now), serial))
        return
    if row["status"] == "revoked":
        raise Rejected("conflict", f"status：证明 {serial} 已作废，不能再登记为有效")
    if row["item"] != details:
        raise Rejected("conflict", f"serial：证明 {serial} 已登记，内容与本次不同")


def _signature(tx: Tx, station_code: str, item: dict, who: Identity) -> tuple[str | None, str | None, str | None]:
    """(key_id, signature, signed message) of a signed item after checking them; (None, None, None) unsigned."""
    if item.get("key_id") is None and item.get("signature") is None:
        return None, None, None
    key_id = uuid_field(item, "key_id", "") or ""
    signature = text(item, "signature", "", max_len=200) or ""
    fields = signing.fields_from_item(item, station_code)
    expected = {"station_code": station_code, "volunteer_name": who.name, "id_type": who.id_type,
                "id_number_masked": signing.mask_id_number(who.id_number), "platform_id": who.platform_id}
    for name, value in expected.items():
        if fields[name] != value:
            raise invalid(name, "与证明中的志愿者或本站信息不一致")
    try:
        message = signing.signed_message(fields)
    except signing.BadMessage as exc:
        raise invalid(str(exc), "不能组成签名内容") from None
    key = signing_keys.find(tx, key_id)
    if key is None or key["station_code"] != station_code:
        raise Rejected("bad_signature", f"key_id：本站没有在平台登记密钥 {key_id}")
    if not signing.verify_message(key["public_key"], message, signature):
        raise Rejected("bad_signature", "signature：签名与证明内容不符")
    if signing.issued_after_revocation(item["issued_at"], key["revoked_at"]):
        raise Rejected("bad_signature", f"key_id：密钥 {key_id} 已于 {key['revoked_at']} 吊销，之后签发的证明无效")
    return key_id, signature, message.decode("utf-8")


def mask_name(name: str) -> str:
    """张三 -> 张*, 欧阳娜娜 -> 欧***: the first character and one * per remaining character."""
    return name[:1] + "*" * (len(name) - 1)


def signature_state(tx: Tx, row: Row) -> dict:
    """``signature_valid`` and ``key_id`` of a registered certificate (empty for an unsigned one)."""
    if not row["signature"]:
        return {}
    key = signing_keys.find(tx, row["key_id"])
    valid = (key is not None and signing.verify_message(key["public_key"], row["signed_message"].encode("utf-8"),
                                                         row["signature"])
             and not signing.issued_after_revocation(row["issued_at"], key["revoked_at"]))
    return {"signature_valid": bool(valid), "key_id": row["key_id"]}


def verify(tx: Tx, serial: str, code: str | None, signature: str | None = None) -> dict | None:
    """The public answer for a serial and its verification code or signature, or None when they do not match.

    Only someone holding the paper (its code, or its QR code's signature) learns anything: a guessed
    serial alone gets nothing.
    """
    if not SERIAL_RE.fullmatch(serial or ""):
        return None
    row = tx.one("SELECT c.*, s.name AS station_name FROM certificates c JOIN stations s"
                 " ON s.code = c.station_code WHERE c.serial = ?", (serial,))
    if row is None:
        return None
    if signature is not None:
        if not row["signature"] or not hmac.compare_digest(row["signature"].encode(), signature.strip().encode()):
            return None
    elif code is None:
        return None
    else:
        typed = code.strip().upper().encode("utf-8")  # people type codes from paper: k7q2-9mzd is K7Q2-9MZD
        if not hmac.compare_digest(row["verification_code"].upper().encode("utf-8"), typed):
            return None
    return {"serial": row["serial"], "status": row["status"], "station_name": row["station_name"],
            "volunteer_name": mask_name(row["volunteer_name"]), "total_minutes": row["total_minutes"],
            "period_start": row["period_start"], "period_end": row["period_end"], "issued_at": row["issued_at"],
            **signature_state(tx, row)}
