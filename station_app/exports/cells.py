"""Cell values that spreadsheets show as written.

A text cell starting with = + - or @ is evaluated as a formula by Excel, WPS
and LibreOffice (CSV/formula injection); a leading apostrophe-free guard is a
single quote character, which Excel hides in the cell but keeps the text.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_text(value: object) -> str:
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text
