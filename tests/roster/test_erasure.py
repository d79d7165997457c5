"""A deletion on request deletes: nothing of the person in the database file, its WAL, the audit log, an
export of the log, or any backup made afterwards; a restore of an older backup erases them again.

The check is on raw bytes, the way someone holding a copied file would look.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from station_app.audit.log import entries_for, verify_chain
from station_app.audit_view.export import export_audit
from station_app.backup import make_backup, restore_file
from station_app.certificates.issue import issue_certificate
from station_app.config import DB_FILENAME
from station_app.db import close_database, open_database
from station_app.db.models import Erasure, SubjectKey, Volunteer
from station_app.hours import review
from station_app.hours.records import RecordInput
from station_app.roster.privacy import anonymise_volunteer
from station_app.roster.service import update_volunteer
from station_app.roster.validation import VolunteerInput
from station_app.sync.manual_upload import export_for_manual_upload, mark_uploaded
from support.certificates import ID_NUMBER, tell_story

PHONE, NEW_PHONE = "13800138000", "13711112222"
GUARDIAN, NOTE = "张大山", "住3号楼2单元，腿脚不便"
NAME = "张秀英"


def _bytes(path) -> bytes:
    return path.read_bytes() if path.exists() else b""


def _traces(raw: bytes) -> list[str]:
    """Which of the person's values are readable in *raw* (UTF-8, as SQLite and the CSV store text)."""
    needles = (NAME, ID_NUMBER, ID_NUMBER[6:14], PHONE, NEW_PHONE, GUARDIAN, NOTE, "zhangxiuying")
    return [n for n in needles if n.encode("utf-8") in raw]


def _a_station_that_knew_her(folder, actor, tmp_path):
    open_database(folder)
    story = tell_story(actor)
    vid = story.volunteer.id
    update_volunteer(vid, VolunteerInput(name=NAME, id_number=ID_NUMBER, phone=NEW_PHONE, team="垃圾分类督导队",
                                         notes=NOTE, guardian_name=GUARDIAN, extra_consent=True), actor, "换了手机号")
    rec = review.correct(story.counted_2024[0], RecordInput(
        vid, story.garbage.id, dt.datetime(2024, 5, 6, 7, 0).astimezone(), dt.datetime(2024, 5, 6, 9, 45).astimezone(),
        content=f"{NAME}带新人熟悉岗位"), f"{NAME}本人说晚走了一刻钟", actor)
    issue_certificate(vid, actor)
    # the law: her approved hours reach the platform before her data may go
    mark_uploaded(export_for_manual_upload(tmp_path / "upload.xlsx", actor), actor)
    (tmp_path / "upload.xlsx").unlink()  # that sheet was handed in; it is not the app's to keep
    return story, rec


def test_nothing_of_the_person_is_left_in_the_files_the_app_writes(tmp_path, actor):
    folder = tmp_path / "station"
    story, _rec = _a_station_that_knew_her(folder, actor, tmp_path)
    before = make_backup(folder, actor).path
    assert set(_traces(before.read_bytes())) >= {NAME, ID_NUMBER, NEW_PHONE, NOTE}  # the needles are findable

    anonymise_volunteer(story.volunteer.id, "本人书面申请（2026-12-01）", actor)
    after = make_backup(folder, actor).path
    export_audit(tmp_path / "audit.csv", actor)
    db_file = folder / DB_FILENAME
    wal = db_file.with_name(DB_FILENAME + "-wal")
    for path in (db_file, wal, tmp_path / "audit.csv", after):
        assert _traces(_bytes(path)) == [], path
    # what the log says stays checkable, and what it says of her is gone for everyone
    assert verify_chain() == []
    assert any(e["erased"] for e in entries_for("volunteer", story.volunteer.id))
    assert [e.volunteer_uid for e in Erasure.select()] == [story.volunteer.uid]
    assert SubjectKey.select().where(SubjectKey.subject == story.volunteer.uid).count() == 1  # a new key, for later
    close_database()
    for path in (db_file, wal):  # once closed too (the last connection checkpoints the WAL)
        assert _traces(_bytes(path)) == [], path


def test_a_restore_of_a_backup_from_before_the_deletion_erases_her_again(tmp_path, actor):
    folder = tmp_path / "station"
    story, _rec = _a_station_that_knew_her(folder, actor, tmp_path)
    before = make_backup(folder, actor).path
    uid = story.volunteer.uid
    anonymise_volunteer(story.volunteer.id, "本人书面申请（2026-12-01）", actor)
    close_database()

    restore_file(folder, before, actor)
    restored = folder / DB_FILENAME
    assert _traces(restored.read_bytes()) == []
    open_database(folder)
    try:
        row = Volunteer.get(Volunteer.uid == uid)
        assert row.anonymised_at and row.name.startswith("已删除志愿者")
        # the list that made it possible names no one: a random uid and a time
        conn = sqlite3.connect(str(restored))
        assert [c[1] for c in conn.execute("PRAGMA table_info(erasure)")] == ["id", "volunteer_uid", "erased_at"]
        conn.close()
        assert [e.volunteer_uid for e in Erasure.select()] == [uid]
        assert verify_chain() == []
        [restore_entry] = [e for e in entries_for("backup", before.name) if e["action"] == "backup.restore"]
        assert restore_entry["after"]["erased_again"] == 1
    finally:
        close_database()
