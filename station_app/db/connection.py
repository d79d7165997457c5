"""Opening the station database durably, with a clear message when we can't.

``database`` is created unbound (``SqliteDatabase(None)``) so models can be
declared at import time and bound to the real file in :func:`open_database`.
Pragmas: WAL so the GUI can read while a worker writes; ``synchronous=FULL``
because a power cut after "checked in" must not lose the commit (costs ~0.4 ms
a transaction here); foreign keys on; a busy timeout so a second connection
waits instead of failing at once; ``secure_delete`` so what a deletion on request removes is overwritten,
not merely marked free.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import peewee

from station_app.atomic_files import make_private_folder
from station_app.config import DB_FILENAME
from station_app.db.migrations import migrate
from station_app.errors import DataFolderError
from station_app.i18n import translate

database = peewee.SqliteDatabase(None)

PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "cache_size": -20000,
    "secure_delete": 1,  # deleted and overwritten content is zeroed in the file: an erasure leaves nothing behind
}


@database.func("reverse_text")
def reverse_text(value: str | None) -> str | None:
    """SQL function used by migrations to fill the tail-search columns."""
    return value[::-1] if value is not None else None


def open_database(data_dir: Path) -> Path:
    """Bind :data:`database` to ``data_dir/station.sqlite3`` and migrate it.

    The folder and the database are created readable by their owner only
    (0700/0600 where the OS has such modes; SQLite gives its -wal and -shm files
    the database's mode). Raises :class:`DataFolderError` with a user-facing
    message when the folder cannot be created or written, or the file is not a
    Station Desk database.
    """
    data_dir = Path(data_dir)
    if data_dir.exists() and not data_dir.is_dir():  # before mkdir, which would only say "File exists"
        raise DataFolderError(translate("database", "数据文件夹路径 {path} 不是文件夹。").format(path=data_dir))
    try:
        make_private_folder(data_dir)
        db_path = data_dir / DB_FILENAME
        if not db_path.exists():
            os.close(os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as exc:
        raise DataFolderError(translate("database", "无法创建数据文件夹 {path}：{reason}").format(path=data_dir, reason=exc.strerror or exc)) from exc
    return open_database_file(db_path)


def open_database_file(db_path: Path) -> Path:
    """Bind :data:`database` to *db_path* and migrate it (also a restore's staging copy)."""
    db_path = Path(db_path)
    data_dir = db_path.parent
    if database.database is not None and not database.is_closed():
        database.close()
    database.init(str(db_path), pragmas=PRAGMAS)
    try:
        database.connect(reuse_if_open=True)
        migrate(database)
    except DataFolderError:
        database.close()
        raise
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        database.close()
        text = str(exc)
        if "not a database" in text or "malformed" in text:
            raise DataFolderError(
                translate("database", "{path} 不是 Station Desk 数据库，或文件已损坏。请选择其他数据文件夹，或从备份恢复。").format(path=db_path)
            ) from exc
        if "readonly" in text or "unable to open" in text:
            raise DataFolderError(
                translate("database", "无法写入数据文件夹 {path}。请检查文件夹权限，或用 --data-dir 选择其他文件夹。").format(path=data_dir)
            ) from exc
        if "locked" in text:
            raise DataFolderError(translate("database", "数据库正被另一个程序使用（{path}），请稍后再试。").format(path=db_path)) from exc
        raise DataFolderError(translate("database", "无法打开数据库 {path}：{reason}").format(path=db_path, reason=text)) from exc
    except OSError as exc:
        database.close()
        raise DataFolderError(translate("database", "无法打开数据库 {path}：{reason}").format(path=db_path, reason=exc.strerror or exc)) from exc
    return db_path


def close_database() -> None:
    if database.database is not None and not database.is_closed():
        database.close()
