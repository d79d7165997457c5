"""Masking ID and mobile numbers inside free text (log lines, audit values on screen).

The patterns are deliberately broad: anything shaped like a 15/18-character
resident ID or an 11-digit mainland mobile is masked, even if its check digit is
wrong, because a mistyped number is still personal information.
"""

from __future__ import annotations

import re
from typing import Any

from station_app.roster.ids import mask_id_number
from station_app.roster.phone import mask_phone

_ID18 = re.compile(r"(?<![0-9A-Za-z])\d{17}[0-9Xx](?![0-9A-Za-z])")
_ID15 = re.compile(r"(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?(1[3-9]\d{9})(?!\d)")


def mask_text(text: str) -> str:
    """Mask every ID-like and mobile-like number in *text*."""
    if not text or not any(ch.isdigit() for ch in text):
        return text
    text = _ID18.sub(lambda m: mask_id_number(m.group(0)), text)
    text = _ID15.sub(lambda m: mask_id_number(m.group(0)), text)
    return _MOBILE.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + mask_phone(m.group(1)), text)


def mask_value(value: Any) -> Any:
    """Mask strings inside a JSON-like value (dicts, lists, strings, numbers)."""
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        masked = mask_text(str(value))
        return value if masked == str(value) else masked
    if isinstance(value, dict):
        return {k: mask_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [mask_value(v) for v in value]
    return value


def mask_name(name: str) -> str:
    """A name as a public notice shows it: 张三 -> 张*, 王小明 -> 王*明, 欧阳娜娜 -> 欧**娜.

    Enough for the people on the list to find themselves, not enough to identify a stranger;
    a notice on the board never carries ID numbers.
    """
    name = "".join(name.split())
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]
