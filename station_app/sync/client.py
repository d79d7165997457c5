"""The docs/protocol.md client: one HTTP call per method, and every answer sorted into what to do next.

No database work here and no retry loop (that is :mod:`engine`): this module
only turns a response, or the lack of one, into an :class:`Answer`. Redirects
are never followed, and only a 200 JSON body with the batch id and one result
per item is an acknowledgement, so a captive portal's login page is not.
"""

from __future__ import annotations

import email.utils
import ipaddress
import json
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

import requests

from station_app.i18n import QT_TRANSLATE_NOOP, translate
from station_app.sync.tls import CaFileError, describe_tls_error, make_session

PROTOCOL_VERSION = "1"
API = "/api/v1"


class SyncConfigError(ValueError):
    """The platform address, token or station code cannot be used; the message says why."""


def check_url(url: str) -> str:
    """The base URL without a trailing slash; plain http only for loopback (docs/protocol.md, Conventions)."""
    url = (url or "").strip().rstrip("/")
    parts = urlsplit(url)
    if not url or parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncConfigError(translate("sync", "平台地址无效：{url}（应以 https:// 开头）").format(url=url or "（空）"))
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise SyncConfigError(translate("sync", "平台地址必须使用 https://（只有本机测试地址可以用 http://）：{url}").format(url=url))
    return url


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass
class Answer:
    """What the engine does next. kind: ack | retry | stop | hold | split | gone | data."""

    kind: str
    status: int | None = None
    code: str = ""
    message: str = ""
    retry_after: float | None = None
    results: list[dict] = field(default_factory=list)
    data: dict = field(default_factory=dict)
    server_time: datetime | None = None
    replayed: bool = False


class PlatformClient:
    def __init__(self, url: str, token: str, station: str, timeout: tuple[float, float] = (5.0, 30.0),
                 session: requests.Session | None = None, ca_file: str | None = None) -> None:
        self.base = check_url(url)
        if not token:
            raise SyncConfigError(translate("sync", "未设置平台令牌（token）"))
        if not station:
            raise SyncConfigError(translate("sync", "未设置站点编码"))
        self.station = station
        self.timeout = timeout
        try:
            self.session = session or make_session(ca_file)  # the OS trust store (truststore), or + a CA file
        except CaFileError as exc:
            raise SyncConfigError(str(exc)) from None
        # The system's proxy settings apply (many stations sit behind one), except for a loopback platform.
        self.session.trust_env = not _is_loopback(urlsplit(self.base).hostname or "")
        self._auth = {"Authorization": f"Bearer {token}", "X-Station-Protocol": PROTOCOL_VERSION}

    def close(self) -> None:
        self.session.close()

    # --- calls
    def ping(self) -> Answer:
        return self._call("GET", f"{API}/ping", auth=False)

    def status(self) -> Answer:
        return self._call("GET", f"{API}/stations/{self.station}/status")

    def push(self, endpoint: str, batch_id: str, body: bytes, item_count: int) -> Answer:
        answer = self._call("POST", f"{API}/stations/{self.station}/{endpoint}", body=body,
                            headers={"Idempotency-Key": batch_id, "Content-Type": "application/json"})
        if answer.kind != "data":
            return answer
        results = answer.data.get("results")
        if answer.data.get("batch_id") != batch_id or not isinstance(results, list) or len(results) != item_count:
            return Answer("retry", answer.status, "not_ack",
                          translate("sync", "平台的回答不是这一批的确认（可能是网络认证页面），稍后重发"), server_time=answer.server_time)
        sent = json.loads(body)["items"]
        if any(not isinstance(r, dict) or r.get("op_id") != i.get("op_id") for r, i in zip(results, sent)):
            return Answer("retry", answer.status, "not_ack", translate("sync", "平台的确认与发送的条目不对应，稍后重发"),
                          server_time=answer.server_time)
        return Answer("ack", answer.status, results=results, server_time=answer.server_time, replayed=answer.replayed)

    def volunteers(self, cursor: str | None, limit: int = 500) -> Answer:
        params = {"limit": str(limit)}
        if cursor:
            params["cursor"] = cursor
        return self._call("GET", f"{API}/stations/{self.station}/volunteers", params=params)

    def post_json(self, tail: str, doc: dict, idempotency_key: str) -> Answer:
        """POST one JSON document under this station (keys, a key's revocation, an anchor: docs/protocol.md 1.1)."""
        body = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return self._call("POST", f"{API}/stations/{self.station}/{tail}", body=body,
                          headers={"Idempotency-Key": idempotency_key, "Content-Type": "application/json"})

    def anchors(self, cursor: str | None, limit: int = 500) -> Answer:
        """One page of this station's audit anchors the platform witnessed, oldest first (protocol 1.1)."""
        params = {"limit": str(limit), "after_seq": "0"}
        if cursor:
            params["cursor"] = cursor
        return self._call("GET", f"{API}/stations/{self.station}/anchors", params=params)

    def all_keys(self, cursor: str | None, limit: int = 500) -> Answer:
        """One page of every station's public signing keys (``GET /api/v1/keys``, no token needed)."""
        params = {"limit": str(limit)}
        if cursor:
            params["cursor"] = cursor
        return self._call("GET", f"{API}/keys", params=params, auth=False)

    def certificate(self, serial: str, signature: str) -> Answer:
        """The public verify answer for another station's signed certificate (protocol 1.1: ``?signature=``)."""
        from urllib.parse import quote

        return self._call("GET", f"{API}/certificates/{quote(serial, safe='')}", params={"signature": signature},
                          auth=False)

    # --- plumbing
    def _call(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None,
              params: dict | None = None, auth: bool = True) -> Answer:
        sent_headers = dict(self._auth) if auth else {"X-Station-Protocol": PROTOCOL_VERSION}
        sent_headers.update(headers or {})
        try:
            response = self.session.request(method, self.base + path, data=body, headers=sent_headers, params=params,
                                            timeout=self.timeout, allow_redirects=False)
        except requests.Timeout:
            return Answer("retry", None, "timeout", translate("sync", "等待平台回答超时"))
        except requests.exceptions.SSLError as exc:  # before ConnectionError, its base class
            return Answer("retry", None, "tls", describe_tls_error(exc))
        except requests.RequestException as exc:
            return Answer("retry", None, "network", translate("sync", "连不上平台：{reason}").format(reason=_reason(exc)))
        return classify(response)


