"""Issuing a certificate: which records count, the serial, the register entry.

Only approved records whose time counts as volunteer service (``counts`` is
set from the post when the record is made: 日常值班, meetings and donations
never count) and that start within the period are certified; a certificate
with none is refused. The register row, its records, the audit entry and (for
the command line and batches) the PDF file are written in one transaction:
if the file cannot be written nothing is registered. Each certificate is
signed with the station's Ed25519 key (certificates/signed.py); a PC that
does not hold the key (a copied database or backup) cannot issue one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from station_app import outbox
from station_app.atomic_files import FolderMissing, write_bytes_atomically
from station_app.audit import Actor, record
from station_app.certificates.codes import make_serial
from station_app.certificates.document import CertificateDoc, FrozenRecord, annex_rows, summary_lines
from station_app.certificates.signed import qr_payload, sign_certificate
from station_app.changes import Changes, Kind, changed, changes_field
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import Certificate, Station, Volunteer
from station_app.errors import NotFound
from station_app.hours.star_standard import current_thresholds, threshold_for
from station_app.hours.times import from_min, local_time, to_min
from station_app.hours.totals import approved_minutes, star_level
from station_app.i18n import translate
from station_app.roster.ids import mask_id_number
from station_app.staff.roles import require_admin
from station_app.station.signing_keys import KeyProblem


class CertificateError(ValueError):
    """A certificate cannot be issued, revoked or found; ``str()`` says why, for the user."""


@dataclass(frozen=True)
class Plan:
    """What a certificate would certify, before it is issued."""

    volunteer_id: int
    volunteer_name: str
    period_start: dt.date
    period_end: dt.date
    records: tuple[FrozenRecord, ...]

    @property
    def total_minutes(self) -> int:
        return sum(r.minutes for r in self.records)

    @property
    def lines(self):
        return summary_lines(self.records)


def counted_records(volunteer_id: int, period_start: dt.date | None = None,
                    period_end: dt.date | None = None) -> list[FrozenRecord]:
    """Approved records on counting posts starting within the period (local days), oldest first."""
    sql = ("SELECT r.id, r.uid, p.name, r.content, r.start_min, r.end_min, r.utc_offset, r.minutes"
           " FROM service_record r JOIN post p ON p.id = r.post_id"
           " WHERE r.volunteer_id = ? AND r.state = 'approved' AND r.counts = 1 AND r.minutes > 0")
    params: list = [volunteer_id]
    if period_start is not None:
        sql += " AND r.start_min >= ?"
        params.append(to_min(local_time(period_start, "00:00")))
    if period_end is not None:
        sql += " AND r.start_min < ?"
        params.append(to_min(local_time(period_end + dt.timedelta(days=1), "00:00")))
    sql += " ORDER BY r.start_min, r.id"
    return [FrozenRecord(rid, uid, post, content or "", start, end, offset, minutes)
            for rid, uid, post, content, start, end, offset, minutes in database.execute_sql(sql, params).fetchall()]


def plan_certificate(volunteer_id: int, period_start: dt.date | None = None, period_end: dt.date | None = None,
                     today: dt.date | None = None) -> Plan:
    """The records a certificate for this period would count. Unasked, the period runs from the
    first counted record's day to the last one's. Raises CertificateError when nothing would count."""
    volunteer = Volunteer.get_or_none(Volunteer.id == volunteer_id)
    if volunteer is None:
        raise NotFound(volunteer_id)
    today = today or dt.date.today()
    end = min(period_end, today) if period_end else today  # a period never ends after today
    if period_start is not None and period_start > end:
        raise CertificateError(translate("certificates", "开始日期 {start} 晚于结束日期 {end}").format(start=period_start, end=end))
    records = counted_records(volunteer_id, period_start, end)
    if not records:
        raise CertificateError(translate("certificates", "{name} 在 {period} 没有已审核、计入志愿服务时长的记录，不能出具证明").format(
            name=volunteer.name, period=translate("certificates", "{start} 至 {end}").format(start=period_start, end=end)
            if period_start else translate("certificates", "{end} 以前").format(end=end)))
    start = period_start or from_min(records[0].start_min, records[0].utc_offset).date()
    if period_end is None:  # "to date" unasked: the period ends with the last service certified
        end = max(start, from_min(records[-1].start_min, records[-1].utc_offset).date())
    return Plan(volunteer.id, volunteer.name, start, end, tuple(records))


@dataclass(frozen=True)
class Issued:
    certificate_id: int
    serial: str
    code: str
    doc: CertificateDoc
    changes: Changes = changes_field()


def issue_certificate(volunteer_id: int, actor: Actor, period_start: dt.date | None = None,
                      period_end: dt.date | None = None, handler: str | None = None, annex: bool = False,
                      out: Path | None = None, today: dt.date | None = None) -> Issued:
    """Register a certificate and return its document; with *out* also write the PDF, before the
    register commits.

    *handler* (经办人) defaults to the logged-in staff member; from the command line, where the
    actor is only the operating-system user, a handler must be named. Audit-logged. Administrators only.
    """
    require_admin(actor, translate("certificates", "出具志愿服务记录证明"))
    today = today or dt.date.today()
    with database.atomic("IMMEDIATE"):
        station = Station.get_or_none(Station.id == 1)
        if station is None:
            raise CertificateError(translate("certificates", "请先在“设置 → 站点信息”中填写站点信息，再出具证明"))
        plan = plan_certificate(volunteer_id, period_start, period_end, today)
        if actor.via == "cli" and not (handler or "").strip():
            raise CertificateError(translate("certificates", "没有经办人：请用 --handler 姓名 指明，"
                                             "或先用 station-app profile operator 姓名 设置值班员"))
        volunteer = Volunteer.get_by_id(volunteer_id)
        lifetime = approved_minutes(volunteer_id)
        thresholds = current_thresholds()
        stars = star_level(lifetime, thresholds)
        seq = database.execute_sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM certificate WHERE year = ?",
                                   (today.year,)).fetchone()[0]
        values = dict(
            serial=make_serial(station.code, today.year, seq), year=today.year, seq=seq,
            volunteer_name=volunteer.name, id_type=volunteer.id_type, id_masked=mask_id_number(volunteer.id_number),
            platform_no=volunteer.platform_no or None, period_start=plan.period_start, period_end=plan.period_end,
            total_minutes=plan.total_minutes, record_count=len(plan.records), stars=stars,
            lifetime_minutes=lifetime, station_name=station.name, station_code=station.code,
            organisation=station.organisation, person_in_charge=station.person_in_charge,
            handler=(handler or actor.name).strip() or actor.name, phone=station.phone, address=station.address,
            issue_date=today, star_hours=threshold_for(stars, thresholds))
        issued_at = now_iso()
        try:
            signed = sign_certificate(values, issued_at[:10])
        except KeyProblem as exc:  # a copied database or backup holds no private key: it cannot sign
            raise CertificateError(str(exc)) from exc
        code = signed.code
        row = Certificate.create(volunteer=volunteer_id, verification_code=code, status="issued",
                                 issued_by=str(actor), issued_at=issued_at, key_id=signed.key_id,
                                 signature=signed.signature, signed_message=signed.message.decode("utf-8"), **values)
        database.cursor().executemany(
            "INSERT INTO certificate_record (certificate_id, record_id, record_uid, post_name, content, start_min,"
            " end_min, utc_offset, minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(row.id, r.record_id, r.uid, r.post_name, r.content, r.start_min, r.end_min, r.utc_offset, r.minutes)
             for r in plan.records])
        record(actor, "certificate.issue", "certificate", values["serial"], None, {
            "serial": values["serial"], "volunteer_id": volunteer_id, "period_start": plan.period_start.isoformat(),
            "period_end": plan.period_end.isoformat(), "total_minutes": plan.total_minutes,
            "records": len(plan.records), "handler": values["handler"]})
        outbox.enqueue_certificate(row.id, "issued")
        doc = doc_from_values(values, code, plan.records, annex=annex,
                              qr=qr_payload(signed.message, signed.key_id, signed.signature))
        if out is not None:
            from station_app.certificates.pdf import pdf_bytes

            write_certificate_file(Path(out), pdf_bytes([doc]))
    return Issued(row.id, values["serial"], code, doc, changed(Kind.OUTBOX, ids={Kind.CERTIFICATES: [row.id]}))


def write_certificate_file(path: Path, pdf: bytes) -> None:
    """Inside the issuing transaction: a rule of issuing is that nothing is registered without its PDF,
    so a missing folder is a refusal (CertificateError) that rolls the registration back."""
    try:
        write_bytes_atomically(path, pdf)
    except FolderMissing as exc:
        raise CertificateError(str(exc)) from exc


def doc_from_values(values: dict, code: str, records, annex: bool = False, copy: bool = False,
                    revoked: bool = False, draft: bool = False, qr: str = "") -> CertificateDoc:
    return CertificateDoc(
        serial=values["serial"], code=code, volunteer_name=values["volunteer_name"], id_type=values["id_type"],
        id_masked=values["id_masked"], platform_no=values["platform_no"], period_start=values["period_start"],
        period_end=values["period_end"], total_minutes=values["total_minutes"],
        record_count=values["record_count"], stars=values["stars"], lifetime_minutes=values["lifetime_minutes"],
        lines=summary_lines(records), station_name=values["station_name"], station_code=values["station_code"],
        organisation=values["organisation"], person_in_charge=values["person_in_charge"],
        handler=values["handler"], phone=values["phone"], address=values["address"],
        issue_date=values["issue_date"], annex=annex_rows(records) if annex else None, copy=copy, revoked=revoked,
        draft=draft, star_hours=values.get("star_hours"), qr=qr)


def draft_document(volunteer_id: int, period_start: dt.date | None = None, period_end: dt.date | None = None,
                   handler: str = "", annex: bool = False, today: dt.date | None = None) -> CertificateDoc:
    """The certificate as it would be issued, marked 样稿, without serial or code: for the preview
    before issuing. Writes nothing."""
    today = today or dt.date.today()
    plan = plan_certificate(volunteer_id, period_start, period_end, today)
    station = Station.get_or_none(Station.id == 1)
    if station is None:
        raise CertificateError(translate("certificates", "请先在“设置 → 站点信息”中填写站点信息，再出具证明"))
    volunteer = Volunteer.get_by_id(volunteer_id)
    lifetime = approved_minutes(volunteer_id)
    thresholds = current_thresholds()
    stars = star_level(lifetime, thresholds)
    values = dict(
        # on paper: Chinese in any interface language
        serial="（出具时编号）", volunteer_name=volunteer.name, id_type=volunteer.id_type,
        id_masked=mask_id_number(volunteer.id_number), platform_no=volunteer.platform_no or None,
        period_start=plan.period_start, period_end=plan.period_end, total_minutes=plan.total_minutes,
        record_count=len(plan.records), stars=stars, lifetime_minutes=lifetime,
        station_name=station.name, station_code=station.code, organisation=station.organisation,
        person_in_charge=station.person_in_charge, handler=handler, phone=station.phone, address=station.address,
        issue_date=today, star_hours=threshold_for(stars, thresholds))
    return doc_from_values(values, "", plan.records, annex=annex, draft=True)
