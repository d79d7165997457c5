"""Personal-information rights (个人信息保护法): seeing full numbers, deletion on request, extra consent.

- Full ID and phone numbers are shown only to administrators who ask, and each
  asking is audit-logged (which numbers, not the numbers themselves).
- Deletion on request anonymises the volunteer: every field that could identify
  them is erased, the row stays so that their service records still count in the
  station's statistics (hours by post, team, month) without naming anyone.
- Skills and notes are data beyond what the rules need: kept only with the
  volunteer's agreement, and erased when they withdraw it.
"""

from __future__ import annotations

from dataclasses import dataclass

from station_app.audit import Actor, record
from station_app.changes import Changes, Kind, changed
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import Certificate, Volunteer
from station_app.errors import NotFound
from station_app.i18n import translate
from station_app.staff.roles import require_admin


def anonymised_name(volunteer_id: int) -> str:
    return translate("roster", "已删除志愿者#{id}").format(id=volunteer_id)


def _get(volunteer_id: int) -> Volunteer:
    row = Volunteer.get_or_none(Volunteer.id == volunteer_id)
    if row is None:
        raise NotFound(volunteer_id)
    return row


def reveal_numbers(volunteer_id: int, actor: Actor, reason: str = "") -> dict[str, str]:
    """The full ID, phone and guardian's phone of one volunteer, for an administrator who asks. Audit-logged."""
    require_admin(actor, translate("roster", "查看完整的证件号码和手机号码"))
    with database.atomic():
        row = _get(volunteer_id)
        numbers = {"id_number": row.id_number if not row.anonymised_at else "",
                   "phone": row.phone or "", "guardian_phone": row.guardian_phone or ""}
        shown = sorted(k for k, v in numbers.items() if v)
        record(actor, "volunteer.reveal", "volunteer", volunteer_id, None, {"fields": shown}, reason)
    return numbers


def is_anonymised(volunteer_id: int) -> bool:
    return _get(volunteer_id).anonymised_at is not None


@dataclass(frozen=True)
class Anonymised:
    name: str  # the placeholder the row now carries
    changes: Changes


def anonymise_volunteer(volunteer_id: int, reason: str, actor: Actor) -> Anonymised:
    """Delete a volunteer's personal data on request; say the name the row now carries.

    The service records stay (linked to the anonymised row), so totals by post,
    team and month do not change. Certificates in the register keep their serial,
    hours and period but lose the name and masked ID. Administrators only; a
    reason is required and goes into the audit log, the erased data does not.
    """
    require_admin(actor, translate("roster", "删除志愿者的个人信息"))
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValueError(translate("roster", "删除个人信息须填写原因（如：本人书面申请，日期）"))
    with database.atomic("IMMEDIATE"):
        row = _get(volunteer_id)
        if row.anonymised_at:
            raise ValueError(translate("roster", "这名志愿者的个人信息已经删除"))
        unsent = _unsent_records(volunteer_id)
        if unsent:
            raise ValueError(translate("roster", "这名志愿者还有 {n} 条已审核的服务记录没有交给城市平台（依法须录入平台）。"
                                "请先同步（或导出待上传记录手工上传）后再删除个人信息。").format(n=unsent))
        name = anonymised_name(volunteer_id)
        now = now_iso()
        Volunteer.update(
            name=name, name_pinyin="", name_initials="", id_number=f"#{volunteer_id}", id_rev="", gender="",
            birth_date=None, phone=None, phone_rev=None, platform_no=None, platform_rev=None, skills="",
            guardian_name="", guardian_phone=None, consent_by="", notes="", status="inactive",
            extra_consent=False, anonymised_at=now, updated_at=now,
        ).where(Volunteer.id == volunteer_id).execute()
        certificates = Certificate.update(volunteer_name=name, id_masked="", platform_no=None).where(
            Certificate.volunteer == volunteer_id).execute()
        record(actor, "volunteer.anonymise", "volunteer", volunteer_id, None,
               {"name": name, "certificates": certificates}, reason)
    also = (Kind.CERTIFICATES,) if certificates else ()
    return Anonymised(name, changed(*also, ids={Kind.VOLUNTEERS: [volunteer_id]}))


def _unsent_records(volunteer_id: int) -> int:
    """Records the platform must still receive under this volunteer's identity (条例 Art. 19)."""
    return database.execute_sql(
        "SELECT COUNT(*) FROM outbox o JOIN service_record r ON r.id = o.record_id"
        " WHERE r.volunteer_id = ? AND o.state IN ('pending', 'batched')", (volunteer_id,)).fetchone()[0]


def set_extra_consent(volunteer_id: int, agreed: bool, actor: Actor, reason: str = "") -> Changes:
    """Record the volunteer's agreement to keep skills and notes; withdrawing it erases them."""
    with database.atomic():
        row = _get(volunteer_id)
        if bool(row.extra_consent) == agreed:
            return changed()
        changes = {"extra_consent": agreed, "updated_at": now_iso()}
        if not agreed:
            changes.update(skills="", notes="")
        Volunteer.update(**changes).where(Volunteer.id == volunteer_id).execute()
        record(actor, "volunteer.extra_consent" if agreed else "volunteer.extra_consent_withdrawn", "volunteer",
               volunteer_id, {"extra_consent": bool(row.extra_consent)}, {"extra_consent": agreed}, reason)
    return changed(ids={Kind.VOLUNTEERS: [volunteer_id]})
