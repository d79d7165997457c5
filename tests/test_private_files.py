"""Everything the app writes with personal data in it is readable by its owner only (POSIX modes;
on Windows the data folder sits in the user's own profile)."""

from __future__ import annotations

import os
import stat

import pytest

from support.core import run_station_app

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_data_folder_database_backups_logs_and_exports_are_private(tmp_path):
    folder = tmp_path / "station"
    out = tmp_path / "exports"
    out.mkdir()
    for args in (("demo", "--volunteers", "5"), ("backup",), ("export-roster", str(out / "r.xlsx"), "--mask"),
                 ("export-hours", str(out / "h.xlsx")), ("audit", "export", str(out / "a.csv")),
                 ("audit", "verify")):
        proc = run_station_app("--data-dir", str(folder), *args)
        assert proc.returncode == 0, (args, proc.stderr)
    written = [p for p in folder.rglob("*")] + [folder] + list(out.iterdir())
    assert {p.name for p in written} >= {"station", "station.sqlite3", "backups", "logs", "r.xlsx", "h.xlsx",
                                         "a.csv", "audit_anchor.log"}
    loose = {str(p.relative_to(tmp_path)): oct(mode(p)) for p in written
             if mode(p) != (0o700 if p.is_dir() else 0o600)}
    assert not loose, loose
