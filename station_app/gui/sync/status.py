"""What staff read about sync, in words: the connection state, ages, times, the status-bar line.

Kept apart from the page and the status bar so both say the same thing the
same way. Everything here is a pure function of the last snapshot
(:class:`SyncStatus`) and the scheduler's last outcome; no database, no widgets.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from station_app import config
from station_app.station import settings
from station_app.sync.engine import SyncError, SyncReport
from station_app.sync.setup import platform_configured
from station_app.sync.state import Overview, overview


@dataclass(frozen=True)
class SyncStatus:
    """One snapshot of where sync stands, read off the GUI thread; the newest read wins."""

    configured: bool
    overview: Overview
    interval_minutes: int
    read_at: float = field(default_factory=time.monotonic)


def read_status() -> SyncStatus:
    """Runs on a worker thread (database reads only)."""
    return SyncStatus(platform_configured(), overview(), int(settings.get(config.SYNC_INTERVAL_MINUTES)))


@dataclass(frozen=True)
class Connection:
    key: str  # none | idle | ok | offline | stopped | error
    title: str
    detail: str


def connection(status: SyncStatus | None, error: SyncError | None, ran_ok: bool) -> Connection:
    """The state shown at the top of the sync page. *error*: the last run's (None after a success)."""
    if status is None:
        return Connection("idle", QCoreApplication.translate("SyncStatus", "正在读取…"), "")
    if not status.configured:
        return Connection("none", QCoreApplication.translate("SyncStatus", "未设置平台"), QCoreApplication.translate("SyncStatus",
            "还没有填写城市志愿服务平台的地址，记录都保存在本机。可以“导出待上传记录”，到平台上手工上传；"
            "站长也可以在“设置 → 平台同步”中填写平台地址和令牌。"))
    stopped = status.overview.stopped
    if stopped or (error is not None and error.kind == "stopped"):
        message = (stopped or {}).get("message") or (error.message if error else "")
        return Connection("stopped", QCoreApplication.translate("SyncStatus", "同步已停止"), message)
    if error is not None and error.kind == "unreachable":
        return Connection("offline", QCoreApplication.translate("SyncStatus", "无法连接"), error.message)  # it says the records stay and sync resumes
    if error is not None and error.kind in ("config", "error"):
        return Connection("error", QCoreApplication.translate("SyncStatus", "同步未完成"), error.message)
    if ran_ok:
        return Connection("ok", QCoreApplication.translate("SyncStatus", "已连接"), "")
    if status.overview.last_error:
        return Connection("error", QCoreApplication.translate("SyncStatus", "上次同步未完成"), status.overview.last_error)
    return Connection("idle", QCoreApplication.translate("SyncStatus", "等待同步"), QCoreApplication.translate("SyncStatus", "程序会在后台自动同步，也可以点“立即同步”。"))


def age_text(age: dt.timedelta) -> str:
    """How long the oldest record has waited, in the largest whole unit."""
    seconds = max(0, int(age.total_seconds()))
    if seconds >= 86400:
        return QCoreApplication.translate("SyncStatus", "{n} 天").format(n=seconds // 86400)
    if seconds >= 3600:
        return QCoreApplication.translate("SyncStatus", "{n} 小时").format(n=seconds // 3600)
    if seconds >= 60:
        return QCoreApplication.translate("SyncStatus", "{n} 分钟").format(n=seconds // 60)
    return QCoreApplication.translate("SyncStatus", "不到 1 分钟")


def when_text(iso: str | None) -> str:
    """An RFC 3339 time as staff read it, in this computer's time zone."""
    if not iso:
        return QCoreApplication.translate("SyncStatus", "从未")
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{moment:%Y-%m-%d %H:%M}"


def pending_text(ov: Overview) -> str:
    if not ov.pending:
        return QCoreApplication.translate("SyncStatus", "没有待上传的记录")
    text = QCoreApplication.translate("SyncStatus", "{n} 条").format(n=ov.pending)
    age = ov.oldest_age()
    if age is not None and age.total_seconds() >= 60:
        text += QCoreApplication.translate("SyncStatus", "（最早一条已等待 {age}）").format(age=age_text(age))
    elif age is not None:
        text += QCoreApplication.translate("SyncStatus", "（刚刚加入）")
    return text


def clock_warning(ov: Overview) -> str:
    """The core's own warning when the clocks differ by more than 5 minutes, else ''."""
    return SyncReport(clock_skew_seconds=ov.clock_skew_seconds).clock_warning


def status_bar_text(conn: Connection, ov: Overview | None, running: bool) -> str:
    """The short line in the window's status bar."""
    if running:
        return QCoreApplication.translate("SyncStatus", "平台：正在同步…")
    pending = ov.pending if ov else 0
    if conn.key == "none":
        text = QCoreApplication.translate("SyncStatus", "平台：未设置") + (QCoreApplication.translate("SyncStatus", "，待手工上传 {n} 条").format(n=pending) if pending else "")
    elif conn.key == "stopped":
        text = QCoreApplication.translate("SyncStatus", "平台：同步已停止")
    elif conn.key == "offline":
        text = QCoreApplication.translate("SyncStatus", "平台：离线（记录保存在本机）")
    elif conn.key == "error":
        text = QCoreApplication.translate("SyncStatus", "平台：同步未完成")
    elif pending:
        text = QCoreApplication.translate("SyncStatus", "平台：待上传 {n} 条").format(n=pending)
    else:
        text = QCoreApplication.translate("SyncStatus", "平台：已同步")
    if ov and ov.rejected:
        text += QCoreApplication.translate("SyncStatus", "，拒收 {n} 条").format(n=ov.rejected)
    return text
