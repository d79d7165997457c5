"""What the three record kinds share: their labels, text and date checks, and voiding an entry.

Codes are the protocol's (docs/protocol.md 1.1 ``record_kinds``); labels are what staff read and type.
"""

from __future__ import annotations

import datetime as dt
import re

import peewee

from station_app import outbox
from station_app.audit import Actor, record
from station_app.clock import now_iso
from station_app.db.models import Volunteer
from station_app.errors import NotFound, RuleViolation
from station_app.i18n import QT_TRANSLATE_NOOP, translate

LEVELS = {"station": "站级", "street": "街道级", "district": "区级", "city": "市级", "province": "省级",
          "national": "国家级", "other": "其他"}
RATINGS = {
    "excellent": QT_TRANSLATE_NOOP("record_kinds", "优秀"),
    "good": QT_TRANSLATE_NOOP("record_kinds", "良好"),
    "fair": QT_TRANSLATE_NOOP("record_kinds", "一般"),
    "poor": QT_TRANSLATE_NOOP("record_kinds", "较差"),
}
RESULTS = {
    "completed": QT_TRANSLATE_NOOP("record_kinds", "完成"),
    "attended": QT_TRANSLATE_NOOP("record_kinds", "参加"),
}
TYPES = {
    "evaluation": QT_TRANSLATE_NOOP("record_kinds", "评价"),
    "complaint": QT_TRANSLATE_NOOP("record_kinds", "被投诉"),
}
# more ways people write them, as read from the command line and sheets
_SYNONYMS = {"站": "station", "本站": "station", "社区": "station", "社区级": "station", "街道": "street",
             "乡镇": "street", "区": "district", "区县": "district", "县级": "district", "市": "city",
             "省": "province", "国家": "national", "全国": "national", "已完成": "completed", "合格": "completed",
             "结业": "completed", "参训": "attended", "出席": "attended", "已参加": "attended", "投诉": "complaint"}

_BAD_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")
EARLIEST = dt.date(2000, 1, 1)


class KindError(RuleViolation):
    """A training, award or evaluation refused; nothing was written. The message is for staff."""


def code_of(text: str | None, table: dict[str, str], what: str) -> str:
    """The code a label, a synonym or a code names: "街道级" / "街道" / "street" → "street"."""
    value = (text or "").strip()
    for code, label in table.items():
        if value in (code, label) or value.lower() == code:
            return code
    if _SYNONYMS.get(value) in table:
        return _SYNONYMS[value]
    raise KindError(translate("record_kinds", "{what}“{value}”无法识别，应为 {choices} 之一").format(
        what=what, value=value, choices="、".join(table.values())))


def clean(text: str | None, what: str, max_len: int, required: bool = False) -> str:
    """Trimmed text without control characters (the platform refuses them), at most *max_len* long."""
    value = (text or "").strip()
    if required and not value:
        raise KindError(translate("record_kinds", "请填写{what}").format(what=what))
    if _BAD_TEXT.search(value):
        raise KindError(translate("record_kinds", "{what}含有无法识别的控制字符，请重新输入").format(what=what))
    if len(value) > max_len:
        raise KindError(translate("record_kinds", "{what}不能超过 {n} 个字").format(what=what, n=max_len))
    return value


def check_day(day: dt.date | None, what: str, today: dt.date | None = None) -> dt.date:
    if day is None:
        raise KindError(translate("record_kinds", "请填写{what}").format(what=what))
    today = today or dt.date.today()
    if day > today:
        raise KindError(translate("record_kinds", "{what} {day} 晚于今天，不能预先记录").format(what=what, day=day))
    if day < EARLIEST:
        raise KindError(translate("record_kinds", "{what} {day} 早于 2000 年").format(what=what, day=day))
    return day


def live_volunteer(volunteer_id: int) -> Volunteer:
    """The volunteer an entry is about: on the roster and not deleted on request."""
    row = Volunteer.get_or_none(Volunteer.id == volunteer_id)
    if row is None:
        raise NotFound(volunteer_id)
    if row.anonymised_at:
        raise KindError(translate("record_kinds", "这名志愿者的信息已按本人申请删除，不能再添加记录"))
    return row


def reason_given(reason: str | None, act: str) -> str:
    text = clean(reason, translate("record_kinds", "原因"), 500)
    if not text:
        raise KindError(translate("record_kinds", "{act}须填写原因").format(act=act))
    return text


def valid_row(model: type[peewee.Model], entry_id: int) -> peewee.Model:
    row = model.get_or_none(model.id == entry_id)
    if row is None:
        raise NotFound(entry_id)
    if row.state != "valid":
        raise KindError(translate("record_kinds", "这条记录已作废，不能再作废或更正"))
    return row


def void_row(model: type[peewee.Model], kind: str, row: peewee.Model, reason: str, actor: Actor,
             replaced_by: int | None = None) -> None:
    """Mark *row* void with who, when and why, in the audit log and, if the platform has it, a void
    in the outbox. Inside the caller's transaction."""
    now = now_iso()
    model.update(state="void", void_reason=reason, voided_by=str(actor), voided_at=now).where(
        model.id == row.id).execute()
    after = {"state": "void", "volunteer_id": row.volunteer_id}
    if replaced_by is not None:
        after["replaced_by"] = replaced_by
    record(actor, f"{model._meta.table_name}.void", model._meta.table_name, row.id,
           {"state": "valid", "volunteer_id": row.volunteer_id}, after, reason)
    outbox.enqueue_kind_void(kind, row.id, reason)
