"""Idempotency-Key handling for the posting endpoints (docs/protocol.md rule 5), Stripe-style, in the database.

Per station, a key maps to the SHA-256 of the first body and, once committed,
the first answer. Same key and byte-identical body: the stored answer, byte for
byte, with ``Idempotent-Replayed: true``. Same key, other body (or other
endpoint): 422. A key whose first request is still being handled gets 409
``in_progress``: the claim is a row in the database, so a second worker process
sees it too, and a claim left by a worker that died mid-request expires after
:data:`LEASE_SECONDS` (nothing of that request committed, so taking over is safe).

Only first answers with status 200 are stored. A 400/413 is not: nothing was
applied, the claim is dropped, and the same bytes give the same answer again
(413 may not, once the limits change, which is what the client's
split-and-resend relies on).
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from typing import Any

from station_app.platform_server.envelope import check_envelope, item_count, parse_json
from station_app.platform_server.messages import JSON_TYPE, HttpError, Request, Response, error_response
from station_app.platform_server.store import LostClaim
from station_app.platform_server.validation import BadRequest

# (tx, items or the checked object, sent_at or None, now) -> results, or the answer of a single-object post
Judge = Callable[[Any, Any, Any, float], Any]
LEASE_SECONDS = 30.0


def is_json(content_type: str | None) -> bool:
    """``application/json``, optionally with ``charset=utf-8``."""
    if not content_type:
        return False
    media, *params = [p.strip().lower() for p in content_type.split(";")]
    charset = next((p.split("=", 1)[1].strip('"') for p in params if p.startswith("charset=")), "utf-8")
    return media == JSON_TYPE and charset in ("utf-8", "utf8")


def handle_post(platform: Any, req: Request, station_code: str, endpoint: str, judge: Judge,
                check: Callable[[Any], tuple[Any, Any]] | None = None) -> Response:
    """The whole posting protocol around *judge*; *check* replaces the batch envelope check
    (the keys and anchors endpoints post one object, not a batch)."""
    faults = platform.faults
    if not is_json(req.header("Content-Type")):
        return error_response(415, f"Content-Type 应为 {JSON_TYPE}，而不是“{str(req.header('Content-Type'))[:60]}”")
    key = (req.header("Idempotency-Key") or "").strip()
    if not key:
        return error_response(400, "缺少 Idempotency-Key 请求头")
    if len(key) > 200:
        return error_response(400, "Idempotency-Key 过长")
    store = platform.store
    digest = hashlib.sha256(req.body).hexdigest()
    claim = secrets.token_hex(8)
    got = store.claim_key(station_code, key, endpoint, digest, claim, LEASE_SECONDS)
    if got.outcome == "busy":
        return error_response(409, "同一 Idempotency-Key 的请求仍在处理中，请稍后重发", retry_after=faults.retry_after)
    if got.outcome == "reused":
        return error_response(422, "这个 Idempotency-Key 已用于内容不同的请求")
    if got.outcome == "done":
        stored = got.answer
        if (stored.endpoint, stored.body_sha256) == (endpoint, digest):
            return Response(stored.status, stored.response, headers={"Idempotent-Replayed": "true"})
        return error_response(422, "这个 Idempotency-Key 已用于内容不同的请求")
    committed = False
    try:
        items, sent_at = _checked(req.body, key, endpoint, faults, check)
        holds = faults.holds_answers()
        answer = store.commit_batch(station_code, key, claim,
                                    lambda tx, now: _answer(key, judge(tx, items, sent_at, now), check),
                                    answering=holds)
        committed = True
    except HttpError as refused:  # from the checks or from judge (its transaction rolled back)
        return refused.response
    except LostClaim:
        return error_response(409, "同一 Idempotency-Key 的请求已由另一处理进程接手，请稍后重发",
                              retry_after=faults.retry_after)
    finally:
        if not committed:
            store.drop_claim(station_code, key, claim)
    release = (lambda: store.answered(station_code, key)) if holds else None
    return Response(200, answer, committed_batch=key, release=release)


def _answer(key: str, results: Any, check: Any) -> Any:
    return results if check is not None else {"batch_id": key, "results": results}


def _checked(body: bytes, key: str, endpoint: str, faults: Any, check: Any) -> tuple[list[dict], Any]:
    if len(body) > faults.max_batch_bytes:
        raise HttpError(error_response(413, f"请求正文 {len(body)} 字节，超过上限 {faults.max_batch_bytes} 字节"))
    try:
        doc = parse_json(body)
        if check is not None:
            return check(doc)
        if item_count(doc) > faults.max_batch_items:
            raise HttpError(error_response(413, f"本批 {item_count(doc)} 项，超过上限 {faults.max_batch_items} 项"))
        return check_envelope(doc, key, endpoint)
    except BadRequest as exc:
        raise HttpError(error_response(400, str(exc))) from None
