"""Roster operations: the only way volunteers are created, changed or listed.

Every write takes the acting person, runs the full validation again, and
commits the change with its audit entry in one transaction. Reads return plain
dataclasses so no lazy query ever runs on the GUI thread.

Reads take the actor and return what anyone may see without a logged reveal
(:func:`station_app.roster.privacy.reveal_volunteer`): ID and phone numbers
masked, and no birth date — its digits are exactly those a mainland ID's mask
hides — nor an age (which gives the year) but an age band (roster/age_band.py)
and whether the person is a minor. Looking a whole number up is watched for
someone trying candidates (roster/id_probes.py).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from typing import Any

from station_app.audit import Actor, record
from station_app.changes import Changes, Kind, changed, changes_field
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import Volunteer
from station_app.errors import NotFound, ValidationFailed
from station_app.i18n import translate
from station_app.roster import id_probes
from station_app.roster.age_band import age_band
from station_app.roster.ids import IdType, mask_id_number
from station_app.roster.phone import mask_phone
from station_app.roster.search import (
    NAME_CHAR_INDEX,
    ORDER_INDEX,
    WHOLE_NUMBER_INDEXES,
    SearchPart,
    name_chars,
    search_parts,
    whole_numbers,
)
from station_app.roster.search_keys import pinyin_keys, reversed_or_none
from station_app.roster.validation import (
    ADULT_AGE,
    GUARDIAN_CONSENT_AGE,
    VolunteerInput,
    age_on,
    check_volunteer,
)
from station_app.staff.roles import require_admin
from station_app.text_normalize import strip_all_space

# Fields shown in the audit log and returned to callers.
STORED_FIELDS = (
    "name", "id_type", "id_number", "gender", "birth_date", "phone", "platform_no", "team", "skills",
    "guardian_name", "guardian_phone", "consent_date", "consent_by", "consent_version", "child_consent_date",
    "child_consent_by", "child_consent_version", "status", "notes",
)


@dataclass(frozen=True)
class VolunteerRecord:
    """One volunteer with every stored field (for the edit dialog and exports)."""

    id: int
    uid: str
    values: dict[str, Any]
    created_at: str
    updated_at: str
    extra_consent: bool = False  # agreed to keep skills/notes (see roster.privacy)
    anonymised: bool = False
    masked: bool = False  # numbers masked and no birth date: what a read without a reveal gives
    age_band: str = ""  # what a masked view shows instead of the birth date (roster/age_band.py)
    minor: tuple[bool, bool] = (False, False)  # under 18, under 14: the guardian rules apply
    pull_problem: str | None = None  # a platform roster row that breaks a rule: not offered for check-in
    changes: Changes = changes_field()

    @property
    def name(self) -> str:
        return self.values["name"]


@dataclass(frozen=True)
class RosterRow:
    """What one line of the roster table shows: numbers already masked."""

    id: int
    name: str
    gender: str
    age_band: str  # a band of years (roster/age_band.py): a birth date or an age would fill in the ID's mask
    id_type: str
    id_masked: str
    phone_masked: str
    platform_no: str
    team: str
    status: str
    has_consent: bool
    problem: str | None = None  # a platform row breaking a roster rule: why (not offered for check-in)


@dataclass(frozen=True)
class RosterPage:
    rows: list[RosterRow]
    total: int
    offset: int
    notice: str = ""  # why part of the query was not looked up (whole numbers stopped: roster/id_probes.py)


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
    """Everything stored, numbers whole: only for the core's own use and a logged reveal."""
    birth = _as_date(row.birth_date)
    return VolunteerRecord(
        id=row.id,
        uid=row.uid,
        values={f: getattr(row, f) for f in STORED_FIELDS},
        created_at=row.created_at,
        updated_at=row.updated_at,
        extra_consent=bool(row.extra_consent),
        anonymised=row.anonymised_at is not None,
        age_band=age_band(birth),
        minor=minor_flags(birth),
        pull_problem=row.pull_problem,
    )


