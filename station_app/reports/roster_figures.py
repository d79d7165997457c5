"""The figures beside the four: new volunteers, volunteers on the roster, certificates issued.

* 新登记志愿者: volunteers added to this station's roster on a day of the period
  (by the local date of ``created_at``), whatever their status now.
* 在册志愿者: volunteers whose status is 在册 (active) now and who were registered
  by the period's last day. A status change is not dated, so a period in the past
  is counted with today's status; deleted (anonymised) people are not counted.
* 出具证明: certificates in the register whose issue date falls in the period,
  revoked ones included (they were issued) and said apart; reprints are not new
  certificates.
"""

from __future__ import annotations

from dataclasses import dataclass

from station_app.db import database
from station_app.reports.periods import Period


@dataclass(frozen=True)
class RosterFigures:
    new_volunteers: int
    on_roster: int
    certificates: int
    certificates_revoked: int


def roster_figures(period: Period) -> RosterFigures:
    first, last = period.first.isoformat(), period.last.isoformat()
    new = database.execute_sql(
        "SELECT COUNT(*) FROM volunteer WHERE substr(created_at, 1, 10) BETWEEN ? AND ?", (first, last)).fetchone()[0]
    on_roster = database.execute_sql(
        "SELECT COUNT(*) FROM volunteer WHERE status = 'active' AND anonymised_at IS NULL"
        " AND substr(created_at, 1, 10) <= ?", (last,)).fetchone()[0]
    issued, revoked = database.execute_sql(
        "SELECT COUNT(*), COALESCE(SUM(status = 'revoked'), 0) FROM certificate WHERE issue_date BETWEEN ? AND ?",
        (first, last)).fetchone()
    return RosterFigures(new, on_roster, issued, revoked)
