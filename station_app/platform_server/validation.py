"""Checks of what a station sends, as docs/protocol.md states them and no stricter.

Two kinds of failure: :class:`BadRequest` is a malformed batch (400, nothing is
applied); :class:`Rejected` is one item judged wrong (its result carries the
code and a message naming the field, the other items go on). Fields the
contract marks nullable may also be absent; unknown extra fields are ignored so
a newer client does not break an older platform.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from stdnum.cn import ric

UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
RFC3339_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
ID_NUMBER_RE = re.compile(r"[0-9A-Z]{1,32}")  # upper-case, no spaces (docs/protocol.md)
GB11643_RE = re.compile(r"\d{17}[0-9X]")
PHONE_RE = re.compile(r"1[3-9]\d{9}")
PLATFORM_ID_RE = re.compile(r"[0-9A-Za-z-]{1,32}")
ID_TYPES = ("CN_RIC", "HMT_RP", "FPR", "HMT_PERMIT", "PASSPORT")
SOURCES = ("kiosk", "manual", "import")
HMT_RP_PREFIXES = ("81", "82", "83")
# text_rules (PROTOCOL 1.1): times and dates outside [2000-01-01, 2100-01-01] are invalid. They would
# otherwise overflow date arithmetic (year 9999 + 5 minutes) and turn a client's typo into a 500.
EARLIEST = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
LATEST = dt.datetime(2100, 1, 1, tzinfo=dt.UTC)
MAX_INT = 2**31 - 1  # the largest count a column holds on both engines
# A lone surrogate (json.loads lets "\ud800" through) cannot be encoded as UTF-8, and PostgreSQL text
# cannot hold NUL: both, and every other control character but tab and newline, are refused.
BAD_TEXT_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


class BadRequest(Exception):
    """The request as a whole is malformed: 400 ``bad_request``, nothing applied."""


class Rejected(Exception):
    """One item is rejected with a docs/protocol.md code; ``str()`` is the message."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def join(path: str, key: str) -> str:
    """The field's name as the message shows it: ``record.volunteer.id_number``."""
    return f"{path}.{key}" if path else key


def invalid(path: str, why: str) -> Rejected:
    return Rejected("invalid", f"{path}：{why}")


def is_uuid(value: Any) -> bool:
    return isinstance(value, str) and UUID_RE.fullmatch(value) is not None


def parse_time(value: Any) -> dt.datetime | None:
    """An aware datetime for RFC 3339 text with an explicit offset, between 2000 and 2100; else None."""
    if not isinstance(value, str) or not RFC3339_RE.fullmatch(value):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        return parsed if EARLIEST <= parsed <= LATEST else None
    except (ValueError, OverflowError):
        return None


def parse_date(value: Any) -> dt.date | None:
    """A date between 2000-01-01 and 2100-01-01, else None."""
    if not isinstance(value, str) or not DATE_RE.fullmatch(value):
        return None
    try:
        parsed = dt.date.fromisoformat(value)
    except ValueError:
        return None
    return parsed if EARLIEST.date() <= parsed <= LATEST.date() else None


def bad_text_path(value: Any, path: str = "") -> str | None:
    """The path of the first string (value or key) that breaks text_rules, else None (iterative: no
    recursion limit for a deeply nested body)."""
    stack = [(value, path)]
    while stack:
        node, where = stack.pop()
        if isinstance(node, str):
            if BAD_TEXT_RE.search(node):
                return where or "（正文）"
        elif isinstance(node, dict):
            for key, child in node.items():
                if isinstance(key, str) and BAD_TEXT_RE.search(key):
                    return join(where, "（字段名）")
                stack.append((child, join(where, str(key))))
        elif isinstance(node, list):
            stack.extend((child, f"{where}[{i}]") for i, child in enumerate(node))
    return None


BAD_TEXT_WHY = "含有不允许的字符（孤立的代理项或控制字符；只允许制表符和换行）"


def require_object(doc: Any) -> dict:
    """The body of a single-object post (keys, anchors): a JSON object, else 400."""
    if not isinstance(doc, dict):
        raise BadRequest("请求正文应为 JSON 对象")
    return doc


def require_time(doc: dict, key: str) -> dt.datetime:
    """An RFC 3339 time field of a single-object post, else 400 naming it."""
    parsed = parse_time(doc.get(key))
    if parsed is None:
        raise BadRequest(f"{key} 应为 2000 年至 2100 年之间、带时区偏移的 RFC 3339 时间")
    return parsed


def field_value(obj: dict, key: str, path: str, required: bool = True) -> Any:
    """obj[key]; a missing or null required field is rejected, naming it."""
    value = obj.get(key)
    if value is None and required:
        raise invalid(join(path, key), "缺少此字段" if key not in obj else "不能为 null")
    return value


