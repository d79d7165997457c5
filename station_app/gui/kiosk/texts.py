"""Times and durations in the words a volunteer says: 9点30分, 1 小时 35 分."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication


def clock_text(moment: dt.datetime) -> str:
    """9点30分; 9点05分; 14点整 reads oddly to no one, so keep the minutes."""
    return QCoreApplication.translate("kiosk", "{h}点{m:02d}分").format(h=moment.hour, m=moment.minute)


def span_text(start: dt.datetime, end: dt.datetime) -> str:
    return f"{start:%H:%M}–{end:%H:%M}"


def duration_text(minutes: int) -> str:
    """35 分钟; 2 小时; 1 小时 35 分."""
    hours, rest = divmod(max(minutes, 0), 60)
    if hours == 0:
        return QCoreApplication.translate("kiosk", "{m} 分钟").format(m=rest)
    if rest == 0:
        return QCoreApplication.translate("kiosk", "{h} 小时").format(h=hours)
    return QCoreApplication.translate("kiosk", "{h} 小时 {m} 分").format(h=hours, m=rest)

