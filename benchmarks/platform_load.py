"""Load test of the reference platform as districts run it: gunicorn + PostgreSQL, thousands of stations.

    .venv/bin/python benchmarks/platform_load.py                       # 5,734 stations, every phase
    .venv/bin/python benchmarks/platform_load.py --stations 300 --duration 15 --outage 10   # a quick run

It starts its own PostgreSQL cluster (durable settings, in a temp folder) and
gunicorn on a loopback port, registers every station with its own token, code
and volunteers, then runs four phases, each a fresh round of batches:

1. **steady**: every station pushes ``--batches`` batches of ``--records``
   records at jittered times spread over ``--duration`` seconds (default 300:
   the app syncs every 5 minutes, so this is every station active at once);
   ``--duration 1`` instead measures the most the platform takes (saturation);
2. **worker killed**: the same, with one gunicorn worker SIGKILLed mid-run;
3. **PostgreSQL restarted**: the same, with ``pg_ctl restart`` mid-run;
4. **outage**: gunicorn is stopped for ``--outage`` seconds (default 60) and
   started again; the table shows requests per second in the first minute back,
   which back-off with full jitter spreads out.

A simulated station behaves as the app does: a batch is resent with the same
Idempotency-Key and body until it is acknowledged (200 with one result per
item), waiting ``Retry-After`` or an exponential back-off with full jitter
(base 1 s, cap 60 s). At the end of each phase every station's acknowledged
records are compared with what the platform holds for that station: ``lost``
(acknowledged, not held) and ``duplicates`` (held more than once, or held but
never sent) must both be 0. Latency is per request, p50/p95/p99. The ratio
compares accepted records per second with raw PostgreSQL inserts of the same
rows (executemany, one transaction per batch, one connection): the ceiling.

Bounded: every phase stops after ``--duration`` + ``--drain`` seconds at most,
requests time out after 30 s, and only loopback addresses are used.
"""

from __future__ import annotations

import argparse
import heapq
import http.client
import json
import os
import platform as host_platform
import random
import signal
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from stdnum.cn import ric  # noqa: E402

from station_app.platform_server.store import Store  # noqa: E402
from support.gunicorn import GunicornPlatform  # noqa: E402
from support.postgres import Cluster  # noqa: E402

BASE = 1_700_000_000  # 2023-11-14: every record lies in the past


@dataclass
class Station:
    code: str
    token: str
    people: list[dict]
    slot: int = 0
    acked: set[str] = field(default_factory=set)
    sent: set[str] = field(default_factory=set)


@dataclass
class Pending:
    due: float
    seq: int
    station: int
    key: str
    body: bytes
    record_ids: list[str]
    attempt: int = 0

    def __lt__(self, other: Pending) -> bool:
        return (self.due, self.seq) < (other.due, other.seq)


def id_number(n: int) -> str:
    first17 = f"110105{1960 + n % 40:04d}{1 + n % 12:02d}{1 + n % 28:02d}{n % 1000:03d}"
    return first17 + ric.calc_check_digit(first17 + "0")  # it skips the last character: the check itself


def make_stations(count: int, people_each: int) -> list[Station]:
    stations, serial = [], 0
    used: set[str] = set()
    for i in range(count):
        people = []
        while len(people) < people_each:
            serial += 1
            number = id_number(serial * 7919)
            if number in used:
                continue
            used.add(number)
            people.append({"platform_id": None, "name": f"志愿者{serial}", "id_type": "CN_RIC",
                           "id_number": number, "phone": None})
        stations.append(Station(f"BJ-{i // 1000:02d}-{i:05d}", f"token-{i}-{uuid.uuid4().hex}", people))
    return stations


