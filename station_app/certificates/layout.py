"""The certificate's pages as a list of drawing operations, drawn by two painters.

pdf.py draws them with reportlab (the PDF that is saved and archived); the GUI
draws the very same operations with QPainter for the preview and the printer.
PySide6-Essentials ships no QtPdf, and rasterising a PDF needs poppler or
MuPDF, which Windows PCs do not have: drawing one layout twice keeps the
preview, the print-out and the PDF identical without either.

Coordinates are points (1/72 inch) from the top-left corner of an A4 page, y
downwards; a text's y is its baseline. Text is measured with the embedded
font's own metrics, so lines break the same way on paper and on screen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.lib.units import mm

from station_app.certificates.document import CertificateDoc, cn_date
from station_app.hours.times import hours_text
from station_app.i18n import in_source_language
from station_app.page_ops import BLACK, PAGE_H, PAGE_W, RED, Circle, Line, Page, Qr, Rect, Text, text_width
from station_app.qr import qr_matrix

__all__ = ["PAGE_H", "PAGE_W", "Circle", "Line", "Page", "Qr", "Rect", "Text", "layout", "text_width"]

LEFT, RIGHT = 25 * mm, PAGE_W - 25 * mm
CONTENT_W = RIGHT - LEFT
TOP = 20 * mm
FOOTER_RULE = PAGE_H - 17 * mm
FLOW_BOTTOM = FOOTER_RULE - 6 * mm
SEAL_R = 21 * mm          # a 42 mm round seal, the size residents' committees use
GREY = (0.35, 0.35, 0.35)
HEADER_FILL = (0.92, 0.93, 0.95)
BODY_SIZE, BODY_LEADING = 12.0, 25.0
CELL_SIZE, CELL_LEADING = 10.5, 15.0


# --- text measuring and line breaking ------------------------------------------------------------------------

NO_LINE_START = set("，。、；：？！）》」』】〕”’,.;:?!)%")
_TOKEN = re.compile(r"[A-Za-z0-9*#@/+.\-]+|★+|\s+|.", re.S)  # numbers, words and star ratings stay whole
_NUMBER = re.compile(r"[0-9][0-9.,]*")
UNITS = ("小时", "分钟", "人次", "个岗位", "个", "次", "条", "页", "年", "月", "日", "名", "份", "天", "周", "岁", "%")


def _pieces(runs: list[tuple[str, bool]]) -> list[list[tuple[str, bool]]]:
    """The tokens of all runs, grouped into pieces no line may break: a number stays with the unit
    after it ("7.8 小时", "3 条", "2024年"), even when the number is bold and the unit is not."""
    tokens = [(t, bold) for text, bold in runs for t in _TOKEN.findall(text)]
    pieces: list[list[tuple[str, bool]]] = []
    i = 0
    while i < len(tokens):
        piece = [tokens[i]]
        i += 1
        if _NUMBER.fullmatch(piece[0][0]):
            j = i + 1 if i < len(tokens) and tokens[i][0] == " " else i
            rest = "".join(t for t, _b in tokens[j:j + 3])
            unit = next((u for u in UNITS if rest.startswith(u)), None)
            if unit is not None:
                end = j + len(unit)  # units are made of one-character tokens
                piece += tokens[i:end]
                i = end
        pieces.append(piece)
    return pieces


def wrap_runs(runs: list[tuple[str, bool]], size: float, width: float,
              indent: float = 0.0) -> list[list[tuple[float, str, bool]]]:
    """Break styled runs into lines no wider than *width*; each line is [(x offset, text, bold)].

    Chinese breaks between any two characters; a closing mark never starts a line
    (it hangs past the margin instead); numbers and Latin words stay whole, and a
    number stays on the line of its unit.
    """
    lines: list[list[tuple[float, str, bool]]] = [[]]
    x = indent
    for piece in _pieces(runs):
        first = piece[0][0]
        if first == "\n":
            lines.append([])
            x = 0.0
            continue
        w = sum(text_width(t, size) for t, _b in piece)
        if x + w > width + 0.01 and lines[-1] and first not in NO_LINE_START:
            lines.append([])
            x = 0.0
            if first.isspace():
                continue
        for token, bold in piece:
            line = lines[-1]
            if line and line[-1][2] == bold:  # tokens on one line are contiguous: extend the segment
                line[-1] = (line[-1][0], line[-1][1] + token, bold)
            else:
                line.append((x, token, bold))
            x += text_width(token, size)
    return [line for line in lines] or [[]]


def wrap(text: str, size: float, width: float) -> list[str]:
    return ["".join(seg[1] for seg in line) for line in wrap_runs([(text, False)], size, width)]


def wrap_balanced(text: str, size: float, width: float) -> list[str]:
    """Like :func:`wrap`, but lines of even length: no lone character left on the last line."""
    lines = wrap(text, size, width)
    if len(lines) > 1:
        narrower = text_width(text, size) / len(lines) + size
        if narrower < width:
            even = wrap(text, size, narrower)
            if len(even) == len(lines):
                return even
    return lines


# --- building pages --------------------------------------------------------------------------------------------


class _Flow:
    """Pages filled top to bottom; ``need(h)`` starts a new page when *h* does not fit."""

    def __init__(self, on_new_page) -> None:
        self.pages: list[Page] = []
        self._on_new_page = on_new_page
        self.y = 0.0
        self.bottom = FLOW_BOTTOM
        self.new_page()

    @property
    def ops(self) -> list:
        return self.pages[-1].ops

    def new_page(self) -> None:
        self.pages.append(Page())
        self.bottom = FLOW_BOTTOM
        self.y = self._on_new_page(self, len(self.pages))

    def need(self, height: float) -> bool:
        if self.y + height > self.bottom:
            self.new_page()
            return True
        return False


def _paragraph(flow: _Flow, runs, size=BODY_SIZE, leading=BODY_LEADING, indent_chars=2, color=BLACK) -> None:
    for line in wrap_runs(runs, size, CONTENT_W, indent=indent_chars * size):
        flow.need(leading)
        flow.y += leading
        for dx, text, bold in line:
            flow.ops.append(Text(LEFT + dx, flow.y - (leading - size) / 2, text, size, bold=bold, color=color))


@dataclass(frozen=True)
class Column:
    title: str
    width: float          # 0: takes what is left
    align: str = "left"


class Table:
    """Ruled cells that wrap their text; the header row repeats at the top of each new page."""

    def __init__(self, columns: list[Column], size: float = CELL_SIZE, leading: float = CELL_LEADING,
                 pad: float = 5.0) -> None:
        self.columns, self.size, self.leading, self.pad = columns, size, leading, pad
        fixed = sum(c.width for c in columns)
        self.widths = [c.width or CONTENT_W - fixed for c in columns]
        self.xs = [LEFT + sum(self.widths[:i]) for i in range(len(self.widths))]

    def _spans(self, merge_first: int) -> list[tuple[int, float, float]]:
        """(column, x, width) of each drawn cell: the first *merge_first* columns are one cell."""
        out, i = [], 0
        while i < len(self.columns):
            span = merge_first if i == 0 else 1
            out.append((i, self.xs[i], sum(self.widths[i:i + span])))
            i += span
        return out

    def row_height(self, cells: list[str], merge_first: int = 1) -> float:
        lines = max(len(wrap(cells[i], self.size, w - 2 * self.pad)) for i, _x, w in self._spans(merge_first))
        return lines * self.leading + 2 * self.pad - 2

    def height(self, rows: list[list[str]], total: list[str] | None) -> float:
        h = self.row_height([c.title for c in self.columns]) + sum(self.row_height(r) for r in rows)
        return h + (self.row_height(total, 3) if total else 0)

    def _draw_row(self, flow: _Flow, cells: list[str], bold: bool = False, fill=None, merge_first: int = 1) -> None:
        h = self.row_height(cells, merge_first)
        top = flow.y
        if fill:
            flow.ops.append(Rect(LEFT, top, CONTENT_W, h, width=0, color=None, fill=fill))
        for i, x, w in self._spans(merge_first):
            lines = wrap(cells[i], self.size, w - 2 * self.pad)
            y = top + (h - len(lines) * self.leading) / 2 + self.leading / 2 + self.size * 0.36
            align = "center" if fill else self.columns[i].align
            tx = {"left": x + self.pad, "center": x + w / 2, "right": x + w - self.pad}[align]
            for line in lines:
                flow.ops.append(Text(tx, y, line, self.size, align=align, bold=bold))
                y += self.leading
            flow.ops.append(Rect(x, top, w, h, width=0.6))
        flow.y = top + h

    def draw(self, flow: _Flow, rows: list[list[str]], total: list[str] | None = None) -> None:
        titles = [c.title for c in self.columns]
        flow.need(self.row_height(titles) + (self.row_height(rows[0]) if rows else 0))  # never a lone header
        self._draw_row(flow, titles, bold=True, fill=HEADER_FILL)
        for cells in rows:
            if flow.need(self.row_height(cells)):
                self._draw_row(flow, titles, bold=True, fill=HEADER_FILL)
            self._draw_row(flow, cells)
        if total:
            if flow.need(self.row_height(total, 3)):
                self._draw_row(flow, titles, bold=True, fill=HEADER_FILL)
            self._draw_row(flow, total, bold=True, merge_first=3)


SUMMARY = Table([Column("序号", 34, "center"), Column("服务岗位", 132), Column("服务内容", 0),
                 Column("次数", 44, "center"), Column("时长（小时）", 76, "right")])
ANNEX = Table([Column("序号", 30, "center"), Column("日期和时间", 118, "center"), Column("服务岗位", 108),
               Column("服务内容", 0), Column("时长（小时）", 62, "right")], size=9, leading=12, pad=4)
QR_SIZE = 34 * mm  # a signed link is ~530 characters (85 modules): 0.35 mm a module, what phone cameras read
SIGN_LEADING = 21


def _sign_rows(doc: CertificateDoc) -> list[tuple[str, str]]:
    label_w = text_width("联系电话：", 11.5)
    org_lines = wrap_balanced(doc.organisation, 11.5, RIGHT - (LEFT + CONTENT_W * 0.36) - label_w)
    rows: list[tuple[str, str]] = [("出具单位：", org_lines[0])] + [("", more) for more in org_lines[1:]]
    if doc.station_name not in doc.organisation:
        rows.append(("", doc.station_name))
    return rows + [("负 责 人：", doc.person_in_charge), ("经 办 人：", doc.handler), ("联系电话：", doc.phone),
                   ("出具日期：", cn_date(doc.issue_date))]


def sign_block_height(doc: CertificateDoc) -> float:
    """The signing block's real height (its rows, or the QR code and its two lines): the summary
    table gets all the room that is left, so posts are gathered into "其他" only when they must be."""
    return max(14 + SIGN_LEADING * len(_sign_rows(doc)), 4 + QR_SIZE + 34)


@in_source_language
def layout(doc: CertificateDoc) -> list[Page]:
    """All pages of one certificate: the certificate itself, then the annex if asked for. Chinese in any
    interface language (the ID type's label is the one translated word it uses)."""
    flow = _Flow(lambda f, n: _first_page_top(f, doc) if n == 1 else _continued_top(f, doc))
    _body(flow, doc)
    pages, annex_pages = flow.pages, 0
    if doc.annex is not None:
        annex = _Flow(lambda f, n: _annex_top(f, doc, n > 1))
        rows = [[str(i), f"{r.start:%Y-%m-%d %H:%M}–{r.end:%H:%M}", r.post_name, r.content or "—",
                 hours_text(r.minutes)] for i, r in enumerate(doc.annex, 1)]
        total = ["合计", "", "", f"{len(doc.annex)} 条", hours_text(sum(r.minutes for r in doc.annex))]
        ANNEX.draw(annex, rows, total)
        pages, annex_pages = pages + annex.pages, len(annex.pages)
    for number, page in enumerate(pages, 1):
        _decorate(page, doc, number, len(pages), annex_pages)
    return pages


def _first_page_top(flow: _Flow, doc: CertificateDoc) -> float:
    ops = flow.ops
    ops.append(Text(RIGHT, TOP + 8, f"编号：{doc.serial}", 10.5, align="right"))
    title_y = TOP + 58
    ops.append(Text(PAGE_W / 2, title_y, "志愿服务记录证明", 26, align="center", bold=True))
    flow.bottom = NOTES_TOP - 10
    return title_y + 22


def _continued_top(flow: _Flow, doc: CertificateDoc) -> float:
    flow.ops.append(Text(RIGHT, TOP + 8, f"编号：{doc.serial}", 10.5, align="right"))
    flow.ops.append(Text(PAGE_W / 2, TOP + 40, "志愿服务记录证明（续）", 16, align="center", bold=True))
    return TOP + 56


def _annex_top(flow: _Flow, doc: CertificateDoc, continued: bool) -> float:
    flow.ops.append(Text(RIGHT, TOP + 8, f"编号：{doc.serial}", 10.5, align="right"))
    flow.ops.append(Text(PAGE_W / 2, TOP + 40, "附件：志愿服务记录明细" + ("（续）" if continued else ""), 16,
                         align="center", bold=True))
    facts = (f"志愿者：{doc.volunteer_name}　　服务期间：{cn_date(doc.period_start)}至{cn_date(doc.period_end)}"
             f"　　共 {doc.record_count} 条记录")
    flow.ops.append(Text(PAGE_W / 2, TOP + 60, facts, 10, align="center", color=GREY))
    return TOP + 72


def _body(flow: _Flow, doc: CertificateDoc) -> None:
    who = f"（{doc.id_type_label}：{doc.id_masked}"
    who += f"，志愿者编号：{doc.platform_no}）" if doc.platform_no else "）"
    _paragraph(flow, [
        ("兹证明", False), (doc.volunteer_name, True), (who, False),
        (f"于{cn_date(doc.period_start)}至{cn_date(doc.period_end)}期间在{doc.station_name}参加志愿服务。"
         f"经核对本站志愿服务记录，该志愿者在上述期间经审核确认的志愿服务共 {doc.record_count} 次，"
         "累计志愿服务时长 ", False),
        (hours_text(doc.total_minutes), True), (" 小时。服务情况如下：", False)])
    flow.y += 10
    star_runs = [(f"截至出具之日，该志愿者在本站经审核的志愿服务时长共 {hours_text(doc.lifetime_minutes)} 小时，",
                  False), (doc.star_text, True), ("（星级以志愿服务组织认定为准）。", False)] if doc.stars > 0 else None
    closing = (len(wrap_runs(star_runs, BODY_SIZE, CONTENT_W, 2 * BODY_SIZE)) if star_runs else 0) + 1
    room = flow.bottom - flow.y - 8 - closing * BODY_LEADING - sign_block_height(doc) - 28
    total = ["合计", "", "", str(doc.record_count), hours_text(doc.total_minutes)]
    SUMMARY.draw(flow, summary_rows(doc, room, total), total)
    flow.y += 8
    if star_runs:
        _paragraph(flow, star_runs)
    _paragraph(flow, [("特此证明。", False)])
    flow.need(sign_block_height(doc) + 28)
    _sign_block(flow, doc, flow.y + 28)


def gathered_posts(doc: CertificateDoc) -> int:
    """How many posts the certificate gathers into one "其他 N 个岗位" row (0: every post listed)."""
    flow = _Flow(lambda f, n: _first_page_top(f, doc) if n == 1 else _continued_top(f, doc))
    _body(flow, doc)
    for op in flow.pages[0].ops:
        found = _GATHERED.match(op.text) if isinstance(op, Text) else None
        if found:
            return int(found.group(1))
    return 0


_GATHERED = re.compile(r"^其他 (\d+) 个岗位$")


def summary_rows(doc: CertificateDoc, room: float, total: list[str]) -> list[list[str]]:
    """The summary table's rows, made shorter until the certificate fits on its first page:
    by post and content; else by post; else the posts with most hours and one row for the rest."""
    def numbered(groups) -> list[list[str]]:
        return [[str(i), post, content or "—", str(n), hours_text(m)]
                for i, (post, content, n, m) in enumerate(groups, 1)]

    detailed = [(line.post_name, line.content, line.count, line.minutes) for line in doc.lines]
    candidates = [numbered(detailed)]
    by_post: dict[str, list] = {}
    for post, content, n, m in detailed:
        group = by_post.setdefault(post, [[], 0, 0])
        if content and content not in group[0]:
            group[0].append(content)
        group[1] += n
        group[2] += m
    posts = sorted(((post, _contents(c), n, m) for post, (c, n, m) in by_post.items()), key=lambda g: (-g[3], g[0]))
    if len(posts) < len(detailed):
        candidates.append(numbered(posts))
    where = "详见附件" if doc.annex is not None else "各次明细可另附"
    for keep in range(len(posts) - 2, 0, -1):  # "其他" gathers two posts or more
        rest = posts[keep:]
        candidates.append(numbered(posts[:keep] + [(f"其他 {len(rest)} 个岗位", f"（{where}）", sum(g[2] for g in rest),
                                                   sum(g[3] for g in rest))]))
    for rows in candidates:
        if SUMMARY.height(rows, total) <= room:
            return rows
    return candidates[-1]


def _contents(contents: list[str], limit: int = 30) -> str:
    """Contents joined with 、 up to about *limit* characters; "等" says there were more."""
    kept: list[str] = []
    for c in contents:
        if kept and len("、".join(kept + [c])) > limit:
            return "、".join(kept) + "等"
        kept.append(c if len(c) <= limit else c[:limit - 1] + "…")
    return "、".join(kept)


def _sign_block(flow: _Flow, doc: CertificateDoc, top: float) -> None:
    ops = flow.ops
    x0 = LEFT + CONTENT_W * 0.36
    label_w = text_width("联系电话：", 11.5)
    y = top + 14
    rows = _sign_rows(doc)
    sign_rows = {"负 责 人：", "经 办 人："}
    first_y, last_y = y, y
    for label, value in rows:
        if label:
            ops.append(Text(x0, y, label, 11.5))
        ops.append(Text(x0 + label_w, y, value, 11.5))
        if label in sign_rows:
            sx = x0 + label_w + max(text_width(value, 11.5) + 10, 62)
            ops.append(Text(sx, y, "签字：", 9.5, color=GREY))
            ops.append(Line(sx + text_width("签字：", 9.5), y + 2, RIGHT, y + 2, width=0.5))
        last_y = y
        y += SIGN_LEADING
    # The seal goes over the issuing unit's name and the date, as 公章 are stamped.
    cx, cy = RIGHT - SEAL_R - 4, (first_y + last_y) / 2 - 4
    ops.append(Circle(cx, cy, SEAL_R))
    ops.append(Text(cx, cy + SEAL_R - 8, "（公章）", 9, align="center", color=RED, alpha=0.8))
    # QR code and how to check the certificate, on the left.
    size = QR_SIZE
    qr_top = top + 4
    if doc.draft:
        ops.append(Rect(LEFT, qr_top, size, size, width=0.6, color=GREY, dash=(3, 2)))
        ops.append(Text(LEFT + size / 2, qr_top + size / 2 + 3, "出具后生成", 9, align="center", color=GREY))
    else:
        ops.append(Qr(LEFT, qr_top, size, qr_matrix(doc.qr_text)))
    ops.append(Text(LEFT, qr_top + size + 14, f"验证码：{doc.code or '（出具时生成）'}", 10.5, bold=True))
    ops.append(Text(LEFT, qr_top + size + 29, "扫码或凭编号、验证码向出具单位核验", 8.5, color=GREY))
    flow.y = max(y, qr_top + size + 34)


NOTES_LEADING = 12
NOTES_TOP = FOOTER_RULE - 6 - NOTES_LEADING * 4 - 9   # room for four lines of notes above the footer
NOTES = ("说明：1. 本证明根据本站志愿服务记录如实出具，免费提供（《志愿服务条例》第十九条）。",
         "2. 服务时长为经审核的实际服务时间，不含往返路途时间；日常值班、会议、捐赠等不计入。",
         "3. 可凭证明编号和验证码向出具单位核验，或扫描二维码。涂改无效。")


def _decorate(page: Page, doc: CertificateDoc, number: int, total: int, annex_pages: int) -> None:
    ops = page.ops
    if number == 1:
        notes = list(NOTES)
        if annex_pages:
            notes.append(f"4. 附件：志愿服务记录明细，共 {annex_pages} 页。")
        y = FOOTER_RULE - 6 - NOTES_LEADING * (len(notes) - 1)
        for i, note in enumerate(notes):
            ops.append(Text(LEFT + (0 if i == 0 else text_width("说明：", 8.5)), y, note, 8.5, color=GREY))
            y += NOTES_LEADING
    ops.append(Line(LEFT, FOOTER_RULE, RIGHT, FOOTER_RULE, width=0.5, color=GREY))
    ops.append(Text(LEFT, FOOTER_RULE + 12, f"{doc.station_name}　地址：{doc.address}", 8.5, color=GREY))
    if total > 1:
        ops.append(Text(RIGHT, FOOTER_RULE + 12, f"第 {number} 页 共 {total} 页", 9, align="right"))
        # 骑缝章: half a seal on each page's edge, so the stamp spans the fanned-out pages.
        cy = PAGE_H / 2
        ops.append(Circle(PAGE_W, cy, SEAL_R, dash=(3, 3)))
        for i, ch in enumerate("骑缝章"):
            ops.append(Text(PAGE_W - 6 * mm, cy - 14 + i * 14, ch, 9, align="center", color=RED, alpha=0.8))
    x = LEFT
    for label, shown in (("副本", doc.copy), ("已作废", doc.revoked)):
        if shown:  # boxed like a rubber stamp, upright so it reads (and extracts) as text
            w = text_width(label, 16) + 26
            ops.append(Rect(x, TOP - 8, w, 26, width=1.4, color=RED))
            ops.append(Text(x + w / 2, TOP + 10.5, label, 16, align="center", bold=True, color=RED))
            x += w + 8
    marks = [m for m in (("副本", RED, 0.07) if doc.copy else None, ("已作废", RED, 0.22) if doc.revoked else None,
                         ("样稿 不作证明使用", GREY, 0.18) if doc.draft else None) if m]
    for word, color, alpha in marks:
        ops.append(Text(PAGE_W / 2, PAGE_H / 2 + 30, word, 96 if len(word) <= 3 else 60, align="center", bold=True,
                        color=color, angle=35, alpha=alpha))

