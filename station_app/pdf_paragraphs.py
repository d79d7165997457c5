"""Chinese paragraphs for reportlab's flowing documents (the 公示 list, the personal-information notice).

reportlab wraps CJK text only in its ``CJK`` mode, and there it breaks at any
space, so "保存 24 个月" can end a line on "24" and start the next with "个月".
:func:`para` escapes the text for reportlab's markup and joins each number to
the Chinese unit after it (the spaces around numbers go, as in print typography), so a line
never parts them; number runs themselves ("010-85551234") never break in CJK
mode. Certificates have their own line-breaking (certificates/layout.py).
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle

_NUMBER_THEN_UNIT = re.compile(r"(\d) (?=[\u3400-\u9fff])")
_HAN_THEN_NUMBER = re.compile(r"(?<=[\u3400-\u9fff]) (?=\d)")


def para(text: str) -> str:
    return _HAN_THEN_NUMBER.sub("", _NUMBER_THEN_UNIT.sub(r"\1", escape(text)))


def cjk_style(name: str, font: str, size: float, align: int = 0, **more) -> ParagraphStyle:
    """A paragraph style that wraps Chinese: leading 1.5 lines; *align* 0 left, 1 centre, 2 right."""
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.6, alignment=align,
                          wordWrap="CJK", **more)
