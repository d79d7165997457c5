"""The report as an A4 PDF to print or keep: the figures, the sentence, a bar chart and the tables.

Drawn with reportlab's page templates (platypus) in the embedded TrueType CJK
font that the certificates use, so it prints the same on a PC without Chinese
fonts. Tables repeat their header row on each page; pages are numbered. The
records themselves (people's names and masked IDs) are in the Excel file's
records sheet, not on paper that lies on a desk.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from station_app.atomic_files import write_bytes_atomically
from station_app.hours.times import hours_text
from station_app.i18n import in_source_language, translate
from station_app.pdf_fonts import register_cjk_font
from station_app.reports.build import FullReport
from station_app.reports.figures import Group, grouping_label

BAR = colors.HexColor("#2f5d8f")
HEAD = colors.HexColor("#dde6f0")
MAX_BARS = 16



@in_source_language
def report_pdf(full: FullReport) -> bytes:
    font = register_cjk_font()
    styles = {
        "title": ParagraphStyle("title", fontName=font, fontSize=17, leading=24, alignment=1),
        "sub": ParagraphStyle("sub", fontName=font, fontSize=10.5, leading=15, alignment=1),
        "h": ParagraphStyle("h", fontName=font, fontSize=12.5, leading=18, spaceBefore=8, spaceAfter=4),
        "body": ParagraphStyle("body", fontName=font, fontSize=10.5, leading=16),
        "sentence": ParagraphStyle("sentence", fontName=font, fontSize=12, leading=18, spaceBefore=4,
                                   spaceAfter=6, textColor=colors.HexColor("#1f3a5f")),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=9, leading=12),
    }
    station = full.station.name if full.station else translate("reports", "志愿服务站")
    story = [
        Paragraph(translate("reports", "{station}志愿服务统计").format(station=_esc(station)), styles["title"]),
        Paragraph(translate("reports", "统计期间：{label}（{first} 至 {last}）").format(
            label=full.period.label, first=full.period.first, last=full.period.last), styles["sub"]),
        Spacer(1, 4 * mm),
        Paragraph(_esc(full.report.sentence), styles["sentence"]),
        _figures_table(full, font),
        Paragraph(translate("reports", "按{by}统计").format(by=grouping_label(full.report.by)), styles["h"]),
    ]
    groups = full.report.groups
    if groups:
        story.append(_bar_chart(groups, font))
    story.append(_group_table(full, groups, font, styles["cell"]))
    story.append(Paragraph(translate("reports", "活动统计表"), styles["h"]))
    story.append(_activity_table(full, font, styles["cell"]))
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph(translate("reports", "负责人：{person}　　制表人：{maker}　　制表时间：{at}").format(
        person=_esc(full.station.person_in_charge if full.station else ""), maker=_esc(full.made_by),
        at=full.made_at), styles["body"]))

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, initialFontName=font,  # no unembedded Helvetica in the file
                            title=translate("reports", "{station}志愿服务统计 {label}").format(
                                station=station, label=full.period.label), creator="Station Desk")

    def page_number(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawCentredString(A4[0] / 2, 9 * mm, translate("reports", "第 {n} 页").format(n=document.page))
        canvas.restoreState()

    doc.build(story, onFirstPage=page_number, onLaterPages=page_number)
    return buf.getvalue()


def write_report_pdf(full: FullReport, path: Path) -> None:
    write_bytes_atomically(Path(path), report_pdf(full))


def _esc(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _style(font: str, header_rows: int = 1) -> TableStyle:
    return TableStyle([
        ("FONT", (0, 0), (-1, -1), font, 9.5),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD),
        ("ALIGN", (1, header_rows), (-1, -1), "RIGHT"),
        ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ])


def _figures_table(full: FullReport, font: str) -> Table:
    t, r = full.report.total, full.roster
    data: list[list[object]] = [[translate("reports", "志愿者人数"), translate("reports", "上岗人次"), translate("reports", "服务人次"), translate("reports", "服务时长（小时）")],
            [t.volunteers, t.shifts, t.people_served, hours_text(t.minutes)],
            [translate("reports", "新登记志愿者"), translate("reports", "在册志愿者（期末）"), translate("reports", "出具服务证明（份）"), translate("reports", "其中已作废（份）")],
            [r.new_volunteers, r.on_roster, r.certificates, r.certificates_revoked]]
    table = Table(data, colWidths=[43 * mm] * 4)
    style = _style(font)
    style.add("BACKGROUND", (0, 2), (-1, 2), HEAD)
    style.add("ALIGN", (0, 0), (-1, -1), "CENTER")
    style.add("FONT", (0, 1), (-1, 1), font, 14)
    style.add("TOPPADDING", (0, 1), (-1, 1), 6)
    style.add("BOTTOMPADDING", (0, 1), (-1, 1), 6)
    table.setStyle(style)
    return table


def _group_table(full: FullReport, groups: list[Group], font: str, cell: ParagraphStyle) -> Table:
    data: list[list[object]] = [[grouping_label(full.report.by), translate("reports", "志愿者人数"), translate("reports", "上岗人次"), translate("reports", "服务人次"), translate("reports", "服务时长（小时）")]]
    for g in groups:
        f = g.figures
        data.append([Paragraph(_esc(g.label), cell), f.volunteers, f.shifts, f.people_served, hours_text(f.minutes)])
    t = full.report.total
    data.append([translate("reports", "合计"), t.volunteers, t.shifts, t.people_served, hours_text(t.minutes)])
    table = Table(data, colWidths=[54 * mm, 28 * mm, 28 * mm, 28 * mm, 34 * mm], repeatRows=1)
    table.setStyle(_style(font))
    return table


def _activity_table(full: FullReport, font: str, cell: ParagraphStyle) -> Table:
    data: list[list[object]] = [[translate("reports", "日期"), translate("reports", "活动（岗位）"), translate("reports", "地点"), translate("reports", "参与情况"), "", translate("reports", "服务时长\n（小时）"), translate("reports", "服务人次")],
            ["", "", "", translate("reports", "志愿者人数"), translate("reports", "上岗人次"), "", ""]]
    for a in full.activity:
        f = a.figures
        data.append([a.day.isoformat(), Paragraph(_esc(a.post_name), cell), Paragraph(_esc(a.place), cell),
                     f.volunteers, f.shifts, hours_text(f.minutes), f.people_served])
    if not full.activity:
        data.append([translate("reports", "本期没有计入的服务记录"), "", "", "", "", "", ""])
    t = full.report.total
    data.append([translate("reports", "合计"), "", "", t.volunteers, t.shifts, hours_text(t.minutes), t.people_served])
    table = Table(data, colWidths=[22 * mm, 40 * mm, 30 * mm, 22 * mm, 20 * mm, 21 * mm, 19 * mm], repeatRows=2)
    style = _style(font, header_rows=2)
    for col in (0, 1, 2, 5, 6):
        style.add("SPAN", (col, 0), (col, 1))
    style.add("SPAN", (3, 0), (4, 0))
    style.add("SPAN", (0, len(data) - 1), (2, len(data) - 1))
    if not full.activity:
        style.add("SPAN", (0, 2), (-1, 2))
    table.setStyle(style)
    return table


def _bar_chart(groups: list[Group], font: str) -> Drawing:
    """Hours per group; long groupings keep their largest bars (the table below lists them all)."""
    shown = groups if len(groups) <= MAX_BARS else sorted(groups, key=lambda g: -g.figures.minutes)[:MAX_BARS]
    width, height = 172 * mm, 62 * mm
    d = Drawing(width, height, initialFontName=font)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 14 * mm, 16 * mm, width - 20 * mm, height - 24 * mm
    chart.data = [[float(hours_text(g.figures.minutes)) for g in shown]]
    chart.bars[0].fillColor = BAR
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.categoryAxis.categoryNames = [_short(g.label) for g in shown]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8 if len(shown) <= 8 else 7
    chart.categoryAxis.labels.boxAnchor = "ne" if len(shown) > 8 else "n"
    chart.categoryAxis.labels.angle = 30 if len(shown) > 8 else 0
    chart.barLabelFormat = "%.1f"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    d.add(chart)
    d.add(String(2 * mm, height - 6 * mm, translate("reports", "服务时长（小时）"), fontName=font, fontSize=8))
    return d


def _short(label: str, limit: int = 8) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
