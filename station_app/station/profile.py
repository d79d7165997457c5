"""The station profile asked for at first start (name, code, 负责人 …).

The station secret is made here, once, when the profile is first saved:
certificates issued before signing keep their verification codes keyed with it
(issue 5). The station's Ed25519 signing key is made at the same moment
(issue 16, station/signing_keys.py), its private half outside the database.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, replace

from station_app.audit import Actor, record
from station_app.changes import Changes, Kind, changed, changes_field
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import Station
from station_app.errors import FieldError, ValidationFailed
from station_app.i18n import QT_TRANSLATE_NOOP, translate
from station_app.staff.roles import require_admin
from station_app.station.signing_keys import ensure_own_key
from station_app.text_normalize import squeeze, strip_all_space


@dataclass(frozen=True)
class StationProfile:
    name: str
    code: str
    organisation: str
    person_in_charge: str
    phone: str
    address: str
    changes: Changes = changes_field()

    def values(self) -> dict[str, str]:
        """The six stored fields (what the database and the audit log keep)."""
        return {name: getattr(self, name) for name in PROFILE_FIELDS}


PROFILE_FIELDS = ("name", "code", "organisation", "person_in_charge", "phone", "address")

FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("station", "站点名称"),
    "code": QT_TRANSLATE_NOOP("station", "站点编码"),
    "organisation": QT_TRANSLATE_NOOP("station", "出具单位"),
    "person_in_charge": QT_TRANSLATE_NOOP("station", "负责人"),
    "phone": QT_TRANSLATE_NOOP("station", "联系电话"),
    "address": QT_TRANSLATE_NOOP("station", "地址"),
}


def field_label(name: str) -> str:
    return translate("station", FIELD_LABELS[name])


def clean_profile(profile: StationProfile) -> StationProfile:
    """Normalise and validate; raise :class:`ValidationFailed` naming every bad field."""
    values = {name: squeeze(value) for name, value in profile.values().items()}
    values["code"] = strip_all_space(values["code"]).upper()
    values["phone"] = strip_all_space(values["phone"])
    errors: list[FieldError] = []
    for name in ("name", "code", "organisation", "person_in_charge", "phone", "address"):
        if not values[name]:
            errors.append(FieldError(name, field_label(name), translate("station", "必填")))
    if values["code"] and not re.fullmatch(r"[A-Z0-9][A-Z0-9-]{1,31}", values["code"]):
        errors.append(FieldError("code", field_label("code"), translate("station", "只能包含字母、数字和短横线，2 到 32 位，例如 BJ-CY-0001")))
    if values["phone"] and not re.fullmatch(r"\+?[0-9-]{7,20}", values["phone"]):
        errors.append(FieldError("phone", field_label("phone"), translate("station", "请填写座机或手机号码，例如 010-85551234")))
    if errors:
        raise ValidationFailed(errors)
    return StationProfile(values["name"], values["code"], values["organisation"], values["person_in_charge"],
                          values["phone"], values["address"])


def load_profile() -> StationProfile | None:
    row = Station.get_or_none(Station.id == 1)
    if row is None:
        return None
    return StationProfile(**{name: getattr(row, name) for name in PROFILE_FIELDS})


def save_profile(profile: StationProfile, actor: Actor) -> StationProfile:
    """Create or update the profile; audit-logged. Administrators only."""
    require_admin(actor, translate("station", "修改站点信息"))
    profile = clean_profile(profile)
    with database.atomic():
        row = Station.get_or_none(Station.id == 1)
        now = now_iso()
        if row is None:
            Station.create(id=1, secret=secrets.token_hex(32), created_at=now, updated_at=now, **profile.values())
            record(actor, "station.create", "station", 1, None, profile.values())
            ensure_own_key(profile.code, profile.name)
        else:
            before = {name: getattr(row, name) for name in PROFILE_FIELDS}
            Station.update(updated_at=now, **profile.values()).where(Station.id == 1).execute()
            record(actor, "station.update", "station", 1, before, profile.values())
    return replace(profile, changes=changed(Kind.STATION))
