"""The reference platform answers as docs/protocol.md says, including when told to misbehave.

Each test runs a real PlatformServer on loopback and talks to it over HTTP with
the standard library's http.client (one connection per request, as a client
that survived a dropped connection would), checking what a client checks:
status, JSON content type, error code, results per item, stored answers.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import http.client
import json
import os
import re
import socket
import subprocess
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from station_app.platform_server import CAPTIVE_PAGE, DROP_CONNECTION, WRONG_ACK, Faults, PlatformServer
from support.core import PYTHON, REPO, make_id

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


@pytest.fixture(autouse=True)
def no_threads_left():
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 3
    while set(threading.enumerate()) - before and time.monotonic() < deadline:
        time.sleep(0.02)
    assert set(threading.enumerate()) - before == set()


@pytest.fixture
def srv(tmp_path):
    with PlatformServer(tmp_path / "platform.db", stations={STATION: (STATION_NAME, TOKEN),
                                                              OTHER: (OTHER_NAME, OTHER_TOKEN)}) as server:
        yield server


def test_ping_needs_no_token_and_every_answer_has_a_date(srv):
    reply = call(srv, "GET", "/api/v1/ping", headers={"X-Station-Protocol": "1"})
    assert reply.status == 200
    doc = reply.json()
    assert doc["api_version"] == 1
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00", doc["server_time"])
    date = email.utils.parsedate_to_datetime(reply.headers["date"])
    assert abs((date - dt.datetime.now(dt.UTC)).total_seconds()) < 5
    assert call(srv, "GET", "/api/v1/ping").status == 200  # no protocol header: monitoring probes
    wrong = call(srv, "GET", "/api/v1/ping", headers={"X-Station-Protocol": "2"})
    assert (wrong.status, wrong.error_code()) == (426, "protocol_unsupported")
    assert "date" in wrong.headers


def test_clock_offset_skews_date_header_and_server_time(tmp_path):
    with PlatformServer(tmp_path / "p.db", faults=Faults(clock_offset_seconds=3600)) as server:
        reply = call(server, "GET", "/api/v1/ping")
    date = email.utils.parsedate_to_datetime(reply.headers["date"])
    assert 3590 < (date - dt.datetime.now(dt.UTC)).total_seconds() < 3610
    server_time = dt.datetime.fromisoformat(reply.json()["server_time"])
    assert 3590 < (server_time - dt.datetime.now(dt.UTC)).total_seconds() < 3610


def test_status_reports_the_limits_it_enforces(srv):
    srv.faults.max_batch_items, srv.faults.max_batch_bytes = 2, 4000
    reply = call(srv, "GET", f"/api/v1/stations/{STATION}/status", headers=auth())
    doc = reply.json()
    assert reply.status == 200
    assert doc["station_code"] == STATION and doc["station_name"] == STATION_NAME
    assert (doc["max_batch_items"], doc["max_batch_bytes"]) == (2, 4000)
    dt.datetime.fromisoformat(doc["server_time"])
    too_many = post(srv, batch([add(record(start=f"2026-11-2{d}T07:00:00+08:00", end=f"2026-11-2{d}T08:00:00+08:00",
                                           minutes=60)) for d in range(3)]))
    assert (too_many.status, too_many.error_code()) == (413, "too_large")
    big = post(srv, batch([add(record(content="长" * 1500))]))
    assert (big.status, big.error_code()) == (413, "too_large")
    assert srv.store.count_ops() == 0
    split = post(srv, batch([add(record())]))  # split and sent under a new id: accepted
    assert results(split)[0]["status"] == "accepted"


def _bad_requests() -> tuple[list[tuple[str, dict, int, str]], dict]:
    good = batch([add(record())])
    key = good["batch_id"]
    return [
        ("no token", {"headers": {"X-Station-Protocol": "1", "Content-Type": "application/json",
                                  "Idempotency-Key": key}}, 401, "unauthorized"),
        ("unknown token", {"token": "nope"}, 401, "unauthorized"),
        ("other station's token", {"token": OTHER_TOKEN}, 403, "forbidden"),
        ("no protocol header", {"drop_protocol": True}, 426, "protocol_unsupported"),
        ("protocol 2", {"extra": {"X-Station-Protocol": "2"}}, 426, "protocol_unsupported"),
        ("text/plain", {"extra": {"Content-Type": "text/plain"}}, 415, "unsupported_media_type"),
        ("not JSON", {"body": b"{not json"}, 400, "bad_request"),
        ("no Idempotency-Key", {"key": ""}, 400, "bad_request"),
        ("batch_id differs from key", {"key": new_id()}, 400, "bad_request"),
        ("items not a list", {"doc": {**good, "items": {"0": good["items"][0]}}}, 400, "bad_request"),
        ("no batch_id", {"doc": {k: v for k, v in good.items() if k != "batch_id"}}, 400, "bad_request"),
        ("no sent_at", {"doc": {k: v for k, v in good.items() if k != "sent_at"}}, 400, "bad_request"),
        ("item without op_id", {"doc": {**good, "items": [{"op": "add", "record": record()}]}}, 400, "bad_request"),
        ("upper-case batch_id", {"doc": {**good, "batch_id": key.upper()}, "key": key.upper()}, 400, "bad_request"),
    ], good


@pytest.mark.parametrize("case", range(14))
def test_refused_requests_answer_a_json_error_and_apply_nothing(srv, case):
    cases, good = _bad_requests()
    _name, spec, status, code = cases[case]
    doc = spec.get("doc", good)
    body = spec.get("body", encode(doc))
    headers = auth(spec.get("token", TOKEN), **{"Content-Type": "application/json",
                                               "Idempotency-Key": spec.get("key", good["batch_id"])})
    headers = spec.get("headers", headers)
    if spec.get("drop_protocol"):
        del headers["X-Station-Protocol"]
    headers.update(spec.get("extra", {}))
    reply = call(srv, "POST", f"/api/v1/stations/{STATION}/batches", body, headers)
    assert (reply.status, reply.error_code()) == (status, code)
    assert "date" in reply.headers
    assert srv.store.count_ops() == 0 and srv.store.stored_batch_ids() == []


def test_revoked_token_is_refused_everywhere(srv):
    srv.add_station(STATION, STATION_NAME, "second-token")
    srv.revoke_token(TOKEN)
    for method, path in (("GET", "status"), ("GET", "volunteers"), ("POST", "batches")):
        reply = call(srv, method, f"/api/v1/stations/{STATION}/{path}", b"{}" if method == "POST" else None,
                     auth(TOKEN, **{"Content-Type": "application/json", "Idempotency-Key": new_id()}))
        assert (reply.status, reply.error_code()) == (401, "unauthorized")
    assert call(srv, "GET", f"/api/v1/stations/{STATION}/status", headers=auth("second-token")).status == 200


def test_unknown_route_404_wrong_method_405_and_garbage_request_are_json(srv):
    reply = call(srv, "GET", "/api/v1/stations/BJ-CY-0001/nothing", headers=auth())
    assert (reply.status, reply.error_code()) == (404, "not_found")
    reply = call(srv, "GET", f"/api/v1/stations/{STATION}/batches", headers=auth())
    assert (reply.status, reply.error_code()) == (405, "method_not_allowed")
    assert reply.headers["allow"] == "POST"
    with socket.create_connection((srv.host, srv.port), timeout=5) as sock:
        sock.sendall(b"GARBAGE\r\n\r\n")
        raw = sock.makefile("rb").read()
    head, _, body = raw.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400") and b"Content-Type: application/json" in head
    assert json.loads(body)["error"]["code"] == "bad_request"


def test_unexpected_exception_is_a_json_500_not_a_traceback(srv, monkeypatch, capsys):
    def boom(_code):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(srv.store, "station_name", boom)
    reply = call(srv, "GET", f"/api/v1/stations/{STATION}/status", headers=auth())
    assert (reply.status, reply.error_code()) == (500, "internal")
    assert b"disk on fire" not in reply.body and b"Traceback" not in reply.body
    assert "disk on fire" in capsys.readouterr().err


def test_accepted_duplicate_and_conflict(srv):
    rec = record()
    item = add(rec)
    first = results(post(srv, batch([item])))
    platform_id = first[0]["volunteer_platform_id"]
    assert first == [{"op_id": item["op_id"], "status": "accepted", "volunteer_platform_id": platform_id}]
    assert re.fullmatch(r"BJ\d{4}\d{6}", platform_id)
    changed = add({**rec, "minutes": 90}, op_id=item["op_id"])
    same_record_new_op = add(rec)
    again = results(post(srv, batch([item, changed, same_record_new_op])))
    assert again[0] == {"op_id": item["op_id"], "status": "duplicate"}
    assert (again[1]["status"], again[1]["code"]) == ("rejected", "conflict")
    assert (again[2]["status"], again[2]["code"]) == ("rejected", "conflict")
    assert "record_id" in again[2]["message"]
    held = srv.store.records()
    assert [(r["record_id"], r["minutes"], r["op_id"]) for r in held] == [(rec["record_id"], 120, item["op_id"])]
    assert held[0]["platform_id"] == first[0]["volunteer_platform_id"] and held[0]["id_number"] == ZHANG


def test_each_item_is_judged_alone_with_the_right_code(srv):
    results(post(srv, batch([add(record())])))  # 张三 07:00-09:00 held
    cases = [
        ("overlap", record(start="2026-11-22T08:30:00+08:00", end="2026-11-22T10:00:00+08:00", minutes=90)),
        ("too_long", record(volunteer=person(LI, "李四"), start="2026-11-20T00:00:00+08:00",
                            end="2026-11-21T12:00:00+08:00", minutes=1500)),
        ("too_long", record(volunteer=person(LI, "李四"), minutes=121)),
        ("future", record(volunteer=person(LI, "李四"), start="2026-11-22T17:00:00+08:00",
                          end="2026-11-22T18:06:00+08:00", minutes=60)),
        ("bad_id_number", record(volunteer=person(ZHANG[:-1] + ("0" if ZHANG[-1] != "0" else "1")))),
        ("bad_id_number", record(volunteer=person(ZHANG, id_type="HMT_RP"))),
        ("invalid", record(volunteer=person(LI, "李四"), source="phone")),
        ("invalid", record(volunteer=person(LI, "李四"), started_at="2026-11-22 07:00:00")),
        ("invalid", record(volunteer=person(LI, "李四"), start="2026-11-22T09:00:00+08:00", minutes=0)),
        ("invalid", record(volunteer={**person(LI, "李四"), "phone": "010-8555"})),
        ("invalid", record(volunteer=person(LI, "李四"), record_id=new_id().upper())),
    ]
    items = [add(rec) for _code, rec in cases]
    items.insert(3, void(new_id()))  # a void of a record the platform does not hold
    items.append({"op_id": new_id(), "op": "merge", "record_id": new_id()})
    items.append(add(record(volunteer=person(WANG, "王五"))))  # a good item after all the bad ones
    got = results(post(srv, batch(items)))
    assert [r["op_id"] for r in got] == [i["op_id"] for i in items]
    expected = [code for code, _ in cases]
    expected.insert(3, "unknown_record")
    assert [r.get("code") for r in got[:-2]] == expected
    assert all(r["status"] == "rejected" and r["message"] for r in got[:-1])
    assert got[-2]["code"] == "invalid" and got[-1]["status"] == "accepted"
    invalid_messages = [r["message"] for r in got if r.get("code") == "invalid"]
    for field in ("record.source", "record.started_at", "record.ended_at", "record.volunteer.phone",
                  "record.record_id", "op"):
        assert any(m.startswith(field) for m in invalid_messages), (field, invalid_messages)
    assert sorted(r["name"] for r in srv.store.records()) == ["张三", "王五"]


def test_a_volunteer_number_this_platform_never_issued_is_kept_for_a_new_volunteer(srv):
    """A pilot next to the real platform: stations send numbers the reference server did not issue."""
    got = results(post(srv, batch([add(record(volunteer=person(LI, "李四", platform_id="BJ2099999999")))])))
    assert got[0]["status"] == "accepted" and got[0]["volunteer_platform_id"] == "BJ2099999999"
    # the same person later sent without the number is the same volunteer
    again = results(post(srv, batch([add(record(volunteer=person(LI, "李四"), start="2026-11-21T07:00:00+08:00",
                                                 end="2026-11-21T08:00:00+08:00", minutes=60))])))
    assert again[0]["volunteer_platform_id"] == "BJ2099999999"


def test_hmt_residence_permit_is_checked_with_gb11643(srv):
    ok = record(volunteer=person(HMT, "陈大文", id_type="HMT_RP"))
    got = results(post(srv, batch([add(ok)])))
    assert got[0]["status"] == "accepted"


def test_void_then_corrected_add_in_one_batch(srv):
    original = record()
    results(post(srv, batch([add(original)])))
    corrected = record(start="2026-11-22T07:30:00+08:00", minutes=90, corrects=original["record_id"])
    without_void = results(post(srv, batch([add(corrected)])))
    assert without_void[0]["code"] == "overlap"  # the original still counts until it is voided
    got = results(post(srv, batch([void(original["record_id"]), add(corrected)])))
    assert [r["status"] for r in got] == ["accepted", "accepted"]
    assert [r["record_id"] for r in srv.store.records()] == [corrected["record_id"]]
    assert srv.store.voided_record_ids() == [original["record_id"]]
    other_station = call(srv, "POST", f"/api/v1/stations/{OTHER}/batches", encode(doc := batch([
        void(corrected["record_id"])])), auth(OTHER_TOKEN, **{"Content-Type": "application/json",
                                                               "Idempotency-Key": doc["batch_id"]}))
    assert results(other_station)[0]["code"] == "unknown_record"  # a station voids only its own records


def test_volunteer_matched_by_platform_id_else_by_id_number(srv):
    first = results(post(srv, batch([add(record())])))[0]["volunteer_platform_id"]
    by_number = record(start="2026-11-23T07:00:00+08:00", end="2026-11-23T08:00:00+08:00", minutes=60)
    by_platform_id = record(volunteer=person("X1234567", "张三", platform_id=first, id_type="PASSPORT"),
                            start="2026-11-24T07:00:00+08:00", end="2026-11-24T08:00:00+08:00", minutes=60)
    newcomer = record(volunteer=person(LI, "李四"))
    got = results(post(srv, batch([add(by_number), add(by_platform_id), add(newcomer)],
                                  sent_at="2026-11-24T18:00:00+08:00")))
    assert [r["volunteer_platform_id"] for r in got[:2]] == [first, first]
    assert got[2]["volunteer_platform_id"] != first
    assert [v["platform_id"] for v in srv.store.volunteers()] == [first, got[2]["volunteer_platform_id"]]


def test_replay_returns_the_stored_bytes_and_a_different_body_is_422(srv):
    doc = batch([add(record())])
    first = post(srv, doc)
    assert first.status == 200 and "idempotent-replayed" not in first.headers
    second = post(srv, doc)
    assert second.status == 200 and second.headers["idempotent-replayed"] == "true"
    assert second.body == first.body
    assert results(second)[0]["status"] == "accepted"  # the first answer, not "duplicate"
    reused = post(srv, {**doc, "items": [add(record(volunteer=person(LI, "李四")))]})
    assert (reused.status, reused.error_code()) == (422, "idempotency_key_reused")
    reordered = post(srv, body=json.dumps(doc, ensure_ascii=False).encode(), key=doc["batch_id"])
    assert reordered.status == 422  # not byte-identical
    assert srv.store.count_ops() == 1


def test_same_key_while_first_is_still_answering_gets_409(srv):
    committed, hold = threading.Event(), threading.Event()
    srv.faults.hold_after_commit = hold
    srv.faults.on_commit = lambda batch_id: committed.set()
    doc = batch([add(record())])
    first: list[Reply] = []
    sender = threading.Thread(target=lambda: first.append(post(srv, doc)))
    sender.start()
    try:
        assert committed.wait(5)
        assert srv.store.count_records() == 1  # committed before answering
        busy = post(srv, doc)
        assert (busy.status, busy.error_code()) == (409, "in_progress")
        assert busy.headers["retry-after"] == "1"
    finally:
        hold.set()
        sender.join(5)
    assert results(first[0])[0]["status"] == "accepted"
    assert post(srv, doc).body == first[0].body


def test_fail_next_answers_planned_statuses_before_processing(srv):
    srv.faults.fail_next = [503, 429, 500, 502, 504, 413]
    srv.faults.retry_after = 7
    doc = batch([add(record())])
    seen = []
    for _ in range(6):
        reply = post(srv, doc)
        seen.append((reply.status, reply.error_code(), reply.headers.get("retry-after")))
    assert seen == [(503, "unavailable", "7"), (429, "rate_limited", "7"), (500, "internal", None),
                    (502, "bad_gateway", None), (504, "gateway_timeout", None), (413, "too_large", None)]
    assert srv.store.count_ops() == 0
    assert call(srv, "GET", f"/api/v1/stations/{STATION}/status", headers=auth()).status == 200  # not hit
    assert results(post(srv, doc))[0]["status"] == "accepted"


def test_fail_next_special_values(srv):
    srv.faults.fail_next = [DROP_CONNECTION, CAPTIVE_PAGE, WRONG_ACK]
    doc = batch([add(record())])
    with pytest.raises((http.client.RemoteDisconnected, ConnectionError)):
        post(srv, doc)
    portal = post(srv, doc)
    assert portal.status == 200 and portal.headers["content-type"].startswith("text/html")
    wrong = post(srv, doc)
    assert wrong.status == 200 and wrong.json()["batch_id"] != doc["batch_id"] and wrong.json()["results"] == []
    assert srv.store.count_ops() == 0


def test_fail_rates_are_random_but_repeatable(tmp_path):
    outcomes = []
    for run in range(2):
        faults = Faults(fail_rates={503: 0.3, 500: 0.2}, seed=42)
        with PlatformServer(tmp_path / f"p{run}.db", stations={STATION: (STATION_NAME, TOKEN)},
                            faults=faults) as server:
            outcomes.append([post(server, batch([])).status for _ in range(30)])
            assert call(server, "GET", "/api/v1/ping").status == 200
    assert outcomes[0] == outcomes[1]
    assert set(outcomes[0]) == {200, 500, 503}


def test_lost_answer_after_commit_then_resend_gets_the_stored_answer(srv):
    srv.faults.drop_next_after_commit = 1
    doc = batch([add(record())])
    with pytest.raises((http.client.RemoteDisconnected, ConnectionError)):
        post(srv, doc)
    assert srv.store.count_records() == 1  # committed although nobody heard the answer
    again = post(srv, doc)
    assert again.headers["idempotent-replayed"] == "true"
    assert results(again)[0]["status"] == "accepted"
    path = f"/api/v1/stations/{STATION}/batches"
    assert srv.requests_seen == [("POST", path, doc["batch_id"], encode(doc))] * 2


def test_read_timeout_after_commit_then_resend_is_replayed(srv):
    srv.faults.delay = 0.5
    doc = batch([add(record())])
    with pytest.raises(TimeoutError):
        call(srv, "POST", f"/api/v1/stations/{STATION}/batches", encode(doc),
             auth(**{"Content-Type": "application/json", "Idempotency-Key": doc["batch_id"]}), timeout=0.15)
    busy = post(srv, doc)  # the first is still waiting to answer
    assert busy.status in (409, 200)
    srv.faults.delay = 0
    time.sleep(0.5)
    assert results(post(srv, doc))[0]["status"] == "accepted"
    assert srv.store.count_records() == 1


def test_captive_portal_and_redirect_are_not_json(srv):
    srv.faults.captive_portal = True
    for path in ("/api/v1/ping", f"/api/v1/stations/{STATION}/status"):
        reply = call(srv, "GET", path, headers=auth())
        assert reply.status == 200 and reply.headers["content-type"].startswith("text/html")
        assert b"<html" in reply.body
    srv.faults.captive_portal = False
    srv.faults.redirect_to = "http://login.example.net/portal"
    doc = batch([add(record())])
    reply = post(srv, doc)
    assert reply.status == 302 and reply.headers["location"] == "http://login.example.net/portal"
    assert srv.store.count_ops() == 0


def _pull(srv, cursor=None, limit=None, token=TOKEN, station=STATION) -> Reply:
    query = "&".join(f"{k}={v}" for k, v in (("cursor", cursor), ("limit", limit)) if v is not None)
    return call(srv, "GET", f"/api/v1/stations/{station}/volunteers" + (f"?{query}" if query else ""),
                headers=auth(token))


def test_roster_feed_pages_tombstones_and_expired_cursors(srv):
    numbers = [make_id("110105", f"1980010{d}", 100 + d) for d in range(1, 6)]
    ids = [srv.store.upsert_volunteer(STATION, None, f"志愿者{i}", "CN_RIC", n, "13900000000", "M")
           for i, n in enumerate(numbers)]
    pages, cursor = [], None
    while True:
        doc = _pull(srv, cursor, 2).json()
        pages.append([i["platform_id"] for i in doc["items"]])
        cursor = doc["next_cursor"]
        if not doc["has_more"]:
            break
    assert pages == [ids[:2], ids[2:4], ids[4:]]
    item = _pull(srv, limit=1).json()["items"][0]
    assert set(item) == {"platform_id", "name", "id_type", "id_number", "phone", "gender", "status", "updated_at"}
    assert _pull(srv, cursor, 2).json() == {"items": [], "next_cursor": cursor, "has_more": False}
    srv.store.upsert_volunteer(STATION, ids[1], "志愿者1", "CN_RIC", numbers[1], None, "M", status="deleted")
    news = _pull(srv, cursor, 2).json()
    assert [(i["platform_id"], i["status"]) for i in news["items"]] == [(ids[1], "deleted")]
    assert (_pull(srv, limit=501).status, _pull(srv, limit=501).error_code()) == (400, "bad_request")
    assert _pull(srv, cursor="not-a-cursor!").error_code() == "bad_request"
    srv.store.expire_cursors()
    expired = _pull(srv, news["next_cursor"], 2)
    assert (expired.status, expired.error_code()) == (410, "cursor_expired")
    fresh = _pull(srv, limit=500).json()
    assert sorted((i["platform_id"], i["status"]) for i in fresh["items"]) == sorted(
        [(p, "deleted" if p == ids[1] else "active") for p in ids])  # compacted: latest state once each
    assert _pull(srv, fresh["next_cursor"]).json()["items"] == []


def test_roster_feed_shows_a_station_only_its_volunteers(srv):
    got = results(post(srv, batch([add(record())])))
    mine = _pull(srv).json()["items"]
    assert [i["platform_id"] for i in mine] == [got[0]["volunteer_platform_id"]]
    assert mine[0]["name"] == "张三" and mine[0]["gender"] == "M"
    assert _pull(srv, token=OTHER_TOKEN, station=OTHER).json()["items"] == []
    assert _pull(srv, token=OTHER_TOKEN, station=STATION).status == 403


def certificate(serial: str = "BJ-CY-0001-2026-000042", status: str = "issued", **changes) -> dict:
    item = {"op_id": new_id(), "serial": serial, "status": status, "volunteer": person(),
            "total_minutes": 7260, "period_start": "2026-01-01", "period_end": "2026-11-22",
            "issued_at": "2026-11-22T10:00:00+08:00", "verification_code": "K7Q2-9MZD"}
    item.update(changes)
    return item


def post_certificates(srv, items, token=TOKEN, station=STATION) -> Reply:
    return post(srv, {"batch_id": new_id(), "items": items}, token=token, station=station, endpoint="certificates")


def test_certificates_register_verify_and_revoke(srv):
    issued = certificate()
    assert results(post_certificates(srv, [issued]))[0]["status"] == "accepted"
    page = call(srv, "GET", "/api/v1/certificates/BJ-CY-0001-2026-000042?code=K7Q2-9MZD")
    assert page.status == 200
    assert page.json() == {"serial": "BJ-CY-0001-2026-000042", "status": "issued", "station_name": STATION_NAME,
                           "volunteer_name": "张*", "total_minutes": 7260, "period_start": "2026-01-01",
                           "period_end": "2026-11-22", "issued_at": "2026-11-22T10:00:00+08:00"}
    for query in ("?code=AAAA-BBBB", ""):
        wrong = call(srv, "GET", "/api/v1/certificates/BJ-CY-0001-2026-000042" + query)
        assert (wrong.status, wrong.error_code()) == (404, "not_found")
    assert call(srv, "GET", "/api/v1/certificates/NOPE-1?code=K7Q2-9MZD").status == 404
    other = post_certificates(srv, [certificate()], token=OTHER_TOKEN, station=OTHER)
    assert results(other)[0]["code"] == "conflict"  # the serial is another station's
    revoked = certificate(status="revoked")
    got = results(post_certificates(srv, [issued, revoked, certificate(total_minutes=1)]))
    assert [r["status"] for r in got] == ["duplicate", "accepted", "rejected"]
    assert got[2]["code"] == "conflict"  # a revoked certificate never becomes valid again
    assert call(srv, "GET", "/api/v1/certificates/BJ-CY-0001-2026-000042?code=K7Q2-9MZD").json()["status"] == "revoked"
    assert [(c["serial"], c["status"]) for c in srv.store.certificates()] == [(issued["serial"], "revoked")]
    bad = results(post_certificates(srv, [certificate(serial="S-2", period_end="2025-01-01"),
                                          certificate(serial="S-3", volunteer=person(ZHANG[:-1] + "Y"))]))
    assert [r["code"] for r in bad] == ["invalid", "bad_id_number"]
    assert bad[0]["message"].startswith("period_end")


def test_everything_survives_a_restart_on_the_same_file(tmp_path):
    db = tmp_path / "platform.db"
    doc = batch([add(record())])
    with PlatformServer(db, stations={STATION: (STATION_NAME, TOKEN)}) as first:
        answer = post(first, doc).body
        cursor = _pull(first).json()["next_cursor"]
        port = first.port
    with PlatformServer(db, port=port) as second:  # tokens, stored answers and cursors are in the file
        again = post(second, doc)
        assert again.body == answer and again.headers["idempotent-replayed"] == "true"
        assert len(second.store.records()) == 1
        assert _pull(second, cursor).json() == {"items": [], "next_cursor": cursor, "has_more": False}


def test_stop_releases_a_held_answer_and_start_serves_again(srv):
    srv.faults.hold_after_commit = threading.Event()  # never set by the test
    errors: list[BaseException] = []

    def send():
        try:
            post(srv, batch([add(record())]))
        except (OSError, http.client.HTTPException) as exc:
            errors.append(exc)

    sender = threading.Thread(target=send)
    sender.start()
    deadline = time.monotonic() + 5
    while srv.store.count_records() == 0 and time.monotonic() < deadline:
        time.sleep(0.02)
    started = time.monotonic()
    srv.stop()
    assert time.monotonic() - started < 3
    sender.join(5)
    srv.faults.hold_after_commit = None
    srv.start()
    assert call(srv, "GET", "/api/v1/ping").status == 200


def test_command_line_serves_without_a_data_folder(tmp_path):
    home = tmp_path / "station-home"
    env = {**os.environ, "STATION_APP_HOME": str(home), "STATION_PLATFORM_TOKEN": "cli-token"}
    proc = subprocess.Popen([PYTHON, "-m", "station_app", "platform-server", "--port", "0", "--db",
                             str(tmp_path / "cli.db"), "--quiet", "--max-batch-items", "42", "--fail", "503=0"],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)", line)
        assert match, (line, proc.stderr.read() if proc.poll() is not None else "")
        port = int(match.group(1))
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        conn.request("GET", f"/api/v1/stations/{STATION}/status", headers=auth("cli-token"))
        status = json.loads(conn.getresponse().read())
        conn.close()
        assert status["station_name"] == STATION_NAME and status["max_batch_items"] == 42
        assert "cli-token" not in line  # a token given by the operator is not printed
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=10)
    assert proc.returncode == 0, err
    assert "已停止" in out
    assert not home.exists()  # no data folder, no log file, no station database
    assert Path(tmp_path / "cli.db").exists()
