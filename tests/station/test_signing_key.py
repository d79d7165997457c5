"""The station's Ed25519 key: made with the profile (or by the migration), kept outside the database."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest

from station_app import key_store
from station_app.config import DB_FILENAME
from station_app.db import close_database, open_database
from station_app.db.models import SigningKey
from station_app.demo import DEMO_STATION
from station_app.protocol.signing import b64url
from station_app.station.profile import save_profile
from station_app.station.signing_keys import KeyProblem, current_key, list_keys


def _private_bytes(key: key_store.StoredKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    return key.private_key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def test_the_key_is_made_when_the_profile_is_first_saved_and_kept_only_in_a_private_file(station_db, staff):
    assert key_store.load(station_db) is None
    save_profile(DEMO_STATION, staff)
    key = key_store.load(station_db)
    assert key is not None and key_store.where(station_db) == "file"
    path = key_store.key_file(station_db)
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
    (row,) = list_keys()
    assert row.own and row.key_id == key.key_id and row.public_key == key.public_key
    assert row.station_code == DEMO_STATION.code
    assert current_key().key_id == key.key_id
    save_profile(DEMO_STATION, staff)  # saving again makes no second key
    assert [k.key_id for k in list_keys()] == [key.key_id]
    # Neither the raw private key nor its base64url is anywhere in the database, its WAL or the audit log
    close_database()
    raw = _private_bytes(key)
    for name in (DB_FILENAME, DB_FILENAME + "-wal"):
        if (station_db / name).exists():
            data = (station_db / name).read_bytes()
            assert raw not in data and b64url(raw).encode() not in data
    open_database(station_db)


def test_backups_and_usb_copies_never_hold_the_private_key(station_db, staff, tmp_path):
    from station_app.backup.make import write_backup

    save_profile(DEMO_STATION, staff)
    key = key_store.load(station_db)
    raw = _private_bytes(key)
    stick = tmp_path / "stick"
    stick.mkdir()
    copies = [write_backup(station_db), write_backup(station_db, stick)]
    held = [p for p in stick.rglob("*")] + [p for p in (station_db / "backups").rglob("*")]
    assert all(p.name != key_store.FILENAME for p in held)
    for copy in copies:
        data = copy.read_bytes()
        assert raw not in data and b64url(raw).encode() not in data


def test_a_copied_database_has_no_key_and_cannot_sign(station_db, staff, tmp_path):
    save_profile(DEMO_STATION, staff)
    close_database()
    thief = tmp_path / "thief"
    thief.mkdir()
    shutil.copyfile(station_db / DB_FILENAME, thief / DB_FILENAME)
    open_database(thief)
    try:
        assert SigningKey.select().count() == 1  # the public half came along, as it should
        with pytest.raises(KeyProblem, match="私钥"):
            current_key()
    finally:
        close_database()
    open_database(station_db)


def test_an_existing_station_gets_its_key_from_the_migration(tmp_path):
    """A database from before signing (schema 11, a station set up) opens with a key, kept in the file."""
    from station_app.db import database
    from station_app.db.migrations import migrate

    folder = tmp_path / "old"
    folder.mkdir()
    path = folder / DB_FILENAME
    database.init(str(path))
    database.connect()
    migrate(database, target=11)
    database.execute_sql("INSERT INTO station (id, name, code, organisation, person_in_charge, phone, address, secret,"
                         " created_at, updated_at) VALUES (1, '老站', 'BJ-OLD-01', '居委会', '王', '010-1', '路',"
                         " 'ab', '2025-01-01', '2025-01-01')")
    database.close()
    open_database(folder)
    try:
        key = key_store.load(folder)
        assert key is not None
        (row,) = list_keys()
        assert (row.key_id, row.station_code, row.own) == (key.key_id, "BJ-OLD-01", True)
        assert current_key().key_id == key.key_id
    finally:
        close_database()
    with sqlite3.connect(path) as conn:
        assert _private_bytes(key) not in b"".join(str(r).encode() for r in conn.execute("SELECT * FROM signing_key"))


class _MemoryKeyring:
    """A keyring backend that lives in this test only: the keystore path is tried without touching a real one."""

    priority = 1

    def __init__(self):
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, account):
        return self.items.get((service, account))

    def set_password(self, service, account, value):
        self.items[(service, account)] = value


def test_with_a_usable_keystore_the_key_goes_there_and_no_file_is_written(tmp_path, monkeypatch):
    import keyring

    ring = _MemoryKeyring()
    monkeypatch.delenv(key_store.NO_KEYRING_ENV, raising=False)
    monkeypatch.setattr(keyring, "get_keyring", lambda: ring)
    monkeypatch.setattr(keyring, "get_password", ring.get_password)
    monkeypatch.setattr(keyring, "set_password", ring.set_password)
    key = key_store.load_or_make(tmp_path, "2026-12-03T10:00:00+08:00")
    assert key_store.where(tmp_path) == "keyring"
    assert not key_store.key_file(tmp_path).exists()
    assert key_store.load(tmp_path).key_id == key.key_id
    assert len(ring.items) == 1
