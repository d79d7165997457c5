"""Cell values that spreadsheets show as written.

A CSV field starting with = + - or @ is evaluated as a formula by Excel, WPS
and LibreOffice (CSV injection). The usual guard (OWASP) is a leading single
quote, which keeps the text visible and inert.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_text(value: object) -> str:
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text
