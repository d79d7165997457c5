"""``station-app privacy-notice`` (the notice on paper) and ``station-app retention`` (数据保留检查).

``privacy-notice --out FILE.pdf [--child]`` writes the personal-information
notice as the station's settings make it, with the children's rules on a page
of their own when ``--child`` is given. ``retention`` lists the inactive
volunteers whose phone, guardian, skills or notes are past the time the
settings keep them; ``retention --erase`` erases exactly those (the command
line acts as the 站长, so naming ``--erase`` is the confirmation).
"""

from __future__ import annotations

import argparse

from station_app.i18n import translate


def add_roster_commands(sub) -> None:
    notice = sub.add_parser("privacy-notice", help=translate("cli", "个人信息处理告知（PDF），供志愿者或监护人留存"))
    notice.add_argument("--out", required=True, metavar="FILE.pdf", help=translate("cli", "PDF 文件"))
    notice.add_argument("--child", action="store_true", help=translate("cli", "另附《儿童个人信息处理规则》（不满 14 周岁，监护人单独同意）"))
    keep = sub.add_parser("retention", help=translate("cli", "数据保留检查：列出停用后超过保留期限的手机号码、监护人信息、技能和备注"))
    keep.add_argument("--erase", action="store_true", help=translate("cli", "删除列出的这些信息（不可恢复，记入操作日志）"))


def _privacy_notice(args: argparse.Namespace) -> int:
    from station_app.atomic_files import write_bytes_atomically
    from station_app.cli_support import output_file
    from station_app.roster.privacy_notice_pdf import notice_for_print

    out = output_file(args.out, ".pdf")
    write_bytes_atomically(out, notice_for_print(child=args.child))
    done = translate("roster", "个人信息处理告知（附儿童个人信息处理规则）已保存到 {path}") if args.child else translate(
        "roster", "个人信息处理告知已保存到 {path}")
    print(done.format(path=out))
    return 0


def _retention(args: argparse.Namespace) -> int:
    from station_app.cli_support import cli_actor
    from station_app.roster.retention import erase_expired, keep_months, retention_due

    actor = cli_actor()
    due = retention_due(actor)
    months = keep_months()
    if not due:
        print(translate("roster", "没有超过保留期限的信息（停用后保留 {months} 个月）").format(months=months))
        return 0
    print(translate("roster", "停用后超过 {months} 个月、仍存有以下信息的志愿者 {count} 名：").format(
        months=months, count=len(due)))
    for d in due:
        since = translate("roster", "停用于 {day}").format(day=d.inactive_since)
        print(f"  {d.name}\t{since}\t{d.summary}")
    if not args.erase:
        print(translate("roster", "确认删除请运行：station-app retention --erase"))
        return 0
    erased = erase_expired([d.volunteer_id for d in due], actor)
    print(translate("roster", "已删除 {count} 名志愿者超过保留期限的信息（记入操作日志）").format(count=erased.volunteers))
    return 0


ROSTER_COMMANDS = {"privacy-notice": _privacy_notice, "retention": _retention}
