"""Command-line subcommands: ``backup``, ``restore``, ``audit verify`` and ``audit export``.

``restore`` runs before the database is opened (the current one may be the
damaged file being replaced); it takes the instance lock, so it refuses while a
window or kiosk has the data folder open.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from station_app.cli_support import cli_actor
from station_app.i18n import translate


def add_backup_commands(sub) -> None:
    backup = sub.add_parser("backup", help=translate("cli", "用 SQLite 在线备份备份数据库（默认存入数据文件夹的 backups，按天按周轮换）"))
    backup.add_argument("--to", metavar="DIR", help=translate("cli", "备份到这个文件夹（例如 U 盘），此处不轮换"))
    backup.add_argument("--passphrase-stdin", action="store_true",
                        help=translate("cli", "用从标准输入读取的口令（一行，至少 8 个字符）加密这份备份（AES Crypt 格式，需与 --to 同用）"))
    restore = sub.add_parser("restore", help=translate("cli", "从备份文件恢复数据库（先检查文件，被替换的数据库另存到 backups）"))
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--passphrase-stdin", action="store_true", help=translate("cli", "加密备份的口令从标准输入读取（一行）"))
    audit = sub.add_parser("audit", help=translate("cli", "审计日志"))
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_sub.add_parser("verify", help=translate("cli", "核对审计日志的哈希链，发现被改动的记录时以非零状态退出"))
    export = audit_sub.add_parser("export", help=translate("cli", "把审计日志导出为 CSV（号码已隐去中间位，供检查时查阅；站长操作，记入日志）"))
    export.add_argument("file", metavar="FILE.csv")


def _passphrase() -> str:
    """One line of standard input: never a command-line argument, which other users could see."""
    return sys.stdin.readline().rstrip("\r\n")


def _backup(args: argparse.Namespace) -> int:
    from station_app.backup.make import make_backup
    from station_app.config import resolve_data_dir

    passphrase = _passphrase() if args.passphrase_stdin else None
    result = make_backup(resolve_data_dir(args.data_dir), cli_actor(), Path(args.to) if args.to else None, passphrase)
    done = translate("backup", "已备份到 {path}（{size} KB，完整性检查通过）；按轮换规则删除旧备份 {rotated} 份") \
        if result.rotated else translate("backup", "已备份到 {path}（{size} KB，完整性检查通过）")
    print(done.format(path=result.path, size=f"{result.size / 1024:.0f}", rotated=len(result.rotated)))
    return 0


def _restore(args: argparse.Namespace, data_dir: Path) -> int:
    from station_app.backup.check import BackupRefused
    from station_app.backup.restore import restore_file
    from station_app.db import DataFolderError
    from station_app.errors import PermissionDenied
    from station_app.instance_lock import AlreadyRunning

    try:
        result = restore_file(data_dir, Path(args.file), cli_actor(), _passphrase() if args.passphrase_stdin else None)
    except (BackupRefused, AlreadyRunning, DataFolderError, OSError, PermissionDenied) as exc:
        print(translate("backup", "错误：未恢复，数据未作任何改动。{why}").format(why=exc), file=sys.stderr)
        return 1
    done = translate("backup", "已从 {source} 恢复数据库（结构版本 {version}）；原数据库已另存为 {copy}") \
        if result.replaced_copy else translate("backup", "已从 {source} 恢复数据库（结构版本 {version}）")
    print(done.format(source=result.restored_from, version=result.schema_version, copy=result.replaced_copy))
    return 0


def _audit(args: argparse.Namespace) -> int:
    from station_app.audit_view.query import describe, full_report

    if args.audit_command == "export":
        from station_app.audit_view.export import export_audit

        path = Path(args.file)
        if path.suffix.lower() != ".csv":
            raise ValueError(translate("backup", "只能导出为 .csv 文件：{path}").format(path=path))
        done = export_audit(path, cli_actor())
        print(translate("backup", "已导出审计日志 {count} 条到 {path}").format(count=done.count, path=path))
        return 0

    count, broken, tail = full_report(args.resolved_data_dir)
    anchors, source = getattr(args, "witnessed", ([], ""))  # set by cli.py when it can ask the platform
    from station_app.audit.witnessed import check, superseded_note

    findings, aside = check(anchors)
    rewritten = [text for _seq, text in findings]
    note = superseded_note(len(aside))
    if not broken and not tail and not rewritten:
        whole = translate("backup", "审计日志完整：共 {count} 条记录，哈希链核对无误，与{source}见证的 {anchors} 个锚点一致，"
                                    "末尾也未被删减（OK）。") if anchors else translate(
            "backup", "审计日志完整：共 {count} 条记录，哈希链核对无误，末尾也未被删减（OK）。")
        print(whole.format(count=count, source=source, anchors=len(anchors)))
        if note:
            print(translate("backup", "{note}。").format(note=note))
        return 0
    if rewritten:
        print(translate("backup", "审计日志与{source}见证的不一致（{n} 处）：").format(source=source, n=len(rewritten)),
              file=sys.stderr)
        for line in rewritten:
            print(f"  {line}", file=sys.stderr)
    if broken:
        print(translate("backup", "审计日志被改动：共 {count} 条记录，其中 {n} 条与哈希链不符：").format(
            count=count, n=len(broken)), file=sys.stderr)
        for entry_id in broken:
            print(f"  {describe(entry_id)}", file=sys.stderr)
    if tail:
        print(tail, file=sys.stderr)
    return 3


BACKUP_COMMANDS = {"backup": _backup, "audit": _audit}
EARLY_COMMANDS = {"restore": _restore}  # run before the database is opened
