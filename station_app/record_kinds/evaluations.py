"""评价 and 被投诉: how a volunteer's service was judged over a period, and complaints with how they were settled.

An evaluation carries a rating (优秀/良好/一般/较差); a complaint carries none, and its comment says what
was complained of and how it was settled. Entered by the 站长, sent to the platform, never edited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from station_app.audit import Actor
from station_app.changes import Identified
from station_app.db.models import Evaluation
from station_app.i18n import translate
from station_app.record_kinds.common import (
    RATINGS,
    TYPES,
    KindError,
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
class EvaluationInput:
    volunteer_id: int
    period_start: dt.date | None
    period_end: dt.date | None
    rating: str | None  # a code of RATINGS or its label; None (or "") for a complaint
    comment: str = ""
    evaluated_by: str = ""
    type: str = "evaluation"  # evaluation | complaint (or 评价 / 被投诉)


@dataclass(frozen=True)
class EvaluationView:
    id: int
    uid: str
    volunteer_id: int
    type: str
    period_start: dt.date
    period_end: dt.date
    rating: str | None
    comment: str
    evaluated_by: str
    state: str
    void_reason: str
    recorded_by: str

    @property
    def type_label(self) -> str:
        return translate("record_kinds", TYPES.get(self.type, self.type))

    @property
    def rating_label(self) -> str:
        return translate("record_kinds", RATINGS[self.rating]) if self.rating else ""


def _columns(inp: EvaluationInput) -> dict:
    live_volunteer(inp.volunteer_id)
    kind = code_of(inp.type, TYPES, translate("record_kinds", "类型"))
    first = check_day(inp.period_start, translate("record_kinds", "评价期起始日"))
    last = check_day(inp.period_end, translate("record_kinds", "评价期截止日"))
    if last < first:
        raise KindError(translate("record_kinds", "评价期截止日 {last} 早于起始日 {first}").format(last=last, first=first))
    if kind == "evaluation":
        rating: str | None = code_of(inp.rating, RATINGS, translate("record_kinds", "评价等次"))
        comment = clean(inp.comment, translate("record_kinds", "评语"), 5000)
    else:
        if (inp.rating or "").strip():
            raise KindError(translate("record_kinds", "投诉记录没有评价等次，请只写明投诉内容和处理结果"))
        rating = None
        comment = clean(inp.comment, translate("record_kinds", "投诉内容和处理结果"), 5000, required=True)
    return {"volunteer": inp.volunteer_id, "type": kind, "period_start": first, "period_end": last, "rating": rating,
            "comment": comment, "evaluated_by": clean(inp.evaluated_by, translate("record_kinds", "评价人"), 100)}


def _snapshot(columns: dict) -> dict:
    return {"volunteer_id": columns["volunteer"], "type": columns["type"], "period_start": str(columns["period_start"]),
            "period_end": str(columns["period_end"]), "rating": columns["rating"], "comment": columns["comment"],
            "evaluated_by": columns["evaluated_by"]}


def add_evaluation(inp: EvaluationInput, actor: Actor) -> Identified:
    """Record an evaluation or a complaint and queue it for the platform. Administrators only."""
    require_admin(actor, translate("record_kinds", "登记评价或投诉"))
    columns = _columns(inp)
    new_id = add_entry(Evaluation, "evaluation", columns, _snapshot(columns), actor)
    return Identified(new_id, kind_changes(new_id))


def correct_evaluation(evaluation_id: int, inp: EvaluationInput, reason: str, actor: Actor) -> Identified:
    """Void an evaluation and add the corrected one naming it. 站长 only."""
    require_admin(actor, translate("record_kinds", "更正评价或投诉"))
    reason = reason_given(reason, translate("record_kinds", "更正"))
    columns = _columns(inp)
    new_id = correct_entry(Evaluation, "evaluation", evaluation_id, columns, _snapshot(columns), reason, actor)
    return Identified(new_id, kind_changes(evaluation_id, new_id))


def void_evaluation(evaluation_id: int, reason: str, actor: Actor) -> Identified:
    """Void an evaluation entered in error (the platform hears of it). 站长 only."""
    require_admin(actor, translate("record_kinds", "作废评价或投诉"))
    reason = reason_given(reason, translate("record_kinds", "作废"))
    void_entry(Evaluation, "evaluation", evaluation_id, reason, actor)
    return Identified(evaluation_id, kind_changes(evaluation_id))


def evaluations_of(volunteer_id: int, actor: Actor, include_void: bool = False) -> list[EvaluationView]:
    """A volunteer's evaluations and complaints, oldest period first. Any staff member may read them."""
    query = Evaluation.select().where(Evaluation.volunteer == volunteer_id)
    if not include_void:
        query = query.where(Evaluation.state == "valid")
    return [EvaluationView(r.id, r.uid, r.volunteer_id, r.type, r.period_start, r.period_end, r.rating, r.comment,
                           r.evaluated_by, r.state, r.void_reason, r.recorded_by)
            for r in query.order_by(Evaluation.period_start, Evaluation.id)]
