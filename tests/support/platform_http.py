"""Talking to the reference platform over HTTP the way the platform's tests do (Qt-free helpers).

One connection per request (as a client that survived a dropped connection would), and
the checks a client makes: status, JSON content type, error code, results per item.
"""

from __future__ import annotations

import http.client
import json
import uuid
from dataclasses import dataclass

from station_app.platform_server import PlatformServer
from support.core import make_id

STATION, STATION_NAME, TOKEN = "BJ-CY-0001", "朝西社区志愿服务站", "secret-token"
OTHER, OTHER_NAME, OTHER_TOKEN = "BJ-HD-0002", "海淀某社区志愿服务站", "other-token"
SENT_AT = "2026-11-22T18:00:05+08:00"
ZHANG = make_id("110105", "19800101", 123)
LI = make_id("110105", "19900202", 246)
WANG = make_id("110108", "19750315", 11)
HMT = make_id("810000", "19850505", 12)


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self):
        assert self.headers.get("content-type") == "application/json", self.headers
        return json.loads(self.body)

    def error_code(self) -> str:
        doc = self.json()
        assert set(doc) == {"error"} and doc["error"]["message"], doc
        return doc["error"]["code"]


def call(srv: PlatformServer, method: str, path: str, body: bytes | None = None, headers: dict | None = None,
         timeout: float = 10) -> Reply:
    conn = http.client.HTTPConnection(srv.host, srv.port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        data = resp.read()
        return Reply(resp.status, {k.lower(): v for k, v in resp.getheaders()}, data)
    finally:
        conn.close()


def auth(token: str = TOKEN, **extra) -> dict:
    return {"Authorization": f"Bearer {token}", "X-Station-Protocol": "1", **extra}


def new_id() -> str:
    return str(uuid.uuid4())


def person(id_number: str = ZHANG, name: str = "张三", platform_id: str | None = None, id_type: str = "CN_RIC") -> dict:
    return {"platform_id": platform_id, "name": name, "id_type": id_type, "id_number": id_number,
            "phone": "13800138000"}


def record(volunteer: dict | None = None, start: str = "2026-11-22T07:00:00+08:00",
           end: str = "2026-11-22T09:00:00+08:00", minutes: int = 120, **changes) -> dict:
    rec = {"record_id": new_id(), "volunteer": volunteer or person(),
           "post": {"code": "P-GARBAGE-01", "name": "垃圾分类桶前值守", "category": "环境保护"},
           "place": "朝西社区3号楼垃圾站", "started_at": start, "ended_at": end, "minutes": minutes,
           "people_served": 35, "content": "指导居民垃圾分类投放", "source": "kiosk", "recorded_by": "王站长",
           "approved_by": "王站长", "approved_at": "2026-11-22T17:40:00+08:00", "corrects": None}
    rec.update(changes)
    return rec


def add(rec: dict, op_id: str | None = None) -> dict:
    return {"op_id": op_id or new_id(), "op": "add", "record": rec}


def void(record_id: str, op_id: str | None = None) -> dict:
    return {"op_id": op_id or new_id(), "op": "void", "record_id": record_id, "reason": "录入错误"}


def batch(items: list[dict], batch_id: str | None = None, sent_at: str = SENT_AT) -> dict:
    return {"batch_id": batch_id or new_id(), "device_id": "b1f0c3a2-0d7e-4c55-9a53-0f1e2d3c4b5a",
            "sent_at": sent_at, "items": items}


def encode(doc: dict) -> bytes:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def post(srv, doc: dict | None = None, body: bytes | None = None, key: str | None = None, token: str = TOKEN,
         station: str = STATION, endpoint: str = "batches", **headers) -> Reply:
    body = encode(doc) if body is None else body
    key = key if key is not None else (doc or {}).get("batch_id", "")
    hdrs = auth(token, **{"Content-Type": "application/json", "Idempotency-Key": key})
    hdrs.update(headers)
    return call(srv, "POST", f"/api/v1/stations/{station}/{endpoint}", body, hdrs)


def results(reply: Reply) -> list[dict]:
    assert reply.status == 200, reply.body
    return reply.json()["results"]


def _pull(srv, cursor=None, limit=None, token=TOKEN, station=STATION) -> Reply:
    query = "&".join(f"{k}={v}" for k, v in (("cursor", cursor), ("limit", limit)) if v is not None)
    return call(srv, "GET", f"/api/v1/stations/{station}/volunteers" + (f"?{query}" if query else ""),
                headers=auth(token))


def certificate(serial: str = "BJ-CY-0001-2026-000042", status: str = "issued", **changes) -> dict:
    item = {"op_id": new_id(), "serial": serial, "status": status, "volunteer": person(),
            "total_minutes": 7260, "period_start": "2026-01-01", "period_end": "2026-11-22",
            "issued_at": "2026-11-22T10:00:00+08:00", "verification_code": "K7Q2-9MZD"}
    item.update(changes)
    return item


def post_certificates(srv, items, token=TOKEN, station=STATION) -> Reply:
    return post(srv, {"batch_id": new_id(), "items": items}, token=token, station=station, endpoint="certificates")
