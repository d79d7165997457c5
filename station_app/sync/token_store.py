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
import logging
from pathlib import Path

from station_app.atomic_files import write_text_atomically
from station_app.key_store import usable_keyring

SERVICE = "StationDesk platform token"
FILENAME = "platform_token"
log = logging.getLogger(__name__)


def _account(data_dir: Path) -> str:
    return str(Path(data_dir).resolve())


def _keyring():
    """The keyring module when a real backend is available, else None (shared with the signing key)."""
    return usable_keyring()


def save_token(data_dir: Path, token: str) -> str:
    """Store *token*; return where ("keyring" or "file")."""
    ring = _keyring()
    if ring is not None:
        try:
            ring.set_password(SERVICE, _account(data_dir), token)
            _token_file(data_dir).unlink(missing_ok=True)
            return "keyring"
        except Exception as exc:  # noqa: BLE001 - a locked or broken keyring: fall back to the file
            log.warning("keyring unavailable (%s); keeping the token in a private file", type(exc).__name__)
    path = _token_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomically(path, token, private=True)
    return "file"


def load_token(data_dir: Path) -> str:
    ring = _keyring()
    if ring is not None:
        try:
            value = ring.get_password(SERVICE, _account(data_dir))
            if value:
                return value
        except Exception:  # noqa: BLE001
            pass
    path = _token_file(data_dir)
    return path.read_text(encoding="utf-8").strip() if path.exists() else ""


def delete_token(data_dir: Path) -> None:
    ring = _keyring()
    if ring is not None:
        try:
            ring.delete_password(SERVICE, _account(data_dir))
        except Exception:  # noqa: BLE001
            pass
    _token_file(data_dir).unlink(missing_ok=True)


def fingerprint(token: str) -> str:
    """Enough to tell whether the token changed since sync stopped, and nothing more."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()[:12]


def _token_file(data_dir: Path) -> Path:
    return Path(data_dir) / FILENAME
