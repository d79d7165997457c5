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


def disagreements(anchors: list[Anchor]) -> list[tuple[int, str]]:
    """(entry number, one line saying what) for every witnessed entry the log no longer holds as witnessed."""
    problems = []
    for a in sorted(anchors, key=lambda a: a["seq"]):
        row = database.execute_sql("SELECT hash FROM audit_entry WHERE id = ?", (a["seq"],)).fetchone()
        if row is None:
            problems.append((a["seq"], translate("audit", "第 {seq} 条已不在日志中：平台于 {at} 见证过它（被删除）").format(
                seq=a["seq"], at=str(a.get("at", ""))[:19])))
        elif row[0] != a["hash"]:
            problems.append((a["seq"], translate("audit", "第 {seq} 条与平台于 {at} 见证的不一致：它或它之前的记录被改写、删除或重新链接").format(
                seq=a["seq"], at=str(a.get("at", ""))[:19])))
    return problems


def compare(anchors: list[Anchor]) -> list[str]:
    """One line per witnessed entry the log no longer holds as witnessed (empty: all agree)."""
    return [text for _seq, text in disagreements(anchors)]


@dataclass(frozen=True)
class CachedWitness:
    """The audit viewer's check: the anchors the last sync fetched, and where the log disagrees with them."""
    anchors: int
    fetched_at: str | None  # when the last sync wrote the cache (local time), None: never
    findings: list[tuple[int, str]]


def check_cached(data_dir: Path) -> CachedWitness:
    anchors = cached(data_dir)
    try:
        stamp = (Path(data_dir) / CACHE).stat().st_mtime
        fetched = dt.datetime.fromtimestamp(stamp).strftime("%Y-%m-%d %H:%M")
    except OSError:
        fetched = None
    return CachedWitness(len(anchors), fetched, disagreements(anchors))
