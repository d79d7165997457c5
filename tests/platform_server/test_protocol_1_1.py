"""docs/protocol.md 1.1 against the real server on loopback, on SQLite and PostgreSQL.

features, text_rules, record_kinds, signing_keys (with signed certificates and
verification by signature) and anchors, replays included.
"""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from station_app.protocol import features, signing
from support.platform_http import (
    LI,
    OTHER,
    OTHER_TOKEN,
    STATION,
    TOKEN,
    _pull,
    add,
    auth,
    batch,
    call,
    certificate,
    encode,
    new_id,
    person,
    post,
    post_certificates,
    record,
    results,
    void,
)

STAMP = "2026-12-01T10:00:00+08:00"


def test_status_lists_the_1_1_features(srv):
    doc = call(srv, "GET", f"/api/v1/stations/{STATION}/status", headers=auth()).json()
    assert doc["features"] == ["identity_check", "text_rules", "signing_keys", "anchors", "record_kinds"]
    assert features.features_of(doc) == set(features.ALL) and features.features_of({}) == frozenset()


# --- text_rules ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("bad", ["\ud800", "张\udfff三", "a\x00b", "a\x1bb", "a\rb", "\x85"])
def test_lone_surrogates_and_control_characters_are_invalid_never_a_500(srv, bad):
    doc = batch([add(record(content=f"内容{bad}")), add(record(volunteer=person(LI, "李四")))])
    got = results(post(srv, doc, body=json.dumps(doc).encode()))  # \ud800 escaped, as JSON allows
    assert (got[0]["status"], got[0]["code"]) == ("rejected", "invalid")
    assert got[0]["message"].startswith("record.content") and got[1]["status"] == "accepted"
    envelope = batch([add(record(volunteer=person(LI, "李四")))])
    envelope["device_id"] = f"x{bad}"
    refused = post(srv, envelope, body=json.dumps(envelope).encode())
    assert (refused.status, refused.error_code()) == (400, "bad_request")


def test_a_json_escaped_lone_surrogate_in_a_name_is_invalid(srv):
    doc = batch([add(record(volunteer=person(name="张三")))])
    body = encode(doc).replace("张三".encode(), b"\\ud83d")  # what a broken client actually sends
    reply = post(srv, doc, body=body)
    [result] = results(reply)
    assert result["code"] == "invalid" and result["message"].startswith("record.volunteer.name：含有")
    assert srv.store.count_records() == 0


@pytest.mark.parametrize("when", ["9999-12-31T23:59:59+08:00", "1999-12-31T23:59:59+08:00", "2100-01-02T00:00:00Z"])
def test_times_outside_2000_to_2100_are_invalid_or_400(srv, when):
    got = results(post(srv, batch([add(record(approved_at=when))])))
    assert got[0]["code"] == "invalid" and got[0]["message"].startswith("record.approved_at")
    refused = post(srv, batch([add(record())], sent_at=when))
    assert (refused.status, refused.error_code()) == (400, "bad_request")
    cert = results(post_certificates(srv, [certificate(period_start="0001-01-01")]))
    assert cert[0]["code"] == "invalid"


def test_huge_numbers_are_invalid_not_an_overflow(srv):
    got = results(post(srv, batch([add(record(people_served=10**40)), add(record(volunteer=person(LI, "李四"),
                                                                                  minutes=2**63))])))
    assert [r["code"] for r in got] == ["invalid", "invalid"]
    assert results(post_certificates(srv, [certificate(total_minutes=2**40)]))[0]["code"] == "invalid"


# --- record_kinds -------------------------------------------------------------------------------------------------

def training(volunteer=None, **changes) -> dict:
    rec = {"record_id": new_id(), "volunteer": volunteer or person(), "title": "急救技能培训",
           "organiser": "朝阳区红十字会", "place": "朝西社区活动室", "started_at": "2026-11-22T07:30:00+08:00",
           "ended_at": "2026-11-22T10:30:00+08:00", "minutes": 180, "result": "completed", "recorded_by": "李晓红"}
    return {**rec, **changes}


def award(**changes) -> dict:
    rec = {"record_id": new_id(), "volunteer": person(), "title": "优秀志愿者", "level": "street",
           "awarded_by": "朝西街道办事处", "awarded_on": "2026-11-20", "note": "", "recorded_by": "李晓红"}
    return {**rec, **changes}


