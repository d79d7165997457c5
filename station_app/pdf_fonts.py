"""The Chinese font every PDF embeds, registered once with reportlab."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from station_app.resources import CJK_FONT_FILE, resource_path

CJK_FONT = "WQYMicroHei"


def register_cjk_font() -> str:
    if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(CJK_FONT, str(resource_path(*CJK_FONT_FILE)), subfontIndex=0))
    return CJK_FONT
