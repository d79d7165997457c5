"""The station profile and settings: validation, storage, audit."""

from __future__ import annotations

import pytest

from station_app import config
from station_app.audit.log import entries_for
from station_app.config import (
    BACKUP_AUTO,
    OPERATOR_NAME,
    REGISTRY,
    ROSTER_PAGE_SIZE,
    SEARCH_DEBOUNCE_MS,
    DuplicateSetting,
    Setting,
    resolve_data_dir,
)
from station_app.db.models import Station
from station_app.errors import ValidationFailed
from station_app.station import settings
from station_app.station.profile import StationProfile, load_profile, save_profile

GOOD = StationProfile(" 朝西社区 志愿服务站 ", "bj-cy-0001", "朝西社区居民委员会", "王建国", "010-8555 1234", "朝西路 18 号")


def test_profile_saved_normalised_with_a_secret_and_audited(station_db, staff):
    assert load_profile() is None
    saved = save_profile(GOOD, staff)
    assert saved.name == "朝西社区 志愿服务站"
    assert saved.code == "BJ-CY-0001"
    assert saved.phone == "010-85551234"
    assert load_profile() == saved
    secret = Station.get_by_id(1).secret
    assert len(secret) == 64
    (entry,) = entries_for("station", 1)
    assert entry["action"] == "station.create" and entry["after"]["code"] == "BJ-CY-0001"
    assert "secret" not in entry["after"]  # the certificate key never goes into the log


def test_profile_update_keeps_the_secret_and_logs_only_changes(station_db, staff):
    save_profile(GOOD, staff)
    secret = Station.get_by_id(1).secret
    save_profile(StationProfile(**{**GOOD.__dict__, "person_in_charge": "李丽"}), staff)
    assert Station.get_by_id(1).secret == secret
    assert load_profile().person_in_charge == "李丽"
    update = entries_for("station", 1)[-1]
    assert update["before"] == {"person_in_charge": "王建国"} and update["after"] == {"person_in_charge": "李丽"}


def test_profile_names_every_missing_or_bad_field(station_db, staff):
    with pytest.raises(ValidationFailed) as info:
        save_profile(StationProfile("", "北京#1", " ", "", "电话", ""), staff)
    messages = {e.field: e.message for e in info.value.errors}
    assert set(messages) == {"name", "code", "organisation", "person_in_charge", "phone", "address"}
    assert messages["name"] == "必填"
    assert "BJ-CY-0001" in messages["code"]
    assert "010-85551234" in messages["phone"]
    assert load_profile() is None and entries_for("station", 1) == []


def test_settings_default_store_and_audit(station_db, staff):
    assert settings.get(ROSTER_PAGE_SIZE) == 200
    assert settings.get(OPERATOR_NAME) == ""
    settings.put(ROSTER_PAGE_SIZE, 100, staff)
    settings.put(ROSTER_PAGE_SIZE, 100, staff)  # unchanged: nothing to log
    settings.put(OPERATOR_NAME, "李值班", staff)
    assert settings.get(ROSTER_PAGE_SIZE) == 100 and isinstance(settings.get(ROSTER_PAGE_SIZE), int)
    assert settings.get(OPERATOR_NAME) == "李值班"
    assert settings.get(SEARCH_DEBOUNCE_MS) == 120
    (entry,) = entries_for("setting", "roster.page_size")
    assert entry["before"] == {"value": 200} and entry["after"] == {"value": 100}


def test_a_setting_declared_twice_fails_when_declared():
    with pytest.raises(DuplicateSetting, match="roster.page_size"):
        Setting("roster.page_size", 50, "另一个声明")
    assert REGISTRY["roster.page_size"] is ROSTER_PAGE_SIZE  # the first declaration stands


def test_every_declared_setting_is_registered_with_a_typed_default():
    declared = [v for v in vars(config).values() if isinstance(v, Setting)]
    assert len(declared) >= 15 and all(REGISTRY[s.key] is s for s in declared)
    assert BACKUP_AUTO.parse(BACKUP_AUTO.dump(False)) is False and BACKUP_AUTO.parse(BACKUP_AUTO.dump(True)) is True
    assert ROSTER_PAGE_SIZE.parse(ROSTER_PAGE_SIZE.dump(50)) == 50


def test_data_folder_choice(tmp_path, monkeypatch):
    monkeypatch.setenv("STATION_APP_HOME", str(tmp_path / "env"))
    assert resolve_data_dir(str(tmp_path / "cli")) == tmp_path / "cli"  # --data-dir wins
    assert resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv("STATION_APP_HOME")
    assert resolve_data_dir(None).name == "StationDesk"
