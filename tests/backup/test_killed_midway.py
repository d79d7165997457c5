"""A restore or a USB copy killed at any moment (power cut, Task Manager) leaves nothing half done.

Each test runs the real command line in a child process and SIGKILLs it at
delays spread over how long the command takes when left alone. After every kill:

- restore: the database opens, passes quick_check, and is either the old one
  (no restore recorded) or the backup's (with its restore recorded); the
  command, run again, finishes;
- USB copy: no byte of plain database is on the stick, and the next copy
  removes what the killed one left (on the stick and in the private folder
  where the copy is made before it is encrypted).
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import time

import pytest

from station_app.config import DB_FILENAME
from support.core import PYTHON, REPO

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")

KILLS = 8
PASSPHRASE = "朝西站 2026 备份口令\n"


def station_app(folder, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, "-m", "station_app", "--data-dir", str(folder), *args], cwd=REPO, input=stdin,
                          capture_output=True, text=True, timeout=120)


def _killed(folder, args: tuple[str, ...], stdin: str | None, wait) -> int | None:
    """Start the command, call *wait* with the child, then SIGKILL it; its exit code if it finished first."""
    child = subprocess.Popen([PYTHON, "-m", "station_app", "--data-dir", str(folder), *args], cwd=REPO,
                             stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True)
    if stdin:
        child.stdin.write(stdin)
        child.stdin.flush()
    wait(child)
    if child.poll() is None:
        os.kill(child.pid, signal.SIGKILL)
    code = child.wait(timeout=30)
    return None if code == -signal.SIGKILL else code


def killed_after(delay: float, folder, *args: str, stdin: str | None = None) -> int | None:
    """SIGKILL the command *delay* seconds after it starts."""
    return _killed(folder, args, stdin, lambda child: time.sleep(delay))


def killed_once_written(watch, folder, *args: str, stdin: str | None = None, extra: float = 0.0) -> int | None:
    """SIGKILL the command *extra* seconds after a ``.partial`` file shows up in *watch*.

    Even kills spread over the run can all miss a short write on a fast or a
    busy machine; this one lands inside it on any machine.
    """
    def wait(child: subprocess.Popen) -> None:
        while child.poll() is None and not list(watch.glob("*.partial")):
            time.sleep(0.0005)
        time.sleep(extra)

    return _killed(folder, args, stdin, wait)


def timed(folder, *args: str, stdin: str | None = None) -> float:
    t0 = time.perf_counter()
    proc = station_app(folder, *args, stdin=stdin)
    assert proc.returncode == 0, proc.stderr
    return time.perf_counter() - t0


def delays(total: float) -> list[float]:
    """From just after start-up to just before the end, evenly."""
    return [0.25 * total + 0.8 * total * i / (KILLS - 1) for i in range(KILLS)]


@pytest.fixture(scope="module")
def station(tmp_path_factory):
    """A demo station of 3,000 volunteers, big enough that copying takes a while."""
    folder = tmp_path_factory.mktemp("kills") / "station"
    proc = station_app(folder, "demo", "--volunteers", "3000")
    assert proc.returncode == 0, proc.stderr
    return folder


def state(folder) -> tuple[int, int, str]:
    """(volunteers, restores recorded, quick_check) of the database as the app would find it."""
    conn = sqlite3.connect(str(folder / DB_FILENAME))
    try:
        return (conn.execute("SELECT count(*) FROM volunteer").fetchone()[0],
                conn.execute("SELECT count(*) FROM audit_entry WHERE action = 'backup.restore'").fetchone()[0],
                conn.execute("PRAGMA quick_check").fetchone()[0])
    finally:
        conn.close()


def test_a_restore_killed_at_any_moment_leaves_the_old_database_or_the_restored_one(station, tmp_path):
    pristine = tmp_path / "pristine"
    shutil.copytree(station, pristine)
    proc = station_app(pristine, "backup")
    assert proc.returncode == 0, proc.stderr
    (backup,) = sorted((pristine / "backups").glob("station-*.sqlite3"))
    backup = shutil.copy(backup, tmp_path / "backup.sqlite3")
    conn = sqlite3.connect(str(pristine / DB_FILENAME))
    conn.execute("DELETE FROM volunteer WHERE id > 2900 AND id NOT IN (SELECT volunteer_id FROM service_record)")
    conn.commit()
    conn.close()
    old = state(pristine)
    restored_count = sqlite3.connect(str(backup)).execute("SELECT count(*) FROM volunteer").fetchone()[0]
    assert old[0] < restored_count

    trial = tmp_path / "trial"
    shutil.copytree(pristine, trial)
    took = timed(trial, "restore", str(backup))
    outcomes = []
    for delay in delays(took):
        shutil.rmtree(trial)
        shutil.copytree(pristine, trial)
        code = killed_after(delay, trial, "restore", str(backup))
        volunteers, restores, check = state(trial)
        assert check == "ok", delay
        assert (volunteers, restores) in ((old[0], old[1]), (restored_count, old[1] + 1)), (delay, volunteers, restores)
        outcomes.append("finished" if code == 0 else "restored" if volunteers == restored_count else "old")
        proc = station_app(trial, "restore", str(backup))  # and the folder is usable: the restore runs again
        assert proc.returncode == 0, (delay, proc.stderr)
        assert state(trial)[0] == restored_count
    assert "old" in outcomes, outcomes  # the kills did land inside the restore


def test_a_usb_copy_killed_at_any_moment_leaves_no_plain_byte_on_the_stick(station, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    some_id = sqlite3.connect(str(station / DB_FILENAME)).execute(
        "SELECT id_number FROM volunteer LIMIT 1").fetchone()[0].encode()
    took = timed(station, "backup", "--to", str(usb), "--passphrase-stdin", stdin=PASSPHRASE)
    for f in usb.iterdir():
        f.unlink()
    left_partial = False
    copy = ("backup", "--to", str(usb), "--passphrase-stdin")
    kills = {f"{d:.3f} s": lambda d=d: killed_after(d, station, *copy, stdin=PASSPHRASE) for d in delays(took)}
    kills |= {f"written + {e} s": lambda e=e: killed_once_written(usb, station, *copy, stdin=PASSPHRASE, extra=e)
              for e in (0.0, 0.002, 0.01)}
    for delay, kill in kills.items():
        kill()
        for f in usb.iterdir():
            data = f.read_bytes()
            assert b"SQLite format" not in data and some_id not in data, (delay, f.name)
            assert f.name.endswith((".sqlite3.aes", ".sqlite3.aes.partial")), f.name
            left_partial |= f.name.endswith(".partial")
    assert left_partial  # some kill landed while the stick's copy was being written
    outgoing = station / "backups" / "outgoing"
    proc = station_app(station, "backup", "--to", str(usb), "--passphrase-stdin", stdin=PASSPHRASE)
    assert proc.returncode == 0, proc.stderr
    assert not list(usb.glob("*.partial"))
    assert not any(outgoing.iterdir())  # the plain copy made on this PC is gone too