def _masked(row: Volunteer) -> VolunteerRecord:
    full = _record(row)
    values = dict(full.values)
    values.update(id_number=mask_id_number(values["id_number"]) if not full.anonymised else "",
                  phone=mask_phone(values["phone"]) or None, guardian_phone=mask_phone(values["guardian_phone"]) or None,
                  birth_date=None)
    return replace(full, values=values, masked=True)


def minor_flags(birth: dt.date | None, today: dt.date | None = None) -> tuple[bool, bool]:
    if birth is None:
        return False, False
    age = age_on(birth, today or dt.date.today())
    return age < ADULT_AGE, age < GUARDIAN_CONSENT_AGE


def derived_columns(values: dict[str, Any]) -> dict[str, Any]:
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
        raise DuplicateVolunteer(_masked(clash), "id_number")
    if values["platform_no"]:
        clash = Volunteer.get_or_none(Volunteer.platform_no == values["platform_no"])
        if clash is not None and clash.id != own_id:
            raise DuplicateVolunteer(_masked(clash), "platform_no")


def add_volunteer(inp: VolunteerInput, actor: Actor, reason: str = "") -> VolunteerRecord:
    """Register a volunteer. Raises ValidationFailed or DuplicateVolunteer; writes nothing then."""
    values = _checked_values(inp)
    now = now_iso()
    id_probes.refuse_if_blocked(actor)  # a clash names who holds the number: an oracle like the search
    with database.atomic():
        _refuse_duplicates(values, None)
        id_probes.note_misses(id_probes.ID_NUMBER, [values["id_number"]], actor, "add")
        extra = inp.extra_consent if inp.extra_consent is not None else bool(values["skills"] or values["notes"])
        row = Volunteer.create(uid=str(uuid.uuid4()), created_at=now, updated_at=now, extra_consent=extra,
                               **values, **derived_columns(values))
        after = audit_view(values)
        if inp.extra_consent is not None:
            after["extra_consent"] = extra
        record(actor, "volunteer.create", "volunteer", row.id, None, after, reason)
    return _changed(row.id)


def update_volunteer(volunteer_id: int, inp: VolunteerInput, actor: Actor, reason: str = "") -> VolunteerRecord:
    """Change a volunteer. Fields named in ``inp.keep`` (numbers the editor saw masked) stay as stored,
    and the whole, merged volunteer is checked again. Changing the ID of someone on the roster takes the
    站长: an operator never saw it whole."""
    with database.atomic():
        row = Volunteer.get_or_none(Volunteer.id == volunteer_id)
        if row is None:
            raise NotFound(volunteer_id)
        _refuse_anonymised(row)
        inp = _with_kept(inp, row)
        if (inp.id_type, strip_all_space(inp.id_number).upper()) != (row.id_type, row.id_number):
            require_admin(actor, translate("roster", "修改已登记志愿者的证件号码"))
        values = _checked_values(inp)
        _refuse_duplicates(values, volunteer_id)
        before = audit_view({f: getattr(row, f) for f in STORED_FIELDS})
        after = audit_view(values)
        consent = {}
        if inp.extra_consent is not None and inp.extra_consent != bool(row.extra_consent):
            before["extra_consent"], after["extra_consent"] = bool(row.extra_consent), inp.extra_consent
            consent = {"extra_consent": inp.extra_consent}
        if before == after:
            return _masked(row)
        Volunteer.update(updated_at=now_iso(), pull_problem=None, **consent, **values, **derived_columns(values)).where(
            Volunteer.id == volunteer_id
        ).execute()
        record(actor, "volunteer.update", "volunteer", volunteer_id, before, after, reason)
    return _changed(volunteer_id)


def _refuse_anonymised(row: Volunteer) -> None:
    if row.anonymised_at:
        raise ValueError(translate("roster", "这名志愿者的个人信息已按本人要求删除，不能再修改或恢复在册"))


