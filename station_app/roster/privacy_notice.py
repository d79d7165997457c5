"""The personal-information notice shown at registration (个人信息保护法 Art. 17).

Who processes the data, for what, how long it is kept, the volunteer's rights,
and that service records go to the city platform: a duty under 《志愿服务条例》
Art. 19, allowed by PIPL Art. 13(3) without separate consent.
"""

from __future__ import annotations

from station_app.i18n import translate
from station_app.station.profile import StationProfile


def notice_text(profile: StationProfile | None) -> str:
    station = profile.name if profile else translate("notice", "本志愿服务站")
    organisation = profile.organisation if profile else ""
    phone = profile.phone if profile else ""
    return translate("notice", (
        "个人信息处理告知\n\n"
        "处理者：{station}（{organisation}），联系电话 {phone}。\n\n"
        "处理目的：志愿者登记、安排服务、记录服务时长、出具志愿服务记录证明。\n\n"
        "处理的信息：姓名、证件类型和号码、性别、出生日期、手机号码；未成年人另有监护人姓名和电话。"
        "证件号码属于敏感个人信息，仅用于核实身份和出具证明，屏幕和导出文件中默认隐去中间位。\n\n"
        "向市志愿服务平台报送：依照《志愿服务条例》第十九条，服务记录须录入全国志愿服务信息系统及本市平台，"
        "属于履行法定职责（《个人信息保护法》第十三条第一款第三项），不另行征求同意。\n\n"
        "保存期限：在册期间及退出后依法需保存服务记录的期限内。\n\n"
        "您的权利：可以查阅、复制、更正您的信息，可以要求删除（依法须保留的服务记录将匿名保存），"
        "可以撤回对照片、技能等非必要信息的同意。请向本站工作人员提出。\n\n"
        "不满 14 周岁的志愿者，须由监护人阅读本告知并同意。"
    )).format(station=station, organisation=organisation, phone=phone)
