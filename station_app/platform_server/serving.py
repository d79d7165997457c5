"""Running the platform under gunicorn: several worker processes on Linux, configured, not hand-written.

Slow clients, header limits, worker time-outs and restarts are gunicorn's job;
the settings below are the ones measured in ``docs/platform.md``. Each worker
opens its own database connections after the fork (the app is not preloaded),
so a worker killed mid-request is replaced and loses nothing: what it had not
committed is retried by the station, and its idempotency claim expires.

Two ways in:

* ``station-app platform-server --workers N`` (demos, pilots, tests) builds a
  :class:`GunicornPlatform` from its options;
* ``gunicorn 'station_app.platform_server.serving:app_from_env()'`` with the
  environment of :func:`app_from_env` (production, e.g. under systemd).
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from typing import Any

from station_app.platform_server.app import Platform
from station_app.platform_server.faults import DropConnection, Faults

ENV_DATABASE = "STATION_PLATFORM_DATABASE_URL"
ENV_SHARED_FAULTS = "STATION_PLATFORM_FAULTS"  # "1": read the fault plan from the database

# gthread: each worker keeps idle keep-alive connections in a poller and lends a thread only to a
# connection with data; timeout restarts a stuck worker; max_requests (+ jitter) recycles workers.
GUNICORN_DEFAULTS: dict[str, Any] = {
    "worker_class": "gthread", "threads": 4, "timeout": 30, "graceful_timeout": 10, "keepalive": 5,
    "limit_request_line": 4094, "limit_request_fields": 50, "limit_request_field_size": 8190,
    "max_requests": 20000, "max_requests_jitter": 2000, "backlog": 2048,
}


def adapt_for_gunicorn(app: Callable) -> Callable:
    """gunicorn writes its own ``Date``: it is made to use the platform's clock (a skewed-clock fault),
    and the app's copy is dropped, so a client sees one Date header.

    DropConnection: shut the socket, so the client sees the connection closed with no answer.
    """
    from gunicorn import util

    from station_app.platform_server.messages import http_date

    now = getattr(app, "now", None)
    if now is not None:
        util.http_date = lambda timestamp=None: http_date(now() if timestamp is None else timestamp)

    def wsgi(environ: dict, start_response: Callable) -> Any:
        def without_date(status: str, headers: list, exc_info: Any = None) -> Any:
            return start_response(status, [(k, v) for k, v in headers if k.lower() != "date"], exc_info)

        try:
            return app(environ, without_date)
        except DropConnection:
            sock = environ.get("gunicorn.socket")
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
            start_response("500 Internal Server Error", [("Content-Length", "0")])
            return [b""]  # written to a shut socket: gunicorn ignores the EPIPE

    return wsgi


def build_platform(database: str, faults: Faults | None = None, shared_faults: bool = False,
                   verbose: bool = False, max_connections: int = 4) -> Platform:
    from station_app.platform_server.shared_faults import SharedFaults
    from station_app.platform_server.store import Store

    store = Store(database, max_connections=max_connections)
    platform = Platform(store, verbose=verbose)
    platform.faults = SharedFaults(store) if shared_faults else (faults or Faults())
    store.clock = platform.now  # Date, server_time and stored times follow a skewed clock fault
    return platform


def app_from_env() -> Callable:
    """The WSGI app for a plain ``gunicorn`` command line: database from ``STATION_PLATFORM_DATABASE_URL``."""
    database = os.environ.get(ENV_DATABASE)
    if not database:
        raise SystemExit(f"set {ENV_DATABASE} (a postgresql:// URL or a SQLite file path)")
    return adapt_for_gunicorn(build_platform(database, shared_faults=os.environ.get(ENV_SHARED_FAULTS) == "1"))


def run_gunicorn(database: str, bind: str, workers: int, options: dict[str, Any] | None = None,
                 on_ready: Callable[[int], None] | None = None, fault_plan: bool = False) -> None:
    """Serve until SIGTERM/SIGINT; with *fault_plan*, faults are read from the database on every request."""
    from gunicorn.app.base import BaseApplication

    settings = {**GUNICORN_DEFAULTS, "bind": bind, "workers": workers, **(options or {})}
    if on_ready is not None:
        settings["when_ready"] = lambda arbiter: on_ready(arbiter.LISTENERS[0].sock.getsockname()[1])

    class GunicornPlatform(BaseApplication):
        def load_config(self) -> None:
            for key, value in settings.items():
                self.cfg.set(key, value)

        def load(self) -> Callable:  # in each worker, after the fork
            threads = int(settings.get("threads", 4))
            return adapt_for_gunicorn(build_platform(database, shared_faults=fault_plan, max_connections=threads))

    GunicornPlatform().run()
