"""Search keys stored beside each volunteer so search-as-you-type stays indexed.

Pinyin: ``张三`` → full ``zhangsan``, initials ``zs``; a leading surname with
its own reading (曾 zeng, 单 shan) uses that reading.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pypinyin import lazy_pinyin
from pypinyin.constants import PHRASES_DICT

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{1,8}")  # the basic block: every character has a reading in pypinyin

# Surnames read differently from the everyday character (pypinyin gives the
# everyday reading): staff type "zs" for 曾三 and "sl" for 单丽.
SURNAME_READINGS = {
    "万俟": ["mo", "qi"], "尉迟": ["yu", "chi"],
    "曾": ["zeng"], "单": ["shan"], "解": ["xie"], "仇": ["qiu"], "区": ["ou"], "查": ["zha"], "朴": ["piao"],
    "盖": ["ge"], "缪": ["miao"], "翟": ["zhai"], "尉": ["yu"], "乐": ["yue"], "覃": ["qin"], "秘": ["bi"],
    "繁": ["po"], "召": ["shao"], "员": ["yun"],
}


@cache
def _char_reading(ch: str) -> str:
    return lazy_pinyin(ch)[0]


def _readings(text: str) -> list[str]:
    """What ``lazy_pinyin(text, errors="default")`` gives, without its segmentation where it cannot matter.

    lazy_pinyin reads a run of Chinese characters by phrases when a phrase of its dictionary occurs
    in it, and character by character otherwise. A name (2–4 characters, no phrase in it almost
    always) is then just its characters' readings, each looked up once: pypinyin's segmentation was
    half of a 50,000-row import's commit. Anything else goes to lazy_pinyin itself.
    """
    if _CJK_RUN.fullmatch(text) and not any(
            text[i:j] in PHRASES_DICT for i in range(len(text)) for j in range(i + 2, len(text) + 1)):
        return [_char_reading(ch) for ch in text]
    return lazy_pinyin(text, errors="default")


@lru_cache(maxsize=65536)  # names repeat (王芳, 张伟…): an import of 50k rows asks pypinyin far less often
def pinyin_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials), lower case ASCII; non-Chinese letters kept as they are."""
    surname = next((s for s in SURNAME_READINGS if name.startswith(s)), "")
    syllables = SURNAME_READINGS.get(surname, []) + [
        s.strip().lower() for s in _readings(name[len(surname):]) if s.strip()
    ]
    full = "".join(ch for ch in "".join(syllables) if ch.isalnum())
    initials = "".join(s[0] for s in syllables if s and s[0].isalnum())
    return full, initials


def reversed_or_none(value: str | None) -> str | None:
    return value[::-1] if value else None


def glob_escape(text: str) -> str:
    """Escape GLOB metacharacters so user input matches literally."""
    return "".join(f"[{c}]" if c in "*?[]" else c for c in text)