def _reason(exc: BaseException) -> str:
    text = str(exc)
    if "Name or service not known" in text or "getaddrinfo" in text or "NameResolution" in text:
        return translate("sync", "找不到平台服务器（域名解析失败）")
    if "Connection refused" in text or "ConnectionRefused" in text:
        return translate("sync", "平台拒绝连接")
    return exc.__class__.__name__


def _server_time(response: requests.Response) -> datetime | None:
    try:
        return email.utils.parsedate_to_datetime(response.headers.get("Date", ""))
    except (TypeError, ValueError, IndexError):
        return None


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
            return max(0.0, (when - datetime.now(when.tzinfo)).total_seconds())
        except (TypeError, ValueError, IndexError):
            return None


STOP_MESSAGES = {
    401: QT_TRANSLATE_NOOP("sync", "平台令牌错误或已被吊销：同步已停止，所有记录都保留在本机。请在“设置 → 平台同步”中填写新的令牌。"),
    403: QT_TRANSLATE_NOOP("sync", "这个令牌不属于本站点：同步已停止，所有记录都保留在本机。请核对站点编码和令牌。"),
    426: QT_TRANSLATE_NOOP("sync", "平台已不支持本程序的同步协议版本：同步已停止，记录都保留在本机。请升级 Station Desk。"),
    404: QT_TRANSLATE_NOOP("sync", "平台上找不到这个站点或接口：同步已停止。请核对平台地址和站点编码。"),
}


def classify(response: requests.Response) -> Answer:
    status, when = response.status_code, _server_time(response)
    content_type = response.headers.get("Content-Type", "")
    body: object = None
    if "application/json" in content_type:
        try:
            body = response.json()
        except ValueError:
            body = None
    error: dict = body["error"] if isinstance(body, dict) and isinstance(body.get("error"), dict) else {}
    code, message = str(error.get("code", "")), str(error.get("message", ""))
    if 300 <= status < 400:
        target = urlsplit(response.headers.get("Location", "")).hostname or "?"
        return Answer("retry", status, "redirect",
                      translate("sync", "平台地址被转到了 {host}（可能需要先登录网络），稍后重试").format(host=target), server_time=when)
    if status == 200:
        if not isinstance(body, dict) or "error" in body:
            return Answer("retry", status, "not_json",
                          translate("sync", "收到的不是平台的回答（可能是 Wi-Fi 认证页面），稍后重试"), server_time=when)
        return Answer("data", status, data=body, server_time=when,
                      replayed=response.headers.get("Idempotent-Replayed") == "true")
    if status in STOP_MESSAGES:
        return Answer("stop", status, code, translate("sync", STOP_MESSAGES[status]), server_time=when)
    if status == 413:
        return Answer("split", status, code, message, server_time=when)
    if status == 410:
        return Answer("gone", status, code, message, server_time=when)
    if status in (409, 429, 503):
        return Answer("retry", status, code, message or translate("sync", "平台繁忙"), retry_after=_retry_after(response), server_time=when)
    if status in (400, 415, 422) or 400 <= status < 500:
        return Answer("hold", status, code, message or translate("sync", "平台拒收这一批（HTTP {status}）").format(status=status),
                      server_time=when)
    return Answer("retry", status, code or "server_error",
                  message or translate("sync", "平台出错（HTTP {status}），稍后重试").format(status=status),
                  retry_after=_retry_after(response), server_time=when)