def set_status(volunteer_id: int, status: str, actor: Actor, reason: str = "") -> VolunteerRecord:
    """Deactivate (``inactive``) or reactivate (``active``) without touching other fields."""
    if status not in ("active", "inactive"):
        raise ValueError(status)
    with database.atomic():
        row = Volunteer.get_or_none(Volunteer.id == volunteer_id)
        if row is None:
            raise NotFound(volunteer_id)
        if status == "active":
            _refuse_anonymised(row)
        if row.status != status:
            Volunteer.update(status=status, updated_at=now_iso()).where(Volunteer.id == volunteer_id).execute()
            action = "volunteer.deactivate" if status == "inactive" else "volunteer.reactivate"
            record(actor, action, "volunteer", volunteer_id, {"status": row.status}, {"status": status}, reason)
            return _changed(volunteer_id)
    return _masked(row)


def audit_view(values: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in values.items()}


def _with_kept(inp: VolunteerInput, row: Volunteer) -> VolunteerInput:
    """*inp* with the fields it keeps filled in from the stored row (the service's own, whole values)."""
    if not inp.keep:
        return inp
    stored = {"id_type": row.id_type, "id_number": row.id_number, "gender": row.gender,
              "birth_date": _as_date(row.birth_date), "phone": row.phone or "",
              "guardian_phone": row.guardian_phone or ""}
    return replace(inp, keep=frozenset(), known_minor=None, **{f: stored[f] for f in inp.keep if f in stored})


def _changed(volunteer_id: int) -> VolunteerRecord:
    row = Volunteer.get_by_id(volunteer_id)
    return replace(_masked(row), changes=changed(ids={Kind.VOLUNTEERS: [volunteer_id]}))


def get_volunteer(volunteer_id: int, actor: Actor) -> VolunteerRecord:
    """One volunteer as anyone may see them (see the module docstring); whole numbers take a reveal."""
    row = Volunteer.get_or_none(Volunteer.id == volunteer_id)
    if row is None:
        raise NotFound(volunteer_id)
    return _masked(row)


def find_by_id_number(id_type: str | IdType, id_number: str, actor: Actor) -> VolunteerRecord | None:
    """Who holds exactly this ID (masked): typing a whole number tells only whether, and who. Near misses
    count against the actor (roster/id_probes.py), who is refused while their lookups are stopped."""
    id_probes.refuse_if_blocked(actor)
    row = Volunteer.get_or_none((Volunteer.id_type == IdType(id_type).value) & (Volunteer.id_number == id_number))
    if row is None:
        id_probes.note_misses(id_probes.ID_NUMBER, [id_number], actor, "check")
    return _masked(row) if row else None


def stored_volunteer(volunteer_id: int) -> VolunteerRecord:
    """Everything stored, numbers whole, for the core's own checks (imports, sync, a reveal); never
    handed to a person except through :func:`station_app.roster.privacy.reveal_volunteer`."""
    row = Volunteer.get_or_none(Volunteer.id == volunteer_id)
    if row is None:
        raise NotFound(volunteer_id)
    return _record(row)


_ROW_COLUMNS = ("id, name, gender, birth_date, id_type, id_number, phone, platform_no, team, status, consent_date,"
                " pull_problem")

# Above this many candidate matches, sorting them in Python costs more than
# walking the ordered index until a page is full (matches are dense then).
DENSE_MATCHES = 3000


def _active_sql(include_inactive: bool) -> str:
    return "" if include_inactive else " AND status = 'active'"


def _sql(sql: str, params: tuple = ()) -> list[tuple]:
    return database.execute_sql(sql, params).fetchall()


def _part_sql(p: SearchPart, columns: str, active: str) -> str:
    return f"SELECT {columns} FROM volunteer INDEXED BY {p.index} WHERE {p.where}{active}"


