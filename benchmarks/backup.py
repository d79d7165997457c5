"""Backup, start-up quick_check and restore checks on a large station database.

    .venv/bin/python benchmarks/backup.py [--volunteers N] [--records N]

Measures what staff wait for: the start-up ``PRAGMA quick_check`` (every start),
a backup with verification (daily, in the background), and the checks a restore
makes (integrity_check).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from checkin import fill_records
from report import figure

from station_app.audit import Actor
from station_app.backup import inspect_file, make_backup, quick_check
from station_app.config import DB_FILENAME
from station_app.db import close_database, open_database
from station_app.db.models import Volunteer
from station_app.demo import fill_demo
from station_app.posts.service import PostInput, create_post


def timed(label: str, fn, *args, target_ms: float | None = None):
    start = time.perf_counter()
    result = fn(*args)
    ms = (time.perf_counter() - start) * 1000
    print(f"{label:<44}{ms:>9.0f} ms")
    figure(label, ms, "ms", f"< {target_ms:,.0f} ms" if target_ms else None, ms < target_ms if target_ms else None)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--volunteers", type=int, default=100_000)
    parser.add_argument("--records", type=int, default=1_000_000)
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="backup-bench-"))
    open_database(data_dir)
    actor = Actor("benchmark", via="cli", role="admin")
    fill_demo(args.volunteers, actor, with_hours=False)
    posts = [create_post(PostInput(f"岗位{i}", f"P-{i:02d}"), actor).id for i in range(8)]
    ids = [v for (v,) in Volunteer.select(Volunteer.id).tuples()]
    fill_records(ids, posts, args.records, 1000)
    db = data_dir / DB_FILENAME
    conn = sqlite3.connect(str(db))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    print(f"{args.volunteers} volunteers, {args.records} records: {db.stat().st_size / 2**20:.0f} MiB\n")
    result = timed("backup (online API + integrity_check)", make_backup, data_dir, actor)
    close_database()
    timed("start-up quick_check", quick_check, db)
    timed("restore checks on the backup (integrity)", inspect_file, result.path)


if __name__ == "__main__":
    main()
