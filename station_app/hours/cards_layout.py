"""Volunteer cards as layout pages: the same drawing operations become the PDF and the print-out.

Cards are 85.6 × 54 mm (the ID-1 size of a bank card) so they fit standard
card sleeves; ten to an A4 page, the card borders are the cut marks. Drawn as
``station_app.certificates.layout`` operations, so reportlab writes the PDF and
QPainter prints the very same pages through the system print dialog.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from station_app.hours.cards_data import CardData
from station_app.page_ops import Page, Qr, Rect, Text
from station_app.qr import qr_matrix

CARD_W, CARD_H = 85.6 * mm, 54 * mm
COLUMNS, ROWS = 2, 5
MARGIN_X = (A4[0] - COLUMNS * CARD_W) / 2
MARGIN_Y = (A4[1] - ROWS * CARD_H) / 2
BANNER = (0.78, 0.1, 0.1)
WHITE = (1.0, 1.0, 1.0)
BORDER = (0.6, 0.6, 0.6)


def card_pages(cards: list[CardData], station_name: str) -> list[Page]:
    """Every card in place, ten to a page; one page saying so when there are none."""
    pages: list[Page] = []
    for i, card in enumerate(cards):
        slot = i % (COLUMNS * ROWS)
        if slot == 0:
            pages.append(Page())
        x = MARGIN_X + (slot % COLUMNS) * CARD_W
        top = MARGIN_Y + (slot // COLUMNS) * CARD_H
        pages[-1].ops.extend(_card(card, station_name, x, top))
    if not pages:
        pages.append(Page([Text(30 * mm, 40 * mm, "没有可打印的志愿者", 14)]))
    return pages


def _card(card: CardData, station_name: str, x: float, top: float) -> list:
    bottom = top + CARD_H  # y grows downwards; the PDF's "y + h" is measured from this bottom edge

    def up(h: float) -> float:  # a height above the card's bottom edge, as the card was designed
        return bottom - h

    ops = [
        Rect(x, top, CARD_W, CARD_H, width=0.3, color=BORDER, radius=3 * mm),
        Rect(x, top, CARD_W, 11 * mm, width=0, color=None, fill=BANNER),
        Text(x + 4 * mm, up(CARD_H - 7.5 * mm), f"{station_name} 志愿者证".strip(), 10.5, color=WHITE),
        Text(x + 5 * mm, up(28 * mm), card.name, 20),
        Text(x + 5 * mm, up(19 * mm), "志愿者编号", 9),
        Text(x + 5 * mm, up(13.5 * mm), card.number, 11),
        # The QR keeps a quiet zone of more than four modules on every side (scanners need it).
        Qr(x + CARD_W - 31 * mm, up(9 * mm + 26 * mm), 26 * mm, qr_matrix(card.code)),
        Text(x + 5 * mm, up(2.5 * mm), card.code, 6.5),
    ]
    if card.team:
        ops.insert(6, Text(x + 5 * mm, up(6 * mm), card.team, 8.5))
    return ops
