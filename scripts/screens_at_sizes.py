"""Screenshots of every page, the kiosk and every dialog at the sizes stations have, and what is cut.

    .venv/bin/python scripts/screens_at_sizes.py [OUT_DIR] [--lang en]

Runs tests/support/screens_run.py (the same run tests/gui/test_screens_fit.py checks) once per size:
OUT_DIR/<size>/page-*.png, kiosk-home.png, dialog-*.png; prints each size's problems (none expected).
``--lang en`` shows the English interface (OUT_DIR/<size>-en/…).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SIZES = [("1024x768", "1024", "768", "1"), ("1366x768", "1366", "768", "1"), ("1920x1080", "1920", "1080", "1"),
         ("1920x1080-150pct", "1920", "1080", "1.5")]


def main(out: Path, lang: str) -> int:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QT_SCALE_FACTOR")}
    bad = 0
    for size, width, height, scale in SIZES:
        name = size if lang == "zh_CN" else f"{size}-{lang}"
        proc = subprocess.run([sys.executable, str(REPO / "tests" / "support" / "screens_run.py"), width, height,
                               "--scale", scale, "--lang", lang, "--shots", str(out / name)], capture_output=True,
                              text=True, cwd=REPO, env=env, timeout=300)
        problems = json.loads(proc.stdout.strip().splitlines()[-1])["problems"] if proc.returncode == 0 else [
            proc.stderr[-500:]]
        bad += len(problems)
        print(f"{name}: {len(list((out / name).glob('*.png')))} screenshots, {len(problems)} problems")
        for p in problems:
            print("   ", p)
    return 1 if bad else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=Path("screenshots"), metavar="OUT_DIR")
    parser.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en"])
    args = parser.parse_args()
    sys.exit(main(args.out, args.lang))
