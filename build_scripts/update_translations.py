"""Brings resources/translations/station_app_en.ts up to date with the code (pyside6-lupdate).

    .venv/bin/python build_scripts/update_translations.py [--ts OTHER.ts]

New strings arrive unfinished (tests/test_translations.py then fails until they are translated,
with docs/glossary.md's words); strings gone from the code are dropped. No line numbers are kept,
so moving code does not touch the file. --ts updates a copy instead (the test's staleness check).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "station_app_en.ts"


def lupdate() -> str:
    exe = ".exe" if sys.platform == "win32" else ""
    binary = Path(sysconfig.get_paths()["purelib"]) / "PySide6" / f"lupdate{exe}"
    return str(binary) if binary.is_file() else "pyside6-lupdate"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "station_app").rglob("*.py"))


def update(ts: Path) -> str:
    result = subprocess.run([lupdate(), *sources(), "-source-language", "zh_CN", "-target-language", "en",
                             "-locations", "none", "-no-obsolete", "-silent", "-ts", str(ts)],
                            cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"lupdate failed: {result.stderr.strip()}")
    return result.stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ts", type=Path, default=TS)
    update(parser.parse_args().ts.resolve())


if __name__ == "__main__":
    main()
