"""Settings registry and the data folder.

Every setting the app knows is declared once here, with its type, default and
meaning, so defaults are never scattered through the code (Electrum's
``ConfigVar`` lesson). Values that belong to a station live in its database
(see :mod:`station_app.station.settings`); this module knows only the
declarations and where the data folder is.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

import platformdirs

APP_NAME = "StationDesk"
ENV_HOME = "STATION_APP_HOME"
DB_FILENAME = "station.sqlite3"
LOCK_FILENAME = "station.lock"

T = TypeVar("T", str, int, bool)

REGISTRY: dict[str, Setting] = {}
"""Every declared setting by key; a setting registers itself when declared, so none can be left out."""


class DuplicateSetting(Exception):
    """Two declarations share a key: one would silently shadow the other's stored value."""


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    doc: str
    secret: bool = False  # a hash or token: never written into the audit log

    def __post_init__(self) -> None:
        if self.key in REGISTRY:
            raise DuplicateSetting(f"setting {self.key!r} is declared twice")
        REGISTRY[self.key] = self

    @property
    def type(self) -> type:
        return type(self.default)

    def parse(self, raw: str) -> T:
        """Turn the stored text back into the declared type."""
        if self.type is bool:
            return raw in ("1", "true", "True")  # type: ignore[return-value]  # T is bool here
        return self.type(raw)

    def dump(self, value: T) -> str:
        if self.type is bool:
            return "1" if value else "0"
        return str(self.type(value))


OPERATOR_NAME = Setting("operator.name", "", "值班员姓名：登录功能上线前，审计日志以此记录操作人")
ROSTER_PAGE_SIZE = Setting("roster.page_size", 200, "名册每次从数据库读取的行数")
SEARCH_DEBOUNCE_MS = Setting("roster.search_debounce_ms", 120, "输入停顿多久后开始搜索（毫秒）")

DAY_END = Setting("hours.day_end", "22:00", "到这个时间仍未签退的记录，在审核队列中标为“忘记签退”")
STAR_THRESHOLDS = Setting("hours.star_thresholds", "100,300,600,1000,1500", "一至五星所需的已审核服务小时数（自定义标准）")
STAR_PRESET = Setting("hours.star_preset", "", "星级时长标准：beijing 北京市现行 100/300/600/1000/1500，older 原标准"
                      " 100/200/500/800/1000，custom 自定义（用 hours.star_thresholds）；留空时按 hours.star_thresholds")
KIOSK_SOON_MINUTES = Setting("kiosk.soon_minutes", 60, "签到机把多少分钟内开始的班次排在前面")
KIOSK_PIN_HASH = Setting("kiosk.pin_hash", "", "退出签到机模式的工作人员 PIN（只存 scrypt 散列）", secret=True)

BACKUP_AUTO = Setting("backup.auto_daily", True, "程序运行时每天自动备份一次数据库（若当天还没有备份）")
BACKUP_KEEP_DAILY = Setting("backup.keep_daily", 7, "自动备份保留最近多少天（每天一份）")
BACKUP_KEEP_WEEKLY = Setting("backup.keep_weekly", 4, "自动备份另保留最近多少周（每周一份）")

UI_FONT_SIZE = Setting(key="ui.font_size", default="standard",
                       doc="工作人员窗口的字号：standard 标准 / large 大 / huge 特大（文字、表格行高和按钮一起放大）")

IDLE_LOCK_MINUTES = Setting("staff.idle_lock_minutes", 10, "无人操作多少分钟后锁定，回到登录界面（签到机模式下回到签到界面）；0 表示不锁定")

PRIVACY_PLATFORM_OPERATOR = Setting("privacy.platform_operator", "", "接收服务记录的城市志愿服务平台的运营单位"
                                    "（写进个人信息告知）；留空时写“本市志愿服务信息平台的运营单位”")
PRIVACY_EXTRA_KEEP_MONTHS = Setting("privacy.extra_keep_months", 24, "志愿者停用后，手机号码、监护人信息、技能和备注"
                                    "再保留多少个月；过期的由“数据保留检查”删除")
SYNC_URL = Setting("sync.url", "", "城市志愿服务平台的地址（https://…）；留空表示不连接平台，可导出待上传记录手工上传")
SYNC_STATION = Setting("sync.station_code", "", "平台上的站点编码；留空时用站点信息里的站点编码")
SYNC_INTERVAL_MINUTES = Setting("sync.interval_minutes", 5, "程序运行时每隔多少分钟自动同步一次")
SYNC_TIMEOUT_SECONDS = Setting("sync.timeout_seconds", 30, "等待平台回答的最长秒数")
CERT_VERIFY_URL = Setting("certificates.verify_url", "", "证明二维码中核验页面的平台地址（https://…，平台的 /verify/ 页面在其下）；"
                          "设置后手机扫码即打开平台的核验页，留空时二维码为 VOLSIG1 签名文本")
SYNC_CA_FILE = Setting("sync.ca_file", "", "除系统证书库外另外信任的 CA 证书文件（PEM）；留空表示只用系统证书库")


def default_data_dir() -> Path:
    """The user's application data folder (``%APPDATA%`` on Windows)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``STATION_APP_HOME``, then the default folder."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()