def _name_ids(part: SearchPart, active: str, offset: int, limit: int, with_total: bool) -> tuple[list[int], int]:
    """Names containing the text: the range of its rarest character in volunteer_name_char, in roster order.

    One character is the range itself; longer text is that range filtered by LIKE (a few
    thousand rows at most). Neither reads the volunteer table.
    """
    chars = name_chars(part.param)
    if not chars:
        return [], 0
    counted = [(_sql(f"SELECT count(*) FROM volunteer_name_char INDEXED BY {NAME_CHAR_INDEX} WHERE ch = ?{active}",
                     (ch,))[0][0], ch) for ch in chars]
    n, rarest = min(counted)
    if not n:
        return [], 0
    plain = len(chars) == 1 and part.param.strip("%") == rarest  # one character: the range is the answer
    like = "" if plain else f" AND {part.where}"
    params: tuple = (rarest,) if plain else (rarest, part.param)
    base = f"FROM volunteer_name_char INDEXED BY {NAME_CHAR_INDEX} WHERE ch = ?{active}{like}"
    ids = [r[0] for r in _sql(f"SELECT volunteer_id {base} ORDER BY name_pinyin, name, volunteer_id LIMIT ? OFFSET ?",
                              params + (limit, offset))]
    total = (n if plain else _sql(f"SELECT count(*) {base}", params)[0][0]) if with_total else -1
    return ids, total


# A part matching more than this share of the roster is paged by walking the roster's order index
# (stopping after one page of matches) instead of sorting all its matches: "BJ", the start of
# every platform number, matched 70% of the roster and sorting them cost 20-40 ms.
# Only for parts on numbers, whose matches are spread evenly along the roster's (pinyin) order:
# "z" initials all sit at its end, and walking to them would read the whole order.
DENSE_SHARE = 0.05
WALKABLE = frozenset({"volunteer_platform_prefix", "volunteer_platform_rev", "volunteer_id_rev", "volunteer_phone_rev"})


def _matching_ids(parts: list[SearchPart], active: str, offset: int, limit: int,
                  with_total: bool) -> tuple[list[int], int]:
    """Ids of one page of matches in roster order, and the number of matches.

    Few matches: read all their sort keys from the covering indexes and sort
    here. Many: take each part's first ``offset + limit`` in roster order
    (SQLite's top-N sort over the index range, or for a part matching much of
    the roster a walk along the roster's order) and merge; the global page is
    always among them.
    """
    if len(parts) == 1 and parts[0].index == NAME_CHAR_INDEX:
        return _name_ids(parts[0], active, offset, limit, with_total)
    counts = [0 if p.scan else _sql(_part_sql(p, "count(*)", active), (p.param,))[0][0] for p in parts]
    hits = [(p, n) for p, n in zip(parts, counts) if p.scan or n]
    if any(p.scan for p, _ in hits) or sum(counts) <= DENSE_MATCHES:
        keys: set[tuple] = set()
        for p, _ in hits:
            keys.update(_sql(_part_sql(p, "name_pinyin, name, id", active), (p.param,)))
        ordered = sorted(keys)
        return [k[2] for k in ordered[offset:offset + limit]], len(ordered)
    dense = max(DENSE_MATCHES, int(_roster_size() * DENSE_SHARE))
    keys = set()
    for p, n in hits:
        walked = replace(p, index=ORDER_INDEX) if n > dense and p.index in WALKABLE else p
        keys.update(_sql(_part_sql(walked, "name_pinyin, name, id", active)
                         + " ORDER BY name_pinyin, name, id LIMIT ?", (p.param, offset + limit)))
    ids = [k[2] for k in sorted(keys)[offset:offset + limit]]
    return ids, (_union_count(hits, active) if with_total else -1)


def _roster_size() -> int:
    """The number of volunteers, cheaply: the largest id (deletion on request keeps the row)."""
    return _sql("SELECT max(id) FROM volunteer")[0][0] or 0


