"""Saving the station's setup as one act: the 设置 dialog's tabs, and the first start.

Both write several things that belong together (profile, settings, kiosk PIN,
backup and sync settings; or the first 站长 account with the profile), so each
is one transaction here, in the core, where the rules and the audit log are:
a refused part (a bad platform address, an operator trying) leaves everything
as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from station_app import config
from station_app.audit import Actor
from station_app.changes import Changes, Kind, changed
from station_app.db import database
from station_app.staff.accounts import StaffView, create_first_admin
from station_app.station import settings
from station_app.station.profile import StationProfile, save_profile


@dataclass(frozen=True)
class SyncForm:
    url: str
    station: str
    token: str | None
    interval_minutes: int
    ca_file: str = ""  # an extra CA certificate file besides the OS trust store


@dataclass(frozen=True)
class BackupForm:
    auto_daily: bool
    keep_daily: int
    keep_weekly: int


@dataclass(frozen=True)
class StationSettings:
    """What the 设置 dialog saves. ``pin`` empty: the kiosk PIN is left as it is; ``sync`` and
    ``backup`` None: those tabs were not changed."""

    profile: StationProfile
    idle_minutes: int
    day_end: str
    thresholds: str
    pin: str = ""
    backup: BackupForm | None = None
    sync: SyncForm | None = None
    star_preset: str = ""  # beijing / older / custom (hours/star_standard.py); empty: left as it is
    platform_operator: str | None = None  # None: the 个人信息 tab's values are left as they are
    extra_keep_months: int | None = None


def save_station_settings(form: StationSettings, actor: Actor, data_dir: Path) -> StationProfile:
    """Save every tab in one transaction; return the profile as saved, saying what changed."""
    from station_app.kiosk.pin import set_kiosk_pin
    from station_app.sync.setup import save_sync_settings

    with database.atomic():
        profile = save_profile(form.profile, actor)
        settings.put(config.IDLE_LOCK_MINUTES, form.idle_minutes, actor)
        settings.put(config.DAY_END, form.day_end, actor)
        settings.put(config.STAR_THRESHOLDS, form.thresholds, actor)
        if form.star_preset:
            settings.put(config.STAR_PRESET, form.star_preset, actor)
        if form.pin:
            set_kiosk_pin(form.pin, actor)
        if form.platform_operator is not None:
            settings.put(config.PRIVACY_PLATFORM_OPERATOR, form.platform_operator, actor)
        if form.extra_keep_months is not None:
            settings.put(config.PRIVACY_EXTRA_KEEP_MONTHS, form.extra_keep_months, actor)
        if form.backup is not None:
            settings.put(config.BACKUP_AUTO, form.backup.auto_daily, actor)
            settings.put(config.BACKUP_KEEP_DAILY, form.backup.keep_daily, actor)
            settings.put(config.BACKUP_KEEP_WEEKLY, form.backup.keep_weekly, actor)
        if form.sync is not None:  # last: the token is stored outside the database, after every check passed
            s = form.sync
            save_sync_settings(data_dir, actor, s.url, s.station, s.token, s.interval_minutes, s.ca_file)
    return replace(profile, changes=changed(Kind.STATION, Kind.SETTINGS))


def create_station(admin_name: str, password: str, profile: StationProfile | None) -> StaffView:
    """First start: the first 站长 account and (when asked) the station profile, in one transaction."""
    with database.atomic():
        admin = create_first_admin(admin_name, password)
        kinds: tuple[Kind, ...] = (Kind.STAFF,)
        if profile is not None:
            save_profile(profile, admin.actor())
            kinds += (Kind.STATION,)
    return replace(admin, changes=admin.changes | changed(*kinds))


__all__ = ["BackupForm", "Changes", "StationSettings", "SyncForm", "create_station", "save_station_settings"]
