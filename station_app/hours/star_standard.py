"""Star-level thresholds (星级时长标准) and the one sentence a station may say about them.

Star levels are granted (认定) by the volunteer federation, on the volunteer's application; a
station can only say that approved hours have reached a level's threshold. Every place that
speaks of stars (the certificate, the kiosk, the volunteer's history) says it with
:func:`reached_text`, so none of them claims a star was granted.

The thresholds come as named presets plus a custom list (setting ``hours.star_preset``); an
unset preset reads the old ``hours.star_thresholds`` list as it always was, so a station that
had typed its own list keeps it after upgrading.
"""

from __future__ import annotations

from dataclasses import dataclass

from station_app import config
from station_app.i18n import QT_TRANSLATE_NOOP
from station_app.station import settings

STAR_NAMES = "零一二三四五六七八九十"
CUSTOM = "custom"


@dataclass(frozen=True)
class StarPreset:
    key: str
    label: str
    hours: tuple[int, ...]


PRESETS: dict[str, StarPreset] = {p.key: p for p in (
    StarPreset("beijing", QT_TRANSLATE_NOOP("hours", "北京市现行标准（100/300/600/1000/1500 小时）"), (100, 300, 600, 1000, 1500)),
    StarPreset("older", QT_TRANSLATE_NOOP("hours", "原标准（100/200/500/800/1000 小时）"), (100, 200, 500, 800, 1000)),
)}


def parse_hours(text: str) -> list[int] | None:
    """A custom list as typed (``100,300，600``): None unless whole numbers, rising, at least one."""
    parts = [p.strip() for p in text.replace("，", ",").split(",") if p.strip()]
    if not parts or not all(p.isdigit() for p in parts):
        return None
    values = [int(p) for p in parts]
    return values if values == sorted(set(values)) and values[0] > 0 else None


def preset_of(hours: list[int] | tuple[int, ...]) -> str:
    """The preset with exactly these thresholds, else ``custom``."""
    return next((p.key for p in PRESETS.values() if tuple(hours) == p.hours), CUSTOM)


def current_preset() -> str:
    chosen = settings.get(config.STAR_PRESET)
    if chosen in PRESETS or chosen == CUSTOM:
        return chosen
    return preset_of(current_thresholds())


def current_thresholds() -> list[int]:
    chosen = settings.get(config.STAR_PRESET)
    if chosen in PRESETS:
        return list(PRESETS[chosen].hours)
    raw = settings.get(config.STAR_THRESHOLDS)
    try:
        values = sorted(int(x) for x in raw.replace("，", ",").split(",") if x.strip())
    except ValueError:
        values = []
    return values or [int(x) for x in config.STAR_THRESHOLDS.default.split(",")]


def star_name(stars: int) -> str:
    return (STAR_NAMES[stars] if stars < len(STAR_NAMES) else str(stars)) + "星志愿者"


def reached_text(stars: int, threshold_hours: int | None) -> str:
    """"累计志愿服务时长已达到一星志愿者标准（100 小时）"; empty below the first threshold."""
    if stars <= 0:
        return ""
    hours = f"（{threshold_hours} 小时）" if threshold_hours else ""
    return f"累计志愿服务时长已达到{star_name(stars)}标准{hours}"


def threshold_for(stars: int, thresholds: list[int] | None = None) -> int | None:
    """The hours the *stars*-th level needs under the current (or given) thresholds."""
    values = thresholds if thresholds is not None else current_thresholds()
    return values[stars - 1] if 0 < stars <= len(values) else None
