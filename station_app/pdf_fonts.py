"""The Chinese font every PDF embeds, registered once with reportlab.

Registering also turns off reportlab's ASCII85 wrapping of compressed streams
(``rl_config.useA85``, on by default for 7-bit mail transport nobody uses): it made
every PDF a quarter larger and cost 7 ms per certificate. Every PDF writer here
registers the font first, so all of them get it.
"""

from __future__ import annotations

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from station_app.resources import CJK_FONT_FILE, resource_path

CJK_FONT = "WQYMicroHei"


def register_cjk_font() -> str:
    rl_config.useA85 = 0
    if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(CJK_FONT, str(resource_path(*CJK_FONT_FILE)), subfontIndex=0))
    return CJK_FONT
