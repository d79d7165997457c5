"""Routes of docs/protocol.md and the order in which a request is checked.

Order, and why: a captive portal or a redirect answers before the platform
ever sees the request; 404/405 before anything else the platform does; injected
failures next (an overloaded platform or its gateway refuses before
authenticating); then the protocol version (an outdated app is told to
upgrade rather than that its token is wrong); then the token (401 unknown or
revoked, 403 another station's); then the endpoint.

``X-Station-Protocol`` is required on the authenticated endpoints. On the two
public ones (ping, certificate verification) a missing header is accepted,
because monitoring probes and a browser following a certificate's QR code do
not send it; a different version still gets 426.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from station_app.platform_server import certificates, records
from station_app.platform_server.faults import CAPTIVE_PAGE, DROP_CONNECTION, ERROR_CODES, REDIRECT, WRONG_ACK, Faults
from station_app.platform_server.idempotency import handle_post
from station_app.platform_server.messages import (
    Request,
    Response,
    error_response,
    html_response,
    json_response,
    rfc3339,
)
from station_app.platform_server.roster_feed import CursorExpired, parse_limit
from station_app.platform_server.validation import BadRequest

Handler = Callable[..., Response]
FAKE_PORTAL = "http://portal.invalid/login"


@dataclass(frozen=True)
class Route:
    name: str
    pattern: re.Pattern[str]
    methods: dict[str, Handler]
    public: bool = False


def ping(platform: Any, req: Request) -> Response:
    return json_response(200, {"api_version": platform.faults.protocol_version, "server_time": rfc3339(platform.now())})


def status(platform: Any, req: Request, station: str) -> Response:
    faults = platform.faults
    return json_response(200, {"station_code": station, "station_name": platform.store.station_name(station),
                               "server_time": rfc3339(platform.now()), "max_batch_items": faults.max_batch_items,
                               "max_batch_bytes": faults.max_batch_bytes})


def post_batch(platform: Any, req: Request, station: str) -> Response:
    return handle_post(platform, req, station, records.ENDPOINT, lambda conn, items, sent_at, now:
                       records.judge_batch(conn, station, (req.header("Idempotency-Key") or "").strip(), sent_at, items, now))


def post_certificates(platform: Any, req: Request, station: str) -> Response:
    return handle_post(platform, req, station, certificates.ENDPOINT, lambda conn, items, _sent_at, now:
                       certificates.judge_batch(conn, station, (req.header("Idempotency-Key") or "").strip(), items, now))


def volunteers(platform: Any, req: Request, station: str) -> Response:
    try:
        limit = parse_limit(req.query.get("limit"))
        body = platform.store.roster_page(station, req.query.get("cursor") or None, limit)
    except BadRequest as exc:
        return error_response(400, str(exc))
    except CursorExpired as exc:
        return error_response(410, str(exc))
    return json_response(200, body)


def verify_certificate(platform: Any, req: Request, serial: str) -> Response:
    found = platform.store.verify_certificate(serial, req.query.get("code"))
    if found is None:
        return error_response(404, "证明编号与验证码不符，或该证明未在平台登记")
    return json_response(200, found)


_STATION = r"/api/v1/stations/(?P<station>[^/]+)"
ROUTES = (
    Route("ping", re.compile(r"/api/v1/ping"), {"GET": ping}, public=True),
    Route("status", re.compile(_STATION + "/status"), {"GET": status}),
    Route("batches", re.compile(_STATION + "/batches"), {"POST": post_batch}),
    Route("volunteers", re.compile(_STATION + "/volunteers"), {"GET": volunteers}),
    Route("certificates", re.compile(_STATION + "/certificates"), {"POST": post_certificates}),
    Route("verify", re.compile(r"/api/v1/certificates/(?P<serial>[^/]+)"), {"GET": verify_certificate}, public=True),
)


def injected_failure(code: int, faults: Faults) -> Response:
    """The answer for a planned or random failure status (see faults.py for the special values)."""
    if code == DROP_CONNECTION:
        return Response(0, drop=True)
    if code == WRONG_ACK:
        return json_response(200, {"batch_id": "00000000-0000-4000-8000-000000000000", "results": []})
    if code == CAPTIVE_PAGE:
        return html_response()
    if code == REDIRECT:
        target = faults.redirect_to or FAKE_PORTAL
        return html_response(302, f"<a href=\"{target}\">login</a>", headers={"Location": target})
    return error_response(code, f"故障注入：平台返回 {code}", ERROR_CODES.get(code, "internal"), faults.retry_after)


def handle(platform: Any, req: Request) -> Response:
    faults: Faults = platform.faults
    if faults.captive_portal:
        return html_response()
    if faults.redirect_to and req.path.startswith("/api/"):
        return html_response(302, f"<a href=\"{faults.redirect_to}\">moved</a>",
                             headers={"Location": faults.redirect_to})
    for route in ROUTES:
        match = route.pattern.fullmatch(req.path)
        if match:
            break
    else:
        return error_response(404, f"没有这个地址：{req.path[:200]}")
    handler = route.methods.get(req.method)
    if handler is None:
        response = error_response(405, f"{route.name} 不接受 {req.method} 请求")
        response.headers["Allow"] = ", ".join(route.methods)
        return response
    if route.name in faults.fail_endpoints:
        failure = faults.take_failure()
        if failure is not None:
            return injected_failure(failure, faults)
    version = req.header("X-Station-Protocol")
    if (version is not None or not route.public) and (version or "").strip() != str(faults.protocol_version):
        return error_response(426, f"平台使用协议版本 {faults.protocol_version}，请求的是“{version or '未提供'}”：请升级 Station Desk")
    params = {k: urllib.parse.unquote(v) for k, v in match.groupdict().items()}
    if not route.public:
        refused = authorize(platform, req, params["station"])
        if refused is not None:
            return refused
    return handler(platform, req, **params)


def authorize(platform: Any, req: Request, station: str) -> Response | None:
    scheme, _, token = (req.header("Authorization") or "").strip().partition(" ")
    owner = platform.store.station_for_token(token.strip()) if scheme.lower() == "bearer" and token.strip() else None
    if owner is None:
        return error_response(401, "令牌无效或已被吊销")
    if owner != station:
        return error_response(403, f"这个令牌属于服务站 {owner}，不能访问 {station[:64]}")
    return None
