"""A throwaway PostgreSQL cluster for the test session, and a fresh database per test.

The session starts its own cluster (initdb + pg_ctl in a temporary folder, on a
free loopback port) and removes it afterwards: CI needs nothing but Debian's
``postgresql`` package, which ``dev.sh test`` installs. initdb and pg_ctl refuse
to run as root, so as root they run as the ``postgres`` user (``runuser``).

Durability is switched off for the test cluster only (``fsync=off``): a test
never pulls the plug on it, and this makes each fresh database cost ~30 ms.
The load benchmark starts its own cluster with the defaults.

Fixtures: ``postgres_cluster`` (session) and ``fresh_postgres_url`` (a factory
of empty databases). Helpers: :class:`Cluster` (also used by benchmarks).
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

PG_BIN_CANDIDATES = ("/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin")
FAST_SETTINGS = ("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")


def pg_bin() -> Path:
    for candidate in PG_BIN_CANDIDATES:
        if (Path(candidate) / "initdb").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise RuntimeError("PostgreSQL is not installed: run ./dev.sh test (it installs Debian's postgresql package)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """initdb, start, stop and restart of a private PostgreSQL cluster on 127.0.0.1."""

    def __init__(self, settings: tuple[str, ...] = FAST_SETTINGS, max_connections: int = 200) -> None:
        self.bin = pg_bin()
        self.root = Path(tempfile.mkdtemp(prefix="station-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.settings = settings + ("-c", f"max_connections={max_connections}")
        self._as_postgres = os.geteuid() == 0
        os.chmod(self.root, 0o755)
        if self._as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8",
                  "--locale=C")

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def url_for(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin / tool), *args]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=self.root)

    def start(self) -> None:
        options = " ".join(["-p", str(self.port), "-k", str(self.root), "-h", "127.0.0.1", *self.settings])
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "log"), "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def restart(self) -> None:
        self.stop()
        self.start()

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url_for(name)

    def remove(self) -> None:
        try:
            self.stop("immediate")
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_cluster():
    cluster = Cluster()
    cluster.start()
    yield cluster
    cluster.remove()


_numbers = itertools.count(1)


@pytest.fixture
def fresh_postgres_url(postgres_cluster):
    """A factory: each call makes an empty database and returns its URL."""
    return lambda: postgres_cluster.create_database(f"t{os.getpid()}_{next(_numbers)}")
