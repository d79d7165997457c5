"""What differs between the roster import and the hour-sheet import, for the one wizard."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from station_app.gui.import_preview_model import PlannedRecordsModel, PlannedRowsModel
from station_app.hours.times import hours_text
from station_app.imports import hours_columns, hours_import, roster_columns, roster_import


@dataclass(frozen=True)
class ImportKind:
    title: str
    file_hint: str
    open_file: Callable[..., Any]
    fields: tuple[str, ...]
    field_title: Callable[[str], str]
    guess_header: Callable[..., Any]
    plan: Callable[..., Any]
    commit: Callable[..., Any]            # (plan, actor, accepted, progress, cancelled, **options)
    rows_model: Callable[[list], Any]
    summary: Callable[[Any], str]
    result_text: Callable[[Any], str]
    write_report: Callable[..., None]
    template: str                          # which blank workbook 下载模板 writes (imports/templates.py)
    can_approve: bool = False
    can_create_posts: bool = False         # the plan lists posts the station lacks; it can be redone making them


def roster_kind() -> ImportKind:
    return ImportKind(
        title=QCoreApplication.translate("ImportWizard", "导入志愿者名册"),
        file_hint=QCoreApplication.translate("ImportWizard", "支持 Excel（.xlsx、.xls）、LibreOffice（.ods）和 CSV（UTF-8 或 GBK 编码）。导入前会先预览，不会直接写入。"),
        open_file=roster_import.open_roster_file,
        fields=roster_columns.FIELDS,
        field_title=roster_columns.field_title,
        guess_header=roster_columns.guess_header,
        plan=roster_import.plan_roster_import,
        commit=lambda plan, actor, accepted, progress, cancelled, **_: roster_import.commit_roster_import(
            plan, actor, accepted, progress, cancelled),
        rows_model=PlannedRowsModel,
        summary=lambda plan: QCoreApplication.translate("ImportWizard", "文件 {name}，工作表“{sheet}”：新增 {add} 人，更新 {upd} 人，无变化 {same} 人，"
                                 "有问题未导入 {bad} 行。").format(
            name=plan.path.name, sheet=plan.sheet, add=plan.count("add"), upd=plan.count("update"),
            same=plan.count("same"), bad=plan.refused_rows),
        result_text=lambda r: QCoreApplication.translate("ImportWizard", "新增 {a} 人，更新 {u} 人，无变化 {s} 人，未导入 {r} 行。").format(
            a=r.added, u=r.updated, s=r.unchanged, r=r.refused),
        write_report=roster_import.write_report,
        template="roster",
    )


def hours_kind() -> ImportKind:
    return ImportKind(
        title=QCoreApplication.translate("ImportWizard", "导入服务时长表（签到表）"),
        file_hint=QCoreApplication.translate("ImportWizard", "每行一条服务记录：姓名、身份证号、岗位、日期、开始和结束时间（或起止时间）、服务内容、人次。"
                      "导入前会先预览，不会直接写入。"),
        open_file=hours_import.open_hours_file,
        fields=tuple(hours_columns.SYNONYMS),
        field_title=hours_columns.field_title,
        guess_header=hours_columns.guess_header,
        plan=hours_import.plan_hours_import,
        commit=lambda plan, actor, accepted, progress, cancelled, approve=False: hours_import.commit_hours_import(
            plan, actor, approve, accepted, progress, cancelled),
        rows_model=PlannedRecordsModel,
        summary=lambda plan: QCoreApplication.translate("ImportWizard", "文件 {name}，工作表“{sheet}”：可导入 {n} 条记录，共 {h} 小时；有问题未导入 {bad} 行。").format(
            name=plan.path.name, sheet=plan.sheet, n=len(plan.rows),
            h=hours_text(sum(r.minutes for r in plan.rows)), bad=plan.refused_rows),
        result_text=lambda r: QCoreApplication.translate("ImportWizard", "导入 {a} 条记录（其中审核通过 {p} 条），共 {h} 小时；未导入 {r} 行。").format(
            a=r.added, p=r.approved, h=hours_text(r.minutes), r=r.refused),
        write_report=hours_import.write_report,
        template="hours",
        can_approve=True,
        can_create_posts=True,
    )
