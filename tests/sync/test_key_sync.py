"""Signing keys at sync, against the real reference platform on loopback: a station registers its key before its
certificates (whose signatures the platform then checks), every station's keys come down, a revocation goes up and
comes down to the others, and resending changes nothing."""

from __future__ import annotations

import datetime as dt
import urllib.parse
import uuid
from pathlib import Path

import pytest
import requests

from station_app import key_store
from station_app.audit import Actor, witnessed
from station_app.certificates.issue import issue_certificate
from station_app.certificates.register import NOT_GENUINE, UNCONFIRMED
from station_app.certificates.verification import verify_text
from station_app.db.models import SigningKey, Volunteer
from station_app.platform_server import Faults, PlatformServer
from station_app.protocol import cert_link, signing
from station_app.station.profile import StationProfile, save_profile
from station_app.station.signing_keys import list_keys, replace_key
from station_app.sync.engine import SyncConfig, run_sync
from support.audit import rewrite_and_rechain
from support.certificates import tell_story
from support.core import opened
from support.sync import FAST

ADMIN = Actor("王站长", role="admin")
A, B = "BJ-CY-0001", "BJ-CY-0002"
TOKENS = {A: "token-of-station-a", B: "token-of-station-b"}
STATION_B = StationProfile("西坝河社区志愿服务站", B, "西坝河社区居民委员会", "李丽", "010-85550002", "西坝河路 2 号")


@pytest.fixture
def server(tmp_path):
    with PlatformServer(tmp_path / "platform.db", stations={A: ("朝西社区志愿服务站", TOKENS[A]),
                                                               B: ("西坝河社区志愿服务站", TOKENS[B])},
                        faults=Faults(seed=7)) as running:
        yield running



def _sync(folder: Path, server: PlatformServer, code: str):
    with opened(folder):
        return run_sync(folder, SyncConfig(server.url, TOKENS[code], code, timeout=5.0), FAST)


@pytest.fixture
def stations(tmp_path) -> tuple[Path, Path]:
    a, b = tmp_path / "a", tmp_path / "b"
    with opened(a):
        tell_story(ADMIN)
    with opened(b):
        save_profile(STATION_B, ADMIN)
    return a, b


def _issue(folder: Path) -> str:
    with opened(folder):
        vid = Volunteer.get(Volunteer.name == "张秀英").id
        return issue_certificate(vid, ADMIN, dt.date(2024, 1, 1), dt.date(2024, 12, 31)).doc.qr_text


def test_keys_go_up_before_certificates_and_come_down_to_every_station(server, stations):
    a, b = stations
    text = _issue(a)
    link = cert_link.parse(text)
    report = _sync(a, server, A)
    assert report.rejected == 0 and report.certificates == 1
    # the platform holds A's key and checked the certificate's signature with it
    keys = requests.get(f"{server.url}/api/v1/stations/{A}/keys", timeout=5).json()["keys"]
    assert [k["key_id"] for k in keys] == [link.key_id]
    answer = requests.get(f"{server.url}/api/v1/certificates/{link.serial}",
                          params={"signature": link.signature}, timeout=5).json()
    assert answer["signature_valid"] is True and answer["status"] == "issued"
    with opened(a):
        assert SigningKey.get_by_id(link.key_id).registered_at is not None
    # the platform's page for the QR code's URL says genuine
    url = cert_link.make_url(server.url, link.message, link.key_id, link.signature)
    page = requests.get(url, timeout=5)
    assert page.status_code == 200 and "证明真实有效" in page.text
    # B, offline before its first sync, cannot vouch for it; after a sync it can
    with opened(b):
        assert verify_text(text).status == NOT_GENUINE
    report = _sync(b, server, B)
    assert report.keys_pulled == 1
    with opened(b):
        assert verify_text(text).status == UNCONFIRMED
        assert {k.station_code for k in list_keys()} == {A, B}
    # resending: nothing new anywhere, no duplicate key
    seen = len(server.requests_seen)
    assert _sync(a, server, A).keys_pulled == 1  # A learns B's key
    assert _sync(b, server, B).keys_pulled == 0
    posts = [r.path for r in server.requests_seen[seen:] if r.method == "POST"]
    assert not any(p.endswith("/keys") for p in posts)  # acknowledged keys are not registered again


