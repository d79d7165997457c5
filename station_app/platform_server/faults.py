"""Fault injection: the ways a real network and a real platform misbehave, on demand.

The client's sync must survive lost answers, throttling, outages, captive
portals and a platform that commits but never answers; these knobs let tests
(and a demo, from the command line) produce each of them deterministically
(``fail_next``, ``drop_next_after_commit``, ``hold_after_commit``) or at
random (``fail_rates``, ``drop_after_commit``; ``seed`` makes a run repeatable).

A test may change any field between requests; the two that are consumed by
requests (``fail_next``, ``drop_next_after_commit``) are taken under a lock so
two concurrent requests never both take the same planned fault.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

# Special values for ``fail_next`` / ``fail_rates`` besides plain HTTP statuses.
DROP_CONNECTION = 0  # close the connection without answering, before processing anything
WRONG_ACK = 1  # 200 application/json whose batch_id is not the one sent and with no results
CAPTIVE_PAGE = 200  # 200 text/html login page (one request only; see ``captive_portal`` for all)
REDIRECT = 302  # 302 to another host (``redirect_to``, or a made-up portal address)

# The machine code docs/protocol.md gives each error status (and, for 502/504, what a gateway would mean).
ERROR_CODES: dict[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "in_progress",
    410: "cursor_expired",
    413: "too_large",
    415: "unsupported_media_type",
    422: "idempotency_key_reused",
    426: "protocol_unsupported",
    429: "rate_limited",
    500: "internal",
    501: "not_implemented",
    502: "bad_gateway",
    503: "unavailable",
    504: "gateway_timeout",
}
RETRY_AFTER_STATUSES = frozenset({409, 429, 503})

DEFAULT_FAULT_ENDPOINTS = frozenset({"batches", "certificates"})


@dataclass
class Faults:
    """What the server does wrong, and the limits it announces and enforces."""

    fail_rates: dict[int, float] = field(default_factory=dict)  # status -> probability, per request
    fail_next: list[int] = field(default_factory=list)  # planned statuses for the next requests, in order
    retry_after: int = 1  # seconds, in Retry-After of 409/429/503
    drop_after_commit: float = 0.0  # probability: commit the batch, then close without answering
    drop_next_after_commit: int = 0  # the next N committed batches get no answer
    hold_after_commit: threading.Event | None = None  # after commit, wait for this before answering
    on_commit: Callable[[str], None] | None = None  # called with the batch_id right after commit
    delay: float = 0.0  # seconds to wait before any answer (after the commit, for posts)
    max_batch_items: int = 500
    max_batch_bytes: int = 1_048_576
    captive_portal: bool = False  # every request gets a 200 HTML login page
    redirect_to: str | None = None  # every API request gets a 302 to this URL
    protocol_version: int = 1  # the X-Station-Protocol version this server speaks
    clock_offset_seconds: float = 0.0  # the server's clock is this far ahead (negative: behind)
    # Which endpoints fail_rates / fail_next hit, by route name: ping, status, batches, volunteers,
    # certificates, verify (handlers.ROUTES).
    fail_endpoints: frozenset[str] = DEFAULT_FAULT_ENDPOINTS
    seed: int | None = None  # for repeatable random faults
    _rng: random.Random = field(init=False, repr=False, compare=False)
    _lock: threading.Lock = field(init=False, repr=False, compare=False, default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    def take_failure(self) -> int | None:
        """The status to answer this request with instead of processing it, or None."""
        with self._lock:
            if self.fail_next:
                return self.fail_next.pop(0)
            draw, total = self._rng.random(), 0.0
            for status, rate in sorted(self.fail_rates.items()):
                total += rate
                if draw < total:
                    return status
        return None

    def take_drop(self) -> bool:
        """Whether the answer to a just-committed batch is to be lost."""
        with self._lock:
            if self.drop_next_after_commit > 0:
                self.drop_next_after_commit -= 1
                return True
            return self.drop_after_commit > 0 and self._rng.random() < self.drop_after_commit
