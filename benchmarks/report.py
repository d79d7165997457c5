"""One line per measured figure, for benchmarks/run_all.py to gather into one table.

Each benchmark prints its own readable output and, for each figure with a
target, a line ``BENCH {json}``: the figure, its value and unit, the target
(and whether it was met), and where one exists the raw-engine base measured in
the same run (``ratio`` = value / base).
"""

from __future__ import annotations

import json

PREFIX = "BENCH "


def figure(name: str, value: float, unit: str, target: str | None, met: bool | None, base: float | None = None,
           base_name: str = "") -> None:
    """One figure; *target* None (and *met* None) for one measured without a target."""
    line = {"figure": name, "value": round(value, 3), "unit": unit, "target": target or "—",
            "met": None if met is None else bool(met)}
    if base:
        line.update(base=round(base, 3), base_name=base_name, ratio=round(value / base, 2))
    print(PREFIX + json.dumps(line, ensure_ascii=False), flush=True)
