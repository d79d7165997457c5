"""Local time as stored in the database: ISO 8601 with the local UTC offset."""

from __future__ import annotations

import datetime as dt


def now_iso() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def today() -> dt.date:
    return dt.date.today()
