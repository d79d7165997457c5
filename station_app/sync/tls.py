"""TLS the way stations meet it: the operating system's trust store, an extra CA file, and plain-Chinese errors.

A city platform may use a government or in-house CA, and an office proxy that
inspects TLS presents its own. Both are what a station's IT installs "the usual
Windows way", into the OS certificate store, so the client trusts that store
through ``truststore`` (as pip does) rather than only the bundle shipped with
requests. Where installing into the OS store is not possible, staff pick a CA
file in 设置 → 平台同步 (``sync.ca_file``): then OpenSSL verifies against the
requests bundle, the system's default paths and that file.

A certificate failure becomes one line saying what it is and what to do:
:func:`describe_tls_error`.
"""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any

import requests
from requests.adapters import HTTPAdapter

from station_app.i18n import translate

UNTRUSTED = "平台证书不受信任"
EXPIRED = "证书已过期"
WRONG_HOST = "证书与地址不符"

# OpenSSL's X509_V_ERR_* codes, as ssl.SSLCertVerificationError.verify_code carries them.
_EXPIRED_CODES = {10, 9}  # CERT_HAS_EXPIRED, CERT_NOT_YET_VALID
_WRONG_HOST_CODES = {62}  # HOSTNAME_MISMATCH (and IP_ADDRESS_MISMATCH as 64)
_UNTRUSTED_CODES = {18, 19, 20, 21, 2, 27, 28}


class CaFileError(ValueError):
    """The configured CA file cannot be read as PEM certificates; the message says so."""


def ssl_context(ca_file: str | None = None) -> ssl.SSLContext:
    """The context sync uses: the OS trust store, or (with *ca_file*) OpenSSL with that file added."""
    if ca_file:
        path = Path(ca_file)
        context = ssl.create_default_context()
        try:
            import certifi

            context.load_verify_locations(cafile=certifi.where())
        except ImportError:  # pragma: no cover - requests depends on certifi
            pass
        try:
            context.load_verify_locations(cafile=str(path))
        except (OSError, ssl.SSLError) as exc:
            raise CaFileError(translate("sync", "读不了 CA 证书文件 {path}：{why}。请在“设置 → 平台同步”中重新选择 PEM 格式的根证书文件。")
                              .format(path=path, why=getattr(exc, "strerror", None) or exc.__class__.__name__)) from None
        return context
    import truststore

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class _ContextAdapter(HTTPAdapter):
    """requests over our SSL context (the documented way: a transport adapter)."""

    def __init__(self, context: ssl.SSLContext, **kwargs: Any) -> None:
        self._context = context
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["ssl_context"] = self._context
        return super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["ssl_context"] = self._context
        return super().proxy_manager_for(*args, **kwargs)


def make_session(ca_file: str | None = None) -> requests.Session:
    session = requests.Session()
    session.mount("https://", _ContextAdapter(ssl_context(ca_file)))
    return session


def _verification_error(error: BaseException) -> ssl.SSLCertVerificationError | None:
    """The certificate verification error somewhere in the chain requests and urllib3 wrap it in."""
    exc: BaseException | None = error
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, ssl.SSLCertVerificationError):
            return exc
        for arg in getattr(exc, "args", ()):
            if isinstance(arg, BaseException):
                found = _verification_error(arg)
                if found is not None:
                    return found
        exc = exc.__cause__ or exc.__context__ or getattr(exc, "reason", None)
    return None


def tls_problem(exc: BaseException) -> str:
    """``untrusted``, ``expired``, ``wrong_host`` or ``other`` for a TLS failure."""
    found = _verification_error(exc)
    code = getattr(found, "verify_code", None)
    text = " ".join(str(x) for x in (getattr(found, "verify_message", ""), found or exc)).lower()
    if code in _EXPIRED_CODES or "expired" in text or "not yet valid" in text:
        return "expired"
    if code in _WRONG_HOST_CODES or code == 64 or "hostname mismatch" in text or "doesn't match" in text \
            or "ip address mismatch" in text:
        return "wrong_host"
    if code in _UNTRUSTED_CODES or found is not None or "self-signed" in text or "self signed" in text \
            or "unable to get local issuer" in text or "untrusted" in text or "not trusted" in text:
        return "untrusted"
    return "other"


def describe_tls_error(exc: BaseException) -> str:
    """One line for staff: what is wrong with the platform's certificate, and what to do."""
    problem = tls_problem(exc)
    if problem == "expired":
        return translate("sync", "证书已过期：平台的证书已过有效期（也请核对这台电脑的日期和时间是否正确）。请联系平台运维方更新证书。")
    if problem == "wrong_host":
        return translate("sync", "证书与地址不符：平台证书上的名称与所填的平台地址不一致。请核对“设置 → 平台同步”中的地址"
                  "（是否写成了 IP 地址，或少了、多了一段域名）。")
    if problem == "untrusted":
        return translate("sync", "平台证书不受信任：这台电脑不认识给平台证书签名的机构（自建或政务 CA，或单位网络在检查加密流量）。"
                  "请让信息管理员把城市平台的根证书装进系统证书库，或在“设置 → 平台同步”中选择 CA 证书文件。")
    return translate("sync", "与平台建立加密连接失败（{what}）：请核对平台地址，或联系平台运维方。").format(what=exc.__class__.__name__)
