"""Signed certificates (issue 16): forgery without the key, changed fields, other stations' keys, verifying at
another station after importing the issuer's keys, revoked keys, and the command line's answers."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

from station_app import key_store
from station_app.audit import Actor
from station_app.backup.make import write_backup
from station_app.certificates.codes import qr_text, verification_code
from station_app.certificates.issue import CertificateError, issue_certificate
from station_app.certificates.register import (
    GENUINE,
    NOT_GENUINE,
    REVOKED,
    UNCONFIRMED,
    UNKNOWN,
    revoke_certificate,
)
from station_app.certificates.verification import verify_text
from station_app.config import DB_FILENAME
from station_app.db import close_database, open_database
from station_app.db.models import Station
from station_app.protocol import cert_link, signing
from station_app.station.profile import StationProfile, save_profile
from station_app.station.signing_keys import export_keys, import_keys, list_keys, replace_key, revoke_key
from support.certificates import ID_NUMBER, story_folder
from support.core import run_station_app

ADMIN = Actor("王站长", role="admin")
Y2024 = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
STATION_B = StationProfile("西坝河社区志愿服务站", "BJ-CY-0002", "西坝河社区居民委员会", "李丽", "010-85550002", "西坝河路 2 号")


_OPEN: list[Path] = []


@contextmanager
def opened(folder: Path):
    """One station's database at a time: the app binds one database per process."""
    assert not _OPEN, f"{_OPEN[0]} is still open"
    open_database(folder)
    _OPEN.append(folder)
    try:
        yield
    finally:
        _OPEN.clear()
        close_database()


@pytest.fixture
def station_a(tmp_path) -> Path:
    return story_folder(tmp_path)  # 张秀英's story at BJ-CY-0001, its key made with the profile


@pytest.fixture
def station_b(tmp_path) -> Path:
    folder = tmp_path / "station-b"
    with opened(folder):
        save_profile(STATION_B, ADMIN)
    return folder


def _issue(folder: Path) -> tuple[str, str, str]:
    """(serial, code, QR text) of a 2024 certificate for 张秀英 at *folder*."""
    with opened(folder):
        from station_app.db.models import Volunteer

        vid = Volunteer.get(Volunteer.name == "张秀英").id
        issued = issue_certificate(vid, ADMIN, *Y2024)
        return issued.serial, issued.code, issued.doc.qr_text


def _check(folder: Path, text: str) -> str:
    with opened(folder):
        return verify_text(text).status


def _forge(link: cert_link.SignedLink, private_key, key_id: str | None = None, **changes) -> str:
    """A VOLSIG1 text with *changes* to the signed fields, signed with *private_key* under *key_id*."""
    fields = {**link.fields, **changes}
    message = signing.signed_message(fields)
    return cert_link.make_text(message, key_id or link.key_id, signing.b64url(private_key.sign(message)))


def _resigned_with_old_signature(link: cert_link.SignedLink, **changes) -> str:
    fields = {**link.fields, **changes}
    return cert_link.make_text(signing.signed_message(fields), link.key_id, link.signature)


# --- forgery, with the key absent ---------------------------------------------------------------------------------

def test_a_process_with_the_database_and_every_backup_but_not_the_key_cannot_make_a_certificate_that_verifies(
        station_a, station_b, tmp_path):
    serial, _code, text = _issue(station_a)
    with opened(station_a):
        write_backup(station_a)
    # The thief takes the database and every backup, never the key (which no backup holds)
    thief = tmp_path / "thief"
    thief.mkdir()
    shutil.copyfile(station_a / DB_FILENAME, thief / DB_FILENAME)
    shutil.copytree(station_a / "backups", thief / "backups")
    assert not key_store.key_file(thief).exists()
    for backup in (thief / "backups").glob("*.sqlite3"):
        shutil.copyfile(backup, tmp_path / "restored.sqlite3")
    # 1. Issuing with the station's own program refuses: no key, and it never falls back to the HMAC
    proc = run_station_app("--data-dir", str(thief), "certificate", "--volunteer", ID_NUMBER, "--handler", "伪造者",
                           "--out", str(tmp_path / "fake.pdf"))
    assert proc.returncode == 1 and "私钥" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "fake.pdf").exists()
    # 2. A 1000-hour certificate signed with any key the thief can make verifies nowhere
    link = cert_link.parse(text)
    thief_key = key_store.new_key("2026-12-03T10:00:00+08:00")
    forged = [
        _forge(link, thief_key.private_key, total_minutes=60_000),  # under station A's key id
        _forge(link, thief_key.private_key, key_id=thief_key.key_id, total_minutes=60_000),  # under its own
        _resigned_with_old_signature(link, total_minutes=60_000),  # the genuine signature, new content
    ]
    # 3. With the station secret from the database: an old-style code for a serial never issued
    with opened(thief):
        secret = Station.get_by_id(1).secret
    fake_serial = serial[:-6] + "000999"
    forged.append(qr_text(fake_serial, verification_code(secret, ["1", fake_serial, "60000"])))
    keys_file = _exported(station_a, tmp_path)
    with opened(station_b):
        import_keys(keys_file, ADMIN)
    for text_ in forged:
        assert _check(station_a, text_) in (NOT_GENUINE, UNKNOWN), text_
        assert _check(station_b, text_) in (NOT_GENUINE, UNKNOWN), text_
    assert _check(station_a, text) == GENUINE  # the genuine one still is


