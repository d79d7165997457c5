"""One version, pyproject.toml's: the command line says it, and nothing else in the code spells it."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

from station_app.version import app_version

REPO = Path(__file__).resolve().parent.parent


def pyproject_version() -> str:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_station_app_version_prints_pyprojects_version():
    result = subprocess.run([sys.executable, "-m", "station_app", "--version"], capture_output=True, text=True,
                            cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Station Desk {pyproject_version()}"
    assert app_version() == pyproject_version()


def test_no_module_spells_the_version_itself():
    literal = re.compile(r"""\b(__version__|VERSION|APP_VERSION)\s*=\s*["']\d""")
    found = [str(p.relative_to(REPO)) for p in (REPO / "station_app").rglob("*.py") if literal.search(p.read_text("utf-8"))]
    assert not found, found
