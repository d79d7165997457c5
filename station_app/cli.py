"""The command line: parse, open the data folder, hand over to the core.

Commands act as the station's administrator (whoever can run them already holds
the database file); the audit log names them as done from the command line by
the operating-system user. No command waits for typed input.
Errors are one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
from pathlib import Path

import peewee

from station_app import i18n
from station_app.backup.commands import BACKUP_COMMANDS, EARLY_COMMANDS, add_backup_commands
from station_app.certificates.commands import CERTIFICATE_COMMANDS, add_certificate_commands
from station_app.cli_support import cli_actor, missing_folder, output_file, parse_day
from station_app.config import resolve_data_dir
from station_app.db import close_database, open_database
from station_app.errors import DataFolderError
from station_app.i18n import translate
from station_app.imports.commands import IMPORT_COMMANDS, add_import_commands
from station_app.language import ENGLISH, LANGUAGES
from station_app.language import saved as saved_language
from station_app.platform_server import command as platform_server_command
from station_app.posts.commands import POSTS_COMMANDS, add_posts_commands
from station_app.record_kinds.commands import RECORD_KIND_COMMANDS, add_record_kind_commands
from station_app.reports.commands import REPORT_COMMANDS, add_report_commands
from station_app.roster.commands import ROSTER_COMMANDS, add_roster_commands
from station_app.staff.commands import STAFF_COMMANDS, add_staff_commands
from station_app.station.commands import PROFILE_COMMANDS, add_profile_commands
from station_app.sync.commands import SYNC_COMMANDS, add_sync_commands
from station_app.version import app_version
from station_app.volunteer_record.commands import VOLUNTEER_RECORD_COMMANDS, add_volunteer_record_commands


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="station-app", description=translate("cli", "Station Desk 社区志愿服务站工作台"))
    parser.add_argument("--version", action="version", version=f"Station Desk {app_version()}")
    parser.add_argument("--lang", choices=sorted(LANGUAGES), help=translate("cli", "界面语言：zh_CN（简体中文）或 en（English）；"
                        "默认为“设置 → 语言”中的选择，未选过时跟随系统"))
    parser.add_argument("--data-dir", metavar="DIR", help=translate("cli", "数据文件夹（默认：用户数据目录，或环境变量 STATION_APP_HOME）"))
    parser.add_argument("--kiosk", action="store_true", help=translate("cli", "以签到机模式启动（全屏，退出需工作人员 PIN）"))
    # For the bundle's smoke test (build_scripts/bundle_smoke.sh): open the window, quit after SECONDS
    # and print which windows were up. Hidden: staff have no use for it.
    parser.add_argument("--smoke-test", type=float, metavar="SECONDS", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help=translate("cli", "在空的数据文件夹里生成演示站点和志愿者"))
    demo.add_argument("--volunteers", type=int, default=300, metavar="N", help=translate("cli", "志愿者人数（默认 300）"))

    export = sub.add_parser("export-roster", help=translate("cli", "把志愿者名册导出为 Excel 或 CSV（证件号码以文本保存）"))
    export.add_argument("file", metavar="FILE.xlsx|FILE.csv")
    export.add_argument("--mask", action="store_true", help=translate("cli", "隐去证件号码和手机号码的中间位，出生日期换成年龄段"))
    export.add_argument("--reason", metavar="TEXT", default="", help=translate("cli", "不加 --mask 时必填：为什么要导出完整号码（记入操作日志）"))

    exp_hours = sub.add_parser("export-hours", help=translate("cli", "把服务时长记录导出为 Excel（每条记录一行，证件号码隐去中间位）"))
    exp_hours.add_argument("file", metavar="FILE.xlsx")
    exp_hours.add_argument("--from", dest="day_from", metavar="DATE", help=translate("cli", "从这一天起（按开始日期，如 2024-05-01）"))
    exp_hours.add_argument("--to", dest="day_to", metavar="DATE", help=translate("cli", "到这一天止（含这一天）"))
    add_import_commands(sub)
    add_profile_commands(sub)
    add_posts_commands(sub)
    add_certificate_commands(sub)
    add_staff_commands(sub)
    add_backup_commands(sub)
    platform_server_command.add_parser(sub)
    add_sync_commands(sub)
    add_report_commands(sub)
    add_roster_commands(sub)
    add_record_kind_commands(sub)
    add_volunteer_record_commands(sub)
    return parser


def data_folder(args: argparse.Namespace) -> Path:
    """The data folder the command line names (or the default), with the log opened in it."""
    from station_app.app_logging import setup_logging

    data_dir = resolve_data_dir(args.data_dir)
    setup_logging(data_dir, started=args.command or "window")
    return data_dir


def speak(language: str | None) -> None:
    """Messages and --help in English when --lang en or 设置 → 语言 asks for it. Unlike the window,
    commands do not follow the system's language: scripts keep reading the same output."""
    if language == ENGLISH:
        from station_app.resources import resource_path
        from station_app.translation_files import ts_translator

        i18n.install(ts_translator(resource_path("translations", "station_app_en.ts")))
    else:
        i18n.reset()


