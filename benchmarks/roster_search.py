"""Roster search over 100,000 volunteers: p50/p95 per kind of search, and page open time.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/roster_search.py [--volunteers N]

Each "keystroke" is what the page does after the debounce: the background
query for the first page (with the match count) plus building the rows the
view shows (the model reset and every visible cell's text). Targets: p95 under
15 ms per keystroke for every kind of search at 100k volunteers (issue 17; issue
2 asked for 30 ms); the roster page opens in under 500 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from report import figure

from station_app.audit import Actor
from station_app.db import open_database
from station_app.db.models import Volunteer
from station_app.demo import fill_demo
from station_app.roster.service import search_roster

VISIBLE_ROWS = 30  # rows a 768-pixel-high window shows
READER = Actor("值班员", role="operator")
TARGET_MS = 15.0


def keystrokes(kind: str, rng: random.Random, sample: list[Volunteer]) -> list[str]:
    """The successive texts of the search box while one search is typed."""
    v = rng.choice(sample)
    if kind == "name, 1 character":
        return [v.name[rng.randrange(len(v.name))]]
    if kind == "name, 2 characters":
        return [v.name[:1], v.name[:2]]
    if kind == "pinyin initials":
        return [v.name_initials[:i] for i in range(1, len(v.name_initials) + 1)]
    if kind == "full pinyin":
        return [v.name_pinyin[:i] for i in range(1, len(v.name_pinyin) + 1)]
    if kind == "phone tail":
        return [v.phone[-i:] for i in range(1, 5)] if v.phone else []
    if kind == "ID tail":
        return [v.id_number[-i:].lower() for i in range(1, 7)]
    if kind == "platform number":
        return [v.platform_no[:i] for i in range(2, len(v.platform_no) + 1)] if v.platform_no else []
    raise ValueError(kind)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--volunteers", type=int, default=100_000)
    parser.add_argument("--searches", type=int, default=40, help="searches typed per kind")
    args = parser.parse_args()

    app = QApplication.instance() or QApplication([])
    from station_app.gui.roster_model import RosterModel

    data_dir = Path(tempfile.mkdtemp(prefix="roster-bench-"))
    open_database(data_dir)
    t0 = time.perf_counter()
    fill_demo(args.volunteers, Actor("benchmark", via="cli", role="admin"))
    print(f"{args.volunteers} volunteers generated in {time.perf_counter() - t0:.1f} s")

    rng = random.Random(7)
    sample = list(Volunteer.select().order_by(Volunteer.id).limit(5000))
    model = RosterModel(lambda offset: None)

    cpu_times: list[float] = []

    def keystroke(text: str) -> float:
        start, cpu = time.perf_counter(), time.process_time()
        page = search_roster(text, False, 0, 200, actor=READER)
        model.reset_page(page)
        for row in range(min(VISIBLE_ROWS, model.rowCount())):
            for col in range(model.columnCount()):
                model.index(row, col).data()
        cpu_times.append((time.process_time() - cpu) * 1000)
        return (time.perf_counter() - start) * 1000

    print(f"\n{'kind':<22}{'keystrokes':>11}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'p95 CPU ms':>12}")
    worst_p95 = 0.0
    for kind in ("name, 1 character", "name, 2 characters", "pinyin initials", "full pinyin",
                 "phone tail", "ID tail", "platform number"):
        times = []
        cpu_times.clear()
        for _ in range(args.searches):
            for text in keystrokes(kind, rng, sample):
                times.append(keystroke(text))
        times.sort()
        p50 = statistics.median(times)
        p95 = times[int(len(times) * 0.95) - 1]
        worst_p95 = max(worst_p95, p95)
        cpu95 = sorted(cpu_times)[int(len(cpu_times) * 0.95) - 1]  # this process's own time: the machine's load aside
        print(f"{kind:<22}{len(times):>11}{p50:>9.2f}{p95:>9.2f}{times[-1]:>9.2f}{cpu95:>12.2f}")
        figure(f"roster search p95: {kind}", p95, "ms", f"< {TARGET_MS:.0f} ms", p95 < TARGET_MS)
    print(f"\nworst p95 {worst_p95:.1f} ms (target < {TARGET_MS:.0f} ms): ratio to target {worst_p95 / TARGET_MS:.2f}")

    # Opening the roster page: from constructing the window to the first page on screen.
    from station_app.gui.context import AppContext
    from station_app.gui.main_window import MainWindow
    from station_app.gui.tasks import TaskManager
    from station_app.station.profile import load_profile

    opens = []
    for _ in range(5):
        tasks = TaskManager()
        ctx = AppContext(data_dir=data_dir, tasks=tasks, profile=load_profile(), operator="benchmark")
        start = time.perf_counter()
        window = MainWindow(ctx)
        loop = QEventLoop()
        window.roster_page.results_shown.connect(lambda _n, loop=loop: loop.quit())
        QTimer.singleShot(5000, loop.quit)
        window.show()
        loop.exec()
        app.processEvents()
        opens.append((time.perf_counter() - start) * 1000)
        window.close()
        tasks.shutdown()
    print(f"roster page open: median {statistics.median(opens):.0f} ms, max {max(opens):.0f} ms "
          f"(target < 500 ms): ratio to target {max(opens) / 500:.2f}")
    figure("roster page open (max of 5)", max(opens), "ms", "< 500 ms", max(opens) < 500)


if __name__ == "__main__":
    main()
