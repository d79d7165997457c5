"""What an operation changed, said once by the service that changed it (after Anki's ``OpChanges``).

A service that writes returns a value carrying ``.changes``: a :class:`Changes`
naming the kinds of data it touched (and ids where they cost nothing). The GUI
runs such a service as a mutating operation, emits that value once on one
signal, and each view decides for itself whether it needs to redraw. Nobody
announces a change by hand, and nobody redraws everything "to be safe".

Three shapes carry it, whichever reads best at the call site:

* a service that returns nothing useful returns a bare :class:`Changes`
  (``Changes.changes`` is itself);
* a service that returns a count returns :class:`Counted`, one that makes something
  returns :class:`Identified` (its id);
* a service that returns the thing it wrote returns that thing's view with the
  ``changes`` field filled in (views have a ``changes`` field defaulting to
  :data:`NO_CHANGES`, left out of equality, so a view read back compares equal).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol


class Kind(str, enum.Enum):
    """The kinds of data a view may care about."""

    VOLUNTEERS = "volunteers"
    RECORDS = "records"  # service records: check-in/out, entry, review, corrections
    POSTS = "posts"
    SHIFTS = "shifts"  # shifts and their sign-ups
    CERTIFICATES = "certificates"  # issued, reprinted, revoked
    RECORD_KINDS = "record_kinds"  # training, awards, evaluations (docs/protocol.md 1.1 record_kinds)
    STAFF = "staff"
    SETTINGS = "settings"
    STATION = "station"  # the station profile
    OUTBOX = "outbox"  # something new waits for the platform (what starts a sync soon)
    SYNC = "sync"  # a sync moved items out of the queue, or its state changed (never starts another)


@dataclass(frozen=True)
class Changes:
    """The kinds an operation touched, and the ids it touched where it knew them cheaply."""

    kinds: frozenset[Kind] = frozenset()
    ids: frozenset[tuple[Kind, int]] = frozenset()

    @property
    def changes(self) -> Changes:
        return self

    def touches(self, *kinds: Kind) -> bool:
        return any(k in self.kinds for k in kinds)

    def ids_of(self, kind: Kind) -> frozenset[int]:
        return frozenset(i for k, i in self.ids if k == kind)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.ids | other.ids)


NO_CHANGES = Changes()


def changed(*kinds: Kind, ids: dict[Kind, Iterable[int]] | None = None) -> Changes:
    """``changed(Kind.RECORDS, Kind.OUTBOX, ids={Kind.RECORDS: [12]})``; ids imply their kind."""
    pairs = frozenset((k, int(i)) for k, values in (ids or {}).items() for i in values)
    return Changes(frozenset(kinds) | frozenset(k for k, _ in pairs), pairs)


def changes_field() -> Changes:
    """The ``changes`` field of a view: filled in by the service that wrote it, ignored by ``==``."""
    return field(default=NO_CHANGES, compare=False, repr=False)


@dataclass(frozen=True)
class Counted:
    """How many things an operation changed, and what kinds."""

    count: int
    changes: Changes = NO_CHANGES


@dataclass(frozen=True)
class Identified:
    """The id of the thing an operation made, and what kinds it changed."""

    id: int | str
    changes: Changes = NO_CHANGES


class HasChanges(Protocol):
    @property
    def changes(self) -> Changes: ...
