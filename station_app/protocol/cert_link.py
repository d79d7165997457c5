"""What a certificate's QR code holds, and reading it back (docs/protocol.md 1.1 ``signing_keys``).

Two forms carry the same three things, the signed message (:mod:`signing`),
the key id and the signature, so any verifier holding the station's public key
checks the certificate from the QR code alone, with no network:

* **URL**, when a verification address is configured: a phone camera opens the
  platform's readable verification page::

      https://<platform>/verify/<serial>?m=<message>&k=<key_id>&s=<signature>

  ``m`` is base64url (no padding) of the exact signed message bytes, ``k`` the key
  id (a UUID), ``s`` base64url of the 64-byte Ed25519 signature. ``<serial>`` in
  the path repeats the message's serial, percent-encoded, for people and logs;
  it must equal the message's.
* **Text**, with no address configured::

      VOLSIG1:<key_id>:<signature>:<message>

  (the same values; base64url has no ``:``).

Certificates issued before signing keep ``VOLCERT:<serial>:<code>``
(:mod:`station_app.certificates.codes`); :func:`parse` recognises it and
returns a :class:`LegacyLink`, so one scanner reads every certificate.
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass
from typing import Any

from station_app.i18n import QT_TRANSLATE_NOOP, translate
from station_app.protocol.signing import BadMessage, b64url, parse_message, unb64url, verify_message

TEXT_PREFIX = "VOLSIG1"
LEGACY_PREFIX = "VOLCERT"
VERIFY_PATH = "/verify/"
_UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_LEGACY_RE = re.compile(r"VOLCERT:([A-Z0-9][A-Z0-9-]{0,63}):([0-9A-Z]{4}-?[0-9A-Z]{4})")


class BadLink(ValueError):
    """Not a certificate code this app can read; ``str()`` says why in one line, in Chinese (the
    platform's pages); :meth:`for_user` in the station user's language."""

    def for_user(self) -> str:
        return translate("certificates", str(self))


@dataclass(frozen=True)
class SignedLink:
    message: bytes  # the exact signed bytes
    key_id: str
    signature: str  # base64url
    fields: dict  # the message, parsed

    @property
    def serial(self) -> str:
        return self.fields["serial"]

    def check(self, public_key: str) -> bool:
        """The signature against *public_key* (base64url), offline."""
        return verify_message(public_key, self.message, self.signature)


@dataclass(frozen=True)
class LegacyLink:
    serial: str
    code: str


def make_url(base_url: str, message: bytes, key_id: str, signature: str) -> str:
    """The verification URL for a signed certificate (*base_url*: the platform's address)."""
    serial = parse_message(message)["serial"]
    query = urllib.parse.urlencode({"m": b64url(message), "k": key_id, "s": signature})
    return f"{base_url.rstrip('/')}{VERIFY_PATH}{urllib.parse.quote(serial, safe='')}?{query}"


def make_text(message: bytes, key_id: str, signature: str) -> str:
    parse_message(message)
    return f"{TEXT_PREFIX}:{key_id}:{signature}:{b64url(message)}"


def make(base_url: str | None, message: bytes, key_id: str, signature: str) -> str:
    """The QR payload: the URL form when a verification address is configured, else the text form."""
    return make_url(base_url, message, key_id, signature) if base_url else make_text(message, key_id, signature)


def _signed(message_b64: Any, key_id: Any, signature: Any) -> SignedLink:
    if not all(isinstance(v, str) for v in (message_b64, key_id, signature)):
        raise BadLink(QT_TRANSLATE_NOOP("certificates", "缺少签名信息"))
    if not _UUID_RE.fullmatch(key_id):
        raise BadLink(QT_TRANSLATE_NOOP("certificates", "密钥编号格式不对"))
    try:
        message = unb64url(message_b64)
        unb64url(signature)
        fields = parse_message(message)
    except (ValueError, BadMessage):
        raise BadLink(QT_TRANSLATE_NOOP("certificates", "证明内容或签名已损坏")) from None
    return SignedLink(message, key_id, signature, fields)


def parse_query(serial_in_path: str | None, query: dict[str, str]) -> SignedLink:
    """The signed link from a verification page's path serial and its ``m``, ``k``, ``s`` parameters."""
    link = _signed(query.get("m"), query.get("k"), query.get("s"))
    if serial_in_path is not None and serial_in_path != link.serial:
        raise BadLink(QT_TRANSLATE_NOOP("certificates", "地址中的证明编号与证明内容不一致"))
    return link


def parse(text: str) -> SignedLink | LegacyLink:
    """A QR payload or pasted text: a verification URL, the ``VOLSIG1:`` text, or an old ``VOLCERT:`` code."""
    text = (text or "").strip()
    if text.startswith(f"{TEXT_PREFIX}:"):
        parts = text.split(":")
        if len(parts) != 4:
            raise BadLink(QT_TRANSLATE_NOOP("certificates", "VOLSIG1 文本应有 4 段"))
        return _signed(parts[3], parts[1], parts[2])
    legacy = _LEGACY_RE.fullmatch(text.upper())
    if legacy:
        return LegacyLink(legacy.group(1), legacy.group(2))
    url = urllib.parse.urlsplit(text)
    if url.scheme in ("http", "https") and VERIFY_PATH in url.path:
        serial = urllib.parse.unquote(url.path.rsplit(VERIFY_PATH, 1)[1])
        query = {k: v[0] for k, v in urllib.parse.parse_qs(url.query).items()}
        if "code" in query and "m" not in query:
            return LegacyLink(serial, query["code"])
        return parse_query(serial, query)
    raise BadLink(QT_TRANSLATE_NOOP("certificates", "不是志愿服务证明的二维码或核验地址"))
