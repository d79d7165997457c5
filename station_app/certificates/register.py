"""The certificate register: search, documents for reprints, revocation, verification.

A reprint is the same certificate (same serial, same code) marked 副本; each
one is counted and audit-logged. Revoking needs a reason and is audit-logged;
a revoked certificate still verifies as "revoked", never as unknown, so a
holder of the paper learns what happened to it.
"""

from __future__ import annotations

import datetime as dt
import hmac
from dataclasses import dataclass, replace

from station_app import outbox
from station_app.audit import Actor, record
from station_app.certificates.codes import normalize_code, normalize_serial, verification_code
from station_app.certificates.document import CertificateDoc, FrozenRecord, signed_fields
from station_app.certificates.issue import CertificateError, doc_from_values
from station_app.certificates.signed import qr_payload, register_signature_holds
from station_app.changes import Changes, Counted, Kind, changed, changes_field
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import Certificate, CertificateRecord, Station, Volunteer
from station_app.hours.times import hours_text
from station_app.i18n import QT_TRANSLATE_NOOP, translate
from station_app.protocol.signing import issued_after_revocation, short_code
from station_app.staff.roles import require_admin
from station_app.station.signing_keys import find

GENUINE, REVOKED, UNKNOWN = "genuine", "revoked", "unknown"
UNCONFIRMED = "genuine_revocation_unknown"  # signed by a known, unrevoked key; whether it was revoked is not known here
NOT_GENUINE = "not_genuine"  # a signed link whose signature, key or content does not hold
STATUS_LABELS = {
    "issued": QT_TRANSLATE_NOOP("certificates", "有效"),
    "revoked": QT_TRANSLATE_NOOP("certificates", "已作废"),
}
VERDICTS = {
    GENUINE: QT_TRANSLATE_NOOP("certificates", "真实有效"),
    REVOKED: QT_TRANSLATE_NOOP("certificates", "已作废"),
    UNKNOWN: QT_TRANSLATE_NOOP("certificates", "无法核实"),
    UNCONFIRMED: QT_TRANSLATE_NOOP("certificates", "签名真实，作废状态未知"),
    NOT_GENUINE: QT_TRANSLATE_NOOP("certificates", "不是真实证明"),
}


@dataclass(frozen=True)
class RegisterRow:
    id: int
    serial: str
    volunteer_id: int
    volunteer_name: str
    id_masked: str
    period_start: dt.date
    period_end: dt.date
    total_minutes: int
    record_count: int
    handler: str
    issued_by: str
    issued_at: str
    status: str
    copies: int
    revoke_reason: str
    records_changed_at: str | None = None  # a record it counted was corrected afterwards
    changes: Changes = changes_field()


_COLUMNS = ("id, serial, volunteer_id, volunteer_name, id_masked, period_start, period_end, total_minutes,"
            " record_count, handler, issued_by, issued_at, status, copies, revoke_reason, records_changed_at")


def _row(values: tuple) -> RegisterRow:
    v = list(values)
    v[5], v[6] = dt.date.fromisoformat(v[5]), dt.date.fromisoformat(v[6])
    return RegisterRow(*v)


def list_certificates(query: str = "", status: str | None = None, limit: int = 1000) -> list[RegisterRow]:
    """Newest first. *query* matches part of the volunteer's name or of the serial (any case)."""
    sql, params = f"SELECT {_COLUMNS} FROM certificate WHERE 1 = 1", list[object]()
    text = " ".join((query or "").split())
    if text:
        sql += " AND (volunteer_name LIKE ? ESCAPE '\\' OR serial LIKE ? ESCAPE '\\')"
        params += [_like(text), _like(normalize_serial(text))]
    if status:
        sql += " AND status = ?"
        params.append(status)
    sql += " ORDER BY id DESC LIMIT ?"
    params.append(limit)
    return [_row(r) for r in database.execute_sql(sql, params).fetchall()]


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def register_row(serial: str) -> RegisterRow:
    found = database.execute_sql(f"SELECT {_COLUMNS} FROM certificate WHERE serial = ?",
                                 (normalize_serial(serial),)).fetchone()
    if found is None:
        raise CertificateError(translate("certificates", "登记簿中没有编号为 {serial} 的证明").format(serial=serial))
    return _row(found)


