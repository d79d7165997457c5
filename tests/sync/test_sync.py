"""Sync against the real reference platform on loopback: outbox, batches, acks, roster pull, CLI.

The promise checked everywhere: each approved record is held by the platform
exactly once, nothing is lost, and what the platform refuses is shown with its reason.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import subprocess
import sys

import pytest

from station_app.db.models import OutboxItem, ServiceRecord, SyncBatch, Volunteer
from station_app.hours import review
from station_app.hours.records import RecordInput
from station_app.sync import state
from station_app.sync.engine import SyncError, run_sync
from station_app.sync.token_store import load_token, save_token
from support.core import READER, REPO
from support.hours import DAY, at
from support.sync import FAST, STATION, TOKEN, approve_days, config_for, platform_record_ids


def local_uids(ids) -> list[str]:
    return sorted(r.uid for r in ServiceRecord.select().where(ServiceRecord.id.in_(list(ids))))


def test_approval_writes_its_outbox_item_in_the_same_transaction(people, posts, actor):
    ids = approve_days(people[:2], posts.garbage, actor, days=2)
    items = list(OutboxItem.select().order_by(OutboxItem.id))
    assert sorted(i.record_id for i in items) == sorted(ids)
    assert {i.op for i in items} == {"add"} and {i.state for i in items} == {"pending"}
    assert len({i.op_id for i in items}) == len(items)


def test_records_on_posts_that_do_not_count_are_not_sent(people, posts, actor):
    approve_days(people[:1], posts.duty, actor, days=1)
    assert OutboxItem.select().count() == 0


def test_a_full_sync_sends_every_approved_record_once(data_dir, people, posts, actor, platform):
    ids = approve_days(people, posts.garbage, actor, days=3)
    report = run_sync(data_dir, config_for(platform), FAST)
    assert report.accepted == len(ids) and report.rejected == 0
    assert platform_record_ids(platform) == local_uids(ids)
    assert state.overview().pending == 0 and state.overview().last_success_at
    held = platform.store.records(STATION)[0]
    assert held["minutes"] == 120 and held["record"]["post"]["code"] == "P-GARBAGE"
    # the platform's volunteer numbers come back and are kept
    assert all(v.platform_no for v in Volunteer.select())
    # a second sync has nothing to send and sends nothing
    before = len(platform.requests_seen)
    again = run_sync(data_dir, config_for(platform), FAST)
    assert again.batches_sent == 0
    assert [r.method for r in platform.requests_seen[before:]].count("POST") == 0


def test_batches_respect_the_limits_the_status_endpoint_gives(data_dir, people, posts, actor, platform):
    platform.faults.max_batch_items = 3
    ids = approve_days(people, posts.garbage, actor, days=4)  # 16 records
    report = run_sync(data_dir, config_for(platform), FAST)
    assert report.batches_sent == 6
    assert all(b.item_count <= 3 for b in SyncBatch.select())
    assert platform_record_ids(platform) == local_uids(ids)


def test_a_correction_voids_the_old_record_and_sends_the_new_one(data_dir, people, posts, actor, platform):
    ids = approve_days(people[:1], posts.garbage, actor, days=1)
    run_sync(data_dir, config_for(platform), FAST)
    new = review.correct(ids[0], RecordInput(people[0].id, posts.garbage.id, at("08:00"), at("09:30")),
                         "签到表核对，实际 1.5 小时", actor)
    run_sync(data_dir, config_for(platform), FAST)
    held = platform.store.records(STATION)
    assert [r["record_id"] for r in held] == local_uids([new.id])
    assert held[0]["minutes"] == 90 and held[0]["corrects"] == local_uids(ids)[0]
    assert platform.store.voided_record_ids(STATION) == local_uids(ids)


def test_a_correction_before_sync_sends_only_the_corrected_record(data_dir, people, posts, actor, platform):
    ids = approve_days(people[:1], posts.garbage, actor, days=1)
    new = review.correct(ids[0], RecordInput(people[0].id, posts.garbage.id, at("08:00"), at("09:00")), "录错", actor)
    run_sync(data_dir, config_for(platform), FAST)
    assert platform_record_ids(platform) == local_uids([new.id])
    assert platform.store.voided_record_ids(STATION) == []
    assert platform.store.records(STATION)[0]["corrects"] is None  # the platform never held the old one


def post_from_another_station(server, person, start: str, end: str) -> None:
    """Another station sends this volunteer's time first (the platform checks overlap city-wide)."""
    import uuid

    import requests

    server.add_station("BJ-CY-0002", "另一站", "other-token")
    v = Volunteer.get_by_id(person.id)
    record = {"record_id": str(uuid.uuid4()), "volunteer": {"platform_id": None, "name": v.name, "id_type": v.id_type,
              "id_number": v.id_number, "phone": v.phone}, "post": {"code": "X", "name": "别处", "category": "社区治理"},
              "place": "", "started_at": start, "ended_at": end, "minutes": 60, "people_served": None, "content": "",
              "source": "manual", "recorded_by": "某人", "approved_by": "某人", "approved_at": start, "corrects": None}
    batch_id = str(uuid.uuid4())
    body = json.dumps({"batch_id": batch_id, "device_id": str(uuid.uuid4()), "sent_at": end,
                       "items": [{"op_id": str(uuid.uuid4()), "op": "add", "record": record}]}).encode()
    answer = requests.post(f"{server.url}/api/v1/stations/BJ-CY-0002/batches", data=body, headers={
        "Authorization": "Bearer other-token", "X-Station-Protocol": "1", "Content-Type": "application/json",
        "Idempotency-Key": batch_id}, timeout=5)
    assert answer.json()["results"][0]["status"] == "accepted"


