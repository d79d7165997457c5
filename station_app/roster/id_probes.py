"""Whole numbers typed by someone who sees only masks: the guard against trying candidates.

An operator sees 110105********3945 and an age band (roster/age_band.py). The hidden
digits of a mainland ID are the birth date; the band and the visible check digit leave a
few hundred dates, and the phone's hidden middle leaves ten thousand. Every place that
answers whether a *whole* number is on the roster is an oracle for them: the roster
search, the edit dialog's duplicate check, adding a volunteer, both imports. Try the
candidates one by one and the one that answers gives the number away.

So those places report what they looked up. A **near miss** is a whole number that is on
no one's record but shows exactly what someone's mask shows (same length, same visible
digits) and, for a mainland ID, hides a birth date in that person's age band: a guess at
that person. A new volunteer's genuine number makes one now and then (thousands of
residents share a district's first six digits), but hardly ever twice for the same person
within a month; trying candidates does exactly that. So near misses are counted per actor
and per person over WINDOW_DAYS: the second is written to the audit log against the person
it resembles (as the mask, never the guess), and the NEAR_MISS_LIMIT-th stops whole-number
lookups by that actor for BLOCK_HOURS, twice as long at each stop after. Trying candidates
then finds a mainland ID a few times in a hundred in a year, a phone far less, and leaves
its trace for the 站长.

Administrators are not counted: they may reveal any number anyway (a logged reveal).
The counts live in the ``lockout`` table beside the kiosk PIN's: one row per guess, named
by a short digest of it (so looking the same number up again counts once).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable

from station_app.audit import Actor, record
from station_app.db import database
from station_app.db.models import Lockout, Volunteer
from station_app.errors import PermissionDenied
from station_app.i18n import translate
from station_app.roster.age_band import age_band
from station_app.roster.ids import mask_id_number
from station_app.roster.phone import mask_phone

NEAR_MISS_LIMIT = 3
BLOCK_HOURS = 24
WINDOW_DAYS = 30
AUDITED_FROM = 2  # the first near miss at someone is what a genuine new number looks like
TAIL = 4  # the characters both masks show at the end, and the shortest tail worth an index lookup

ID_NUMBER = "id_number"
PHONE = "phone"
_MASKS = {ID_NUMBER: mask_id_number, PHONE: mask_phone}
_REVERSED = {ID_NUMBER: Volunteer.id_rev, PHONE: Volunteer.phone_rev}
_STORED = {ID_NUMBER: Volunteer.id_number, PHONE: Volunteer.phone}


def _who(actor: Actor) -> str:
    return f"{actor.via}:{actor.name}"


def _block_name(actor: Actor) -> str:
    return f"lookups:{_who(actor)}"


def _counted(actor: Actor) -> bool:
    return not actor.is_admin


def blocked_message(actor: Actor, now: dt.datetime | None = None) -> str | None:
    """Why whole-number lookups are stopped for *actor* now, or ``None`` when they are not."""
    if not _counted(actor):
        return None
    row = Lockout.get_or_none(Lockout.name == _block_name(actor))
    if row is None or not row.locked_until:
        return None
    until = dt.datetime.fromisoformat(row.locked_until)
    if until <= (now or dt.datetime.now()):
        return None
    return translate("roster", "按完整号码查找已暂停到 {until}：多次输入的号码与名册中同一人只差被隐去的几位。"
                               "如确有需要，请站长查找。").format(until=until.strftime("%m-%d %H:%M"))


def refuse_if_blocked(actor: Actor) -> None:
    """Raise :class:`PermissionDenied` while whole-number lookups are stopped for *actor*."""
    message = blocked_message(actor)
    if message:
        raise PermissionDenied(message)


def resembled(kind: str, number: str) -> list[Volunteer]:
    """People whose mask shows exactly what *number*'s would, but whose number is another (for an ID,
    with the hidden birth date in their age band)."""
    if len(number) <= TAIL:
        return []
    query = Volunteer.select(Volunteer.id, _STORED[kind], Volunteer.birth_date).where(
        _REVERSED[kind] % (number[::-1][:TAIL] + "*"))
    return _lookalikes(kind, number, query)


def _lookalikes(kind: str, number: str, people: Iterable[Volunteer]) -> list[Volunteer]:
    mask = _MASKS[kind](number)
    band = _hidden_band(number) if kind == ID_NUMBER else None
    return [v for v in people if getattr(v, kind) != number and _MASKS[kind](getattr(v, kind)) == mask
            and (band is None or band == age_band(v.birth_date))]


def _hidden_band(number: str) -> str | None:
    """The age band of the birth date a mainland-style number hides (None: it hides none)."""
    if len(number) != 18 or not number[:17].isdigit():
        return None
    try:
        return age_band(dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14])))
    except ValueError:
        return None


def note_misses(kind: str, numbers: Iterable[str], actor: Actor, where: str,
                now: dt.datetime | None = None) -> bool:
    """Record the near misses among whole *numbers* that matched no one (looked up by *actor* in
    *where*: "search", "import"…). Returns True when this stopped the actor's lookups."""
    if not _counted(actor):
        return False
    now = now or dt.datetime.now()
    numbers = [n for n in dict.fromkeys(numbers) if len(n) > TAIL]
    if not numbers:
        return False
    lookalikes = _all_masks(kind) if len(numbers) > BULK else None
    stopped = False
    with database.atomic():
        for number in numbers:
            people = resembled(kind, number) if lookalikes is None else \
                _lookalikes(kind, number, lookalikes.get(_MASKS[kind](number), []))
            for person in people:
                stopped |= _count(kind, person, actor, where, number, now)
    return stopped


