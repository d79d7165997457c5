"""Whom an audit entry is about, and that person's sealing key (see :mod:`station_app.sealing`).

An entry is about a volunteer when it is an entry on the volunteer itself, on
one of their service records, certificates,
training attendances, awards or evaluations, or when its before/after names a
``volunteer_id`` (a sign-up). The subject is the volunteer's ``uid``: random, never reused, and
not personal, so the list of erased subjects can say whom it erased without
saying who they were.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from station_app.db import database
from station_app.sealing import new_key

# The entities that belong to one volunteer, and how to find whose they are.
_OWNER_SQL = {
    "service_record": "SELECT volunteer_id FROM service_record WHERE id = ?",
    "certificate": "SELECT volunteer_id FROM certificate WHERE serial = ?",
    "training_attendance": "SELECT volunteer_id FROM training_attendance WHERE id = ?",
    "award": "SELECT volunteer_id FROM award WHERE id = ?",
    "evaluation": "SELECT volunteer_id FROM evaluation WHERE id = ?",
}


def _volunteer_id(entity_type: str, entity_id: str, before: dict[str, Any] | None,
                  after: dict[str, Any] | None) -> int | None:
    if entity_type == "volunteer":
        return int(entity_id) if str(entity_id).isdigit() else None
    for values in (after, before):
        vid = (values or {}).get("volunteer_id")
        if isinstance(vid, int):
            return vid
    if entity_type in _OWNER_SQL:
        row = database.execute_sql(_OWNER_SQL[entity_type], (str(entity_id),)).fetchone()
        return row[0] if row and row[0] is not None else None
    return None


def subject_uid(entity_type: str, entity_id: str, before: dict[str, Any] | None,
                after: dict[str, Any] | None) -> str | None:
    """The uid of the volunteer an entry is about, or None."""
    return subject_uids([(entity_type, entity_id, before, after)])[0]


def subject_uids(entries: list[tuple[str, str, dict[str, Any] | None, dict[str, Any] | None]]) -> list[str | None]:
    """:func:`subject_uid` of many entries (an import's), with one query for all their volunteers."""
    vids = [_volunteer_id(*entry) for entry in entries]
    wanted = sorted({v for v in vids if v is not None})
    uids: dict[int, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        uids.update(database.execute_sql(
            f"SELECT id, uid FROM volunteer WHERE id IN ({','.join('?' * len(chunk))})", chunk).fetchall())
    return [uids.get(v) if v is not None else None for v in vids]


def subject_keys(uids: Iterable[str | None], create: bool = True) -> dict[str, bytes | None]:
    """The key of each subject; with *create*, a subject without one gets one (inside the caller's
    transaction). Without it, an erased subject maps to None."""
    wanted = sorted({u for u in uids if u})
    found: dict[str, bytes | None] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(database.execute_sql(f"SELECT subject, key FROM subject_key WHERE subject IN ({marks})",
                                          chunk).fetchall())
    missing = [u for u in wanted if u not in found]
    if create and missing:
        made = [(u, new_key()) for u in missing]  # after an erasure, a new key: nothing sealed before opens
        database.cursor().executemany("INSERT INTO subject_key (subject, key) VALUES (?, ?)", made)
        found.update(made)
    return {u: found.get(u) for u in wanted}


def destroy_key(uid: str) -> None:
    """The erasure itself: with ``secure_delete`` on, the key's bytes are overwritten in the file."""
    database.execute_sql("DELETE FROM subject_key WHERE subject = ?", (uid,))
