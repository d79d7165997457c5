"""Command-line verbs for the platform (wired into station_app/cli.py).

* ``sync [--url URL] [--token TOKEN] [--station CODE]``: one full sync. Exit 0 when nothing
  sendable is left (rejected items are listed); 2 when the platform cannot be reached, 3 when
  syncing is stopped (token, station or protocol version), 4 when another sync is running,
  1 for settings that cannot work. Always one line per message, never a traceback.
* ``sync-setup --url URL [--station CODE] [--token-stdin]``: store the settings (and a token read
  from one line of standard input, so it never shows in the process list).
* ``sync-export FILE.xlsx [--mark-uploaded]``: the waiting records for upload by hand.
"""

from __future__ import annotations

import argparse
import sys

from station_app.cli_support import cli_actor
from station_app.i18n import translate

EXIT_CODES = {"unreachable": 2, "stopped": 3, "busy": 4, "config": 1, "error": 1}


def add_sync_commands(sub) -> None:
    sync = sub.add_parser("sync", help=translate("cli", "与城市志愿服务平台同步一次（上传已审核记录、证明，拉取名册变更）"))
    sync.add_argument("--url", metavar="URL", help=translate("cli", "平台地址（默认用设置中的地址）"))
    sync.add_argument("--token", metavar="TOKEN", help=translate("cli", "平台令牌（默认用已保存的令牌）"))
    sync.add_argument("--station", metavar="CODE", help=translate("cli", "站点编码（默认用设置中的编码）"))
    sync.add_argument("--no-pull", action="store_true", help=translate("cli", "只上传，不拉取名册变更"))
    setup = sub.add_parser("sync-setup", help=translate("cli", "保存平台地址、站点编码和令牌（令牌从标准输入读一行）"))
    setup.add_argument("--url", metavar="URL", required=True)
    setup.add_argument("--station", metavar="CODE", default="")
    setup.add_argument("--token-stdin", action="store_true", help=translate("cli", "从标准输入读取令牌（一行）"))
    export = sub.add_parser("sync-export", help=translate("cli", "没有平台连接时：把待上传记录导出为 Excel，以便手工上传"))
    export.add_argument("file", metavar="FILE.xlsx")
    export.add_argument("--mark-uploaded", action="store_true", help=translate("cli", "导出后把这些记录标记为已手工上传"))


def _sync(args: argparse.Namespace) -> int:
    from station_app.sync import state
    from station_app.sync.engine import SyncError, run_sync
    from station_app.sync.setup import current_config

    try:
        config = current_config(args.resolved_data_dir, args.url, args.token, args.station)
        report = run_sync(args.resolved_data_dir, config, pull=not args.no_pull)
    except SyncError as exc:
        print(translate("sync", "错误：{message}").format(message=exc.message), file=sys.stderr)
        return EXIT_CODES.get(exc.kind, 1)
    for warning in report.warnings:
        print(translate("sync", "注意：{warning}").format(warning=warning), file=sys.stderr)
    view = state.overview()
    print(translate("sync", "同步完成：发送 {batches} 批，平台接收 {accepted} 条，已有 {duplicates} 条，拒收 {rejected} 条；"
                            "登记证明 {certificates} 份；名册变更 {pulled} 人；仍待上传 {pending} 条。").format(
        batches=report.batches_sent, accepted=report.accepted, duplicates=report.duplicates, rejected=report.rejected,
        certificates=report.certificates, pulled=report.pulled_changes, pending=view.pending))
    rejected = state.rejected_items()
    if rejected:
        print(translate("sync", "平台拒收、待更正的记录 {n} 条：").format(n=len(rejected)))
        for item in rejected:
            print("  " + translate("sync", "{volunteer} {what}：{message}（{code}）").format(
                volunteer=item.volunteer, what=item.what, message=item.message or item.code, code=item.code))
    return 0


def _sync_setup(args: argparse.Namespace) -> int:
    from station_app.sync.setup import save_sync_settings

    token = sys.stdin.readline().strip() if args.token_stdin else None
    save_sync_settings(args.resolved_data_dir, cli_actor(), args.url, args.station, token)
    print(translate("sync", "已保存平台同步设置和令牌") if token else translate("sync", "已保存平台同步设置"))
    return 0


def _sync_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from station_app.sync.manual_upload import export_for_manual_upload, mark_uploaded

    actor = cli_actor()
    op_ids = export_for_manual_upload(Path(args.file), actor)
    print(translate("sync", "已导出待上传记录 {n} 条：{path}").format(n=len(op_ids), path=args.file))
    if args.mark_uploaded and op_ids:
        print(translate("sync", "已标记为手工上传：{n} 条").format(n=mark_uploaded(op_ids, actor)))
    return 0


SYNC_COMMANDS = {"sync": _sync, "sync-setup": _sync_setup, "sync-export": _sync_export}
