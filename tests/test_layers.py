"""The layers are declared in pyproject.toml (import-linter) and kept: a new package must take its place."""

from __future__ import annotations

import os
import subprocess
import tomllib
from pathlib import Path

from support.core import PYTHON, REPO


def _contracts() -> list[dict]:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]


def test_every_module_of_the_package_has_a_layer():
    layers = next(c for c in _contracts() if c["type"] == "layers")["layers"]
    placed = {name.strip() for layer in layers for name in layer.replace(":", "|").split("|")}
    standing_apart = {"station_app.platform_server", "station_app.protocol"}  # own contracts
    found = {f"station_app.{p.stem if p.is_file() else p.name}" for p in (REPO / "station_app").iterdir()
             if (p.suffix == ".py" and p.stem != "__init__") or (p.is_dir() and (p / "__init__.py").exists())}
    unplaced = sorted(found - placed - standing_apart)
    assert not unplaced, f"give these a layer in pyproject.toml's import-linter contract: {unplaced}"


def test_the_import_contracts_hold():
    """Qt only in gui/, layers from the window down, the platform apart, no cycles (function-local ones too)."""
    lint_imports = Path(PYTHON).parent / ("lint-imports.exe" if os.name == "nt" else "lint-imports")
    run = subprocess.run([str(lint_imports), "--no-cache"], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "0 broken" in run.stdout
