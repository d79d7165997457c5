"""Certificates that counted a record, told when that record is corrected.

A correction lives in hours (it voids and replaces a record), but the law asks
that a certificate be truthful, so the certificates in the register that
counted the old record must say so. This sits in hours, below certificates,
because it needs only the register's rows, and the correction must flag them
in its own transaction.
"""

from __future__ import annotations

from station_app.audit import Actor, record
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import Certificate


def flag_changed_records(record_id: int, actor: Actor, reason: str) -> list[str]:
    """A record that issued certificates counted was corrected: mark them (inside the caller's transaction).

    The certificate stays what it was when issued (its code still verifies),
    but it no longer matches the records, and the law asks that a certificate
    be truthful: the register, the verification answer and the audit log say
    so, and staff decide whether to revoke it and issue a new one.
    """
    serials = [r[0] for r in database.execute_sql(
        "SELECT c.serial FROM certificate c JOIN certificate_record cr ON cr.certificate_id = c.id"
        " WHERE cr.record_id = ? AND c.status = 'issued' AND c.records_changed_at IS NULL", (record_id,))]
    if serials:
        Certificate.update(records_changed_at=now_iso()).where(Certificate.serial.in_(serials)).execute()
        for serial in serials:
            record(actor, "certificate.records_changed", "certificate", serial, None, {"record_id": record_id}, reason)
    return serials