def _get(serial: str) -> Certificate:
    row = Certificate.get_or_none(Certificate.serial == normalize_serial(serial))
    if row is None:
        raise CertificateError(translate("certificates", "登记簿中没有编号为 {serial} 的证明").format(serial=serial))
    return row


def frozen_records(certificate_id: int) -> list[FrozenRecord]:
    rows = (CertificateRecord.select(CertificateRecord.record, CertificateRecord.record_uid,
                                     CertificateRecord.post_name, CertificateRecord.content,
                                     CertificateRecord.start_min, CertificateRecord.end_min,
                                     CertificateRecord.utc_offset, CertificateRecord.minutes)
            .where(CertificateRecord.certificate == certificate_id)
            .order_by(CertificateRecord.start_min, CertificateRecord.id).tuples())
    return [FrozenRecord(*r) for r in rows]


_VALUE_FIELDS = ("serial", "volunteer_name", "id_type", "id_masked", "platform_no", "period_start", "period_end",
                 "total_minutes", "record_count", "stars", "lifetime_minutes", "station_name", "station_code",
                 "organisation", "person_in_charge", "handler", "phone", "address", "issue_date", "star_hours")


def _values(row: Certificate) -> dict:
    return {f: getattr(row, f) for f in _VALUE_FIELDS}


def certificate_document(serial: str, copy: bool = True, annex: bool = False) -> CertificateDoc:
    """The certificate as registered: a reprint (副本) unless *copy* is False. Writes nothing.

    A signed certificate carries the same signed link in its QR code as when it was issued."""
    row = _get(serial)
    qr = qr_payload(row.signed_message.encode("utf-8"), row.key_id, row.signature) if row.signed_message else ""
    return doc_from_values(_values(row), row.verification_code, frozen_records(row.id), annex=annex, copy=copy,
                           revoked=row.status == "revoked", qr=qr)


def record_reprint(serial: str, actor: Actor, how: str = "pdf") -> Counted:
    """Count and audit-log one reprint (副本) that was printed or saved; say the count so far."""
    with database.atomic("IMMEDIATE"):
        row = _get(serial)
        Certificate.update(copies=Certificate.copies + 1).where(Certificate.id == row.id).execute()
        record(actor, "certificate.reprint", "certificate", row.serial, {"copies": row.copies},
               {"copies": row.copies + 1, "output": how})
    return Counted(row.copies + 1, changed(ids={Kind.CERTIFICATES: [row.id]}))


def reprint_to_file(serial: str, out, actor: Actor, annex: bool = False) -> CertificateDoc:
    """Write a 副本 of a registered certificate to *out* and log it."""
    from pathlib import Path

    from station_app.atomic_files import write_bytes_atomically
    from station_app.certificates.pdf import pdf_bytes

    doc = certificate_document(serial, copy=True, annex=annex)
    write_bytes_atomically(Path(out), pdf_bytes([doc]))
    record_reprint(doc.serial, actor, "pdf")
    return doc


def revoke_certificate(serial: str, reason: str, actor: Actor) -> RegisterRow:
    require_admin(actor, translate("certificates", "作废志愿服务记录证明"))
    reason = " ".join((reason or "").split())
    if not reason:
        raise CertificateError(translate("certificates", "作废证明须填写原因"))
    with database.atomic("IMMEDIATE"):
        row = _get(serial)
        if row.status == "revoked":
            raise CertificateError(translate("certificates", "证明 {serial} 已于 {at} 作废").format(serial=row.serial, at=row.revoked_at))
        now = now_iso()
        Certificate.update(status="revoked", revoked_by=str(actor), revoked_at=now, revoke_reason=reason).where(
            Certificate.id == row.id).execute()
        record(actor, "certificate.revoke", "certificate", row.serial, {"status": "issued"}, {"status": "revoked"},
               reason)
        outbox.enqueue_certificate(row.id, "revoked")
    return replace(register_row(row.serial), changes=changed(Kind.OUTBOX, ids={Kind.CERTIFICATES: [row.id]}))