BULK = 200  # more numbers than this (an import): read every mask once instead of one lookup each


def _all_masks(kind: str) -> dict[str, list[Volunteer]]:
    stored = _STORED[kind]
    masks: dict[str, list[Volunteer]] = {}
    for v in Volunteer.select(Volunteer.id, stored, Volunteer.birth_date).where(stored.is_null(False)):
        masks.setdefault(_MASKS[kind](getattr(v, kind)), []).append(v)
    return masks


def _count(kind: str, person: Volunteer, actor: Actor, where: str, number: str, now: dt.datetime) -> bool:
    """One near miss at *person*; the same number looked up again (a refresh, a second look) counts once."""
    prefix = f"near:{_who(actor)}:{kind}:{person.id}:"
    name = prefix + hashlib.sha256(number.encode()).hexdigest()[:8]
    since = (now - dt.timedelta(days=WINDOW_DAYS)).isoformat(timespec="seconds")
    Lockout.delete().where(Lockout.name.startswith(prefix) & (Lockout.locked_until < since)).execute()
    if Lockout.get_or_none(Lockout.name == name) is not None:
        return False
    Lockout.create(name=name, failures=1, locked_until=now.isoformat(timespec="seconds"))  # when it was tried
    times = Lockout.select().where(Lockout.name.startswith(prefix)).count()
    if times < AUDITED_FROM:
        return False
    shown = _MASKS[kind](getattr(person, kind))
    record(actor, "roster.near_miss", "volunteer", person.id,
           after={"field": kind, "shown": shown, "where": where, "times": times})
    if times < NEAR_MISS_LIMIT:
        return False
    block = Lockout.get_or_none(Lockout.name == _block_name(actor)) or Lockout.create(name=_block_name(actor),
                                                                                       failures=0)
    hours = BLOCK_HOURS * 2 ** min(block.failures, 10)
    until = now + dt.timedelta(hours=hours)
    Lockout.update(failures=block.failures + 1, locked_until=until.isoformat(timespec="seconds")) \
        .where(Lockout.name == block.name).execute()
    record(actor, "roster.lookups_stopped", "volunteer", person.id,
           after={"field": kind, "shown": shown, "hours": hours})
    return True
