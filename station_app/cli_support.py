"""What every command-line verb shares: who acts, how dates are read from an option, where output goes.

Each domain keeps its own verbs beside it (``certificates/commands.py`` …) and
``cli.py`` only wires them together; this module sits below all of them so
none has to import ``cli.py`` (which imports them).
"""

from __future__ import annotations

import datetime as dt
import getpass
from pathlib import Path

from station_app.audit import Actor
from station_app.dates import parse_date_text


def os_user() -> str:
    """The operating-system user's name ("unknown" for service accounts that have none)."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - getpass raises OSError, KeyError or ImportError by platform
        return "unknown"


def cli_actor() -> Actor:
    """Commands act as the station's administrator: whoever can run them already holds the database file."""
    return Actor(os_user(), via="cli", role="admin")


def parse_day(text: str | None, option: str) -> dt.date | None:
    """The date an option names (``2024-05-01``, ``2024/5/1``, ``2024年5月1日`` …), None when not given."""
    if text is None:
        return None
    day = parse_date_text(text)
    if day is None:
        raise ValueError(f"{option} 的日期“{text}”无法识别，请写成 2024-05-01 的样子")
    return day


def output_file(text: str, suffix: str, verb: str = "保存为") -> Path:
    """The file an ``--out`` option names, refused in one line when it has the wrong kind or no folder."""
    path = Path(text)
    if path.suffix.lower() != suffix:
        raise ValueError(f"只能{verb} {suffix} 文件：{path}")
    if not path.parent.is_dir():
        raise ValueError(f"文件夹不存在：{path.parent}")
    return path