def test_a_replaced_key_is_revoked_on_the_platform_and_then_at_other_stations(server, stations):
    a, b = stations
    _issue(a)
    _sync(a, server, A)
    _sync(b, server, B)
    stolen = key_store.load(a)
    with opened(a):
        new = replace_key("电脑被盗", ADMIN)
    _sync(a, server, A)
    keys = {k["key_id"]: k for k in requests.get(f"{server.url}/api/v1/stations/{A}/keys", timeout=5).json()["keys"]}
    assert keys[stolen.key_id]["revoked_at"] and not keys[new.key_id]["revoked_at"]
    # the thief signs a certificate dated after the revocation: not genuine at B after its next sync
    with opened(a):
        revoked_at = SigningKey.get_by_id(stolen.key_id).revoked_at
    later = (dt.date.fromisoformat(revoked_at[:10]) + dt.timedelta(days=1)).isoformat()
    fields = {"serial": f"{A}-2026-000900", "station_code": A, "volunteer_name": "冒名", "id_type": "CN_RIC",
              "id_number_masked": "110105********0000", "platform_id": None, "total_minutes": 60000,
              "period_start": "2024-01-01", "period_end": "2024-12-31", "issued_at": later, "status": "issued"}
    message = signing.signed_message(fields)
    forged = cert_link.make_text(message, stolen.key_id, stolen.sign(message))
    report = _sync(b, server, B)
    assert report.keys_pulled == 2  # the revocation and the new key
    with opened(b):
        answer = verify_text(forged)
        assert answer.status == NOT_GENUINE and "吊销" in answer.message
    page = requests.get(f"{server.url}/verify/{urllib.parse.quote(fields['serial'])}",
                        params={"m": signing.b64url(message), "k": stolen.key_id, "s": stolen.sign(message)}, timeout=5)
    assert "不是真实证明" in page.text


