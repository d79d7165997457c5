"""The 公示 list: what a station posts on its notice board for a period.

Two tables: the certificates issued in the period (serial, name partly masked, the period they
certify, hours), and each volunteer's service hours recorded in the period (approved, on
counting posts, the same rule as every report: reports/counting.py). Names are masked
(masking.mask_name) and no ID number, phone or birth date appears: the paper hangs in a
public place. Revoked certificates are left off and counted, so the list says only what
stands. Saving or printing it is audit-logged, like every report.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from station_app.atomic_files import write_bytes_atomically
from station_app.audit import Actor, record
from station_app.certificates.document import cn_date
from station_app.changes import NO_CHANGES, Changes, changes_field
from station_app.db import database
from station_app.errors import PermissionDenied
from station_app.hours.times import hours_text
from station_app.i18n import in_source_language, translate
from station_app.masking import mask_name
from station_app.pdf_paragraphs import para
from station_app.reports.behind import ROLES
from station_app.reports.counting import counted_where
from station_app.reports.periods import Period
from station_app.station.profile import StationProfile, load_profile

NOTICE_DAYS = 7  # how long the list stays on the board, said on it


@dataclass(frozen=True)
class NoticeCertificate:
    serial: str
    name: str          # masked
    period: str        # "2024-01-01 至 2024-12-31"
    minutes: int


@dataclass(frozen=True)
class NoticeHours:
    name: str          # masked
    records: int
    minutes: int


@dataclass(frozen=True)
class PublicNotice:
    period: Period
    station: StationProfile | None
    certificates: list[NoticeCertificate]
    revoked: int
    hours: list[NoticeHours]
    made_on: dt.date
    changes: Changes = changes_field()  # saving it changes nothing but the audit log

    @property
    def total_minutes(self) -> int:
        return sum(h.minutes for h in self.hours)

    @property
    def counted_to(self) -> dt.date:
        """The period's last day, or today when the period runs on: a notice says nothing of days to come."""
        return min(self.period.last, self.made_on)

    @property
    def notice_ends(self) -> dt.date:
        return self.made_on + dt.timedelta(days=NOTICE_DAYS - 1)

    @property
    def short_summary(self) -> str:
        return translate("reports", "出具证明 {certificates} 份，{volunteers} 名志愿者记录服务时长共 {hours} 小时").format(
            certificates=len(self.certificates), volunteers=len(self.hours), hours=hours_text(self.total_minutes))

    @property
    def summary(self) -> str:
        return translate("reports", "{first} 至 {last}：{summary}").format(
            first=self.period.first, last=self.counted_to, summary=self.short_summary)


def public_notice(period: Period, actor: Actor, today: dt.date | None = None) -> PublicNotice:
    """The list for *period*, read in one transaction by a staff member. Holds masked names only."""
    if actor.role not in ROLES:
        raise PermissionDenied(translate("reports", "只有工作人员可以制作公示名单"))
    with database.atomic():
        rows = database.execute_sql(
            "SELECT serial, volunteer_name, period_start, period_end, total_minutes, status FROM certificate"
            " WHERE issue_date >= ? AND issue_date <= ? ORDER BY year, seq",
            (period.first.isoformat(), period.last.isoformat())).fetchall()
        where, params = counted_where(period)
        hours = database.execute_sql(
            f"SELECT v.name, COUNT(*), SUM(r.minutes) FROM service_record r JOIN volunteer v ON v.id = r.volunteer_id"
            f" WHERE {where} GROUP BY r.volunteer_id ORDER BY SUM(r.minutes) DESC, v.name_pinyin, v.id",
            params).fetchall()
        station = load_profile()
    certificates = [NoticeCertificate(serial, mask_name(name), f"{start} 至 {end}", minutes)
                    for serial, name, start, end, minutes, status in rows if status != "revoked"]
    return PublicNotice(period, station, certificates, sum(1 for r in rows if r[5] == "revoked"),
                        [NoticeHours(mask_name(name), n, int(m or 0)) for name, n, m in hours],
                        today or dt.date.today())


def notice_title(notice: PublicNotice) -> str:
    station = notice.station.name if notice.station else "志愿服务站"
    return f"{station}志愿服务公示（{notice.period.label}）"