@dataclass(frozen=True)
class Verification:
    """The answer; ``message`` gives the details, ``verdict`` the one-word answer for people."""

    status: str              # genuine | revoked | unknown
    serial: str
    message: str
    volunteer_name: str = ""
    total_minutes: int = 0
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    issue_date: dt.date | None = None
    station_name: str = ""
    revoke_reason: str = ""

    @property
    def verdict(self) -> str:
        return translate("certificates", VERDICTS[self.status])


def verify(serial: str, code: str) -> Verification:
    """Whether *serial* and *code* are a certificate this station issued, and whether it still stands.

    A signed certificate's code is derived from its signature, and the
    signature must still cover the register's columns under a known key; an
    old one's code is recomputed from the register's copy of the content with
    the station secret. Either way a register row changed outside the app fails.
    """
    serial = normalize_serial(serial)
    wanted = normalize_code(code)
    row = Certificate.get_or_none(Certificate.serial == serial)
    if row is None:
        return Verification(UNKNOWN, serial, translate("certificates", "本站登记簿中没有编号 {serial}").format(serial=serial or "—"))
    if row.signature:
        expected = short_code(row.signature)
        if row.signed_message is None:  # the holder's data was deleted on request: the message named them
            holds = bool(Volunteer.get_or_none(Volunteer.id == row.volunteer_id, Volunteer.anonymised_at.is_null(False)))
        else:
            holds = register_signature_holds(_values(row), row.key_id, row.signature, row.signed_message)
    else:
        station = Station.get_or_none(Station.id == 1)
        expected = verification_code(station.secret, signed_fields(_values(row), frozen_records(row.id))) if station else ""
        holds = hmac.compare_digest(row.verification_code, expected)
    if wanted is None or not hmac.compare_digest(wanted, expected):
        return Verification(UNKNOWN, serial, translate("certificates", "验证码与编号 {serial} 不符，不是本站出具的证明").format(serial=serial))
    if not holds:
        return Verification(UNKNOWN, serial, translate("certificates", "登记簿中编号 {serial} 的内容已被改动，无法确认").format(serial=serial))
    key = find(row.key_id) if row.signature else None
    if key is not None and issued_after_revocation(row.issued_at, key.revoked_at):
        return Verification(NOT_GENUINE, serial, translate("certificates", "签发所用的密钥已于 {at} 吊销，之后签发的证明无效").format(
            at=(key.revoked_at or "")[:10]))
    return registered_answer(row)


def registered_answer(row: Certificate, prefix: str = "") -> Verification:
    """The answer for a certificate in this station's register whose code or signature has been checked."""
    serial = row.serial
    facts = dict(volunteer_name=row.volunteer_name, total_minutes=row.total_minutes, period_start=row.period_start,
                 period_end=row.period_end, issue_date=row.issue_date, station_name=row.station_name)
    what = prefix + translate("certificates", "{name}，{start} 至 {end}，志愿服务时长 {h} 小时，{day} 出具").format(
        name=row.volunteer_name, start=row.period_start, end=row.period_end, h=hours_text(row.total_minutes),
        day=row.issue_date)
    if row.status == "revoked":
        return Verification(REVOKED, serial, translate("certificates", "{what}；已于 {at} 作废，原因：{reason}").format(
            what=what, at=(row.revoked_at or "")[:10], reason=row.revoke_reason), revoke_reason=row.revoke_reason,
            **facts)
    if row.records_changed_at:
        what += translate("certificates", "；注意：出具后，其中的服务记录于 {day} 被更正，请向出具单位核实是否已重新出具").format(
            day=row.records_changed_at[:10])
    return Verification(GENUINE, serial, what, **facts)
