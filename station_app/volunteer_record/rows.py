"""The record's sections as rows of text: one source for the PDF and the workbook."""

from __future__ import annotations

from station_app.i18n import translate
from station_app.volunteer_record.build import VolunteerRecordDoc

Section = tuple[str, list[str], list[list[str]], str]  # heading, header ([] for label/value pairs), rows, when empty


def sections(doc: VolunteerRecordDoc) -> list[Section]:
    t = lambda s: translate("volunteer_record", s)  # noqa: E731 - a short alias keeps the tables readable
    return [
        (t("基本信息"), [], [[label, value] for label, value in doc.basics], ""),
        (t("志愿服务记录") + f"（{t('累计')} {doc.service_hours} {t('小时')}）",
         [t("日期"), t("时间"), t("岗位"), t("服务内容"), t("时长（小时）")],
         [[s.day, s.time, s.post, s.content, s.hours] for s in doc.service], t("暂无已审核的志愿服务记录")),
        (t("培训情况"), [t("培训名称"), t("主办单位"), t("地点"), t("时间"), t("结果")],
         [[r.title, r.organiser, r.place, f"{r.start:%Y-%m-%d %H:%M}–{r.end:%H:%M}", r.result_label]
          for r in doc.training], t("暂无培训记录")),
        (t("表彰奖励情况"), [t("表彰名称"), t("级别"), t("授予单位"), t("日期"), t("备注")],
         [[a.title, a.level_label, a.awarded_by, str(a.awarded_on), a.note] for a in doc.awards], t("暂无表彰奖励记录")),
        (t("评价情况"), [t("类型"), t("评价期"), t("等次"), t("评语 / 投诉内容和处理结果"), t("评价人")],
         [[e.type_label, f"{e.period_start} 至 {e.period_end}", e.rating_label, e.comment, e.evaluated_by]
          for e in doc.evaluations], t("暂无评价记录")),
    ]
