"""Clean-up of values typed or pasted by people: full-width characters, stray spaces."""

from __future__ import annotations

import unicodedata


def to_half_width(text: str) -> str:
    """Full-width digits and letters (１２３ＡＢ) to ASCII; NFKC does exactly this."""
    return unicodedata.normalize("NFKC", text)


def foreign_digit(text: str | None) -> str | None:
    """The first digit in *text* that is not 0–9 once full-width ones are converted, or None.

    Python's ``\\d``, ``str.isdigit`` and ``int()`` all take Arabic-Indic (٣), Devanagari (३) and
    other scripts' digits; NFKC leaves them as they are. An ID number typed with them passes the
    check digit yet differs from the same number in ASCII, so one person could be entered twice.
    Numbers (IDs, phones, PINs) are refused when this finds one.
    """
    for ch in to_half_width(text or ""):
        if ch.isdigit() and not ("0" <= ch <= "9"):
            return ch
    return None


def squeeze(text: str | None) -> str:
    """Trim and collapse inner whitespace, including the ideographic space U+3000."""
    if not text:
        return ""
    return " ".join(to_half_width(text).split())


def strip_all_space(text: str | None) -> str:
    if not text:
        return ""
    return "".join(to_half_width(text).split())