def chosen_language(argv: list[str]) -> str | None:
    """The language the command line speaks, read before the parser is built (its help text is
    translated as it is built): ``--lang``, else the data folder's saved choice, else None (Chinese)."""
    early = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    early.add_argument("--lang")
    early.add_argument("--data-dir")
    known, _rest = early.parse_known_args(argv)
    if known.lang in LANGUAGES:
        return known.lang
    if known.lang is not None:
        return None  # an unknown --lang: the real parser refuses it, in Chinese
    try:
        return saved_language(resolve_data_dir(known.data_dir))
    except (OSError, RuntimeError, ValueError):  # no home folder to find: the parser or the command says so
        return None


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Decide the language, then build the parser in it and parse *argv*."""
    speak(chosen_language(argv))
    return build_parser().parse_args(argv)


def run(args: argparse.Namespace) -> int:
    """Run one subcommand (``args.command`` is set: the window is started by ``__main__``).

    Whatever goes wrong ends in one line on stderr and a non-zero exit: a refusal says why; a database
    another program holds says so; anything unexpected names the log file, where the traceback went.
    """
    if args.command == platform_server_command.COMMAND:  # no data folder, no station database, no log there
        return platform_server_command.run(args)
    data_dir = data_folder(args)
    speak(args.lang or saved_language(data_dir))
    try:
        if args.command in EARLY_COMMANDS:
            return EARLY_COMMANDS[args.command](args, data_dir)
        open_database(data_dir)
        args.resolved_data_dir = data_dir  # commands that keep files beside the database (sync token, lock)
        try:
            return COMMANDS[args.command](args)
        finally:
            close_database()
    except (DataFolderError, ValueError, OSError) as exc:
        print(translate("cli", "错误：{message}").format(message=exc), file=sys.stderr)
        return 1
    except (peewee.OperationalError, sqlite3.OperationalError) as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            print(translate("cli", "错误：数据库正被另一个程序使用（例如正在备份或导入），请稍后再试。"), file=sys.stderr)
            return 1
        return _unexpected(exc)
    except Exception as exc:  # noqa: BLE001 - the one place every unexpected error is turned into one line
        return _unexpected(exc)


def _unexpected(exc: BaseException) -> int:
    from station_app.app_logging import current_log_path

    logging.getLogger("station_app").error("command failed unexpectedly", exc_info=exc)
    where = current_log_path()
    print(translate("cli", "错误：出现意外问题（{kind}），没有完成。详细情况已写入日志：{log}").format(
        kind=type(exc).__name__, log=where or translate("cli", "（日志不可用）")), file=sys.stderr)
    return 1


def _demo(args: argparse.Namespace) -> int:
    from station_app.demo import fill_demo

    if args.volunteers < 0:
        raise ValueError(translate("cli", "--volunteers 不能为负数"))
    result = fill_demo(args.volunteers, cli_actor())
    print(translate("cli", "已生成演示站点“{name}”（{code}），志愿者 {volunteers} 人，服务记录 {records} 条。").format(
        name=result.station.name, code=result.station.code, volunteers=result.volunteers_added,
        records=result.records_added))
    return 0


def _export_roster(args: argparse.Namespace) -> int:
    from station_app.exports.roster_export import export_roster

    path = Path(args.file)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        raise ValueError(translate("cli", "只能导出为 .xlsx 或 .csv 文件：{path}").format(path=path))
    if not path.parent.exists():
        raise ValueError(missing_folder(path))
    count = export_roster(path, cli_actor(), mask=args.mask, reason=args.reason)
    done = translate("cli", "已导出 {count} 名志愿者到 {path}（证件号码和手机号码已隐去中间位）") if args.mask else translate(
        "cli", "已导出 {count} 名志愿者到 {path}")
    print(done.format(count=count, path=path))
    return 0


def _export_hours(args: argparse.Namespace) -> int:
    from station_app.exports.hours_export import export_hours

    path = output_file(args.file, ".xlsx", export=True)
    day_from, day_to = parse_day(args.day_from, "--from"), parse_day(args.day_to, "--to")
    if day_from and day_to and day_from > day_to:
        raise ValueError(translate("cli", "--from（{start}）晚于 --to（{end}）").format(start=day_from, end=day_to))
    count = export_hours(path, cli_actor(), day_from, day_to)
    if day_from or day_to:
        print(translate("cli", "已导出 {count} 条服务时长记录（{start} 至 {end}）到 {path}（证件号码已隐去中间位）").format(
            count=count, start=day_from or translate("cli", "最早"), end=day_to or translate("cli", "最近"), path=path))
    else:
        print(translate("cli", "已导出 {count} 条服务时长记录到 {path}（证件号码已隐去中间位）").format(
            count=count, path=path))
    return 0


COMMANDS = {"demo": _demo, "export-roster": _export_roster, "export-hours": _export_hours}
COMMANDS.update(IMPORT_COMMANDS)
COMMANDS.update(PROFILE_COMMANDS)
COMMANDS.update(POSTS_COMMANDS)
COMMANDS.update(CERTIFICATE_COMMANDS)
COMMANDS.update(STAFF_COMMANDS)
COMMANDS.update(BACKUP_COMMANDS)


def _audit(args: argparse.Namespace) -> int:
    """``audit verify`` also compares the log with what the platform witnessed (sync/witness_check.py)."""
    if args.audit_command == "verify":
        from station_app.sync.witness_check import witnessed_anchors

        args.witnessed = witnessed_anchors(args.resolved_data_dir)
    return BACKUP_COMMANDS["audit"](args)


COMMANDS["audit"] = _audit


def _verify_certificate(args: argparse.Namespace) -> int:
    """``verify-certificate``: a signed certificate whose revocation is unknown here is settled by the platform
    when one is set up and answers (sync/platform_verify.py)."""
    from functools import partial

    from station_app.sync.platform_verify import confirm_online

    args.confirm_online = partial(confirm_online, args.resolved_data_dir)
    return CERTIFICATE_COMMANDS["verify-certificate"](args)


COMMANDS["verify-certificate"] = _verify_certificate
COMMANDS.update(SYNC_COMMANDS)
COMMANDS.update(REPORT_COMMANDS)
COMMANDS.update(ROSTER_COMMANDS)
COMMANDS.update(RECORD_KIND_COMMANDS)
COMMANDS.update(VOLUNTEER_RECORD_COMMANDS)
