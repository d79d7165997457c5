"""The audit hash chain catches an edit made outside the app; log lines never carry ID or phone numbers."""

from __future__ import annotations

import logging
import sqlite3
import subprocess

import pytest

from station_app import app_logging
from station_app.audit import Actor
from station_app.audit_view.query import AuditFilter, search
from station_app.config import DB_FILENAME
from station_app.db import close_database, open_database
from station_app.masking import mask_text
from station_app.roster.service import add_volunteer
from support.core import PYTHON, REPO, adult_input, make_id

VIEWER = Actor("值班员小李")  # an operator: the viewer shows nothing beyond the masks

ACTOR = Actor("测试值班员")
ID = make_id("110105", "19800101", 123)
PHONE = "13800138000"


def station_app(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, "-m", "station_app", *args], capture_output=True, text=True, cwd=REPO, timeout=60)


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "station"
    open_database(path)
    for n in range(3):
        add_volunteer(adult_input(name=f"张{'一二三'[n]}", id_number=make_id("110105", "19800101", 120 + n),
                                  phone=f"1380013800{n}"), ACTOR)
    close_database()
    return path


def tamper(path, entry_id: int) -> None:
    """What someone with the file and a SQLite tool could do: drop the guard, edit a row."""
    conn = sqlite3.connect(str(path / DB_FILENAME))
    conn.execute("DROP TRIGGER audit_entry_no_update")
    conn.execute("UPDATE audit_entry SET actor = '别人' WHERE id = ?", (entry_id,))
    conn.commit()
    conn.close()


def test_audit_verify_ok_then_names_the_edited_entry(folder):
    proc = station_app("--data-dir", str(folder), "audit", "verify")
    assert proc.returncode == 0, proc.stderr
    assert "OK" in proc.stdout and "共 3 条" in proc.stdout
    tamper(folder, 2)
    proc = station_app("--data-dir", str(folder), "audit", "verify")
    assert proc.returncode != 0
    assert "#2 " in proc.stderr and "#1 " not in proc.stderr and "#3 " not in proc.stderr
    assert "Traceback" not in proc.stderr


def test_audit_query_filters_and_masks(folder):
    open_database(folder)
    try:
        everything = search(AuditFilter(), VIEWER, with_choices=True)
        assert everything.total == 3 and everything.choices["action"] == ["volunteer.create"]
        shown = " ".join(r.after for r in everything.rows)
        assert ID[:6] in shown and "13800138000" not in shown
        for n in range(3):
            assert make_id("110105", "19800101", 120 + n) not in shown
        assert search(AuditFilter(actor="没有这个人"), VIEWER).total == 0
        assert search(AuditFilter(entity_type="volunteer", entity_id="2"), VIEWER).rows[0].id == 2
        import datetime as dt

        today = dt.date.today()
        assert search(AuditFilter(day_from=today, day_to=today), VIEWER).total == 3
        assert search(AuditFilter(day_to=today - dt.timedelta(days=1)), VIEWER).total == 0
    finally:
        close_database()


@pytest.mark.parametrize("text, hidden, shown", [
    (f"id={ID} phone={PHONE}", [ID, PHONE], ["110105", "138****8000"]),
    ("旧证 110105800101121 新证 11010519800101002X", ["110105800101121", "11010519800101002X"], ["110105*****1121", "002X"]),
    ("+86 13912345678 and 8613912345678", ["13912345678"], ["139****5678"]),
    ("123456789015", [], ["123456789015"]),  # 12 digits: neither an ID nor a mobile
    ("2024-05-01 12:00:00 record 42", [], ["2024-05-01 12:00:00 record 42"]),
])
def test_mask_text(text, hidden, shown):
    masked = mask_text(text)
    for h in hidden:
        assert h not in masked
    for s in shown:
        assert s in masked


def test_log_lines_are_masked_even_in_tracebacks(tmp_path):
    path = app_logging.setup_logging(tmp_path)
    try:
        log = logging.getLogger("station_app.test")
        log.warning("volunteer %s phone %s", ID, PHONE)
        try:
            raise ValueError(f"duplicate id_number {ID}")
        except ValueError:
            log.exception("import failed for %s", PHONE)
        for handler in logging.getLogger().handlers:
            handler.flush()
        text = path.read_text(encoding="utf-8")
    finally:
        app_logging.setup_logging(tmp_path / "elsewhere")
    assert path == tmp_path / "logs" / "station-app.log" == app_logging.log_path(tmp_path)
    assert ID not in text and PHONE not in text
    from station_app.roster.ids import mask_id_number

    assert mask_id_number(ID) in text
    assert text.count("138****8000") == 2 and "duplicate id_number 110105" in text and "Traceback" in text


def test_log_file_rotates(tmp_path, monkeypatch):
    monkeypatch.setattr(app_logging, "MAX_BYTES", 2000)
    path = app_logging.setup_logging(tmp_path)
    try:
        log = logging.getLogger("station_app.test")
        for n in range(100):
            log.warning("line %d %s", n, "x" * 50)
    finally:
        app_logging.setup_logging(tmp_path / "elsewhere")
    assert (path.parent / "station-app.log.1").exists()
    assert len(list(path.parent.glob("station-app.log*"))) <= app_logging.BACKUP_COUNT + 1


def test_cli_commands_write_the_log_in_the_data_folder(folder):
    proc = station_app("--data-dir", str(folder), "backup")
    assert proc.returncode == 0, proc.stderr
    log_text = (folder / "logs" / "station-app.log").read_text(encoding="utf-8")
    assert "backup written to" in log_text


def test_setup_logging_survives_an_unusable_folder(tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    assert app_logging.setup_logging(not_a_folder) is None
    assert app_logging.current_log_path() is None


def test_audit_verify_notices_a_cut_off_end_and_a_restore_starts_the_anchors_again(tmp_path, capsys):
    import sqlite3

    from station_app.__main__ import main as run
    from station_app.audit import Actor
    from station_app.config import DB_FILENAME
    from station_app.db import close_database, open_database
    from station_app.demo import fill_demo

    folder = tmp_path / "station"
    open_database(folder)
    fill_demo(5, Actor("站长", role="admin"), with_hours=False)
    close_database()
    assert run(["--data-dir", str(folder), "backup"]) == 0  # a backup anchors the head
    assert run(["--data-dir", str(folder), "audit", "verify"]) == 0
    capsys.readouterr()
    conn = sqlite3.connect(str(folder / DB_FILENAME))
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_entry'"):
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry)")
    conn.commit()
    conn.close()
    assert run(["--data-dir", str(folder), "audit", "verify"]) == 3
    assert "末尾的记录被删除" in capsys.readouterr().err
    # restoring an older backup takes the log back on purpose: not reported as tampering
    backup = next((folder / "backups").glob("station-*.sqlite3"))
    assert run(["--data-dir", str(folder), "restore", str(backup)]) == 0
    capsys.readouterr()
    assert run(["--data-dir", str(folder), "audit", "verify"]) == 0