def text(obj: dict, key: str, path: str, required: bool = True, max_len: int = 500) -> str | None:
    value = field_value(obj, key, path, required)
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > max_len or (required and not value.strip()):
        raise invalid(join(path, key), f"应为不超过 {max_len} 字的文字" + ("，且不能为空" if required else ""))
    return value


def time_field(obj: dict, key: str, path: str, required: bool = True) -> dt.datetime | None:
    value = field_value(obj, key, path, required)
    if value is None:
        return None
    parsed = parse_time(value)
    if parsed is None:
        raise invalid(join(path, key), f"“{str(value)[:40]}”不是 2000 年至 2100 年之间、带时区偏移的 RFC 3339 时间"
                                       "（如 2026-11-22T09:30:00+08:00）")
    return parsed


def integer(obj: dict, key: str, path: str, required: bool = True, minimum: int = 0,
            maximum: int = MAX_INT) -> int | None:
    value = field_value(obj, key, path, required)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
        raise invalid(join(path, key), f"应为 {minimum} 到 {maximum} 之间的整数")
    return value


def uuid_field(obj: dict, key: str, path: str, required: bool = True) -> str | None:
    value = field_value(obj, key, path, required)
    if value is not None and not is_uuid(value):
        raise invalid(join(path, key), "应为小写规范格式的 UUID")
    return value


def an_object(value: Any, path: str) -> dict:
    if not isinstance(value, dict):
        raise invalid(path, "应为 JSON 对象")
    return value


@dataclass(frozen=True)
class Identity:
    platform_id: str | None
    name: str
    id_type: str
    id_number: str
    phone: str | None

    @property
    def gender(self) -> str | None:
        """M/F from the 17th digit of a GB 11643 number (odd = male); unknown otherwise."""
        if self.id_type in ("CN_RIC", "HMT_RP") and len(self.id_number) == 18:
            return "M" if int(self.id_number[16]) % 2 else "F"
        return None


def identity(value: Any, path: str) -> Identity:
    """The shape of a volunteer identity (``invalid``); call :func:`check_id_number` after."""
    obj = an_object(value, path)
    platform_id = field_value(obj, "platform_id", path, required=False)
    if platform_id is not None and not (isinstance(platform_id, str) and PLATFORM_ID_RE.fullmatch(platform_id)):
        raise invalid(join(path, "platform_id"), "应为平台志愿者编号或 null")
    name = text(obj, "name", path, max_len=100)
    id_type = field_value(obj, "id_type", path)
    if id_type not in ID_TYPES:
        raise invalid(join(path, "id_type"), f"应为 {'、'.join(ID_TYPES)} 之一")
    id_number = field_value(obj, "id_number", path)
    if not isinstance(id_number, str) or not ID_NUMBER_RE.fullmatch(id_number):
        raise invalid(join(path, "id_number"), "应为大写字母和数字，不含空格")
    phone = field_value(obj, "phone", path, required=False)
    if phone is not None and not (isinstance(phone, str) and PHONE_RE.fullmatch(phone)):
        raise invalid(join(path, "phone"), "应为 11 位手机号码或 null")
    return Identity(platform_id, name, id_type, id_number, phone)  # type: ignore[arg-type]


def check_id_number(who: Identity, path: str) -> None:
    """GB 11643 check character (and birth date) for CN_RIC and HMT_RP: ``bad_id_number``."""
    if who.id_type not in ("CN_RIC", "HMT_RP"):
        return
    number = who.id_number
    where = join(path, "id_number")
    if not GB11643_RE.fullmatch(number):
        raise Rejected("bad_id_number", f"{where}：应为 18 位，前 17 位为数字，最后一位为数字或 X")
    is_hmt = number[:2] in HMT_RP_PREFIXES
    if who.id_type == "HMT_RP" and not is_hmt:
        raise Rejected("bad_id_number", f"{where}：港澳台居民居住证号码应以 81、82 或 83 开头")
    if who.id_type == "CN_RIC" and is_hmt:
        raise Rejected("bad_id_number", f"{where}：{number[:2]} 开头的是港澳台居民居住证号码，证件类型应为 HMT_RP")
    try:
        ric.get_birth_date(number)
    except ValueError:  # stdnum.exceptions.ValidationError: an impossible birth date
        raise Rejected("bad_id_number", f"{where}：号码中的出生日期 {number[6:14]} 无效") from None
    if ric.calc_check_digit(number) != number[17]:
        raise Rejected("bad_id_number", f"{where}：{number} 的 GB 11643 校验位不符")  # as platforms word it
