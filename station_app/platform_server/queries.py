"""What the platform holds, as plain dicts: for tests to assert on, and for a demo to show.

Read-only; mixed into :class:`~station_app.platform_server.store.Store`
(``srv.store.records()`` and so on).
"""

from __future__ import annotations

import json
from typing import Any

from station_app.platform_server.database import Row
from station_app.platform_server.schema import insertion_order


class StoreQueries:
    db: Any  # provided by Store

    def _rows(self, sql: str, params: tuple = ()) -> list[Row]:  # provided by Store
        raise NotImplementedError

    def _order(self) -> str:
        return insertion_order(self.db)

    def records(self, station_code: str | None = None) -> list[dict]:
        """Accepted, not voided service records, oldest start first.

        Keys: record_id, station_code, op_id, platform_id (also as volunteer_platform_id), name, id_type,
        id_number, started_at, ended_at, minutes, source, corrects, accepted_at, and ``record``: the
        record object as the station sent it.
        """
        sql = "SELECT * FROM records WHERE voided = 0 AND kind = 'service'" + (
            " AND station_code = ?" if station_code else "")
        rows = self._rows(sql + " ORDER BY start_ts, record_id", (station_code,) if station_code else ())
        out = []
        for r in rows:
            record = json.loads(r["item"])
            who = record["volunteer"]
            out.append({"record_id": r["record_id"], "station_code": r["station_code"], "op_id": r["op_id"],
                        "platform_id": r["platform_id"], "volunteer_platform_id": r["platform_id"],
                        "name": who["name"], "id_type": who["id_type"], "id_number": who["id_number"],
                        "started_at": record["started_at"], "ended_at": record["ended_at"],
                        "minutes": r["minutes"], "source": record["source"], "corrects": record.get("corrects"),
                        "accepted_at": r["accepted_at"], "record": record})
        return out

    def records_of_kind(self, kind: str, station_code: str | None = None, include_voided: bool = False) -> list[dict]:
        """Records of one kind (service, training, award, evaluation): record_id, station_code, op_id,
        platform_id, minutes, voided, and ``record`` as the station sent it; in acceptance order."""
        sql = "SELECT * FROM records WHERE kind = ?" + ("" if include_voided else " AND voided = 0") + (
            " AND station_code = ?" if station_code else "")
        rows = self._rows(sql + " ORDER BY accepted_at, record_id", (kind, station_code) if station_code else (kind,))
        return [{"record_id": r["record_id"], "station_code": r["station_code"], "op_id": r["op_id"],
                 "platform_id": r["platform_id"], "minutes": r["minutes"], "voided": bool(r["voided"]),
                 "record": json.loads(r["item"])} for r in rows]

    def voided_record_ids(self, station_code: str | None = None) -> list[str]:
        sql = "SELECT record_id FROM records WHERE voided = 1" + (" AND station_code = ?" if station_code else "")
        return [r[0] for r in self._rows(sql + " ORDER BY voided_at, record_id",
                                         (station_code,) if station_code else ())]

    def all_ops(self) -> list[dict]:
        """Every applied operation, in the order applied: op_id, station_code, endpoint, batch_id, item."""
        return [{"op_id": r["op_id"], "station_code": r["station_code"], "endpoint": r["endpoint"],
                 "batch_id": r["batch_id"], "item": json.loads(r["item"]), "applied_at": r["applied_at"]}
                for r in self._rows(f"SELECT * FROM ops ORDER BY {self._order()}")]

    def count_ops(self) -> int:
        return self._rows("SELECT COUNT(*) FROM ops")[0][0]

    def count_records(self, include_voided: bool = False) -> int:
        return self._rows("SELECT COUNT(*) FROM records WHERE kind = 'service'"
                          + ("" if include_voided else " AND voided = 0"))[0][0]

    def stored_batch_ids(self, station_code: str | None = None) -> list[str]:
        """Idempotency keys with a stored answer (batches and certificate batches), oldest first."""
        sql = "SELECT key FROM idempotency WHERE state <> 'processing'" + (" AND station_code = ?" if station_code else "")
        return [r[0] for r in self._rows(sql + f" ORDER BY {self._order()}", (station_code,) if station_code else ())]

    def certificates(self) -> list[dict]:
        """Registered certificates: serial, station_code, status, volunteer_name (unmasked), total_minutes,
        period_start, period_end, issued_at, verification_code."""
        return [{k: r[k] for k in ("serial", "station_code", "status", "volunteer_name", "total_minutes",
                                   "period_start", "period_end", "issued_at", "verification_code")}
                for r in self._rows("SELECT * FROM certificates ORDER BY serial")]

    def volunteers(self) -> list[dict]:
        """Every volunteer the platform knows, in creation order, with the roster feed's fields."""
        return [{k: r[k] for k in ("platform_id", "name", "id_type", "id_number", "phone", "gender", "status",
                                   "updated_at")}
                for r in self._rows("SELECT * FROM volunteers ORDER BY seq")]

    def roster_changes(self, station_code: str) -> list[dict]:
        """The station's whole feed as it stands (what pulling from the start would give)."""
        return [json.loads(r[0]) for r in self._rows(
            "SELECT item FROM roster_changes WHERE station_code = ? ORDER BY seq", (station_code,))]
