"""Sync against the reference platform on loopback: 100,000 approved records, then a sync with nothing to send.

    .venv/bin/python benchmarks/sync.py [--records 100000] [--volunteers 1000]

Targets (issue 6): pushing 100,000 approved records in under 60 s with the
client's peak memory under 200 MB; a sync with nothing to send in under 200 ms.
The platform runs as its own process (``station-app platform-server``) and the
push as ``station-app sync``, so the peak memory measured is the client's alone.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checkin import fill_records
from report import figure

from station_app.audit import Actor
from station_app.db import close_database, database, open_database
from station_app.db.models import Volunteer
from station_app.demo import fill_demo
from station_app.outbox import queue_unsent_approved
from station_app.posts.service import PostInput, create_post
from station_app.sync.engine import SyncConfig, run_sync

STATION, TOKEN = "BJ-CY-0001", "benchmark-token"


def child_peak_mb() -> float:
    """Peak resident memory of the waited-for child processes (Linux/macOS; Windows has no resource module)."""
    try:
        import resource
    except ImportError:
        return float("nan")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / (1024 * 1024)  # KiB on Linux, bytes on macOS


def start_platform(folder: Path) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-m", "station_app", "platform-server", "--port", "0", "--db",
                             str(folder / "platform.db"), "--station", STATION, "--quiet"],
                            env={**os.environ, "STATION_PLATFORM_TOKEN": TOKEN},  # never a token on a command line
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    found = re.search(r"http://[\w.:\[\]-]+", line)
    if not found:
        raise SystemExit(f"the platform server did not start: {line}{proc.stderr.read()}")
    return proc, found.group(0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--volunteers", type=int, default=1000)
    args = parser.parse_args()
    actor = Actor("benchmark", via="cli", role="admin")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data_dir = folder / "station"
        open_database(data_dir)
        began = time.perf_counter()
        fill_demo(args.volunteers, actor, with_hours=False)
        post = create_post(PostInput("垃圾分类督导", "P-BENCH", place="3号楼", category="环境保护"), actor)
        ids = [v.id for v in Volunteer.select(Volunteer.id)]
        fill_records(ids, [post.id], args.records, pending=0)
        with database.atomic():
            queued = queue_unsent_approved()
        print(f"station: {len(ids):,} volunteers, {queued:,} approved records queued ({time.perf_counter() - began:.1f} s)")
        close_database()

        server, url = start_platform(folder)
        try:
            env = {**os.environ, "STATION_APP_NO_KEYRING": "1"}
            began = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "station_app", "--data-dir", str(data_dir), "sync", "--url", url,
                                   "--token", TOKEN, "--station", STATION, "--no-pull"],
                                  capture_output=True, text=True, env=env)
            took = time.perf_counter() - began
            peak_mb = child_peak_mb()
            if done.returncode != 0:
                raise SystemExit(f"sync failed ({done.returncode}): {done.stderr.strip()}")
            print(done.stdout.strip().splitlines()[0])
            if "拒收 0 条" not in done.stdout or "仍待上传 0 条" not in done.stdout:
                raise SystemExit("not every record was accepted: " + done.stdout)
            print(f"push {queued:,} records: {took:.1f} s, {queued / took:,.0f} records/s (target < 60 s): "
                  f"ratio to target {took / 60:.2f}")
            figure(f"sync: push {queued:,} records", took, "s", "< 60 s", took < 60)
            figure("sync: client peak memory", peak_mb, "MB", "< 200 MB", peak_mb < 200)
            print(f"client peak memory (station-app sync process): {peak_mb:.0f} MB (target < 200 MB): "
                  f"ratio to target {peak_mb / 200:.2f}")

            open_database(data_dir)
            config = SyncConfig(url, TOKEN, STATION)
            began = time.perf_counter()
            first = run_sync(data_dir, config)  # pulls back the platform numbers of everyone it just met
            print(f"first full sync after the push: roster pull of {first.pulled_changes:,} changed volunteers "
                  f"in {time.perf_counter() - began:.2f} s")
            times = []
            for _ in range(15):
                began = time.perf_counter()
                report = run_sync(data_dir, config)
                times.append((time.perf_counter() - began) * 1000)
                assert report.batches_sent == 0
            median = statistics.median(times)
            print(f"sync with nothing to send (status + roster pull), in a running app: median {median:.0f} ms, "
                  f"max {max(times):.0f} ms (target < 200 ms): ratio to target {median / 200:.2f}")
            figure("sync with nothing to send, median", median, "ms", "< 200 ms", median < 200)
            close_database()
        finally:
            server.terminate()
            server.wait(10)


if __name__ == "__main__":
    main()
