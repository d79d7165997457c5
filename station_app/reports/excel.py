"""The report as an Excel workbook an office can file and print.

Sheets: 汇总 (station, period, the figures, the sentence, who made it and when),
one sheet per grouping, the 活动统计表, and 服务记录明细 with masked ID numbers.
Every sheet has a merged title, a bold header (two merged rows on the activity
table, as the paper form has), column widths, number formats (hours 0.0, counts
0, dates), and print setup: A4, header rows repeated on each page, fitted to one
page wide, page numbers in the footer. Text cells are text, so nothing is ever
evaluated as a formula. Written to a temporary file and moved into place;
audit-logged, because the records sheet names people.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from station_app.atomic_files import replacing
from station_app.audit import Actor, record
from station_app.db import database
from station_app.hours.times import hours_text
from station_app.i18n import in_source_language, translate
from station_app.reports.build import FullReport
from station_app.reports.figures import Figures, grouping_label

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDE6F0")
TITLE = Font(size=15, bold=True)
BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="center", wrap_text=True)
FIGURE_HEADERS = ("志愿者人数", "上岗人次", "服务人次", "服务时长（小时）")
SHEET_NAMES = {"month": "按月份", "post": "按岗位", "category": "按岗位类别", "team": "按队伍"}



def hours_value(minutes: int) -> float:
    return float(hours_text(minutes))


@in_source_language
def write_workbook(full: FullReport, path: Path, actor: Actor) -> int:
    """Write *full* to *path* (.xlsx); return the number of record rows. Audit-logged."""
    path = Path(path)
    wb = Workbook()
    _summary(wb.active, full)
    for by, groups in full.groupings.items():
        _grouping(wb.create_sheet(translate("reports", SHEET_NAMES[by])), full, by, groups)
    _activity(wb.create_sheet(translate("reports", "活动统计表")), full)
    _records(wb.create_sheet(translate("reports", "服务记录明细")), full)
    with replacing(path, private=True) as partial:  # names people: readable by this user only
        wb.save(partial)
    with database.atomic():
        record(actor, "report.export", "file", str(path), None,
               {"from": full.period.first.isoformat(), "to": full.period.last.isoformat(), "by": full.report.by,
                "records": len(full.records), "masked": True, "format": "xlsx"})
    return len(full.records)


def station_name(full: FullReport) -> str:
    return full.station.name if full.station else translate("reports", "志愿服务站")


def _text(value) -> str:
    return ILLEGAL_CHARACTERS_RE.sub(" ", "" if value is None else str(value))


def _put(ws: Worksheet, row: int, col: int, value, fmt: str | None = None, font: Font | None = None,
         align: Alignment | None = None, box: bool = True):
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        cell.value = _text(value)
        cell.data_type = "s"
        cell.number_format = "@"
    else:
        cell.value = value
        if fmt:
            cell.number_format = fmt
    if font:
        cell.font = font
    if align:
        cell.alignment = align
    if box:
        cell.border = BOX
    return cell


def _title(ws: Worksheet, text: str, width: int, subtitle: str = "") -> int:
    """A merged title (and subtitle) over *width* columns; returns the next free row."""
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    _put(ws, 1, 1, text, font=TITLE, align=CENTER, box=False)
    ws.row_dimensions[1].height = 30
    if subtitle:
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
        _put(ws, 2, 1, subtitle, align=Alignment(horizontal="center"), box=False)
    return 3


def _header(ws: Worksheet, row: int, headers, widths) -> None:
    for col, (text, width) in enumerate(zip(headers, widths), start=1):
        c = _put(ws, row, col, translate("reports", text), font=BOLD, align=CENTER)
        c.fill = HEAD_FILL
        ws.column_dimensions[get_column_letter(col)].width = width


def _print_setup(ws: Worksheet, header_rows: str, landscape: bool = False) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as it takes
    ws.print_title_rows = header_rows
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.oddFooter.center.text = translate("reports", "第 &P 页，共 &N 页")
    ws.oddFooter.right.text = _text(ws.title)


def _figure_cells(ws: Worksheet, row: int, col: int, f: Figures, font: Font | None = None) -> None:
    _put(ws, row, col, f.volunteers, "0", font)
    _put(ws, row, col + 1, f.shifts, "0", font)
    _put(ws, row, col + 2, f.people_served, "0", font)
    _put(ws, row, col + 3, hours_value(f.minutes), "0.0", font)


def _summary(ws: Worksheet, full: FullReport) -> None:
    ws.title = translate("reports", "汇总")
    row = _title(ws, translate("reports", "{station}志愿服务统计").format(station=station_name(full)), 2, full.period.label)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 60
    total, roster = full.report.total, full.roster
    station = full.station
    lines = [
        ("站点", f"{station.name}（{station.code}）" if station else ""),
        ("所属单位", station.organisation if station else ""),
        ("统计期间", translate("reports", "{label}（{first} 至 {last}）").format(label=full.period.label, first=full.period.first,
                                                           last=full.period.last)),
        ("志愿者人数", total.volunteers), ("上岗人次", total.shifts), ("服务人次", total.people_served),
        ("服务时长（小时）", hours_value(total.minutes)),
        ("新登记志愿者", roster.new_volunteers), ("在册志愿者（期末）", roster.on_roster),
        ("出具服务证明（份）", roster.certificates),
        ("其中已作废（份）", roster.certificates_revoked),
        ("统计口径", translate("reports", "已审核、计入志愿服务的岗位、开始时间在统计期间内的服务记录；更正后的记录替代原记录")),
        ("制表人", full.made_by), ("制表时间", full.made_at),
    ]
    _header(ws, row, ("项目", "内容"), (22, 60))
    for label, value in lines:
        row += 1
        _put(ws, row, 1, translate("reports", label), font=BOLD, align=Alignment(vertical="center"))
        fmt = "0.0" if isinstance(value, float) else "0"
        _put(ws, row, 2, value, fmt, align=WRAP if isinstance(value, str) else Alignment(horizontal="left"))
        if isinstance(value, str) and len(value) > 36:  # spreadsheets do not grow a row for wrapped text
            ws.row_dimensions[row].height = 15 * (len(value) // 36 + 1)
    row += 2
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    _put(ws, row, 1, full.report.sentence, font=Font(size=12, bold=True), align=WRAP, box=False)
    ws.row_dimensions[row].height = 36
    _print_setup(ws, "3:3")


def _grouping(ws: Worksheet, full: FullReport, by: str, groups) -> None:
    label = grouping_label(by)
    row = _title(ws, translate("reports", "{station}志愿服务统计（按{by}）").format(station=station_name(full), by=label), 5,
                 full.period.label)
    _header(ws, row, (label, *FIGURE_HEADERS), (24, 12, 12, 12, 16))
    for g in groups:
        row += 1
        _put(ws, row, 1, g.label)
        _figure_cells(ws, row, 2, g.figures)
    row += 1
    _put(ws, row, 1, translate("reports", "合计"), font=BOLD)
    _figure_cells(ws, row, 2, full.report.total, BOLD)
    row += 1
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
    _put(ws, row, 1, translate("reports", "注：一名志愿者在几个{by}都有服务时，在每个{by}各计一人，合计中只计一人。").format(by=label),
         align=WRAP, box=False)
    ws.row_dimensions[row].height = 30
    _print_setup(ws, "3:3")


def _activity(ws: Worksheet, full: FullReport) -> None:
    row = _title(ws, translate("reports", "{station}志愿服务活动统计表").format(station=station_name(full)), 8,
                 translate("reports", "统计期间：{label}　　填报单位：{org}").format(
                     label=full.period.label, org=full.station.organisation if full.station else ""))
    widths = (6, 12, 22, 18, 12, 12, 14, 12)
    top = ("序号", "日期", "活动（岗位）", "地点", "参与情况", "", "服务时长（小时）", "服务人次")
    sub = ("", "", "", "", "志愿者人数", "上岗人次", "", "")
    _header(ws, row, top, widths)
    _header(ws, row + 1, sub, widths)
    for col in (1, 2, 3, 4, 7, 8):  # merged down over the two header rows
        ws.merge_cells(start_row=row, start_column=col, end_row=row + 1, end_column=col)
    ws.merge_cells(start_row=row, start_column=5, end_row=row, end_column=6)
    row += 1
    for n, a in enumerate(full.activity, start=1):
        row += 1
        _put(ws, row, 1, n, "0", align=Alignment(horizontal="center"))
        _put(ws, row, 2, a.day, "yyyy-mm-dd", align=Alignment(horizontal="center"))
        _put(ws, row, 3, a.post_name, align=WRAP)
        _put(ws, row, 4, a.place, align=WRAP)
        _put(ws, row, 5, a.figures.volunteers, "0")
        _put(ws, row, 6, a.figures.shifts, "0")
        _put(ws, row, 7, hours_value(a.figures.minutes), "0.0")
        _put(ws, row, 8, a.figures.people_served, "0")
    row += 1
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
    _put(ws, row, 1, translate("reports", "合计"), font=BOLD, align=CENTER)
    total = full.report.total
    _put(ws, row, 5, total.volunteers, "0", BOLD)
    _put(ws, row, 6, total.shifts, "0", BOLD)
    _put(ws, row, 7, hours_value(total.minutes), "0.0", BOLD)
    _put(ws, row, 8, total.people_served, "0", BOLD)
    row += 2
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
    _put(ws, row, 1, translate("reports", "负责人：{person}　　　制表人：{maker}　　　制表时间：{at}").format(
        person=full.station.person_in_charge if full.station else "", maker=full.made_by, at=full.made_at), box=False)
    _print_setup(ws, "3:4", landscape=True)


def _records(ws: Worksheet, full: FullReport) -> None:
    headers = ("序号", "姓名", "证件类型", "证件号码", "队伍", "岗位", "地点", "开始", "结束", "服务时长（小时）",
               "服务人次", "服务内容", "备注")
    widths = (6, 10, 12, 21, 10, 16, 12, 17, 17, 10, 9, 18, 14)
    row = _title(ws, translate("reports", "{station}服务记录明细").format(station=station_name(full)), len(headers),
                 translate("reports", "{label}　证件号码已隐去中间位").format(label=full.period.label))
    _header(ws, row, headers, widths)
    ws.row_dimensions[row].height = 30
    for n, r in enumerate(full.records, start=1):
        row += 1
        values = (n, r.volunteer_name, r.id_type, r.id_masked, r.team, r.post_name, r.place, _wall(r.start),
                  _wall(r.end) if r.end else None, hours_value(r.minutes), r.people_served, r.content,
                  translate("reports", "更正记录（替代 #{id}）").format(id=r.corrects_id) if r.corrects_id else "")
        for col, value in enumerate(values, start=1):
            fmt = {1: "0", 10: "0.0", 11: "0"}.get(col)
            if isinstance(value, dt.datetime):
                fmt = "yyyy-mm-dd hh:mm"
            _put(ws, row, col, value, fmt)
    ws.freeze_panes = "A4"
    _print_setup(ws, "3:3", landscape=True)


def _wall(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=None)
