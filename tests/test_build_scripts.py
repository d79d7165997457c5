"""The packaging files agree with the code: the spec leaves out no Qt module the app imports, and
the window's --smoke-test flag (what the bundle check relies on) opens the window and closes it."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "build_scripts" / "station_desk.spec"


def qt_modules_imported() -> set[str]:
    found = set()
    for path in (REPO / "station_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6."):
                found.add(node.module.split(".")[1])
    return found


def spec_list(name: str) -> list[str]:
    text = SPEC.read_text("utf-8")
    body = re.search(rf"^{name} = \[(.*?)^\]", text, re.S | re.M)
    assert body, name
    return re.findall(r'"([^"]+)"', body.group(1))


def test_the_spec_excludes_no_qt_module_the_app_imports():
    imported = qt_modules_imported()
    assert {"QtCore", "QtGui", "QtWidgets"} <= imported
    excluded = set(spec_list("EXCLUDED_QT"))
    assert {"QtWebEngineCore", "QtQml", "Qt3DCore", "QtMultimedia"} <= excluded
    assert not imported & excluded, f"the bundle would lack {imported & excluded}"


def test_the_inno_setup_script_installs_per_user_and_keeps_the_data():
    iss = (REPO / "build_scripts" / "station_desk.iss").read_text("utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert re.search(r'Parameters: "--kiosk"', iss)
    assert "[UninstallDelete]" not in iss.replace("No [UninstallDelete]", "")
    assert "APPDATA" not in re.sub(r";.*", "", iss)  # the data folder appears in comments only


def run_app(*args: str, data_dir: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "station_app", "--data-dir", str(data_dir), *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=90)


def test_smoke_flag_opens_the_window_and_quits(tmp_path):
    first = run_app("--smoke-test", "0.5", data_dir=tmp_path / "new")
    assert first.returncode == 0, first.stderr
    assert "smoke: visible=FirstRunDialog" in first.stdout  # a new station: the first-start dialog, then out
    data = tmp_path / "station"
    assert run_app("demo", "--volunteers", "5", data_dir=data).returncode == 0
    assert run_app("staff", "add", "王站长", "--role", "admin", "--password-stdin", data_dir=data,
                   stdin="smoke-pass-1234\n").returncode == 0
    kiosk = run_app("--kiosk", "--smoke-test", "1", data_dir=data)
    assert kiosk.returncode == 0, kiosk.stderr
    assert "built=MainWindow" in kiosk.stdout and "LoginDialog" in kiosk.stdout  # no kiosk PIN yet: staff log in
