"""Requests and responses as plain values, so handlers are testable without sockets.

The HTTP layer turns bytes into a :class:`Request`, a handler returns a
:class:`Response`, and the HTTP layer writes it (or, for fault injection, drops
it). Also the server's clock formats: docs/protocol.md wants RFC 3339 with an explicit
offset in bodies and an RFC 7231 ``Date`` header.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from typing import Any

from station_app.platform_server.faults import ERROR_CODES, RETRY_AFTER_STATUSES

BEIJING = dt.timezone(dt.timedelta(hours=8))
JSON_TYPE = "application/json"  # exactly this: docs/protocol.md names it without parameters


def rfc3339(timestamp: float) -> str:
    """Beijing time with its offset, e.g. ``2026-11-22T18:00:05+08:00``."""
    return dt.datetime.fromtimestamp(timestamp, BEIJING).isoformat(timespec="seconds")


def http_date(timestamp: float) -> str:
    return formatdate(timestamp, usegmt=True)


def dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


@dataclass
class Request:
    method: str
    path: str  # without the query string, percent-decoding not applied
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    body: bytes

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str = JSON_TYPE
    headers: dict[str, str] = field(default_factory=dict)
    drop: bool = False  # close the connection without answering
    committed_batch: str | None = None  # set on a first 200 to a post: after-commit faults apply
    release: Callable[[], None] | None = None  # called once the answer is written (or dropped)


def json_response(status: int, value: Any, headers: dict[str, str] | None = None) -> Response:
    return Response(status, dumps(value), headers=dict(headers or {}))


def error_response(status: int, message: str, code: str | None = None, retry_after: int = 1) -> Response:
    """docs/protocol.md's error body; Retry-After where the client is told to wait."""
    headers = {"Retry-After": str(retry_after)} if status in RETRY_AFTER_STATUSES else {}
    body = {"error": {"code": code or ERROR_CODES.get(status, "internal"), "message": message}}
    return json_response(status, body, headers)


CAPTIVE_HTML = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>无线网络登录</title></head>"
                "<body><h1>欢迎使用免费无线网络</h1><form method=\"post\" action=\"/login\">"
                "<input name=\"phone\" placeholder=\"手机号码\"><button>获取验证码</button></form></body></html>")


def html_response(status: int = 200, html: str = CAPTIVE_HTML, headers: dict[str, str] | None = None) -> Response:
    return Response(status, html.encode("utf-8"), content_type="text/html; charset=utf-8",
                    headers=dict(headers or {}))
