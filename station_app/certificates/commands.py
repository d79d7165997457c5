"""Command-line verbs for certificates (wired into station_app/cli.py).

* ``certificate --volunteer <ID number | platform number> [--from DATE] [--to DATE] [--annex]
  [--handler NAME] --out FILE.pdf`` issues one and prints its serial and verification code.
* ``verify-certificate "<QR text or URL>"`` (or ``SERIAL CODE``) prints the verdict; the exit status is
  0 genuine, 3 revoked, 4 not genuine or unknown, 5 genuine by signature but revocation unknown here
  (another station's certificate, offline); 1 is any error, as for every command.
* ``reprint-certificate SERIAL --out FILE.pdf [--annex]`` writes a copy (副本).
* ``--print [--printer NAME]`` on both sends it to a printer (the system default without a name;
  an unknown name is a one-line error listing the printers), through print_port.py (gui/cli_print.py).
* ``revoke-certificate SERIAL --reason TEXT``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from station_app import print_port
from station_app.cli_support import cli_actor, missing_folder, parse_day
from station_app.i18n import translate

EXIT_GENUINE, EXIT_REVOKED, EXIT_UNKNOWN, EXIT_UNCONFIRMED = 0, 3, 4, 5


def add_certificate_commands(sub) -> None:
    cert = sub.add_parser("certificate", help=translate("cli", "为一名志愿者出具志愿服务记录证明（PDF），输出证明编号"))
    cert.add_argument("--volunteer", required=True, metavar="ID", help=translate("cli", "证件号码或平台志愿者编号"))
    cert.add_argument("--from", dest="day_from", metavar="DATE", help=translate("cli", "服务期间起始日（默认：第一条记录的日期）"))
    cert.add_argument("--to", dest="day_to", metavar="DATE", help=translate("cli", "服务期间截止日（含，默认：最后一条记录的日期；晚于今天时按今天）"))
    cert.add_argument("--annex", action="store_true", help=translate("cli", "附服务记录明细页"))
    cert.add_argument("--handler", metavar="NAME", help=translate("cli", "经办人姓名（默认：station-app profile operator 设置的值班员；都没有时拒绝出具）"))
    cert.add_argument("--out", metavar="FILE.pdf", help=translate("cli", "PDF 文件"))
    _print_options(cert)

    verify = sub.add_parser("verify-certificate", help=translate("cli", "核验证明（二维码内容、核验网址，或编号和验证码）：退出码 0 真实有效，"
                            "3 已作废，4 不是真实证明或无法核实，5 签名真实但作废状态未知"))
    verify.add_argument("serial", metavar="TEXT", help=translate("cli", "扫描二维码得到的整段文字或核验网址，或证明编号"))
    verify.add_argument("code", nargs="?", metavar="CODE", help=translate("cli", "验证码，如 K7Q2-9MZD"))

    reprint = sub.add_parser("reprint-certificate", help=translate("cli", "补打已出具的证明（同一编号，标注“副本”）"))
    reprint.add_argument("serial", metavar="SERIAL")
    reprint.add_argument("--annex", action="store_true", help=translate("cli", "附服务记录明细页"))
    reprint.add_argument("--out", metavar="FILE.pdf")
    _print_options(reprint)

    revoke = sub.add_parser("revoke-certificate", help=translate("cli", "作废已出具的证明（须说明原因，记入审计日志）"))
    revoke.add_argument("serial", metavar="SERIAL")
    revoke.add_argument("--reason", required=True, metavar="TEXT")


def _print_options(parser) -> None:
    parser.add_argument("--print", dest="to_printer", action="store_true",
                        help=translate("cli", "送往打印机（默认：系统默认打印机）；可与 --out 同用"))
    parser.add_argument("--printer", metavar="NAME", help=translate("cli", "打印机名称（Linux 上即 lpstat -p 列出的名称）"))


def _outputs(args: argparse.Namespace) -> tuple[Path | None, str | None]:
    """Where the certificate goes: a PDF file, a printer, or both; the printer is checked first."""
    if args.printer and not args.to_printer:
        raise ValueError(translate("certificates", "--printer 需与 --print 一同使用"))
    if not args.out and not args.to_printer:
        raise ValueError(translate("certificates", "请用 --out FILE.pdf 保存，或用 --print 打印"))
    out = _pdf_path(args.out) if args.out else None
    printer = print_port.printer().check_printer(args.printer) if args.to_printer else None
    return out, printer


def _send_to_printer(docs, printer: str) -> str:
    return print_port.printer().print_certificates(docs, printer)


def find_volunteer(text: str) -> int:
    """The volunteer whose ID number or platform volunteer number is *text*."""
    from station_app.db.models import Volunteer
    from station_app.roster.ids import normalize_id_number
    from station_app.text_normalize import strip_all_space

    number = normalize_id_number(text)
    rows = list(Volunteer.select(Volunteer.id, Volunteer.name).where(
        (Volunteer.id_number == number) | (Volunteer.platform_no == strip_all_space(text).upper())
        | (Volunteer.platform_no == strip_all_space(text))))
    if not rows:
        raise ValueError(translate("certificates", "名册中没有证件号码或志愿者编号为 {text} 的志愿者").format(text=text))
    if len(rows) > 1:
        raise ValueError(translate("certificates", "{text} 对应多名志愿者（{names}），请改用平台志愿者编号").format(
            text=text, names=translate("certificates", "、").join(r.name for r in rows)))
    return rows[0].id


def _pdf_path(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() != ".pdf":
        raise ValueError(translate("certificates", "只能输出为 .pdf 文件：{path}").format(path=path))
    if not path.parent.is_dir():
        raise ValueError(missing_folder(path))
    return path


def _certificate(args: argparse.Namespace) -> int:
    import datetime as dt

    from station_app import config
    from station_app.certificates.issue import issue_certificate
    from station_app.certificates.layout import gathered_posts
    from station_app.hours.times import hours_text
    from station_app.station import settings

    out, printer = _outputs(args)
    day_from, day_to = parse_day(args.day_from, "--from"), parse_day(args.day_to, "--to")
    volunteer_id = find_volunteer(args.volunteer)
    actor = cli_actor()
    handler = " ".join((args.handler or "").split()) or settings.get(config.OPERATOR_NAME)
    today = dt.date.today()
    issued = issue_certificate(volunteer_id, actor, day_from, day_to, handler=handler, annex=args.annex, out=out,
                               today=today)
    doc = issued.doc
    print(issued.serial)
    if day_to is not None and day_to > today:
        print(translate("certificates", "截止日 {end} 晚于今天，已按今天 {today} 出具").format(end=day_to, today=today))
    where = [_saved_to(out)] if out else []
    if printer:
        where.append(_sent_to(_send_to_printer([doc], printer)))
    print(translate("certificates", "已出具：{name}，{start} 至 {end}，{count} 条记录，共 {hours} 小时；验证码 {code}；{where}")
          .format(name=doc.volunteer_name, start=doc.period_start, end=doc.period_end, count=doc.record_count,
                  hours=hours_text(doc.total_minutes), code=issued.code, where=_joined(where)))
    gathered = gathered_posts(doc)
    if gathered and not args.annex:
        print(translate("certificates", "岗位较多，{n} 个岗位在证明上合并为一行“其他”；加 --annex 可附逐条明细").format(
            n=gathered))
    return 0


def _saved_to(path: Path) -> str:
    return translate("certificates", "已保存到 {path}").format(path=path)


def _sent_to(printer: str) -> str:
    return translate("certificates", "已送往打印机 {printer}").format(printer=printer)


def _joined(parts: list[str]) -> str:
    return translate("certificates", "；").join(parts)


def _verify(args: argparse.Namespace) -> int:
    from station_app.certificates.register import GENUINE, REVOKED, UNCONFIRMED, verify
    from station_app.certificates.verification import verify_text

    result = verify(args.serial, args.code) if args.code is not None else verify_text(args.serial)
    if args.code is None:  # cli.py asks the platform about another station's signed certificate when it can
        result = getattr(args, "confirm_online", lambda text, offline: offline)(args.serial, result)
    print(translate("certificates", "{verdict}（{status}）：{message}").format(
        verdict=result.verdict, status=result.status, message=result.message))
    return {GENUINE: EXIT_GENUINE, REVOKED: EXIT_REVOKED, UNCONFIRMED: EXIT_UNCONFIRMED}.get(result.status, EXIT_UNKNOWN)


def _reprint(args: argparse.Namespace) -> int:
    from station_app.certificates.register import certificate_document, record_reprint, reprint_to_file

    out, printer = _outputs(args)
    where = []
    if out:
        doc = reprint_to_file(args.serial, out, cli_actor(), annex=args.annex)
        where.append(_saved_to(out))
    if printer:
        doc = certificate_document(args.serial, copy=True, annex=args.annex)
        where.append(_sent_to(_send_to_printer([doc], printer)))
        record_reprint(doc.serial, cli_actor(), "print")  # each printed or saved copy is counted
    print(translate("certificates", "已补打 {serial}（副本）：{name}；{where}").format(
        serial=doc.serial, name=doc.volunteer_name, where=_joined(where)))
    return 0


def _revoke(args: argparse.Namespace) -> int:
    from station_app.certificates.register import revoke_certificate

    row = revoke_certificate(args.serial, args.reason, cli_actor())
    print(translate("certificates", "已作废 {serial}（{name}）：{reason}").format(
        serial=row.serial, name=row.volunteer_name, reason=row.revoke_reason))
    return 0


CERTIFICATE_COMMANDS = {"certificate": _certificate, "verify-certificate": _verify,
                        "reprint-certificate": _reprint, "revoke-certificate": _revoke}
