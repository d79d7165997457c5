"""Volunteer cards: the PDF, and the pages the print dialog prints; both audit-logged.

The cards are laid out once (cards_layout.py) and drawn by reportlab here and
by QPainter when printed, so the saved PDF and the print-out are the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from station_app.audit import Actor, record
from station_app.db import database
from station_app.hours.cards_data import CardData, card_data
from station_app.hours.cards_layout import CARD_H, CARD_W, COLUMNS, MARGIN_X, MARGIN_Y, ROWS, card_pages
from station_app.page_ops import Page
from station_app.station.profile import load_profile

__all__ = ["CARD_H", "CARD_W", "COLUMNS", "MARGIN_X", "MARGIN_Y", "ROWS", "CardData", "CardPages", "card_data",
           "cards_for_printing", "record_cards_printed", "write_cards_pdf"]


@dataclass(frozen=True)
class CardPages:
    volunteer_ids: list[int]
    pages: list[Page] = field(default_factory=list)


def _pages(volunteer_ids: list[int]) -> tuple[list[CardData], list[Page]]:
    cards = card_data(volunteer_ids)
    station = load_profile()
    return cards, card_pages(cards, station.name if station else "")


def write_cards_pdf(volunteer_ids: list[int], path: Path, actor: Actor) -> int:
    """Write cards for the volunteers to *path*; return how many. Audit-logged."""
    from station_app.page_pdf import draw_page, new_canvas

    cards, pages = _pages(volunteer_ids)
    c = new_canvas(str(path), "志愿者证")  # starts in the embedded font: no unembedded Helvetica
    for page in pages:
        draw_page(c, page)
        c.showPage()
    c.save()
    with database.atomic():
        record(actor, "cards.print", "file", str(path), None, {"cards": len(cards)})
    return len(cards)


def cards_for_printing(volunteer_ids: list[int]) -> CardPages:
    """Worker-thread read: the pages the print dialog sends to the printer."""
    cards, pages = _pages(volunteer_ids)
    return CardPages([c.volunteer_id for c in cards], pages)


def record_cards_printed(volunteer_ids: list[int], printer: str, actor: Actor):
    """Audit-log cards sent to *printer* (a person's name and card code left the building)."""
    from station_app.changes import Counted, changed

    with database.atomic():
        record(actor, "cards.print", "printer", printer, None, {"cards": len(volunteer_ids)})
    return Counted(len(volunteer_ids), changed())
