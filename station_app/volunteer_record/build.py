"""What a volunteer's own record holds, read once with the actor (Qt-free, no file written)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from station_app.audit import Actor
from station_app.hours.times import hours_text
from station_app.hours.totals import volunteer_history
from station_app.i18n import translate
from station_app.record_kinds.awards import AwardView, awards_of
from station_app.record_kinds.evaluations import EvaluationView, evaluations_of
from station_app.record_kinds.training import TrainingView, trainings_of
from station_app.roster.ids import IdType
from station_app.roster.privacy import reveal_volunteer
from station_app.roster.service import get_volunteer
from station_app.station.profile import load_profile


@dataclass(frozen=True)
class ServiceLine:
    day: str
    time: str
    post: str
    content: str
    hours: str


@dataclass(frozen=True)
class VolunteerRecordDoc:
    station: str
    made_by: str
    made_on: dt.date
    basics: list[tuple[str, str]]  # label, value (masked unless revealed)
    service: list[ServiceLine]
    service_hours: str
    training: list[TrainingView]
    awards: list[AwardView]
    evaluations: list[EvaluationView]
    full_numbers: bool

    @property
    def name(self) -> str:
        return self.basics[0][1]


def build_record(volunteer_id: int, actor: Actor, full_numbers: bool = False) -> VolunteerRecordDoc:
    """The record as *actor* may see it: numbers masked, or whole for a 站长 who asks (reveal, audited)."""
    person = reveal_volunteer(volunteer_id, actor, translate("volunteer_record", "出具个人志愿服务记录")) \
        if full_numbers else get_volunteer(volunteer_id, actor)
    v = person.values
    id_label = IdType(v["id_type"]).label if v["id_type"] in IdType.__members__ else v["id_type"]
    basics = [(translate("volunteer_record", "姓名"), v["name"]),
              (translate("volunteer_record", "性别"), {"M": "男", "F": "女"}.get(v.get("gender") or "", v.get("gender") or "")),
              (translate("volunteer_record", "证件"), f"{id_label} {v['id_number']}"),
              (translate("volunteer_record", "手机号码"), v.get("phone") or ""),
              (translate("volunteer_record", "平台志愿者编号"), v.get("platform_no") or ""),
              (translate("volunteer_record", "所属队伍"), v.get("team") or "")]
    if not full_numbers and person.age_band:
        basics.insert(2, (translate("volunteer_record", "年龄段"), person.age_band))
    history = volunteer_history(volunteer_id)
    service = [ServiceLine(r.start.strftime("%Y-%m-%d"), f"{r.start:%H:%M}–{r.end:%H:%M}" if r.end else "",
                           r.post_name, r.content, hours_text(r.minutes))
               for r in sorted(history.records, key=lambda r: r.start) if r.state == "approved" and r.counts]
    profile = load_profile()
    return VolunteerRecordDoc(profile.name if profile else "", str(actor), dt.date.today(), basics, service,
                              hours_text(history.approved_minutes), trainings_of(volunteer_id, actor),
                              awards_of(volunteer_id, actor), evaluations_of(volunteer_id, actor), full_numbers)
