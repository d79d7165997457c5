"""Everything one report holds, read in one go for the Excel file, the PDF and the printer."""

from __future__ import annotations

from dataclasses import dataclass

from station_app.audit import Actor
from station_app.db import database
from station_app.reports.activity import ActivityRow, activity_table
from station_app.reports.behind import CountedRecord, counted_records
from station_app.reports.figures import GROUPINGS, Group, Report, made_at, report
from station_app.reports.periods import Period
from station_app.reports.roster_figures import RosterFigures, roster_figures
from station_app.station.profile import StationProfile, load_profile


@dataclass(frozen=True)
class FullReport:
    station: StationProfile | None
    report: Report  # the chosen grouping, with the period's totals
    groupings: dict[str, list[Group]]  # every grouping, the chosen one first
    roster: RosterFigures
    activity: list[ActivityRow]
    records: list[CountedRecord]
    made_by: str
    made_at: str

    @property
    def period(self) -> Period:
        return self.report.period


def full_report(period: Period, by: str, actor: Actor) -> FullReport:
    """One consistent reading (one transaction) of everything a filed report shows."""
    with database.atomic():
        main = report(period, by)
        groupings = {by: main.groups}
        for other in GROUPINGS:
            if other != by:
                groupings[other] = report(period, other).groups
        return FullReport(load_profile(), main, groupings, roster_figures(period), activity_table(period),
                          counted_records(period, "all", None, actor), actor.name, made_at())
