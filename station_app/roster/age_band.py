"""The age a masked view shows: a band of years, not a birth date and not a number.

The hidden digits of a mainland ID (110105********3945) are the birth date. A birth date
fills the mask in; this year's age gives the year, and with the visible check digit about
33 dates stay possible, few enough to try one by one (roster/id_probes.py). A band leaves
hundreds. The bands break at 14 and 18, where the guardian rules change (which the edit
dialog shows anyway), and at 35 and 60, the ages street offices count youth and elderly
volunteers by. A band turns over on the birthday, like the guardian rules: someone who
watches the roster every day around a 35th birthday learns that date (docs/security.md).
"""

from __future__ import annotations

import datetime as dt

from station_app.i18n import QT_TRANSLATE_NOOP, translate
from station_app.roster.validation import age_on

# (first age not in the band, label); the last band has no end.
BANDS: tuple[tuple[int | None, str], ...] = (
    (14, QT_TRANSLATE_NOOP("roster", "未满 14 岁")),
    (18, QT_TRANSLATE_NOOP("roster", "14–17 岁")),
    (35, QT_TRANSLATE_NOOP("roster", "18–34 岁")),
    (60, QT_TRANSLATE_NOOP("roster", "35–59 岁")),
    (70, QT_TRANSLATE_NOOP("roster", "60–69 岁")),
    (None, QT_TRANSLATE_NOOP("roster", "70 岁及以上")),
)


def age_band(birth: dt.date | None, today: dt.date | None = None) -> str:
    """The band *birth* falls in today ("" when the birth date is not known)."""
    if birth is None:
        return ""
    age = age_on(birth, today or dt.date.today())
    for end, label in BANDS:
        if end is None or age < end:
            return translate("roster", label)
    raise AssertionError("the last band has no end")
