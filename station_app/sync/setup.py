"""Where the platform is and how to log in: read from the settings, saved by an administrator.

Saving new settings or a new token lifts a stop caused by 401/403/404, because
that is exactly what staff were told to do. The token itself is never written
to the audit log (only that it changed).
"""

from __future__ import annotations

from pathlib import Path

from station_app import config
from station_app.audit import Actor, record
from station_app.changes import Changes, Kind, changed
from station_app.i18n import translate
from station_app.staff.roles import require_admin
from station_app.station import settings
from station_app.station.profile import load_profile
from station_app.sync import state
from station_app.sync.client import check_url
from station_app.sync.engine import SyncConfig, SyncError
from station_app.sync.token_store import load_token, save_token


def station_code() -> str:
    code = settings.get(config.SYNC_STATION)
    if code:
        return code
    profile = load_profile()
    return profile.code if profile else ""


def platform_configured() -> bool:
    return bool(settings.get(config.SYNC_URL))


def current_config(data_dir: Path, url: str | None = None, token: str | None = None,
                   station: str | None = None) -> SyncConfig:
    """The settings, each overridable for one run (the ``sync`` command's options)."""
    url = url or settings.get(config.SYNC_URL)
    if not url:
        raise SyncError("config", translate("sync", "尚未设置平台地址：请在“设置 → 平台同步”中填写，或用 --url 指定。"
                                     "没有平台时可以导出待上传记录，手工上传。"))
    return SyncConfig(url=url, token=token or load_token(data_dir), station=station or station_code(),
                      timeout=float(settings.get(config.SYNC_TIMEOUT_SECONDS)))


def save_sync_settings(data_dir: Path, actor: Actor, url: str, station: str = "", token: str | None = None,
                       interval_minutes: int | None = None) -> Changes:
    """Store the platform address, station code and (when given) a new token. Administrators only."""
    require_admin(actor, translate("sync", "修改平台同步设置"))
    url = check_url(url) if url.strip() else ""
    settings.put(config.SYNC_URL, url, actor)
    settings.put(config.SYNC_STATION, station.strip(), actor)
    if interval_minutes is not None:
        if interval_minutes < 1:
            raise ValueError(translate("sync", "自动同步间隔至少 1 分钟"))
        settings.put(config.SYNC_INTERVAL_MINUTES, interval_minutes, actor)
    if token:
        where = save_token(data_dir, token.strip())
        record(actor, "sync.token", "setting", "sync.token", None, {"stored_in": where}, "")
    stopped = state.stopped()
    if stopped and stopped.get("status") != 426:  # what staff were told to fix has been changed
        state.put(state.STOPPED, None)
    return changed(Kind.SETTINGS)
