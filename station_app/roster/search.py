"""Turning what staff type into indexed lookups over the roster.

Each way of finding a person is one *part*, answered from its own covering
index, so no part reads the volunteer table itself:

* Chinese text: substring of the name, answered from ``volunteer_name_char``
  (one row per distinct Chinese character of each name, kept by triggers,
  migration 10): the range of the text's rarest character, in roster order,
  filtered by ``LIKE '%王芳%'``. FTS5 trigram would miss 1-2 character searches
  on SQLite 3.40 (a trap measured here), and a LIKE over every name cost 20-30 ms.
* letters: prefix of the pinyin initials or of the full pinyin;
* digits / letters and digits: tail of the phone, the ID number and the
  platform number (through their reversed copies), and prefix of the platform
  number.

What a search may match is bounded by what the masks show (138****8000,
110105********3945, E*****678), or extending a known tail one digit at a time
would rebuild a whole number: a tail of an ID or phone matches only as long as
the visible tail (4 characters; 3 for a short ID), and anything longer matches
only a whole number, exactly. The platform number is shown whole, so any part
of it matches.

Measured on 100k volunteers: a full scan evaluating every condition costs
20-40 ms; these parts cost well under 1 ms each, except the Chinese scan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from station_app.roster.search_keys import glob_escape
from station_app.text_normalize import strip_all_space, to_half_width

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def name_chars(pattern: str) -> list[str]:
    """The distinct Chinese characters of a name search's LIKE pattern (what volunteer_name_char holds)."""
    return list(dict.fromkeys(ch for ch in pattern if ord(ch) >= 0x3400 and not ch.isspace()))

# The index that orders the roster (and answers a part matching much of it, in order).
ORDER_INDEX = "volunteer_name_order"
# The name characters' index (a table of its own, not an index of volunteer).
NAME_CHAR_INDEX = "volunteer_name_char_order"

# What the masks show at the end of a number (roster.ids.mask_id_number, roster.phone.mask_phone).
VISIBLE_TAIL = 4        # phones, and IDs of LONG_ID characters or more
SHORT_ID_TAIL = 3       # shorter IDs (passports, permits) show their last 3
LONG_ID = 14
MOBILE_DIGITS = 11


@dataclass(frozen=True)
class SearchPart:
    index: str   # the covering index that answers it
    where: str   # SQL condition on volunteer columns, one ? parameter
    param: str
    scan: bool = False  # True when the index must be scanned whole (no range)


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def whole_numbers(query: str) -> list[tuple[str, str]]:
    """The whole numbers *query* is looked up as, exactly: ("id_number", "11010519…"), and ("phone", …)
    for eleven digits. These are what roster/id_probes.py watches; tails and names are not."""
    text = to_half_width(query).strip()
    if not text or _CJK.search(text):
        return []
    key = strip_all_space(text).replace("-", "")
    if not key.isascii() or not key.isalnum() or len(key) <= VISIBLE_TAIL:
        return []
    found = [("id_number", key.upper())]
    if key.isdigit() and len(key) == MOBILE_DIGITS:
        found.append(("phone", key))
    return found


WHOLE_NUMBER_INDEXES = frozenset({"volunteer_id_rev", "volunteer_phone_rev"})  # their exact parts, when whole


def search_parts(query: str) -> list[SearchPart] | None:
    """The parts whose union is the answer; ``None`` lists everyone, ``[]`` no one."""
    text = to_half_width(query).strip()
    if not text:
        return None
    if _CJK.search(text):
        name = text.replace(" ", "")
        return [SearchPart(NAME_CHAR_INDEX, "name LIKE ? ESCAPE '\\'", f"%{_like_escape(name)}%", scan=True)]
    key = strip_all_space(text).replace("-", "")
    if not key.isascii() or not key.isalnum():
        return []
    upper = key.upper()
    # A tail of one character matches a tenth of the roster and tells nothing:
    # tails count from two characters, while one letter still finds initials.
    tails = len(key) >= 2
    parts = []
    if tails and len(key) <= VISIBLE_TAIL:
        tail = glob_escape(upper[::-1]) + "*"
        short_ok = "" if len(key) <= SHORT_ID_TAIL else f" AND length(id_rev) >= {LONG_ID}"
        parts.append(SearchPart("volunteer_id_rev", "id_rev GLOB ?" + short_ok, tail))
        if key.isdigit():
            parts.append(SearchPart("volunteer_phone_rev", "phone_rev GLOB ?", tail))
    elif len(key) > VISIBLE_TAIL:  # longer than any tail the masks show: a whole number, exactly
        parts.append(SearchPart("volunteer_id_rev", "id_rev = ?", upper[::-1]))
        if key.isdigit() and len(key) == MOBILE_DIGITS:
            parts.append(SearchPart("volunteer_phone_rev", "phone_rev = ?", key[::-1]))
    # Platform numbers may be stored with dashes (BJ-CY-0001): match them as
    # typed, and without the dashes for numbers stored without any.
    for platform in dict.fromkeys((strip_all_space(text).upper(), upper)):
        parts.append(SearchPart("volunteer_platform_prefix", "platform_no GLOB ?", glob_escape(platform) + "*"))
        if tails:
            parts.append(SearchPart("volunteer_platform_rev", "platform_rev GLOB ?",
                                    glob_escape(platform[::-1]) + "*"))
    if key.isalpha():
        prefix = glob_escape(key.lower()) + "*"
        parts.append(SearchPart("volunteer_initials", "name_initials GLOB ?", prefix))
        if len(key) > 1:  # one letter: the pinyin prefix is the initials prefix again
            parts.append(SearchPart(ORDER_INDEX, "name_pinyin GLOB ?", prefix))
    return parts