def test_changing_any_signed_field_in_the_qr_code_makes_it_not_genuine(station_a):
    _serial, _code, text = _issue(station_a)
    link = cert_link.parse(text)
    other = {"serial": link.serial[:-1] + "9", "station_code": "BJ-CY-0009", "volunteer_name": "张秀",
             "id_type": "PASSPORT", "id_number_masked": "110105********0000", "platform_id": "BJ2026999999",
             "total_minutes": link.fields["total_minutes"] + 1, "period_start": "2023-01-01",
             "period_end": "2025-12-31", "issued_at": "2026-01-01"}
    assert set(other) == set(signing.SIGNED_FIELDS) - {"status"}
    with opened(station_a):
        for name, value in other.items():
            changed = _resigned_with_old_signature(link, **{name: value})
            assert verify_text(changed).status == NOT_GENUINE, name
            url = cert_link.make_url("https://p.example", signing.signed_message({**link.fields, name: value}),
                                     link.key_id, link.signature)
            assert verify_text(url).status == NOT_GENUINE, name
        flipped = link.signature[:-2] + ("A" if link.signature[-2] != "A" else "B") + link.signature[-1]
        assert verify_text(cert_link.make_text(link.message, link.key_id, flipped)).status == NOT_GENUINE
        assert verify_text(text).status == GENUINE


def test_a_signature_made_with_another_stations_key_fails(station_a, station_b):
    _serial, _code, text = _issue(station_a)
    link = cert_link.parse(text)
    b_key = key_store.load(station_b)
    b_public = _public(station_b)
    with opened(station_a):
        from station_app.station.signing_keys import take_keys

        take_keys([b_public], "file")  # A knows B's key: B still cannot sign as A
        assert verify_text(_forge(link, b_key.private_key)).status == NOT_GENUINE  # A's key id, B's signature
        answer = verify_text(_forge(link, b_key.private_key, key_id=b_key.key_id))  # B's key, A's station code
        assert answer.status == NOT_GENUINE and "BJ-CY-0002" in answer.message


def _public(folder: Path) -> dict:
    with opened(folder):
        return list_keys()[0].public()


def _exported(folder: Path, tmp_path: Path) -> Path:
    path = tmp_path / f"{folder.name}-keys.json"
    with opened(folder):
        export_keys(path)
    return path


# --- at another station --------------------------------------------------------------------------------------------

def test_station_b_verifies_station_as_certificate_offline_after_importing_as_keys(station_a, station_b, tmp_path):
    serial, _code, text = _issue(station_a)
    assert _check(station_b, text) == NOT_GENUINE  # B does not know A's key yet
    keys_file = _exported(station_a, tmp_path)
    doc = json.loads(keys_file.read_text(encoding="utf-8"))
    assert "private" not in keys_file.read_text(encoding="utf-8") and len(doc["keys"]) == 1
    with opened(station_b):
        taken = import_keys(keys_file, ADMIN)
        assert (taken.added, taken.unchanged) == (1, 0)
        assert import_keys(keys_file, ADMIN).unchanged == 1  # importing again changes nothing
        answer = verify_text(text)
    assert answer.status == UNCONFIRMED and answer.volunteer_name == "张秀英" and "作废" in answer.message
    # ... and A, which holds the register, knows when it is revoked
    with opened(station_a):
        revoke_certificate(serial, "重复出具", ADMIN)
        assert verify_text(text).status == REVOKED


def test_an_import_with_a_key_id_already_known_under_another_key_is_refused_whole(station_a, station_b, tmp_path):
    keys_file = _exported(station_a, tmp_path)
    doc = json.loads(keys_file.read_text(encoding="utf-8"))
    doc["keys"][0]["public_key"] = _public(station_b)["public_key"]
    doc["keys"].insert(0, {**_public(station_b), "key_id": "00000000-0000-4000-8000-000000000001",
                           "station_code": "BJ-CY-0003"})
    keys_file.write_text(json.dumps(doc), encoding="utf-8")
    with opened(station_a):
        from station_app.station.signing_keys import KeyProblem

        with pytest.raises(KeyProblem, match="不能替换"):
            import_keys(keys_file, ADMIN)
        assert len(list_keys()) == 1  # all or nothing: the first, new key is not kept either


