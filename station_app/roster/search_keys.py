"""Search keys stored beside each volunteer so search-as-you-type stays indexed.

Pinyin: ``张三`` → full ``zhangsan``, initials ``zs``; a leading surname with
its own reading (曾 zeng, 单 shan) uses that reading.
"""

from __future__ import annotations

from functools import lru_cache

from pypinyin import lazy_pinyin

# Surnames read differently from the everyday character (pypinyin gives the
# everyday reading): staff type "zs" for 曾三 and "sl" for 单丽.
SURNAME_READINGS = {
    "万俟": ["mo", "qi"], "尉迟": ["yu", "chi"],
    "曾": ["zeng"], "单": ["shan"], "解": ["xie"], "仇": ["qiu"], "区": ["ou"], "查": ["zha"], "朴": ["piao"],
    "盖": ["ge"], "缪": ["miao"], "翟": ["zhai"], "尉": ["yu"], "乐": ["yue"], "覃": ["qin"], "秘": ["bi"],
    "繁": ["po"], "召": ["shao"], "员": ["yun"],
}


@lru_cache(maxsize=65536)  # names repeat (王芳, 张伟…): an import of 50k rows asks pypinyin far less often
def pinyin_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials), lower case ASCII; non-Chinese letters kept as they are."""
    surname = next((s for s in SURNAME_READINGS if name.startswith(s)), "")
    syllables = SURNAME_READINGS.get(surname, []) + [
        s.strip().lower() for s in lazy_pinyin(name[len(surname):], errors="default") if s.strip()
    ]
    full = "".join(ch for ch in "".join(syllables) if ch.isalnum())
    initials = "".join(s[0] for s in syllables if s and s[0].isalnum())
    return full, initials


def reversed_or_none(value: str | None) -> str | None:
    return value[::-1] if value else None


def glob_escape(text: str) -> str:
    """Escape GLOB metacharacters so user input matches literally."""
    return "".join(f"[{c}]" if c in "*?[]" else c for c in text)
