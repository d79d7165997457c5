"""The public verification page, ``GET /verify/<serial>``: what a phone shows after scanning a certificate.

Plain Chinese, one verdict in large type first, then the facts a school or an
employer compares with the paper. It reads the signed link of
:mod:`station_app.protocol.cert_link` (``?m=&k=&s=``) or an old code
(``?code=``); with neither it offers a box to type the code. Everything shown
from the URL is escaped (the URL is anyone's to write), the page loads nothing
else (inline style, no script: ``Content-Security-Policy: default-src 'none'``)
and is readable on a 360-pixel-wide screen.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from typing import Any

from station_app.platform_server.certificates import mask_name
from station_app.platform_server.messages import BEIJING
from station_app.protocol import cert_link, signing

ID_TYPES = {"CN_RIC": "居民身份证", "HMT_RP": "港澳台居民居住证", "FPR": "外国人永久居留身份证",
            "HMT_PERMIT": "港澳台居民来往内地通行证", "PASSPORT": "护照"}
HEADERS = {"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
           "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "Cache-Control": "no-store"}
STYLE = """
body{margin:0;font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;
background:#f3f4f6;color:#111;line-height:1.5}
main{max-width:34rem;margin:0 auto;padding:1rem}
.verdict{border-radius:.75rem;padding:1.25rem 1rem;color:#fff;text-align:center;margin-bottom:1rem}
.ok{background:#137333}.bad{background:#b3261e}.warn{background:#8a5a00}.info{background:#1a4f8b}
.caption{color:#b3261e;font-size:.95rem;margin:.5rem 0 0}.nowrap{white-space:nowrap}
.verdict h1{font-size:1.6rem;margin:.25rem 0}.verdict p{margin:.25rem 0;font-size:1rem}
.mark{font-size:2.5rem;line-height:1}
dl{background:#fff;border-radius:.75rem;padding:.5rem 1rem;margin:0 0 1rem}
dt{color:#555;font-size:.9rem;margin-top:.6rem}dd{margin:0 0 .4rem;font-size:1.15rem;word-break:break-all}
.note{color:#555;font-size:.85rem;text-align:center}
form{background:#fff;border-radius:.75rem;padding:1rem}input{font-size:1.2rem;width:100%;box-sizing:border-box;
padding:.5rem;margin:.5rem 0}button{font-size:1.1rem;padding:.5rem 1.5rem}
"""
MARKS = {"ok": "✓", "bad": "✗", "warn": "!", "info": "?"}
UNTRUSTED = "以下是二维码上写的内容，未经证实，不能作为依据："


def _hours(minutes: Any) -> str:
    if not isinstance(minutes, int):
        return "—"
    hours, rest = divmod(minutes, 60)
    return f"{hours}\u00a0小时" + (f" {rest}\u00a0分钟" if rest else "")


def _page(tone: str, title: str, why: str, facts: Sequence[tuple[str, str]] = (), body: str = "",
          trusted: bool = False) -> str:
    esc = html.escape
    rows = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in facts)
    if rows and tone == "bad" and not trusted:
        rows = f"<p class=\"caption\">{esc(UNTRUSTED)}</p>" + rows
    checked = dt.datetime.now(BEIJING).strftime("%Y-%m-%d %H:%M")
    return (f"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>志愿服务记录证明核验</title><style>{STYLE}</style></head><body><main>"
            f"<div class=\"verdict {tone}\"><div class=\"mark\">{MARKS[tone]}</div><h1>{esc(title)}</h1>"
            f"<p>{esc(why)}</p></div>" + (f"<dl>{rows}</dl>" if rows else "") + body +
            f"<p class=\"note\"><span class=\"nowrap\">核验时间 {checked}（北京时间）</span> · "
            f"<span class=\"nowrap\">城市志愿服务平台</span></p></main></body></html>")


def _facts(fields: dict, station_name: str | None) -> list[tuple[str, str]]:
    facts = [("证明编号", str(fields.get("serial", ""))), ("志愿者", mask_name(str(fields.get("volunteer_name", ""))))]
    if fields.get("id_number_masked"):
        facts.append(("证件", f"{ID_TYPES.get(str(fields.get('id_type')), '证件')} {fields['id_number_masked']}"))
    facts += [("累计志愿服务时长", _hours(fields.get("total_minutes"))),
              ("服务期间", f"{fields.get('period_start', '')} 至 {fields.get('period_end', '')}"),
              ("签发单位", station_name or str(fields.get("station_code", ""))),
              ("签发日期", str(fields.get("issued_at", ""))[:10])]
    return facts


def _code_form(serial: str) -> str:
    return ("<form method=\"get\"><label for=\"code\">请输入证明上印的 8 位验证码：</label>"
            "<input id=\"code\" name=\"code\" autocomplete=\"off\" placeholder=\"如 K7Q2-9MZD\">"
            "<button type=\"submit\">核验</button></form>")


def verify(store: Any, serial: str, query: dict[str, str]) -> tuple[int, str, dict[str, str]]:
    """(status, html, headers) of the page for *serial* and the link's query."""
    if "m" in query or "s" in query or "k" in query:
        return _signed(store, serial, query)
    if query.get("code"):
        found = store.verify_certificate(serial, query["code"])
        if found is None:
            return 404, _page("bad", "没有找到这份证明", "证明编号与验证码不符，或这份证明没有在平台登记。请核对后重试，或向签发的服务站核实。",
                              body=_code_form(serial)), HEADERS
        fields = {**found, "volunteer_name": found["volunteer_name"]}
        if found["status"] == "revoked":
            return 200, _page("bad", "此证明已作废", "签发的服务站已经作废了这份证明。", _facts(fields, found["station_name"]),
                              trusted=True), HEADERS
        return 200, _page("ok", "证明真实有效", "平台登记的内容如下，请与纸质证明逐项核对。",
                          _facts(fields, found["station_name"])), HEADERS
    return 200, _page("info", "请输入验证码", f"证明编号 {serial[:64]}", body=_code_form(serial)), HEADERS


def _signed(store: Any, serial: str, query: dict[str, str]) -> tuple[int, str, dict[str, str]]:
    try:
        link = cert_link.parse_query(serial, query)
    except cert_link.BadLink as exc:
        return 400, _page("bad", "二维码内容不完整", f"{exc}。请重新扫描，或输入证明上的验证码。",
                          body=_code_form(serial)), HEADERS
    fields = link.fields

    def read(tx: Any) -> tuple[Any, Any, Any]:
        key = tx.one("SELECT k.*, s.name AS station_name FROM signing_keys k JOIN stations s"
                     " ON s.code = k.station_code WHERE k.key_id = ?", (link.key_id,))
        cert = tx.one("SELECT status, signature FROM certificates WHERE serial = ?", (link.serial,))
        return key, cert, None

    key, cert, _ = store.db.read(read)
    if key is None or key["station_code"] != fields["station_code"]:
        return 200, _page("bad", "无法证明真实", "签发这份证明的密钥没有在平台登记。请向签发的服务站核实。",
                          _facts(fields, None)), HEADERS
    facts = _facts(fields, key["station_name"])
    if not link.check(key["public_key"]):
        return 200, _page("bad", "不是真实证明", "证明内容被改动过，或签名不符。", facts), HEADERS
    if signing.issued_after_revocation(fields["issued_at"], key["revoked_at"]):
        return 200, _page("bad", "不是真实证明", "签发所用的密钥在此之前已经吊销（例如电脑丢失）。", facts), HEADERS
    if cert is None or cert["signature"] != link.signature:
        return 200, _page("warn", "签名有效，平台尚未登记", "内容确由该服务站签发、未被改动；但平台还没有收到这份证明的登记，"
                                                   "无法确认它是否已作废。", facts), HEADERS
    if cert["status"] == "revoked":
        return 200, _page("bad", "此证明已作废", "签发的服务站已经作废了这份证明。", facts, trusted=True), HEADERS
    return 200, _page("ok", "证明真实有效", "内容由签发的服务站签名，未被改动，平台登记为有效。请与纸质证明逐项核对。", facts), HEADERS