# --- revocation ---------------------------------------------------------------------------------------------------

def test_a_certificate_signed_with_a_revoked_key_after_its_revocation_is_not_genuine(station_a, station_b, tmp_path):
    _serial, _code, before = _issue(station_a)
    stolen = key_store.load(station_a)  # the PC is stolen with the key on it
    link = cert_link.parse(before)
    earlier = (dt.datetime.now().astimezone() - dt.timedelta(days=3)).isoformat(timespec="seconds")
    with opened(station_a):
        revoke_key(stolen.key_id, "电脑被盗", ADMIN, revoked_at=earlier)
        with pytest.raises(CertificateError, match="吊销"):  # this station cannot sign with it either
            from station_app.db.models import Volunteer

            issue_certificate(Volunteer.get(Volunteer.name == "张秀英").id, ADMIN, *Y2024)
    after = _forge(link, stolen.private_key, serial=link.serial[:-6] + "000777", total_minutes=60_000)
    on_revocation_day = _forge(link, stolen.private_key, serial=link.serial[:-6] + "000778", issued_at=earlier[:10])
    keys_file = _exported(station_a, tmp_path)
    with opened(station_b):
        import_keys(keys_file, ADMIN)
    for folder in (station_a, station_b):
        with opened(folder):
            answer = verify_text(after)
            assert answer.status == NOT_GENUINE and "吊销" in answer.message
            assert verify_text(on_revocation_day).status == UNCONFIRMED  # maybe that morning, before the report
    # A certificate issued today (after the revocation three days ago) with the revoked key: not genuine
    with opened(station_a):
        key = replace_key("电脑被盗，换新电脑", ADMIN)
        assert key.key_id != stolen.key_id and key_store.load(station_a).key_id == key.key_id
        from station_app.db.models import Volunteer

        fresh = issue_certificate(Volunteer.get(Volunteer.name == "张秀英").id, ADMIN, *Y2024)
        assert verify_text(fresh.doc.qr_text).status == GENUINE
        assert cert_link.parse(fresh.doc.qr_text).key_id == key.key_id
    keys_file = _exported(station_a, tmp_path)
    with opened(station_b):
        assert verify_text(fresh.doc.qr_text).status == NOT_GENUINE  # B has not heard of the new key yet
        import_keys(keys_file, ADMIN)
        assert verify_text(fresh.doc.qr_text).status == UNCONFIRMED


# --- the command line ---------------------------------------------------------------------------------------------

def test_verify_certificate_on_the_command_line_answers_with_its_exit_codes(station_a, station_b, tmp_path):
    serial, code, text = _issue(station_a)
    link = cert_link.parse(text)

    def verify_at(folder, *args):
        proc = run_station_app("--data-dir", str(folder), "verify-certificate", *args)
        assert "Traceback" not in proc.stderr
        return proc

    proc = verify_at(station_a, text)
    assert proc.returncode == 0 and proc.stdout.startswith("真实有效") and "张秀英" in proc.stdout
    assert verify_at(station_a, serial, code).returncode == 0
    assert verify_at(station_a, _resigned_with_old_signature(link, total_minutes=1)).returncode == 4
    assert verify_at(station_b, text).returncode == 4  # B does not know A's key
    keys_file = tmp_path / "a-keys.json"
    assert run_station_app("--data-dir", str(station_a), "keys", "export", str(keys_file)).returncode == 0
    proc = run_station_app("--data-dir", str(station_b), "keys", "import", str(keys_file))
    assert proc.returncode == 0 and "新增 1 把" in proc.stdout
    proc = verify_at(station_b, cert_link.make_url("https://p.example", link.message, link.key_id, link.signature))
    assert proc.returncode == 5 and proc.stdout.startswith("签名真实，作废状态未知")
    assert run_station_app("--data-dir", str(station_a), "revoke-certificate", serial, "--reason", "重复").returncode == 0
    assert verify_at(station_a, text).returncode == 3
    proc = run_station_app("--data-dir", str(station_a), "keys", "list")
    assert proc.returncode == 0 and link.key_id in proc.stdout and "本站" in proc.stdout
    proc = run_station_app("--data-dir", str(station_a), "keys", "revoke", link.key_id, "--reason", "电脑丢失",
                           "--at", "2020-01-01T00:00:00+08:00")
    assert proc.returncode == 0 and re.search("已吊销密钥", proc.stdout)
    assert verify_at(station_a, text).returncode == 4  # issued after 2020: not genuine
    proc = run_station_app("--data-dir", str(station_b), "keys", "import", str(tmp_path / "missing.json"))
    assert proc.returncode == 1 and len(proc.stderr.strip().splitlines()) == 1
