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

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from station_app.audit import Actor, record
from station_app.changes import Changes, Kind, changed
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import Certificate, Erasure, Volunteer
from station_app.errors import NotFound
from station_app.i18n import translate
from station_app.outgoing_copies import clear_outgoing
from station_app.staff.roles import require_admin

if TYPE_CHECKING:
    from station_app.roster.service import VolunteerRecord


def anonymised_name(volunteer_id: int) -> str:
    return translate("roster", "已删除志愿者#{id}").format(id=volunteer_id)


def _get(volunteer_id: int) -> Volunteer:
    row = Volunteer.get_or_none(Volunteer.id == volunteer_id)
    if row is None:
        raise NotFound(volunteer_id)
    return row


NUMBERS = ("id_number", "phone", "guardian_phone")


def reveal_volunteer(volunteer_id: int, actor: Actor, reason: str = "",
                     fields: tuple[str, ...] = (*NUMBERS, "birth_date")) -> VolunteerRecord:
    """One volunteer with *fields* whole (numbers, birth date): the one read that gives them, for an
    administrator who asks (to correct an ID, to read a phone number out). Audit-logged: which fields,
    never the values. Fields not asked for stay masked."""
    from station_app.roster.service import get_volunteer, stored_volunteer

    require_admin(actor, translate("roster", "查看完整的证件号码和手机号码"))
    with database.atomic():
        full = stored_volunteer(volunteer_id)
        if full.anonymised:
            raise ValueError(translate("roster", "这名志愿者的个人信息已按本人要求删除"))
        shown = sorted(k for k in fields if full.values.get(k))
        record(actor, "volunteer.reveal", "volunteer", volunteer_id, None, {"fields": shown}, reason)
    if set(fields) >= {*NUMBERS, "birth_date"}:
        return full
    masked = get_volunteer(volunteer_id, actor)
    return replace(masked, values={**masked.values, **{k: full.values[k] for k in fields}})


def reveal_numbers(volunteer_id: int, actor: Actor, reason: str = "") -> dict[str, str]:
    """The full ID, phone and guardian's phone of one volunteer (through :func:`reveal_volunteer`)."""
    values = reveal_volunteer(volunteer_id, actor, reason, fields=NUMBERS).values
    return {k: values.get(k) or "" for k in NUMBERS}


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
    Nothing of the person is left to recover afterwards: see :func:`_erase`.
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
            raise ValueError(translate("roster", "这名志愿者还有 {n} 条已审核的记录（服务、培训、表彰或评价）没有交给城市平台（依法须录入平台）。"
                                "请先同步（或导出待上传记录手工上传）后再删除个人信息。").format(n=unsent))
        name, certificates = _erase(row, actor, reason)
    leave_no_copy()
    also = (Kind.CERTIFICATES,) if certificates else ()
    return Anonymised(name, changed(*also, ids={Kind.VOLUNTEERS: [volunteer_id]}))


# Free text staff type about service, which may name the person: their name is replaced there too.
_FREE_TEXT = (("service_record", "content"), ("service_record", "reject_reason"), ("service_record", "void_reason"),
              ("shift_signup", "note"), ("certificate_record", "content"), ("outbox", "reason"), ("award", "note"),
              ("award", "void_reason"), ("evaluation", "comment"), ("evaluation", "void_reason"),
              ("training_attendance", "void_reason"))
# the outbox items about one volunteer, whatever their kind (service, and the 1.1 record kinds)
_THEIR_OUTBOX = ("(record_id IN (SELECT id FROM service_record WHERE volunteer_id = ?1)"
                 " OR attendance_id IN (SELECT id FROM training_attendance WHERE volunteer_id = ?1)"
                 " OR award_id IN (SELECT id FROM award WHERE volunteer_id = ?1)"
                 " OR evaluation_id IN (SELECT id FROM evaluation WHERE volunteer_id = ?1))")


