"""Opening data folders: migrating an old database without losing a row, and refusing what we can't open."""

from __future__ import annotations

import shutil
import sqlite3

import peewee
import pytest

from station_app.audit import verify_chain
from station_app.audit.log import entries_for
from station_app.config import DB_FILENAME
from station_app.db import DataFolderError, close_database, database, migrations, open_database
from station_app.db.migrations import LATEST_VERSION, migrate, schema_version
from station_app.db.models import ALL_MODELS
from station_app.roster.service import search_roster, stored_volunteer, update_volunteer
from station_app.roster.validation import check_volunteer, input_from_values
from support.core import DATA, READER, adult_input

FIXTURE = DATA / "schema_v1.sqlite"
V1_TABLES = ("station", "setting", "volunteer", "audit_entry")


def read_rows(conn_execute, table: str) -> list[dict]:
    cursor = conn_execute(f"SELECT * FROM {table} ORDER BY rowid")
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


@pytest.fixture
def v1_rows() -> dict[str, list[dict]]:
    """Every row of the committed v1 fixture, read without touching it."""
    conn = sqlite3.connect(f"file:{FIXTURE}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        return {t: read_rows(conn.execute, t) for t in V1_TABLES}
    finally:
        conn.close()


@pytest.fixture
def migrated(tmp_path):
    """A copy of the v1 fixture opened (and so migrated) by the app."""
    folder = tmp_path / "old-station"
    folder.mkdir()
    shutil.copyfile(FIXTURE, folder / DB_FILENAME)
    open_database(folder)
    yield folder
    close_database()


def test_fixture_holds_data_worth_migrating(v1_rows):
    assert len(v1_rows["station"]) == 1
    assert len(v1_rows["setting"]) == 2
    assert len(v1_rows["volunteer"]) == 5
    assert len(v1_rows["audit_entry"]) == 8
    assert "id_rev" not in v1_rows["volunteer"][0]


def test_v1_database_is_migrated_to_latest_keeping_every_row(v1_rows, migrated):
    assert schema_version(database) == LATEST_VERSION
    for table, old_rows in v1_rows.items():
        if table == "audit_entry":  # sealed and chained again: read back below
            continue
        new_rows = read_rows(database.execute_sql, table)
        assert len(new_rows) == len(old_rows), table
        for old, new in zip(old_rows, new_rows):
            assert {k: new[k] for k in old} == old, table


def test_v1_audit_entries_are_sealed_yet_read_back_as_they_were(v1_rows, migrated):
    """v8 seals every entry's personal values with the volunteer's key: what an entry says is unchanged,
    but no name, ID number or phone is left in the stored log for a deletion on request to miss."""
    import json

    from station_app.audit.log import readable
    from station_app.db.models import AuditEntry

    old_entries = v1_rows["audit_entry"]
    entries = list(AuditEntry.select().order_by(AuditEntry.id))
    assert len(entries) == len(old_entries) + 1 and entries[-1].action == "audit.sealed"
    assert json.loads(entries[-1].after)["old_chain_broken"] == []
    for old, entry in zip(old_entries, entries):
        shown = readable(entry)
        assert (shown["action"], shown["entity_id"], shown["erased"]) == (old["action"], old["entity_id"], False)
        assert shown["before"] == (json.loads(old["before"]) if old["before"] else None)
        assert shown["after"] == (json.loads(old["after"]) if old["after"] else None)
        assert shown["reason"] == old["reason"]
    stored = " ".join(str(v) for row in read_rows(database.execute_sql, "audit_entry") for v in row.values())
    for person in v1_rows["volunteer"]:
        assert person["id_number"] not in stored and person["name"] not in stored
        assert not person["phone"] or person["phone"] not in stored
    assert verify_chain() == []


def test_migrated_rows_have_their_tail_search_keys(v1_rows, migrated):
    new_rows = {r["id"]: r for r in read_rows(database.execute_sql, "volunteer")}
    for old in v1_rows["volunteer"]:
        new = new_rows[old["id"]]
        assert new["id_rev"] == old["id_number"][::-1]
        assert new["phone_rev"] == (old["phone"][::-1] if old["phone"] else None)
        assert new["platform_rev"] == (old["platform_no"][::-1] if old["platform_no"] else None)


@pytest.mark.parametrize(
    "query, include_inactive, expected",
    [
        ("002x", False, ["张秀英"]),  # ID tail, X typed lower-case
        ("8000", False, ["张秀英"]),  # phone tail
        ("0001", False, ["张秀英"]),  # platform number tail
        ("0042", False, ["约翰·史密斯"]),
        ("BJ-CY", False, ["约翰·史密斯"]),  # platform number prefix, with its dash
        ("678", False, ["约翰·史密斯"]),  # passport tail as its mask shows it; 王小明's guardian phone ends so too
        ("5678", False, []),  # one more than that mask shows: a passport's 4-character tail is not searched
        ("4567", False, ["约翰·史密斯"]),  # phone tail
        ("1212", False, ["李建国"]),
        ("zxy", False, ["张秀英"]),  # search keys written by v1
        ("lijian", False, ["李建国"]),
        ("陈", False, []),  # inactive
        ("1234", False, []),
        ("1234", True, ["陈静"]),
        ("1230", True, ["陈静"]),
    ],
)
def test_search_finds_migrated_rows(migrated, query, include_inactive, expected):
    page = search_roster(query, include_inactive=include_inactive, actor=READER)
    assert sorted(r.name for r in page.rows) == sorted(expected)
    assert page.total == len(expected)


def test_migrated_audit_chain_verifies_and_grows(migrated, staff):
    assert verify_chain() == []
    rec = stored_volunteer(2)
    inp = input_from_values(rec.values)
    inp.phone = "13911112222"
    update_volunteer(2, inp, staff, reason="补登手机")
    assert verify_chain() == []
    entries = entries_for("volunteer", 2)
    assert [e["action"] for e in entries] == ["volunteer.create", "volunteer.update"]
    assert entries[-1]["before"] == {"phone": None} and entries[-1]["after"] == {"phone": "13911112222"}
    assert [r.name for r in search_roster("2222", actor=READER).rows] == ["李建国"]


def test_migrated_volunteers_still_pass_the_rules(migrated):
    for volunteer_id in range(1, 6):
        values = stored_volunteer(volunteer_id).values
        checked = check_volunteer(input_from_values(values))
        assert checked.errors == [], (volunteer_id, checked.errors)
        assert checked.values == values
        # they consented to the first, single notice; a guardian's consent to it counts for the child
        assert values["consent_version"] == ("1" if values["consent_date"] else "")
        assert values["child_consent_version"] == ("1" if values["consent_by"] == "guardian" else "")


def test_new_volunteers_do_not_reuse_migrated_ids(migrated, staff):
    from station_app.roster.service import add_volunteer

    rec = add_volunteer(adult_input(), staff)
    assert rec.id == 6


def _columns(table: str) -> dict[str, tuple[bool, bool]]:
    """column -> (not null, primary key), as the database has it."""
    return {r[1]: (bool(r[3]), bool(r[5])) for r in database.execute_sql(f"PRAGMA table_info({table})").fetchall()}


def _model_columns(model) -> dict[str, tuple[bool, bool]]:
    return {f.column_name: (not f.null, bool(f.primary_key)) for f in model._meta.sorted_fields}


def _assert_models_match_schema():
    tables = {r[0] for r in database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").fetchall()}
    assert tables == {m._meta.table_name for m in ALL_MODELS}
    for model in ALL_MODELS:
        schema = _columns(model._meta.table_name)
        fields = _model_columns(model)
        assert set(schema) == set(fields), model.__name__
        for column, (not_null, pk) in fields.items():
            assert schema[column][1] == pk, (model.__name__, column)
            if not pk:  # SQLite reports PRIMARY KEY columns as nullable
                assert schema[column][0] == not_null, (model.__name__, column, "NOT NULL differs")


def test_new_database_schema_matches_the_models(station_db):
    _assert_models_match_schema()


def test_migrated_database_schema_matches_the_models(migrated):
    _assert_models_match_schema()


def test_reopening_keeps_data_and_version(tmp_path, staff):
    from station_app.roster.service import add_volunteer

    folder = tmp_path / "station"
    open_database(folder)
    rec = stored_volunteer(add_volunteer(adult_input(), staff).id)
    close_database()
    open_database(folder)
    try:
        assert schema_version(database) == LATEST_VERSION
        assert stored_volunteer(rec.id).values == rec.values
    finally:
        close_database()


def test_database_is_opened_for_durable_commits(station_db):
    def pragma(name):
        return database.execute_sql(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL: a power cut after a commit loses nothing
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") >= 1000


def test_a_failed_migration_leaves_the_previous_version_intact(station_db, monkeypatch):
    def broken_step(db):
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + [
        ("CREATE TABLE half_done (x INTEGER);\nINSERT INTO half_done VALUES (1);", broken_step),
    ])
    monkeypatch.setattr(migrations, "LATEST_VERSION", LATEST_VERSION + 1)
    with pytest.raises(RuntimeError):
        migrate(database, target=LATEST_VERSION + 1)
    assert schema_version(database) == LATEST_VERSION
    assert database.execute_sql("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0


def test_a_failed_migration_statement_is_rolled_back(station_db, monkeypatch):
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + [
        ("CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);", None),
    ])
    monkeypatch.setattr(migrations, "LATEST_VERSION", LATEST_VERSION + 1)
    with pytest.raises(peewee.OperationalError):
        migrate(database, target=LATEST_VERSION + 1)
    assert schema_version(database) == LATEST_VERSION
    assert database.execute_sql("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0


# --- folders and files that cannot be used --------------------------------------------------------


def test_database_from_a_newer_app_is_refused(tmp_path):
    folder = tmp_path / "station"
    open_database(folder)
    close_database()
    conn = sqlite3.connect(folder / DB_FILENAME)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(DataFolderError) as info:
        open_database(folder)
    assert "更新版本" in str(info.value) and str(LATEST_VERSION + 1) in str(info.value)
    assert database.is_closed()
    conn = sqlite3.connect(folder / DB_FILENAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION + 1  # left as it was
    conn.close()


def test_data_folder_that_is_a_file_is_refused(tmp_path):
    path = tmp_path / "station"
    path.write_text("not a folder")
    with pytest.raises(DataFolderError) as info:
        open_database(path)
    assert str(info.value) == f"数据文件夹路径 {path} 不是文件夹。"
    assert path.read_text() == "not a folder"


def test_data_folder_inside_a_file_is_refused(tmp_path):
    path = tmp_path / "file"
    path.write_text("x")
    with pytest.raises(DataFolderError) as info:
        open_database(path / "station")
    assert "无法创建数据文件夹" in str(info.value)


def test_junk_database_file_is_refused_and_kept(tmp_path):
    folder = tmp_path / "station"
    folder.mkdir()
    junk = bytes(range(256)) * 16
    (folder / DB_FILENAME).write_bytes(junk)
    with pytest.raises(DataFolderError) as info:
        open_database(folder)
    message = str(info.value)
    assert "不是 Station Desk 数据库" in message and "备份" in message
    assert (folder / DB_FILENAME).read_bytes() == junk  # never overwritten
    assert database.is_closed()


def test_a_good_folder_opens_after_a_refused_one(tmp_path, staff):
    bad = tmp_path / "bad"
    bad.write_text("x")
    with pytest.raises(DataFolderError):
        open_database(bad)
    open_database(tmp_path / "good")
    try:
        assert schema_version(database) == LATEST_VERSION
    finally:
        close_database()
