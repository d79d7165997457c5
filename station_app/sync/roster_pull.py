"""Roster pull: the platform's volunteer changes for this station, page by page with a cursor.

Each page and its next cursor are stored in one transaction, so a crash
between pages repeats at most one page, and applying a page twice changes
nothing. A platform change never overwrites a local edit the platform has not
seen yet (DHIS2's rule): a volunteer whose row changed after it last agreed with
the platform keeps the station's values; only a missing volunteer number is
filled in. Tombstones (``deleted``) make the volunteer inactive: the station
keeps their records but stops offering them for check-in.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from station_app.audit import Actor
from station_app.audit.log import record_many
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import Volunteer
from station_app.masking import mask_value
from station_app.roster.ids import IdNumberError, parse_id
from station_app.roster.phone import PhoneError, normalize_mobile
from station_app.roster.service import derived_columns
from station_app.roster.validation import VolunteerInput, check_volunteer
from station_app.sync import state
from station_app.sync.client import Answer

PLATFORM = Actor("城市志愿服务平台", via="sync", role="operator")
MAX_RESTARTS = 2


def pull_roster(fetch: Callable[[str | None], Answer]) -> int:
    """Pull until ``has_more`` is false; return how many volunteers changed here. *fetch* retries for us."""
    changed, restarts = 0, 0
    while True:
        cursor = state.get(state.ROSTER_CURSOR)
        answer = fetch(cursor)
        if answer.kind == "gone":  # 410 cursor_expired: start again from the beginning
            restarts += 1
            state.put(state.ROSTER_CURSOR, None)
            if restarts > MAX_RESTARTS:
                return changed
            continue
        items = answer.data.get("items") or []
        with database.atomic("IMMEDIATE"):
            changed += apply_page(items)
            state.put(state.ROSTER_CURSOR, answer.data.get("next_cursor") or cursor)
        if not answer.data.get("has_more") or not items:
            return changed


def apply_page(items: list[dict]) -> int:
    """Apply one page of changes (inside the caller's transaction); return how many volunteers changed."""
    now, audit = now_iso(), []
    for item in items:
        change = _apply(item, now)
        if change:
            audit.append(change)
    if audit:
        record_many(PLATFORM, audit)
    return len(audit)


def _platform_values(item: dict) -> dict | None:
    try:
        facts = parse_id(item.get("id_type", ""), item.get("id_number", ""))
    except (IdNumberError, ValueError):
        return None
    try:
        phone = normalize_mobile(item.get("phone"))
    except PhoneError:
        phone = None
    return {"name": str(item.get("name") or "").strip(), "id_type": item["id_type"], "id_number": facts.number,
            "phone": phone, "gender": item.get("gender") if item.get("gender") in ("M", "F") else facts.gender,
            "birth_date": facts.birth_date, "platform_no": item.get("platform_id") or None}


def _apply(item: dict, now: str) -> tuple | None:
    values = _platform_values(item)
    if values is None or not values["name"]:
        return None
    deleted = item.get("status") == "deleted"
    row = None
    if values["platform_no"]:
        row = Volunteer.get_or_none(Volunteer.platform_no == values["platform_no"])
    if row is None:
        row = Volunteer.get_or_none((Volunteer.id_type == values["id_type"]) & (Volunteer.id_number == values["id_number"]))
    if row is None:
        if deleted:
            return None
        return _create(values, now)
    if row.anonymised_at:
        return None
    unsent_local_edit = bool(row.local_edit)
    changes: dict = {}
    if unsent_local_edit:
        if not row.platform_no and values["platform_no"]:
            changes["platform_no"] = values["platform_no"]
    else:
        changes = {k: v for k, v in values.items() if v is not None and getattr(row, k) != v}
    _drop_clashes(changes, row)
    if deleted and row.status != "inactive":
        changes["status"] = "inactive"
    if not changes:
        return None
    before = {k: str(getattr(row, k)) for k in changes}
    merged = {f: getattr(row, f) for f in ("name", "id_number", "phone", "platform_no")}
    merged.update({k: v for k, v in changes.items() if k in merged})
    extra = derived_columns(merged)
    result = {f: getattr(row, f) for f in _RULE_FIELDS}
    result.update({k: v for k, v in changes.items() if k in result})
    changes["pull_problem"] = rule_problem(result)
    Volunteer.update(**changes, **extra, updated_at=now, local_edit=0, sync_gen=Volunteer.sync_gen + 1).where(
        Volunteer.id == row.id).execute()
    return ("volunteer.platform_update", "volunteer", row.id, mask_value(before), mask_value(
        {k: str(v) for k, v in changes.items()}), "")


def _drop_clashes(changes: dict, row: Volunteer) -> None:
    """Never take a number another volunteer holds here: the station's roster stays unique."""
    if changes.get("platform_no") and Volunteer.select().where(
            (Volunteer.platform_no == changes["platform_no"]) & (Volunteer.id != row.id)).exists():
        del changes["platform_no"]
    if "id_number" in changes or "id_type" in changes:
        id_type = changes.get("id_type") or row.id_type
        number = changes.get("id_number") or row.id_number
        if Volunteer.select().where((Volunteer.id_type == id_type) & (Volunteer.id_number == number)
                                    & (Volunteer.id != row.id)).exists():
            changes.pop("id_number", None)
            changes.pop("id_type", None)


_RULE_FIELDS = ("name", "id_type", "id_number", "gender", "birth_date", "phone", "platform_no", "guardian_name",
                "guardian_phone", "consent_date", "status")


def rule_problem(values: dict) -> str | None:
    """Why a volunteer as the platform sent them breaks a roster rule (a child with no guardian or
    consent, a name with digits), or None. Such a row is kept — it is the platform's record — but not
    offered for check-in, and shown to staff with this reason until they complete it."""
    inp = VolunteerInput(name=values["name"] or "", id_type=values["id_type"], id_number=values["id_number"] or "",
                         gender=values.get("gender") or "", birth_date=values.get("birth_date"),
                         phone=values.get("phone") or "", platform_no=values.get("platform_no") or "",
                         guardian_name=values.get("guardian_name") or "",
                         guardian_phone=values.get("guardian_phone") or "",
                         consent=values.get("consent_date") is not None, consent_date=values.get("consent_date"),
                         status=values.get("status") or "active")
    errors = check_volunteer(inp).errors
    return "；".join(str(e) for e in errors) if errors else None


def _create(values: dict, now: str) -> tuple:
    full = {**values, "status": "active"}
    row = Volunteer.create(uid=str(uuid.uuid4()), **full, **derived_columns(full), created_at=now, updated_at=now,
                           local_edit=0, pull_problem=rule_problem(full))
    return ("volunteer.platform_create", "volunteer", row.id, None,
            mask_value({"name": values["name"], "id_type": values["id_type"], "id_number": values["id_number"],
                     "platform_no": str(values["platform_no"])}), "")
