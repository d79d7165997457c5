"""HTTP plumbing: bytes in, :class:`Response` out, and the faults that live at the socket.

Standard library only (``ThreadingHTTPServer``), HTTP/1.1 with keep-alive.
Every answer, even to a request too broken to parse, is the JSON error body of
docs/protocol.md with a ``Date`` header from the server's (possibly skewed) clock;
an unexpected exception becomes 500 ``internal`` and a traceback on stderr,
never a traceback to the client.

The faults applied here need the socket: closing it without an answer, holding
an answer back after the commit, and delaying answers. The server tracks its
connections and handler threads so ``stop()`` can close idle keep-alive
connections and join every thread: tests leave nothing running.
"""

from __future__ import annotations

import socket
import sys
import threading
import traceback
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from station_app.platform_server.faults import ERROR_CODES
from station_app.platform_server.handlers import handle
from station_app.platform_server.messages import Request, Response, error_response, http_date

MIN_READ_CAP = 16 * 1024 * 1024  # bodies larger than this (or 4x max_batch_bytes) are refused unread


class PlatformHTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], platform: Any) -> None:
        self.platform = platform
        self.stopping = threading.Event()
        self._active: dict[threading.Thread, socket.socket] = {}
        self._active_lock = threading.Lock()
        super().__init__(address, PlatformRequestHandler)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        with self._active_lock:
            self._active[threading.current_thread()] = request
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._active_lock:
                self._active.pop(threading.current_thread(), None)

    def close_connections(self, timeout: float = 5.0) -> None:
        """Wake held or delayed answers, close every connection, join the handler threads."""
        self.stopping.set()
        with self._active_lock:
            active = list(self._active.items())
        for _thread, sock in active:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for thread, _sock in active:
            thread.join(timeout)


class PlatformRequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "StationPlatformReference/1"
    sys_version = ""
    timeout = 60  # an idle keep-alive connection is closed after this
    server: PlatformHTTPServer

    def version_string(self) -> str:
        return self.server_version

    def date_time_string(self, timestamp: float | None = None) -> str:
        return http_date(self.server.platform.now() if timestamp is None else timestamp)

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.platform.verbose:
            sys.stderr.write(f"{self.address_string()} [{self.log_date_time_string()}] {format % args}\n")

    def _serve(self) -> None:
        platform = self.server.platform
        body = self._read_body()
        if body is None:
            return
        headers = {k.lower(): v for k, v in self.headers.items()}
        platform.requests_seen.append((self.command, self.path, headers.get("idempotency-key"), body))
        split = urllib.parse.urlsplit(self.path)
        query = {k: v[0] for k, v in urllib.parse.parse_qs(split.query, keep_blank_values=True).items()}
        try:
            response = handle(platform, Request(self.command, split.path, query, headers, body))
        except Exception:  # noqa: BLE001 - any bug becomes a 500 with a traceback on stderr, never a dead thread
            traceback.print_exc(file=sys.stderr)
            response = error_response(500, "平台内部错误")
        self._deliver(response)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _serve  # noqa: N815 - http.server's names

    def _read_body(self) -> bytes | None:
        """The whole request body, or None when it was refused (already answered) or cut off."""
        cap = max(4 * self.server.platform.faults.max_batch_bytes, MIN_READ_CAP)
        try:
            if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
                return self._read_chunked(cap)
            length = int(self.headers.get("Content-Length") or 0)
            if length < 0:
                raise ValueError(length)
        except ValueError:
            self._refuse(error_response(400, "Content-Length 或分块编码无效"))
            return None
        if length > cap:
            self._refuse(error_response(413, f"请求正文 {length} 字节，远超上限"))
            return None
        body = self.rfile.read(length)
        if len(body) < length:  # the client went away mid-body: nobody to answer
            self.close_connection = True
            return None
        return body

    def _read_chunked(self, cap: int) -> bytes | None:
        chunks: list[bytes] = []
        total = 0
        while True:
            size = int(self.rfile.readline(1024).split(b";")[0].strip(), 16)
            if size == 0:
                while self.rfile.readline(8192).strip():  # trailers
                    pass
                return b"".join(chunks)
            total += size
            if total > cap:
                self._refuse(error_response(413, "请求正文远超上限"))
                return None
            chunks.append(self.rfile.read(size))
            self.rfile.readline(8)

    def _refuse(self, response: Response) -> None:
        self.close_connection = True  # the rest of the body is not read: the connection cannot be reused
        self._write(response)

    def _deliver(self, response: Response) -> None:
        try:
            if response.committed_batch is not None and self._lose_answer(response.committed_batch):
                return
            if response.drop:
                self._drop()
                return
            self._pause(self.server.platform.faults.delay)
            self._write(response)
        finally:
            if response.release is not None:
                response.release()

    def _lose_answer(self, batch_id: str) -> bool:
        """After-commit faults: the hook, the hold, then maybe close without answering."""
        faults = self.server.platform.faults
        if faults.on_commit is not None:
            try:
                faults.on_commit(batch_id)
            except Exception:  # noqa: BLE001 - a test's hook must not take the server down
                traceback.print_exc(file=sys.stderr)
        hold = faults.hold_after_commit
        while hold is not None and not hold.wait(0.05) and not self.server.stopping.is_set():
            pass
        if faults.take_drop():
            self._drop()
            return True
        return False

    def _pause(self, seconds: float) -> None:
        if seconds > 0:
            self.server.stopping.wait(seconds)

    def _drop(self) -> None:
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _write(self, response: Response) -> None:
        try:
            self.send_response(response.status)  # adds Server and Date
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            for name, value in response.headers.items():
                self.send_header(name, value)
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            if getattr(self, "command", None) != "HEAD":
                self.wfile.write(response.body)
            self.wfile.flush()
        except OSError:  # the client went away, or stop() closed the connection
            self.close_connection = True

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Errors raised by http.server itself (malformed request line, unknown method), as JSON."""
        self.close_connection = True
        if getattr(self, "request_version", "") in ("", "HTTP/0.9"):  # unparsable line: still send a status line
            self.request_version = "HTTP/1.1"
        try:
            phrase = HTTPStatus(code).phrase
        except ValueError:
            phrase = "error"
        self._write(error_response(code, message or phrase, ERROR_CODES.get(code, "bad_request")))
