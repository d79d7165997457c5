"""The staff window's 字号 (font size): a display preference any logged-in staff member may change.

Unlike the station's rules (settings.put, 站长 only) it decides nothing about records, so 值班员
may set it too; the change is still audit-logged like every setting.
"""

from __future__ import annotations

from station_app import config
from station_app.audit import Actor, record
from station_app.changes import Changes, Kind, changed
from station_app.db import database
from station_app.db.models import Setting as SettingRow
from station_app.i18n import translate

FONT_SIZES = ("standard", "large", "huge")
FONT_SCALE = {"standard": 1.0, "large": 1.25, "huge": 1.5}


def font_size() -> str:
    row = SettingRow.get_or_none(SettingRow.key == config.UI_FONT_SIZE.key)
    value = row.value if row is not None else config.UI_FONT_SIZE.default
    return value if value in FONT_SIZES else config.UI_FONT_SIZE.default


def set_font_size(value: str, actor: Actor) -> Changes:
    if value not in FONT_SIZES:
        raise ValueError(translate("station", "字号只能是 标准、大 或 特大"))
    old = font_size()
    if old == value:
        return changed()
    with database.atomic():
        SettingRow.insert(key=config.UI_FONT_SIZE.key, value=value).on_conflict_replace().execute()
        record(actor, "setting.update", "setting", config.UI_FONT_SIZE.key, {"value": old}, {"value": value})
    return changed(Kind.SETTINGS)
