"""Encrypted copies for a USB stick: the AES Crypt file format (pyAesCrypt).

A copy of the roster on a stick that can be lost holds the ID numbers of
thousands of residents (PIPL: sensitive personal information), so a copy made
for carrying away can be sealed with a passphrase the 站长 chooses. The key is
the passphrase, not something kept on the PC: a station whose PC died can
still restore. AES Crypt is an open format with free tools on Windows, so a
district can open a copy without this program. Daily backups beside the
database stay plain: they sit on the same disk as the database itself.
"""

from __future__ import annotations

from pathlib import Path

import pyAesCrypt

from station_app.atomic_files import replacing
from station_app.backup.check import BackupRefused
from station_app.i18n import translate

MAGIC = b"AES"
SUFFIX = ".aes"
MIN_PASSPHRASE = 8
BUFFER = 1024 * 1024


def check_passphrase(passphrase: str) -> str:
    if len(passphrase or "") < MIN_PASSPHRASE:
        raise ValueError(translate("backup", "备份口令至少 {n} 个字符").format(n=MIN_PASSPHRASE))
    return passphrase


def is_encrypted(path: Path) -> bool:
    try:
        with Path(path).open("rb") as fh:
            return fh.read(3) == MAGIC
    except OSError:
        return False


def seal_into(plain: Path, folder: Path, passphrase: str) -> Path:
    """Encrypt *plain* into ``folder/<name>.aes``, streaming: the file written in *folder* (a USB stick)
    holds only ciphertext from its first byte, under ``.partial`` until it is whole. Returns its path."""
    check_passphrase(passphrase)
    target = Path(folder) / (plain.name + SUFFIX)
    with replacing(target) as partial:
        pyAesCrypt.encryptFile(str(plain), str(partial), passphrase, BUFFER)
    return target


def open_sealed(sealed: Path, out: Path, passphrase: str) -> None:
    """Decrypt *sealed* into *out*; a wrong passphrase or a damaged file is refused and leaves no *out*."""
    try:
        pyAesCrypt.decryptFile(str(sealed), str(out), passphrase or "", BUFFER)
    except ValueError as exc:
        Path(out).unlink(missing_ok=True)
        raise BackupRefused(translate("backup", "无法解密 {path}：口令不对，或文件已损坏。").format(path=sealed)) from exc
