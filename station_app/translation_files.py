"""Turning the translations' .ts sources into the .qm files Qt loads, with Qt's lrelease.

The .qm files are build output and never committed: setup.py compiles them into the wheel,
build_scripts/station_desk.spec into the bundle, and a checkout compiles its own the first time the
window starts (:func:`ensure_compiled`). This module imports nothing of the package, so setup.py
can load it by path while the package is being built.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

log = logging.getLogger(__name__)


def lrelease_command() -> list[str] | None:
    """The lrelease binary PySide6 ships in this interpreter's site-packages, else one on PATH.

    The binary, not the ``pyside6-lrelease`` wrapper: inside pip's isolated build the wrapper's
    ``import PySide6`` fails, while the venv's site-packages still holds the program itself.
    """
    exe = ".exe" if sys.platform == "win32" else ""
    for site in {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}:
        binary = Path(site) / "PySide6" / f"lrelease{exe}"
        if binary.is_file():
            return [str(binary)]
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def stale(folder: Path) -> list[Path]:
    """The .ts sources in *folder* whose .qm is missing or older than the source."""
    out = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            out.append(ts)
    return out


def compile_translations(folder: Path, only_stale: bool = False) -> list[Path]:
    """Compile every .ts in *folder* to a .qm beside it; the .qm files written.

    Raises RuntimeError when lrelease is missing or fails: a package built without its
    translations must not look finished.
    """
    sources = stale(folder) if only_stale else sorted(folder.glob("*.ts"))
    if not sources:
        return []
    command = lrelease_command()
    if command is None:
        raise RuntimeError("pyside6-lrelease not found: install PySide6 to build the translations")
    built = []
    for ts in sources:
        qm = ts.with_suffix(".qm")
        result = subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
        if result.returncode != 0 or not qm.exists():
            raise RuntimeError(f"lrelease failed on {ts.name}: {result.stderr.strip() or result.stdout.strip()}")
        built.append(qm)
    return built


def ensure_compiled(folder: Path) -> None:
    """At start from a checkout: build missing or stale .qm files; a failure is logged, never fatal
    (the window then shows the Chinese source text)."""
    try:
        if stale(folder):
            compile_translations(folder, only_stale=True)
    except (OSError, RuntimeError) as exc:
        log.warning("translations not compiled in %s: %s", folder, exc)


def ts_messages(ts: Path) -> dict[tuple[str, str], str]:
    """The finished translations of a .ts file by (context, source text).

    The command line reads these itself: commands never load Qt, so they cannot use the .qm.
    """
    import xml.etree.ElementTree as ET

    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                found[(name, message.findtext("source") or "")] = translation.text
    return found


def ts_translator(ts: Path):
    """A translate(context, text) for :func:`station_app.i18n.install` from a .ts file; the source
    text where the file has no finished translation (or cannot be read)."""
    try:
        messages = ts_messages(ts)
    except (OSError, SyntaxError) as exc:  # ParseError is a SyntaxError
        log.warning("translations not read from %s: %s", ts, exc)
        messages = {}

    def translate(context: str, text: str) -> str:
        return messages.get((context, text), text)

    return translate
