"""Is this file a sound Station Desk database we can open? Checked on a raw sqlite3 connection."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from station_app.i18n import translate

SQLITE_HEADER = b"SQLite format 3\x00"
REQUIRED_TABLES = ("station", "volunteer", "audit_entry", "setting")


class BackupRefused(Exception):
    """The file cannot be used as the station database; the message is one line for the user."""


def _connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


def quick_check(path: Path) -> list[str]:
    """``PRAGMA quick_check`` on *path*: an empty list when sound, otherwise the problems."""
    try:
        conn = _connect_read_only(path)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows


def check_header(path: Path, shown: Path | None = None) -> None:
    """Refuse a missing file or one that does not start like a SQLite database."""
    shown = shown or path
    if not Path(path).is_file():
        raise BackupRefused(translate("backup", "找不到文件 {path}。").format(path=shown))
    with Path(path).open("rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise BackupRefused(translate("backup", "{path} 不是 SQLite 数据库文件。").format(path=shown))


def inspect_file(path: Path, shown: Path | None = None) -> int:
    """Check *path* as a restore would; return its schema version or raise :class:`BackupRefused`.

    *shown* is the name messages use (a restore checks its own copy but names the user's file).
    """
    from station_app.db.migrations import LATEST_VERSION

    path = Path(path)
    check_header(path, shown)
    shown_path = Path(shown or path)
    try:
        conn = _connect_read_only(path)
        try:
            problems = integrity_problems(conn)
            if problems:
                raise BackupRefused(translate("backup", "{path} 已损坏（完整性检查：{problem}）。").format(
                    path=shown_path, problem=problems[0]))
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupRefused(translate("backup", "{path} 已损坏，无法读取：{reason}").format(path=shown_path, reason=" ".join(str(exc).split()))) from exc
    if version < 1 or not all(t in tables for t in REQUIRED_TABLES):
        raise BackupRefused(translate("backup", "{path} 不是 Station Desk 数据库（缺少站点或志愿者数据表）。").format(path=shown_path))
    if version > LATEST_VERSION:
        raise BackupRefused(translate("backup", "{path} 由更新版本的 Station Desk 创建（结构版本 {found}，本程序支持到 {latest}），请先升级本程序。").format(
            path=shown_path, found=version, latest=LATEST_VERSION))
    return version
