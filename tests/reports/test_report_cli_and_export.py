"""The report command, its Excel file and its PDF, used as staff and offices use them."""

from __future__ import annotations

import datetime as dt
import subprocess

import openpyxl
import pytest

from station_app.db import close_database, open_database
from station_app.hours import records, review
from station_app.hours.records import RecordInput
from station_app.hours.times import local_now
from support.core import PYTHON, REPO

SENTENCE_MAY = "2 名志愿者完成 4 上岗人次，为 20 人次提供服务，总服务时长 7.0 小时"


def station_app(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, "-m", "station_app", *args], capture_output=True, text=True, cwd=REPO, timeout=120)


@pytest.fixture
def station_dir(tmp_path, actor):
    from support.reports import build_report_station

    folder = tmp_path / "station"
    open_database(folder)
    built = build_report_station(actor)
    now = local_now()
    # one record in the current month, for the default period
    rec = records.add_record(RecordInput(built.people["赵六"], built.posts["garbage"], now - dt.timedelta(minutes=2),
                                         now - dt.timedelta(minutes=1), people_served=7), actor)
    review.approve([rec.id], actor)
    close_database()
    return folder


def test_the_first_line_is_the_sentence_then_the_table(station_dir):
    proc = station_app("--data-dir", str(station_dir), "report", "--from", "2024-05-01", "--to", "2024-05-31",
                       "--by", "post")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == SENTENCE_MAY
    assert lines[1] == "统计期间：2024 年 5 月（2024-05-01 至 2024-05-31），按服务岗位统计"
    table = [line.split() for line in lines[2:]]
    assert table[0] == ["服务岗位", "志愿者人数", "上岗人次", "服务人次", "服务时长（小时）"]
    assert table[1:] == [["垃圾分类督导", "2", "3", "20", "5.5"], ["文明交通劝导", "1", "1", "0", "1.5"],
                         ["合计", "2", "4", "20", "7.0"]]


def test_the_default_period_is_the_current_month(station_dir):
    proc = station_app("--data-dir", str(station_dir), "report")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == "1 名志愿者完成 1 上岗人次，为 7 人次提供服务，总服务时长 0.0 小时"
    today = dt.date.today()
    assert f"{today.year} 年 {today.month} 月" in proc.stdout.splitlines()[1]


@pytest.mark.parametrize("args, message", [
    (("--from", "2024-13-01"), "--from 的日期“2024-13-01”无法识别"),
    (("--from", "2024-06-01", "--to", "2024-05-01"), "早于"),
    (("--out", "report.docx"), "只能保存为 .xlsx 或 .pdf 文件"),
    (("--out", "/no/such/folder/r.xlsx"), "文件夹不存在"),
])
def test_bad_input_is_one_line_in_chinese_and_writes_nothing(station_dir, tmp_path, args, message):
    proc = station_app("--data-dir", str(station_dir), "report", *args)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and message in proc.stderr
    assert proc.stdout == ""


def test_the_workbook_an_office_can_file(station_dir, tmp_path):
    out = tmp_path / "统计.xlsx"
    proc = station_app("--data-dir", str(station_dir), "report", "--from", "2024-05-01", "--to", "2024-05-31",
                       "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1] == f"已保存到 {out}"
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["汇总", "按月份", "按岗位", "按岗位类别", "按队伍", "活动统计表", "服务记录明细"]

    summary = wb["汇总"]
    values = {summary.cell(r, 1).value: summary.cell(r, 2).value for r in range(4, summary.max_row + 1)}
    assert values["统计期间"] == "2024 年 5 月（2024-05-01 至 2024-05-31）"
    assert (values["志愿者人数"], values["上岗人次"], values["服务人次"], values["服务时长（小时）"]) == (2, 4, 20, 7.0)
    assert values["制表人"] and values["制表时间"].startswith(str(dt.date.today()))
    assert values["站点"] == "朝西社区志愿服务站（BJ-CY-0001）"
    assert SENTENCE_MAY in [summary.cell(r, 1).value for r in range(1, summary.max_row + 1)]
    assert "A1:B1" in {str(m) for m in summary.merged_cells.ranges}

    by_post = wb["按岗位"]
    rows = [[c.value for c in row] for row in by_post.iter_rows(min_row=3, max_col=5)]
    assert rows[0] == ["服务岗位", "志愿者人数", "上岗人次", "服务人次", "服务时长（小时）"]
    assert rows[1:4] == [["垃圾分类督导", 2, 3, 20, 5.5], ["文明交通劝导", 1, 1, 0, 1.5], ["合计", 2, 4, 20, 7.0]]
    assert by_post.cell(4, 5).number_format == "0.0" and by_post.cell(4, 2).number_format == "0"

    activity = wb["活动统计表"]
    merged = {str(m) for m in activity.merged_cells.ranges}
    assert {"A1:H1", "E3:F3", "A3:A4", "G3:G4"} <= merged  # title and the two merged header rows
    assert [activity.cell(4, c).value for c in (5, 6)] == ["志愿者人数", "上岗人次"]
    first = [activity.cell(5, c).value for c in range(1, 9)]
    assert first == [1, dt.datetime(2024, 5, 6), "垃圾分类督导", "3号楼", 2, 2, 4.0, 18]
    assert activity.cell(5, 2).number_format == "yyyy-mm-dd"
    assert activity.print_title_rows == "$3:$4"

    details = wb["服务记录明细"]
    names = [details.cell(r, 2).value for r in range(4, details.max_row + 1)]
    assert names == ["张三", "李四", "张三", "李四"]
    ids = [details.cell(r, 4).value for r in range(4, details.max_row + 1)]
    assert all(i.startswith("110105") and "********" in i for i in ids)
    assert "更正记录" in "".join(str(details.cell(r, 13).value or "") for r in range(4, details.max_row + 1))
    for ws in wb.worksheets:
        assert int(ws.page_setup.paperSize) == 9  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
        assert ws.print_title_rows
        assert ws.column_dimensions["A"].width > 5
        for row in ws.iter_rows():  # no full ID number anywhere in the file
            for cell in row:
                assert not (isinstance(cell.value, str) and "19600101" in cell.value)


def test_the_pdf_says_the_sentence_in_an_embedded_font(station_dir, tmp_path):
    out = tmp_path / "统计.pdf"
    proc = station_app("--data-dir", str(station_dir), "report", "--from", "2024-05-01", "--to", "2024-05-31",
                       "--by", "post", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    assert SENTENCE_MAY in text
    assert "活动统计表" in text and "垃圾分类督导" in text and "按服务岗位统计" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts), fonts
