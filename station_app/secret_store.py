"""This PC's secrets (the station's signing key, the platform token), kept out of the database.

Each is kept in the OS keystore through ``keyring`` (Windows Credential Manager,
macOS Keychain, Secret Service) when a usable backend exists, else in a file in
the data folder written owner-only (0600 on POSIX; on Windows the data folder
under the user's profile is already private to that user). A keystore that
fails (locked, broken) falls back to the file. Backups copy only the database
file, so neither reaches a backup or a stick. The callers say what the text is.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station_app.atomic_files import write_text_atomically

NO_KEYRING_ENV = "STATION_APP_NO_KEYRING"  # set: never the OS keystore, always the private file (tests, CI)
log = logging.getLogger(__name__)


def usable_keyring() -> Any:
    """The keyring module when a real backend is there, else None (the private file is the store)."""
    if os.environ.get(NO_KEYRING_ENV):
        return None
    try:
        import keyring
        from keyring.backends import fail
    except Exception:  # noqa: BLE001 - no keyring at all
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def _account(data_dir: Path) -> str:
    return str(Path(data_dir).resolve())


@dataclass(frozen=True)
class SecretStore:
    service: str   # the keyring service name
    filename: str  # the private file in the data folder
    what: str      # for the log line when the keystore fails: "the signing key", "the token"

    def file(self, data_dir: Path) -> Path:
        return Path(data_dir) / self.filename

    def save(self, data_dir: Path, text: str) -> str:
        """Keep *text*; return where ("keyring" or "file"). The other place is emptied."""
        ring = usable_keyring()
        if ring is not None:
            try:
                ring.set_password(self.service, _account(data_dir), text)
                self.file(data_dir).unlink(missing_ok=True)
                return "keyring"
            except Exception as exc:  # noqa: BLE001 - a locked or broken keyring: fall back to the file
                log.warning("keyring unavailable (%s); keeping %s in a private file", type(exc).__name__, self.what)
        path = self.file(data_dir)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomically(path, text, private=True)
        return "file"

    def from_keyring(self, data_dir: Path) -> str | None:
        ring = usable_keyring()
        if ring is None:
            return None
        try:
            return ring.get_password(self.service, _account(data_dir))
        except Exception:  # noqa: BLE001 - a locked keyring: the caller tries the file
            return None

    def from_file(self, data_dir: Path) -> str | None:
        path = self.file(data_dir)
        return path.read_text(encoding="utf-8") if path.exists() else None

    def delete(self, data_dir: Path) -> None:
        ring = usable_keyring()
        if ring is not None:
            try:
                ring.delete_password(self.service, _account(data_dir))
            except Exception:  # noqa: BLE001
                pass
        self.file(data_dir).unlink(missing_ok=True)
