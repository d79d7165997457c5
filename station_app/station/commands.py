"""Command-line verbs for the station profile (wired into station_app/cli.py).

* ``profile show`` prints the six fields certificates and reports carry.
* ``profile set [--name …] [--code …] [--organisation …] [--person-in-charge …] [--phone …] [--address …]``
  changes the fields given and keeps the others; on a fresh data folder every field is needed. The
  same rules and audit entry as 设置 → 站点信息 (``save_profile``), so a station can be set up by script.
* ``profile operator NAME`` sets the 值班员 whose name the command line signs certificates with
  (经办人) when no ``--handler`` is given; never the operating-system user's name.
"""

from __future__ import annotations

import argparse
from dataclasses import replace

from station_app.station.profile import FIELD_LABELS, PROFILE_FIELDS

_OPTIONS = {name: "--" + name.replace("_", "-") for name in PROFILE_FIELDS}


def add_profile_commands(sub) -> None:
    profile = sub.add_parser("profile", help="站点信息：show 查看 / set 填写或修改（证明、报表上的站点名称、负责人等）")
    verbs = profile.add_subparsers(dest="profile_command", metavar="VERB", required=True)
    verbs.add_parser("show", help="显示站点信息")
    put = verbs.add_parser("set", help="填写或修改站点信息；未给出的项保持不变（首次填写须给出全部六项）")
    for name, option in _OPTIONS.items():
        put.add_argument(option, dest=name, metavar="TEXT", help=FIELD_LABELS[name])
    operator = verbs.add_parser("operator", help="设置命令行出具证明时的经办人（值班员姓名）")
    operator.add_argument("operator_name", metavar="NAME", help="值班员姓名")


def _profile(args: argparse.Namespace) -> int:
    from station_app.cli_support import cli_actor
    from station_app.station.profile import StationProfile, field_label, load_profile, save_profile

    if args.profile_command == "operator":
        return _set_operator(args.operator_name)
    current = load_profile()
    if args.profile_command == "show":
        if current is None:
            raise ValueError("尚未填写站点信息：请用 station-app profile set 填写")
        for name in PROFILE_FIELDS:
            print(f"{field_label(name)}：{getattr(current, name)}")
        from station_app import config
        from station_app.station import settings

        print(f"值班员（命令行经办人）：{settings.get(config.OPERATOR_NAME) or '（未设置）'}")
        return 0
    given = {name: getattr(args, name) for name in PROFILE_FIELDS if getattr(args, name) is not None}
    if not given:
        raise ValueError("请至少给出一项，例如 --name 朝阳门社区志愿服务站")
    if current is None:
        missing = [f"{_OPTIONS[n]}（{field_label(n)}）" for n in PROFILE_FIELDS if n not in given]
        if missing:
            raise ValueError("首次填写站点信息须给出全部六项，还缺：" + "、".join(missing))
        profile = StationProfile(**given)
    else:
        profile = replace(current, **given)
    saved = save_profile(profile, cli_actor())
    print(f"已保存站点信息：{saved.name}（{saved.code}）")
    return 0


def _set_operator(name: str) -> int:
    from station_app import config
    from station_app.cli_support import cli_actor
    from station_app.station import settings

    name = " ".join(name.split())
    if not name:
        raise ValueError("请给出值班员姓名，例如 station-app profile operator 刘经办")
    settings.put(config.OPERATOR_NAME, name, cli_actor())
    print(f"已设置值班员：{name}（命令行出具证明时为经办人）")
    return 0


PROFILE_COMMANDS = {"profile": _profile}
