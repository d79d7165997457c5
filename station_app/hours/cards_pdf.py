"""Volunteer cards: name, volunteer number and the card QR code, ten to an A4 page.

Cards are 85.6 × 54 mm (the ID-1 size of a bank card) so they fit standard
card sleeves; cut marks are the card borders. The QR code carries the card
code the kiosk reads (see cards.py), drawn as one path with segno (about 3x
faster than reportlab's own QR widget, measured here).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.pdfgen.canvas import FILL_NON_ZERO

from station_app.audit import Actor, record
from station_app.db import database
from station_app.db.models import Volunteer
from station_app.hours.cards import card_code
from station_app.pdf_fonts import register_cjk_font
from station_app.qr import dark_runs, qr_matrix
from station_app.station.profile import load_profile

CARD_W, CARD_H = 85.6 * mm, 54 * mm
COLUMNS, ROWS = 2, 5
MARGIN_X = (A4[0] - COLUMNS * CARD_W) / 2
MARGIN_Y = (A4[1] - ROWS * CARD_H) / 2


@dataclass(frozen=True)
class CardData:
    volunteer_id: int
    name: str
    number: str  # the platform volunteer number, or the local card code
    team: str
    code: str


def card_data(volunteer_ids: list[int]) -> list[CardData]:
    rows = {v.id: v for v in Volunteer.select().where(Volunteer.id.in_(volunteer_ids))}
    out = []
    for vid in volunteer_ids:
        v = rows.get(vid)
        if v is not None:
            code = card_code(v.id)
            out.append(CardData(v.id, v.name, v.platform_no or code, v.team, code))
    return out


def _draw_qr(c: canvas.Canvas, text: str, x: float, y: float, size: float) -> None:
    """One path of horizontal runs, each overlapping the next row a hair: separate
    module squares leave anti-aliased seams in rendered pages that scanners trip on."""
    matrix = qr_matrix(text)
    cell = size / len(matrix)
    overlap = cell * 0.05
    path = c.beginPath()
    for r, col, length in dark_runs(matrix):
        path.rect(x + col * cell, y + size - (r + 1) * cell - overlap, length * cell + overlap, cell + overlap)
    c.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)  # even-odd would cancel the overlaps


def write_cards_pdf(volunteer_ids: list[int], path: Path, actor: Actor) -> int:
    """Write cards for the volunteers to *path*; return how many. Audit-logged."""
    font = register_cjk_font()
    cards = card_data(volunteer_ids)
    station = load_profile()
    c = canvas.Canvas(str(path), pagesize=A4, initialFontName=font)  # no unembedded Helvetica
    c.setTitle("志愿者证")
    for i, card in enumerate(cards):
        slot = i % (COLUMNS * ROWS)
        if i and slot == 0:
            c.showPage()
        x = MARGIN_X + (slot % COLUMNS) * CARD_W
        y = A4[1] - MARGIN_Y - (slot // COLUMNS + 1) * CARD_H
        c.setLineWidth(0.3)
        c.setStrokeGray(0.6)
        c.roundRect(x, y, CARD_W, CARD_H, 3 * mm, stroke=1, fill=0)
        c.setFillColorRGB(0.78, 0.1, 0.1)
        c.rect(x, y + CARD_H - 11 * mm, CARD_W, 11 * mm, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(font, 10.5)
        c.drawString(x + 4 * mm, y + CARD_H - 7.5 * mm, (station.name if station else "") + " 志愿者证")
        c.setFillColorRGB(0, 0, 0)
        c.setFont(font, 20)
        c.drawString(x + 5 * mm, y + 28 * mm, card.name)
        c.setFont(font, 9)
        c.drawString(x + 5 * mm, y + 19 * mm, "志愿者编号")
        c.setFont(font, 11)
        c.drawString(x + 5 * mm, y + 13.5 * mm, card.number)
        if card.team:
            c.setFont(font, 8.5)
            c.drawString(x + 5 * mm, y + 6 * mm, card.team)
        # The QR keeps a quiet zone of more than four modules on every side (scanners need it).
        _draw_qr(c, card.code, x + CARD_W - 31 * mm, y + 9 * mm, 26 * mm)
        c.setFont(font, 6.5)
        c.drawString(x + 5 * mm, y + 2.5 * mm, card.code)
    if not cards:
        c.setFont(font, 14)
        c.drawString(30 * mm, A4[1] - 40 * mm, "没有可打印的志愿者")
    c.save()
    with database.atomic():
        record(actor, "cards.print", "file", str(path), None, {"cards": len(cards)})
    return len(cards)
