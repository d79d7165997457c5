"""The reference city platform: a small server that implements docs/protocol.md exactly.

What it is for:

* **tests** of the app's sync (outbox, batches, roster pull, certificates), run
  in-process against a real HTTP server on loopback, with faults on demand;
* **demos**: ``station-app platform-server`` beside a demo station shows the whole
  round trip on one laptop;
* **district pilots**, before the city's own platform is ready: stations can sync
  to it, and its SQLite file (``platform.db``) holds what they sent.

It is deliberately no stricter and no more lenient than the contract, so a client
that works against it works against the city's platform. Standard library only
(plus python-stdnum for the GB 11643 check), its own sqlite3 connection (never the
app's peewee database), WAL with ``synchronous=FULL``: a 200 is only sent after the
batch's effects and its stored answer have committed in one transaction.

Use::

    from station_app.platform_server import PlatformServer, Faults
    with PlatformServer(tmp_path / "platform.db", stations={"BJ-CY-0001": ("朝西社区志愿服务站", "token")},
                        faults=Faults()) as srv:
        srv.url                  # http://127.0.0.1:PORT
        srv.faults.fail_next = [503]
        srv.store.records()

Fault options (fields of :class:`Faults`, and options of ``station-app platform-server``):

* ``fail_rates`` (``--fail STATUS=RATE``, repeatable): answer the batches or certificates
  endpoint with that status at that probability, before processing: 500 ``internal``,
  502/504, 503 ``unavailable`` and 429 ``rate_limited`` (these two with ``Retry-After:
  retry_after``), 413 ``too_large``... ``fail_next`` (``--fail-next STATUS``, repeatable):
  the same for the next requests, in order. Special values: 0 closes the connection
  unanswered, 1 answers 200 JSON with the wrong batch_id, 200 a captive-portal HTML page,
  302 a redirect to another host. ``fail_endpoints`` chooses which endpoints these hit.
* ``drop_after_commit`` (``--drop-after-commit RATE``) and ``drop_next_after_commit``:
  commit the batch, then close the connection without answering (a lost answer).
* ``hold_after_commit`` (a ``threading.Event``) and ``on_commit(batch_id)``: after the
  commit, call the hook and wait for the event before answering (a client killed while
  the platform has committed; meanwhile the same key gets 409 ``in_progress``).
* ``delay`` (``--delay SECONDS``): wait before every answer (read timeouts).
* ``max_batch_items`` / ``max_batch_bytes`` (``--max-batch-items``, ``--max-batch-bytes``):
  announced by the status endpoint and enforced with 413 ``too_large``.
* ``captive_portal`` (``--captive-portal``): every request gets a 200 ``text/html`` login page.
* ``redirect_to`` (``--redirect-to URL``): every API request gets a 302 to that URL.
* ``protocol_version`` (``--protocol-version``): other ``X-Station-Protocol`` values get 426.
* ``clock_offset_seconds`` (``--clock-offset``): skews ``Date`` and ``server_time``.
* ``seed`` (``--seed``): repeatable random faults.

Where docs/protocol.md leaves a choice, this server decides (and a client must not rely on it):
``X-Station-Protocol`` may be missing on ping and certificate verification (probes and
browsers), never on the station endpoints; ``limit`` defaults to 100 and a limit outside
1..500 is 400 ``bad_request``, not clamped; Idempotency-Keys are per station, and a key
reused on the other posting endpoint is 422; only 200 answers are stored for replay;
nullable fields may also be absent and unknown fields are ignored; a verification code
is compared ignoring case.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from station_app.platform_server.faults import CAPTIVE_PAGE, DROP_CONNECTION, REDIRECT, WRONG_ACK, Faults
    from station_app.platform_server.server import PlatformServer
    from station_app.platform_server.store import Store

# Loaded on first use: the command line imports this package's ``command`` module on every start
# (the window too), and the server's modules cost ~40 ms it should not pay for.
_EXPORTS = {"PlatformServer": "server", "Store": "store", "Faults": "faults", "DROP_CONNECTION": "faults",
            "WRONG_ACK": "faults", "CAPTIVE_PAGE": "faults", "REDIRECT": "faults"}
__all__ = list(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
