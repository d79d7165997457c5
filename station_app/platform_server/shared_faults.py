"""Fault injection that every worker process sees: the plan lives in the database (table ``fault_plan``).

With gunicorn's several worker processes an in-memory :class:`~faults.Faults`
would be one copy per worker: a planned 503 would be answered once per worker,
and a test could not change a fault mid-run. :class:`SharedFaults` reads the
plan from the database at the start of each request and takes planned
failures (``fail_next``, ``drop_next_after_commit``) in a transaction, so one
planned fault is used exactly once whichever worker answers. A test process
sets a field (``faults.fail_next = [503]``) and the running server follows.

The in-process hooks (``hold_after_commit``, ``on_commit``) cannot cross a
process boundary and are always None here.
"""

from __future__ import annotations

import json
import os
import random
from dataclasses import fields
from typing import Any

from station_app.platform_server.faults import Faults, draw_failure
from station_app.platform_server.store import Store

SHARED_FIELDS = tuple(f.name for f in fields(Faults) if not f.name.startswith("_")
                      and f.name not in ("hold_after_commit", "on_commit"))
_DEFAULTS = Faults()


def _encode(name: str, value: Any) -> str:
    if name == "fail_rates":
        value = {str(k): v for k, v in value.items()}
    elif name == "fail_endpoints":
        value = sorted(value)
    return json.dumps(value)


def _decode(name: str, text: str) -> Any:
    value = json.loads(text)
    if name == "fail_rates":
        return {int(k): float(v) for k, v in value.items()}
    if name == "fail_endpoints":
        return frozenset(value)
    return value


class SharedFaults:
    hold_after_commit = None
    on_commit = None

    def __init__(self, store: Store) -> None:
        object.__setattr__(self, "_store", store)
        object.__setattr__(self, "_plan", {})
        object.__setattr__(self, "_rng", random.Random())

    def refresh(self) -> None:
        """Read the plan once per request (a handful of rows)."""
        rows = self._store.db.read(lambda tx: tx.all("SELECT name, value FROM fault_plan"))
        plan = {r["name"]: _decode(r["name"], r["value"]) for r in rows if r["name"] in SHARED_FIELDS}
        object.__setattr__(self, "_plan", plan)
        seed = plan.get("seed")
        if seed is not None and self._rng is not None and getattr(self, "_seeded", None) != seed:
            object.__setattr__(self, "_rng", random.Random(seed * 7919 + os.getpid()))
            object.__setattr__(self, "_seeded", seed)

    def __getattr__(self, name: str) -> Any:
        if name in SHARED_FIELDS:
            return self._plan.get(name, getattr(_DEFAULTS, name))
        raise AttributeError(name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name not in SHARED_FIELDS:
            raise AttributeError(f"{name} cannot be shared between worker processes")
        self.set_many({name: value})

    def set_many(self, values: dict[str, Any]) -> None:
        def work(tx: Any) -> None:
            for name, value in values.items():
                tx.execute("INSERT INTO fault_plan (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE"
                           " SET value = excluded.value", (name, _encode(name, value)))

        self._store.db.run(work)
        self._plan.update(values)

    def load(self, faults: Faults) -> None:
        """Write a whole :class:`Faults` as the plan (a server started with fault options)."""
        self.set_many({name: getattr(faults, name) for name in SHARED_FIELDS})

    def holds_answers(self) -> bool:
        return self.delay > 0

    def _pop(self, name: str, take: Any) -> Any:
        def work(tx: Any) -> Any:
            tx.lock("fault_plan")
            text = tx.scalar("SELECT value FROM fault_plan WHERE name = ?", (name,))
            value = _decode(name, text) if text is not None else getattr(_DEFAULTS, name)
            taken, rest = take(value)
            if rest != value:
                tx.execute("UPDATE fault_plan SET value = ? WHERE name = ?", (_encode(name, rest), name))
            return taken

        return self._store.db.run(work)

    def take_failure(self) -> int | None:
        if self._plan.get("fail_next"):
            planned = self._pop("fail_next", lambda plan: (plan[0], plan[1:]) if plan else (None, plan))
            if planned is not None:
                return planned
        return draw_failure(self._rng, self.fail_rates)

    def take_drop(self) -> bool:
        if self._plan.get("drop_next_after_commit"):
            if self._pop("drop_next_after_commit", lambda n: (True, n - 1) if n > 0 else (False, n)):
                return True
        rate = self.drop_after_commit
        return rate > 0 and self._rng.random() < rate
