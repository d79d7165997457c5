"""Idempotency-Key handling for the two posting endpoints (docs/protocol.md rule 5), Stripe-style.

Per station, a key maps to the SHA-256 of the first body and the first answer.
Same key and byte-identical body: the stored answer, byte for byte, with
``Idempotent-Replayed: true``. Same key, other body (or other endpoint): 422.
A key whose first request is still being handled (processing, or committed but
its answer not yet written) gets 409 ``in_progress``; that state is kept in
memory, not in the database, because an interrupted request never committed
anything: effects and stored answer commit in one transaction.

Only first answers with status 200 are stored. A 400/413 is not: nothing was
applied, and the same bytes give the same answer again (413 may not, once the
limits change, which is what the client's split-and-resend relies on).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from typing import Any

from station_app.platform_server.envelope import check_envelope, item_count, parse_json
from station_app.platform_server.messages import JSON_TYPE, Request, Response, error_response
from station_app.platform_server.validation import BadRequest

Judge = Callable[[Any, list[dict], Any, float], list[dict]]  # (conn, items, sent_at, now) -> results


class InFlight:
    """(station, key) pairs whose first request has not finished answering."""

    def __init__(self) -> None:
        self._keys: set[tuple[str, str]] = set()
        self._lock = threading.Lock()

    def claim(self, station_code: str, key: str) -> Callable[[], None] | None:
        """A release function, or None when the key is already being handled."""
        pair = (station_code, key)
        with self._lock:
            if pair in self._keys:
                return None
            self._keys.add(pair)
        released = threading.Event()

        def release() -> None:
            if not released.is_set():
                released.set()
                with self._lock:
                    self._keys.discard(pair)

        return release


def is_json(content_type: str | None) -> bool:
    """``application/json``, optionally with ``charset=utf-8``."""
    if not content_type:
        return False
    media, *params = [p.strip().lower() for p in content_type.split(";")]
    charset = next((p.split("=", 1)[1].strip('"') for p in params if p.startswith("charset=")), "utf-8")
    return media == JSON_TYPE and charset in ("utf-8", "utf8")


def handle_post(platform: Any, req: Request, station_code: str, endpoint: str, judge: Judge) -> Response:
    faults = platform.faults
    if not is_json(req.header("Content-Type")):
        return error_response(415, f"Content-Type 应为 {JSON_TYPE}，而不是“{req.header('Content-Type')}”")
    key = (req.header("Idempotency-Key") or "").strip()
    if not key:
        return error_response(400, "缺少 Idempotency-Key 请求头")
    release = platform.inflight.claim(station_code, key)
    if release is None:
        return error_response(409, "同一 Idempotency-Key 的请求仍在处理中，请稍后重发", retry_after=faults.retry_after)
    handed_over = False
    try:
        digest = hashlib.sha256(req.body).hexdigest()
        stored = platform.store.stored_answer(station_code, key)
        if stored is not None:
            if (stored.endpoint, stored.body_sha256) == (endpoint, digest):
                return Response(stored.status, stored.response, headers={"Idempotent-Replayed": "true"})
            return error_response(422, "这个 Idempotency-Key 已用于内容不同的请求")
        if len(req.body) > faults.max_batch_bytes:
            return error_response(413, f"请求正文 {len(req.body)} 字节，超过上限 {faults.max_batch_bytes} 字节")
        doc = parse_json(req.body)
        if item_count(doc) > faults.max_batch_items:
            return error_response(413, f"本批 {item_count(doc)} 项，超过上限 {faults.max_batch_items} 项")
        items, sent_at = check_envelope(doc, key, endpoint)
        answer = platform.store.commit_batch(
            station_code, key, endpoint, digest,
            lambda conn, now: {"batch_id": key, "results": judge(conn, items, sent_at, now)})
        handed_over = True
        return Response(200, answer, committed_batch=key, release=release)
    except BadRequest as exc:
        return error_response(400, str(exc))
    finally:
        if not handed_over:
            release()
