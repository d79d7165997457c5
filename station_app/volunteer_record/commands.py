"""``volunteer-record --volunteer ID|PLATFORM_NO --out FILE.pdf|FILE.xlsx [--handler NAME] [--full-numbers]`` (wired into cli.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from station_app.i18n import translate
from station_app.volunteer_record.save import save_record


def add_volunteer_record_commands(sub) -> None:
    rec = sub.add_parser("volunteer-record", help=translate("cli", "出具个人志愿服务记录（基本信息、服务、培训、表彰、评价），PDF 或 Excel"))
    rec.add_argument("--volunteer", required=True, metavar="ID", help=translate("cli", "证件号码或平台志愿者编号"))
    rec.add_argument("--out", required=True, metavar="FILE.pdf|FILE.xlsx")
    rec.add_argument("--handler", metavar="NAME", help=translate("cli", "经办人姓名（默认：station-app profile operator 设置的值班员；都没有时拒绝出具）"))
    rec.add_argument("--full-numbers", action="store_true", help=translate("cli", "证件号码和手机号码完整显示（本人申请时；记入操作日志）"))


def _volunteer_record(args: argparse.Namespace) -> int:
    from station_app import config
    from station_app.certificates.commands import find_volunteer
    from station_app.cli_support import cli_actor
    from station_app.station import settings

    handler = " ".join((args.handler or "").split()) or settings.get(config.OPERATOR_NAME)
    path = save_record(find_volunteer(args.volunteer), Path(args.out), cli_actor(), args.full_numbers, handler)
    done = translate("volunteer_record", "已出具个人志愿服务记录：{path}（证件号码完整显示）") if args.full_numbers else translate(
        "volunteer_record", "已出具个人志愿服务记录：{path}（证件号码已隐去中间位）")
    print(done.format(path=path))
    return 0


VOLUNTEER_RECORD_COMMANDS = {"volunteer-record": _volunteer_record}
