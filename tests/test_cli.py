"""The command line, run the way a user or a script runs it."""

from __future__ import annotations

import re
import subprocess

import openpyxl
import pytest

from station_app.__main__ import main as run
from station_app.audit import Actor
from station_app.db import close_database, database, open_database
from station_app.db.models import AuditEntry, Volunteer
from station_app.roster.ids import mask_id_number
from station_app.roster.phone import mask_phone
from station_app.roster.service import add_volunteer, stored_volunteer
from station_app.roster.validation import check_volunteer, input_from_values
from station_app.station.profile import load_profile
from support.core import PYTHON, REPO, adult_input, make_id

CHINESE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


def station_app(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, "-m", "station_app", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=timeout)


def assert_one_line_error(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("错误：")
    return lines[0]


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    """A data folder filled by `station-app demo` with its defaults."""
    folder = tmp_path_factory.mktemp("demo") / "station"
    proc = station_app("--data-dir", str(folder), "demo")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert "志愿者 300 人" in proc.stdout
    return folder


def volunteers(folder) -> list[dict]:
    open_database(folder)
    try:
        cursor = database.execute_sql("SELECT * FROM volunteer ORDER BY id")
        columns = [c[0] for c in cursor.description]
        return [dict(zip(columns, r)) for r in cursor.fetchall()]
    finally:
        close_database()


def test_demo_makes_300_valid_volunteers_with_chinese_names(demo_dir):
    open_database(demo_dir)
    try:
        assert Volunteer.select().count() >= 300
        profile = load_profile()
        assert profile is not None and profile.name == "朝西社区志愿服务站"
        minors = 0
        for (volunteer_id,) in Volunteer.select(Volunteer.id).tuples():
            rec = stored_volunteer(volunteer_id)
            assert CHINESE_NAME.fullmatch(rec.name), rec.name
            checked = check_volunteer(input_from_values(rec.values))
            assert checked.errors == [], (rec.name, rec.values["id_number"], [str(e) for e in checked.errors])
            assert checked.values == rec.values, rec.name  # stored as the rules would store them
            minors += checked.needs_guardian
        assert minors > 0  # the demo shows the guardian rules too
        assert Volunteer.select().where(Volunteer.status == "inactive").count() > 0
        assert AuditEntry.select().where(AuditEntry.action == "demo.fill").count() == 1
    finally:
        close_database()


def test_demo_ids_and_phones_are_distinct(demo_dir):
    rows = volunteers(demo_dir)
    ids = [r["id_number"] for r in rows]
    phones = [r["phone"] for r in rows if r["phone"]]
    assert len(set(ids)) == len(ids)
    assert len(set(phones)) == len(phones)
    assert all(r["id_rev"] == r["id_number"][::-1] for r in rows)


def test_demo_with_a_chosen_number(tmp_path, capsys):
    assert run(["--data-dir", str(tmp_path / "s"), "demo", "--volunteers", "50"]) == 0
    assert "志愿者 50 人" in capsys.readouterr().out
    assert len(volunteers(tmp_path / "s")) == 50


def test_demo_refuses_a_folder_with_a_roster(demo_dir):
    before = volunteers(demo_dir)
    line = assert_one_line_error(station_app("--data-dir", str(demo_dir), "demo", "--volunteers", "5"))
    assert "已有志愿者名册" in line
    assert volunteers(demo_dir) == before


def test_demo_refuses_a_negative_number(tmp_path, capsys):
    assert run(["--data-dir", str(tmp_path / "s"), "demo", "--volunteers", "-3"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：") and "不能为负数" in err


# --- export -------------------------------------------------------------------------------------

HEADERS = ["姓名", "证件类型", "证件号码", "性别", "出生日期", "手机号码", "志愿者编号", "所属队伍", "技能/标签",
           "监护人姓名", "监护人电话", "告知同意日期", "监护人单独同意日期", "状态", "备注"]


def read_sheet(path):
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws.title == "志愿者名册"
    rows = list(ws.iter_rows())
    header = [c.value for c in rows[0]]
    return header, [{h: c for h, c in zip(header, row)} for row in rows[1:]]


def test_export_writes_ids_as_text_equal_to_the_roster(demo_dir, tmp_path):
    out = tmp_path / "名册.xlsx"
    proc = station_app("--data-dir", str(demo_dir), "export-roster", str(out), "--reason", "向街道报送名册")
    assert proc.returncode == 0, proc.stderr
    assert "已导出 300 名志愿者" in proc.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["名册.xlsx"]  # no temporary file left behind

    header, rows = read_sheet(out)
    assert header == HEADERS
    db_rows = {r["id_number"]: r for r in volunteers(demo_dir)}
    assert len(rows) == len(db_rows) == 300
    seen = set()
    for row in rows:
        id_cell = row["证件号码"]
        assert id_cell.data_type == "s" and id_cell.number_format == "@"
        person = db_rows[id_cell.value]  # exact text, all 18 characters, X kept
        seen.add(id_cell.value)
        assert row["姓名"].value == person["name"]
        assert row["证件类型"].value == "居民身份证"
        assert row["出生日期"].value == person["birth_date"]
        assert row["性别"].value == {"M": "男", "F": "女"}[person["gender"]]
        assert row["状态"].value == {"active": "在册", "inactive": "已停用"}[person["status"]]
        phone = row["手机号码"]
        if person["phone"]:
            assert phone.value == person["phone"] and phone.data_type == "s" and phone.number_format == "@"
        else:
            assert phone.value in (None, "")
        if person["platform_no"]:
            assert row["志愿者编号"].value == person["platform_no"] and row["志愿者编号"].data_type == "s"
        assert (row["监护人电话"].value or None) == person["guardian_phone"]
    assert seen == set(db_rows)


def test_export_with_mask_hides_ids_and_phones(demo_dir, tmp_path):
    out = tmp_path / "masked.xlsx"
    proc = station_app("--data-dir", str(demo_dir), "export-roster", str(out), "--mask")
    assert proc.returncode == 0, proc.stderr
    header, rows = read_sheet(out)
    db = volunteers(demo_dir)
    assert len(rows) == len(db)
    secrets = {r["id_number"] for r in db} | {r["phone"] for r in db if r["phone"]} | {
        r["guardian_phone"] for r in db if r["guardian_phone"]}
    for row in rows:
        for cell in row.values():
            assert cell.value not in secrets
    masked_ids = sorted(row["证件号码"].value for row in rows)
    assert masked_ids == sorted(mask_id_number(r["id_number"]) for r in db)
    assert sorted(row["手机号码"].value or "" for row in rows) == sorted(mask_phone(r["phone"]) for r in db)
    open_database(demo_dir)
    try:
        last = AuditEntry.select().where(AuditEntry.action == "roster.export").order_by(AuditEntry.id.desc()).first()
        assert '"masked": true' in last.after and str(out) == last.entity_id
    finally:
        close_database()


def test_export_to_csv_for_excel_on_chinese_windows(demo_dir, tmp_path):
    import csv

    out = tmp_path / "roster.csv"
    proc = station_app("--data-dir", str(demo_dir), "export-roster", str(out), "--reason", "向街道报送名册")
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8, not GBK
    with out.open(encoding="utf-8-sig", newline="") as fh:
        header, *rows = list(csv.reader(fh))
    assert header == HEADERS
    db = {r["id_number"]: r for r in volunteers(demo_dir)}
    assert len(rows) == len(db)
    for row in rows:
        # a leading tab keeps Excel from turning the 18 digits into 1.10105E+17
        assert row[2].startswith("\t") and (row[5] == "" or row[5].startswith("\t"))
        assert db[row[2][1:]]["name"] == row[0]


def test_export_refuses_other_formats_and_missing_folders(demo_dir, tmp_path, capsys):
    assert run(["--data-dir", str(demo_dir), "export-roster", str(tmp_path / "roster.txt")]) == 1
    assert "xlsx" in capsys.readouterr().err
    assert run(["--data-dir", str(demo_dir), "export-roster", str(tmp_path / "nowhere" / "roster.xlsx")]) == 1
    assert "文件夹不存在" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_export_of_an_empty_roster_has_just_the_header(tmp_path, capsys):
    out = tmp_path / "empty.xlsx"
    assert run(["--data-dir", str(tmp_path / "s"), "export-roster", str(out), "--reason", "核对"]) == 0
    header, rows = read_sheet(out)
    assert header == HEADERS and rows == []


def test_export_keeps_typed_text_exactly_and_never_as_a_formula(tmp_path):
    folder = tmp_path / "s"
    open_database(folder)
    try:
        add_volunteer(adult_input(notes='=HYPERLINK("http://example.com","点我")', team="-机动队-"), Actor("x"))
        add_volunteer(adult_input(name="李四", id_number=make_id("110106", "19750505", 222), phone="",
                                  notes="+86 家属联系", skills="@摄影"), Actor("x"))
        # Pasted from Word: its line break is a control character xlsx cannot hold.
        add_volunteer(adult_input(name="王五", id_number=make_id("110101", "19650606", 551), phone="",
                                  notes="周末\x0b可来"), Actor("x"))
    finally:
        close_database()
    out = tmp_path / "r.xlsx"
    assert run(["--data-dir", str(folder), "export-roster", str(out), "--reason", "核对"]) == 0
    _, rows = read_sheet(out)
    by_name = {r["姓名"].value: r for r in rows}
    assert by_name["张三"]["备注"].value == '=HYPERLINK("http://example.com","点我")'
    assert by_name["张三"]["备注"].data_type == "s"  # text, not a live formula
    assert by_name["张三"]["所属队伍"].value == "-机动队-"
    assert by_name["李四"]["备注"].value == "+86 家属联系"
    assert by_name["李四"]["技能/标签"].value == "@摄影"
    assert by_name["王五"]["备注"].value == "周末 可来"
    for row in rows:
        assert all(c.data_type != "f" for c in row.values())

    # CSV has no cell types: a spreadsheet evaluates =, +, -, @ unless quoted.
    import csv

    assert run(["--data-dir", str(folder), "export-roster", str(tmp_path / "r.csv"), "--reason", "核对"]) == 0
    with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as fh:
        notes = {r["姓名"]: r for r in csv.DictReader(fh)}
    assert notes["张三"]["备注"] == "'=HYPERLINK(\"http://example.com\",\"点我\")"
    assert notes["李四"]["备注"] == "'+86 家属联系"
    assert notes["张三"]["所属队伍"] == "'-机动队-"


# --- folders that cannot be used ----------------------------------------------------------------


def test_data_folder_that_is_a_file(tmp_path):
    path = tmp_path / "station"
    path.write_text("x")
    line = assert_one_line_error(station_app("--data-dir", str(path), "demo"))
    assert "不是文件夹" in line
    assert path.read_text() == "x"


def test_data_folder_with_a_junk_database(tmp_path):
    folder = tmp_path / "station"
    folder.mkdir()
    (folder / "station.sqlite3").write_bytes(b"\x00junk\xff" * 1000)
    line = assert_one_line_error(station_app("--data-dir", str(folder), "export-roster", str(tmp_path / "a.xlsx"),
                                             "--reason", "核对"))
    assert "不是 Station Desk 数据库" in line


def test_data_folder_from_environment(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("STATION_APP_HOME", str(tmp_path / "from-env"))
    assert run(["demo", "--volunteers", "3"]) == 0
    assert len(volunteers(tmp_path / "from-env")) == 3


def test_a_database_another_program_holds_gives_one_line_and_changes_nothing(demo_dir, tmp_path):
    """A backup or import holding the database (or a second PC on a share) must not end in a traceback."""
    import sqlite3

    holder = sqlite3.connect(demo_dir / "station.sqlite3", isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("SELECT count(*) FROM volunteer").fetchone()  # in WAL mode the file is taken at first read
        sheet = tmp_path / "roster.csv"
        sheet.write_text("姓名,证件号码,手机号码\n", encoding="utf-8")
        commands = [
            ("export-roster", str(tmp_path / "out.xlsx"), "--mask"),
            ("import-roster", str(sheet)),
            ("report",),
            ("backup",),
            ("certificate", "--volunteer", "110105198001011234", "--out", str(tmp_path / "c.pdf")),
        ]
        running = [subprocess.Popen([PYTHON, "-m", "station_app", "--data-dir", str(demo_dir), *c], cwd=REPO,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                   for c in commands]  # side by side: each waits out the busy timeout
        for command, proc in zip(commands, running):
            out, err = proc.communicate(timeout=120)
            line = assert_one_line_error(subprocess.CompletedProcess(command, proc.returncode, out, err))
            assert "另一个程序" in line, command
        assert not (tmp_path / "out.xlsx").exists() and not (tmp_path / "c.pdf").exists()
        assert not list((demo_dir / "backups").glob("*.sqlite3")) if (demo_dir / "backups").exists() else True
    finally:
        holder.rollback() if holder.in_transaction else None
        holder.close()


def test_an_unexpected_failure_gives_one_line_and_the_traceback_goes_to_the_log(tmp_path, monkeypatch, capsys):
    from station_app import cli

    def broken(args):
        raise KeyError("something the code did not expect")

    monkeypatch.setitem(cli.COMMANDS, "report", broken)
    folder = tmp_path / "station"
    assert run(["--data-dir", str(folder), "report"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("错误：") and "KeyError" in err[0]
    log = next(folder.glob("logs/*.log*"))
    assert "Traceback" in log.read_text(encoding="utf-8")
    assert str(log.parent) in err[0] or log.name in err[0]
