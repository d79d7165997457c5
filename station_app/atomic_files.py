"""Files that appear whole or not at all: written beside their place, then moved into it.

A power cut or a killed process mid-write must never leave a half-written
export, certificate, backup or token where the user (or the next start) would
take it for the real thing. Every file the app writes goes through
:func:`replacing`: the data goes to ``<name>.partial`` in the same folder, is
flushed to disk, and only then replaces the target in one ``os.replace`` (atomic
on the same volume, on Windows too). A failure removes the partial file.

``private=True`` makes the file readable by its owner only (0600 on POSIX; on
Windows a file in the user's profile is already private to the user, and
``chmod`` only sets the read-only bit, so it is not called there).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from station_app.i18n import translate

PARTIAL = ".partial"


class FolderMissing(FileNotFoundError):
    """The folder a file was to be written into does not exist; ``str()`` says so for the user."""

    def __init__(self, folder: Path) -> None:
        super().__init__(2, "folder does not exist", str(folder))
        self.folder = folder

    def __str__(self) -> str:
        return translate("files", "文件夹不存在：{path}").format(path=self.folder)


def partial_path(path: Path) -> Path:
    """Where :func:`replacing` writes before the move (a later run may clean up a stale one)."""
    return path.with_name(path.name + PARTIAL)


def make_private(path: Path) -> None:
    """Owner-only permissions where the OS has them (see the module docstring for Windows)."""
    if os.name == "posix":
        os.chmod(path, 0o700 if path.is_dir() else 0o600)


def make_private_folder(folder: Path) -> None:
    """Create *folder* (and parents) if needed; a folder made here is its owner's only."""
    folder = Path(folder)
    if not folder.exists():
        folder.mkdir(parents=True, exist_ok=True)
        make_private(folder)


def fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows cannot open a folder for this)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def replacing(path: Path, private: bool = False) -> Iterator[Path]:
    """Yield the partial path to write; on success it replaces *path*, on failure it is removed.

    If the caller wrote nothing (the partial file does not exist at the end), *path* is left alone;
    with ``private`` the partial file exists (empty, owner-only) before the caller writes.
    Raises :class:`FolderMissing` when the folder does not exist, before anything is written.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise FolderMissing(path.parent)
    partial = partial_path(path)
    partial.unlink(missing_ok=True)
    if private:  # created owner-only before a byte is written; writers that truncate keep the mode
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        yield partial
        if not partial.exists():
            return
        fsync_file(partial)
        os.replace(partial, path)
        _fsync_folder(path.parent)
    finally:
        partial.unlink(missing_ok=True)


def write_bytes_atomically(path: Path, data: bytes, private: bool = False) -> None:
    with replacing(path, private=private) as partial:
        partial.write_bytes(data)


def write_text_atomically(path: Path, text: str, private: bool = False) -> None:
    write_bytes_atomically(path, text.encode("utf-8"), private=private)
