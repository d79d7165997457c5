"""``PlatformServer``: the store, the faults and a waitress server, started and stopped as one.

For tests and demos: it serves in background threads so a test drives the
client and the platform from one process, and ``stop()`` joins every thread it
started. ``stop()`` keeps the store open (a test may still inspect it, or
``start()`` again on the same port to end a simulated outage); ``close()`` (or
leaving a ``with`` block) also closes the database. Production runs the same
application under gunicorn (:mod:`serving`).

*database* is a SQLite file path or a ``postgresql://`` URL: the same server on either.
"""

from __future__ import annotations

import time
from pathlib import Path
from types import TracebackType
from typing import Any

from station_app.platform_server.app import Platform, SeenRequest
from station_app.platform_server.faults import Faults
from station_app.platform_server.store import Store
from station_app.platform_server.waitress_host import WaitressHost


class PlatformServer:
    def __init__(self, database: str | Path, stations: dict[str, tuple[str, str]] | None = None,
                 faults: Faults | None = None, host: str = "127.0.0.1", port: int = 0,
                 verbose: bool = False, request_log: int = 1000, **waitress_options: Any) -> None:
        """*stations* maps a station code to (station name, token); more can be added later.

        *request_log*: how many requests to remember (digests, not bodies) for tests; 0 for none.
        """
        self.database = database
        self.faults = faults if faults is not None else Faults()
        self.host, self.port = host, port
        self.store = Store(database, clock=self.now)
        self.platform = Platform(self.store, self.faults, verbose=verbose, request_log=request_log)
        self._waitress_options = waitress_options
        self._host: WaitressHost | None = None
        self._max_body = self.faults.max_batch_bytes
        self.store.add_stations((code, name, token) for code, (name, token) in (stations or {}).items())

    @property
    def db_path(self) -> Path:
        return Path(str(self.database))

    @property
    def requests_seen(self) -> list[SeenRequest]:
        """The bounded request log, oldest first."""
        return list(self.platform.request_log)

    def now(self) -> float:
        return time.time() + self.faults.clock_offset_seconds

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._host is not None

    def start(self) -> PlatformServer:
        if self._host is not None:
            return self
        self.platform.stopping.clear()
        self._host = WaitressHost(self.platform, self.host, self.port, self._max_body, **self._waitress_options)
        self.port = self._host.port  # port 0 -> the one the system chose; a restart reuses it
        return self

    def stop(self) -> None:
        """Stop answering: held answers are released, connections closed, threads joined."""
        host = self._host
        if host is None:
            return
        self.platform.stopping.set()
        host.stop()
        self._host = None

    def close(self) -> None:
        self.stop()
        self.store.close()

    def __enter__(self) -> PlatformServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def add_station(self, code: str, name: str, token: str | None = None) -> None:
        self.store.add_station(code, name, token)

    def revoke_token(self, token: str) -> None:
        self.store.revoke_token(token)
