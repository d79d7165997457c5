"""Search keys stored beside each volunteer so search-as-you-type stays indexed.

Pinyin: ``张三`` → full ``zhangsan``, initials ``zs``. Surnames with two
readings (曾 zeng/ceng, 单 shan/dan) are stored with pypinyin's common reading;
staff still find them by the Chinese characters.
"""

from __future__ import annotations

from pypinyin import Style, lazy_pinyin


def pinyin_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials), lower case ASCII; non-Chinese letters kept as they are."""
    syllables = [s.strip().lower() for s in lazy_pinyin(name, errors="default") if s.strip()]
    full = "".join(ch for ch in "".join(syllables) if ch.isalnum())
    initials = "".join(s[0] for s in syllables if s and s[0].isalnum())
    return full, initials


def reversed_or_none(value: str | None) -> str | None:
    return value[::-1] if value else None


def glob_escape(text: str) -> str:
    """Escape GLOB metacharacters so user input matches literally."""
    return "".join(f"[{c}]" if c in "*?[]" else c for c in text)
