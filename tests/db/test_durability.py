"""A confirmed check-in or approval survives the process being killed at once.

A child process opens the data folder, does the work through the same core
the kiosk and the review page call, prints CONFIRMED (what the screen would
show) and then sleeps; the test kills it with SIGKILL the moment it reads the
line, so nothing after the confirmation (no close, no checkpoint, no atexit)
runs. The record must be there and the database intact. SIGKILL does not
model a power cut (the OS still holds what was written); the child also
reports the pragmas that cover that case: WAL with synchronous=FULL, so each
commit is fsync'ed before the call returns.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from station_app.config import DB_FILENAME
from station_app.db import close_database, open_database
from station_app.hours import records
from station_app.hours.records import RecordInput
from support.hours import at

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")

CHILD_PREAMBLE = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from station_app.db import database, open_database
    open_database(Path(sys.argv[1]))
    pragmas = {p: database.execute_sql(f"PRAGMA {p}").fetchone()[0] for p in ("journal_mode", "synchronous")}
""")


def run_and_kill(data_dir, body: str, *args: str) -> dict:
    """Run *body* in a child; SIGKILL it as soon as it prints its CONFIRMED line; return that line's payload."""
    code = CHILD_PREAMBLE + textwrap.dedent(body) + textwrap.dedent("""
        sys.stdout.write("CONFIRMED " + json.dumps(dict(result, **pragmas)) + "\\n")
        sys.stdout.flush()
        time.sleep(120)
        raise SystemExit("not killed")
    """)
    child = subprocess.Popen([sys.executable, "-c", code, str(data_dir), *args], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline()
        if not line.startswith("CONFIRMED "):
            child.kill()
            raise AssertionError(f"child did not confirm: {line!r} {child.stderr.read()}")
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()
    return json.loads(line.split(" ", 1)[1])


def integrity(data_dir) -> str:
    # a plain sqlite3 connection, as any tool would open the file after the crash
    con = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def test_a_confirmed_check_in_survives_sigkill(db, people, posts):
    volunteer_id, post_id = people[0].id, posts.garbage.id
    close_database()
    confirmed = run_and_kill(db, """
        from station_app.kiosk import service as kiosk
        rec = kiosk.check_in(int(sys.argv[2]), int(sys.argv[3]))
        result = {"id": rec.id, "state": rec.state}
    """, str(volunteer_id), str(post_id))
    assert confirmed["state"] == "open"
    assert (confirmed["journal_mode"], confirmed["synchronous"]) == ("wal", 2)  # 2 = FULL
    assert integrity(db) == "ok"
    open_database(db)
    rec = records.get_record(confirmed["id"])
    assert (rec.volunteer_id, rec.post_id, rec.state, rec.source) == (volunteer_id, post_id, "open", "kiosk")
    assert records.open_record_for(volunteer_id).id == rec.id


def test_a_confirmed_approval_survives_sigkill(db, people, posts, actor):
    ids = [records.add_record(RecordInput(p.id, posts.garbage.id, at("08:00"), at("11:00")), actor).id
           for p in people]
    close_database()
    confirmed = run_and_kill(db, """
        from station_app.audit import Actor
        from station_app.hours import review
        ids = [int(x) for x in sys.argv[2].split(",")]
        result = {"approved": review.approve(ids, Actor("站长", role="admin")).count}
    """, ",".join(map(str, ids)))
    assert confirmed["approved"] == len(ids)
    assert integrity(db) == "ok"
    open_database(db)
    for record_id in ids:
        assert records.get_record(record_id).state == "approved"
    from station_app.audit import verify_chain

    assert verify_chain() == []


def test_a_confirmed_check_out_survives_sigkill(db, people, posts):
    import datetime as dt

    from station_app.hours.times import local_now
    from station_app.kiosk import service as kiosk

    kiosk.check_in(people[0].id, posts.garbage.id, at=local_now() - dt.timedelta(hours=1))
    close_database()
    confirmed = run_and_kill(db, """
        from station_app.kiosk import service as kiosk
        summary = kiosk.check_out(int(sys.argv[2]))
        result = {"id": summary.record.id, "minutes": summary.minutes}
    """, str(people[0].id))
    assert integrity(db) == "ok"
    open_database(db)
    rec = records.get_record(confirmed["id"])
    assert (rec.state, rec.minutes) == ("pending", confirmed["minutes"])
