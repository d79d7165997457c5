"""``station-app report [--from DATE] [--to DATE] [--by month|post|category|team] [--out FILE.xlsx|FILE.pdf]``.

The first line is the sentence stations put in their monthly report, then the
table of the grouping. The default period is the current month; ``--from``
alone runs to today, ``--to`` alone starts on the first of that month.
"""

from __future__ import annotations

import argparse
import datetime as dt
import unicodedata
from pathlib import Path

from station_app.i18n import translate
from station_app.reports.figures import GROUPINGS


def add_report_commands(sub) -> None:
    rep = sub.add_parser("report", help=translate("cli", "统计：志愿者人数、上岗人次、服务人次、服务时长（默认本月）"))
    rep.add_argument("--from", dest="day_from", metavar="DATE", help=translate("cli", "从这一天起（按记录开始时间，如 2024-05-01）"))
    rep.add_argument("--to", dest="day_to", metavar="DATE", help=translate("cli", "到这一天止（含这一天）"))
    rep.add_argument("--by", choices=GROUPINGS, default="month", help=translate("cli", "分组：month 月份，post 岗位，"
                     "category 岗位类别，team 队伍（默认 month）"))
    rep.add_argument("--out", metavar="FILE.xlsx|FILE.pdf", help=translate("cli", "同时保存为 Excel 报表或 PDF"))
    notice = sub.add_parser("public-notice", help=translate("cli", "公示名单（PDF）：期间内出具的证明和记录的服务时长，姓名部分隐去，不含证件号码"))
    notice.add_argument("--from", dest="day_from", metavar="DATE", help=translate("cli", "从这一天起（默认：本月第一天）"))
    notice.add_argument("--to", dest="day_to", metavar="DATE", help=translate("cli", "到这一天止（含这一天）"))
    notice.add_argument("--out", required=True, metavar="FILE.pdf", help=translate("cli", "PDF 文件，可打印张贴"))


def period_from_args(day_from: dt.date | None, day_to: dt.date | None, today: dt.date | None = None):
    from station_app.reports import periods

    today = today or dt.date.today()
    if day_from is None and day_to is None:
        return periods.current_month(today)
    if day_from is None:
        assert day_to is not None
        day_from = day_to.replace(day=1)
    if day_to is None:
        day_to = max(today, day_from)
    return periods.between(day_from, day_to)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(text: str, width: int, right: bool = False) -> str:
    pad = " " * max(0, width - _width(text))
    return pad + text if right else text + pad


def table_lines(report) -> list[str]:
    from station_app.reports.figures import grouping_label

    head = [grouping_label(report.by), translate("reports", "志愿者人数"), translate("reports", "上岗人次"),
            translate("reports", "服务人次"), translate("reports", "服务时长（小时）")]
    rows = [[g.label, str(g.figures.volunteers), str(g.figures.shifts), str(g.figures.people_served),
             g.figures.hours] for g in report.groups]
    t = report.total
    rows.append([translate("reports", "合计"), str(t.volunteers), str(t.shifts), str(t.people_served), t.hours])
    widths = [max(_width(r[i]) for r in [head, *rows]) for i in range(len(head))]
    lines = ["  ".join(_cell(h, widths[i], i > 0) for i, h in enumerate(head))]
    lines += ["  ".join(_cell(v, widths[i], i > 0) for i, v in enumerate(r)) for r in rows]
    return lines


def _report(args: argparse.Namespace) -> int:
    from station_app.cli_support import cli_actor, missing_folder, parse_day
    from station_app.reports.figures import grouping_label, report

    out = Path(args.out) if args.out else None
    if out is not None:
        if out.suffix.lower() not in (".xlsx", ".pdf"):
            raise ValueError(translate("reports", "只能保存为 .xlsx 或 .pdf 文件：{path}").format(path=out))
        if not out.parent.is_dir():
            raise ValueError(missing_folder(out))
    period = period_from_args(parse_day(args.day_from, "--from"), parse_day(args.day_to, "--to"))
    rep = report(period, args.by)
    print(rep.sentence)
    print(translate("reports", "统计期间：{label}（{first} 至 {last}），按{grouping}统计").format(
        label=period.label, first=period.first, last=period.last, grouping=grouping_label(args.by)))
    for line in table_lines(rep):
        print(line)
    if out is not None:
        from station_app.reports.printing import export_report

        export_report(period, args.by, out, cli_actor())
        print(translate("reports", "已保存到 {path}").format(path=out))
    return 0


def _public_notice(args: argparse.Namespace) -> int:
    from station_app.cli_support import cli_actor, output_file, parse_day
    from station_app.reports.public_notice import save_public_notice

    out = output_file(args.out, ".pdf")
    period = period_from_args(parse_day(args.day_from, "--from"), parse_day(args.day_to, "--to"))
    notice = save_public_notice(period, out, cli_actor())
    print(translate("reports", "公示名单 {summary}；已保存到 {path}").format(summary=notice.summary, path=out))
    return 0


REPORT_COMMANDS = {"report": _report, "public-notice": _public_notice}
