"""表彰奖励: awards a volunteer received, entered by the 站长, sent to the platform, never edited."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from station_app.audit import Actor
from station_app.changes import Identified
from station_app.db.models import Award
from station_app.i18n import translate
from station_app.record_kinds.common import (
    LEVELS,
    add_entry,
    check_day,
    clean,
    code_of,
    correct_entry,
    kind_changes,
    live_volunteer,
    reason_given,
    void_entry,
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


def add_award(inp: AwardInput, actor: Actor) -> Identified:
    """Record an award and queue it for the platform. Administrators only."""
    require_admin(actor, translate("record_kinds", "登记表彰奖励"))
    columns = _columns(inp)
    new_id = add_entry(Award, "award", columns, _snapshot(columns), actor)
    return Identified(new_id, kind_changes(new_id))


def correct_award(award_id: int, inp: AwardInput, reason: str, actor: Actor) -> Identified:
    """Void an award and add the corrected one naming it; who, when and why in the audit log. 站长 only."""
    require_admin(actor, translate("record_kinds", "更正表彰奖励"))
    reason = reason_given(reason, translate("record_kinds", "更正"))
    columns = _columns(inp)
    new_id = correct_entry(Award, "award", award_id, columns, _snapshot(columns), reason, actor)
    return Identified(new_id, kind_changes(award_id, new_id))


def void_award(award_id: int, reason: str, actor: Actor) -> Identified:
    """Void an award entered in error (the platform hears of it). 站长 only."""
    require_admin(actor, translate("record_kinds", "作废表彰奖励"))
    reason = reason_given(reason, translate("record_kinds", "作废"))
    void_entry(Award, "award", award_id, reason, actor)
    return Identified(award_id, kind_changes(award_id))


def awards_of(volunteer_id: int, actor: Actor, include_void: bool = False) -> list[AwardView]:
    """A volunteer's awards, oldest first (void ones only when asked). Any staff member may read them."""
    query = Award.select().where(Award.volunteer == volunteer_id)
    if not include_void:
        query = query.where(Award.state == "valid")
    return [AwardView(r.id, r.uid, r.volunteer_id, r.title, r.level, r.awarded_by, r.awarded_on, r.note, r.state,
                      r.void_reason, r.recorded_by) for r in query.order_by(Award.awarded_on, Award.id)]
