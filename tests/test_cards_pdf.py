"""Volunteer cards: a real PDF, read back, rendered, and its QR codes scanned."""

from __future__ import annotations

import subprocess

from pypdf import PdfReader

from station_app.db.models import AuditEntry, Volunteer
from station_app.demo import fill_demo
from station_app.hours.cards import volunteer_for_code
from station_app.hours.cards_pdf import write_cards_pdf


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
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")], check=True)
    scanned = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "p-1.png")], capture_output=True, text=True).stdout
    codes = scanned.split()
    assert len(codes) == 10
    assert sorted(volunteer_for_code(c) for c in codes) == [v.id for v in volunteers[:10]]
    assert AuditEntry.select().where(AuditEntry.action == "cards.print").count() == 1
