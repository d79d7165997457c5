"""Turning what staff type into an indexed query over the roster.

Measured on 100k volunteers (ENGINEERING.md): ``LIKE '%张%'`` is a 6 ms scan,
fine with a LIMIT; FTS5 trigram would miss 1-2 character Chinese searches on
SQLite 3.40, so we don't use it. Everything else is an indexed prefix GLOB:
pinyin and initials from the front, phone / ID / platform number tails through
their reversed copies.
"""

from __future__ import annotations

import re

import peewee

from station_app.db.models import Volunteer
from station_app.roster.search_keys import glob_escape
from station_app.text_normalize import strip_all_space, to_half_width

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _match(column: peewee.Field, operator_sql: str, value: str) -> peewee.Node:
    return peewee.NodeList((column, peewee.SQL(operator_sql, (value,))))


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_condition(query: str) -> peewee.Node | None:
    """The WHERE clause for *query*, or ``None`` to list everyone."""
    text = to_half_width(query).strip()
    if not text:
        return None
    if _CJK.search(text):
        name = text.replace(" ", "")
        return _match(Volunteer.name, "LIKE ? ESCAPE '\\'", f"%{_like_escape(name)}%")
    key = strip_all_space(text).replace("-", "")
    if not key.isascii() or not key.isalnum():
        return peewee.SQL("0")
    upper, lower = key.upper(), key.lower()
    tail = glob_escape(upper[::-1]) + "*"
    parts = [
        _match(Volunteer.platform_no, "GLOB ?", glob_escape(upper) + "*"),
        _match(Volunteer.platform_rev, "GLOB ?", tail),
        _match(Volunteer.id_rev, "GLOB ?", tail),
    ]
    if key.isdigit():
        parts.append(_match(Volunteer.phone_rev, "GLOB ?", tail))
    if key.isalpha():
        prefix = glob_escape(lower) + "*"
        parts.append(_match(Volunteer.name_initials, "GLOB ?", prefix))
        parts.append(_match(Volunteer.name_pinyin, "GLOB ?", prefix))
    cond = parts[0]
    for part in parts[1:]:
        cond = cond | part
    return cond
