"""LibreOffice's .ods (many offices use it): made by LibreOffice itself, then imported.

The workbooks are written as .xlsx here and converted by a headless LibreOffice (Debian's
libreoffice-calc-nogui, installed by dev.sh), so the files are exactly what LibreOffice saves.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess

import pytest

from station_app.db.models import ServiceRecord, Volunteer
from station_app.imports.hours_import import import_hours_file
from station_app.imports.roster_import import import_roster_file
from station_app.imports.table_reader import FileUnreadable, read_workbook
from support.hours import add_people, add_posts
from support.roster_files import person, roster_rows, write_xlsx

PEOPLE = [person(i) for i in range(5)]


@pytest.fixture(scope="module")
def ods_files(tmp_path_factory):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is needed for the .ods tests: ./dev.sh installs libreoffice-calc-nogui"
    folder = tmp_path_factory.mktemp("ods")
    rows = roster_rows(PEOPLE)
    rows[1][5] = "楼道长队"
    env = {**os.environ, "HOME": str(folder / "home")}  # LibreOffice keeps its profile there
    _convert(soffice, env, write_xlsx(folder / "名册.xlsx", rows, title="朝西社区志愿者花名册"))
    return folder, soffice, env


def _convert(soffice, env, path):
    proc = subprocess.run([soffice, "--headless", "--norestore", "--convert-to", "ods", "--outdir", str(path.parent),
                           str(path)], capture_output=True, text=True, timeout=180, env=env)
    out = path.with_suffix(".ods")
    assert out.exists(), proc.stderr
    return out


def test_a_libreoffice_roster_imports_like_an_xlsx(db, actor, ods_files):
    folder = ods_files[0]
    plan, result = import_roster_file(folder / "名册.ods", actor)
    assert plan.kind == "ods" and plan.header_row == 2 and plan.problems == []
    assert result.added == 5
    got = {v.id_number: v for v in Volunteer.select()}
    assert set(got) == {p["id_number"] for p in PEOPLE}
    assert got[PEOPLE[0]["id_number"]].team == "楼道长队" and got[PEOPLE[1]["id_number"]].phone == PEOPLE[1]["phone"]


def test_a_libreoffice_hour_sheet_with_times_imports(db, actor, ods_files, tmp_path):
    _folder, soffice, env = ods_files
    people = add_people(actor)
    add_posts(actor)
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号", "岗位", "日期", "开始时间", "结束时间", "服务人次"])
    ws.append([people[0].name, people[0].values["id_number"], "垃圾分类督导", dt.date(2024, 5, 6), dt.time(7, 0),
               dt.time(9, 30), 12])
    ws.append([people[1].name, people[1].values["id_number"], "文明交通劝导", dt.date(2024, 5, 7), dt.time(14, 0),
               dt.time(17, 15), None])
    for row in ws.iter_rows(min_row=2, min_col=2, max_col=2):
        row[0].number_format = "@"
    src = tmp_path / "五月.xlsx"
    wb.save(src)
    ods = _convert(soffice, env, src)
    plan, result = import_hours_file(ods, actor)
    assert plan.kind == "ods" and plan.problems == [] and result.added == 2
    minutes = sorted(r.minutes for r in ServiceRecord.select())
    assert minutes == [150, 195]


def test_an_ods_renamed_xlsx_is_still_read_and_a_damaged_one_refused(ods_files, tmp_path):
    folder = ods_files[0]
    renamed = tmp_path / "名册.xlsx"
    shutil.copy(folder / "名册.ods", renamed)
    assert read_workbook(renamed).kind == "ods"
    damaged = tmp_path / "坏的.ods"
    damaged.write_bytes((folder / "名册.ods").read_bytes()[:3000])
    with pytest.raises(FileUnreadable) as refused:
        read_workbook(damaged)
    assert "\n" not in str(refused.value)
