"""Clean-up of values typed or pasted by people: full-width characters, stray spaces."""

from __future__ import annotations

import unicodedata


def to_half_width(text: str) -> str:
    """Full-width digits and letters (１２３ＡＢ) to ASCII; NFKC does exactly this."""
    return unicodedata.normalize("NFKC", text)


def squeeze(text: str | None) -> str:
    """Trim and collapse inner whitespace, including the ideographic space U+3000."""
    if not text:
        return ""
    return " ".join(to_half_width(text).split())


def strip_all_space(text: str | None) -> str:
    if not text:
        return ""
    return "".join(to_half_width(text).split())
