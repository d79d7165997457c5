"""``PlatformServer``: the store, the faults and the HTTP server, started and stopped as one.

Serves in a background thread so a test can drive the client and the platform
from one process; ``stop()`` joins every thread it started. ``stop()`` keeps
the store open (a test may still inspect it, or ``start()`` again on the same
port to end a simulated outage); ``close()`` (or leaving a ``with`` block)
also closes the database.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from types import TracebackType

from station_app.platform_server.faults import Faults
from station_app.platform_server.http_server import PlatformHTTPServer
from station_app.platform_server.idempotency import InFlight
from station_app.platform_server.store import Store


class PlatformServer:
    def __init__(self, db_path: str | Path, stations: dict[str, tuple[str, str]] | None = None,
                 faults: Faults | None = None, host: str = "127.0.0.1", port: int = 0,
                 verbose: bool = False) -> None:
        """*stations* maps a station code to (station name, token); more can be added later."""
        self.db_path = Path(db_path)
        self.faults = faults if faults is not None else Faults()
        self.host, self.port = host, port
        self.verbose = verbose
        self.store = Store(self.db_path, clock=self.now)
        self.inflight = InFlight()
        self.requests_seen: list[tuple[str, str, str | None, bytes]] = []  # method, path?query, key, body
        self._httpd: PlatformHTTPServer | None = None
        self._thread: threading.Thread | None = None
        for code, (name, token) in (stations or {}).items():
            self.store.add_station(code, name, token)

    def now(self) -> float:
        """The server's clock: the real one shifted by ``faults.clock_offset_seconds``."""
        return time.time() + self.faults.clock_offset_seconds

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._httpd is not None

    def start(self) -> PlatformServer:
        if self._httpd is not None:
            return self
        httpd = PlatformHTTPServer((self.host, self.port), self)
        self.port = httpd.server_address[1]  # port 0 -> the one the system chose; a restart reuses it
        self._httpd = httpd
        self._thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name=f"platform-server:{self.port}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop answering: held answers are released, connections closed, threads joined."""
        httpd, thread = self._httpd, self._thread
        if httpd is None:
            return
        httpd.shutdown()
        httpd.close_connections()
        httpd.server_close()
        if thread is not None:
            thread.join(5)
        self._httpd = self._thread = None

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
