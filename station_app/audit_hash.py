"""The audit log's hash chain: one definition, for the log and for the migration that sealed it.

Each entry stores the SHA-256 of the previous entry's hash followed by its own
fields as sorted JSON; the first entry follows :data:`GENESIS`. An entry edited
outside the app no longer matches its hash; one removed breaks the next link.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

GENESIS = "0" * 64
HASHED_FIELDS = ("at", "actor", "action", "entity_type", "entity_id", "before", "after", "reason")


def entry_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    payload = json.dumps({k: fields[k] for k in HASHED_FIELDS}, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


def dump(value: dict[str, Any] | None) -> str | None:
    """How an entry's before/after dict is stored (and hashed)."""
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
