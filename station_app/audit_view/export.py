"""The audit log written out for an inspection: what the viewer shows, every entry, as CSV.

It carries what the viewer shows and nothing more: numbers masked, birth dates
by their year, the personal values of a volunteer deleted on request not at
all. A copy of the log leaves the room, so writing one is a 站长's act, and
audit-logged.
"""

from __future__ import annotations

import csv
from pathlib import Path

from station_app.atomic_files import replacing
from station_app.audit import Actor, record
from station_app.audit_view.query import AuditFilter, search
from station_app.changes import Counted, changed
from station_app.db import database
from station_app.db.models import AuditEntry
from station_app.exports.cells import safe_text
from station_app.i18n import source_language, translate
from station_app.staff.roles import require_admin

HEADERS = ("序号", "时间", "操作人", "操作", "对象类型", "对象", "对象名称", "修改前", "修改后", "原因")


def export_audit(path: Path, actor: Actor) -> Counted:
    """Write every entry, oldest first, to *path* (.csv, UTF-8 with BOM for Excel); say how many."""
    require_admin(actor, translate("audit", "导出操作日志"))
    total = AuditEntry.select().count()
    rows = sorted(search(AuditFilter(limit=max(total, 1)), actor).rows, key=lambda r: r.id)
    with replacing(Path(path), private=True) as partial, source_language():  # a Chinese document
        with partial.open("w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh)
            out.writerow([translate("audit", h) for h in HEADERS])
            for r in rows:
                out.writerow([str(r.id)] + [safe_text(v) for v in (r.at, r.actor, r.action, r.entity_type, r.entity_id,
                                                                     r.entity_name, r.before, r.after, r.reason)])
    with database.atomic():
        record(actor, "audit.export", "file", str(path), None, {"entries": len(rows)})
    return Counted(len(rows), changed())