def _erase(row: Volunteer, actor: Actor, reason: str) -> tuple[str, int]:
    """Inside the caller's transaction: everything that could identify the person, everywhere the app keeps
    it. The row stays under a placeholder (their hours still count); the register's certificates lose name
    and masked ID; the name is replaced in free text; the platform's messages about their records (which
    may quote their number) are dropped; the key that seals them in the audit log is destroyed; and the
    random uid goes on the erasure list, so a restore of an older backup erases them again."""
    from station_app.audit.subjects import destroy_key

    volunteer_id, old_name = row.id, row.name
    name = anonymised_name(volunteer_id)
    now = now_iso()
    Volunteer.update(
        name=name, name_pinyin="", name_initials="", id_number=f"#{volunteer_id}", id_rev="", gender="",
        birth_date=None, phone=None, phone_rev=None, platform_no=None, platform_rev=None, skills="",
        guardian_name="", guardian_phone=None, consent_by="", child_consent_by="", notes="", status="inactive",
        pull_problem=None,
        extra_consent=False, anonymised_at=now, updated_at=now,
    ).where(Volunteer.id == volunteer_id).execute()
    # the signed message names the person too: the register keeps the signature, the paper keeps the fields
    certificates = Certificate.update(volunteer_name=name, id_masked="", platform_no=None, signed_message=None).where(
        Certificate.volunteer == volunteer_id).execute()
    if len(old_name) >= 2:
        for table, column in _FREE_TEXT:
            database.execute_sql(f"UPDATE {table} SET {column} = replace({column}, ?, ?) WHERE instr({column}, ?) > 0",
                                 (old_name, name, old_name))
    database.execute_sql(f"UPDATE outbox SET result_message = '' WHERE {_THEIR_OUTBOX}", (volunteer_id,))
    destroy_key(row.uid)
    Erasure.insert(volunteer_uid=row.uid, erased_at=now).on_conflict_ignore().execute()
    record(actor, "volunteer.anonymise", "volunteer", volunteer_id, None, {"certificates": certificates}, reason)
    return name, certificates


def leave_no_copy() -> None:
    """After an erasure commits: the WAL emptied, and the plain copy a killed USB backup left (which would
    still hold the erased values) removed from the private staging folder."""
    checkpoint_wal()
    clear_outgoing(Path(database.database).parent)


def checkpoint_wal() -> None:
    """Move everything committed into the main file and empty the WAL, so the erased values do not linger
    there in an older frame (the main file's freed space is already zeroed by ``secure_delete``)."""
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def erased_uids() -> list[str]:
    """The erasure list: random uids only, so it names no one."""
    return [u for (u,) in Erasure.select(Erasure.volunteer_uid).order_by(Erasure.id).tuples()]


def reapply_erasures(uids: list[str], actor: Actor) -> list[int]:
    """After a restore: erase again everyone erased since the backup was made (in this database's
    transaction). Their approved hours reached the platform before they were erased (deletion waits for
    that), so what the older database still had waiting for them is marked sent, never sent again under a
    placeholder identity. Returns the volunteer ids erased again."""
    done = []
    for uid in uids:
        row = Volunteer.get_or_none(Volunteer.uid == uid)
        if row is None or row.anonymised_at:
            if row is None:
                Erasure.insert(volunteer_uid=uid, erased_at=now_iso()).on_conflict_ignore().execute()
            continue
        database.execute_sql(
            f"UPDATE outbox SET state = 'done', done_at = ?2 WHERE state IN ('pending', 'batched') AND {_THEIR_OUTBOX}",
            (row.id, now_iso()))
        _erase(row, actor, translate("roster", "恢复备份后重新执行删除（删除发生在备份之后）"))
        done.append(row.id)
    return done


def _unsent_records(volunteer_id: int) -> int:
    """Records the platform must still receive under this volunteer's identity (条例 Art. 19)."""
    return database.execute_sql(f"SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'batched') AND {_THEIR_OUTBOX}",
                                (volunteer_id,)).fetchone()[0]


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
