"""Roster operations: the only way volunteers are created, changed or listed.

Every write takes the acting person, runs the full validation again, and
commits the change with its audit entry in one transaction. Reads return plain
dataclasses so no lazy query ever runs on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

import peewee

from station_app.audit import Actor, record
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import Volunteer
from station_app.errors import NotFound, ValidationFailed
from station_app.i18n import translate
from station_app.roster.ids import IdType, mask_id_number
from station_app.roster.phone import mask_phone
from station_app.roster.search import search_condition
from station_app.roster.search_keys import pinyin_keys, reversed_or_none
from station_app.roster.validation import VolunteerInput, check_volunteer

# Fields shown in the audit log and returned to callers.
STORED_FIELDS = (
    "name", "id_type", "id_number", "gender", "birth_date", "phone", "platform_no", "team", "skills",
    "guardian_name", "guardian_phone", "consent_date", "consent_by", "status", "notes",
)


@dataclass(frozen=True)
class VolunteerRecord:
    """One volunteer with every stored field (for the edit dialog and exports)."""

    id: int
    uid: str
    values: dict[str, Any]
    created_at: str
    updated_at: str

    @property
    def name(self) -> str:
        return self.values["name"]


@dataclass(frozen=True)
class RosterRow:
    """What one line of the roster table shows: numbers already masked."""

    id: int
    name: str
    gender: str
    birth_date: dt.date | None
    id_type: str
    id_masked: str
    phone_masked: str
    platform_no: str
    team: str
    status: str
    has_consent: bool


@dataclass(frozen=True)
class RosterPage:
    rows: list[RosterRow]
    total: int
    offset: int


class DuplicateVolunteer(ValueError):
    """The ID (or platform number) is already on the roster; ``existing`` is that person."""

    def __init__(self, existing: VolunteerRecord, field: str):
        self.existing = existing
        self.field = field
        what = translate("roster", "证件号码") if field == "id_number" else translate("roster", "志愿者编号")
        super().__init__(
            translate("roster", "{what}已登记：{name}（名册编号 {id}），请打开已有记录，不要重复录入").format(
                what=what, name=existing.name, id=existing.id
            )
        )


def _record(row: Volunteer) -> VolunteerRecord:
    return VolunteerRecord(
        id=row.id,
        uid=row.uid,
        values={f: getattr(row, f) for f in STORED_FIELDS},
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _derived_columns(values: dict[str, Any]) -> dict[str, Any]:
    full, initials = pinyin_keys(values["name"])
    return {
        "name_pinyin": full,
        "name_initials": initials,
        "id_rev": values["id_number"][::-1],
        "phone_rev": reversed_or_none(values["phone"]),
        "platform_rev": reversed_or_none(values["platform_no"]),
    }


def _checked_values(inp: VolunteerInput) -> dict[str, Any]:
    checked = check_volunteer(inp)
    if checked.errors:
        raise ValidationFailed(checked.errors)
    return checked.values


def _refuse_duplicates(values: dict[str, Any], own_id: int | None) -> None:
    clash = Volunteer.get_or_none(
        (Volunteer.id_type == values["id_type"]) & (Volunteer.id_number == values["id_number"])
    )
    if clash is not None and clash.id != own_id:
        raise DuplicateVolunteer(_record(clash), "id_number")
    if values["platform_no"]:
        clash = Volunteer.get_or_none(Volunteer.platform_no == values["platform_no"])
        if clash is not None and clash.id != own_id:
            raise DuplicateVolunteer(_record(clash), "platform_no")


def add_volunteer(inp: VolunteerInput, actor: Actor, reason: str = "") -> VolunteerRecord:
    """Register a volunteer. Raises ValidationFailed or DuplicateVolunteer; writes nothing then."""
    values = _checked_values(inp)
    now = now_iso()
    with database.atomic():
        _refuse_duplicates(values, None)
        row = Volunteer.create(uid=str(uuid.uuid4()), created_at=now, updated_at=now,
                               **values, **_derived_columns(values))
        record(actor, "volunteer.create", "volunteer", row.id, None, _audit_view(values), reason)
    return get_volunteer(row.id)


def update_volunteer(volunteer_id: int, inp: VolunteerInput, actor: Actor, reason: str = "") -> VolunteerRecord:
    values = _checked_values(inp)
    with database.atomic():
        row = Volunteer.get_or_none(Volunteer.id == volunteer_id)
        if row is None:
            raise NotFound(volunteer_id)
        _refuse_duplicates(values, volunteer_id)
        before = _audit_view({f: getattr(row, f) for f in STORED_FIELDS})
        after = _audit_view(values)
        if before == after:
            return _record(row)
        Volunteer.update(updated_at=now_iso(), **values, **_derived_columns(values)).where(
            Volunteer.id == volunteer_id
        ).execute()
        record(actor, "volunteer.update", "volunteer", volunteer_id, before, after, reason)
    return get_volunteer(volunteer_id)


def set_status(volunteer_id: int, status: str, actor: Actor, reason: str = "") -> VolunteerRecord:
    """Deactivate (``inactive``) or reactivate (``active``) without touching other fields."""
    if status not in ("active", "inactive"):
        raise ValueError(status)
    with database.atomic():
        row = Volunteer.get_or_none(Volunteer.id == volunteer_id)
        if row is None:
            raise NotFound(volunteer_id)
        if row.status != status:
            Volunteer.update(status=status, updated_at=now_iso()).where(Volunteer.id == volunteer_id).execute()
            action = "volunteer.deactivate" if status == "inactive" else "volunteer.reactivate"
            record(actor, action, "volunteer", volunteer_id, {"status": row.status}, {"status": status}, reason)
    return get_volunteer(volunteer_id)


def _audit_view(values: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in values.items()}


def get_volunteer(volunteer_id: int) -> VolunteerRecord:
    row = Volunteer.get_or_none(Volunteer.id == volunteer_id)
    if row is None:
        raise NotFound(volunteer_id)
    return _record(row)


def find_by_id_number(id_type: str | IdType, id_number: str) -> VolunteerRecord | None:
    row = Volunteer.get_or_none((Volunteer.id_type == IdType(id_type).value) & (Volunteer.id_number == id_number))
    return _record(row) if row else None


_ROW_COLUMNS = (
    Volunteer.id, Volunteer.name, Volunteer.gender, Volunteer.birth_date, Volunteer.id_type,
    Volunteer.id_number, Volunteer.phone, Volunteer.platform_no, Volunteer.team, Volunteer.status,
    Volunteer.consent_date,
)


def _filtered(query: str, include_inactive: bool) -> peewee.ModelSelect:
    q = Volunteer.select(*_ROW_COLUMNS)
    cond = search_condition(query)
    if cond is not None:
        q = q.where(cond)
    if not include_inactive:
        q = q.where(Volunteer.status == "active")
    return q


def search_roster(query: str = "", include_inactive: bool = False, offset: int = 0, limit: int = 200,
                  with_total: bool = True) -> RosterPage:
    """One page of the roster matching *query*, in pinyin order, numbers masked."""
    q = _filtered(query, include_inactive)
    page = q.order_by(Volunteer.name_pinyin, Volunteer.id).limit(limit).offset(offset).tuples()
    rows = [
        RosterRow(
            id=r[0], name=r[1], gender=r[2], birth_date=_as_date(r[3]), id_type=r[4],
            id_masked=mask_id_number(r[5]), phone_masked=mask_phone(r[6]), platform_no=r[7] or "",
            team=r[8], status=r[9], has_consent=r[10] is not None,
        )
        for r in page
    ]
    total = q.count() if with_total else -1
    return RosterPage(rows=rows, total=total, offset=offset)


def _as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def roster_count(include_inactive: bool = True) -> int:
    q = Volunteer.select()
    if not include_inactive:
        q = q.where(Volunteer.status == "active")
    return q.count()


def teams() -> list[str]:
    """Team names in use, for the dialog's completer."""
    q = Volunteer.select(Volunteer.team).where(Volunteer.team != "").distinct().order_by(Volunteer.team)
    return [t for (t,) in q.tuples()]
