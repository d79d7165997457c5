"""``测试连接``: ask the platform twice and say in one line what is wrong, or that all is well.

First ``ping`` (no token): does the address reach a city platform at all, and
one that speaks our protocol? Then the station's status with the token: is the
token right, and is it this station's? Each failure a station meets gets its
own sentence: a mistyped address, a captive portal, a TLS certificate problem,
an outdated app, a wrong or revoked token, another station's token. Runs on a
worker thread (it waits for the network); Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass

from station_app.i18n import translate
from station_app.sync.client import PROTOCOL_VERSION, Answer, PlatformClient, SyncConfigError, check_url


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    message: str


def _unreachable(answer: Answer) -> CheckResult:
    if answer.code == "tls":
        return CheckResult(False, answer.message)
    if answer.code in ("redirect", "not_json", "not_ack"):
        return CheckResult(False, translate("sync", "网络需要先登录（平台地址被转到了认证页面）：请先在浏览器中完成上网认证，再测试连接。")
                           if answer.code == "redirect" else
                           translate("sync", "收到的不是平台的回答（可能是 Wi-Fi 认证页面，或地址填成了网站首页）：请先完成上网认证并核对平台地址。"))
    if answer.code in ("network", "timeout"):
        return CheckResult(False, translate("sync", "连不上平台：{why}。请核对平台地址和这台电脑的网络。").format(why=answer.message))
    return CheckResult(False, translate("sync", "平台出错（HTTP {status}）：{why}").format(status=answer.status, why=answer.message))


def check_connection(url: str, token: str, station: str, ca_file: str | None = None,
                     timeout: tuple[float, float] = (5.0, 10.0)) -> CheckResult:
    try:
        check_url(url)
        if not station:
            raise SyncConfigError(translate("sync", "未设置站点编码：请填写平台上的站点编码"))
        client = PlatformClient(url, token or "-", station, timeout=timeout, ca_file=ca_file or None)
    except SyncConfigError as exc:
        return CheckResult(False, str(exc))
    try:
        ping = client.ping()
        if ping.kind == "stop" and ping.status == 404:
            return CheckResult(False, translate("sync", "这个地址上没有城市平台的接口：请核对平台地址（只填到域名，如 https://vol.example.cn）。"))
        if ping.kind == "stop" and ping.status == 426:
            return CheckResult(False, ping.message)
        if ping.kind != "data":
            return _unreachable(ping)
        version = ping.data.get("api_version")
        if str(version) != PROTOCOL_VERSION:
            return CheckResult(False, translate("sync", "平台使用协议版本 {v}，本程序使用版本 {mine}：请升级 Station Desk，或核对平台地址。")
                               .format(v=version, mine=PROTOCOL_VERSION))
        if not token:
            return CheckResult(False, translate("sync", "平台可以连通，但还没有填写平台令牌：请填写平台发给本站的令牌。"))
        status = client.status()
        if status.kind == "stop":
            return CheckResult(False, {
                401: translate("sync", "平台可以连通，但令牌错误或已被吊销：请向平台索取本站的新令牌。"),
                403: translate("sync", "这个令牌属于另一个站点，不是站点 {station} 的：请核对站点编码和令牌。").format(station=station),
                404: translate("sync", "平台上没有站点 {station}：请核对站点编码。").format(station=station),
            }.get(status.status or 0, status.message))
        if status.kind != "data":
            return _unreachable(status)
        name = status.data.get("station_name") or station
        return CheckResult(True, translate("sync", "连接正常：平台已认出本站“{name}”（{station}）。").format(name=name, station=station))
    finally:
        client.close()
