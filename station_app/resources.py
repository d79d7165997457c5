"""Locate the files Station Desk ships beside its code (font, icons, translations, staff guide).

They live in the repository's top-level ``resources/`` folder. One helper finds them wherever the
program runs, so no caller knows the layout:

- a PyInstaller bundle unpacks them to ``sys._MEIPASS/resources`` (build_scripts/station_desk.spec);
- an installed wheel carries them as ``station_app/_resources`` (the setuptools ``package-dir``
  mapping in pyproject.toml);
- a checkout (``./dev.sh``, ``PYTHONPATH``, an editable install) reads ``resources/`` itself.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent

# The CJK font every PDF embeds and the window falls back on (fonts/README.md: where it comes from).
CJK_FONT_FILE = ("fonts", "wqy-microhei.ttc")
CJK_FONT_NAME = "文泉驿微米黑 WenQuanYi Micro Hei 0.2.0-beta"
CJK_FONT_LICENCE = "Apache-2.0"


def resources_root() -> Path:
    """The folder holding fonts/, icons/, translations/ and guide/ in this installation."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    installed = _PACKAGE / "_resources"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "resources"


def in_checkout() -> bool:
    """True when the resources are the repository's own folder (not a wheel's or a bundle's copy)."""
    return resources_root() == _PACKAGE.parent / "resources"


def resource_path(*parts: str) -> Path:
    """``resource_path("fonts", "wqy-microhei.ttc")``: the path of one shipped file (it may not exist)."""
    return resources_root().joinpath(*parts)
