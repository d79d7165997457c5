"""Reading the figures that the writes keep (migration 7), for whole months, quarters and years.

``report_tally`` holds, per span and post, the distinct volunteers, records,
minutes and people served of the counted records; the triggers that keep it run
in the same transaction as the record's own change, so it is never behind. A
span is a month (202605), a quarter (20262) or a year (2026); post 0 is every
post. Periods that are not one span (a range of days, March to May) are counted
from the records themselves.
"""

from __future__ import annotations

from station_app.db import database
from station_app.reports.periods import Period


def span_of(period: Period) -> int | None:
    if period.kind == "month":
        return period.ym_first
    if period.kind == "quarter":
        return period.first.year * 10 + (period.first.month - 1) // 3 + 1
    if period.kind == "year":
        return period.first.year
    return None


def figures_of(span: int, post_id: int = 0) -> tuple[int, int, int, int]:
    row = database.execute_sql("SELECT volunteers, records, people, minutes FROM report_tally"
                               " WHERE span = ? AND post_id = ?", (span, post_id)).fetchone()
    return tuple(row) if row else (0, 0, 0, 0)


def by_month(months: list[int]) -> list[tuple]:
    """(ym, volunteers, records, people, minutes) for each listed month that has counted records."""
    if not months:
        return []
    marks = ",".join("?" * len(months))
    return database.execute_sql(
        f"SELECT span, volunteers, records, people, minutes FROM report_tally WHERE post_id = 0 AND span IN ({marks})"
        " AND records > 0 ORDER BY span", list(months)).fetchall()


def by_post(span: int) -> list[tuple]:
    """(post id, volunteers, records, people, minutes) of each post with counted records in *span*."""
    return database.execute_sql(
        "SELECT post_id, volunteers, records, people, minutes FROM report_tally WHERE span = ? AND post_id != 0"
        " AND records > 0 ORDER BY post_id", (span,)).fetchall()
