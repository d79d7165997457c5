"""表彰奖励: awards a volunteer received, entered by the 站长, sent to the platform, never edited."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from station_app import outbox
from station_app.audit import Actor, record
from station_app.changes import Changes, Identified, Kind, changed
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import Award
from station_app.i18n import translate
from station_app.record_kinds.common import (
    LEVELS,
    check_day,
    clean,
    code_of,
    live_volunteer,
    reason_given,
    valid_row,
    void_row,
)
from station_app.staff.roles import require_admin


@dataclass(frozen=True)
class AwardInput:
    volunteer_id: int
    title: str
    level: str  # a code of LEVELS or its label
    awarded_by: str
    awarded_on: dt.date | None
    note: str = ""


@dataclass(frozen=True)
class AwardView:
    id: int
    uid: str
    volunteer_id: int
    title: str
    level: str
    awarded_by: str
    awarded_on: dt.date
    note: str
    state: str
    void_reason: str
    recorded_by: str

    @property
    def level_label(self) -> str:
        return translate("record_kinds", LEVELS.get(self.level, self.level))


def _columns(inp: AwardInput) -> dict:
    live_volunteer(inp.volunteer_id)
    return {"volunteer": inp.volunteer_id,
            "title": clean(inp.title, translate("record_kinds", "表彰名称"), 200, required=True),
            "level": code_of(inp.level, LEVELS, translate("record_kinds", "表彰级别")),
            "awarded_by": clean(inp.awarded_by, translate("record_kinds", "授予单位"), 200, required=True),
            "awarded_on": check_day(inp.awarded_on, translate("record_kinds", "表彰日期")),
            "note": clean(inp.note, translate("record_kinds", "备注"), 2000)}


def _snapshot(columns: dict) -> dict:
    return {"volunteer_id": columns["volunteer"], "title": columns["title"], "level": columns["level"],
            "awarded_by": columns["awarded_by"], "awarded_on": str(columns["awarded_on"]), "note": columns["note"]}


def _changes(*ids: int) -> Changes:
    return changed(Kind.RECORD_KINDS, Kind.OUTBOX, ids={Kind.RECORD_KINDS: ids})


def add_award(inp: AwardInput, actor: Actor) -> Identified:
    """Record an award and queue it for the platform. Administrators only."""
    require_admin(actor, translate("record_kinds", "登记表彰奖励"))
    columns = _columns(inp)
    with database.atomic("IMMEDIATE"):
        row = Award.create(uid=str(uuid.uuid4()), recorded_by=str(actor), created_at=now_iso(), **columns)
        record(actor, "award.add", "award", row.id, None, _snapshot(columns))
        outbox.enqueue_kind_add("award", row.id)
    return Identified(row.id, _changes(row.id))


def correct_award(award_id: int, inp: AwardInput, reason: str, actor: Actor) -> Identified:
    """Void an award and add the corrected one naming it; who, when and why in the audit log. 站长 only."""
    require_admin(actor, translate("record_kinds", "更正表彰奖励"))
    reason = reason_given(reason, translate("record_kinds", "更正"))
    columns = _columns(inp)
    with database.atomic("IMMEDIATE"):
        old = valid_row(Award, award_id)
        row = Award.create(uid=str(uuid.uuid4()), recorded_by=str(actor), created_at=now_iso(), corrects=award_id,
                           **columns)
        void_row(Award, "award", old, reason, actor, replaced_by=row.id)
        record(actor, "award.correct", "award", row.id, None, {**_snapshot(columns), "corrects": award_id}, reason)
        outbox.enqueue_kind_add("award", row.id)
    return Identified(row.id, _changes(award_id, row.id))


def void_award(award_id: int, reason: str, actor: Actor) -> Identified:
    """Void an award entered in error (the platform hears of it). 站长 only."""
    require_admin(actor, translate("record_kinds", "作废表彰奖励"))
    reason = reason_given(reason, translate("record_kinds", "作废"))
    with database.atomic("IMMEDIATE"):
        void_row(Award, "award", valid_row(Award, award_id), reason, actor)
    return Identified(award_id, _changes(award_id))


def awards_of(volunteer_id: int, actor: Actor, include_void: bool = False) -> list[AwardView]:
    """A volunteer's awards, oldest first (void ones only when asked). Any staff member may read them."""
    query = Award.select().where(Award.volunteer == volunteer_id)
    if not include_void:
        query = query.where(Award.state == "valid")
    return [AwardView(r.id, r.uid, r.volunteer_id, r.title, r.level, r.awarded_by, r.awarded_on, r.note, r.state,
                      r.void_reason, r.recorded_by) for r in query.order_by(Award.awarded_on, Award.id)]
