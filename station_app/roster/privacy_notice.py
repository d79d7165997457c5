"""The personal-information notices shown at registration (个人信息保护法 Art. 17, 31).

Two texts, each versioned (roster/notice_versions.py) and printable for the
volunteer or guardian to keep:

- the notice every volunteer (or, under 14, their guardian) is told: who
  processes the data, for what, who receives it (the city platform and its
  operator), how long each kind of data is kept, the backups and USB copies,
  and the volunteer's rights;
- the rules for a child's data (under 14), to which the guardian gives a
  separate consent (单独同意, PIPL Art. 31), recorded apart from the notice.

Service records go to the city platform as a duty under 《志愿服务条例》 Art. 19,
allowed by PIPL Art. 13(3) without separate consent. The figures (how long data
is kept, how many backups) are read from the station's settings, so the paper
says what this station actually does.
"""

from __future__ import annotations

from dataclasses import dataclass

from station_app import config
from station_app.i18n import translate
from station_app.roster.notice_versions import CHILD_NOTICE_VERSION, NOTICE_VERSION
from station_app.station.profile import StationProfile


@dataclass(frozen=True)
class NoticeFacts:
    """What the notices say about this station's practice, from its settings."""

    platform_operator: str = ""
    extra_keep_months: int = config.PRIVACY_EXTRA_KEEP_MONTHS.default
    backup_keep_daily: int = config.BACKUP_KEEP_DAILY.default
    backup_keep_weekly: int = config.BACKUP_KEEP_WEEKLY.default


def notice_facts() -> NoticeFacts:
    """The facts as the settings have them (inside an open database)."""
    from station_app.station import settings

    return NoticeFacts(settings.get(config.PRIVACY_PLATFORM_OPERATOR), settings.get(config.PRIVACY_EXTRA_KEEP_MONTHS),
                       settings.get(config.BACKUP_KEEP_DAILY), settings.get(config.BACKUP_KEEP_WEEKLY))


def _station(profile: StationProfile | None) -> dict[str, str]:
    return {"station": profile.name if profile else translate("notice", "本志愿服务站"),
            "organisation": profile.organisation if profile else "",
            "phone": profile.phone if profile else ""}


def notice_title() -> str:
    return translate("notice", "个人信息处理告知")


def child_notice_title() -> str:
    return translate("notice", "儿童个人信息处理规则")


def notice_text(profile: StationProfile | None, facts: NoticeFacts | None = None) -> str:
    facts = facts or NoticeFacts()
    operator = facts.platform_operator or translate("notice", "本市志愿服务信息平台的运营单位")
    return translate("notice", (
        "{title}（第 {version} 版）\n\n"
        "处理者：{station}（{organisation}），联系电话 {phone}。\n\n"
        "处理目的：志愿者登记、安排服务、记录服务时长、出具志愿服务记录证明。\n\n"
        "处理的信息：姓名、证件类型和号码、性别、出生日期、手机号码；未成年人另有监护人姓名和电话；"
        "经本人同意时另有技能/标签和备注。证件号码属于敏感个人信息，仅用于核实身份和出具证明，"
        "屏幕和导出文件中默认隐去中间位。\n\n"
        "接收方：依照《志愿服务条例》第十九条，您的基本信息和服务、培训、表彰、评价记录须录入全国志愿服务信息系统"
        "及本市志愿服务信息平台，接收方为{operator}。这属于履行法定职责（《个人信息保护法》第十三条第一款第三项），"
        "不另行征求同意。\n\n"
        "保存期限：\n"
        "· 姓名、证件信息和服务、培训、表彰、评价记录：在册期间及退出后依法须保存的期间内保存；\n"
        "· 手机号码、监护人姓名和电话、技能/标签、备注：停用（退出）后再保存 {months} 个月，然后删除；\n"
        "· 备份：本机每天自动备份，保留最近 {daily} 天的每日备份和最近 {weekly} 周的每周备份，过期自动删除；"
        "复制到 U 盘的备份经过加密，须口令才能打开，由本站保管，与本机备份同期清理。"
        "您的信息被删除后，即使从较早的备份恢复，也会再次删除。\n\n"
        "您的权利：可以查阅、复制（含个人志愿服务记录）、更正您的信息，可以要求删除（依法须保留的服务记录将匿名保存），"
        "可以撤回对技能、备注等非必要信息的同意。请向本站工作人员提出。\n\n"
        "不满 14 周岁的志愿者，由监护人阅读本告知并同意，并另行阅读《儿童个人信息处理规则》、单独同意。"
    )).format(title=notice_title(), version=NOTICE_VERSION, operator=operator, months=facts.extra_keep_months,
              daily=facts.backup_keep_daily, weekly=facts.backup_keep_weekly, **_station(profile))


def child_notice_text(profile: StationProfile | None, facts: NoticeFacts | None = None) -> str:
    facts = facts or NoticeFacts()
    return translate("notice", (
        "{title}（第 {version} 版）\n\n"
        "本规则适用于不满 14 周岁的志愿者（以下称儿童）。依照《个人信息保护法》第二十八条和第三十一条，"
        "儿童的个人信息属于敏感个人信息，处理前须取得监护人的单独同意。\n\n"
        "处理者：{station}（{organisation}），联系电话 {phone}。\n\n"
        "处理的儿童信息：姓名、证件类型和号码、性别、出生日期，以及监护人的姓名和电话。"
        "本站不登记儿童的照片；儿童本人的手机号码、技能和备注只在监护人同意时登记。\n\n"
        "用途：仅用于安排儿童在监护人同意的范围内参加志愿服务、记录服务时长和出具志愿服务记录证明；"
        "依法录入全国志愿服务信息系统及本市平台。不用于其他目的，不向其他单位或个人提供。\n\n"
        "保护措施：儿童的信息只有本站工作人员可以查看，证件号码默认隐去中间位；"
        "公示名单中姓名部分隐去，不含证件号码和年龄。\n\n"
        "保存期限：与《个人信息处理告知》相同；监护人姓名和电话在儿童停用后再保存 {months} 个月，然后删除。\n\n"
        "监护人的权利：可以随时查阅、复制、更正儿童的信息，可以撤回同意并要求删除（依法须保留的服务记录将匿名保存）。"
        "请向本站工作人员提出。\n\n"
        "监护人已阅读本规则，并就处理儿童的上述个人信息单独表示同意。"
    )).format(title=child_notice_title(), version=CHILD_NOTICE_VERSION, months=facts.extra_keep_months,
              **_station(profile))
