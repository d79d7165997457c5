"""The platform as districts run it: gunicorn worker processes over PostgreSQL, on a loopback port.

:class:`GunicornPlatform` starts ``station-app platform-server --workers N`` as a
real subprocess and offers what the in-process ``PlatformServer`` offers to
tests: ``url``, ``store`` (the test's own connection to the same database: all
state is there), ``faults`` (the fault plan in the database, which every worker
reads), ``add_station``, ``revoke_token``, ``stop``/``start`` and ``pids``.
The token reaches the server through the environment, never its command line.

Fixture: ``gunicorn_platform`` (2 workers, a fresh database, station ``STATION`` with ``TOKEN``).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from station_app.platform_server.shared_faults import SharedFaults
from station_app.platform_server.store import Store

REPO = Path(__file__).resolve().parents[2]


class GunicornPlatform:
    def __init__(self, database: str, station: str, name: str, token: str, workers: int = 2,
                 extra_args: tuple[str, ...] = ("--fault-plan",)) -> None:
        """*extra_args*: ``--fault-plan`` by default, so ``faults`` can be changed while it runs."""
        self.database, self.workers, self.extra_args = database, workers, extra_args
        self.station, self.name, self.token = station, name, token
        self.host, self.port = "127.0.0.1", 0
        self.proc: subprocess.Popen | None = None
        self.store = Store(database)
        self.faults = SharedFaults(self.store)
        self.output = ""

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> GunicornPlatform:
        env = {**os.environ, "STATION_PLATFORM_TOKEN": self.token, "STATION_PLATFORM_DATABASE_URL": self.database}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "station_app", "platform-server", "--workers", str(self.workers), "--host",
             self.host, "--port", str(self.port), "--station", self.station, "--station-name", self.name,
             "--quiet", *self.extra_args], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True)
        line = self.proc.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)", line)
        if not match:
            self.proc.kill()
            raise RuntimeError(f"gunicorn did not start: {line!r} {self.proc.stderr.read()[-2000:]}")
        self.port = int(match.group(1))
        self._wait_for_workers()
        return self

    def _wait_for_workers(self, timeout: float = 15) -> None:
        deadline = time.monotonic() + timeout
        while len(self.pids()) < self.workers and time.monotonic() < deadline:
            time.sleep(0.05)

    def pids(self) -> list[int]:
        """The worker processes (children of the gunicorn arbiter)."""
        if self.proc is None:
            return []
        try:
            text = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children").read_text()
        except OSError:
            return []
        return [int(p) for p in text.split()]

    def stop(self) -> None:
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            out, err = self.proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            out, err = self.proc.communicate()
        self.output += out + err
        self.proc = None

    def close(self) -> None:
        self.stop()
        self.store.close()

    def add_station(self, code: str, name: str, token: str | None = None) -> None:
        self.store.add_station(code, name, token)

    def revoke_token(self, token: str) -> None:
        self.store.revoke_token(token)


@pytest.fixture
def gunicorn_platform(fresh_postgres_url):
    from support.sync import STATION, TOKEN

    server = GunicornPlatform(fresh_postgres_url(), STATION, "朝西社区志愿服务站", TOKEN).start()
    yield server
    server.close()
