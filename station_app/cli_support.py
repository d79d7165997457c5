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
from station_app.i18n import translate


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
        raise ValueError(translate("cli", "{option} 的日期“{text}”无法识别，请写成 2024-05-01 的样子").format(
            option=option, text=text))
    return day


def output_file(text: str, suffix: str, export: bool = False) -> Path:
    """The file an ``--out`` option names (*export*: a file the command exports to), refused in one line
    when it has the wrong kind or no folder."""
    path = Path(text)
    if path.suffix.lower() != suffix:
        wrong = translate("cli", "只能导出为 {suffix} 文件：{path}") if export else translate(
            "cli", "只能保存为 {suffix} 文件：{path}")
        raise ValueError(wrong.format(suffix=suffix, path=path))
    if not path.parent.is_dir():
        raise ValueError(missing_folder(path))
    return path


def missing_folder(path: Path) -> str:
    """The one-line refusal for a file whose folder does not exist."""
    return translate("cli", "文件夹不存在：{folder}").format(folder=path.parent)
