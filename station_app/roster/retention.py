"""数据保留: data beyond the statutory record is kept only for a set time after a volunteer leaves.

《志愿服务条例》 Art. 19 makes a station keep who served (name, ID) and what they
did; it does not need their phone number, guardian's contact, skills or notes
once they have left. The settings say how many months those are kept after a
volunteer becomes inactive (``privacy.extra_keep_months``; the date is set by a
database trigger on every write path). :func:`retention_due` lists who is past
that time; after the 站长 confirms, :func:`erase_expired` erases those fields
the way a deletion on request does (roster/privacy.py): the row is overwritten
(``secure_delete``), the WAL emptied, the plain copies a killed USB backup may
have left removed, and the volunteer's audit-log key destroyed, so the values
the log sealed in earlier entries are gone too (the facts of those entries,
and the name and ID in the roster, stay). The uid goes on a list that a
restore of an older backup applies again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from station_app import config
from station_app.audit import Actor, record
from station_app.changes import Changes, Kind, changed
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import RetentionErasure, Volunteer
from station_app.i18n import translate
from station_app.roster.validation import field_label
from station_app.staff.roles import require_admin
from station_app.station import settings

# The fields beyond the statutory record, and what erasing each one leaves.
EXTRA_FIELDS = {"phone": None, "phone_rev": None, "guardian_name": "", "guardian_phone": None, "skills": "",
                "notes": "", "child_consent_by": ""}
LISTED = ("phone", "guardian_name", "guardian_phone", "skills", "notes")


@dataclass(frozen=True)
class Due:
    volunteer_id: int
    name: str
    inactive_since: dt.date
    fields: tuple[str, ...]  # field labels held past their time

    @property
    def summary(self) -> str:
        return "、".join(self.fields)


@dataclass(frozen=True)
class Erased:
    volunteers: int
    changes: Changes


def keep_months() -> int:
    return max(0, int(settings.get(config.PRIVACY_EXTRA_KEEP_MONTHS)))


def cutoff(today: dt.date, months: int) -> dt.date:
    """The last inactive-since date past its time: *months* before *today*, on the same day of the month
    (or the month's last day)."""
    total = today.year * 12 + today.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    for day in (today.day, 30, 29, 28):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def retention_due(actor: Actor, today: dt.date | None = None) -> list[Due]:
    """Inactive volunteers whose phone, guardian, skills or notes are past their time, longest first."""
    require_admin(actor, translate("retention", "数据保留检查"))
    limit = cutoff(today or dt.date.today(), keep_months())
    has_extra = " OR ".join(f"COALESCE({f}, '') != ''" for f in LISTED)
    rows = database.execute_sql(
        f"SELECT id, name, inactive_since, {', '.join(LISTED)} FROM volunteer"
        f" WHERE status = 'inactive' AND anonymised_at IS NULL AND inactive_since IS NOT NULL"
        f" AND inactive_since <= ? AND ({has_extra}) ORDER BY inactive_since, id", (limit.isoformat(),)).fetchall()
    return [Due(r[0], r[1], dt.date.fromisoformat(str(r[2])),
                tuple(field_label(f) for f, v in zip(LISTED, r[3:]) if v not in (None, ""))) for r in rows]


def erase_expired(volunteer_ids: list[int], actor: Actor, today: dt.date | None = None) -> Erased:
    """Erase the data past its time of *volunteer_ids* (the ones the check listed and the 站长 confirmed).
    Someone who is no longer due (reactivated meanwhile, or erased already) is left alone."""
    require_admin(actor, translate("retention", "删除超过保留期限的个人信息"))
    with database.atomic("IMMEDIATE"):
        due = {d.volunteer_id: d for d in retention_due(actor, today)}
        done = [vid for vid in volunteer_ids if vid in due]
        for vid in done:
            _trim(Volunteer.get_by_id(vid), actor, due[vid].fields, keep_months())
    if done:
        from station_app.roster.privacy import leave_no_copy

        leave_no_copy()
    return Erased(len(done), changed(ids={Kind.VOLUNTEERS: done}) if done else changed())


def _trim(row: Volunteer, actor: Actor, fields: tuple[str, ...], months: int, reason: str = "") -> None:
    from station_app.audit.subjects import destroy_key

    now = now_iso()
    Volunteer.update(extra_erased_at=now, updated_at=now, **EXTRA_FIELDS).where(Volunteer.id == row.id).execute()
    destroy_key(row.uid)
    RetentionErasure.insert(volunteer_uid=row.uid, erased_at=now).on_conflict_ignore().execute()
    record(actor, "volunteer.retention_erase", "volunteer", row.id, None,
           {"fields": list(fields), "inactive_since": str(row.inactive_since), "keep_months": months},
           reason or translate("retention", "停用后超过保留期限"))


def reapply_retention(uids: list[str], actor: Actor) -> list[int]:
    """After a restore (inside its transaction): erase again what was erased for retention after the backup."""
    done = []
    for uid in uids:
        row = Volunteer.get_or_none(Volunteer.uid == uid)
        if row is None:
            RetentionErasure.insert(volunteer_uid=uid, erased_at=now_iso()).on_conflict_ignore().execute()
            continue
        if row.anonymised_at or row.extra_erased_at:
            continue
        _trim(row, actor, tuple(field_label(f) for f in LISTED), keep_months(),
              translate("retention", "恢复备份后重新执行删除（删除发生在备份之后）"))
        done.append(row.id)
    return done