def make_batch(station: Station, records: int) -> tuple[str, bytes, list[str]]:
    items, ids = [], []
    for _ in range(records):
        who = station.people[station.slot % len(station.people)]
        start = BASE + station.slot * 7200
        station.slot += 1
        record_id = str(uuid.uuid4())
        ids.append(record_id)
        items.append({"op_id": str(uuid.uuid4()), "op": "add", "record": {
            "record_id": record_id, "volunteer": who,
            "post": {"code": "P-GARBAGE-01", "name": "垃圾分类桶前值守", "category": "环境保护"},
            "place": "社区垃圾站", "started_at": _rfc3339(start), "ended_at": _rfc3339(start + 3600), "minutes": 60,
            "people_served": 10, "content": "指导居民垃圾分类投放", "source": "kiosk", "recorded_by": "站长",
            "approved_by": "站长", "approved_at": _rfc3339(start + 3700), "corrects": None}})
    batch_id = str(uuid.uuid4())
    body = json.dumps({"batch_id": batch_id, "device_id": str(uuid.uuid5(uuid.NAMESPACE_DNS, station.code)),
                       "sent_at": _rfc3339(time.time()), "items": items}, ensure_ascii=False,
                      separators=(",", ":")).encode()
    return batch_id, body, ids


def _rfc3339(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S+08:00", time.gmtime(ts + 8 * 3600))


class Phase:
    """One round of batches from every station, sent by a pool of client threads."""

    def __init__(self, port: int, stations: list[Station], batches: int, records: int, duration: float,
                 drain: float, threads: int, seed: int) -> None:
        self.port, self.stations, self.records = port, stations, records
        self.deadline = time.monotonic() + duration + drain
        self.rng = random.Random(seed)
        self.queue: list[Pending] = []
        self.lock = threading.Condition()
        self.latencies: list[float] = []
        self.request_times: list[float] = []
        self.statuses: dict[str, int] = {}
        self.accepted = 0
        self.started = time.monotonic()
        self.finished_at = self.started
        self.outstanding = 0
        seq = 0
        for index, station in enumerate(stations):
            for _ in range(batches):
                key, body, ids = make_batch(station, records)
                station.sent.update(ids)
                seq += 1
                heapq.heappush(self.queue, Pending(self.started + self.rng.uniform(0, duration), seq, index, key,
                                                   body, ids))
        self.outstanding = len(self.queue)
        self.threads = [threading.Thread(target=self._work, daemon=True) for _ in range(threads)]

    def run(self) -> None:
        for thread in self.threads:
            thread.start()
        for thread in self.threads:
            thread.join(max(0.0, self.deadline - time.monotonic()) + 35)

    def _take(self) -> Pending | None:
        with self.lock:
            while True:
                now = time.monotonic()
                if self.outstanding == 0 or now > self.deadline:
                    self.lock.notify_all()
                    return None
                if self.queue and self.queue[0].due <= now:
                    return heapq.heappop(self.queue)
                wait = (self.queue[0].due - now) if self.queue else 0.5
                self.lock.wait(min(wait, 0.5))

    def _work(self) -> None:
        conn: http.client.HTTPConnection | None = None
        last_used = 0.0
        while (job := self._take()) is not None:
            station = self.stations[job.station]
            started = time.monotonic()
            status, doc, retry_after = 0, None, None
            if conn is not None and started - last_used > 4:  # gunicorn closes keep-alive connections after 5 s
                conn.close()
                conn = None
            try:
                if conn is None:
                    conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                conn.request("POST", f"/api/v1/stations/{station.code}/batches", job.body,
                             {"Authorization": f"Bearer {station.token}", "X-Station-Protocol": "1",
                              "Content-Type": "application/json", "Idempotency-Key": job.key})
                reply = conn.getresponse()
                data = reply.read()
                status = reply.status
                retry_after = reply.getheader("Retry-After")
                if status == 200 and reply.getheader("Content-Type") == "application/json":
                    doc = json.loads(data)
                if reply.getheader("Connection", "").lower() == "close":
                    conn.close()
                    conn = None
            except (OSError, http.client.HTTPException):
                if conn is not None:
                    conn.close()
                conn = None
            ended = last_used = time.monotonic()
            self._settle(job, station, started, ended, status, doc, retry_after)
        if conn is not None:
            conn.close()

    def _settle(self, job: Pending, station: Station, started: float, ended: float, status: int, doc: dict | None,
                retry_after: str | None) -> None:
        with self.lock:
            self.request_times.append(ended)
            self.statuses[str(status or "conn")] = self.statuses.get(str(status or "conn"), 0) + 1
            if status == 200:
                self.latencies.append(ended - started)
            acked = (doc is not None and doc.get("batch_id") == job.key
                     and len(doc.get("results", [])) == len(job.record_ids))
            if acked:
                for rid, result in zip(job.record_ids, doc["results"]):
                    if result.get("status") in ("accepted", "duplicate"):
                        station.acked.add(rid)
                self.accepted += sum(1 for r in doc["results"] if r.get("status") == "accepted")
                self.outstanding -= 1
                self.finished_at = ended
            else:  # the same batch again, later: Retry-After, or full-jitter exponential back-off
                job.attempt += 1
                wait = float(retry_after) if retry_after and retry_after.isdigit() else self.rng.uniform(
                    0, min(60.0, 1.0 * 2 ** job.attempt))
                job.due = ended + wait
                heapq.heappush(self.queue, job)
            self.lock.notify_all()


def audit(store: Store, stations: list[Station]) -> tuple[int, int, int]:
    """(lost, duplicates, unacknowledged) counted per station against the platform's rows."""
    held: dict[str, list[str]] = {}
    for row in store.db.read(lambda tx: tx.all("SELECT station_code, record_id FROM records")):
        held.setdefault(row[0], []).append(row[1])
    lost = duplicates = unacked = 0
    for station in stations:
        rows = held.get(station.code, [])
        holding = set(rows)
        duplicates += len(rows) - len(holding) + len(holding - station.sent)
        lost += len(station.acked - holding)
        unacked += len(station.sent - station.acked)
    return lost, duplicates, unacked


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] * 1000


