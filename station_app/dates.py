"""Dates as people write them: 2024-05-01, 2024/5/1, 2024.5.1, 2024年5月1日, 20240501, full-width digits.

One reader for every place a date is typed or read from a sheet (imports, the
command line's ``--from``/``--to``, dialogs), so they all accept the same forms.
"""

from __future__ import annotations

import datetime as dt
import re

from station_app.text_normalize import strip_all_space, to_half_width

_PATTERNS = (
    re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)


def parse_date_text(text: str) -> dt.date | None:
    """The date *text* names, or None when it is not a date in one of the accepted forms."""
    text = strip_all_space(to_half_width(text or ""))
    for pattern in _PATTERNS:
        m = pattern.match(text)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
    return None
