"""Everything outside station_app.gui runs without Qt (docs/architecture.md, Layers)."""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

from support.core import PYTHON, REPO

PACKAGE = REPO / "station_app"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")

IMPORT_ALL_BUT_GUI = r"""
import importlib, pkgutil, sys
import station_app

def walk(path, prefix):
    for info in pkgutil.iter_modules(path, prefix):
        if info.name == "station_app.gui" or info.name.startswith("station_app.gui."):
            continue
        module = importlib.import_module(info.name)
        yield info.name
        if info.ispkg:
            yield from walk(module.__path__, info.name + ".")

names = list(walk(station_app.__path__, "station_app."))
qt = sorted(m for m in sys.modules if m.split(".")[0] in QT_MODULES)
assert not any(n.startswith("station_app.gui") for n in sys.modules), "station_app.gui was imported"
print(len(names))
print(" ".join(qt))
"""


def core_files() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts[:1]]


def test_importing_every_core_module_loads_no_qt():
    code = f"QT_MODULES = {QT_MODULES!r}\n" + IMPORT_ALL_BUT_GUI
    proc = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert proc.returncode == 0, proc.stderr
    count, qt = proc.stdout.splitlines()
    assert int(count) == len(core_files()) - 1  # every core file; station_app/__init__.py is the root itself
    assert qt == "", f"core modules pulled in Qt: {qt}"


def test_no_core_source_imports_qt():
    offenders = []
    for path in core_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                    "import_module", "__import__"):
                names = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            else:
                continue
            for name in names:
                if name.split(".")[0] in QT_MODULES:
                    offenders.append(f"{path.relative_to(REPO)}:{node.lineno} {name}")
    assert offenders == []
    assert len(core_files()) > 15  # the walk found the core, not an empty folder


def test_only_the_cli_reaches_into_the_gui_and_only_lazily():
    """A top-level ``import station_app.gui`` in the core would load Qt for every command."""
    offenders = []
    for path in core_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in tree.body:  # module level only: imports inside functions are lazy
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("station_app.gui"):
                offenders.append(f"{path.relative_to(REPO)}:{node.lineno}")
            if isinstance(node, ast.Import) and any(a.name.startswith("station_app.gui") for a in node.names):
                offenders.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert offenders == []
