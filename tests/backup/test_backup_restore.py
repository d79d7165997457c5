"""Backups (online API, verified, rotated, audit-logged) and restore (checked first, keeps the replaced db)."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3

import pytest

from station_app.__main__ import main as run
from station_app.audit import Actor
from station_app.audit.log import verify_chain
from station_app.backup import (
    BackupRefused,
    auto_backup,
    inspect_file,
    make_backup,
    restore_file,
    rotate,
)
from station_app.backup.files import backup_name, list_backups, to_keep
from station_app.config import DB_FILENAME
from station_app.db import close_database, database, open_database
from station_app.db.migrations import LATEST_VERSION
from station_app.demo import fill_demo
from station_app.instance_lock import InstanceLock
from station_app.roster.service import add_volunteer
from support.core import adult_input, make_id

ACTOR = Actor("测试站长", role="admin")
TABLES = ("volunteer", "service_record", "station", "setting")


@pytest.fixture
def filled(tmp_path):
    """A data folder with a demo station (30 volunteers with hours); the database is closed."""
    folder = tmp_path / "station"
    open_database(folder)
    fill_demo(30, ACTOR)
    close_database()
    return folder


def counts(path) -> dict[str, int]:
    conn = sqlite3.connect(str(path))
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES + ("audit_entry",)}
    finally:
        conn.close()


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_is_a_verified_copy_with_the_same_rows_and_is_audit_logged(filled):
    before = counts(filled / DB_FILENAME)
    open_database(filled)
    try:
        result = make_backup(filled, ACTOR)
        last = database.execute_sql("SELECT action, entity_id FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        close_database()
    assert result.path.parent == filled / "backups" and result.path.name.startswith("station-")
    copy = counts(result.path)
    assert copy == before  # the backup's own audit entry is written after the copy
    assert last == ("backup.create", result.path.name)
    conn = sqlite3.connect(str(result.path))
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, fit for a USB stick
    conn.close()
    assert inspect_file(result.path) == LATEST_VERSION
    assert not list(result.path.parent.glob("*.partial"))


def test_cli_backup_to_another_folder_such_as_a_usb_stick(filled, tmp_path, capsys):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert run(["--data-dir", str(filled), "backup", "--to", str(usb)]) == 0
    made = list(usb.glob("station-*.sqlite3"))
    assert len(made) == 1 and "完整性检查通过" in capsys.readouterr().out
    assert counts(made[0])["volunteer"] == 30
    assert run(["--data-dir", str(filled), "backup", "--to", str(tmp_path / "missing")]) == 1
    assert "文件夹不存在" in capsys.readouterr().err


def test_rotation_keeps_seven_daily_and_four_weekly(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    day = dt.datetime(2026, 1, 1, 3, 0)
    while day.date() <= dt.date(2026, 2, 28):
        (folder / backup_name(day)).write_bytes(b"x")
        day += dt.timedelta(days=1)
    (folder / backup_name(dt.datetime(2026, 2, 28, 20, 0))).write_bytes(b"x")  # two on the last day
    (folder / "replaced-20260101-030000.sqlite3").write_bytes(b"x")
    (folder / "notes.txt").write_text("mine")
    removed = rotate(folder, daily=7, weekly=4)
    kept = sorted(p.name for p in folder.iterdir())
    expected_days = [f"station-202602{d:02d}-030000.sqlite3" for d in range(22, 28)]
    # newest of each of the last 7 days; weeks (Mon–Sun) 23 Feb, 16 Feb, 9 Feb, 2 Feb: their newest
    assert kept == sorted(expected_days + ["station-20260228-200000.sqlite3", "station-20260215-030000.sqlite3",
                                           "station-20260208-030000.sqlite3", "replaced-20260101-030000.sqlite3",
                                           "notes.txt"])
    assert len(removed) == 59 + 1 - 9
    assert rotate(folder, daily=7, weekly=4) == []  # stable


def test_rotation_keep_set_counts_days_that_have_a_backup():
    at = [dt.datetime(2026, 3, d, 12) for d in (1, 5, 9, 20)]
    backups = list_backups_from(at)
    assert to_keep(backups, daily=2, weekly=0) == {b.path for b in backups[:2]}


def list_backups_from(times):
    from pathlib import Path

    from station_app.backup.files import BackupFile

    return sorted((BackupFile(Path(backup_name(t)), t) for t in times), key=lambda b: b.at, reverse=True)


def test_automatic_backup_once_a_day(filled):
    open_database(filled)
    try:
        first = auto_backup(filled, ACTOR)
        second = auto_backup(filled, ACTOR)
    finally:
        close_database()
    assert first is not None and second is None
    assert len(list_backups(filled / "backups")) == 1


def backup_of(folder):
    open_database(folder)
    try:
        return make_backup(folder, ACTOR).path
    finally:
        close_database()


def refused(folder, file, capsys) -> str:
    db = folder / DB_FILENAME
    before = digest(db)
    assert run(["--data-dir", str(folder), "restore", str(file)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("错误：未恢复") and "Traceback" not in err
    assert digest(db) == before
    assert not list((folder / "backups").glob("replaced-*"))
    assert not list(folder.glob("restore-staging*"))
    assert "restore-staging" not in err  # messages name the user's file, not the copy checked
    return err


def test_restore_refuses_a_corrupted_file_and_changes_nothing(filled, tmp_path, capsys):
    good = backup_of(filled)
    bad = tmp_path / "bad.sqlite3"
    data = bytearray(good.read_bytes())
    size = len(data)
    data[size // 3: size // 3 + 8192] = bytes((i * 37 + 11) % 256 for i in range(8192))  # junk over two pages
    bad.write_bytes(bytes(data))
    err = refused(filled, bad, capsys)
    assert "已损坏" in err and str(bad) in err


def test_restore_refuses_a_file_that_is_not_sqlite(filled, tmp_path, capsys):
    text = tmp_path / "notes.sqlite3"
    text.write_text("姓名,证件号码\n" * 100, encoding="utf-8")
    assert "不是 SQLite 数据库" in refused(filled, text, capsys)
    assert "找不到文件" in refused(filled, tmp_path / "missing.sqlite3", capsys)


def test_restore_refuses_another_programs_sqlite_file(filled, tmp_path, capsys):
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(str(other))
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    assert "不是 Station Desk 数据库" in refused(filled, other, capsys)


def test_restore_refuses_a_newer_schema(filled, tmp_path, capsys):
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(backup_of(filled).read_bytes())
    conn = sqlite3.connect(str(newer))
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    assert "更新版本" in refused(filled, newer, capsys)


def test_restore_refuses_while_the_app_holds_the_folder(filled, capsys):
    good = backup_of(filled)
    with InstanceLock(filled):
        assert "请先关闭" in refused(filled, good, capsys)


def test_restore_replaces_the_database_and_keeps_the_replaced_one(filled, tmp_path, capsys):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert run(["--data-dir", str(filled), "backup", "--to", str(usb)]) == 0
    good = next(usb.glob("station-*.sqlite3"))
    open_database(filled)
    try:
        add_volunteer(adult_input(name="李后来", id_number=make_id("110105", "19900101", 777),
                                  phone="13911112222"), ACTOR)
    finally:
        close_database()
    assert counts(filled / DB_FILENAME)["volunteer"] == 31
    capsys.readouterr()
    assert run(["--data-dir", str(filled), "restore", str(good)]) == 0
    out = capsys.readouterr().out
    assert "已从" in out and "原数据库已另存为" in out
    assert counts(filled / DB_FILENAME)["volunteer"] == 30
    replaced = list((filled / "backups").glob("replaced-*.sqlite3"))
    assert len(replaced) == 1 and counts(replaced[0])["volunteer"] == 31
    assert not list(filled.glob("restore-*"))
    open_database(filled)
    try:
        last = database.execute_sql("SELECT action, actor, after FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
        assert last[0] == "backup.restore" and "（命令行）" in last[1] and str(good) in last[2]
        assert verify_chain() == []
    finally:
        close_database()


def test_restore_from_a_read_only_file(filled, tmp_path):
    import os
    import stat

    good = tmp_path / "ro" / "station-backup.sqlite3"
    good.parent.mkdir()
    good.write_bytes(backup_of(filled).read_bytes())
    os.chmod(good, stat.S_IREAD)
    os.chmod(good.parent, stat.S_IREAD | stat.S_IEXEC)
    try:
        assert restore_file(filled, good, ACTOR).schema_version == LATEST_VERSION
    finally:
        os.chmod(good.parent, stat.S_IRWXU)
        os.chmod(good, stat.S_IRUSR | stat.S_IWUSR)
    assert not list(filled.glob("restore-staging*"))


def test_restore_of_an_older_schema_migrates_it(filled, tmp_path):
    older = tmp_path / "older.sqlite3"
    conn = sqlite3.connect(str(older))
    from station_app.db.migrations import MIGRATIONS, _split

    for version, (sql, _step) in enumerate(MIGRATIONS[:1], start=1):
        for statement in _split(sql):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    result = restore_file(filled, older, ACTOR)
    assert result.schema_version == 1
    conn = sqlite3.connect(str(filled / DB_FILENAME))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    conn.close()


def test_restore_is_for_administrators_only(filled):
    from station_app.errors import PermissionDenied

    good = backup_of(filled)
    before = digest(filled / DB_FILENAME)
    with pytest.raises(PermissionDenied):
        restore_file(filled, good, Actor("值班员甲", role="operator"))
    assert digest(filled / DB_FILENAME) == before
    assert not list((filled / "backups").glob("replaced-*"))


def test_inspect_refuses_a_missing_table(tmp_path):
    path = tmp_path / "x.sqlite3"
    sqlite3.connect(str(path)).close()
    with pytest.raises(BackupRefused):
        inspect_file(path)


def test_an_encrypted_copy_for_a_usb_stick_hides_the_roster_and_restores_with_its_passphrase(
        filled, tmp_path, capsys, monkeypatch):
    import io

    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert run(["--data-dir", str(filled), "backup", "--to", str(usb), "--passphrase-stdin"]) == 1
    assert "至少 8 个字符" in capsys.readouterr().err and not list(usb.iterdir())
    monkeypatch.setattr("sys.stdin", io.StringIO("朝西站 2026 备份口令\n"))
    assert run(["--data-dir", str(filled), "backup", "--to", str(usb), "--passphrase-stdin"]) == 0
    [sealed] = list(usb.iterdir())  # no plain copy left beside it
    assert sealed.name.endswith(".sqlite3.aes") and sealed.read_bytes()[:3] == b"AES"
    some_id = sqlite3.connect(str(filled / DB_FILENAME)).execute("SELECT id_number FROM volunteer LIMIT 1").fetchone()[0]
    assert some_id.encode() not in sealed.read_bytes() and b"SQLite format" not in sealed.read_bytes()
    before = digest(filled / DB_FILENAME)
    # without the passphrase, or with a wrong one: refused, nothing changed
    assert run(["--data-dir", str(filled), "restore", str(sealed)]) == 1
    assert "加密备份" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong passphrase\n"))
    assert run(["--data-dir", str(filled), "restore", str(sealed), "--passphrase-stdin"]) == 1
    assert "口令不对" in capsys.readouterr().err
    assert digest(filled / DB_FILENAME) == before and not list(filled.glob("restore-*"))
    # with it: restored and checked like any backup
    open_database(filled)
    try:
        add_volunteer(adult_input(name="李后来", id_number=make_id("110105", "19900101", 778)), ACTOR)
    finally:
        close_database()
    monkeypatch.setattr("sys.stdin", io.StringIO("朝西站 2026 备份口令\n"))
    assert run(["--data-dir", str(filled), "restore", str(sealed), "--passphrase-stdin"]) == 0
    assert counts(filled / DB_FILENAME)["volunteer"] == 30


def test_encryption_is_for_copies_taken_away(filled):
    open_database(filled)
    try:
        with pytest.raises(ValueError, match="U 盘"):
            make_backup(filled, ACTOR, passphrase="a long passphrase")
    finally:
        close_database()
