"""The platform as a WSGI application: what any WSGI server (gunicorn, waitress) runs.

The HTTP server owns the socket: slow clients, header limits, keep-alive and
worker restarts are its job, configured in :mod:`serving`. This module owns
what docs/protocol.md says about bodies and answers:

* a body is read only up to ``max_batch_bytes``; a request that announces a
  larger one (or turns out larger while being read) gets 413 before it is
  authenticated, and the rest of it is never read into memory;
* every answer is the JSON of docs/protocol.md with a ``Date`` from the platform's
  (possibly skewed, for fault tests) clock; an unexpected exception is a JSON
  500 and a traceback on stderr, a database that cannot be reached is 503
  ``unavailable`` with ``Retry-After`` (the station retries the same batch);
* nothing a request carries is kept once it is answered. The optional request
  log (tests) holds digests in a bounded deque, never bodies.

The faults that act on the connection (close it unanswered, hold or delay an
answer) are raised here as :class:`~faults.DropConnection` and carried out by
the server adapter, which knows how its server closes a connection.
"""

from __future__ import annotations

import collections
import hashlib
import sys
import threading
import time
import traceback
import urllib.parse
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from station_app.platform_server.database import Unavailable
from station_app.platform_server.faults import DropConnection, Faults
from station_app.platform_server.handlers import handle
from station_app.platform_server.messages import Request, Response, error_response, http_date
from station_app.platform_server.store import Store

READ_CHUNK = 64 * 1024
MAX_QUERY = 4096


@dataclass(frozen=True)
class SeenRequest:
    """One line of the bounded request log: what a test checks, without the body itself."""

    method: str
    path: str  # with the query string
    key: str | None  # Idempotency-Key
    body_sha256: str
    status: int


class Platform:
    """Store + faults + clock, callable as a WSGI application."""

    def __init__(self, store: Store, faults: Faults | Any | None = None, verbose: bool = False,
                 request_log: int = 0) -> None:
        self.store = store
        self.faults = faults if faults is not None else Faults()
        self.verbose = verbose
        self.stopping = threading.Event()  # set on shutdown: held and delayed answers give up
        self.request_log: collections.deque[SeenRequest] = collections.deque(maxlen=request_log or None)
        self._log_requests = request_log > 0

    def now(self) -> float:
        """The platform's clock: the real one shifted by ``faults.clock_offset_seconds``."""
        return time.time() + self.faults.clock_offset_seconds

    # --- WSGI ----------------------------------------------------------------

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        response, seen = self._respond(environ)
        if seen is not None:
            method, path, key, digest = seen
            self.request_log.append(SeenRequest(method, path, key, digest, response.status))
        if self.verbose:
            print(f"{environ.get('REMOTE_ADDR', '-')} {environ.get('REQUEST_METHOD')} {_wsgi_path(environ)[:200]}"
                  f" {response.status}", file=sys.stderr, flush=True)
        if response.drop:
            raise DropConnection()
        try:
            headers = [("Content-Type", response.content_type), ("Content-Length", str(len(response.body))),
                       ("Date", http_date(self.now()))]
            headers += list(response.headers.items())
            start_response(_status_line(response.status), headers)
        finally:
            if response.release is not None:
                response.release()
        return [b""] if environ.get("REQUEST_METHOD") == "HEAD" else [response.body]

    def _respond(self, environ: dict) -> tuple[Response, tuple[str, str, str | None, str] | None]:
        try:
            refresh = getattr(self.faults, "refresh", None)  # a fault plan shared by worker processes
            if refresh is not None:
                refresh()
        except Unavailable:
            return error_response(503, "平台数据库暂时不可用，请稍后重发", retry_after=5), None
        method = environ.get("REQUEST_METHOD", "GET")
        path = _wsgi_path(environ)
        raw_query = environ.get("QUERY_STRING", "")
        if len(raw_query) > MAX_QUERY:
            return error_response(414, "查询字符串过长"), None
        body = self._read_body(environ)
        if isinstance(body, Response):
            return body, None
        headers = {k[5:].replace("_", "-").lower(): v for k, v in environ.items() if k.startswith("HTTP_")}
        if environ.get("CONTENT_TYPE"):
            headers["content-type"] = environ["CONTENT_TYPE"]
        query = {k: v[0] for k, v in urllib.parse.parse_qs(raw_query, keep_blank_values=True).items()}
        seen = (method, path + (f"?{raw_query}" if raw_query else ""), headers.get("idempotency-key"),
                hashlib.sha256(body).hexdigest()) if self._log_requests else None
        try:
            response = handle(self, Request(method, path, query, headers, body))
        except Unavailable as exc:
            if self.verbose:
                print(f"数据库不可用：{exc}", file=sys.stderr)
            response = error_response(503, "平台数据库暂时不可用，请稍后重发", retry_after=5)
        except Exception:  # noqa: BLE001 - a bug is a JSON 500 and a traceback on stderr, never one to the client
            traceback.print_exc(file=sys.stderr)
            response = error_response(500, "平台内部错误")
        return self._after(response), seen

    def _read_body(self, environ: dict) -> bytes | Response:
        """The body, or a 413/400 answer: never more than ``max_batch_bytes`` is read into memory."""
        cap = self.faults.max_batch_bytes
        raw = environ.get("CONTENT_LENGTH") or ""
        try:
            length = int(raw) if raw.strip() else None
        except ValueError:
            return error_response(400, "Content-Length 无效")
        if length is not None and (length < 0):
            return error_response(400, "Content-Length 无效")
        if length is not None and length > cap:
            return error_response(413, f"请求正文 {length} 字节，超过上限 {cap} 字节（未读取）")
        stream = environ["wsgi.input"]
        chunks, total = [], 0
        want = length if length is not None else cap + 1
        while total < want:
            chunk = stream.read(min(READ_CHUNK, want - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > cap:
            return error_response(413, f"请求正文超过上限 {cap} 字节")
        return b"".join(chunks)

    def _after(self, response: Response) -> Response:
        """After-commit faults (the hook, the hold, a lost answer), then the delay."""
        faults = self.faults
        if response.committed_batch is not None:
            hook = getattr(faults, "on_commit", None)
            if hook is not None:
                try:
                    hook(response.committed_batch)
                except Exception:  # noqa: BLE001 - a test's hook failing must not lose the answer
                    traceback.print_exc(file=sys.stderr)
            hold = getattr(faults, "hold_after_commit", None)
            while hold is not None and not hold.wait(0.05) and not self.stopping.is_set():
                pass
            if faults.take_drop():
                if response.release is not None:
                    response.release()
                return Response(0, drop=True)
        if faults.delay > 0:
            self.stopping.wait(faults.delay)
        return response


def _wsgi_path(environ: dict) -> str:
    """PATH_INFO as the client sent it (WSGI decodes it as latin-1); percent-decoding is the router's."""
    path = environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", "")
    try:
        return path.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return path


def _status_line(status: int) -> str:
    from http import HTTPStatus

    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"{status} Error"