def test_the_audit_chains_head_is_witnessed_and_a_rewrite_after_it_is_reported(server, stations):
    a, _b = stations
    report = _sync(a, server, A)
    with opened(a):
        from station_app.db import database

        seq, digest = database.execute_sql("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
    anchors = requests.get(f"{server.url}/api/v1/stations/{A}/anchors", params={"after_seq": 0},
                           headers={"Authorization": f"Bearer {TOKENS[A]}", "X-Station-Protocol": "1"},
                           timeout=5).json()["anchors"]
    assert [(x["seq"], x["hash"]) for x in anchors] == [(seq, digest)]
    assert not any("审计日志" in w for w in report.warnings)
    seen = len(server.requests_seen)
    assert not any("审计日志" in w for w in _sync(a, server, A).warnings)
    assert not [r for r in server.requests_seen[seen:] if r.path.endswith("/anchors")]  # an unchanged head: not resent
    assert [(x["seq"], x["hash"]) for x in witnessed.cached(a)] == [(seq, digest)]  # cached for offline checks
    key = str(uuid.uuid4())
    again = requests.post(f"{server.url}/api/v1/stations/{A}/anchors", json={"seq": seq, "hash": digest,
                          "at": "2026-12-03T10:00:00+08:00"}, headers={"Authorization": f"Bearer {TOKENS[A]}",
                          "X-Station-Protocol": "1", "Idempotency-Key": key}, timeout=5)
    assert again.status_code == 200 and again.json()["status"] == "stored"  # the same anchor again: stored
    # someone rewrites the witnessed entry outside the app (and could rewrite the local anchor file too)
    with opened(a):
        database.execute_sql("DROP TRIGGER audit_entry_no_update")
        database.execute_sql("UPDATE audit_entry SET hash = ? WHERE id = ?", ("f" * 64, seq))
    (a / "audit_anchor.log").unlink(missing_ok=True)
    warnings = _sync(a, server, A).warnings
    assert any(f"审计日志第 {seq} 条与平台见证的不一致" in w for w in warnings)



def test_audit_verify_names_a_witnessed_entry_rewritten_even_with_the_anchor_file_gone(server, stations, tmp_path):
    """The whole log re-chained after a rewrite (every hash consistent again) and the local anchor file deleted:
    only the platform's witness can tell, online, and offline from the copy the last sync kept."""
    from station_app.audit.log import verify_chain
    from station_app.sync.setup import save_sync_settings
    from support.core import run_station_app

    a, _b = stations
    with opened(a):
        save_sync_settings(a, ADMIN, server.url, A, TOKENS[A])
    _sync(a, server, A)
    with opened(a):
        from station_app.db import database

        witnessed_seq = database.execute_sql("SELECT MAX(id) FROM audit_entry").fetchone()[0]
        rewrite_and_rechain(2)  # re-chained: the chain alone now looks intact
        assert verify_chain() == []
    (a / "audit_anchor.log").unlink(missing_ok=True)
    online = run_station_app("--data-dir", str(a), "audit", "verify")
    assert online.returncode == 3, online.stdout + online.stderr
    assert "审计日志与平台见证的不一致" in online.stderr
    assert f"第 {witnessed_seq} 条与平台于" in online.stderr
    server.stop()
    offline = run_station_app("--data-dir", str(a), "audit", "verify")
    assert offline.returncode == 3 and "本机缓存（平台未连上" in offline.stderr
    assert f"第 {witnessed_seq} 条与平台于" in offline.stderr


def test_a_restore_sets_witnessed_anchors_above_the_backup_aside_and_tampering_below_is_still_found(server, stations):
    """Witnessed, backed up, witnessed again, restored: the newer anchor's number is reused by the entries written
    since, so it no longer applies, and saying so is not an alarm; nothing is sent that the platform would refuse
    as a conflict. The anchor witnessed before the backup still binds: a rewrite below it is found."""
    from station_app.db import database
    from station_app.roster.service import add_volunteer
    from station_app.sync.setup import save_sync_settings
    from support.core import adult_input, make_id, run_station_app

    a, _b = stations

    def head() -> int:
        with opened(a):
            return database.execute_sql("SELECT MAX(id) FROM audit_entry").fetchone()[0]

    added = []

    def grow(n: int) -> None:  # each new volunteer is one audit entry
        with opened(a):
            for _ in range(n):
                added.append(len(added) + 1)
                k = len(added)
                add_volunteer(adult_input(name="新人" + "甲乙丙丁戊己庚辛壬癸"[k % 10] + "一二三四五六七八九十"[k // 10],
                                          id_number=make_id("110105", "19800101", 100 + k),
                                          phone=f"1391111{k:04d}"), ADMIN)

    with opened(a):
        save_sync_settings(a, ADMIN, server.url, A, TOKENS[A])
    _sync(a, server, A)
    first = head()
    backup = run_station_app("--data-dir", str(a), "backup")
    assert backup.returncode == 0, backup.stderr
    (file,) = (a / "backups").glob("station-*.sqlite3")
    grow(3)
    assert not any("审计日志" in w for w in _sync(a, server, A).warnings)
    second = head()
    restored = run_station_app("--data-dir", str(a), "restore", str(file))
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert head() < second  # the log went back, and its numbers will be used again

    verified = run_station_app("--data-dir", str(a), "audit", "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "另有 1 个见证锚点在恢复备份之前记下" in verified.stdout
    seen = len(server.requests_seen)
    grow(1)  # a number the platform witnessed before the restore, now holding another entry
    assert head() <= second
    assert not any("审计日志" in w for w in _sync(a, server, A).warnings)
    assert not [r for r in server.requests_seen[seen:] if r.method == "POST" and r.path.endswith("/anchors")]
    grow(second - head() + 1)
    assert not any("审计日志" in w for w in _sync(a, server, A).warnings)
    posts = [r for r in server.requests_seen[seen:] if r.method == "POST" and r.path.endswith("/anchors")]
    assert [r.status for r in posts] == [200]  # past the reused numbers: witnessed again, no conflict

    with opened(a):  # outside the app: an entry below the first anchor rewritten, the whole log re-chained
        rewrite_and_rechain(1)
    tampered = run_station_app("--data-dir", str(a), "audit", "verify")
    assert tampered.returncode == 3 and f"第 {first} 条与平台于" in tampered.stderr, tampered.stderr


def test_verify_certificate_asks_the_platform_whether_another_stations_certificate_was_revoked(server, stations):
    """Offline, station B can say only that A's signature holds; with its platform answering, `verify-certificate`
    says genuine while A has not revoked it, revoked once A revoked it and synced, and unknown (saying why) when
    the platform does not answer."""
    from station_app.certificates.register import revoke_certificate
    from station_app.sync.setup import save_sync_settings
    from support.core import run_station_app

    a, b = stations
    qr = _issue(a)
    _sync(a, server, A)  # A's key and certificate reach the platform
    with opened(b):
        save_sync_settings(b, ADMIN, server.url, B, TOKENS[B])
    _sync(b, server, B)  # B learns A's key

    def verify_at_b():
        done = run_station_app("--data-dir", str(b), "verify-certificate", qr)
        return done.returncode, done.stdout + done.stderr

    code, out = verify_at_b()
    assert code == 0 and "真实有效" in out and "平台核验：已登记，未作废" in out, out
    with opened(a):
        revoke_certificate(cert_link.parse(qr).serial, "时长登记有误", ADMIN)
    _sync(a, server, A)
    code, out = verify_at_b()
    assert code == 3 and "已作废" in out and "平台核验：签发服务站已作废这份证明" in out, out
    server.stop()
    code, out = verify_at_b()
    assert code == 5 and "未能向平台核验" in out, out
