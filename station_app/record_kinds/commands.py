"""Command-line verbs for training, awards and evaluations (wired into station_app/cli.py).

* ``add-award --volunteer ID|PLATFORM_NO --title … --level … --by … --date D [--note …]``
* ``add-evaluation --volunteer ID|PLATFORM_NO --from D --to D (--rating 优秀|良好|一般|较差 | --complaint)
  --comment … [--by NAME]``

``import-training FILE`` lives with the other imports (imports/commands.py). Exit 0 when written; a
refusal is one line and exit 1, as for every command.
"""

from __future__ import annotations

import argparse

from station_app.certificates.commands import find_volunteer
from station_app.cli_support import cli_actor, parse_day
from station_app.i18n import translate
from station_app.record_kinds.common import LEVELS, RATINGS


def add_record_kind_commands(sub) -> None:
    award = sub.add_parser("add-award", help=translate("cli", "登记一项表彰奖励（记入操作日志，同步到平台）"))
    award.add_argument("--volunteer", required=True, metavar="ID", help=translate("cli", "证件号码或平台志愿者编号"))
    award.add_argument("--title", required=True, help=translate("cli", "表彰名称，如 优秀志愿者"))
    award.add_argument("--level", required=True, help=translate("cli", "级别：{names}（或 {codes}）").format(
        names="、".join(LEVELS.values()), codes="/".join(LEVELS)))
    award.add_argument("--by", dest="awarded_by", required=True, metavar="UNIT", help=translate("cli", "授予单位"))
    award.add_argument("--date", required=True, metavar="DATE", help=translate("cli", "表彰日期"))
    award.add_argument("--note", default="", help=translate("cli", "备注"))

    ev = sub.add_parser("add-evaluation", help=translate("cli", "登记一次评价或一次被投诉（记入操作日志，同步到平台）"))
    ev.add_argument("--volunteer", required=True, metavar="ID", help=translate("cli", "证件号码或平台志愿者编号"))
    ev.add_argument("--from", dest="day_from", required=True, metavar="DATE", help=translate("cli", "评价期起始日"))
    ev.add_argument("--to", dest="day_to", required=True, metavar="DATE", help=translate("cli", "评价期截止日"))
    kind = ev.add_mutually_exclusive_group(required=True)
    kind.add_argument("--rating", help=translate("cli", "评价等次：{names}").format(names="、".join(RATINGS.values())))
    kind.add_argument("--complaint", action="store_true", help=translate("cli", "这是一次投诉：--comment 写明投诉内容和处理结果"))
    ev.add_argument("--comment", default="", help=translate("cli", "评语；投诉时写明投诉内容和处理结果"))
    ev.add_argument("--by", dest="evaluated_by", default="", metavar="NAME", help=translate("cli", "评价人"))


def _add_award(args: argparse.Namespace) -> int:
    from station_app.record_kinds.awards import AwardInput, add_award

    vid = find_volunteer(args.volunteer)
    made = add_award(AwardInput(vid, args.title, args.level, args.awarded_by, parse_day(args.date, "--date"),
                                args.note), cli_actor())
    print(translate("record_kinds", "已登记表彰奖励（编号 {id}）：{title}").format(id=made.id, title=args.title))
    return 0


def _add_evaluation(args: argparse.Namespace) -> int:
    from station_app.record_kinds.evaluations import EvaluationInput, add_evaluation

    vid = find_volunteer(args.volunteer)
    inp = EvaluationInput(vid, parse_day(args.day_from, "--from"), parse_day(args.day_to, "--to"),
                          None if args.complaint else args.rating, args.comment, args.evaluated_by,
                          type="complaint" if args.complaint else "evaluation")
    made = add_evaluation(inp, cli_actor())
    done = translate("record_kinds", "已登记被投诉记录（编号 {id}）") if args.complaint else translate(
        "record_kinds", "已登记评价（编号 {id}）")
    print(done.format(id=made.id))
    return 0


RECORD_KIND_COMMANDS = {"add-award": _add_award, "add-evaluation": _add_evaluation}
