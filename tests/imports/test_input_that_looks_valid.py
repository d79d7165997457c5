"""Files that look like rosters but are not what they seem (issue 11): refused in one line, nothing written.

* a CSV whose lines mix GBK and UTF-8 (rows copied from two files) used to come in as GB18030 with
  garbled names and no warning;
* a TRUE cell became a volunteer named "True", and numbers in text columns became text;
* an .xlsx whose sheet unpacks to gigabytes (a zip bomb) kept the reader going for minutes with memory
  growing: it must be refused within seconds, with memory bounded, whatever sizes its directory declares.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from station_app.imports.roster_import import import_roster_file
from station_app.imports.table_reader import FileUnreadable
from support.roster_files import counts, person, roster_rows, row_of, write_csv, write_xlsx
from support.zip_bomb import write_zip_bomb

PEOPLE = [person(i) for i in range(4)]


def _mixed_csv(path, first: str, second: str, switch_at: int):
    """Header and rows in *first*, then rows from line *switch_at* on in *second* (as if pasted from another file)."""
    rows = roster_rows(PEOPLE)
    from support.roster_files import csv_text

    data = b"".join(csv_text([r]).encode(first if i + 1 < switch_at else second) for i, r in enumerate(rows))
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("first, second", [("gbk", "utf-8"), ("utf-8", "gbk")])
def test_a_csv_mixing_gbk_and_utf8_is_refused_naming_the_first_bad_line(db, actor, tmp_path, first, second):
    path = _mixed_csv(tmp_path / "拼接.csv", first, second, switch_at=4)
    before = counts()
    with pytest.raises(FileUnreadable) as refused:
        import_roster_file(path, actor)
    message = str(refused.value)
    assert "第 4 行" in message and "编码" in message and "\n" not in message
    assert counts() == before


def test_a_utf8_csv_with_bom_and_a_gbk_line_names_that_line(db, actor, tmp_path):
    path = _mixed_csv(tmp_path / "r.csv", "utf-8", "gbk", switch_at=3)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    with pytest.raises(FileUnreadable, match="第 3 行"):
        import_roster_file(path, actor)


def test_gbk_and_utf8_files_each_still_import(db, actor, tmp_path):
    for encoding in ("gbk", "utf-8"):
        plan, result = import_roster_file(write_csv(tmp_path / f"{encoding}.csv", roster_rows(PEOPLE), encoding), actor)
        assert plan.problems == [] and {v.name for v in _people()} == {p["name"] for p in PEOPLE}


def _people():
    from station_app.db.models import Volunteer

    return list(Volunteer.select())


def test_a_true_cell_is_not_a_volunteer_named_true(db, actor, tmp_path):
    rows = roster_rows(PEOPLE)
    rows[1][0] = True          # the name
    rows[2][5] = 42            # the team
    rows[3][5] = False
    plan, result = import_roster_file(write_xlsx(tmp_path / "r.xlsx", rows), actor)
    refused = {(p.row, p.field): p.message for p in plan.problems}
    assert set(refused) == {(2, "姓名"), (3, "所属队伍"), (4, "所属队伍")}
    assert "逻辑值" in refused[(2, "姓名")] and "数字" in refused[(3, "所属队伍")]
    assert result.added == 1
    assert [v.name for v in _people()] == [PEOPLE[3]["name"]]


def test_a_number_as_a_platform_number_is_still_its_digits(db, actor, tmp_path):
    header = [*roster_rows([])[0], "志愿者编号"]
    rows = [header, [*row_of(PEOPLE[0]), 12345678]]
    plan, result = import_roster_file(write_xlsx(tmp_path / "r.xlsx", rows), actor)
    assert plan.problems == [] and _people()[0].platform_no == "12345678"


_READ_AND_MEASURE = """
import json, resource, sys, time
from pathlib import Path
from station_app.imports.table_reader import FileUnreadable, read_workbook
start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
try:
    read_workbook(Path(sys.argv[1]))
    outcome = "read"
except FileUnreadable as exc:
    outcome = str(exc)
print(json.dumps({"outcome": outcome, "seconds": time.perf_counter() - t0,
                  "grew_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - start}))
"""


@pytest.mark.parametrize("declared", ["honest sizes", "sizes that lie"])
def test_a_zip_bomb_is_refused_within_seconds_with_memory_bounded(tmp_path, declared):
    path = write_zip_bomb(tmp_path / "名册.xlsx", unpacked_mb=1500,
                          declare_mb=None if declared == "honest sizes" else 30)
    assert path.stat().st_size < 8 * 1024 * 1024
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _READ_AND_MEASURE, str(path)], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    measured = json.loads(proc.stdout)
    assert "解压后超过" in measured["outcome"] and "\n" not in measured["outcome"]
    assert measured["seconds"] < 10 and time.perf_counter() - t0 < 20
    assert measured["grew_kb"] < 100 * 1024, measured  # the reader's memory, not the sheet's 1.5 GB


def test_a_real_large_roster_is_not_taken_for_a_bomb(db, actor, tmp_path):
    from station_app.imports.package_guard import inspect_package

    path = write_xlsx(tmp_path / "r.xlsx", roster_rows([person(i) for i in range(3000)]))
    facts = inspect_package(path)
    assert facts.kind == "xlsx" and not facts.has_formulas and facts.unpacked_bytes > 100_000


def test_a_truncated_xls_is_refused_in_one_line_though_the_reader_panics_on_it(db, actor, tmp_path):
    """calamine asserts (a Rust panic, a BaseException in Python) on an .xls cut short; found by the fuzz test."""
    from support.roster_files import write_xls

    whole = write_xls(tmp_path / "whole.xls", roster_rows([person(i) for i in range(3)])).read_bytes()
    cut = tmp_path / "名册.xls"
    cut.write_bytes(whole[:len(whole) * 4 // 5])
    before = counts()
    with pytest.raises(FileUnreadable) as refused:
        import_roster_file(cut, actor)
    assert "名册.xls" in str(refused.value) and "\n" not in str(refused.value)
    assert counts() == before
