"""Local time as stored in the database: ISO 8601 with the local UTC offset."""

from __future__ import annotations

import datetime as dt


def now_iso() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def now_precise() -> str:
    """Now to the microsecond: for marks that must order against each other within one second."""
    return dt.datetime.now().astimezone().isoformat(timespec="microseconds")


def today() -> dt.date:
    return dt.date.today()