def test_rejected_items_are_shown_with_their_reason_and_never_resent(data_dir, people, posts, actor, platform):
    post_from_another_station(platform, people[0], at("09:00").isoformat(), at("10:00").isoformat())
    ids = approve_days(people[:2], posts.garbage, actor, days=1)  # people[0] 08:00-10:00 overlaps
    report = run_sync(data_dir, config_for(platform), FAST)
    assert (report.accepted, report.rejected) == (1, 1)
    [item] = state.rejected_items()
    assert item.code == "overlap" and item.message and item.volunteer == people[0].name
    assert "08:00–10:00" in item.what and item.record_id == ids[0]
    assert state.overview().rejected == 1 and state.overview().pending == 0
    # never resent as it is
    seen = len(platform.requests_seen)
    run_sync(data_dir, config_for(platform), FAST)
    assert [r.path for r in platform.requests_seen[seen:] if r.method == "POST"] == []  # nothing else was pending
    # the fix: correct the record's time; the correction is queued again and accepted
    new = review.correct(ids[0], RecordInput(people[0].id, posts.garbage.id, at("10:00"), at("11:00")),
                         "与他站记录重叠，按签到表更正", actor)
    run_sync(data_dir, config_for(platform), FAST)
    assert local_uids([new.id])[0] in platform_record_ids(platform)
    assert state.rejected_items() == [] and platform.store.voided_record_ids(STATION) == []


def test_a_bad_identity_is_fixed_on_the_roster_and_the_record_queued_again(data_dir, people, posts, actor, platform):
    ids = approve_days(people[:1], posts.garbage, actor, days=1)
    # an ID typed into an old version with a wrong check character (the app refuses it today)
    good = Volunteer.get_by_id(people[0].id).id_number
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    Volunteer.update(id_number=bad).where(Volunteer.id == people[0].id).execute()
    run_sync(data_dir, config_for(platform), FAST)
    [item] = state.rejected_items()
    assert item.code == "bad_id_number"
    Volunteer.update(id_number=good).where(Volunteer.id == people[0].id).execute()
    from station_app.sync.requeue import requeue_rejected

    requeue_rejected(item.op_id, actor)
    run_sync(data_dir, config_for(platform), FAST)
    assert platform_record_ids(platform) == local_uids(ids) and state.rejected_items() == []


def test_the_token_is_kept_privately_and_never_logged(data_dir, db, tmp_path, monkeypatch):
    monkeypatch.setenv("STATION_APP_NO_KEYRING", "1")
    assert save_token(data_dir, "s3cret-token-value") == "file"
    path = data_dir / "platform_token"
    assert load_token(data_dir) == "s3cret-token-value"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def run_cli(data_dir, *args, stdin: str = "", env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "STATION_APP_NO_KEYRING": "1", **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "station_app", "--data-dir", str(data_dir), *args], input=stdin,
                          capture_output=True, text=True, cwd=REPO, timeout=120, env=env)


def test_the_sync_command_uses_the_settings_and_reports(data_dir, people, posts, actor, platform):
    ids = approve_days(people, posts.garbage, actor, days=1)
    from station_app.db import close_database

    close_database()
    done = run_cli(data_dir, "sync-setup", "--url", platform.url, "--station", STATION, "--token-stdin",
                   stdin=TOKEN + "\n")
    assert done.returncode == 0, done.stderr
    out = run_cli(data_dir, "sync")
    assert out.returncode == 0, out.stderr
    assert f"平台接收 {len(ids)} 条" in out.stdout and "仍待上传 0 条" in out.stdout
    logs = "".join(p.read_text(encoding="utf-8") for p in data_dir.rglob("*.log"))
    assert TOKEN not in out.stdout + out.stderr + logs
    assert len(platform.store.records(STATION)) == len(ids)


