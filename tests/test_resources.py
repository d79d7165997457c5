"""resource_path() finds the shipped files from a checkout, an installed wheel and a bundle."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from station_app import resources
from station_app.resources import in_checkout, resource_path

REPO = Path(__file__).resolve().parent.parent
FILES = [("fonts", "wqy-microhei.ttc"), ("fonts", "README.md"), ("icons", "station-desk.ico"),
         ("icons", "station-desk-256.png"), ("guide", "index.html"), ("guide", "index_en.html"), ("translations", "qtbase_fixes_zh_CN.ts")]


def test_from_a_checkout_the_top_level_resources_folder_is_used():
    assert in_checkout()
    for parts in FILES:
        assert resource_path(*parts) == REPO / "resources" / Path(*parts)
        assert resource_path(*parts).is_file(), parts


def test_in_a_bundle_the_files_come_from_the_unpacked_folder(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("fonts", "wqy-microhei.ttc") == tmp_path / "resources" / "fonts" / "wqy-microhei.ttc"
    assert not resources.in_checkout()


def test_an_installed_wheel_carries_the_font_and_compiled_translations(tmp_path):
    """Build the wheel as a user would (pip, isolated build), install it into a fresh venv, ask there.

    Built from a copy of what the wheel is made of: setuptools writes build/ and egg-info into the
    source folder, and an egg-info on PYTHONPATH would make pip think the wheel is installed already.
    """
    source = tmp_path / "source"
    for name in ("station_app", "resources"):
        shutil.copytree(REPO / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.qm"))
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    clean = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    wheels = tmp_path / "wheels"
    run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(source)], cwd=tmp_path, env=clean)
    (wheel,) = wheels.glob("station_app-*.whl")
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", str(wheel)], env=clean)
    ask = ("import json; from station_app.resources import resource_path, in_checkout; "
           "print(json.dumps({'checkout': in_checkout(), 'font': str(resource_path('fonts', 'wqy-microhei.ttc')), "
           "'qm': str(resource_path('translations', 'qtbase_fixes_zh_CN.qm')), "
           "'guide': str(resource_path('guide', 'index.html')), "
           "'guide_en': str(resource_path('guide', 'index_en.html'))}))")
    found = json.loads(run([str(python), "-c", ask], cwd=tmp_path, env={"PATH": os.defpath}))
    assert found["checkout"] is False
    for key in ("font", "qm", "guide", "guide_en"):
        path = Path(found[key])
        assert path.is_file(), key
        assert path.is_relative_to(venv), f"{key} not from the installed wheel: {path}"
    assert Path(found["font"]).read_bytes() == resource_path("fonts", "wqy-microhei.ttc").read_bytes()
    assert_translation_loads(Path(found["qm"]))


def run(command: list[str], **kwargs) -> str:
    """The command's output; its stderr in the failure when it fails."""
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    assert result.returncode == 0, f"{command[:4]} failed:\n{result.stderr[-3000:]}"
    return result.stdout


def assert_translation_loads(qm: Path) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm)), qm
    assert translator.translate("QFileDialog", "&Look in:") == "查找范围(&L)："
