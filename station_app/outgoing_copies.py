"""The private folder where a copy for a USB stick is made and checked before it is encrypted.

Only ciphertext may reach the stick, so the plain copy is written here, beside
the database, and removed once sealed. A copy killed halfway leaves its plain
file behind: every later copy, and every deletion on request (whose person it
would still hold), empties the folder first. Low in the package on purpose:
both backup/ and roster/ call it.
"""

from __future__ import annotations

from pathlib import Path

from station_app.atomic_files import make_private_folder

FOLDER = ("backups", "outgoing")


def clear_outgoing(data_dir: Path) -> Path:
    """The folder, private and empty of whatever a killed copy left; returns its path."""
    outgoing = Path(data_dir).joinpath(*FOLDER)
    make_private_folder(outgoing.parent)
    make_private_folder(outgoing)
    for left in outgoing.iterdir():
        if left.is_file():
            left.unlink(missing_ok=True)
    return outgoing