def evaluation(**changes) -> dict:
    rec = {"record_id": new_id(), "volunteer": person(), "type": "evaluation", "period_start": "2026-01-01",
           "period_end": "2026-11-20", "rating": "excellent", "comment": "认真负责", "evaluated_by": "王建国",
           "recorded_by": "李晓红"}
    return {**rec, **changes}


def kind(name: str, rec: dict, op_id: str | None = None) -> dict:
    return {**add(rec, op_id), "kind": name}


def test_training_awards_and_evaluations_are_accepted_voided_and_replayed(srv):
    items = [add(record()), kind("training", training()), kind("award", award()), kind("evaluation", evaluation()),
             kind("evaluation", evaluation(type="complaint", rating=None, comment="迟到，已当面致歉并调整排班"))]
    doc = batch(items)
    first = post(srv, doc)
    assert [r["status"] for r in results(first)] == ["accepted"] * 5  # training overlaps service: not service time
    again = post(srv, doc)
    assert again.headers["idempotent-replayed"] == "true" and again.body == first.body
    resent = results(post(srv, batch(items)))
    assert [r["status"] for r in resent] == ["duplicate"] * 5
    assert [r["record"]["title"] for r in srv.store.records_of_kind("training")] == ["急救技能培训"]
    assert len(srv.store.records()) == 1  # service records only
    wrong_kind = {**void(items[1]["record"]["record_id"])}  # a void without kind is a service void
    right_kind = {**void(items[1]["record"]["record_id"]), "kind": "training"}
    got = results(post(srv, batch([wrong_kind, right_kind])))
    assert [(r["status"], r.get("code")) for r in got] == [("rejected", "unknown_record"), ("accepted", None)]
    assert srv.store.records_of_kind("training") == []


def test_record_kinds_are_checked_field_by_field(srv):
    cases = [
        ("training", training(result="passed"), "invalid", "record.result"),
        ("training", training(minutes=181), "too_long", "record.minutes"),
        ("training", training(title=""), "invalid", "record.title"),
        ("award", award(level="county"), "invalid", "record.level"),
        ("award", award(awarded_on="2026-12-31"), "future", "record.awarded_on"),
        ("award", award(awarded_on="2026-13-01"), "invalid", "record.awarded_on"),
        ("evaluation", evaluation(rating="great"), "invalid", "record.rating"),
        ("evaluation", evaluation(type="complaint", rating="poor"), "invalid", "record.rating"),
        ("evaluation", evaluation(period_end="2025-01-01"), "invalid", "record.period_end"),
        ("seminar", training(), "invalid", "kind"),
    ]
    got = results(post(srv, batch([kind(k, rec) for k, rec, _code, _field in cases])))
    assert [(r["code"], r["message"].split("：")[0]) for r in got] == [(c, f) for _k, _r, c, f in cases]


def test_record_id_is_unique_across_kinds(srv):
    shared = new_id()
    got = results(post(srv, batch([kind("award", award(record_id=shared)),
                                   kind("training", training(record_id=shared))])))
    assert [r["status"] for r in got] == ["accepted", "rejected"] and got[1]["code"] == "conflict"


def test_a_training_record_links_the_volunteer_to_the_station(srv):
    got = results(post(srv, batch([kind("training", training(volunteer=person(LI, "李四")))]),
                       token=OTHER_TOKEN, station=OTHER))
    feed = _pull(srv, token=OTHER_TOKEN, station=OTHER).json()["items"]
    assert [i["platform_id"] for i in feed] == [got[0]["volunteer_platform_id"]]


# --- signing keys and signed certificates -------------------------------------------------------------------------

def post_json(srv, path: str, doc: dict, key: str | None = None, token: str = TOKEN):
    headers = auth(token, **{"Content-Type": "application/json"})
    if key is not False:
        headers["Idempotency-Key"] = key or new_id()
    return call(srv, "POST", path, encode(doc), headers)


def register_key(srv, station=STATION, token=TOKEN, private=None, key_id=None, key=None):
    private = private or Ed25519PrivateKey.generate()
    doc = {"key_id": key_id or new_id(), "public_key": signing.public_key_b64(private), "created_at": STAMP}
    return private, doc, post_json(srv, f"/api/v1/stations/{station}/keys", doc, key=key, token=token)


def signed(private, key_id: str, **changes) -> dict:
    item = certificate(issued_at="2026-12-01T10:00:00+08:00", **changes)
    fields = signing.fields_from_item(item, STATION)
    item.update({k: v for k, v in fields.items() if k != "issued_at"})  # the item keeps its RFC 3339 time
    item["status"] = changes.get("status", "issued")
    item.update(key_id=key_id, signature=signing.sign(private, fields))
    return item


