"""Verifying what a certificate's QR code holds, at any station that knows the issuer's public key.

One scanner reads every certificate (station_app/protocol/cert_link.py): a
verification URL or ``VOLSIG1:`` text (signed), an old ``VOLCERT:`` code, or a
serial and code typed on one line. A signed link is checked offline against
the public keys this station knows (station/signing_keys.py), never against a
secret: the answer is

* **genuine** — signed by a known key, not after that key's revocation, and
  this station's own register holds it unrevoked (for its own certificates);
* **revoked** — this station issued it and has revoked it;
* **genuine, revocation unknown** — the signature holds, but the certificate
  is another station's (or not in the register), so whether it was revoked
  since cannot be known here; the platform's verification page can tell;
* **not genuine** — any signed field changed, another key's signature, a key
  this station does not know, or a key revoked before the issue date.

An old (HMAC) certificate is checked as before: only at the issuing station.
"""

from __future__ import annotations

from station_app.certificates.codes import parse_pair
from station_app.certificates.issue import CertificateError
from station_app.certificates.register import (
    NOT_GENUINE,
    UNCONFIRMED,
    Verification,
    registered_answer,
    verify,
)
from station_app.db.models import Certificate
from station_app.hours.times import hours_text
from station_app.i18n import translate
from station_app.protocol import cert_link
from station_app.protocol.signing import issued_after_revocation
from station_app.station.signing_keys import find


def verify_text(text: str) -> Verification:
    """The answer for a scanned or pasted QR payload, a verification URL, or "serial code" typed on one line.

    Raises CertificateError (one line, for the user) when the text is none of these."""
    try:
        link = cert_link.parse(text)
    except cert_link.BadLink as exc:
        pair = parse_pair(text)
        if pair is None:
            raise CertificateError(translate("certificates", "无法识别：{why}。请扫描证明上的二维码，或输入证明编号和验证码").format(
                why=exc.for_user())) from None
        return verify(*pair)
    if isinstance(link, cert_link.LegacyLink):
        return verify(link.serial, link.code)
    return verify_signed(link)


def _facts(fields: dict, station_name: str) -> dict:
    import datetime as dt

    return dict(volunteer_name=fields["volunteer_name"], total_minutes=fields["total_minutes"],
                period_start=dt.date.fromisoformat(fields["period_start"]),
                period_end=dt.date.fromisoformat(fields["period_end"]),
                issue_date=dt.date.fromisoformat(fields["issued_at"]), station_name=station_name)


def what_it_says(fields: dict) -> str:
    """One line of what a signed certificate states: who, which period, how many hours, issued when."""
    return translate("certificates", "{name}，{start} 至 {end}，志愿服务时长 {h} 小时，{day} 出具").format(
        name=fields["volunteer_name"], start=fields["period_start"], end=fields["period_end"],
        h=hours_text(fields["total_minutes"]), day=fields["issued_at"])


def verify_signed(link: cert_link.SignedLink) -> Verification:
    fields, serial = link.fields, link.serial
    key = find(link.key_id)
    what = what_it_says(fields)
    if key is None:
        return Verification(NOT_GENUINE, serial, translate(
            "certificates", "签发所用的密钥不在本站已知的公钥中，无法证明是 {station} 出具的。请先同步，或用 station-app keys import"
            " 导入签发服务站的公钥后再核验").format(station=fields["station_code"]))
    if key.station_code != fields["station_code"]:
        return Verification(NOT_GENUINE, serial, translate(
            "certificates", "签名密钥属于 {owner}，证明上写的却是 {station}").format(owner=key.station_code,
                                                                       station=fields["station_code"]))
    if not link.check(key.public_key):
        return Verification(NOT_GENUINE, serial, translate("certificates", "证明内容被改动过，或签名不符"))
    facts = _facts(fields, key.station_name or key.station_code)
    if issued_after_revocation(fields["issued_at"], key.revoked_at):
        return Verification(NOT_GENUINE, serial, translate(
            "certificates", "签发所用的密钥已于 {at} 吊销（{reason}），之后签发的证明无效").format(
            at=(key.revoked_at or "")[:10], reason=key.revoke_reason or "—"), **facts)
    if key.own:
        row = Certificate.get_or_none(Certificate.serial == serial)
        if row is not None and row.signature == link.signature:
            return registered_answer(row)
        if row is not None:
            return Verification(NOT_GENUINE, serial, translate(
                "certificates", "签名属于本站，但与本站登记簿中编号 {serial} 的证明不符").format(serial=serial), **facts)
        return Verification(UNCONFIRMED, serial, translate(
            "certificates", "{what}；签名属于本站，但本站登记簿中没有这份证明，无法确认是否已作废").format(what=what), **facts)
    return Verification(UNCONFIRMED, serial, translate(
        "certificates", "{what}；由 {station} 签名，内容未被改动。是否已被签发服务站作废，本机无法得知（可联网在平台核验页查询）").format(
        what=what, station=key.station_name or key.station_code), **facts)
