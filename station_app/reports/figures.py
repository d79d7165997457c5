"""The four figures for a period, grouped by month, post, post category or team, and the sentence
stations put in their monthly report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from station_app.db import database
from station_app.hours.times import hours_text
from station_app.i18n import QT_TRANSLATE_NOOP, translate
from station_app.reports import tally
from station_app.reports.counting import FIGURES, counted_where
from station_app.reports.periods import Period, ym_label

GROUPINGS = ("month", "post", "category", "team")
GROUPING_LABELS = {
    "month": QT_TRANSLATE_NOOP("reports", "月份"),
    "post": QT_TRANSLATE_NOOP("reports", "服务岗位"),
    "category": QT_TRANSLATE_NOOP("reports", "岗位类别"),
    "team": QT_TRANSLATE_NOOP("reports", "队伍"),
}



@dataclass(frozen=True)
class Figures:
    volunteers: int  # 志愿者人数: distinct people
    shifts: int  # 上岗人次: counted records
    people_served: int  # 服务人次
    minutes: int  # 服务时长

    @property
    def hours(self) -> str:
        return hours_text(self.minutes)


NONE = Figures(0, 0, 0, 0)


@dataclass(frozen=True)
class Group:
    """One row of a grouping: its key (ym, post id, category or team text) and what it counts."""

    key: int | str
    label: str
    figures: Figures


@dataclass(frozen=True)
class Report:
    period: Period
    by: str
    total: Figures  # over the whole period: a person in two groups is one volunteer here
    groups: list[Group]

    @property
    def sentence(self) -> str:
        return sentence(self.total)


def sentence(f: Figures) -> str:
    """"35 名志愿者完成 212 上岗人次，为 1480 人次提供服务，总服务时长 431.5 小时"."""
    return translate("reports", "{n} 名志愿者完成 {m} 上岗人次，为 {p} 人次提供服务，总服务时长 {h} 小时").format(
        n=f.volunteers, m=f.shifts, p=f.people_served, h=f.hours)


def grouping_label(by: str) -> str:
    return translate("reports", GROUPING_LABELS[by])


def no_category() -> str:
    return translate("reports", "（未分类）")


def no_team() -> str:
    return translate("reports", "（未填队伍）")


# Per grouping: the key expression, the tables it needs, the order of its rows.
_GROUP_SQL = {
    "month": ("r.ym", "", "r.ym"),
    "post": ("r.post_id", "", "r.post_id"),
    "category": ("p.category", " JOIN post p ON p.id = r.post_id", "p.category"),
    "team": ("v.team", " JOIN volunteer v ON v.id = r.volunteer_id", "v.team"),
}


def totals(period: Period) -> Figures:
    """The four figures over the whole period; read from the kept tally for a month, quarter or year."""
    span = tally.span_of(period)
    return Figures(*tally.figures_of(span)) if span is not None else raw_totals(period)


def grouped(period: Period, by: str) -> list[Group]:
    """The figures of each group; by month (whole months) and by post (one span) from the kept tally."""
    span = tally.span_of(period)
    if by == "month" and period.whole_months:
        rows = tally.by_month(period.months())
    elif by == "post" and span is not None:
        rows = tally.by_post(span)
    else:
        return raw_grouped(period, by)
    return _groups(by, rows)


def raw_totals(period: Period) -> Figures:
    """The same figures counted from the records themselves."""
    where, params = counted_where(period)
    row = database.execute_sql(f"SELECT {FIGURES} FROM service_record r WHERE {where}", params).fetchone()
    return Figures(*row)


def raw_grouped(period: Period, by: str) -> list[Group]:
    if by not in _GROUP_SQL:
        raise ValueError(translate("reports", "不能按“{by}”分组；可选：month、post、category、team").format(by=by))
    key, joins, order = _GROUP_SQL[by]
    where, params = counted_where(period)
    rows = database.execute_sql(
        f"SELECT {key}, {FIGURES} FROM service_record r{joins} WHERE {where} GROUP BY {key} ORDER BY {order}",
        params).fetchall()
    return _groups(by, rows)


def _groups(by: str, rows: list[tuple]) -> list[Group]:
    labels = _labels(by, [r[0] for r in rows])
    groups = [Group(k, labels[k], Figures(*f)) for k, *f in rows]
    if by == "post":
        groups.sort(key=lambda g: (-g.figures.minutes, g.label))
    return groups


def _labels(by: str, keys: list) -> dict:
    if by == "month":
        return {k: ym_label(k) for k in keys}
    if by == "post":
        names = post_names(keys)
        return {k: names.get(k, str(k)) for k in keys}
    empty = no_category() if by == "category" else no_team()
    return {k: (k or empty) for k in keys}


def post_names(ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return dict(database.execute_sql(f"SELECT id, name FROM post WHERE id IN ({marks})", list(ids)).fetchall())


def report(period: Period, by: str = "month", with_empty_months: bool = True) -> Report:
    """The figures for *period* grouped *by*; by month, months with nothing counted are shown as 0."""
    groups = grouped(period, by)
    if by == "month" and with_empty_months:
        have = {g.key: g for g in groups}
        groups = [have.get(ym, Group(ym, ym_label(ym), NONE)) for ym in period.months()]
    return Report(period, by, totals(period), groups)


def made_at() -> str:
    return dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")
