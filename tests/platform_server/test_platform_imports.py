"""The platform imports nothing of the station's client: the shared ground is station_app.protocol only.

A district runs the platform without the desktop app's packages in play; a
change in the station's roster or sync code must not change what the platform
accepts. Checked in a fresh interpreter, by what actually gets imported.
"""

from __future__ import annotations

import subprocess

from support.core import PYTHON, REPO

CLIENT_PACKAGES = ("roster", "hours", "gui", "sync", "certificates", "db", "audit", "station", "staff", "imports",
                   "exports", "backup", "posts")

IMPORT_THE_PLATFORM = r"""
import importlib, pkgutil, sys
import station_app.platform_server as pkg
for info in pkgutil.iter_modules(pkg.__path__, "station_app.platform_server."):
    importlib.import_module(info.name)
print(" ".join(sorted(m for m in sys.modules if m.startswith("station_app."))))
"""


def test_the_platform_imports_none_of_the_station_client_packages():
    proc = subprocess.run([PYTHON, "-c", IMPORT_THE_PLATFORM], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert proc.returncode == 0, proc.stderr
    loaded = proc.stdout.split()
    assert "station_app.platform_server.app" in loaded and "station_app.protocol.signing" in loaded
    client = [m for m in loaded if m.split(".")[1] in CLIENT_PACKAGES]
    assert client == [], f"the platform pulled in station client code: {client}"
