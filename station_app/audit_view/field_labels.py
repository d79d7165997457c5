"""Chinese names and readable values for the fields the audit log keeps, for the viewer.

Display only: the stored (and hashed) JSON is never changed. Each entity type
has its own names, since the same key means different things (``name`` of a
volunteer is 姓名, of a post 岗位名称; ``status`` of a certificate is not a
volunteer's). A key or code not listed here is shown as it is stored, so a new
field is never hidden, only not yet translated.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from station_app.audit_view.names import Names, reference_name
from station_app.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "audit"


# Keys that mean the same thing whatever the entity (used when the entity's own names lack the key).
COMMON = {
    "volunteer_id": "志愿者",
    "post_id": "岗位",
    "record_id": "服务记录",
    "start": "开始时间",
    "end": "结束时间",
    "note": "备注",
    "capacity": "人数上限",
    "format": "格式",
    "masked": "号码已遮盖",
}
RECORD = {
    "volunteer_id": "志愿者",
    "post_id": "岗位",
    "start": "开始时间",
    "end": "结束时间",
    "break_minutes": "休息",
    "minutes": "服务时长",
    "people_served": "服务人次",
    "content": "服务内容",
    "state": "状态",
    "corrects": "更正的记录",
}
SHIFT = {
    "post_id": "岗位",
    "start": "开始时间",
    "end": "结束时间",
    "capacity": "人数上限",
    "volunteer_id": "志愿者",
    "over_capacity": "超出名额",
    "note": "备注",
}
VOLUNTEER_EXTRA = {  # beyond the fields the volunteer form names (roster.validation.FIELD_LABELS)
    "consent_by": "同意人",
    "extra_consent": "同意登记附加信息",
    "fields": "查看的号码",
    "certificates": "涉及证明份数",
}
STATION_EXTRA = {"volunteers": "志愿者人数", "records": "服务记录条数"}  # demo.fill
STAFF = {
    "name": "姓名",
    "role": "角色",
    "active": "启用",
    "password": "密码",
    "failed_attempts": "连续输错次数",
    "wait_seconds": "需等待",
}
SETTING = {"value": "设置值", "stored_in": "保存位置"}
CERTIFICATE = {
    "serial": "证明编号",
    "volunteer_id": "志愿者",
    "period_start": "起始日期",
    "period_end": "截止日期",
    "total_minutes": "服务时长",
    "records": "服务记录条数",
    "handler": "经办人",
    "copies": "副本份数",
    "output": "方式",
    "status": "状态",
    "record_id": "服务记录",
}
FILE = {  # exports and imports
    "rows": "行数",
    "from": "起始日期",
    "to": "截止日期",
    "masked": "号码已遮盖",
    "format": "格式",
    "cards": "签到卡张数",
    "added": "新增",
    "updated": "更新",
    "unchanged": "未变",
    "refused": "未导入",
    "approved": "审核通过",
    "sheet": "工作表",
    "items": "条数",
}
BACKUP = {
    "folder": "文件夹",
    "size": "大小",
    "verified": "检查结果",
    "from": "备份文件",
    "schema_version": "数据库版本",
    "replaced_copy": "原数据库另存为",
}
OUTBOX = {"op_id": "操作编号", "code": "平台答复代码", "items": "条数"}

# For setting.update the entity id is the setting's key: its name stands in for "设置值".
SETTING_LABELS = {
    "operator.name": QT_TRANSLATE_NOOP("audit", "值班员姓名"),
    "roster.page_size": QT_TRANSLATE_NOOP("audit", "名册每次读取行数"),
    "roster.search_debounce_ms": QT_TRANSLATE_NOOP("audit", "搜索等待（毫秒）"),
    "hours.day_end": QT_TRANSLATE_NOOP("audit", "每日结束时间"),
    "hours.star_thresholds": QT_TRANSLATE_NOOP("audit", "星级门槛（小时）"),
    "kiosk.soon_minutes": QT_TRANSLATE_NOOP("audit", "签到机优先显示（分钟内开始的班次）"),
    "kiosk.pin_hash": QT_TRANSLATE_NOOP("audit", "签到机退出 PIN"),
    "backup.auto_daily": QT_TRANSLATE_NOOP("audit", "每天自动备份"),
    "backup.keep_daily": QT_TRANSLATE_NOOP("audit", "保留每日备份（天）"),
    "backup.keep_weekly": QT_TRANSLATE_NOOP("audit", "另保留每周备份（周）"),
    "staff.idle_lock_minutes": QT_TRANSLATE_NOOP("audit", "无人操作后锁定（分钟）"),
    "sync.url": QT_TRANSLATE_NOOP("audit", "平台地址"),
    "sync.station_code": QT_TRANSLATE_NOOP("audit", "平台上的站点编码"),
    "sync.interval_minutes": QT_TRANSLATE_NOOP("audit", "自动同步间隔（分钟）"),
    "sync.timeout_seconds": QT_TRANSLATE_NOOP("audit", "等待平台答复（秒）"),
    "sync.token": QT_TRANSLATE_NOOP("audit", "平台令牌"),
}

VOLUNTEER_STATUS = {"active": "在册", "inactive": "已停用"}
GENDERS = {"M": "男", "F": "女"}
CONSENT_BY = {"self": "本人", "guardian": "监护人"}
STORED_IN = {"keyring": "系统密码存储", "file": "仅本用户可读的文件"}
OUTPUTS = {"pdf": "PDF 文件", "print": "打印"}
ID_KEYS = ("volunteer_id", "post_id", "record_id", "corrects")
MINUTE_KEYS = ("break_minutes", "minutes", "total_minutes")
_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")


def _own_labels(entity_type: str) -> list[tuple[str, dict[str, str]]]:
    """(translation context, names) for an entity, most specific first; the other modules' names are reused."""
    if entity_type == "volunteer":
        from station_app.roster.validation import FIELD_LABELS

        return [("volunteer", FIELD_LABELS), (CONTEXT, VOLUNTEER_EXTRA)]
    if entity_type == "post":
        from station_app.posts.service import LABELS

        return [("posts", LABELS)]
    if entity_type == "station":
        from station_app.station.profile import FIELD_LABELS

        return [("station", FIELD_LABELS), (CONTEXT, STATION_EXTRA)]
    names = {"service_record": RECORD, "shift": SHIFT, "staff": STAFF, "setting": SETTING,
             "certificate": CERTIFICATE, "file": FILE, "backup": BACKUP, "outbox": OUTBOX}.get(entity_type)
    return [(CONTEXT, names)] if names else []