def test_keys_register_replay_conflict_and_public_lists(srv):
    private, doc, reply = register_key(srv, key="k-1")
    assert reply.status == 200 and reply.json() == {"key_id": doc["key_id"], "status": "registered"}
    replay = post_json(srv, f"/api/v1/stations/{STATION}/keys", doc, key="k-1")
    assert replay.headers["idempotent-replayed"] == "true" and replay.body == reply.body
    again = post_json(srv, f"/api/v1/stations/{STATION}/keys", doc)  # same key under a new Idempotency-Key
    assert again.status == 200 and "idempotent-replayed" not in again.headers
    _other, _doc, clash = register_key(srv, key_id=doc["key_id"])  # the same key_id, another key
    assert (clash.status, clash.error_code()) == (409, "conflict")
    _p2, doc2, _ = register_key(srv)  # a second key (a new PC): none is ever replaced
    _p3, doc3, _ = register_key(srv, station=OTHER, token=OTHER_TOKEN)
    mine = call(srv, "GET", f"/api/v1/stations/{STATION}/keys").json()  # no token needed
    assert [k["key_id"] for k in mine["keys"]] == [doc["key_id"], doc2["key_id"]]
    assert mine["keys"][0] == {"station_code": STATION, "station_name": "朝西社区志愿服务站", "key_id": doc["key_id"],
                               "public_key": doc["public_key"], "created_at": STAMP, "revoked_at": None}
    pages, cursor = [], None
    while True:
        page = call(srv, "GET", "/api/v1/keys?limit=2" + (f"&cursor={cursor}" if cursor else "")).json()
        pages.append([k["key_id"] for k in page["keys"]])
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert pages == [[doc["key_id"], doc2["key_id"]], [doc3["key_id"]]]
    revoke = post_json(srv, f"/api/v1/stations/{STATION}/keys/{doc['key_id']}/revoke",
                       {"reason": "电脑丢失", "revoked_at": STAMP}, key=False)
    assert revoke.status == 200 and revoke.json()["status"] == "revoked"
    replayed = post_json(srv, f"/api/v1/stations/{STATION}/keys/{doc['key_id']}/revoke",
                         {"reason": "电脑丢失", "revoked_at": "2026-12-02T10:00:00+08:00"}, key="r-1")
    again = post_json(srv, f"/api/v1/stations/{STATION}/keys/{doc['key_id']}/revoke",
                      {"reason": "电脑丢失", "revoked_at": "2026-12-02T10:00:00+08:00"}, key="r-1")
    assert again.headers["idempotent-replayed"] == "true" and again.body == replayed.body
    assert replayed.json()["revoked_at"] == STAMP  # the first revocation is kept
    news = call(srv, "GET", f"/api/v1/keys?cursor={cursor}").json()  # the revocation shows up after the cursor
    assert [(k["key_id"], k["revoked_at"]) for k in news["keys"]] == [(doc["key_id"], STAMP)]
    foreign = post_json(srv, f"/api/v1/stations/{OTHER}/keys/{doc['key_id']}/revoke",
                        {"reason": "x", "revoked_at": STAMP}, token=OTHER_TOKEN)
    assert foreign.status == 404  # a station revokes only its own keys
    bad = post_json(srv, f"/api/v1/stations/{STATION}/keys", {**doc, "key_id": new_id(), "public_key": "AAAA"})
    assert (bad.status, bad.error_code()) == (400, "bad_request")
    assert call(srv, "POST", f"/api/v1/stations/{STATION}/keys", encode(doc), {"X-Station-Protocol": "1"}).status == 401


