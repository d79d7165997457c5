"""The kiosk's look: large type, high contrast, touch targets well above 48 px.

Sizes are in pixels so a 70-year-old volunteer reads the same size on any
screen; colours keep at least 4.5:1 contrast against their background.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from station_app.resources import CJK_FONT_FILE, resource_path

BASE_PX = 24        # body text
HINT_PX = 28        # instructions: read at arm's length
HEADING_PX = 40     # screen headings
BIG_PX = 48         # the one number or word that matters on a screen
KEY_MIN_WIDTH = 56  # a fingertip and more; keys are wider wherever the screen allows
KEY_HEIGHT = 56     # keypad keys at least; they grow with the screen (about 80 px at 768, 140 at 1080)
BUTTON_HEIGHT = 76  # ordinary buttons
CHOICE_HEIGHT = 104  # two-line buttons: a post, a person

INK = "#111827"
MUTED = "#374151"
PAPER = "#F5F7FA"
BLUE = "#0B4F9C"
BLUE_DARK = "#083B75"
GREEN = "#166534"
ORANGE = "#A33A00"
RED = "#9B1C1C"
STAR = "#A34F00"

FAMILIES = ("Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei")

STYLE = f"""
QWidget#kiosk_root {{ background: {PAPER}; }}
QWidget {{ font-size: {BASE_PX}px; color: {INK}; }}
QLabel#heading {{ font-size: {HEADING_PX}px; font-weight: bold; }}
QLabel#big {{ font-size: {BIG_PX}px; font-weight: bold; }}
QLabel#hint {{ font-size: {HINT_PX}px; color: {MUTED}; }}
QLabel#step {{ font-size: {HINT_PX}px; color: {MUTED}; }}
QLabel#error {{ font-size: 28px; font-weight: bold; color: {RED}; }}
QLabel#success {{ font-size: {BIG_PX}px; font-weight: bold; color: {GREEN}; }}
QLabel#stars {{ font-size: {BIG_PX}px; color: {STAR}; }}
QLabel#caption {{ font-size: 30px; color: {MUTED}; }}
QLabel#value {{ font-size: {HEADING_PX}px; font-weight: bold; }}
QWidget#top_bar {{ background: {BLUE}; }}
QWidget#top_bar QLabel {{ color: white; font-size: 26px; font-weight: bold; }}
QLineEdit {{ font-size: 40px; min-height: 84px; border: 3px solid {BLUE}; border-radius: 12px;
             padding: 0 18px; background: white; selection-background-color: {BLUE};
             placeholder-text-color: #6B7280; }}
QPushButton {{ font-size: 30px; min-height: {BUTTON_HEIGHT}px; border: 3px solid {BLUE}; border-radius: 14px;
               background: white; color: {BLUE}; padding: 0 28px; font-weight: bold; }}
QPushButton:pressed {{ background: #DCE8F7; }}
QPushButton:disabled {{ color: #6B7280; border-color: #9CA3AF; }}
QPushButton[role="primary"] {{ background: {BLUE}; color: white; }}
QPushButton[role="primary"]:pressed {{ background: {BLUE_DARK}; }}
QPushButton[role="checkout"] {{ background: {ORANGE}; border-color: {ORANGE}; color: white;
                                font-size: 56px; min-height: 160px; }}
QLineEdit[compact="true"] {{ min-height: 68px; }}
QPushButton[role="key"] {{ font-size: 42px; min-height: {KEY_HEIGHT - 8}px; padding: 0; }}
QPushButton[role="key_small"] {{ font-size: 30px; min-height: {KEY_HEIGHT - 8}px; padding: 0; }}
QPushButton[role="staff"] {{ font-size: 20px; min-height: 52px; color: white; background: {BLUE_DARK};
                             border: 2px solid #9DB8DC; border-radius: 10px; padding: 0 16px; }}
QPushButton[role="choice"] {{ min-height: {CHOICE_HEIGHT}px; padding: 0; }}
QPushButton[role="choice"]:pressed {{ background: #DCE8F7; }}
QLabel#choice_title {{ font-size: 32px; font-weight: bold; color: {BLUE}; background: transparent; }}
QLabel#choice_detail {{ font-size: 24px; color: {MUTED}; background: transparent; }}
QLabel#choice_mark {{ font-size: 24px; font-weight: bold; color: white; background: {GREEN};
                      border-radius: 8px; padding: 4px 12px; }}
QScrollArea {{ border: none; background: transparent; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
QScrollBar:vertical {{ width: 36px; background: #E5E7EB; border-radius: 12px; }}
QScrollBar::handle:vertical {{ background: #6B7280; min-height: 80px; border-radius: 12px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
"""

_font_checked = False


def kiosk_font() -> QFont:
    """A Chinese UI font at the kiosk's base size; the bundled WenQuanYi when the PC has none of ours."""
    global _font_checked
    if not _font_checked:
        _font_checked = True
        if not set(FAMILIES) & set(QFontDatabase.families()):
            QFontDatabase.addApplicationFont(str(resource_path(*CJK_FONT_FILE)))
    font = QFont()
    font.setFamilies(list(FAMILIES))
    font.setPixelSize(BASE_PX)
    return font
