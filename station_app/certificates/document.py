"""What a certificate says, as plain data: built from the register, drawn by layout.py.

The register row and its records are a frozen copy of what was certified, so
the same document (and the same verification code) comes back on every
reprint. :func:`signed_fields` lists everything the paper states; the
verification code of a certificate issued before signing (issue 16) is the
HMAC of exactly that, and it keeps verifying.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from station_app.certificates.codes import qr_text
from station_app.hours.star_standard import reached_text
from station_app.hours.times import from_min
from station_app.roster.ids import IdType


@dataclass(frozen=True)
class SummaryLine:
    post_name: str
    content: str
    count: int
    minutes: int


@dataclass(frozen=True)
class AnnexRow:
    start: dt.datetime
    end: dt.datetime
    post_name: str
    content: str
    minutes: int


@dataclass(frozen=True)
class CertificateDoc:
    serial: str
    code: str
    volunteer_name: str
    id_type: str
    id_masked: str
    platform_no: str | None
    period_start: dt.date
    period_end: dt.date
    total_minutes: int
    record_count: int
    stars: int
    lifetime_minutes: int
    lines: tuple[SummaryLine, ...]
    station_name: str
    station_code: str
    organisation: str
    person_in_charge: str
    handler: str
    phone: str
    address: str
    issue_date: dt.date
    annex: tuple[AnnexRow, ...] | None = None
    copy: bool = False        # a reprint: marked 副本
    revoked: bool = False     # marked 已作废
    draft: bool = False       # before issue: no serial, no code, marked 样稿
    star_hours: int | None = None  # the threshold the star level reached needs (None: issued before it was kept)
    qr: str = ""  # the signed link (certificates/signed.py); "" for certificates issued before signing


    @property
    def id_type_label(self) -> str:
        try:
            return IdType(self.id_type).label
        except ValueError:
            return self.id_type

    @property
    def qr_text(self) -> str:
        return self.qr or qr_text(self.serial, self.code)

    @property
    def star_text(self) -> str:
        """What hours reached, never a level granted: "累计志愿服务时长已达到一星志愿者标准（100 小时）"."""
        return reached_text(self.stars, self.star_hours)


@dataclass(frozen=True)
class FrozenRecord:
    """A counted record as the register keeps it."""

    record_id: int
    uid: str
    post_name: str
    content: str
    start_min: int
    end_min: int
    utc_offset: int
    minutes: int


def summary_lines(records: list[FrozenRecord] | tuple[FrozenRecord, ...]) -> tuple[SummaryLine, ...]:
    """Time by post and content, most hours first."""
    groups: dict[tuple[str, str], list[int]] = {}
    for r in records:
        key = (r.post_name, r.content.strip())
        count_minutes = groups.setdefault(key, [0, 0])
        count_minutes[0] += 1
        count_minutes[1] += r.minutes
    lines = [SummaryLine(post, content, n, m) for (post, content), (n, m) in groups.items()]
    return tuple(sorted(lines, key=lambda line: (-line.minutes, line.post_name, line.content)))


def annex_rows(records) -> tuple[AnnexRow, ...]:
    return tuple(AnnexRow(from_min(r.start_min, r.utc_offset), from_min(r.end_min, r.utc_offset), r.post_name,
                          r.content, r.minutes) for r in sorted(records, key=lambda r: (r.start_min, r.record_id)))


def records_digest(records) -> str:
    text = "\n".join(f"{r.uid}|{r.start_min}|{r.end_min}|{r.minutes}|{r.post_name}|{r.content}"
                     for r in sorted(records, key=lambda r: (r.start_min, r.uid)))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def signed_fields(values: dict, records) -> list[object]:
    """Everything the certificate states, in a fixed order ("1" = this layout of fields)."""
    keys = ("serial", "station_code", "station_name", "organisation", "person_in_charge", "handler", "phone",
            "address", "volunteer_name", "id_type", "id_masked", "platform_no", "period_start", "period_end",
            "total_minutes", "record_count", "stars", "lifetime_minutes", "issue_date")
    return ["1", *(_text(values[k]) for k in keys), records_digest(records)]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def cn_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"