def test_the_sync_command_exits_non_zero_when_the_platform_is_unreachable(data_dir, db, platform):
    url = platform.url
    platform.stop()
    from station_app.db import close_database

    close_database()
    out = run_cli(data_dir, "sync", "--url", url, "--token", TOKEN, "--station", STATION)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "平台暂时无法连接" in out.stderr and "Traceback" not in out.stderr
    assert TOKEN not in out.stderr


def test_plain_http_is_refused_except_on_loopback(data_dir, db):
    with pytest.raises(SyncError, match="https"):
        from station_app.sync.engine import SyncConfig

        run_sync(data_dir, SyncConfig("http://platform.example.cn", TOKEN, STATION), FAST)


# --- roster pull ---------------------------------------------------------------------------------------------------

def test_the_roster_pull_brings_new_people_updates_and_tombstones(data_dir, people, actor, platform):
    from station_app.roster.service import search_roster
    from support.core import make_id

    new_id = make_id("110105", "19900101", 301)
    platform.store.upsert_volunteer(STATION, None, "孙七", "CN_RIC", new_id, "13900139000", "M")
    # a volunteer the station already has, known to the platform: the platform's number reaches the roster
    p0 = Volunteer.get_by_id(people[0].id)
    number = platform.store.upsert_volunteer(STATION, None, p0.name, p0.id_type, p0.id_number, p0.phone)
    report = run_sync(data_dir, config_for(platform), FAST)
    assert report.pulled_changes == 2
    sun = Volunteer.get(Volunteer.id_number == new_id)
    assert (sun.name, sun.phone, sun.gender, sun.status) == ("孙七", "13900139000", "M", "active")
    assert search_roster("孙", actor=READER).total >= 1  # searchable like anyone typed in
    assert Volunteer.get_by_id(people[0].id).platform_no == number
    # applying again changes nothing; a tombstone makes the volunteer inactive but keeps them
    assert run_sync(data_dir, config_for(platform), FAST).pulled_changes == 0
    platform.store.upsert_volunteer(STATION, sun.platform_no, "孙七", "CN_RIC", new_id, "13900139000", "M",
                                    status="deleted")
    run_sync(data_dir, config_for(platform), FAST)
    assert Volunteer.get_by_id(sun.id).status == "inactive"


def test_a_pulled_row_that_breaks_a_roster_rule_is_kept_but_not_offered_for_check_in(data_dir, people, actor,
                                                                                  platform):
    """A 2016-born "小明123" arrives from the platform: no guardian, no consent, digits in the name. The
    station keeps the platform's record, but the kiosk does not offer them and staff see why."""
    from station_app.kiosk import service as kiosk
    from station_app.roster.service import search_roster, update_volunteer
    from station_app.roster.validation import VolunteerInput
    from support.core import make_id

    child = make_id("110105", "20160301", 302)
    platform.store.upsert_volunteer(STATION, None, "小明123", "CN_RIC", child, "13900139002", "M")
    run_sync(data_dir, config_for(platform), FAST)
    row = Volunteer.get(Volunteer.id_number == child)
    assert row.status == "active" and row.name == "小明123"  # kept as the platform sent it
    assert "姓名" in row.pull_problem and "监护人" in row.pull_problem
    assert kiosk.identify("9002").candidates == [] and kiosk.identify("13900139002").candidates == []
    [shown] = search_roster("9002", actor=READER).rows
    assert shown.problem == row.pull_problem  # the roster shows staff the reason
    # staff complete the record from the paper form: the rules pass, the kiosk offers them again
    update_volunteer(row.id, VolunteerInput(name="王小明", id_number=child, phone="13900139002",
                                            guardian_name="王大明", guardian_phone="13900139003", consent=True,
                                            consent_date=dt.date.today(), child_consent=True,
                                            child_consent_date=dt.date.today()), actor, "补全监护人和告知同意")
    assert Volunteer.get_by_id(row.id).pull_problem is None
    assert [c.name for c in kiosk.identify("9002").candidates] == ["王小明"]


def test_the_pull_never_overwrites_a_local_edit_the_platform_has_not_seen(data_dir, people, actor, platform):
    from station_app.roster.service import stored_volunteer, update_volunteer
    from station_app.roster.validation import VolunteerInput

    p0 = Volunteer.get_by_id(people[0].id)
    number = platform.store.upsert_volunteer(STATION, None, p0.name, p0.id_type, p0.id_number, p0.phone)
    run_sync(data_dir, config_for(platform), FAST)
    assert Volunteer.get_by_id(p0.id).platform_no == number
    # staff correct the phone here; the platform meanwhile changes the name
    values = dict(stored_volunteer(p0.id).values)
    values["phone"] = "13700137000"
    update_volunteer(p0.id, VolunteerInput(**{k: ("" if v is None else v) for k, v in values.items()
                                              if k in VolunteerInput.__dataclass_fields__}), actor)
    platform.store.upsert_volunteer(STATION, number, "张叁", p0.id_type, p0.id_number, "13800138000")
    run_sync(data_dir, config_for(platform), FAST)
    kept = Volunteer.get_by_id(p0.id)
    assert (kept.name, kept.phone) == (p0.name, "13700137000")


