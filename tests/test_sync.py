"""Sync against the real reference platform on loopback: outbox, batches, acks, roster pull, CLI.

The promise checked everywhere: each approved record is held by the platform
exactly once, nothing is lost, and what the platform refuses is shown with its reason.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest
from hours_fixtures import DAY, at, people, posts  # noqa: F401 - fixtures
from sync_fixtures import FAST, STATION, TOKEN, approve_days, config_for, platform, platform_record_ids  # noqa: F401

from station_app.db.models import OutboxItem, ServiceRecord, SyncBatch, Volunteer
from station_app.hours import review
from station_app.hours.records import RecordInput
from station_app.sync import state
from station_app.sync.engine import SyncError, run_sync
from station_app.sync.token_store import load_token, save_token

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


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
    assert [r[0] for r in platform.requests_seen[before:]].count("POST") == 0


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
    assert all(item.op_id.encode() not in r[3] for r in platform.requests_seen[seen:])
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
    from station_app.sync.outbox import requeue_rejected

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
