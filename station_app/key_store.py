"""The station's private signing key, kept where the database and its backups never reach.

A certificate is genuine because it carries an Ed25519 signature only this
station can make (docs/security.md). The private half therefore never goes into
the database, a backup, a USB copy, a log or the audit log: whoever holds those
holds every public fact, but cannot sign. It is kept

* in the OS keystore through ``keyring`` (Windows Credential Manager, macOS
  Keychain, Secret Service) when a usable backend exists, else
* in ``signing_key`` in the data folder, written owner-only (0600 on POSIX; on
  Windows the data folder under the user's profile is already private to that
  user). Backups copy only the database file (``backup/make.py``), so this file
  never reaches a backup or a stick.

The store holds one key per data folder, the station's current one. Its public
half, with the public halves of every other station this station trusts, lives
in the database (``signing_key``). Low in the package on purpose: the migration
that gives an existing station its key calls it.
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station_app.protocol.signing import b64url, public_key_b64, unb64url
from station_app.secret_store import NO_KEYRING_ENV, SecretStore

__all__ = ["FILENAME", "NO_KEYRING_ENV", "StoredKey", "key_file", "load", "load_or_make", "new_key", "save", "where"]

FILENAME = "signing_key"
STORE = SecretStore("StationDesk signing key", FILENAME, "the signing key")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoredKey:
    key_id: str
    private_key: Any  # cryptography's Ed25519PrivateKey
    created_at: str

    @property
    def public_key(self) -> str:
        """base64url of the raw 32-byte public key, as docs/protocol.md 1.1 carries it."""
        return public_key_b64(self.private_key)

    def sign(self, message: bytes) -> str:
        return b64url(self.private_key.sign(message))


def key_file(data_dir: Path) -> Path:
    return STORE.file(data_dir)


def _encode(key: StoredKey) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    raw = key.private_key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return json.dumps({"key_id": key.key_id, "private_key": b64url(raw), "created_at": key.created_at})


def _decode(text: str | None) -> StoredKey | None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    if not text:
        return None
    try:
        doc = json.loads(text)
        private = Ed25519PrivateKey.from_private_bytes(unb64url(doc["private_key"]))
        return StoredKey(str(uuid.UUID(doc["key_id"])), private, str(doc["created_at"]))
    except (ValueError, KeyError, TypeError):
        log.warning("the stored signing key cannot be read; it is treated as absent")
        return None


def load(data_dir: Path) -> StoredKey | None:
    """The station's private key on this PC, or None (a copied database never has one)."""
    return _decode(STORE.from_keyring(data_dir)) or _decode(STORE.from_file(data_dir))


def save(data_dir: Path, key: StoredKey) -> str:
    """Keep *key* as the station's current one; return where ("keyring" or "file")."""
    return STORE.save(data_dir, _encode(key))


def where(data_dir: Path) -> str:
    """"keyring", "file" or "" (no key on this PC), for 设置 and ``keys list``."""
    if _decode(STORE.from_keyring(data_dir)) is not None:
        return "keyring"
    return "file" if key_file(data_dir).exists() else ""


def new_key(created_at: str) -> StoredKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return StoredKey(str(uuid.uuid4()), Ed25519PrivateKey.generate(), created_at)


def load_or_make(data_dir: Path, created_at: str) -> StoredKey:
    """The key on this PC, or a new one saved first (so a key is never used before it is kept)."""
    key = load(data_dir)
    if key is None:
        key = new_key(created_at)
        save(data_dir, key)
    return key
