"""Command-line verbs that bring spreadsheets in (wired into station_app/cli.py).

* ``import-roster FILE [--report R.csv]`` and ``import-hours FILE [--approve] [--create-posts]
  [--report R.csv]``: read, plan, commit all accepted rows at once. The printed report groups rows
  refused for the same reason into one line; the ``--report`` CSV lists every refused row. A report
  path whose folder is missing is refused before anything is read or written.
* ``import-training FILE [--report R.csv]``: a training attendance sheet, the same way (站长 only).
* ``template roster|hours FILE.xlsx``: a blank workbook with the headers, an example row, ID columns
  formatted as text and a 填写说明 sheet.

Exit 0 when the file was read (refused rows are listed), 2 when it cannot be read at all.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from station_app.cli_support import cli_actor
from station_app.i18n import translate


def add_import_commands(sub) -> None:
    imp = sub.add_parser("import-roster", help=translate("cli", "从 Excel（.xlsx/.xls）、LibreOffice（.ods）或 CSV 文件导入志愿者名册"))
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--report", metavar="REPORT.csv", help=translate("cli", "把未导入的行及原因写入 CSV 文件（文件夹须已存在）"))

    hours = sub.add_parser("import-hours", help=translate("cli", "从 Excel、LibreOffice 或 CSV 文件导入历史服务时长（签到表）"))
    hours.add_argument("file", metavar="FILE")
    hours.add_argument("--approve", action="store_true", help=translate("cli", "导入后立即审核通过（记入审计日志）"))
    hours.add_argument("--create-posts", action="store_true",
                       help=translate("cli", "表中有站点还没有的岗位时，按表中的名称新建（自动生成编码，类别留空），与记录一起导入"))
    hours.add_argument("--report", metavar="REPORT.csv", help=translate("cli", "把未导入的行及原因写入 CSV 文件（文件夹须已存在）"))

    training = sub.add_parser("import-training", help=translate("cli", "从 Excel、LibreOffice 或 CSV 文件导入培训签到表（站长）"))
    training.add_argument("file", metavar="FILE")
    training.add_argument("--report", metavar="REPORT.csv", help=translate("cli", "把未导入的行及原因写入 CSV 文件（文件夹须已存在）"))

    template = sub.add_parser("template", help=translate("cli", "生成导入模板（.xlsx）：roster 志愿者名册，hours 服务时长表"))
    template.add_argument("kind", choices=("roster", "hours"), metavar="roster|hours")
    template.add_argument("file", metavar="FILE.xlsx")


def _report_path(text: str | None) -> Path | None:
    """Checked before anything is written: an import that commits and then cannot write its report
    leaves the user believing it failed."""
    if text is None:
        return None
    path = Path(text)
    if path.is_dir():
        raise ValueError(translate("import", "报告应是一个文件，{path} 是文件夹").format(path=path))
    if not path.parent.is_dir():
        raise ValueError(translate("import", "文件夹不存在：{folder}（报告无处可写，没有导入任何内容）").format(
            folder=path.parent))
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise ValueError(translate("import", "无法写入报告 {path}：没有写入权限（没有导入任何内容）").format(path=path))
    return path


def _print_report(plan) -> None:
    if plan.unmapped_headers:
        print(translate("import", "未识别、未导入的列：{columns}").format(columns=_listed(plan.unmapped_headers)))
    for group in plan.problem_groups:
        print(group.text())


def _listed(items) -> str:
    return translate("import", "、").join(items)


def _unreadable(exc: Exception) -> int:
    print(translate("import", "错误：{message}").format(message=exc), file=sys.stderr)
    return 2


def _report_written(report: Path) -> None:
    print(translate("import", "未导入的行已写入 {path}").format(path=report))


def _import_roster(args: argparse.Namespace) -> int:
    from station_app.imports.roster_import import import_roster_file, write_report
    from station_app.imports.table_reader import FileUnreadable

    report = _report_path(args.report)
    try:
        plan, result = import_roster_file(Path(args.file), cli_actor())
    except FileUnreadable as exc:
        return _unreadable(exc)
    print(translate("import", "{file}（工作表“{sheet}”，表头在第 {row} 行）：新增 {added} 人，更新 {updated} 人，"
                              "无变化 {unchanged} 人，未导入 {refused} 行。").format(
        file=plan.path.name, sheet=plan.sheet, row=plan.header_row, added=result.added, updated=result.updated,
        unchanged=result.unchanged, refused=result.refused))
    _print_report(plan)
    if report:
        write_report(plan, report)
        _report_written(report)
    return 0


def _import_hours(args: argparse.Namespace) -> int:
    from station_app.hours.times import hours_text
    from station_app.imports.hours_import import import_hours_file, write_report
    from station_app.imports.sheet_plan import group_problems
    from station_app.imports.table_reader import FileUnreadable

    report = _report_path(args.report)
    try:
        plan, result = import_hours_file(Path(args.file), cli_actor(), approve=args.approve,
                                         create_posts=args.create_posts)
    except FileUnreadable as exc:
        return _unreadable(exc)
    done = translate("import", "{file}（工作表“{sheet}”，表头在第 {row} 行）：导入 {added} 条记录，共 {hours} 小时"
                               "（已审核通过 {approved} 条），未导入 {refused} 行。") if args.approve else translate(
        "import", "{file}（工作表“{sheet}”，表头在第 {row} 行）：导入 {added} 条记录，共 {hours} 小时（等待审核），"
                  "未导入 {refused} 行。")
    print(done.format(file=plan.path.name, sheet=plan.sheet, row=plan.header_row, added=result.added,
                      hours=hours_text(result.minutes), approved=result.approved, refused=result.refused))
    if result.posts_created:
        print(translate("import", "已新建岗位：{posts}").format(posts=_listed(result.posts_created)))
    _print_report(plan)
    if plan.missing_posts and not args.create_posts:
        print(translate("import", "表中有 {n} 个站点还没有的岗位（{posts}）：先用 station-app posts add 建立，"
                                  "或加 --create-posts 在导入时一并新建").format(
            n=len(plan.missing_posts), posts=_listed(plan.missing_posts)))
    from station_app.imports.sheet_plan import RowProblem

    for group in group_problems([RowProblem(row, "", note) for row, note in plan.notes]):
        print(translate("import", "（已导入）{problem}").format(problem=group.text()))
    if report:
        write_report(plan, report)
        _report_written(report)
    return 0


def _import_training(args: argparse.Namespace) -> int:
    from station_app.imports.sheet_plan import write_report
    from station_app.imports.table_reader import FileUnreadable
    from station_app.imports.training_import import import_training_file

    report = _report_path(args.report)
    try:
        plan, result = import_training_file(Path(args.file), cli_actor())
    except FileUnreadable as exc:
        return _unreadable(exc)
    print(translate("import", "{file}（工作表“{sheet}”，表头在第 {row} 行）：{sessions} 次培训，登记 {added} 人次，"
                              "未导入 {refused} 行。培训时长不计入志愿服务时长。").format(
        file=plan.path.name, sheet=plan.sheet, row=plan.header_row, sessions=result.sessions, added=result.added,
        refused=result.refused))
    _print_report(plan)
    if report:
        write_report(plan, report)
        _report_written(report)
    return 0


def _template(args: argparse.Namespace) -> int:
    from station_app.imports.templates import write_template

    path = write_template(args.kind, Path(args.file))
    done = translate("import", "已生成志愿者名册导入模板：{path}（填好后用 station-app import-roster {name} 导入）") \
        if args.kind == "roster" else translate(
            "import", "已生成服务时长表导入模板：{path}（填好后用 station-app import-hours {name} 导入）")
    print(done.format(path=path, name=path.name))
    return 0


IMPORT_COMMANDS = {"import-roster": _import_roster, "import-hours": _import_hours, "import-training": _import_training,
                   "template": _template}
