"""The command line: parse, open the data folder, hand over to the core.

Commands act as the station's administrator (whoever can run them already holds
the database file); the audit log names them as done from the command line by
the operating-system user. No command waits for typed input.
Errors are one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from station_app.audit import Actor
from station_app.config import resolve_data_dir
from station_app.db import DataFolderError, close_database, open_database


def cli_actor() -> Actor:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in some service accounts
        user = "unknown"
    return Actor(user, via="cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="station-app", description="Station Desk 社区志愿服务站工作台")
    parser.add_argument("--data-dir", metavar="DIR", help="数据文件夹（默认：用户数据目录，或环境变量 STATION_APP_HOME）")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="在空的数据文件夹里生成演示站点和志愿者")
    demo.add_argument("--volunteers", type=int, default=300, metavar="N", help="志愿者人数（默认 300）")

    export = sub.add_parser("export-roster", help="把志愿者名册导出为 Excel（证件号码以文本保存）")
    export.add_argument("file", metavar="FILE.xlsx")
    export.add_argument("--mask", action="store_true", help="隐去证件号码和手机号码的中间位")
    return parser


def run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    data_dir = resolve_data_dir(args.data_dir)
    if args.command is None:
        from station_app.gui.app import run_gui  # Qt is loaded only for the window

        return run_gui(data_dir)
    try:
        open_database(data_dir)
    except DataFolderError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    try:
        return COMMANDS[args.command](args)
    except (DataFolderError, ValueError, OSError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    finally:
        close_database()


def _demo(args: argparse.Namespace) -> int:
    from station_app.demo import fill_demo

    if args.volunteers < 0:
        raise ValueError("--volunteers 不能为负数")
    result = fill_demo(args.volunteers, cli_actor())
    print(f"已生成演示站点“{result.station.name}”（{result.station.code}），志愿者 {result.volunteers_added} 人。")
    return 0


def _export_roster(args: argparse.Namespace) -> int:
    from station_app.exports.roster_xlsx import export_roster_xlsx

    path = Path(args.file)
    if path.suffix.lower() != ".xlsx":
        raise ValueError(f"暂只支持导出为 .xlsx 文件：{path}")
    if not path.parent.exists():
        raise ValueError(f"文件夹不存在：{path.parent}")
    count = export_roster_xlsx(path, cli_actor(), mask=args.mask)
    print(f"已导出 {count} 名志愿者到 {path}")
    return 0


COMMANDS = {"demo": _demo, "export-roster": _export_roster}
