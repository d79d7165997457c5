"""The signing keys this station knows: its own, and other stations' public keys (issue 16).

A station signs every certificate with its current own key; the private half
is on this PC only (:mod:`station_app.key_store`), the public half is here with
every other station's, so any station verifies any station's certificate
offline. Public keys arrive by sync (``GET /api/v1/keys``) or by a file
(``keys export`` / ``keys import``). A key is never replaced: the same key id
with another public key is refused. A key can be revoked (a lost or stolen
PC): certificates it signed after the revocation are not genuine; the earliest
revocation time heard of is kept. Replacing the key revokes the old one and
makes a new one.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station_app import key_store
from station_app.audit import Actor, record
from station_app.changes import Changes, Kind, changed, changes_field
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import SigningKey, Station
from station_app.i18n import translate
from station_app.protocol.signing import public_key_from_b64
from station_app.staff.roles import require_admin

FILE_FORMAT = "station-desk-signing-keys/1"
PUBLIC_FIELDS = ("station_code", "station_name", "key_id", "public_key", "created_at", "revoked_at", "revoke_reason")


class KeyProblem(ValueError):
    """A key cannot be used, imported or revoked; ``str()`` says why, for the user."""


@dataclass(frozen=True)
class KnownKey:
    key_id: str
    station_code: str
    station_name: str
    public_key: str
    created_at: str
    revoked_at: str | None
    revoke_reason: str
    own: bool
    source: str
    registered_at: str | None
    changes: Changes = changes_field()

    def public(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in PUBLIC_FIELDS}


def _known(row: SigningKey) -> KnownKey:
    return KnownKey(row.key_id, row.station_code, row.station_name, row.public_key, row.created_at, row.revoked_at,
                    row.revoke_reason, bool(row.own), row.source, row.registered_at)


def data_dir() -> Path:
    """The data folder of the open database: where the key file lives when there is no OS keystore."""
    return Path(database.database).parent


def find(key_id: str) -> KnownKey | None:
    row = SigningKey.get_or_none(SigningKey.key_id == key_id)
    return _known(row) if row is not None else None


def list_keys() -> list[KnownKey]:
    """Own keys first, then by station and age."""
    rows = SigningKey.select().order_by(SigningKey.own.desc(), SigningKey.station_code, SigningKey.created_at)
    return [_known(r) for r in rows]


def _insert_own(key: key_store.StoredKey, code: str, name: str) -> None:
    SigningKey.insert(key_id=key.key_id, station_code=code, station_name=name, public_key=key.public_key,
                      created_at=key.created_at, own=True, source="own", updated_at=now_iso()).on_conflict_ignore().execute()


def ensure_own_key(code: str, name: str) -> KnownKey:
    """The station's key, made now when this PC has none (called when the profile is first saved).

    The private half is kept before its public half is written, inside the caller's transaction."""
    key = key_store.load_or_make(data_dir(), now_iso())
    _insert_own(key, code, name)
    found = find(key.key_id)
    assert found is not None
    return found


def current_key() -> key_store.StoredKey:
    """The private key certificates are signed with now. Raises :class:`KeyProblem` when this PC holds
    none of the station's unrevoked keys: a copied database or backup cannot sign."""
    key = key_store.load(data_dir())
    row = SigningKey.get_or_none(SigningKey.key_id == key.key_id) if key is not None else None
    if key is None or row is None or not row.own or row.public_key != key.public_key:
        raise KeyProblem(translate("keys", "本机没有本站的签名私钥（数据库或备份中从不保存私钥），不能出具证明。"
                                           "若这是本站新换的电脑，请用 station-app keys replace --reason … 生成新密钥"))
    if row.revoked_at:
        raise KeyProblem(translate("keys", "本站当前的签名密钥已于 {at} 吊销，请用 station-app keys replace --reason … 生成新密钥").format(
            at=row.revoked_at))
    return key


def _revoke_row(row: SigningKey, revoked_at: str, reason: str) -> bool:
    """Keep the earliest revocation; True when this one changed the row."""
    if row.revoked_at and _time(row.revoked_at) <= _time(revoked_at):
        return False
    SigningKey.update(revoked_at=revoked_at, revoke_reason=reason, revocation_sent_at=None,
                      updated_at=now_iso()).where(SigningKey.key_id == row.key_id).execute()
    return True


def _time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def revoke_key(key_id: str, reason: str, actor: Actor, revoked_at: str | None = None) -> KnownKey:
    """Revoke one of the station's own keys (站长, reason required, audit-logged); the platform hears of it at sync.

    Certificates it signed after *revoked_at* (default: now) are then not genuine anywhere that knows."""
    require_admin(actor, translate("keys", "吊销签名密钥"))
    reason = " ".join((reason or "").split())
    if not reason:
        raise KeyProblem(translate("keys", "吊销密钥须说明原因（例如：电脑丢失）"))
    revoked_at = revoked_at or now_iso()
    with database.atomic("IMMEDIATE"):
        row = SigningKey.get_or_none(SigningKey.key_id == key_id)
        if row is None or not row.own:
            raise KeyProblem(translate("keys", "本站没有编号为 {key} 的密钥").format(key=key_id))
        if _revoke_row(row, revoked_at, reason):
            record(actor, "signing_key.revoke", "signing_key", key_id, {"revoked_at": row.revoked_at},
                   {"revoked_at": revoked_at}, reason)
    found = find(key_id)
    assert found is not None
    return found


