"""Hour sheets naming posts the station does not have, grouped reports, a report nowhere to go, templates.

Run the way a station runs them: ``station-app import-hours …`` and ``template …`` on files made here.
"""

from __future__ import annotations

import csv
import datetime as dt

import openpyxl
import pytest

from station_app.__main__ import main as run
from station_app.audit import verify_chain
from station_app.db import close_database, open_database
from station_app.db.models import AuditEntry, Post, ServiceRecord, Volunteer
from support.hours import DAY, add_people, add_posts

HEADER = ["姓名", "身份证号", "岗位", "日期", "开始时间", "结束时间", "服务内容"]
NEW = ("礼让斑马线文明引导", "楼道清理")


@pytest.fixture
def station(tmp_path, actor):
    folder = tmp_path / "station"
    open_database(folder)
    try:
        people = add_people(actor)
        add_posts(actor)
    finally:
        close_database()
    return folder, people


def _sheet(tmp_path, people, rows_per_post: int = 30):
    """120 rows like a real historical sheet: four people on days in turn, on two existing posts and two new ones."""
    rows = [HEADER]
    posts = ("垃圾分类督导", NEW[0], "文明交通劝导", NEW[1])
    for i in range(rows_per_post * 4):
        person = people[i % 4].values
        day = DAY - dt.timedelta(days=i // 4 + 1)
        rows.append([person["name"], person["id_number"], posts[i % 4], day.isoformat(), "08:00", "10:00", "服务"])
    path = tmp_path / "历史签到表.csv"
    with path.open("w", encoding="gbk", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def _cli(folder, capsys, *args):
    code = run(["--data-dir", str(folder), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_without_create_posts_the_report_groups_identical_reasons(station, tmp_path, capsys):
    folder, people = station
    code, out, err = _cli(folder, capsys, "import-hours", str(_sheet(tmp_path, people)))
    assert (code, err) == (0, "")
    assert "导入 60 条记录" in out and "未导入 60 行" in out
    lines = out.splitlines()
    assert "岗位“礼让斑马线文明引导”不存在：30 行，第 3、7、11、15、19、23、27、31、35、39… 行" in lines
    assert "岗位“楼道清理”不存在：30 行，第 5、9、13、17、21、25、29、33、37、41… 行" in lines
    assert len(lines) < 10  # not one line per row
    assert "--create-posts" in out


def test_create_posts_makes_them_in_the_import_and_logs_them(station, tmp_path, capsys):
    folder, people = station
    code, out, err = _cli(folder, capsys, "import-hours", str(_sheet(tmp_path, people)), "--create-posts")
    assert (code, err) == (0, "")
    assert "导入 120 条记录" in out and "未导入 0 行" in out and "已新建岗位：礼让斑马线文明引导、楼道清理" in out
    open_database(folder)
    try:
        made = {p.name: p for p in Post.select().where(Post.name.in_(NEW))}
        assert set(made) == set(NEW)
        assert made[NEW[0]].code == "P-LRBMXWMYD" and made[NEW[1]].code == "P-LDQL"
        assert made[NEW[0]].category == "" and made[NEW[0]].counts_as_service
        assert ServiceRecord.select().where(ServiceRecord.post.in_([p.id for p in made.values()])).count() == 60
        creates = AuditEntry.select().where(AuditEntry.action == "post.create", AuditEntry.entity_id.in_(
            [str(p.id) for p in made.values()]))
        assert all("历史签到表.csv" in e.reason for e in creates) and creates.count() == 2
        (summary,) = AuditEntry.select().where(AuditEntry.action == "hours.import")
        assert '"posts_created"' in summary.after
        assert verify_chain() == []
    finally:
        close_database()


def test_create_posts_stays_all_or_nothing(station, tmp_path, capsys, monkeypatch):
    """A failure after the posts were made (here: the approval refused) leaves neither posts nor records."""
    folder, people = station
    from station_app.hours import review

    def refuse(*_a, **_k):
        raise ValueError("审核失败")

    monkeypatch.setattr(review, "approve", refuse)
    code, out, err = _cli(folder, capsys, "import-hours", str(_sheet(tmp_path, people)), "--create-posts", "--approve")
    assert code == 1 and err.strip() == "错误：审核失败"
    open_database(folder)
    try:
        assert Post.select().where(Post.name.in_(NEW)).count() == 0 and ServiceRecord.select().count() == 0
    finally:
        close_database()


@pytest.mark.parametrize("command", ["import-hours", "import-roster"])
def test_a_report_into_a_missing_folder_is_refused_before_anything_is_written(station, tmp_path, capsys, command):
    folder, people = station
    src = _sheet(tmp_path, people, rows_per_post=1)
    code, out, err = _cli(folder, capsys, command, str(src), "--report", str(tmp_path / "没有的文件夹" / "r.csv"))
    assert code == 1 and out == "" and err.startswith("错误：文件夹不存在") and len(err.strip().splitlines()) == 1
    open_database(folder)
    try:
        assert ServiceRecord.select().count() == 0 and Volunteer.select().count() == 4
        assert AuditEntry.select().where(AuditEntry.action.in_(("hours.import", "roster.import"))).count() == 0
    finally:
        close_database()


# --- templates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind, header, id_column", [("roster", "身份证号", "C"), ("hours", "证件号码", "B")])
def test_template_has_headers_an_example_text_id_columns_and_notes(tmp_path, capsys, kind, header, id_column):
    path = tmp_path / f"{kind}.xlsx"
    code, out, err = _cli(tmp_path / "station", capsys, "template", kind, str(path))
    assert (code, err) == (0, "") and str(path) in out
    wb = openpyxl.load_workbook(path)
    sheet, notes = wb.worksheets
    assert sheet["A1"].value == "姓名" and header in [c.value for c in sheet[1]]
    assert sheet["A2"].value.startswith("（示例）")
    assert sheet[f"{id_column}2"].number_format == "@" and sheet[f"{id_column}500"].number_format == "@"
    assert notes.title == "填写说明" and notes.max_row >= 5


def test_a_filled_template_imports_and_its_example_row_adds_nobody(tmp_path, capsys, actor):
    from support.roster_files import person

    path = tmp_path / "名册.xlsx"
    folder = tmp_path / "station"
    _cli(folder, capsys, "template", "roster", str(path))
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    for row, p in enumerate([person(0), person(1)], start=3):
        ws.cell(row=row, column=1, value=p["name"])
        ws.cell(row=row, column=3, value=p["id_number"])
        ws.cell(row=row, column=6, value=p["phone"])
        ws.cell(row=row, column=12, value="2024-05-01")
    wb.save(path)
    code, out, err = _cli(folder, capsys, "import-roster", str(path))
    assert (code, err) == (0, "") and "新增 2 人" in out and "未导入 0 行" in out


def test_a_template_edited_badly_is_still_recognised_or_refused_naming_the_header(tmp_path, capsys):
    path = tmp_path / "名册.xlsx"
    folder = tmp_path / "station"
    _cli(folder, capsys, "template", "roster", str(path))
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    ws.insert_cols(1)            # columns moved
    ws["D1"] = "证件号码"         # 身份证号 renamed to a synonym
    ws["B1"] = "志愿者姓名"
    from support.roster_files import person

    ws["B3"], ws["D3"] = person(5)["name"], person(5)["id_number"]
    wb.save(path)
    code, out, err = _cli(folder, capsys, "import-roster", str(path))
    assert (code, err) == (0, "") and "新增 1 人" in out
    ws["D1"] = "号码"             # renamed beyond recognition
    wb.save(path)
    code, out, err = _cli(folder, capsys, "import-roster", str(path))
    assert code == 2 and "身份证号" in err and len(err.strip().splitlines()) == 1
