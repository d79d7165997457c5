"""Asking the platform whether another station's certificate has been revoked.

A signed certificate checks offline (certificates/verification.py), but only
its issuing station knows whether it was revoked since: here that answer is
"genuine, revocation unknown". When this station has a platform set up and it
answers, the platform's public verify endpoint (protocol 1.1, ``?signature=``)
settles it: registered and valid is genuine, revoked is revoked. Offline, or
not (yet) registered there, the answer stays unknown and says why. The
platform's word only ever moves an offline "unknown" to genuine or revoked; a
certificate whose signature failed here is never made genuine by it.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from station_app.certificates.register import GENUINE, REVOKED, UNCONFIRMED, Verification
from station_app.certificates.verification import what_it_says
from station_app.i18n import translate
from station_app.protocol import cert_link


def confirm_online(data_dir: Path, text: str, offline: Verification, timeout: float = 8.0) -> Verification:
    """*offline* as it stands, or settled by the platform when it is "unknown" for a signed link."""
    if offline.status != UNCONFIRMED:
        return offline
    try:
        link = cert_link.parse(text)
    except cert_link.BadLink:
        return offline
    if not isinstance(link, cert_link.SignedLink):
        return offline
    from station_app.sync.client import PlatformClient, SyncConfigError
    from station_app.sync.engine import SyncError
    from station_app.sync.setup import current_config

    try:
        config = current_config(data_dir)
        client = PlatformClient(config.url, config.token, config.station, timeout=(5.0, timeout),
                                ca_file=config.ca_file or None)
    except (SyncError, SyncConfigError):
        return offline  # no platform set up: the offline answer already says where to look
    try:
        answer = client.certificate(link.serial, link.signature)
    finally:
        client.close()
    data = answer.data if answer.kind == "data" else {}
    if data.get("serial") == link.serial and data.get("signature_valid") is True:
        what, station = what_it_says(link.fields), offline.station_name
        if data.get("status") == "revoked":
            return dataclasses.replace(offline, status=REVOKED, message=translate(
                "certificates", "{what}；由 {station} 签名。平台核验：签发服务站已作废这份证明").format(what=what, station=station))
        if data.get("status") == "issued":
            return dataclasses.replace(offline, status=GENUINE, message=translate(
                "certificates", "{what}；由 {station} 签名，内容未被改动。平台核验：已登记，未作废").format(
                what=what, station=station))
    if answer.status == 404:
        why = translate("certificates", "平台上还没有这份证明的登记（签发服务站可能尚未同步）")
    elif answer.kind == "data":
        why = translate("certificates", "平台的回答与这份证明不符")
    else:
        why = translate("certificates", "未能向平台核验：{reason}").format(reason=answer.message)
    return dataclasses.replace(offline, message=translate("certificates", "{message}；{why}").format(
        message=offline.message, why=why))
