"""Serving the platform with waitress: in-process for tests and demos, and on Windows where gunicorn cannot run.

Why waitress: it reads each request completely in its event loop before a
worker thread sees it, so a slow client (slowloris) holds a socket, not a
thread; it caps header and body sizes itself; and it is pure Python, so it
runs wherever Station Desk runs. Two adaptations:

* its own error answers (a body over ``max_request_body_size``, a malformed
  request) are written as docs/protocol.md's JSON error body, not plain text;
* :class:`~faults.DropConnection` becomes waitress's ``ClientDisconnected``,
  which makes it close the connection without writing anything: the lost
  answer a fault test asks for.

:class:`WaitressHost` runs the loop in a thread; ``stop()`` closes every
connection and joins every thread it started, so a test leaves nothing running.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from typing import Any

from waitress.channel import ClientDisconnected, HTTPChannel
from waitress.server import create_server
from waitress.task import ErrorTask
from waitress.wasyncore import close_all

from station_app.platform_server.faults import ERROR_CODES, DropConnection

# Measured against 300 slowloris clients: each idle or trickling connection costs a socket and a
# few KB, not a thread; connection_limit caps them and channel_timeout closes the silent ones.
DEFAULTS: dict[str, Any] = {"threads": 8, "connection_limit": 1000, "channel_timeout": 30,
                            "max_request_header_size": 16 * 1024, "cleanup_interval": 5,
                            "ident": "StationPlatformReference/1", "asyncore_use_poll": True}


class JsonErrorTask(ErrorTask):
    """waitress's own error answers (413, 400, 431…) in docs/protocol.md's shape."""

    def execute(self) -> None:
        error = self.request.error
        code = ERROR_CODES.get(error.code, "bad_request")
        body = json.dumps({"error": {"code": code, "message": f"{error.reason}：{error.body}"[:300]}},
                          ensure_ascii=False).encode("utf-8")
        self.status = f"{error.code} {error.reason}"
        self.response_headers.extend([("Content-Type", "application/json"), ("Content-Length", str(len(body))),
                                      ("Connection", "close")])
        self.set_close_on_finish()
        self.content_length = len(body)
        self.write(body)


class JsonErrorChannel(HTTPChannel):
    error_task_class = JsonErrorTask


def adapt(app: Callable) -> Callable:
    """The platform app, with DropConnection turned into waitress's silent close."""
    def wsgi(environ: dict, start_response: Callable) -> Any:
        try:
            return app(environ, start_response)
        except DropConnection:
            raise ClientDisconnected() from None

    return wsgi


def make_server(app: Callable, host: str, port: int, max_body: int, **options: Any) -> Any:
    settings = {**DEFAULTS, **options, "max_request_body_size": max_body}
    server = create_server(adapt(app), host=host, port=port, **settings)
    server.channel_class = JsonErrorChannel
    return server


class WaitressHost:
    """waitress serving *app* on (host, port) from a background thread."""

    def __init__(self, app: Callable, host: str, port: int, max_body: int, **options: Any) -> None:
        logging.getLogger("waitress").setLevel(logging.ERROR)  # "client disconnected" is a fault, not news
        self.server = make_server(app, host, port, max_body, **options)
        self.port = int(self.server.effective_port)
        self._thread = threading.Thread(target=self.server.run, name=f"platform-waitress:{self.port}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        server = self.server
        closed = threading.Event()

        def close_everything() -> None:  # runs in the loop's own thread: no race with it
            close_all(server._map)
            closed.set()

        try:
            server.trigger.pull_trigger(close_everything)
            closed.wait(timeout)
        except OSError:  # the loop has already closed its trigger: nothing runs in it any more
            close_all(server._map)
        self._thread.join(timeout)
        server.task_dispatcher.shutdown(timeout=timeout)
