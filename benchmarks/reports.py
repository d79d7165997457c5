"""Reports and the home page over 100,000 volunteers and 1,000,000 records.

    .venv/bin/python benchmarks/reports.py [--volunteers N] [--records N] [--db DIR]

Targets (issue 14): a year's report by month and by post under 100 ms, printed
beside the raw GROUP BY over the same rows (the ratio base); the home page's
data under 50 ms. The records are spread over the last twelve months (one every
36 days per volunteer, checkin.py's builder). ``--db DIR`` keeps the generated
database in DIR and reuses it on the next run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from checkin import fill_records

from station_app.audit import Actor
from station_app.db import database, open_database
from station_app.db.models import Post, Volunteer
from station_app.demo import fill_demo
from station_app.posts.service import PostInput, create_post
from station_app.reports import periods
from station_app.reports.figures import report
from station_app.reports.home import home_data

RUNS = 7
CATEGORIES = ("环境保护", "文明交通", "助老助残", "社区治理")


def timed(fn, runs: int = RUNS) -> tuple[float, object]:
    times, value = [], None
    for _ in range(runs):
        start = time.perf_counter()
        value = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), value


def build(data_dir: Path, volunteers: int, total: int) -> None:
    open_database(data_dir)
    if Post.select().count():
        return
    actor = Actor("benchmark", via="cli", role="admin")
    t0 = time.perf_counter()
    fill_demo(volunteers, actor, with_hours=False)
    posts = [create_post(PostInput(f"岗位{i}", f"P-{i:02d}", category=CATEGORIES[i % 4]), actor).id for i in range(8)]
    ids = [v for (v,) in Volunteer.select(Volunteer.id).where(Volunteer.status == "active").tuples()]
    fill_records(ids, posts, total, pending=2_000, days_apart=36, served=True)
    database.execute_sql("ANALYZE")
    print(f"{volunteers} volunteers, {total} records generated in {time.perf_counter() - t0:.1f} s")


def last_twelve_months() -> periods.Period:
    today = dt.date.today()
    first = periods.month(today.year - 1, today.month + 1) if today.month < 12 else periods.month(today.year, 1)
    return periods.between(first.first, periods.current_month(today).last)


RAW = ("SELECT {key}, COUNT(DISTINCT volunteer_id), COUNT(*), SUM(people_served), SUM(minutes)"
       " FROM service_record NOT INDEXED WHERE state = 'approved' AND counts = 1 AND ym BETWEEN ? AND ?"
       " GROUP BY {key}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--volunteers", type=int, default=100_000)
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--db", metavar="DIR", help="keep (and reuse) the generated database here")
    args = parser.parse_args()
    data_dir = Path(args.db) if args.db else Path(tempfile.mkdtemp(prefix="reports-bench-"))
    build(data_dir, args.volunteers, args.records)
    period = last_twelve_months()
    rows = database.execute_sql("SELECT COUNT(*) FROM service_record WHERE state = 'approved' AND ym BETWEEN ? AND ?",
                                (period.ym_first, period.ym_last)).fetchone()[0]
    print(f"period {period.first} – {period.last}: {rows} approved records")
    print(f"\n{'query':<40}{'median ms':>10}{'raw ms':>9}{'ratio':>7}{'target':>8}")
    worst = {}
    for by, raw_key in (("month", "ym"), ("post", "post_id")):
        raw_ms, _ = timed(lambda k=raw_key: database.execute_sql(RAW.format(key=k), (period.ym_first, period.ym_last))
                          .fetchall(), runs=3)
        ms, rep = timed(lambda b=by: report(period, b))
        worst[by] = ms
        print(f"{'year by ' + by + ' (totals + groups)':<40}{ms:>10.1f}{raw_ms:>9.1f}{ms / raw_ms:>7.2f}{'< 100':>8}")
    for by in ("category", "team"):
        ms, _ = timed(lambda b=by: report(period, b), runs=3)
        print(f"{'year by ' + by + ' (no target)':<40}{ms:>10.1f}")
    ms, data = timed(home_data)
    print(f"{'home page data':<40}{ms:>10.1f}{'':>9}{'':>7}{'< 50':>8}")
    print(f"\n{rep.sentence}")
    print(f"by month {worst['month']:.1f} ms, by post {worst['post']:.1f} ms (target 100): "
          f"ratio to target {max(worst.values()) / 100:.2f}; home {ms:.1f} ms (target 50): ratio {ms / 50:.2f}")


if __name__ == "__main__":
    main()
