"""Reading and writing the settings declared in :mod:`station_app.config`."""

from __future__ import annotations

from station_app.audit import Actor, record
from station_app.changes import Changes, Kind, changed
from station_app.config import REGISTRY, Setting, T
from station_app.db import database
from station_app.db.models import Setting as SettingRow
from station_app.i18n import translate
from station_app.staff.roles import require_admin


def get(setting: Setting[T]) -> T:
    # One plain statement: peewee's query building was most of the cost, and issuing one
    # certificate reads five settings.
    row = database.execute_sql("SELECT value FROM setting WHERE key = ?", (setting.key,)).fetchone()
    return setting.default if row is None else setting.parse(row[0])


def put(setting: Setting[T], value: T, actor: Actor) -> Changes:
    """Store a value (audit-logged). Unknown keys cannot be stored. Administrators only."""
    if setting.key not in REGISTRY:
        raise KeyError(setting.key)
    require_admin(actor, translate("station", "修改设置"))
    old = get(setting)
    if old == value:
        return changed()
    with database.atomic():
        SettingRow.insert(key=setting.key, value=setting.dump(value)).on_conflict_replace().execute()
        shown = (lambda v: "（已设置）" if v else "") if setting.secret else (lambda v: v)
        record(actor, "setting.update", "setting", setting.key, {"value": shown(old)}, {"value": shown(value)})
    return changed(Kind.SETTINGS)
