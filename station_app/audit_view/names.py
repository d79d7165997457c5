"""Names for the ids an audit entry keeps, so the viewer reads ``张三（#12）`` rather than ``#12``.

Display only: entries store ids, and the names are looked up as they are now,
for a whole page of entries with one query (the ids collected first, then one
``UNION ALL`` of ``IN (...)`` lookups). A volunteer whose personal data was
deleted on request is named only by the placeholder (``已删除志愿者#12``),
whatever their row or an old entry holds. An id that no longer exists keeps no
name and is shown as the bare ``#id``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from station_app.db import database
from station_app.db.models import Post, ServiceRecord, Shift, Staff, Volunteer
from station_app.hours.times import from_min
from station_app.roster.privacy import anonymised_name

# Keys inside before/after that hold another thing's id, and what that thing is.
REFERENCES = {"volunteer_id": "volunteer", "post_id": "post"}
# Entity types whose entity_id is a row id that can be named in the 对象编号 column.
NAMED_ENTITIES = ("volunteer", "post", "shift", "staff", "service_record")
_MAX_ID = 2**63 - 1

Names = dict[tuple[str, int], str]


def _row_id(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.isascii() and value.isdigit():
        value = int(value)
    return value if isinstance(value, int) and 0 < value <= _MAX_ID else None


def _json_dict(raw: str | None) -> dict:
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def collect(entries: Iterable[Any]) -> dict[str, set[int]]:
    """The ids each kind of thing is referred to by in *entries* (AuditEntry rows)."""
    wanted: dict[str, set[int]] = {kind: set() for kind in NAMED_ENTITIES}
    for e in entries:
        if e.entity_type in wanted and (n := _row_id(e.entity_id)) is not None:
            wanted[e.entity_type].add(n)
        for values in (_json_dict(e.before), _json_dict(e.after)):
            for key, kind in REFERENCES.items():
                if (n := _row_id(values.get(key))) is not None:
                    wanted[kind].add(n)
    return wanted


def _in(ids: set[int]) -> str:
    return ",".join(str(n) for n in sorted(ids))  # validated ints: no quoting, no bound-parameter limit


def _shift_label(post_name: str, start_min: int, utc_offset: int) -> str:
    return f"{post_name} {from_min(start_min, utc_offset):%m-%d %H:%M}"


def _person(name: str | None, anonymised: int | None, volunteer_id: int) -> str:
    return anonymised_name(volunteer_id) if anonymised or not name else name


def lookup(wanted: dict[str, set[int]]) -> Names:
    """``{(kind, id): name}`` for the ids in *wanted*, with one query (none if nothing is wanted).

    A shift is named by its post and start (``文明交通劝导 11-29 19:00``), a
    service record by its volunteer.
    """
    t = {m: m._meta.table_name for m in (Volunteer, Post, Shift, Staff, ServiceRecord)}
    parts = []
    if wanted.get("volunteer"):
        parts.append(f"SELECT 'volunteer', id, name, anonymised_at IS NOT NULL, id, NULL FROM {t[Volunteer]}"
                     f" WHERE id IN ({_in(wanted['volunteer'])})")
    if wanted.get("post"):
        parts.append(f"SELECT 'post', id, name, NULL, NULL, NULL FROM {t[Post]} WHERE id IN ({_in(wanted['post'])})")
    if wanted.get("shift"):
        parts.append(f"SELECT 'shift', s.id, p.name, NULL, s.start_min, s.utc_offset FROM {t[Shift]} s"
                     f" JOIN {t[Post]} p ON p.id = s.post_id WHERE s.id IN ({_in(wanted['shift'])})")
    if wanted.get("staff"):
        parts.append(f"SELECT 'staff', id, name, NULL, NULL, NULL FROM {t[Staff]} WHERE id IN ({_in(wanted['staff'])})")
    if wanted.get("service_record"):
        parts.append(f"SELECT 'service_record', r.id, v.name, v.anonymised_at IS NOT NULL, v.id, NULL"
                     f" FROM {t[ServiceRecord]} r JOIN {t[Volunteer]} v ON v.id = r.volunteer_id"
                     f" WHERE r.id IN ({_in(wanted['service_record'])})")
    if not parts:
        return {}
    names: Names = {}
    for kind, row_id, name, anonymised, a, b in database.execute_sql(" UNION ALL ".join(parts)).fetchall():
        if kind in ("volunteer", "service_record"):
            names[(kind, row_id)] = _person(name, anonymised, a)
        elif kind == "shift":
            names[(kind, row_id)] = _shift_label(name, a, b)
        else:
            names[(kind, row_id)] = name
    return names


def entity_name(names: Names, entity_type: str, entity_id: str) -> str:
    """The name of the thing an entry is about, or "" (not a row id, or no longer there)."""
    n = _row_id(entity_id)
    return names.get((entity_type, n), "") if n is not None else ""


def reference_name(names: Names, key: str, value: Any) -> str:
    """The name of the thing *value* of *key* (``volunteer_id``, ``post_id``) refers to, or ""."""
    kind, n = REFERENCES.get(key), _row_id(value)
    return names.get((kind, n), "") if kind and n is not None else ""
