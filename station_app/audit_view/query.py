"""Reading the audit log for the viewer: filters, distinct values, masked before/after."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from station_app.audit import Actor
from station_app.audit.log import readable
from station_app.audit_view.field_labels import describe_fields
from station_app.audit_view.names import Names, collect, entity_name, lookup
from station_app.db.models import AuditEntry
from station_app.i18n import translate
from station_app.masking import mask_text, mask_value
from station_app.roster.age_band import age_band
from station_app.sealing import is_sealed_text


@dataclass(frozen=True)
class AuditFilter:
    actor: str = ""
    action: str = ""
    day_from: dt.date | None = None
    day_to: dt.date | None = None
    entity_type: str = ""
    entity_id: str = ""
    limit: int = 500


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: str
    actor: str
    action: str
    entity_type: str
    entity_id: str
    before: str
    after: str
    reason: str
    entity_name: str = ""  # what the entity id names now: ``张三``, ``文明交通劝导 11-29 19:00``; "" if nothing


@dataclass
class AuditPage:
    rows: list[AuditRow]
    total: int
    choices: dict[str, list[str]] = field(default_factory=dict)


def _shown(value: dict | None, entity_type: str = "", entity_id: str = "", names: Names | None = None) -> str:
    """An entry's before or after as one masked line staff can read: ``志愿者：张三（#12）；超出名额：否；备注：（空）``.

    Numbers are masked first, on the values as stored, and a birth date gives way
    to its age band (its digits are the hidden digits of a mainland ID: roster/age_band.py);
    only then are keys and codes given their Chinese names
    (station_app.audit_view.field_labels) and ids the names in *names*.
    """
    if not value:
        return ""
    value = mask_value(value)
    if isinstance(value, dict):
        if value.get("birth_date"):
            value = {**value, "birth_date": _birth_shown(str(value["birth_date"]))}
        return mask_text(describe_fields(value, entity_type, entity_id, names))
    return mask_text(str(value))


def _birth_shown(stored: str) -> str:
    try:
        band = age_band(dt.date.fromisoformat(stored[:10]))
    except ValueError:
        band = ""
    return translate("audit", "（已隐去，{band}）").format(band=band) if band else translate("audit", "（已隐去）")


def distinct_values() -> dict[str, list[str]]:
    out = {}
    for name in ("actor", "action", "entity_type"):
        column = getattr(AuditEntry, name)
        out[name] = [getattr(r, name) for r in AuditEntry.select(column).distinct().order_by(column)]
    return out


def search(f: AuditFilter, actor: Actor, with_choices: bool = False) -> AuditPage:
    """Entries matching *f*, newest first, at most ``f.limit``; ID and phone numbers masked, birth dates
    shown as age bands, personal values of a volunteer deleted on request no longer readable.

    Any staff member may look: nothing here shows more than the roster's masks.

    The volunteers, posts, shifts, staff and records the page's entries refer to
    are named with one more query for the whole page (station_app.audit_view.names).
    """
    query = AuditEntry.select()
    if f.actor:
        query = query.where(AuditEntry.actor == f.actor)
    if f.action:
        query = query.where(AuditEntry.action == f.action)
    if f.entity_type:
        query = query.where(AuditEntry.entity_type == f.entity_type)
    if f.entity_id:
        query = query.where(AuditEntry.entity_id == f.entity_id.strip())
    if f.day_from:
        query = query.where(AuditEntry.at >= f.day_from.isoformat())
    if f.day_to:  # ``at`` is ISO text with an offset; the next day's date sorts after the whole day
        query = query.where(AuditEntry.at < (f.day_to + dt.timedelta(days=1)).isoformat())
    total = query.count()
    entries = list(query.order_by(AuditEntry.id.desc()).limit(f.limit))
    names = lookup(collect(entries))
    erased = erased_volunteers(names)
    rows = []
    for e in entries:
        shown = readable(e)
        before = _shown(shown["before"], e.entity_type, e.entity_id, names)
        after = _shown(shown["after"], e.entity_type, e.entity_id, names)
        reason = shown["reason"]
        if shown["erased"] or (e.entity_type == "volunteer" and e.entity_id in erased
                               and e.action != "volunteer.anonymise"):
            # Deleted on request: the chain keeps the sealed values, which nobody can open any more.
            before, after = (_erased_text() if before else ""), (_erased_text() if after else "")
            reason = _erased_text() if (reason or is_sealed_text(e.reason)) else ""
        rows.append(AuditRow(e.id, e.at, e.actor, e.action, e.entity_type, mask_text(e.entity_id), before, after,
                             mask_text(reason), mask_text(entity_name(names, e.entity_type, e.entity_id))))
    return AuditPage(rows, total, distinct_values() if with_choices else {})


def erased_volunteers(names) -> set[str]:
    """Entity ids (as stored, text) of the volunteers on this page whose personal data was deleted on request."""
    from station_app.roster.privacy import anonymised_name

    return {str(n) for (kind, n), name in names.items() if kind == "volunteer" and name == anonymised_name(n)}


def _erased_text() -> str:
    return translate("audit", "（个人信息已按本人要求删除，不再显示）")


def describe(entry_id: int) -> str:
    """One line naming an entry (for reports of a broken chain), numbers masked."""
    e = AuditEntry.get_or_none(AuditEntry.id == entry_id)
    if e is None:
        return f"#{entry_id}"
    return mask_text(f"#{e.id} {e.at} {e.actor} {e.action} {e.entity_type}/{e.entity_id}")


def full_report(data_dir) -> tuple[int, list[int], str]:
    """The chain check plus the end-of-log check (station_app.audit.anchor); anchors the head when all is well."""
    from station_app.audit.anchor import missing_tail, note_head

    count, broken = chain_report()
    tail = missing_tail(data_dir)
    if not broken and not tail:
        note_head(data_dir)
    return count, broken, tail


def viewer_report(data_dir):
    """What the audit page's 核对 shows: :func:`full_report` and the log against the anchors the platform
    witnessed, as the last sync fetched them (the page never waits on the network; ``audit verify`` asks live)."""
    from station_app.audit.witnessed import check_cached

    return full_report(data_dir), check_cached(data_dir)


def chain_report() -> tuple[int, list[int]]:
    """(number of entries, ids whose hash or link does not match)."""
    from station_app.audit.log import verify_chain

    return AuditEntry.select().count(), verify_chain()