def field_label(entity_type: str, key: str, entity_id: str = "") -> str:
    """The Chinese name of *key* in an entry about *entity_type*; an unknown key as it is."""
    if entity_type == "setting" and key == "value" and entity_id in SETTING_LABELS:
        return translate("audit", SETTING_LABELS[entity_id])
    for context, names in _own_labels(entity_type) + [(CONTEXT, COMMON)]:
        if key in names:
            return translate(context, names[key])
    return key


def _time(text: str) -> str:
    """``2026-11-29T21:00:00+08:00`` as ``2026-11-29 21:00`` (seconds only when there are some)."""
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    return moment.strftime("%Y-%m-%d %H:%M:%S" if moment.second else "%Y-%m-%d %H:%M")


def _size(n: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return translate("audit", "{n} 字节").format(n=n)


def _coded(labels: dict[str, str], context: str = CONTEXT) -> Callable[[Any], Any]:
    return lambda v: translate(context, labels[v]) if isinstance(v, str) and v in labels else v


def _code_label(entity_type: str, key: str, value: Any) -> Any:
    """A stored code as its Chinese name, or *value* unchanged."""
    if key == "state" and entity_type in ("service_record", ""):
        from station_app.hours.records import STATE_LABELS

        return _coded(STATE_LABELS, "hours")(value)
    if key == "role":
        from station_app.staff.roles import ROLE_LABELS

        return _coded(ROLE_LABELS, "staff")(value)
    if key == "status" and entity_type == "volunteer":
        return _coded(VOLUNTEER_STATUS)(value)
    if key == "status" and entity_type == "certificate":
        from station_app.certificates.register import STATUS_LABELS

        return _coded(STATUS_LABELS, "certificates")(value)
    if key == "gender":
        return _coded(GENDERS)(value)
    if key == "consent_by":
        return _coded(CONSENT_BY)(value)
    if key == "id_type" and isinstance(value, str):
        from station_app.roster.ids import IdType

        try:
            return IdType(value).label
        except ValueError:
            return value
    if key == "stored_in":
        return _coded(STORED_IN)(value)
    if key == "output":
        return _coded(OUTPUTS)(value)
    if key == "fields" and entity_type == "volunteer" and isinstance(value, list):
        return [field_label(entity_type, v) if isinstance(v, str) else v for v in value]
    return value


def _plain(value: Any) -> str:
    """A value with no known meaning: 是/否, （空）, a dash for nothing, times without the T and offset."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return translate("audit", "是") if value else translate("audit", "否")
    if value == "":
        return translate("audit", "（空）")
    if isinstance(value, str) and _ISO_TIME.fullmatch(value):
        return _time(value)
    if isinstance(value, (list, tuple)):
        return "、".join(_plain(v) for v in value) if value else translate("audit", "（无）")
    if isinstance(value, dict):
        return "，".join(f"{k}: {_plain(v)}" for k, v in value.items())
    return str(value)


def field_value(entity_type: str, key: str, value: Any, names: Names | None = None) -> str:
    """*value* of *key* as staff read it. Masking is the caller's: pass values already masked.

    An id that *names* (station_app.audit_view.names.lookup) knows reads ``张三（#12）``.
    """
    if value is None or value == "" or isinstance(value, bool):
        return _plain(value)
    if key in ID_KEYS and (isinstance(value, int) or (isinstance(value, str) and value.isdigit())):
        name = reference_name(names, key, value) if names else ""
        return translate("audit", "{name}（#{id}）").format(name=name, id=value) if name else f"#{value}"
    if key in MINUTE_KEYS and isinstance(value, int):
        return translate("audit", "{n} 分钟").format(n=value)
    if key == "wait_seconds" and isinstance(value, int):
        return translate("audit", "{n} 秒").format(n=value)
    if key == "size" and entity_type == "backup" and isinstance(value, int):
        return _size(value)
    return _plain(_code_label(entity_type, key, value))


def _order(entity_type: str, keys) -> list[str]:
    """The stored keys (sorted alphabetically in the log) in the order the entity's names list them."""
    known: list[str] = []
    for _context, names in _own_labels(entity_type) + [(CONTEXT, COMMON)]:
        known += [k for k in names if k not in known]
    rank = {k: n for n, k in enumerate(known)}
    return sorted(keys, key=lambda k: rank.get(k, len(rank)))


def _span(values: dict[str, Any]) -> str | None:
    """Start and end as one ``2026-11-29 19:00–21:00`` (the end's date only when it is another day)."""
    start, end = values.get("start"), values.get("end")
    if not (isinstance(start, str) and isinstance(end, str) and _ISO_TIME.fullmatch(start)
            and _ISO_TIME.fullmatch(end)):
        return None
    shown_start, shown_end = _time(start), _time(end)
    if shown_start[:10] == shown_end[:10]:
        return f"{shown_start}–{shown_end[11:]}"
    return f"{shown_start} – {shown_end}"


def describe_fields(values: dict[str, Any], entity_type: str = "", entity_id: str = "",
                    names: Names | None = None) -> str:
    """``名称：值；名称：值`` for one before/after dict (already masked).

    A start and an end both present read as one ``时间：2026-11-29 19:00–21:00``;
    volunteers and posts that *names* knows read ``志愿者：张三（#12）``.
    """
    span = _span(values)
    parts = []
    for k in _order(entity_type, values):
        if span is not None and k in ("start", "end"):
            if k == "start":
                parts.append(translate("audit", "时间") + f"：{span}")
            continue
        parts.append(f"{field_label(entity_type, k, entity_id)}：{field_value(entity_type, k, values[k], names)}")
    return "；".join(parts)
