"""The audit log against what the platform witnessed (protocol 1.1 ``anchors``).

Every sync sends the chain's head (``seq``, ``hash``) and the platform keeps
every one, first hash wins. The local anchor file (audit/anchor.py) notices a
cut-off tail, but whoever can rewrite the database can rewrite that file too.
The platform's copies they cannot reach: an entry rewritten, removed or
re-chained at or below a witnessed ``seq`` no longer has the witnessed hash
(the chain makes every later hash depend on it), and :func:`compare` names it
by number. The witnessed list is fetched at each sync and by ``audit verify``
when online, and cached in the data folder for offline checks; the cache is a
convenience, the platform is the witness.

A restore takes the log back, legitimately, to the backup's last entry: anchors
the platform witnessed before the restore above that entry no longer apply
(their numbers are used again by the entries written since). The restore's own
audit entry records that entry's number (``restored_head``), so those anchors
are set aside as *superseded* and said so, never hidden; every anchor at or
below it must still match, since the backup holds the same chain up to there.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from station_app.atomic_files import write_bytes_atomically
from station_app.db import database
from station_app.i18n import translate

CACHE = "audit_witnessed.json"

Anchor = dict  # {"seq": int, "hash": str, "at": str}


def cached(data_dir: Path) -> list[Anchor]:
    try:
        data = json.loads((Path(data_dir) / CACHE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [a for a in data if isinstance(a, dict) and isinstance(a.get("seq"), int) and isinstance(a.get("hash"), str)]


def remember(data_dir: Path, anchors: list[Anchor]) -> None:
    by_seq = {a["seq"]: a for a in cached(data_dir)}
    by_seq.update({a["seq"]: {"seq": a["seq"], "hash": a["hash"], "at": str(a.get("at", ""))} for a in anchors})
    body = json.dumps([by_seq[k] for k in sorted(by_seq)], ensure_ascii=False, indent=0).encode("utf-8")
    write_bytes_atomically(Path(data_dir) / CACHE, body)


def fetch(page: Callable[[str | None], object]) -> list[Anchor]:
    """Every witnessed anchor, through *page* (cursor -> Answer with ``data``); raises OSError when offline."""
    out: list[Anchor] = []
    cursor = None
    while True:
        answer = page(cursor)
        data = getattr(answer, "data", None)
        if getattr(answer, "kind", "") != "data" or not isinstance(data, dict):
            raise OSError(getattr(answer, "message", "") or translate("audit", "平台没有回答"))
        out += [a for a in data.get("anchors") or [] if isinstance(a, dict) and isinstance(a.get("seq"), int)]
        cursor = data.get("next_cursor") if isinstance(data.get("next_cursor"), str) else cursor
        if not data.get("has_more"):
            return out


def _moment(text: object) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.astimezone()


def _restores() -> list[tuple[dt.datetime, int]]:
    """(when, the backup's last entry) of every restore the log records."""
    out = []
    for entry_id, at, after in database.execute_sql(
            "SELECT id, at, after FROM audit_entry WHERE action = 'backup.restore'").fetchall():
        try:
            head = json.loads(after or "{}").get("restored_head")
        except (ValueError, AttributeError):
            head = None
        moment = _moment(at)
        if moment is not None:  # restores written before restored_head was kept: the entry before their own
            out.append((moment, head if isinstance(head, int) else entry_id - 1))
    return out


def superseded(anchors: list[Anchor]) -> list[Anchor]:
    """The anchors a later restore took the log back past (see the module's docstring)."""
    restores = _restores()
    out = []
    for a in anchors:
        at = _moment(a.get("at", ""))
        # at or before: both are the station's clock in whole seconds, and a sync and a restore can share one
        if at is not None and any(at <= when and a["seq"] > head for when, head in restores):
            out.append(a)
    return out


def disagreements(anchors: list[Anchor]) -> list[tuple[int, str]]:
    """(entry number, one line saying what) for every witnessed entry the log no longer holds as witnessed."""
    return check(anchors)[0]


def check(anchors: list[Anchor]) -> tuple[list[tuple[int, str]], list[Anchor]]:
    """:func:`disagreements` and the anchors :func:`superseded` set aside to find them."""
    aside = superseded(anchors)
    set_aside = {(a["seq"], a["hash"]) for a in aside}
    problems = []
    for a in sorted(anchors, key=lambda a: a["seq"]):
        if (a["seq"], a["hash"]) in set_aside:
            continue
        row = database.execute_sql("SELECT hash FROM audit_entry WHERE id = ?", (a["seq"],)).fetchone()
        at = str(a.get("at", ""))[:19].replace("T", " ")
        if row is None:
            problems.append((a["seq"], translate("audit", "第 {seq} 条已不在日志中：平台于 {at} 见证过它（被删除）").format(
                seq=a["seq"], at=at)))
        elif row[0] != a["hash"]:
            problems.append((a["seq"], translate("audit", "第 {seq} 条与平台于 {at} 见证的不一致：它或它之前的记录被改写、删除或重新链接").format(
                seq=a["seq"], at=at)))
    return problems, aside


def compare(anchors: list[Anchor]) -> list[str]:
    """One line per witnessed entry the log no longer holds as witnessed (empty: all agree)."""
    return [text for _seq, text in disagreements(anchors)]


@dataclass(frozen=True)
class CachedWitness:
    """The audit viewer's check: the anchors the last sync fetched, and where the log disagrees with them."""
    anchors: int
    fetched_at: str | None  # when the last sync wrote the cache (local time), None: never
    findings: list[tuple[int, str]]
    superseded: int = 0  # anchors a restore took the log back past


def superseded_note(count: int) -> str:
    """"" or one line saying how many witnessed anchors a restore set aside."""
    if not count:
        return ""
    return translate("audit", "另有 {n} 个见证锚点在恢复备份之前记下、高于所恢复备份的最后一条，已不再适用").format(n=count)


def check_cached(data_dir: Path) -> CachedWitness:
    anchors = cached(data_dir)
    try:
        stamp = (Path(data_dir) / CACHE).stat().st_mtime
        fetched = dt.datetime.fromtimestamp(stamp).strftime("%Y-%m-%d %H:%M")
    except OSError:
        fetched = None
    findings, aside = check(anchors)
    return CachedWitness(len(anchors), fetched, findings, len(aside))
