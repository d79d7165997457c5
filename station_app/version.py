"""The program's one version number: pyproject.toml's, read back from the installed package's metadata.

``station-app --version``, 帮助 → 关于, the sync engine's stop marker and the Windows bundle's version
information all ask here, so a release changes one line of pyproject.toml. A checkout reads
pyproject.toml itself (an editable install's metadata is as old as the last ``pip install -e``);
a PyInstaller bundle carries the metadata (the spec's ``copy_metadata``).
"""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "station-app"
_PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def _project() -> dict:
    if _PYPROJECT.is_file():
        with _PYPROJECT.open("rb") as f:
            project = tomllib.load(f).get("project", {})
        if project.get("name") == DISTRIBUTION:
            return project
    return {}


def app_version() -> str:
    project = _project()
    if project.get("version"):
        return str(project["version"])
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+unknown"


def app_licence() -> str:
    """The licence pyproject.toml declares (an SPDX expression), or "" when it declares none."""
    project = _project()
    declared = project.get("license")
    if isinstance(declared, str):
        return declared
    if isinstance(declared, dict) and declared.get("text"):
        return str(declared["text"])
    try:
        meta = metadata.metadata(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return ""
    # asked with `in` first: importlib_metadata >= 8 (which other packages may load) raises KeyError for a
    # missing field where the standard library returns None
    for field in ("License-Expression", "License"):
        if field in meta and meta[field]:
            return str(meta[field])
    return ""


__version__ = app_version()