def replace_key(reason: str, actor: Actor) -> KnownKey:
    """Revoke the station's current key (if this PC holds one) and make a new one: a new PC, a stolen PC."""
    require_admin(actor, translate("keys", "更换签名密钥"))
    reason = " ".join((reason or "").split())
    if not reason:
        raise KeyProblem(translate("keys", "更换密钥须说明原因（例如：电脑丢失）"))
    station = Station.get_or_none(Station.id == 1)
    if station is None:
        raise KeyProblem(translate("keys", "请先填写站点信息"))
    now = now_iso()
    with database.atomic("IMMEDIATE"):
        for row in SigningKey.select().where(SigningKey.own == True, SigningKey.revoked_at.is_null()):  # noqa: E712
            _revoke_row(row, now, reason)
            record(actor, "signing_key.revoke", "signing_key", row.key_id, None, {"revoked_at": now}, reason)
        key = key_store.new_key(now)
        key_store.save(data_dir(), key)  # kept before anything can be signed with it
        _insert_own(key, station.code, station.name)
        record(actor, "signing_key.create", "signing_key", key.key_id, None,
               {"public_key": key.public_key, "created_at": key.created_at}, reason)
    found = find(key.key_id)
    assert found is not None
    return found


# --- moving public keys between stations -------------------------------------------------------------------------

def _checked(doc: Any, where: str) -> dict[str, Any]:
    """One public key entry of a file or of the platform's list, checked; raises KeyProblem."""
    if not isinstance(doc, dict):
        raise KeyProblem(translate("keys", "{where}：不是密钥条目").format(where=where))
    out: dict[str, Any] = {}
    for name in ("station_code", "key_id", "public_key", "created_at"):
        value = doc.get(name)
        if not isinstance(value, str) or not value.strip():
            raise KeyProblem(translate("keys", "{where}：缺少 {field}").format(where=where, field=name))
        out[name] = value.strip()
    try:
        out["key_id"] = str(uuid.UUID(out["key_id"]))
        public_key_from_b64(out["public_key"])
        _time(out["created_at"])
        if doc.get("revoked_at"):
            _time(str(doc["revoked_at"]))
    except (ValueError, TypeError):
        raise KeyProblem(translate("keys", "{where}：密钥编号、公钥或时间格式不对").format(where=where)) from None
    out["station_name"] = str(doc.get("station_name") or "")
    out["revoked_at"] = str(doc["revoked_at"]) if doc.get("revoked_at") else None
    out["revoke_reason"] = str(doc.get("revoke_reason") or "")
    return out


@dataclass(frozen=True)
class KeysTaken:
    added: int
    revoked: int
    unchanged: int
    changes: Changes = changes_field()


def take_keys(entries: list[dict[str, Any]], source: str, actor: Actor | None = None) -> KeysTaken:
    """Add public keys (all or nothing): new ones are added, a revocation is kept (the earliest), the same key
    id with another public key refuses the whole lot. Returns the counts."""
    checked = [_checked(e, translate("keys", "第 {n} 个密钥").format(n=i + 1)) for i, e in enumerate(entries)]
    added = revoked = unchanged = 0
    with database.atomic("IMMEDIATE"):
        for doc in checked:
            row = SigningKey.get_or_none(SigningKey.key_id == doc["key_id"])
            if row is None:
                SigningKey.create(key_id=doc["key_id"], station_code=doc["station_code"],
                                  station_name=doc["station_name"], public_key=doc["public_key"],
                                  created_at=doc["created_at"], revoked_at=doc["revoked_at"],
                                  revoke_reason=doc["revoke_reason"], own=False, source=source, updated_at=now_iso())
                added += 1
                continue
            if (row.station_code, row.public_key) != (doc["station_code"], doc["public_key"]):
                raise KeyProblem(translate("keys", "密钥 {key} 已登记为 {station} 的另一把公钥，不能替换；整批未导入").format(
                    key=doc["key_id"], station=row.station_code))
            if doc["station_name"] and doc["station_name"] != row.station_name and not row.own:
                SigningKey.update(station_name=doc["station_name"]).where(SigningKey.key_id == row.key_id).execute()
            if doc["revoked_at"] and _revoke_row(row, doc["revoked_at"], doc["revoke_reason"]):
                revoked += 1
            else:
                unchanged += 1
        if actor is not None and (added or revoked):
            record(actor, "signing_key.import", "signing_key", source, None,
                   {"added": added, "revoked": revoked, "unchanged": unchanged})
    return KeysTaken(added, revoked, unchanged, changed(Kind.STATION))


def export_keys(path: Path) -> int:
    """Write every public key this station knows (its own first) to *path*; return how many.

    Only public halves: the file may be e-mailed or carried on any stick."""
    from station_app.atomic_files import write_text_atomically

    keys = [k.public() for k in list_keys()]
    doc = {"format": FILE_FORMAT, "exported_at": now_iso(), "keys": keys}
    write_text_atomically(Path(path), json.dumps(doc, ensure_ascii=False, indent=1))
    return len(keys)


def import_keys(path: Path, actor: Actor) -> KeysTaken:
    """Take the public keys of a file :func:`export_keys` wrote (another station's); all or nothing."""
    require_admin(actor, translate("keys", "导入其他服务站的签名公钥"))
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        raise KeyProblem(translate("keys", "无法读取密钥文件 {path}：不是 Station Desk 导出的密钥文件").format(path=path)) from None
    if not isinstance(doc, dict) or doc.get("format") != FILE_FORMAT or not isinstance(doc.get("keys"), list):
        raise KeyProblem(translate("keys", "{path} 不是 Station Desk 导出的密钥文件").format(path=path))
    return take_keys(doc["keys"], "file", actor)
