"""The record on A4: basic information, then one table per kind, in the embedded CJK font."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from station_app.atomic_files import write_bytes_atomically
from station_app.i18n import translate
from station_app.pdf_fonts import register_cjk_font
from station_app.volunteer_record.build import VolunteerRecordDoc
from station_app.volunteer_record.rows import sections

HEAD = colors.HexColor("#dde6f0")


def _esc(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def record_pdf(doc: VolunteerRecordDoc) -> bytes:
    font = register_cjk_font()
    title = ParagraphStyle("title", fontName=font, fontSize=17, leading=24, alignment=1)
    sub = ParagraphStyle("sub", fontName=font, fontSize=10, leading=14, alignment=1)
    head = ParagraphStyle("h", fontName=font, fontSize=12.5, leading=18, spaceBefore=8, spaceAfter=4)
    cell = ParagraphStyle("cell", fontName=font, fontSize=9, leading=12)
    story = [Paragraph(translate("volunteer_record", "个人志愿服务记录"), title),
             Paragraph(_esc(f"{doc.station}　{doc.name}"), sub), Spacer(1, 4 * mm)]
    for heading, header, rows, empty in sections(doc):
        story.append(Paragraph(_esc(heading), head))
        if not rows:
            story.append(Paragraph(_esc(empty), cell))
            continue
        data = ([[Paragraph(_esc(h), cell) for h in header]] if header else []) + \
            [[Paragraph(_esc(str(v)), cell) for v in row] for row in rows]
        table = Table(data, repeatRows=1 if header else 0, hAlign="LEFT")
        style = [("FONTNAME", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                 ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), HEAD))
        table.setStyle(TableStyle(style))
        story.append(table)
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph(_esc(translate("volunteer_record", "出具单位：{station}　　经办人：{who}　　日期：{day}").format(
        station=doc.station, who=doc.made_by, day=doc.made_on)), cell))
    story.append(Paragraph(_esc(translate(
        "volunteer_record", "培训时长单独记录，不计入志愿服务时长。本记录依《志愿服务条例》第十九条记载，亦供本人查阅、复制。")), cell))
    buf = io.BytesIO()
    pdf = SimpleDocTemplate(buf, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, initialFontName=font,
                            title=translate("volunteer_record", "个人志愿服务记录"), author=doc.station or "Station Desk",
                            subject=translate("volunteer_record", "个人志愿服务记录"), creator="Station Desk")

    def page_number(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawCentredString(A4[0] / 2, 9 * mm, translate("volunteer_record", "第 {n} 页").format(n=document.page))
        canvas.restoreState()

    pdf.build(story, onFirstPage=page_number, onLaterPages=page_number)
    return buf.getvalue()


def write_record_pdf(doc: VolunteerRecordDoc, path: Path) -> None:
    write_bytes_atomically(Path(path), record_pdf(doc))
