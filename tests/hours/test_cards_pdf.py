"""Volunteer cards: a real PDF, read back, rendered, and its QR codes scanned."""

from __future__ import annotations

import subprocess

from pypdf import PdfReader
from reportlab.lib.units import mm

from station_app.db.models import AuditEntry, Volunteer
from station_app.demo import fill_demo
from station_app.hours.cards import volunteer_for_code
from station_app.hours.cards_pdf import CARD_H, CARD_W, COLUMNS, MARGIN_X, MARGIN_Y, write_cards_pdf


def scan_card(pdf, slot: int, tmp_path) -> str:
    """Render one card of page 1 at 150 dpi, as a scanner sees one card, and decode its QR.
    (zbar misses codes when several sit side by side in one image.)"""
    dpi = 150 / 25.4 / mm  # pixels per point
    x = (MARGIN_X + (slot % COLUMNS) * CARD_W) * dpi
    y = (MARGIN_Y + (slot // COLUMNS) * CARD_H) * dpi
    stem = tmp_path / f"card{slot}"
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", "-f", "1", "-l", "1", "-x", str(int(x)),
                    "-y", str(int(y)), "-W", str(int(CARD_W * dpi)), "-H", str(int(CARD_H * dpi)), str(pdf),
                    str(stem)], check=True)
    return subprocess.run(["zbarimg", "-q", "--raw", f"{stem}.png"], capture_output=True, text=True).stdout.strip()


def test_cards_carry_name_number_and_a_scannable_code(db, actor, tmp_path):
    fill_demo(12, actor)
    volunteers = list(Volunteer.select().order_by(Volunteer.id))
    out = tmp_path / "cards.pdf"
    assert write_cards_pdf([v.id for v in volunteers], out, actor) == 12
    reader = PdfReader(out)
    assert len(reader.pages) == 2  # ten to a page
    text = "".join(page.extract_text() for page in reader.pages)
    for v in volunteers:
        assert v.name in text
        assert (v.platform_no or "SD-") in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "WenQuanYi" in fonts and all(" yes yes " in line for line in fonts.splitlines()[2:])
    codes = [scan_card(out, slot, tmp_path) for slot in range(10)]
    assert sorted(volunteer_for_code(c) for c in codes) == [v.id for v in volunteers[:10]]
    assert AuditEntry.select().where(AuditEntry.action == "cards.print").count() == 1
