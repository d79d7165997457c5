"""One running Station Desk per data folder, across processes."""

from __future__ import annotations

import subprocess

import pytest

from station_app.instance_lock import AlreadyRunning, InstanceLock
from support.core import PYTHON, REPO

# Tries the lock in a separate process: exit 0 and "GOT" when it has it, exit 3
# and the message when the folder is busy. With "hold", keeps it until stdin closes.
CHILD = r"""
import sys
from station_app.instance_lock import AlreadyRunning, InstanceLock
try:
    lock = InstanceLock(sys.argv[1]).acquire()
except AlreadyRunning as exc:
    print("BUSY", exc, flush=True)
    sys.exit(3)
print("GOT", flush=True)
if sys.argv[2] == "hold":
    sys.stdin.read()
lock.release()
"""


def try_in_other_process(folder) -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, "-c", CHILD, str(folder), "once"], capture_output=True, text=True, cwd=REPO,
                          timeout=30)


@pytest.fixture
def holder(tmp_path):
    """Another process holding the lock on tmp_path; killed at the end if still alive."""
    procs = []

    def start(folder=tmp_path):
        proc = subprocess.Popen([PYTHON, "-c", CHILD, str(folder), "hold"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, text=True, cwd=REPO)
        procs.append(proc)
        assert proc.stdout.readline().strip() == "GOT"
        return proc

    yield start
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)


def test_second_process_is_refused_while_the_first_holds_the_folder(tmp_path):
    lock = InstanceLock(tmp_path).acquire()
    try:
        proc = try_in_other_process(tmp_path)
        assert proc.returncode == 3, proc.stderr
        assert proc.stdout.startswith("BUSY")
        assert "已在使用数据文件夹" in proc.stdout and str(tmp_path) in proc.stdout
    finally:
        lock.release()
    proc = try_in_other_process(tmp_path)
    assert proc.returncode == 0 and proc.stdout.strip() == "GOT"


def test_this_process_is_refused_while_another_holds_it(tmp_path, holder):
    proc = holder()
    with pytest.raises(AlreadyRunning) as info:
        InstanceLock(tmp_path).acquire()
    assert str(tmp_path) in str(info.value)
    proc.stdin.close()  # the other window closes
    proc.wait(timeout=10)
    with InstanceLock(tmp_path):
        assert try_in_other_process(tmp_path).returncode == 3


def test_a_crashed_holder_leaves_no_stale_lock(tmp_path, holder):
    proc = holder()
    proc.kill()
    proc.wait(timeout=10)
    lock = InstanceLock(tmp_path).acquire()
    lock.release()


def test_other_folders_are_independent(tmp_path, holder):
    holder(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    with InstanceLock(other):
        pass
