"""Report periods: a month, a quarter, a year, or any run of days.

A record belongs to the period its *start* falls in, on the station's wall
clock as it was recorded (each record keeps its UTC offset), so a shift that
starts at 23:30 on 31 May and ends after midnight is May's. A period is whole
local days, both ends included.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from station_app.i18n import translate

EPOCH_DAY = dt.date(1970, 1, 1)



class PeriodError(ValueError):
    """A period that cannot be reported, said for the user."""


@dataclass(frozen=True)
class Period:
    first: dt.date
    last: dt.date  # included
    kind: str = "range"  # month | quarter | year | range

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise PeriodError(translate("reports", "结束日期（{last}）早于开始日期（{first}）").format(last=self.last, first=self.first))

    @property
    def label(self) -> str:
        if self.kind == "month":
            return translate("reports", "{y} 年 {m} 月").format(y=self.first.year, m=self.first.month)
        if self.kind == "quarter":
            return translate("reports", "{y} 年第 {q} 季度").format(y=self.first.year, q=(self.first.month - 1) // 3 + 1)
        if self.kind == "year":
            return translate("reports", "{y} 年").format(y=self.first.year)
        return translate("reports", "{first} 至 {last}").format(first=self.first.isoformat(), last=self.last.isoformat())

    @property
    def ym_first(self) -> int:
        return self.first.year * 100 + self.first.month

    @property
    def ym_last(self) -> int:
        return self.last.year * 100 + self.last.month

    @property
    def local_minutes(self) -> tuple[int, int]:
        """[from, to) in local wall-clock minutes since 1970: what ``start_min + utc_offset`` is compared with."""
        return (self.first - EPOCH_DAY).days * 1440, ((self.last - EPOCH_DAY).days + 1) * 1440

    @property
    def whole_months(self) -> bool:
        """True when the period is whole calendar months, so the year-month column alone selects it."""
        return self.first.day == 1 and (self.last + dt.timedelta(days=1)).day == 1

    def months(self) -> list[int]:
        """Every year-month (year*100+month) the period touches, in order."""
        out, y, m = [], self.first.year, self.first.month
        while y * 100 + m <= self.ym_last:
            out.append(y * 100 + m)
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out


def month(year: int, month_no: int) -> Period:
    if not 1 <= month_no <= 12:
        raise PeriodError(translate("reports", "月份应为 1–12：{m}").format(m=month_no))
    first = dt.date(year, month_no, 1)
    nxt = dt.date(year + 1, 1, 1) if month_no == 12 else dt.date(year, month_no + 1, 1)
    return Period(first, nxt - dt.timedelta(days=1), "month")


def quarter(year: int, q: int) -> Period:
    if not 1 <= q <= 4:
        raise PeriodError(translate("reports", "季度应为 1–4：{q}").format(q=q))
    first = month(year, 3 * q - 2).first
    return Period(first, month(year, 3 * q).last, "quarter")


def year(year_no: int) -> Period:
    return Period(dt.date(year_no, 1, 1), dt.date(year_no, 12, 31), "year")


def between(first: dt.date, last: dt.date) -> Period:
    """Any run of days; named as a month, quarter or year when it is exactly one."""
    for candidate in (month(first.year, first.month), quarter(first.year, (first.month - 1) // 3 + 1),
                      year(first.year)):
        if candidate.first == first and candidate.last == last:
            return candidate
    return Period(first, last, "range")


def current_month(today: dt.date | None = None) -> Period:
    today = today or dt.date.today()
    return month(today.year, today.month)


def month_of(ym: int) -> Period:
    return month(ym // 100, ym % 100)


def ym_label(ym: int) -> str:
    return f"{ym // 100}-{ym % 100:02d}"
