"""Every benchmark, one after another in child processes of this one, and one table of their figures.

    .venv/bin/python benchmarks/run_all.py [--only roster_import,roster_search] [--small]

Each benchmark prints its own report (kept in the log shown with ``--verbose``) and a
``BENCH`` line per figure (benchmarks/report.py); this prints, for every figure: the
target, the value measured now, and, where the benchmark measured a raw-engine base
in the same run (raw sqlite3 executemany for the roster import), the ratio to it.
``--small`` runs each with small sizes, to check the scripts themselves quickly.
Exit status 1 when a figure misses its target or a benchmark fails.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from report import PREFIX  # noqa: E402

BENCHMARKS = {  # name: the arguments --small gives it
    "roster_import": ["--rows", "2000"],
    "roster_search": ["--volunteers", "3000", "--searches", "5"],
    "checkin": ["--volunteers", "3000", "--records", "20000", "--pending", "1000", "--checkins", "20"],
    "certificates": ["--volunteers", "20", "--records", "20"],
    "backup": ["--volunteers", "3000", "--records", "20000"],
    "sync": ["--records", "2000"],
}


def run_one(name: str, small: bool, verbose: bool) -> tuple[list[dict], int, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    args = [sys.executable, str(HERE / f"{name}.py"), *(BENCHMARKS[name] if small else [])]
    began = time.perf_counter()
    proc = subprocess.run(args, capture_output=True, text=True, env=env)
    took = time.perf_counter() - began
    figures = [json.loads(line[len(PREFIX):]) for line in proc.stdout.splitlines() if line.startswith(PREFIX)]
    if verbose or proc.returncode != 0:
        print(f"--- {name} (exit {proc.returncode}, {took:.0f} s)")
        print("\n".join(line for line in proc.stdout.splitlines() if not line.startswith(PREFIX)))
        if proc.returncode != 0:
            print(proc.stderr[-3000:])
    return figures, proc.returncode, took


def _value(f: dict) -> str:
    return f"{f['value']:,.2f} {f['unit']}" if f["value"] < 100 else f"{f['value']:,.0f} {f['unit']}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", help="comma-separated benchmark names: " + ", ".join(BENCHMARKS))
    parser.add_argument("--small", action="store_true", help="small sizes: checks the scripts, not the targets")
    parser.add_argument("--verbose", action="store_true", help="show each benchmark's own report too")
    args = parser.parse_args()
    names = args.only.split(",") if args.only else list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        parser.error("unknown benchmark: " + ", ".join(unknown))
    rows, failed = [], []
    for name in names:
        print(f"running {name} …", file=sys.stderr, flush=True)
        figures, code, took = run_one(name, args.small, args.verbose)
        if code != 0 or not figures:
            failed.append(name)
        rows.extend((name, f) for f in figures)
    width = max([len(f["figure"]) for _n, f in rows] + [10])
    print(f"\n{'figure':<{width}}  {'target':<16}{'now':>14}  {'met':<5}{'raw base':>12}{'ratio':>8}")
    for _name, f in rows:
        met = {True: "yes", False: "NO", None: "—"}[f["met"]]
        base = f"{f['base']:,.2f} {f['unit']}" if "base" in f else ""
        ratio = f"{f['ratio']:.1f}x" if "ratio" in f else ""
        print(f"{f['figure']:<{width}}  {f['target']:<16}{_value(f):>14}  {met:<5}{base:>12}{ratio:>8}")
    if failed:
        print("\nfailed or printed no figure: " + ", ".join(failed))
    missed = [f["figure"] for _n, f in rows if f["met"] is False]
    return 1 if failed or (missed and not args.small) else 0


if __name__ == "__main__":
    sys.exit(main())
