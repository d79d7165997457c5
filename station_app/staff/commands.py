"""Command-line verbs for staff accounts (wired into station_app/cli.py); they act as the administrator.

* ``staff list`` prints every account, its role and whether it is active.
* ``staff add NAME [--role admin|operator] --password-stdin`` adds an account.
* ``staff reset-password NAME --password-stdin`` sets a new password (and clears a lockout): the way
  back in when the only 站长 forgot theirs. The password is read from one line of standard input, only
  when asked to with ``--password-stdin`` (never from the command line, where other users could see it).
* ``staff disable NAME`` / ``staff enable NAME``.
"""

from __future__ import annotations

import argparse
import sys

from station_app.cli_support import cli_actor
from station_app.i18n import translate


def add_staff_commands(sub) -> None:
    staff = sub.add_parser("staff", help=translate("cli", "工作人员账号：list / add / reset-password / disable / enable"))
    verbs = staff.add_subparsers(dest="staff_command", metavar="VERB", required=True)
    verbs.add_parser("list", help=translate("cli", "列出工作人员账号"))
    add = verbs.add_parser("add", help=translate("cli", "添加工作人员账号（密码从标准输入读一行）"))
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", choices=("admin", "operator"), default="operator")
    add.add_argument("--password-stdin", action="store_true", required=True, help=translate("cli", "从标准输入读取密码（一行）"))
    reset = verbs.add_parser("reset-password", help=translate("cli", "重设密码并解除锁定（密码从标准输入读一行）"))
    reset.add_argument("name", metavar="NAME")
    reset.add_argument("--password-stdin", action="store_true", required=True, help=translate("cli", "从标准输入读取密码（一行）"))
    for verb, text in (("disable", translate("cli", "停用账号")), ("enable", translate("cli", "恢复启用账号"))):
        verbs.add_parser(verb, help=text).add_argument("name", metavar="NAME")


def _find(name: str):
    from station_app.staff.accounts import list_staff

    wanted = " ".join(name.split())
    found = next((s for s in list_staff() if s.name == wanted), None)
    if found is None:
        raise ValueError(translate("staff", "没有名为“{name}”的工作人员账号").format(name=wanted))
    return found


def _password() -> str:
    line = sys.stdin.readline()
    return line.rstrip("\r\n")


def _role(is_admin: bool) -> str:
    return translate("staff", "站长") if is_admin else translate("staff", "值班员")


def _staff(args: argparse.Namespace) -> int:
    from station_app.staff import accounts

    actor = cli_actor()
    if args.staff_command == "list":
        for s in accounts.list_staff():
            state = translate("staff", "启用") if s.active else translate("staff", "已停用")
            login = translate("staff", "最近登录：{when}").format(when=s.last_login_at or translate("staff", "从未"))
            print(f"{s.name}\t{_role(s.is_admin)}\t{state}\t{login}")
        return 0
    if args.staff_command == "add":
        made = accounts.create_staff(args.name, args.role, _password(), actor)
        print(translate("staff", "已添加工作人员账号：{name}（{role}）").format(name=made.name, role=_role(made.is_admin)))
        return 0
    target = _find(args.name)
    if args.staff_command == "reset-password":
        accounts.change_password(target.id, _password(), actor)
        print(translate("staff", "已重设 {name} 的密码，错误次数已清零").format(name=target.name))
    else:
        accounts.set_active(target.id, args.staff_command == "enable", actor)
        done = translate("staff", "已恢复启用：{name}") if args.staff_command == "enable" else translate(
            "staff", "已停用：{name}")
        print(done.format(name=target.name))
    return 0


STAFF_COMMANDS = {"staff": _staff}
