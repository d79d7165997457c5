"""Anchors for the end of the audit log, so deleting its newest entries is noticed.

The hash chain shows an entry edited or removed in the middle, but not the
newest entries cut off the end: what is left is still a valid chain. So the
head of the chain (its last id and hash) is written now and then, at every
backup, sync and check, to a separate append-only file in the data folder.
A check then asks whether the newest anchored entry is still there, unchanged.
Someone who can edit the database can edit this file too; it does not make
tampering impossible, it makes the quiet kind visible. A restore legitimately
takes the log back to an older state, and the migration that sealed personal
values chained it again: each starts a new *epoch* (a row in ``audit_epoch``,
written in the same transaction), and anchors written before the newest epoch
no longer apply.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from station_app.atomic_files import make_private
from station_app.clock import now_precise
from station_app.db import database
from station_app.i18n import translate

FILENAME = "audit_anchor.log"
RESTORE = "restore"


def _path(data_dir: Path) -> Path:
    return Path(data_dir) / FILENAME


def _append(data_dir: Path, line: str) -> None:
    path = _path(data_dir)
    new = not path.exists()
    with path.open("a", encoding="utf-8") as fh:
        fh.write(line + "\n")
    if new:
        make_private(path)  # like everything in the data folder


def note_head(data_dir: Path) -> None:
    """Anchor the current head of the chain (nothing when the log is empty or already anchored there)."""
    head = database.execute_sql("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
    if head is None:
        return
    last = _last_anchor(data_dir)
    if last is not None and last == (head[0], head[1]):
        return
    _append(data_dir, f"{now_precise()} {head[0]} {head[1]}")


def _epoch_start() -> dt.datetime | None:
    row = database.execute_sql("SELECT started_at FROM audit_epoch ORDER BY id DESC LIMIT 1").fetchone()
    return dt.datetime.fromisoformat(row[0]) if row else None


def _last_anchor(data_dir: Path) -> tuple[int, str] | None:
    path = _path(data_dir)
    if not path.exists():
        return None
    epoch = _epoch_start()
    last = None
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1] == RESTORE:  # the marker versions before epochs wrote
            last = None
        elif len(parts) == 3 and parts[1].isdigit():
            try:
                written = dt.datetime.fromisoformat(parts[0])
            except ValueError:
                continue
            if epoch is None or written >= epoch:
                last = (int(parts[1]), parts[2])
    return last


def missing_tail(data_dir: Path) -> str:
    """A message when the newest anchored entry is gone or changed; "" when the end of the log is intact."""
    anchor = _last_anchor(data_dir)
    if anchor is None:
        return ""
    entry_id, expected = anchor
    found = database.execute_sql("SELECT hash FROM audit_entry WHERE id = ?", (entry_id,)).fetchone()
    if found is None:
        newest = database.execute_sql("SELECT MAX(id) FROM audit_entry").fetchone()[0] or 0
        return translate("audit", "审计日志末尾的记录被删除：核对点记下的第 {id} 条已不存在（现在最新的是第 {newest} 条）。").format(
            id=entry_id, newest=newest)
    if found[0] != expected:
        return translate("audit", "审计日志第 {id} 条与核对点记下的不一致：它在程序之外被改动或替换过。").format(id=entry_id)
    return ""
