"""Command-line verbs for the station profile (wired into station_app/cli.py).

* ``profile show`` prints the six fields certificates and reports carry.
* ``profile set [--name …] [--code …] [--organisation …] [--person-in-charge …] [--phone …] [--address …]``
  changes the fields given and keeps the others; on a fresh data folder every field is needed. The
  same rules and audit entry as 设置 → 站点信息 (``save_profile``), so a station can be set up by script.
* ``profile operator NAME`` sets the 值班员 whose name the command line signs certificates with
  (经办人) when no ``--handler`` is given; never the operating-system user's name.
* ``keys list`` / ``keys export FILE`` / ``keys import FILE`` / ``keys revoke KEY_ID --reason …
  [--at TIME]`` / ``keys replace --reason …``: the signing keys (station/signing_keys.py). Export and
  import move public keys between stations without a platform; nothing private is ever written.
"""

from __future__ import annotations

import argparse
from dataclasses import replace

from station_app.i18n import translate
from station_app.station.profile import PROFILE_FIELDS

_OPTIONS = {name: "--" + name.replace("_", "-") for name in PROFILE_FIELDS}


def _field_help() -> dict[str, str]:
    """The profile's field names (station.profile.FIELD_LABELS), spelt out for lupdate."""
    return {"name": translate("cli", "站点名称"), "code": translate("cli", "站点编码"),
            "organisation": translate("cli", "出具单位"), "person_in_charge": translate("cli", "负责人"),
            "phone": translate("cli", "联系电话"), "address": translate("cli", "地址")}


def add_profile_commands(sub) -> None:
    profile = sub.add_parser("profile", help=translate("cli", "站点信息：show 查看 / set 填写或修改（证明、报表上的站点名称、负责人等）"))
    verbs = profile.add_subparsers(dest="profile_command", metavar="VERB", required=True)
    verbs.add_parser("show", help=translate("cli", "显示站点信息"))
    put = verbs.add_parser("set", help=translate("cli", "填写或修改站点信息；未给出的项保持不变（首次填写须给出全部六项）"))
    for name, option in _OPTIONS.items():
        put.add_argument(option, dest=name, metavar="TEXT", help=_field_help()[name])
    operator = verbs.add_parser("operator", help=translate("cli", "设置命令行出具证明时的经办人（值班员姓名）"))
    operator.add_argument("operator_name", metavar="NAME", help=translate("cli", "值班员姓名"))

    keys = sub.add_parser("keys", help=translate("cli", "证明签名密钥：list 查看 / export 导出公钥 / import 导入其他服务站的公钥 / "
                                       "revoke 吊销 / replace 更换"))
    kverbs = keys.add_subparsers(dest="keys_command", metavar="VERB", required=True)
    kverbs.add_parser("list", help=translate("cli", "列出本站已知的签名公钥（本站的和其他服务站的）"))
    kexport = kverbs.add_parser("export", help=translate("cli", "把本站已知的全部公钥写入文件（只有公钥，可随意传送）"))
    kexport.add_argument("file", metavar="FILE")
    kimport = kverbs.add_parser("import", help=translate("cli", "导入另一服务站导出的公钥文件（全部导入或全部不导入）"))
    kimport.add_argument("file", metavar="FILE")
    krevoke = kverbs.add_parser("revoke", help=translate("cli", "吊销本站的一把密钥（电脑丢失或被盗）：此后用它签发的证明无效"))
    krevoke.add_argument("key_id", metavar="KEY_ID")
    krevoke.add_argument("--reason", required=True, metavar="TEXT")
    krevoke.add_argument("--at", metavar="TIME", help=translate("cli", "从何时起无效（RFC 3339，如 2026-12-01T08:00:00+08:00；默认：现在）"))
    kreplace = kverbs.add_parser("replace", help=translate("cli", "吊销本站当前密钥并生成新密钥（新电脑、电脑丢失）"))
    kreplace.add_argument("--reason", required=True, metavar="TEXT")


