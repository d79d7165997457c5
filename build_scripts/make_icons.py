"""Draws the app icon into resources/icons/: PNGs of every size Windows and Linux ask for, and one .ico.

Run once when the icon changes (the outputs are committed, so a build needs no Pillow):
    .venv/bin/python build_scripts/make_icons.py
The icon is the character 站 (station) in white on the window's dark blue, drawn with the font
the app ships, so it needs no other artwork and no licence beyond the font's.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
SIZES = (16, 24, 32, 48, 64, 128, 256)
BLUE = (31, 58, 95, 255)  # #1f3a5f, the window's heading colour
GOLD = (240, 180, 40, 255)


def draw(size: int) -> Image.Image:
    """One size drawn at 4x and scaled down, so small sizes stay smooth."""
    big = size * 4
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((0, 0, big - 1, big - 1), radius=big // 5, fill=BLUE)
    bar = max(4, big // 14)
    pen.rectangle((big // 6, big - big // 6 - bar, big - big // 6, big - big // 6), fill=GOLD)
    font = ImageFont.truetype(str(FONT), int(big * 0.62), index=0)
    pen.text((big / 2, big * 0.44), "站", font=font, fill="white", anchor="mm")
    return image.resize((size, size), Image.LANCZOS)


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    images = {size: draw(size) for size in SIZES}
    for size, image in images.items():
        image.save(ICONS / f"station-desk-{size}.png", optimize=True)
    images[256].save(ICONS / "station-desk.ico", sizes=[(s, s) for s in SIZES])
    print(f"wrote {len(SIZES)} PNGs and station-desk.ico to {ICONS}")


if __name__ == "__main__":
    main()
