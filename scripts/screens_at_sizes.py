"""Screenshots of every page, the kiosk and every dialog at the sizes stations have, and what is cut.

    .venv/bin/python scripts/screens_at_sizes.py OUT_DIR

Runs tests/support/screens_run.py (the same run tests/gui/test_screens_fit.py checks) once per size:
OUT_DIR/<size>/page-*.png, kiosk-home.png, dialog-*.png; prints each size's problems (none expected).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SIZES = [("1024x768", "1024", "768", "1"), ("1366x768", "1366", "768", "1"), ("1920x1080", "1920", "1080", "1"),
         ("1920x1080-150pct", "1920", "1080", "1.5")]


def main(out: Path) -> int:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QT_SCALE_FACTOR")}
    bad = 0
    for name, width, height, scale in SIZES:
        proc = subprocess.run([sys.executable, str(REPO / "tests" / "support" / "screens_run.py"), width, height,
                               "--scale", scale, "--shots", str(out / name)], capture_output=True, text=True,
                              cwd=REPO, env=env, timeout=300)
        problems = json.loads(proc.stdout.strip().splitlines()[-1])["problems"] if proc.returncode == 0 else [
            proc.stderr[-500:]]
        bad += len(problems)
        print(f"{name}: {len(list((out / name).glob('*.png')))} screenshots, {len(problems)} problems")
        for p in problems:
            print("   ", p)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")))