def raw_insert_rate(url: str, rows: int, per_batch: int) -> float:
    """Rows per second inserting the same rows straight into PostgreSQL: one transaction per batch."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS raw_records (LIKE records INCLUDING ALL)")
        conn.execute("TRUNCATE raw_records")
        item = json.dumps({"x": "垃圾分类" * 40}, ensure_ascii=False)
        started = time.perf_counter()
        for first in range(0, rows, per_batch):
            with conn.transaction():
                conn.cursor().executemany(
                    "INSERT INTO raw_records (record_id, station_code, op_id, platform_id, start_ts, end_ts, minutes,"
                    " item, accepted_at) VALUES (%s, %s, %s, %s, %s, %s, 60, %s, %s)",
                    [(str(uuid.uuid4()), "BJ-00-00001", str(uuid.uuid4()), "BJ2026000001", BASE + i * 7200,
                      BASE + i * 7200 + 3600, item, "2026-12-02T10:00:00+08:00")
                     for i in range(first, min(rows, first + per_batch))])
        elapsed = time.perf_counter() - started
        conn.execute("DROP TABLE raw_records")
    return rows / elapsed


def per_second(times: list[float], start: float, seconds: int) -> list[int]:
    counts = [0] * seconds
    for t in times:
        index = int(t - start)
        if 0 <= index < seconds:
            counts[index] += 1
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stations", type=int, default=5734)
    parser.add_argument("--people", type=int, default=3, help="volunteers per station")
    parser.add_argument("--batches", type=int, default=1, help="batches per station in each phase")
    parser.add_argument("--records", type=int, default=10, help="records per batch")
    parser.add_argument("--duration", type=float, default=300.0,
                        help="seconds over which a phase's batches start (default: the app's 5-minute sync interval)")
    parser.add_argument("--drain", type=float, default=120.0, help="extra seconds a phase may take to finish")
    parser.add_argument("--outage", type=float, default=60.0, help="seconds the platform is down in the outage phase")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--client-threads", type=int, default=48)
    parser.add_argument("--phases", default="steady,kill-worker,restart-postgres,outage")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    phases = args.phases.split(",")

    print(f"machine: {host_platform.platform()}, {os.cpu_count()} cores, Python {host_platform.python_version()}")
    cluster = Cluster(settings=())  # durable: fsync and synchronous_commit as shipped
    cluster.start()
    platform = None
    try:
        url = cluster.create_database("platform")
        stations = make_stations(args.stations, args.people)
        Store(url).add_stations((s.code, f"服务站 {s.code}", s.token) for s in stations)
        platform = GunicornPlatform(url, stations[0].code, f"服务站 {stations[0].code}", stations[0].token,
                                    workers=args.workers, extra_args=()).start()  # no fault plan: as in production
        print(f"{args.stations} stations, {args.batches} batch(es) of {args.records} records each per phase, "
              f"gunicorn {args.workers} workers (gthread, 4 threads) + PostgreSQL "
              f"{subprocess.run([str(cluster.bin / 'postgres'), '--version'], capture_output=True, text=True).stdout.split()[-1]}")
        store = Store(url)
        rows = []
        for number, name in enumerate(phases):
            phase = Phase(platform.port, stations, args.batches, args.records, args.duration, args.drain,
                          args.client_threads, args.seed + number)
            events = threading.Thread(target=_disturb, args=(name, platform, cluster, args), daemon=True)
            events.start()
            phase.run()
            events.join(args.outage + 60)
            lost, duplicates, unacked = audit(store, stations)
            elapsed = max(phase.finished_at - phase.started, 1e-9)
            rows.append((name, phase, elapsed, lost, duplicates, unacked))
            print(f"  {name}: done in {elapsed:.0f} s, statuses {dict(sorted(phase.statuses.items()))}", flush=True)
            if name == "outage":
                back = getattr(platform, "back_at", None)
                if back is not None:
                    counts = per_second(phase.request_times, back, 60)
                    print("  requests per second in the first minute back (10 s buckets): "
                          + ", ".join(f"{sum(counts[i:i + 10]) / 10:.0f}" for i in range(0, 60, 10))
                          + f"; busiest second {max(counts)}, first second {counts[0]}")
        raw = raw_insert_rate(url, min(50_000, args.stations * args.records), args.records)
        print()
        print(f"{'phase':<18}{'records/s':>10}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'ratio':>8}{'lost':>6}"
              f"{'dup':>5}{'unacked':>9}")
        for name, phase, elapsed, lost, duplicates, unacked in rows:
            rate = phase.accepted / elapsed
            print(f"{name:<18}{rate:>10.0f}{percentile(phase.latencies, 50):>9.0f}"
                  f"{percentile(phase.latencies, 95):>9.0f}{percentile(phase.latencies, 99):>9.0f}"
                  f"{rate / raw:>8.3f}{lost:>6}{duplicates:>5}{unacked:>9}")
        print(f"raw PostgreSQL inserts of the same rows: {raw:.0f} rows/s (one transaction per {args.records} rows)")
        ok = all(lost == 0 and duplicates == 0 for _n, _p, _e, lost, duplicates, _u in rows)
        return 0 if ok else 1
    finally:
        if platform is not None:
            platform.close()
        cluster.remove()


def _disturb(name: str, platform: GunicornPlatform, cluster: Cluster, args: argparse.Namespace) -> None:
    """The mid-run event of a phase, at a third of its duration."""
    time.sleep(args.duration / 3)
    if name == "kill-worker":
        victim = platform.pids()[0]
        os.kill(victim, signal.SIGKILL)
        print(f"  killed gunicorn worker {victim}", flush=True)
    elif name == "restart-postgres":
        started = time.monotonic()
        cluster.restart()
        print(f"  PostgreSQL restarted in {time.monotonic() - started:.1f} s", flush=True)
    elif name == "outage":
        platform.stop()
        print(f"  platform down for {args.outage:.0f} s", flush=True)
        time.sleep(args.outage)
        platform.start()
        platform.back_at = time.monotonic()  # type: ignore[attr-defined]
        print("  platform back", flush=True)


if __name__ == "__main__":
    sys.exit(main())
