"""Signing keys at sync (docs/protocol.md 1.1 ``signing_keys``): register ours, pull everyone's; and the audit
chain's head sent as an anchor (``anchors``).

Before any certificate goes up, each own key the platform has not acknowledged
is registered (the platform checks a certificate's signature with it), and
each own revocation it has not heard of is sent. After the pushes every
station's public keys come down from ``GET /api/v1/keys``, from where the last
pull ended (a revocation moves a key to the end of that list, so it is seen),
into the local table of known keys: certificates of any station then verify
offline here. Each request is idempotent: the Idempotency-Key is derived from
what it says, so a resend after a lost answer is the same request.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from functools import partial

from station_app.clock import now_iso
from station_app.db.models import SigningKey
from station_app.i18n import translate
from station_app.station.signing_keys import KeyProblem, take_keys
from station_app.sync import state
from station_app.sync.client import Answer, PlatformClient

log = logging.getLogger(__name__)
_NAMESPACE = uuid.UUID("5b0c2f5e-4f7e-4d0b-9a57-0f0a3c1e6b16")
Call = Callable[..., Answer]  # the engine's retried call: call(request, accept=(...))


def _conflict_aware(request: Callable[[], Answer]) -> Callable[[], Answer]:
    """A 409 ``conflict`` is the platform's final word (a key id held by another key), not a reason to retry."""
    def run() -> Answer:
        answer = request()
        if answer.status == 409 and answer.code == "conflict":
            return Answer("conflict", answer.status, answer.code, answer.message, server_time=answer.server_time)
        return answer
    return run


def register_own_keys(client: PlatformClient, call: Call) -> list[str]:
    """Register unacknowledged own keys and send unsent revocations; return warnings for staff."""
    warnings = []
    for row in SigningKey.select().where(SigningKey.own == True, SigningKey.registered_at.is_null()):  # noqa: E712
        doc = {"key_id": row.key_id, "public_key": row.public_key, "created_at": row.created_at}
        key = str(uuid.uuid5(_NAMESPACE, f"register:{row.key_id}:{row.public_key}"))
        answer = call(_conflict_aware(partial(client.post_json, "keys", doc, key)), accept=("data", "conflict"))
        if answer.kind == "conflict":
            warnings.append(translate("sync", "平台拒绝登记本站密钥 {key}：{message}").format(key=row.key_id, message=answer.message))
            continue
        SigningKey.update(registered_at=now_iso()).where(SigningKey.key_id == row.key_id).execute()
    revoked = SigningKey.select().where(SigningKey.own == True, SigningKey.revoked_at.is_null(False),  # noqa: E712
                                        SigningKey.revocation_sent_at.is_null(), SigningKey.registered_at.is_null(False))
    for row in revoked:
        doc = {"reason": row.revoke_reason or translate("sync", "吊销"), "revoked_at": row.revoked_at}
        key = str(uuid.uuid5(_NAMESPACE, f"revoke:{row.key_id}:{row.revoked_at}"))
        answer = call(partial(client.post_json, f"keys/{row.key_id}/revoke", doc, key))
        held = answer.data.get("revoked_at")
        if isinstance(held, str) and held != row.revoked_at:  # the platform keeps the first revocation it heard of
            take_keys([{"station_code": row.station_code, "key_id": row.key_id, "public_key": row.public_key,
                        "created_at": row.created_at, "revoked_at": held, "revoke_reason": row.revoke_reason}], "own")
        SigningKey.update(revocation_sent_at=now_iso()).where(SigningKey.key_id == row.key_id).execute()
    return warnings


def pull_keys(client: PlatformClient, call: Call) -> tuple[int, list[str]]:
    """Every station's public keys since the last pull; (keys added or revoked, warnings)."""
    cursor = state.get(state.KEYS_CURSOR)
    news, warnings = 0, []
    while True:
        answer = call(partial(client.all_keys, cursor))
        keys = answer.data.get("keys")
        if not isinstance(keys, list):
            warnings.append(translate("sync", "平台返回的密钥列表格式不对，已跳过"))
            return news, warnings
        try:
            taken = take_keys(keys, "platform")
        except KeyProblem as exc:
            log.warning("keys from the platform refused: %s", exc)
            warnings.append(translate("sync", "平台的密钥列表未能导入：{reason}").format(reason=exc))
            return news, warnings
        news += taken.added + taken.revoked
        cursor = answer.data.get("next_cursor") if isinstance(answer.data.get("next_cursor"), str) else cursor
        state.put(state.KEYS_CURSOR, cursor)
        if not answer.data.get("has_more") or not keys:
            return news, warnings


def witness(client: PlatformClient, call: Call, data_dir) -> list[str]:
    """docs/protocol.md 1.1 ``anchors``: send the audit chain's head, then fetch what the platform witnessed
    (cached for offline checks). Warnings where the log disagrees with the witness."""
    from station_app.audit import witnessed

    conflict = send_anchor(client, call, data_dir)
    warnings = pull_anchors(client, call, data_dir, fresh=conflict is not None)
    if conflict is not None and not any(a["seq"] == conflict for a in witnessed.superseded(witnessed.cached(data_dir))):
        warnings.insert(0, translate("sync", "审计日志第 {seq} 条与平台见证的不一致：日志在平台见证后被改写过，请检查（station-app audit verify）").format(
            seq=conflict))
    return warnings


def send_anchor(client: PlatformClient, call: Call, data_dir) -> int | None:
    """Send the chain's head; the ``seq`` the platform already holds another hash for (``conflict``: the log was
    rewritten after it was witnessed, or a restore reused the number), else None. A head whose number a
    restore reused, below anchors the restore set aside, is not sent: the platform keeps the first hash."""
    from station_app.audit import witnessed
    from station_app.db import database

    head = database.execute_sql("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
    if head is None:
        return None
    if state.get(state.ANCHOR_SENT) == f"{head[0]}:{head[1]}":
        return None  # the platform already witnessed this head; a sync with nothing new sends nothing
    if any(head[0] <= a["seq"] for a in witnessed.superseded(witnessed.cached(data_dir))):
        return None  # sent once the log has grown past the numbers the restore reused
    doc = {"seq": head[0], "hash": head[1], "at": now_iso()}
    key = str(uuid.uuid5(_NAMESPACE, f"anchor:{head[0]}:{head[1]}"))
    answer = call(_conflict_aware(partial(client.post_json, "anchors", doc, key)), accept=("data", "conflict"))
    if answer.kind == "conflict":
        log.warning("audit anchor conflict at entry %s", head[0])
        return int(head[0])
    state.put(state.ANCHOR_SENT, f"{head[0]}:{head[1]}")
    return None


def pull_anchors(client: PlatformClient, call: Call, data_dir, fresh: bool = False) -> list[str]:
    """Every anchor the platform witnessed, cached for offline checks; warnings where the log disagrees.
    Fetched again only when the platform holds something the cache does not (a new head was witnessed),
    or when *fresh* (a conflict: what does the platform hold?)."""
    from station_app.audit import witnessed

    known = witnessed.cached(data_dir)
    head = state.get(state.ANCHOR_SENT) or ""
    if not fresh and known and head.split(":")[0] == str(max(a["seq"] for a in known)):
        return witnessed.compare(known)
    try:
        anchors = witnessed.fetch(lambda cursor: call(partial(client.anchors, cursor)))
    except OSError as exc:
        return [translate("sync", "未能取回平台见证的审计锚点：{reason}").format(reason=exc)]
    witnessed.remember(data_dir, anchors)
    return witnessed.compare(witnessed.cached(data_dir))
