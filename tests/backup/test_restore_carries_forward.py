"""A restore never takes the certificate register back: what was issued or revoked since the backup
stays issued or revoked, and no serial is handed out twice."""

from __future__ import annotations

import re
import sqlite3
from functools import partial

from support.core import run_station_app


def station_app(folder, *args: str) -> tuple[int, str]:
    """The command line on *folder*: exit code and everything it printed."""
    proc = run_station_app("--data-dir", str(folder), *args)
    return proc.returncode, proc.stdout + proc.stderr


def test_restoring_an_older_backup_keeps_later_certificates_and_revocations(tmp_path):
    folder = tmp_path / "station"
    app = partial(station_app, folder)

    assert app("demo", "--volunteers", "20")[0] == 0
    people = [r[0] for r in sqlite3.connect(str(folder / "station.sqlite3")).execute(
        "SELECT v.id_number FROM service_record r JOIN volunteer v ON v.id = r.volunteer_id"
        " WHERE r.state = 'approved' GROUP BY v.id ORDER BY v.id LIMIT 3")]

    def issue(number: str) -> tuple[str, str]:
        code, out = app("certificate", "--volunteer", number, "--out", str(tmp_path / f"{number}.pdf"),
                        "--handler", "王站长")
        assert code == 0, out
        return re.search(r"BJ-CY-0001-\d{4}-\d{6}", out).group(0), re.search(r"验证码 (\S+?)；", out).group(1)

    first = issue(people[0])
    assert app("backup")[0] == 0
    (backup,) = (folder / "backups").glob("station-*.sqlite3")
    second = issue(people[1])
    assert app("revoke-certificate", first[0], "--reason", "重复出具")[0] == 0

    code, out = app("restore", str(backup))
    assert code == 0, out
    code, out = app("verify-certificate", *first)
    assert code == 3 and "已作废" in out  # the revocation after the backup still holds
    code, out = app("verify-certificate", *second)
    assert code == 0 and "真实有效" in out  # the certificate issued after the backup is still on the register
    third = issue(people[2])
    assert int(third[0][-6:]) == int(second[0][-6:]) + 1  # the serial counter did not go back
    assert app("audit", "verify")[0] == 0


def test_restoring_a_backup_made_before_a_key_was_replaced_keeps_the_new_key_and_the_revocation(tmp_path):
    folder = tmp_path / "station"
    app = partial(station_app, folder)

    assert app("demo", "--volunteers", "5")[0] == 0
    number = sqlite3.connect(str(folder / "station.sqlite3")).execute(
        "SELECT v.id_number FROM service_record r JOIN volunteer v ON v.id = r.volunteer_id"
        " WHERE r.state = 'approved' LIMIT 1").fetchone()[0]
    assert app("backup")[0] == 0
    (backup,) = (folder / "backups").glob("station-*.sqlite3")
    code, out = app("keys", "replace", "--reason", "电脑被盗")
    assert code == 0, out
    new_key = re.search(r"新密钥 (\S+)；", out).group(1)
    code, out = app("certificate", "--volunteer", number, "--out", str(tmp_path / "c.pdf"), "--handler", "王站长")
    assert code == 0, out
    serial, code_ = out.splitlines()[0], re.search(r"验证码 (\S+?)；", out).group(1)
    assert app("restore", str(backup))[0] == 0
    code, out = app("keys", "list")
    assert new_key in out and "吊销" in out  # the new key, and the old one still revoked
    code, out = app("verify-certificate", serial, code_)
    assert code == 0 and "真实有效" in out  # signed with the new key, which the restored database knows
    code, out = app("certificate", "--volunteer", number, "--out", str(tmp_path / "d.pdf"), "--handler", "王站长")
    assert code == 0, out  # and this PC can still sign
