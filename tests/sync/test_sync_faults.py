"""The fault tests of issue 6, each against the reference platform on loopback.

Whatever goes wrong, the outcome is the same: each approved record is held by
the platform exactly once, nothing is lost, and rejections are shown.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import random
import sqlite3
import subprocess
import sys
import threading
import time
import uuid

import pytest

from station_app.config import DB_FILENAME
from station_app.db import close_database, database, open_database
from station_app.db.models import Award, Evaluation, OutboxItem, ServiceRecord, SyncBatch, TrainingAttendance
from station_app.sync import batches, state
from station_app.sync.engine import Policy, SyncError, run_sync
from support.core import REPO, make_id
from support.hours import DAY
from support.sync import FAST, STATION, TOKEN, approve_days, config_for


def approved_uids() -> list[str]:
    return sorted(r.uid for r in ServiceRecord.select().where((ServiceRecord.state == "approved")
                                                              & (ServiceRecord.counts == True)))  # noqa: E712


def valid_kind_uids(kind: str) -> list[str]:
    model = {"training": TrainingAttendance, "award": Award, "evaluation": Evaluation}[kind]
    return sorted(r.uid for r in model.select().where(model.state == "valid"))


def assert_exactly_once(server) -> None:
    """Every approved record, training attendance, award and evaluation held once, nothing else (voided
    ones not held); every outbox item settled."""
    held = [r["record_id"] for r in server.store.records(STATION)]
    assert len(held) == len(set(held)), "a record is held twice"
    assert sorted(held) == approved_uids()
    for kind in ("training", "award", "evaluation"):
        kept = [r["record_id"] for r in server.store.records_of_kind(kind, STATION)]
        assert len(kept) == len(set(kept)), f"a {kind} record is held twice"
        assert sorted(kept) == valid_kind_uids(kind), kind
    assert OutboxItem.select().where(OutboxItem.state.in_(("pending", "batched"))).count() == 0


def add_other_kinds(people, actor, sessions: int = 3) -> int:
    """Training for everyone at each session, an award and an evaluation each: how many items that queues."""
    from station_app.hours.times import local_time
    from station_app.record_kinds.awards import AwardInput, add_award
    from station_app.record_kinds.evaluations import EvaluationInput, add_evaluation
    from station_app.record_kinds.training import Attendee, SessionInput, add_training

    for k in range(sessions):
        day = DAY - dt.timedelta(days=20 + k)
        add_training(SessionInput(f"急救技能培训第{k + 1}期", local_time(day, "09:00"), local_time(day, "12:00"),
                                  "朝阳区红十字会", "朝西社区活动室"), [Attendee(p.id) for p in people], actor)
    for p in people:
        add_award(AwardInput(p.id, "优秀志愿者", "street", "朝西街道办事处", DAY - dt.timedelta(days=30)), actor)
        add_evaluation(EvaluationInput(p.id, DAY - dt.timedelta(days=90), DAY - dt.timedelta(days=30), "good",
                                       "服务认真", "王建国"), actor)
    return len(people) * (sessions + 2)


def sync_process(data_dir, server, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "STATION_APP_NO_KEYRING": "1"}
    return subprocess.Popen([sys.executable, "-m", "station_app", "--data-dir", str(data_dir), "sync", "--url",
                             server.url, "--token", TOKEN, "--station", STATION, "--no-pull", *extra],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@contextlib.contextmanager
def sync_waiting_on_the_platform(data_dir, server):
    """A sync in a thread whose batch the platform has committed but not yet answered, for the with-block."""
    hold, committed = threading.Event(), threading.Event()
    server.faults.hold_after_commit = hold
    server.faults.on_commit = lambda batch_id: committed.set()
    worker = threading.Thread(target=run_sync, args=(data_dir, config_for(server), FAST), kwargs={"pull": False})
    worker.start()
    try:
        assert committed.wait(30)
        yield
    finally:
        hold.set()
        worker.join(30)


def bodies_for(server, key: str) -> list[str]:
    """The digests of the bodies posted under *key* (the platform's request log keeps no bodies)."""
    return [r.body_sha256 for r in server.requests_seen if r.method == "POST" and r.key == key]


# 1 ---------------------------------------------------------------------------------------------------------------
def test_sigkill_after_the_platform_commits_and_before_the_local_ack(data_dir, people, posts, actor, platform):
    approve_days(people, posts.garbage, actor, days=2)
    others = add_other_kinds(people, actor)
    committed, hold = threading.Event(), threading.Event()
    platform.faults.hold_after_commit = hold
    platform.faults.on_commit = lambda batch_id: committed.set()
    close_database()
    proc = sync_process(data_dir, platform)
    try:
        assert committed.wait(60), proc.communicate(timeout=5)
        proc.kill()  # SIGKILL on POSIX: no chance to store the ack
        proc.wait(10)
    finally:
        hold.set()
    platform.faults.hold_after_commit = platform.faults.on_commit = None
    open_database(data_dir)
    [batch] = batches.unacked_batches("batches")  # written before the send, still waiting for its ack
    report = run_sync(data_dir, config_for(platform), FAST, pull=False)
    assert report.duplicates == 0 and report.accepted == 8 + others  # the stored first answer, replayed
    sent = bodies_for(platform, batch.batch_id)
    assert len(sent) == 2 and sent[0] == sent[1]  # byte-identical under the same key
    assert_exactly_once(platform)


# 2 ---------------------------------------------------------------------------------------------------------------
def test_sigkill_while_batches_are_being_claimed_and_sent(data_dir, people, posts, actor, platform):
    approve_days(people, posts.garbage, actor, days=30)  # 120 records
    add_other_kinds(people, actor, sessions=6)  # and 32 training, award and evaluation records among them
    platform.faults.max_batch_items = 7
    close_database()
    rng = random.Random(3)
    for _ in range(6):
        proc = sync_process(data_dir, platform)
        time.sleep(rng.uniform(0.3, 1.2))  # inside start-up, a claim, a send or an ack: wherever it lands
        proc.kill()
        proc.wait(10)
    open_database(data_dir)
    for batch in SyncBatch.select():  # a claimed batch is whole: its body and its items agree
        if batch.state == "acked":
            assert bytes(batch.body) == b""  # never sent again, so the identities it carried are not kept
            continue
        ops = {i["op_id"] for i in json.loads(bytes(batch.body))["items"]}
        claimed = {o.op_id for o in OutboxItem.select().where(OutboxItem.batch == batch.batch_id)}
        assert batch.state == "split" or ops == claimed
    run_sync(data_dir, config_for(platform), FAST, pull=False)
    assert_exactly_once(platform)


def test_a_crash_in_the_middle_of_a_claim_leaves_nothing_half_claimed(data_dir, people, posts, actor, platform,
                                                                      monkeypatch):
    approve_days(people, posts.garbage, actor, days=1)
    real_create = SyncBatch.create

    def create_then_die(**kw):
        real_create(**kw)
        raise KeyboardInterrupt  # the process dies between writing the batch and marking its items

    monkeypatch.setattr(SyncBatch, "create", create_then_die)
    with pytest.raises(KeyboardInterrupt):
        batches.claim_batch("batches", 500, 1 << 20, "device")
    monkeypatch.undo()
    assert SyncBatch.select().count() == 0 and OutboxItem.select().where(OutboxItem.state == "pending").count() == 4
    run_sync(data_dir, config_for(platform), FAST, pull=False)
    assert_exactly_once(platform)


# 3 ---------------------------------------------------------------------------------------------------------------
def test_duplicate_delivery_is_held_once(data_dir, people, posts, actor, platform):
    approve_days(people, posts.garbage, actor, days=1)
    # the same operations arrive again in another batch: a copy of the data folder, taken before
    # the ack, syncs from a second PC (its batch has its own id, the operations are the same)
    claimed = batches.claim_batch("batches", 500, 1_000_000, str(uuid.uuid4()))
    body = json.loads(bytes(claimed.body))
    run_sync(data_dir, config_for(platform), FAST, pull=False)
    [sent] = SyncBatch.select()
    body["batch_id"] = str(uuid.uuid4())
    copy = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    SyncBatch.create(batch_id=body["batch_id"], endpoint="batches", body=copy, item_count=4,
                     created_at=sent.created_at)
    OutboxItem.update(state="batched", batch=body["batch_id"]).execute()
    report = run_sync(data_dir, config_for(platform), FAST, pull=False)
    assert (report.accepted, report.duplicates, report.rejected) == (0, 4, 0)
    assert_exactly_once(platform)


# 4 ---------------------------------------------------------------------------------------------------------------
def test_the_same_op_id_with_a_different_payload_is_a_conflict_shown_to_staff(data_dir, people, posts, actor, platform):
    approve_days(people[:1], posts.garbage, actor, days=1)
    run_sync(data_dir, config_for(platform), FAST, pull=False)
    original = platform.store.records(STATION)[0]["record"]["content"]
    ServiceRecord.update(content="被改过的内容").execute()  # e.g. an edit made outside the app
    OutboxItem.update(state="pending", batch=None).execute()
    report = run_sync(data_dir, config_for(platform), FAST, pull=False)
    assert report.rejected == 1
    [item] = state.rejected_items()
    assert item.code == "conflict"
    assert [r["record"]["content"] for r in platform.store.records(STATION)] == [original]


# 5 ---------------------------------------------------------------------------------------------------------------
def test_a_500_in_the_middle(data_dir, people, posts, actor, platform):
    approve_days(people, posts.garbage, actor, days=5)  # 20 records
    others = add_other_kinds(people, actor, sessions=0)  # and an award and an evaluation each: 6 batches of 5
    platform.faults.max_batch_items = 5
    commits = []

    def after_commit(batch_id: str) -> None:
        commits.append(batch_id)
        if len(commits) == 2:
            platform.faults.fail_next = [500, 502, 504]

    platform.faults.on_commit = after_commit
    report = run_sync(data_dir, config_for(platform), FAST, pull=False)
    assert report.accepted == 20 + others
    assert_exactly_once(platform)
    assert {b.attempts for b in SyncBatch.select()} == {1, 4}


# 6 ---------------------------------------------------------------------------------------------------------------
def test_a_lost_answer(data_dir, people, posts, actor, platform):
    approve_days(people, posts.garbage, actor, days=1)
    others = add_other_kinds(people, actor, sessions=1)
    platform.faults.drop_next_after_commit = 1
    report = run_sync(data_dir, config_for(platform), FAST, pull=False)
    [batch] = SyncBatch.select()
    sent = bodies_for(platform, batch.batch_id)
    assert len(sent) == 2 and sent[0] == sent[1]
    assert report.accepted == 4 + others  # the replayed first answer
    assert_exactly_once(platform)


# 7 ---------------------------------------------------------------------------------------------------------------
def test_a_read_timeout_after_the_body_was_sent(data_dir, people, posts, actor, platform):
    approve_days(people, posts.garbage, actor, days=1)

    def answer_late(batch_id: str) -> None:  # the platform commits, then answers too late, once
        platform.faults.on_commit = None
        platform.faults.delay = 2.0
        threading.Timer(1.0, lambda: setattr(platform.faults, "delay", 0)).start()

    platform.faults.on_commit = answer_late
    config = config_for(platform)
    short = type(config)(config.url, config.token, config.station, timeout=0.5)
    run_sync(data_dir, short, FAST, pull=False)
    assert_exactly_once(platform)
    [batch] = SyncBatch.select()
    assert batch.attempts >= 2 and len(set(bodies_for(platform, batch.batch_id))) == 1


# 8 ---------------------------------------------------------------------------------------------------------------
def test_429_and_503_are_retried_no_sooner_than_retry_after(data_dir, people, posts, actor, platform):
    approve_days(people, posts.garbage, actor, days=1)
    platform.faults.retry_after = 2
    platform.faults.fail_next = [429, 503]
    waits: list[float] = []
    policy = Policy(base_delay=0.01, max_delay=0.05, sleep=lambda s: waits.append(s))
    run_sync(data_dir, config_for(platform), policy, pull=False)
    assert waits == [2.0, 2.0]
    assert_exactly_once(platform)
    [batch] = SyncBatch.select()
    assert len(set(bodies_for(platform, batch.batch_id))) == 1 and len(bodies_for(platform, batch.batch_id)) == 3


def test_a_retry_after_longer_than_a_run_waits_leaves_everything_for_the_next_run(data_dir, people, posts, actor,
                                                                                   platform):
    approve_days(people, posts.garbage, actor, days=1)
    platform.faults.retry_after = 3600
    platform.faults.fail_next = [503]
    with pytest.raises(SyncError) as info:
        run_sync(data_dir, config_for(platform), FAST, pull=False)
    assert info.value.kind == "unreachable" and "3600" in info.value.message
    assert state.overview().pending == 4
    run_sync(data_dir, config_for(platform), FAST, pull=False)
    assert_exactly_once(platform)


# 9 ---------------------------------------------------------------------------------------------------------------
def test_a_revoked_token_stops_syncing_until_staff_enter_a_new_one(data_dir, people, posts, actor, platform,
                                                                   monkeypatch):
    monkeypatch.setenv("STATION_APP_NO_KEYRING", "1")
    from station_app.sync.setup import current_config, save_sync_settings

    save_sync_settings(data_dir, actor, platform.url, STATION, TOKEN)
    approve_days(people, posts.garbage, actor, days=1)
    platform.revoke_token(TOKEN)
    with pytest.raises(SyncError) as info:
        run_sync(data_dir, current_config(data_dir), FAST)
    assert info.value.kind == "stopped" and "令牌" in info.value.message and TOKEN not in info.value.message
    assert state.stopped()["status"] == 401 and state.overview().pending == 4
    seen = len(platform.requests_seen)
    with pytest.raises(SyncError):  # stopped: not even a request until the token changes
        run_sync(data_dir, current_config(data_dir), FAST)
    assert len(platform.requests_seen) == seen
    platform.add_station(STATION, "朝西社区志愿服务站", "new-token")
    save_sync_settings(data_dir, actor, platform.url, STATION, "new-token")
    run_sync(data_dir, current_config(data_dir), FAST)
    assert_exactly_once(platform) and state.stopped() is None


# 10, 11 ----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("fault", ["captive_portal", "redirect_to"])
def test_a_captive_portal_or_a_redirect_is_not_an_acknowledgement(data_dir, people, posts, actor, platform, fault):
    approve_days(people, posts.garbage, actor, days=1)
    setattr(platform.faults, fault, True if fault == "captive_portal" else "http://login.example.net/portal")
    with pytest.raises(SyncError) as info:
        run_sync(data_dir, config_for(platform), FAST, pull=False)
    assert info.value.kind == "unreachable"
    assert ("认证页面" in info.value.message) if fault == "captive_portal" else ("login.example.net" in info.value.message)
    assert state.overview().pending == 4 and platform.store.records(STATION) == []
    setattr(platform.faults, fault, False if fault == "captive_portal" else None)
    run_sync(data_dir, config_for(platform), FAST, pull=False)
    assert_exactly_once(platform)


def test_a_captive_portal_answering_a_batch_post_is_not_an_acknowledgement(data_dir, people, posts, actor, platform):
    from station_app.platform_server import CAPTIVE_PAGE

    approve_days(people, posts.garbage, actor, days=1)
    platform.faults.fail_next = [CAPTIVE_PAGE]
    run_sync(data_dir, config_for(platform), FAST, pull=False)
    [batch] = SyncBatch.select()
    assert batch.attempts == 2 and len(set(bodies_for(platform, batch.batch_id))) == 1
    assert_exactly_once(platform)


# 12 ---------------------------------------------------------------------------------------------------------------
def test_413_splits_the_batch_into_parts_with_new_ids(data_dir, people, posts, actor, platform):
    approve_days(people, posts.garbage, actor, days=3)  # 12
    platform.faults.fail_next = [413, 413]
    report = run_sync(data_dir, config_for(platform), FAST, pull=False)
    assert report.accepted == 12
    split = [b for b in SyncBatch.select() if b.state == "split"]
    acked = [b for b in SyncBatch.select() if b.state == "acked"]
    assert len(split) == 2 and {b.batch_id for b in split}.isdisjoint({b.batch_id for b in acked})
    assert max(b.item_count for b in acked) <= 3
    assert_exactly_once(platform)


# 13 ---------------------------------------------------------------------------------------------------------------
def test_426_stops_syncing_until_the_app_is_upgraded(data_dir, people, posts, actor, platform, monkeypatch):
    approve_days(people, posts.garbage, actor, days=1)
    platform.faults.protocol_version = 2
    with pytest.raises(SyncError) as info:
        run_sync(data_dir, config_for(platform), FAST, pull=False)
    assert info.value.kind == "stopped" and "升级" in info.value.message
    platform.faults.protocol_version = 1
    with pytest.raises(SyncError):
        run_sync(data_dir, config_for(platform), FAST, pull=False)  # same version: still stopped
    from station_app.sync import engine

    monkeypatch.setattr(engine, "__version__", "99.0")  # the upgraded app
    run_sync(data_dir, config_for(platform), FAST, pull=False)
    assert_exactly_once(platform)


# 14 ---------------------------------------------------------------------------------------------------------------
def test_a_kiosk_clock_off_by_hours_warns_and_the_records_still_go(data_dir, people, posts, actor, platform):
    approve_days(people, posts.garbage, actor, days=1)
    platform.faults.clock_offset_seconds = -3 * 3600  # the platform is 3 hours behind this PC
    report = run_sync(data_dir, config_for(platform), FAST, pull=False)
    assert abs(report.clock_skew_seconds - 3 * 3600) < 60
    assert any("时钟" in w and "180 分钟" in w for w in report.warnings)
    assert state.overview().clock_skew_seconds is not None
    assert_exactly_once(platform)


# 15 ---------------------------------------------------------------------------------------------------------------
def test_the_database_locked_by_the_gui_during_sync(data_dir, people, posts, actor, platform):
    approve_days(people, posts.garbage, actor, days=3)
    platform.faults.max_batch_items = 4
    def gui_writes_for_a_while() -> None:
        gui = sqlite3.connect(str(data_dir / DB_FILENAME), timeout=10)
        gui.execute("BEGIN IMMEDIATE")
        gui.execute("UPDATE setting SET value = value")
        time.sleep(1.5)
        gui.commit()
        gui.close()

    holder = threading.Thread(target=gui_writes_for_a_while)
    holder.start()
    time.sleep(0.2)
    run_sync(data_dir, config_for(platform), FAST, pull=False)  # waits on the lock (busy_timeout), never fails
    holder.join()
    assert_exactly_once(platform)


def test_no_transaction_is_held_while_a_request_is_out(data_dir, people, posts, actor, platform):
    approve_days(people, posts.garbage, actor, days=1)
    with sync_waiting_on_the_platform(data_dir, platform):
        gui = sqlite3.connect(str(data_dir / DB_FILENAME), timeout=0.5)
        gui.execute("BEGIN IMMEDIATE")  # would time out if sync held a write transaction across the request
        gui.execute("UPDATE setting SET value = value")
        gui.commit()
        gui.close()
    assert_exactly_once(platform)


# 16 ---------------------------------------------------------------------------------------------------------------
def test_a_write_error_while_storing_acks(data_dir, people, posts, actor, platform, monkeypatch):
    approve_days(people, posts.garbage, actor, days=1)
    from station_app.sync import engine

    def disk_error(batch, results):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(engine.batches, "apply_ack", disk_error)
    with pytest.raises(SyncError) as info:
        run_sync(data_dir, config_for(platform), FAST, pull=False)
    assert "重发" in info.value.message
    assert OutboxItem.select().where(OutboxItem.state == "batched").count() == 4  # not done, not lost
    monkeypatch.undo()
    report = run_sync(data_dir, config_for(platform), FAST, pull=False)
    assert report.accepted == 4  # the platform's stored answer, applied now
    assert_exactly_once(platform)


# 17 ---------------------------------------------------------------------------------------------------------------
def test_two_syncs_started_at_once(data_dir, people, posts, actor, platform):
    approve_days(people, posts.garbage, actor, days=2)
    with sync_waiting_on_the_platform(data_dir, platform):
        with pytest.raises(SyncError) as info:
            run_sync(data_dir, config_for(platform), FAST, pull=False)
        assert info.value.kind == "busy"
        close_database()
        other = sync_process(data_dir, platform)  # another process: the command line or a scheduled task
        out, err = other.communicate(timeout=60)
        assert other.returncode == 4 and "另一个同步正在进行" in err.decode()
        open_database(data_dir)
    assert_exactly_once(platform)


# 18 ---------------------------------------------------------------------------------------------------------------
def fill_weeks_offline(post_id: int, volunteers: int = 100, days: int = 100) -> int:
    """volunteers × days approved two-hour records, written the fast way (as an import would)."""
    from station_app.hours.times import to_min, year_month
    from station_app.roster.service import derived_columns

    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    person_ids = []
    for i in range(volunteers):
        values = {"name": f"志愿者{i:03d}", "id_number": make_id("110105", "19700101", 200 + i),
                  "phone": None, "platform_no": None}
        cols = derived_columns(values)
        cur = database.execute_sql(
            "INSERT INTO volunteer (uid, name, name_pinyin, name_initials, id_type, id_number, id_rev, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, 'CN_RIC', ?, ?, ?, ?)",
            (str(uuid.uuid4()), values["name"], cols["name_pinyin"], cols["name_initials"], values["id_number"],
             cols["id_rev"], now, now))
        person_ids.append(cur.lastrowid)
    start0 = dt.datetime(2024, 1, 1, 8, 0).astimezone()
    offset = int(start0.utcoffset().total_seconds() // 60)
    rows = []
    for d in range(days):
        start = to_min(start0 + dt.timedelta(days=d))
        for pid in person_ids:
            rows.append((str(uuid.uuid4()), pid, post_id, start, start + 120, offset, 120, 1, "manual", "approved",
                         "导入", "王站长", now, year_month(start, offset), now, now))
    with database.atomic():
        database.cursor().executemany(
            "INSERT INTO service_record (uid, volunteer_id, post_id, start_min, end_min, utc_offset, minutes, counts,"
            " source, state, recorded_by, reviewed_by, reviewed_at, ym, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        from station_app.outbox import queue_unsent_approved

        return queue_unsent_approved()


def test_ten_thousand_records_pending_after_weeks_offline(data_dir, posts, actor, platform):
    assert fill_weeks_offline(posts.garbage.id) == 10_000
    began = time.perf_counter()
    report = run_sync(data_dir, config_for(platform), FAST, pull=False)
    took = time.perf_counter() - began
    assert report.accepted == 10_000 and report.batches_sent == 20
    assert_exactly_once(platform)
    assert took < 120, took


# 19 ---------------------------------------------------------------------------------------------------------------
def test_an_upgrade_from_a_version_without_sync_queues_what_was_approved(data_dir, people, posts, actor, platform):
    approve_days(people, posts.garbage, actor, days=2)
    approve_days(people[:1], posts.duty, actor, days=1, start_day=DAY - dt.timedelta(days=1))  # never sent
    # take the file back to the schema before sync existed, as an older release left it: without the
    # report tally (v7), privacy (v8), weekly shift series (v9) and the name characters' index (v10)
    for trigger in ("insert", "update"):  # v12
        database.execute_sql(f"DROP TRIGGER volunteer_inactive_since_{trigger}")
    for column in ("consent_version", "child_consent_date", "child_consent_by", "child_consent_version",
                   "inactive_since", "extra_erased_at"):
        database.execute_sql(f"ALTER TABLE volunteer DROP COLUMN {column}")
    database.execute_sql("DROP TABLE retention_erasure")
    database.execute_sql("DROP TABLE signing_key")  # v13
    for column in ("key_id", "signature", "signed_message"):
        database.execute_sql(f"ALTER TABLE certificate DROP COLUMN {column}")
    for trigger in ("insert", "update_old", "update_new", "delete"):
        database.execute_sql(f"DROP TRIGGER service_record_tally_{trigger}")
    for table in ("erasure", "subject_key", "audit_epoch", "lockout"):  # v8
        database.execute_sql(f"DROP TABLE {table}")
    database.execute_sql("ALTER TABLE volunteer DROP COLUMN pull_problem")
    database.execute_sql("DROP TABLE report_member")
    database.execute_sql("DROP TABLE report_tally")
    for trigger in ("volunteer_name_char_insert", "volunteer_name_char_update", "volunteer_name_char_delete"):
        database.execute_sql(f"DROP TRIGGER {trigger}")
    database.execute_sql("DROP TABLE volunteer_name_char")
    database.execute_sql("DROP TABLE name_position")
    database.execute_sql("DROP INDEX shift_series_start")
    database.execute_sql("ALTER TABLE shift DROP COLUMN series_id")
    database.execute_sql("DROP TABLE shift_series")
    database.execute_sql("DROP TABLE outbox")
    for table in ("training_attendance", "training_session", "award", "evaluation"):  # v14
        database.execute_sql(f"DROP TABLE {table}")
    database.execute_sql("DROP TABLE sync_batch")
    database.execute_sql("DROP TABLE sync_state")
    database.execute_sql("DROP TRIGGER volunteer_local_edit")
    database.execute_sql("ALTER TABLE volunteer DROP COLUMN local_edit")
    database.execute_sql("ALTER TABLE volunteer DROP COLUMN sync_gen")
    database.execute_sql("ALTER TABLE certificate DROP COLUMN records_changed_at")
    database.execute_sql("PRAGMA user_version = 5")
    close_database()
    open_database(data_dir)  # the new release migrates
    assert OutboxItem.select().count() == 8
    run_sync(data_dir, config_for(platform), FAST, pull=False)
    assert_exactly_once(platform)


def test_an_upgrade_with_a_batch_in_flight_resends_it_unchanged(data_dir, people, posts, actor, platform):
    approve_days(people, posts.garbage, actor, days=1)
    from station_app.platform_server import DROP_CONNECTION

    platform.faults.fail_next = [DROP_CONNECTION] * 3  # the batch is written, sent, and never answered
    with pytest.raises(SyncError):
        run_sync(data_dir, config_for(platform), FAST, pull=False)
    [batch] = batches.unacked_batches("batches")
    close_database()  # the station installs the new release and starts it
    open_database(data_dir)
    run_sync(data_dir, config_for(platform), FAST, pull=False)
    sent = bodies_for(platform, batch.batch_id)
    assert len(sent) == 4 and set(sent) == {hashlib.sha256(batch.body).hexdigest()}
    assert_exactly_once(platform)


# the rest of the docs/protocol.md table --------------------------------------------------------------------------------
@pytest.mark.parametrize("status", [400, 415, 422])
def test_a_batch_the_platform_refuses_as_a_whole_is_held_and_shown_and_the_rest_still_goes(
        data_dir, people, posts, actor, platform, status):
    approve_days(people, posts.garbage, actor, days=2)  # 8 records
    platform.faults.max_batch_items = 4
    platform.faults.fail_next = [status]
    report = run_sync(data_dir, config_for(platform), FAST, pull=False)
    assert report.held == 1 and any(str(status) in w for w in report.warnings)
    assert len(platform.store.records(STATION)) == 4  # the other batch went
    [held] = [b for b in SyncBatch.select() if b.state == "held"]
    assert held.last_status == str(status) and state.overview().held_batches == 1
    seen = len(platform.requests_seen)
    run_sync(data_dir, config_for(platform), FAST, pull=False)  # held: not resent as it is
    assert all(r.key != held.batch_id for r in platform.requests_seen[seen:])
    assert state.overview().pending == 4  # kept, not lost


def test_a_held_batch_is_sent_again_by_an_administrator_and_then_held_once(data_dir, people, posts, actor, platform):
    from station_app.audit import Actor
    from station_app.audit.log import entries_for
    from station_app.errors import PermissionDenied

    approve_days(people, posts.garbage, actor, days=1)
    platform.faults.fail_next = [400]
    run_sync(data_dir, config_for(platform), FAST, pull=False)
    [held] = batches_in("held")
    with pytest.raises(PermissionDenied):
        batches.release_held(held.batch_id, Actor("值班员小李"))
    assert batches.release_held(held.batch_id, actor).count == 4
    run_sync(data_dir, config_for(platform), FAST, pull=False)
    assert_exactly_once(platform)
    assert batches_in("held") == [] and [e["action"] for e in entries_for("sync_batch", held.batch_id)] == [
        "sync.release_held"]


def batches_in(state_name: str) -> list:
    return [b for b in SyncBatch.select() if b.state == state_name]


# record kinds (docs/protocol.md 1.1) -----------------------------------------------------------------------------
def test_corrections_of_training_awards_and_evaluations_reach_the_platform_as_void_and_add(data_dir, people, posts,
                                                                                            actor, platform):
    from station_app.record_kinds.awards import AwardInput, awards_of, correct_award
    from station_app.record_kinds.evaluations import evaluations_of, void_evaluation
    from station_app.record_kinds.training import SessionInput, correct_attendance, trainings_of

    add_other_kinds(people, actor, sessions=1)
    run_sync(data_dir, config_for(platform), FAST, pull=False)
    assert_exactly_once(platform)
    who = people[0]
    [award] = awards_of(who.id, actor)
    correct_award(award.id, AwardInput(who.id, "优秀志愿者", "district", "朝阳区志愿者联合会", award.awarded_on),
                  "级别登记错了", actor)
    [evaluation] = evaluations_of(who.id, actor)
    void_evaluation(evaluation.id, "评错了人", actor)
    [attended] = trainings_of(who.id, actor)
    correct_attendance(attended.id, SessionInput(attended.title, attended.start, attended.end, "朝阳区红十字会",
                                                 "朝西社区活动室"), "attended", "只参加未结业", actor)
    platform.faults.fail_next = [500]
    run_sync(data_dir, config_for(platform), FAST, pull=False)
    assert_exactly_once(platform)
    voided = set(platform.store.voided_record_ids(STATION))
    assert {award.uid, evaluation.uid, attended.uid} <= voided
    [now_held] = [r for r in platform.store.records_of_kind("award", STATION) if r["record"]["volunteer"]["name"] == who.name]
    assert now_held["record"]["level"] == "district"
    training = [r["record"] for r in platform.store.records_of_kind("training", STATION)]
    assert all(r["minutes"] == 180 for r in training)  # training time, not service time
    assert platform.store.records(STATION) == []  # the platform holds no service time from any of them


def test_a_platform_without_record_kinds_gets_service_records_and_the_rest_waits(data_dir, people, posts, actor,
                                                                                  platform, monkeypatch):
    from station_app.protocol import features

    approve_days(people, posts.garbage, actor, days=1)
    others = add_other_kinds(people, actor, sessions=1)
    monkeypatch.setattr(features, "ALL", ())  # a 1.0 platform lists no features
    report = run_sync(data_dir, config_for(platform), FAST, pull=False)
    assert report.accepted == 4 and platform.store.records_of_kind("award", STATION) == []
    assert OutboxItem.select().where(OutboxItem.state == "pending").count() == others
    monkeypatch.undo()
    report = run_sync(data_dir, config_for(platform), FAST, pull=False)
    assert report.accepted == others
    assert_exactly_once(platform)
