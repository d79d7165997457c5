"""The personal-information notice on paper, for the volunteer (or guardian) to keep (PIPL Art. 17).

One A4 page per text: the notice, and for a child under 14 the children's rules
on a page of their own, each with its version and a line to sign, so the
separate consent is given on a separate sheet. Made from the same text the
volunteer dialog shows.
"""

from __future__ import annotations

import io

from station_app.pdf_paragraphs import cjk_style, para
from station_app.roster.privacy_notice import (
    NoticeFacts,
    child_notice_text,
    child_notice_title,
    notice_text,
    notice_title,
)
from station_app.station.profile import StationProfile


def notice_pdf(profile: StationProfile | None, facts: NoticeFacts, child: bool = False) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    from station_app.pdf_fonts import register_cjk_font

    font = register_cjk_font()
    title = cjk_style("title", font, 17, align=1)
    body = cjk_style("body", font, 10.5, spaceAfter=5)
    item = cjk_style("item", font, 10.5, leftIndent=10, spaceAfter=2)
    sign = cjk_style("sign", font, 10.5, spaceBefore=14)
    texts = [(notice_text(profile, facts), "本人（或监护人）已阅读上述告知，同意按此处理个人信息。")]
    if child:
        texts.append((child_notice_text(profile, facts), "监护人单独同意处理儿童的上述个人信息。"))
    story: list = []
    for i, (text, agreed) in enumerate(texts):
        if i:
            story.append(PageBreak())
        heading, *paragraphs = text.split("\n\n")
        story += [Paragraph(para(heading), title), Spacer(1, 4 * mm)]
        for paragraph in paragraphs:
            first, *items = paragraph.split("\n")
            story.append(Paragraph(para(first), item if first.startswith("·") else body))
            story += [Paragraph(para(line), item) for line in items]
        story += [Paragraph(para(agreed), sign),
                  Paragraph("签名：____________________　　日期：______年____月____日", sign)]
    buf = io.BytesIO()
    station = profile.name if profile else "Station Desk"
    SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                      bottomMargin=18 * mm, initialFontName=font, title=notice_title(), author=station,
                      subject=child_notice_title() if child else notice_title(), creator="Station Desk").build(story)
    return buf.getvalue()



def notice_for_print(child: bool = False) -> bytes:
    """The notice as this station's profile and settings make it (inside an open database)."""
    from station_app.roster.privacy_notice import notice_facts
    from station_app.station.profile import load_profile

    return notice_pdf(load_profile(), notice_facts(), child)