def _union_count(hits: list[tuple[SearchPart, int]], active: str) -> int:
    """How many people match any part, counting a person matched twice once.

    The largest part is counted from its index; the smaller parts' people are
    added when the largest part does not already hold them.
    """
    hits = sorted(hits, key=lambda h: -h[1])
    (big, big_n), rest = hits[0], hits[1:]
    if not rest:
        return big_n
    if any(n > DENSE_MATCHES for _, n in rest):
        union = " UNION ".join(_part_sql(p, "id", active) for p, _ in hits)
        return _sql(f"SELECT count(*) FROM ({union})", tuple(p.param for p, _ in hits))[0][0]
    others: set[int] = set()
    for p, _ in rest:
        others.update(r[0] for r in _sql(_part_sql(p, "id", active), (p.param,)))
    marks = ",".join("?" * len(others))
    # IS NOT 1, not NOT: a NULL column (no platform number) does not match the big part either.
    extra = _sql(f"SELECT count(*) FROM volunteer WHERE id IN ({marks}) AND ({big.where}) IS NOT 1",
                 tuple(others) + (big.param,))[0][0]
    return big_n + extra


def search_roster(query: str = "", include_inactive: bool = False, offset: int = 0, limit: int = 200,
                  with_total: bool = True, *, actor: Actor) -> RosterPage:
    """One page of the roster matching *query*, in pinyin order, numbers masked, age bands not birth dates.
    What a query may match is bounded by the masks (station_app.roster.search), for every role.

    Search parts are answered from covering indexes (see roster/search.py);
    only the rows of the page itself are read from the table.
    """
    active = _active_sql(include_inactive)
    parts = search_parts(query)
    whole = whole_numbers(query)
    notice = id_probes.blocked_message(actor) if whole else None
    if notice and parts:
        parts = [p for p in parts if not (p.index in WHOLE_NUMBER_INDEXES and "GLOB" not in p.where)]
    if parts is None:
        ids = [r[0] for r in _sql(
            f"SELECT id FROM volunteer INDEXED BY {ORDER_INDEX} WHERE 1{active} "
            "ORDER BY name_pinyin, name, id LIMIT ? OFFSET ?", (limit, offset))]
        total = _sql(f"SELECT count(*) FROM volunteer INDEXED BY {ORDER_INDEX} WHERE 1{active}")[0][0] \
            if with_total else -1
    elif not parts:
        ids, total = [], 0
    else:
        ids, total = _matching_ids(parts, active, offset, limit, with_total)
    by_id = {}
    if ids:
        marks = ",".join("?" * len(ids))
        by_id = {r[0]: r for r in _sql(f"SELECT {_ROW_COLUMNS} FROM volunteer WHERE id IN ({marks})", tuple(ids))}
    rows = [
        RosterRow(
            id=r[0], name=r[1], gender=r[2], age_band=age_band(_as_date(r[3])), id_type=r[4],
            id_masked=mask_id_number(r[5]), phone_masked=mask_phone(r[6]), platform_no=r[7] or "",
            team=r[8], status=r[9], has_consent=r[10] is not None, problem=r[11],
        )
        for r in (by_id[i] for i in ids)
    ]
    if whole and not notice and offset == 0:
        _note_whole_misses(whole, actor)
    return RosterPage(rows=rows, total=total, offset=offset, notice=notice or "")


def _note_whole_misses(whole: list[tuple[str, str]], actor: Actor) -> None:
    """The whole numbers the search looked up that are on no one (whoever matched by another column)."""
    column = {id_probes.ID_NUMBER: "id_rev", id_probes.PHONE: "phone_rev"}
    for kind, number in whole:
        if not _sql(f"SELECT 1 FROM volunteer WHERE {column[kind]} = ? LIMIT 1", (number[::-1],)):
            if id_probes.note_misses(kind, [number], actor, "search"):
                return


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