def test_signed_certificates_are_checked_and_verified_by_signature(srv):
    private, doc, _ = register_key(srv)
    good = signed(private, doc["key_id"])
    tampered = signed(private, doc["key_id"], serial=f"{STATION}-2026-000043")
    tampered["total_minutes"] = 99999
    stranger_key = Ed25519PrivateKey.generate()
    forged = signed(stranger_key, doc["key_id"], serial=f"{STATION}-2026-000044")
    unknown = signed(private, new_id(), serial=f"{STATION}-2026-000045")
    mismatch = signed(private, doc["key_id"], serial=f"{STATION}-2026-000046")
    mismatch["id_number_masked"] = "110105********0000"
    mismatch["signature"] = signing.sign(private, signing.fields_from_item(mismatch, STATION))
    got = results(post_certificates(srv, [good, tampered, forged, unknown, mismatch]))
    assert [(r["status"], r.get("code")) for r in got] == [
        ("accepted", None), ("rejected", "bad_signature"), ("rejected", "bad_signature"),
        ("rejected", "bad_signature"), ("rejected", "invalid")]
    answer = call(srv, "GET", f"/api/v1/certificates/{good['serial']}?signature={good['signature']}")
    assert answer.status == 200
    assert answer.json()["signature_valid"] is True and answer.json()["key_id"] == doc["key_id"]
    assert answer.json()["volunteer_name"] == "张*"
    other_sig = signing.sign(private, {**signing.fields_from_item(good, STATION), "total_minutes": 1})
    assert call(srv, "GET", f"/api/v1/certificates/{good['serial']}?signature={other_sig}").status == 404
    by_code = call(srv, "GET", f"/api/v1/certificates/{good['serial']}?code={good['verification_code']}").json()
    assert by_code["signature_valid"] is True
    assert results(post_certificates(srv, [good]))[0]["status"] == "duplicate"
    post_json(srv, f"/api/v1/stations/{STATION}/keys/{doc['key_id']}/revoke",
              {"reason": "电脑被盗", "revoked_at": "2026-11-30T09:00:00+08:00"})
    after = signed(private, doc["key_id"], serial=f"{STATION}-2026-000047")
    assert results(post_certificates(srv, [after]))[0]["code"] == "bad_signature"  # signed after the revocation
    assert call(srv, "GET", f"/api/v1/certificates/{good['serial']}?signature={good['signature']}").json()[
        "signature_valid"] is False  # issued 12-01, after the key was revoked on 11-30


# --- anchors ------------------------------------------------------------------------------------------------------

def anchor(seq: int, digest: str = "a" * 64) -> dict:
    return {"seq": seq, "hash": digest, "at": STAMP}


def test_anchors_are_stored_replayed_listed_and_a_rewrite_is_a_conflict(srv):
    path = f"/api/v1/stations/{STATION}/anchors"
    first = post_json(srv, path, anchor(10), key="a-10")
    assert first.status == 200 and first.json() == {"seq": 10, "status": "stored"}
    replay = post_json(srv, path, anchor(10), key="a-10")
    assert replay.headers["idempotent-replayed"] == "true" and replay.body == first.body
    assert post_json(srv, path, anchor(10)).status == 200  # the same anchor under a new key
    rewritten = post_json(srv, path, anchor(10, "b" * 64))
    assert (rewritten.status, rewritten.error_code()) == (409, "conflict")
    for seq in (20, 30):
        post_json(srv, path, anchor(seq, f"{seq:064x}"))
    listed = call(srv, "GET", path + "?after_seq=0&limit=2", headers=auth()).json()
    assert [(a["seq"], a["hash"]) for a in listed["anchors"]] == [(10, "a" * 64), (20, f"{20:064x}")]
    assert listed["has_more"] is True
    rest = call(srv, "GET", path + f"?cursor={listed['next_cursor']}", headers=auth()).json()
    assert [a["seq"] for a in rest["anchors"]] == [30] and rest["has_more"] is False
    assert [a["seq"] for a in call(srv, "GET", path + "?after_seq=20", headers=auth()).json()["anchors"]] == [30]
    assert call(srv, "GET", f"/api/v1/stations/{OTHER}/anchors", headers=auth(OTHER_TOKEN)).json()["anchors"] == []
    for bad in ({"seq": -1, "hash": "a" * 64, "at": STAMP}, {"seq": 1, "hash": "A" * 64, "at": STAMP},
                {"seq": 1, "hash": "a" * 64, "at": "9999-01-01T00:00:00Z"}):
        reply = post_json(srv, path, bad)
        assert (reply.status, reply.error_code()) == (400, "bad_request")
    assert call(srv, "GET", path + "?after_seq=x", headers=auth()).status == 400
    assert call(srv, "GET", path, headers={"X-Station-Protocol": "1"}).status == 401


def test_a_certificate_serial_with_a_nul_or_a_slash_in_the_path_is_404_not_500(srv):
    for path in ("/api/v1/certificates/BJ%00X?code=K7Q2-9MZD", "/api/v1/certificates/%F0%9F%98%80?signature=x",
                 "/verify/%00?code=AAAA-BBBB"):
        assert call(srv, "GET", path).status in (404, 400)
    doc = json.loads(call(srv, "GET", "/api/v1/certificates/BJ%00X?code=A").body)
    assert doc["error"]["code"] == "not_found"