def test_an_expired_cursor_restarts_the_pull_from_the_beginning(data_dir, db, platform):
    from support.core import make_id

    for i in range(3):
        platform.store.upsert_volunteer(STATION, None, f"周{i}", "CN_RIC", make_id("110105", "19900101", 400 + i))
    run_sync(data_dir, config_for(platform), FAST)
    platform.store.expire_cursors()
    platform.store.upsert_volunteer(STATION, None, "吴九", "CN_RIC", make_id("110105", "19900101", 410))
    report = run_sync(data_dir, config_for(platform), FAST)
    assert report.pulled_changes == 1 and Volunteer.select().count() == 4
    assert any("/volunteers" in path and "cursor" not in path for path in (r.path for r in platform.requests_seen[-3:]))


# --- certificates and manual upload ---------------------------------------------------------------------------------

def test_issued_and_revoked_certificates_are_registered_and_verifiable_online(data_dir, people, posts, actor,
                                                                             platform):
    import requests

    from station_app.certificates.issue import issue_certificate
    from station_app.certificates.register import revoke_certificate
    from station_app.demo import DEMO_STATION
    from station_app.station.profile import save_profile

    save_profile(DEMO_STATION, actor)
    approve_days(people[:1], posts.garbage, actor, days=2)
    issued = issue_certificate(people[0].id, actor)
    report = run_sync(data_dir, config_for(platform), FAST)
    assert report.certificates == 1
    check = requests.get(f"{platform.url}/api/v1/certificates/{issued.serial}", params={"code": issued.code}, timeout=5)
    assert check.status_code == 200 and check.json()["status"] == "issued" and check.json()["total_minutes"] == 240
    assert check.json()["volunteer_name"] == people[0].name[0] + "*"
    # signed with the profile's key although the platform gave the volunteer a number after the records went up
    assert check.json()["signature_valid"] is True
    revoke_certificate(issued.serial, "信息有误，重新出具", actor)
    run_sync(data_dir, config_for(platform), FAST)
    again = requests.get(f"{platform.url}/api/v1/certificates/{issued.serial}", params={"code": issued.code}, timeout=5)
    assert again.json()["status"] == "revoked"
    wrong = requests.get(f"{platform.url}/api/v1/certificates/{issued.serial}", params={"code": "XXXX-XXXX"}, timeout=5)
    assert wrong.status_code == 404


def test_without_a_platform_the_waiting_records_are_exported_and_marked_uploaded(data_dir, people, posts, actor,
                                                                                tmp_path):
    from openpyxl import load_workbook

    from station_app.db.models import AuditEntry
    from station_app.sync.manual_upload import export_for_manual_upload, mark_uploaded

    ids = approve_days(people, posts.garbage, actor, days=1)
    out = tmp_path / "待上传.xlsx"
    op_ids = export_for_manual_upload(out, actor)
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 1 + len(ids) and rows[0][0] == "操作编号"
    full_ids = {Volunteer.get_by_id(p.id).id_number for p in people}
    assert {r[5] for r in rows[1:]} == full_ids  # the platform needs the full numbers
    assert sheet.cell(row=2, column=6).data_type == "s"  # kept as text
    more = approve_days(people[:1], posts.traffic, actor, days=1, start_day=DAY.replace(day=DAY.day + 1))
    assert mark_uploaded(op_ids, actor).count == len(ids)
    view = state.overview()
    assert (view.pending, view.manual) == (len(more), len(ids))  # approved meanwhile: still waiting
    assert AuditEntry.select().where(AuditEntry.action.in_(("sync.manual_export", "sync.manual_upload"))).count() == 2


def test_operators_cannot_export_full_numbers_requeue_or_change_sync_settings(data_dir, db):
    from station_app.audit import Actor
    from station_app.errors import PermissionDenied
    from station_app.sync.manual_upload import export_for_manual_upload, mark_uploaded
    from station_app.sync.requeue import requeue_rejected
    from station_app.sync.setup import save_sync_settings

    operator = Actor("值班员小李")
    for call in (lambda: export_for_manual_upload(data_dir / "x.xlsx", operator),
                 lambda: mark_uploaded(["x"], operator), lambda: requeue_rejected("x", operator),
                 lambda: save_sync_settings(data_dir, operator, "https://platform.example.cn", STATION, "t")):
        with pytest.raises(PermissionDenied):
            call()
    assert not (data_dir / "x.xlsx").exists() and not (data_dir / "platform_token").exists()
