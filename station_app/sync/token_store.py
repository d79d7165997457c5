"""The platform token: in the OS keyring where there is one, else in a file only this user can read.

The token is a password for the station's account on the city platform: it
must never reach a log line, an error message or the audit log. Windows has
Credential Manager and macOS the Keychain (both through ``keyring``); a Linux
PC without a Secret Service, like CI, falls back to ``platform_token`` in the
data folder, created with mode 0600 (on Windows the data folder under the
user's profile is already private to that user).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from station_app.secret_store import SecretStore

FILENAME = "platform_token"
STORE = SecretStore("StationDesk platform token", FILENAME, "the token")


def save_token(data_dir: Path, token: str) -> str:
    """Store *token*; return where ("keyring" or "file")."""
    return STORE.save(data_dir, token)


def load_token(data_dir: Path) -> str:
    return STORE.from_keyring(data_dir) or (STORE.from_file(data_dir) or "").strip()


def delete_token(data_dir: Path) -> None:
    STORE.delete(data_dir)


def fingerprint(token: str) -> str:
    """Enough to tell whether the token changed since sync stopped, and nothing more."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()[:12]