@in_source_language
def notice_pdf(notice: PublicNotice) -> bytes:
    """An A4 notice to print for the board: title, period, both tables, where to object, the issuer."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from station_app.pdf_fonts import register_cjk_font
    from station_app.pdf_paragraphs import cjk_style

    font = register_cjk_font()
    style = {name: cjk_style(name, font, size, align) for name, size, align in (("title", 18, 1), ("sub", 10.5, 1), ("h", 12.5, 0), ("body", 10.5, 0), ("sign", 10.5, 2))}
    station = notice.station
    story = [Paragraph(para(notice_title(notice)), style["title"]),
             Paragraph(f"统计期间：{notice.period.first} 至 {notice.counted_to}", style["sub"]), Spacer(1, 4 * mm),
             # short paragraphs, each one line on A4: a number never parts from its unit at a line end
             Paragraph(para(f"现将本站{notice.period.label}出具志愿服务记录证明和记录志愿服务时长的情况公示如下。"),
                       style["body"]),
             Paragraph(para(f"本期{notice.short_summary}。"), style["body"]),
             Paragraph("姓名已部分隐去，不含证件号码。", style["body"]),
             Spacer(1, 3 * mm), Paragraph("一、出具的志愿服务记录证明", style["h"])]
    grid = TableStyle([("FONT", (0, 0), (-1, -1), font, 10), ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
                       ("ALIGN", (-1, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    if notice.certificates:
        rows = [["序号", "证明编号", "姓名", "证明的服务期间", "时长（小时）"]]
        rows += [[str(i), c.serial, c.name, c.period, hours_text(c.minutes)]
                 for i, c in enumerate(notice.certificates, 1)]
        story.append(Table(rows, colWidths=[12 * mm, 52 * mm, 24 * mm, 56 * mm, 26 * mm], repeatRows=1, style=grid))
    else:
        story.append(Paragraph("本期未出具证明。", style["body"]))
    if notice.revoked:
        story.append(Paragraph(f"另有 {notice.revoked} 份本期出具的证明已作废，不列入。", style["body"]))
    story += [Spacer(1, 5 * mm), Paragraph("二、记录的志愿服务时长", style["h"])]
    if notice.hours:
        rows = [["序号", "姓名", "服务次数", "时长（小时）"]]
        rows += [[str(i), h.name, str(h.records), hours_text(h.minutes)] for i, h in enumerate(notice.hours, 1)]
        rows.append(["合计", f"{len(notice.hours)} 人", str(sum(h.records for h in notice.hours)),
                     hours_text(notice.total_minutes)])
        story.append(Table(rows, colWidths=[16 * mm, 74 * mm, 40 * mm, 40 * mm], repeatRows=1, style=grid))
    else:
        story.append(Paragraph("本期没有经审核的志愿服务时长。", style["body"]))
    phone = station.phone if station else ""
    story += [Spacer(1, 5 * mm),
              Paragraph(para(f"公示期 {NOTICE_DAYS} 天：{cn_date(notice.made_on)}至{cn_date(notice.notice_ends)}。"
                             "如有异议，请在公示期内向本站反映。"), style["body"]),
              Paragraph(para(f"联系电话：{phone}"), style["body"]),
              Spacer(1, 4 * mm),
              *[Paragraph(para(line), style["sign"]) for line in ((station.organisation, station.name) if station else ()) if line],
              Paragraph(cn_date(notice.made_on), style["sign"])]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, initialFontName=font, title=notice_title(notice),
                            author=station.name if station else "Station Desk",
                            subject=f"志愿服务公示名单（{notice.period.first} 至 {notice.period.last}）",
                            creator="Station Desk")
    doc.build(story)
    return buf.getvalue()


def save_public_notice(period: Period, path: Path, actor: Actor, today: dt.date | None = None) -> PublicNotice:
    """Write the notice's PDF to *path* and audit-log it (``report.public_notice``)."""
    notice = public_notice(period, actor, today)
    write_bytes_atomically(Path(path), notice_pdf(notice))
    log_public_notice(notice, actor, str(path), "pdf")
    return notice


def log_public_notice(notice: PublicNotice, actor: Actor, target: str, how: str) -> Changes:
    with database.atomic():
        record(actor, "report.public_notice", "file", target, None,
               {"from": notice.period.first.isoformat(), "to": notice.period.last.isoformat(), "format": how,
                "certificates": len(notice.certificates), "volunteers": len(notice.hours)})
    return NO_CHANGES
