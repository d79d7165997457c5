"""数据保留: phone, guardian, skills and notes go when kept past their time after a volunteer leaves,
leaving nothing in the files; the statutory record (name, ID, hours) stays. Used as the 站长 uses it,
from the command line, and through a restore of an older backup."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app import config
from station_app.audit.log import entries_for, verify_chain
from station_app.backup import make_backup, restore_file
from station_app.config import DB_FILENAME
from station_app.db import close_database, database, open_database
from station_app.db.models import Volunteer
from station_app.errors import PermissionDenied
from station_app.roster.retention import cutoff, erase_expired, retention_due
from station_app.roster.service import add_volunteer, set_status, update_volunteer
from station_app.station import settings
from support.core import adult_input, make_id, run_station_app

PHONE, NOTE = "13711112222", "住3号楼2单元，腿脚不便"
OPERATOR_ROLE = "operator"


def _left(folder, months_ago: int, actor, name="王秀英", phone=PHONE, notes=NOTE) -> int:
    """A volunteer who left *months_ago* months ago (the trigger dated it today: the test moves it back)."""
    vid = add_volunteer(adult_input(name=name, id_number=make_id("110105", "19600101", 100 + months_ago), phone=phone,
                                    notes=notes, skills="驾驶", extra_consent=True), actor).id
    set_status(vid, "inactive", actor, "搬走了")
    assert Volunteer.get_by_id(vid).inactive_since == dt.date.today()
    back = cutoff(dt.date.today(), months_ago)
    database.execute_sql("UPDATE volunteer SET inactive_since = ? WHERE id = ?", (back.isoformat(), vid))
    return vid


def test_the_month_arithmetic_keeps_the_day_or_the_months_last():
    assert cutoff(dt.date(2026, 12, 3), 24) == dt.date(2024, 12, 3)
    assert cutoff(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert cutoff(dt.date(2026, 1, 15), 13) == dt.date(2024, 12, 15)


def test_reactivating_clears_the_date_and_every_write_path_sets_it(station_db, actor):
    vid = add_volunteer(adult_input(), actor).id
    assert Volunteer.get_by_id(vid).inactive_since is None
    set_status(vid, "inactive", actor)
    assert Volunteer.get_by_id(vid).inactive_since == dt.date.today()
    set_status(vid, "active", actor)
    assert Volunteer.get_by_id(vid).inactive_since is None
    update_volunteer(vid, adult_input(status="inactive"), actor)  # the dialog's status field
    assert Volunteer.get_by_id(vid).inactive_since == dt.date.today()


def test_only_those_past_their_time_are_listed_and_erased(tmp_path, actor):
    folder = tmp_path / "station"
    open_database(folder)
    settings.put(config.PRIVACY_EXTRA_KEEP_MONTHS, 12, actor)
    old = _left(folder, 13, actor)
    recent = _left(folder, 6, actor, name="李建国", phone="13522224444", notes="")
    active = add_volunteer(adult_input(name="赵敏", id_number=make_id("110105", "19700101", 7),
                                       phone="13433335555"), actor).id
    [due] = retention_due(actor)
    assert (due.volunteer_id, due.name) == (old, "王秀英")
    assert due.summary == "手机号码、技能/标签、备注"
    from station_app.audit import Actor

    with pytest.raises(PermissionDenied):
        erase_expired([old], Actor("值班员", via="gui", role=OPERATOR_ROLE))
    before_backup = make_backup(folder, actor).path
    done = erase_expired([old, recent, active], actor)  # only the one the check lists
    assert done.volunteers == 1
    row = Volunteer.get_by_id(old)
    assert (row.phone, row.notes, row.skills, row.guardian_phone) == (None, "", "", None)
    assert row.name == "王秀英" and row.id_number and row.extra_erased_at  # the statutory record stays
    assert Volunteer.get_by_id(recent).phone == "13522224444" and Volunteer.get_by_id(active).phone
    assert retention_due(actor) == []
    # nothing of it is left in the files: database, WAL, a backup made after; the log cannot read it either
    after_backup = make_backup(folder, actor).path
    db_file = folder / DB_FILENAME
    for path in (db_file, db_file.with_name(DB_FILENAME + "-wal"), after_backup):
        raw = path.read_bytes() if path.exists() else b""
        assert PHONE.encode() not in raw and NOTE.encode() not in raw, path
    entries = entries_for("volunteer", old)
    assert entries[-1]["action"] == "volunteer.retention_erase"
    assert entries[-1]["after"]["fields"] == ["手机号码", "技能/标签", "备注"]
    assert all(PHONE not in repr(e) and NOTE not in repr(e) for e in entries)
    assert verify_chain() == []
    close_database()

    # a restore of the backup from before the erasure erases it again
    restore_file(folder, before_backup, actor)
    assert PHONE.encode() not in (folder / DB_FILENAME).read_bytes()
    open_database(folder)
    try:
        row = Volunteer.get_by_id(old)
        assert row.phone is None and row.notes == "" and row.name == "王秀英"
        assert Volunteer.get_by_id(recent).phone == "13522224444"
    finally:
        close_database()


def test_the_command_lists_then_erases_on_erase(tmp_path, actor):
    folder = tmp_path / "station"
    open_database(folder)
    old = _left(folder, 30, actor)
    close_database()
    listed = run_station_app("--data-dir", str(folder), "retention")
    assert listed.returncode == 0, listed.stderr
    assert "停用后超过 24 个月、仍存有以下信息的志愿者 1 名" in listed.stdout and "王秀英" in listed.stdout
    assert "station-app retention --erase" in listed.stdout
    erased = run_station_app("--data-dir", str(folder), "retention", "--erase")
    assert erased.returncode == 0, erased.stderr
    assert "已删除 1 名志愿者超过保留期限的信息" in erased.stdout
    again = run_station_app("--data-dir", str(folder), "retention")
    assert "没有超过保留期限的信息（停用后保留 24 个月）" in again.stdout
    open_database(folder)
    try:
        assert Volunteer.get_by_id(old).phone is None
    finally:
        close_database()
