"""Locate files shipped with the package (fonts, icons, translations).

One helper so the same code works from a checkout, an installed wheel and a
PyInstaller bundle (which unpacks data files under ``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) / "station_app" / "resources" if base else Path(__file__).parent / "resources"
    return root.joinpath(*parts)
