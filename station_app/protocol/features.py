"""docs/protocol.md 1.1: the features a server lists in its status answer (``"features": [...]``).

A client uses a feature only when the server lists it, and keeps working with a
server that lists none (a 1.0 server), so ``features_of(status)`` treats a
missing or malformed list as empty.
"""

from __future__ import annotations

from typing import Any

IDENTITY_CHECK = "identity_check"
TEXT_RULES = "text_rules"
SIGNING_KEYS = "signing_keys"
ANCHORS = "anchors"
RECORD_KINDS = "record_kinds"
ALL = (IDENTITY_CHECK, TEXT_RULES, SIGNING_KEYS, ANCHORS, RECORD_KINDS)  # in the order docs/protocol.md lists them


def features_of(status: Any) -> frozenset[str]:
    """The features a status answer lists (empty for a 1.0 server or a malformed answer)."""
    listed = status.get("features") if isinstance(status, dict) else None
    if not isinstance(listed, list):
        return frozenset()
    return frozenset(f for f in listed if isinstance(f, str))