def _profile(args: argparse.Namespace) -> int:
    from station_app.cli_support import cli_actor
    from station_app.station.profile import StationProfile, field_label, load_profile, save_profile

    if args.profile_command == "operator":
        return _set_operator(args.operator_name)
    current = load_profile()
    if args.profile_command == "show":
        if current is None:
            raise ValueError(translate("station", "尚未填写站点信息：请用 station-app profile set 填写"))
        for name in PROFILE_FIELDS:
            print(translate("station", "{label}：{value}").format(label=field_label(name), value=getattr(current, name)))
        from station_app import config
        from station_app.station import settings

        print(translate("station", "值班员（命令行经办人）：{name}").format(
            name=settings.get(config.OPERATOR_NAME) or translate("station", "（未设置）")))
        return 0
    given = {name: getattr(args, name) for name in PROFILE_FIELDS if getattr(args, name) is not None}
    if not given:
        raise ValueError(translate("station", "请至少给出一项，例如 --name 朝阳门社区志愿服务站"))
    if current is None:
        missing = [translate("station", "{option}（{label}）").format(option=_OPTIONS[n], label=field_label(n))
                   for n in PROFILE_FIELDS if n not in given]
        if missing:
            raise ValueError(translate("station", "首次填写站点信息须给出全部六项，还缺：{missing}").format(
                missing=translate("station", "、").join(missing)))
        profile = StationProfile(**given)
    else:
        profile = replace(current, **given)
    saved = save_profile(profile, cli_actor())
    print(translate("station", "已保存站点信息：{name}（{code}）").format(name=saved.name, code=saved.code))
    return 0


def _set_operator(name: str) -> int:
    from station_app import config
    from station_app.cli_support import cli_actor
    from station_app.station import settings

    name = " ".join(name.split())
    if not name:
        raise ValueError(translate("station", "请给出值班员姓名，例如 station-app profile operator 刘经办"))
    settings.put(config.OPERATOR_NAME, name, cli_actor())
    print(translate("station", "已设置值班员：{name}（命令行出具证明时为经办人）").format(name=name))
    return 0


def _keys(args: argparse.Namespace) -> int:
    from pathlib import Path

    from station_app.cli_support import cli_actor
    from station_app.station import signing_keys

    verb = args.keys_command
    if verb == "list":
        for key in signing_keys.list_keys():
            state = translate("station", "已于 {at} 吊销").format(at=key.revoked_at) if key.revoked_at else translate(
                "station", "有效")
            sources = {"file": translate("station", "文件导入"), "platform": translate("station", "平台同步")}
            whose = translate("station", "本站") if key.own else sources.get(key.source, key.source)
            print(f"{key.key_id}  {key.station_code}  {key.station_name}  {whose}  {state}")
        return 0
    if verb == "export":
        count = signing_keys.export_keys(Path(args.file))
        print(translate("station", "已导出 {count} 把公钥到 {path}").format(count=count, path=args.file))
        return 0
    if verb == "import":
        taken = signing_keys.import_keys(Path(args.file), cli_actor())
        print(translate("station", "已导入：新增 {added} 把，吊销 {revoked} 把，已有 {unchanged} 把").format(
            added=taken.added, revoked=taken.revoked, unchanged=taken.unchanged))
        return 0
    if verb == "revoke":
        at = args.at
        if at is not None:
            import datetime as dt

            try:
                if dt.datetime.fromisoformat(at.replace("Z", "+00:00")).tzinfo is None:
                    raise ValueError
            except ValueError:
                raise ValueError(translate("station", "--at 应为带时区的时间，如 2026-12-01T08:00:00+08:00：{at}").format(
                    at=at)) from None
        key = signing_keys.revoke_key(args.key_id, args.reason, cli_actor(), at)
        print(translate("station", "已吊销密钥 {key}（自 {at} 起）：{reason}").format(
            key=key.key_id, at=key.revoked_at, reason=key.revoke_reason))
        return 0
    key = signing_keys.replace_key(args.reason, cli_actor())
    print(translate("station", "已生成新密钥 {key}；原密钥已吊销").format(key=key.key_id))
    return 0


PROFILE_COMMANDS = {"profile": _profile, "keys": _keys}
