"""Which service records a report counts, written once as SQL.

A record counts when it is approved, on a post that counted as volunteer
service when the record was made (``counts = 1``; routine duty, meetings and
donations do not), and starts inside the period on the station's wall clock.
Open, pending, rejected and void records never count. A correction voids the
record it corrects and adds an approved one naming it, so only the correction
is counted: it replaces the old record, it is not added to it. Training is
kept apart from service records and never reaches these tables.

The predicate repeats the partial index's own ``WHERE`` (migration 7) with
literal values, which is what lets SQLite answer a year's report from that
index alone.
"""

from __future__ import annotations

from station_app.reports.periods import Period

COUNTED = "r.state = 'approved' AND r.counts = 1"


def period_clause(period: Period) -> tuple[str, list[int]]:
    """The rows of *period*: the indexed year-month range, narrowed to whole local days when the
    period does not end on month boundaries."""
    sql, params = "r.ym BETWEEN ? AND ?", [period.ym_first, period.ym_last]
    if not period.whole_months:
        lo, hi = period.local_minutes
        sql += " AND r.start_min + r.utc_offset >= ? AND r.start_min + r.utc_offset < ?"
        params += [lo, hi]
    return sql, params


def counted_where(period: Period) -> tuple[str, list[int]]:
    clause, params = period_clause(period)
    return f"{COUNTED} AND {clause}", params


# The four figures over any set of counted rows: 志愿者人数, 上岗人次, 服务人次, 服务时长 (minutes).
FIGURES = ("COUNT(DISTINCT r.volunteer_id), COUNT(*), COALESCE(SUM(r.people_served), 0),"
           " COALESCE(SUM(r.minutes), 0)")

# The local day a record starts on, as days since 1970-01-01.
LOCAL_DAY = "((r.start_min + r.utc_offset) / 1440)"
