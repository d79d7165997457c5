"""`hours_station-app import-hours` and `export-hours`, run as a user runs them, on files made here."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import subprocess

import openpyxl
import pytest

from station_app.__main__ import main as run
from station_app.audit import Actor, verify_chain
from station_app.audit.log import readable
from station_app.cli_support import cli_actor
from station_app.db.models import AuditEntry, ServiceRecord
from station_app.hours import records, review, totals
from station_app.hours.records import RecordInput
from station_app.imports.hours_import import commit_hours_import, open_hours_file, plan_hours_import
from station_app.imports.table_reader import Cancelled, FileUnreadable
from station_app.kiosk import service as kiosk
from station_app.roster.ids import mask_id_number
from support.core import PYTHON, REPO, make_id, opened
from support.hours import DAY, add_people, add_posts, at

PLANNER = Actor("值班员")  # previews as an operator: whole-number lookups count (roster/id_probes.py)
HEADER = ["姓名", "身份证号", "岗位", "日期", "开始时间", "结束时间", "服务内容", "服务人次"]



@pytest.fixture
def hours_station(tmp_path, actor):
    """A data folder with four volunteers and three posts (one not counting as service), closed."""
    folder = tmp_path / "station"
    with opened(folder):
        people = add_people(actor)
        posts = add_posts(actor)
    return folder, people, posts


def cli(folder, *args: str, capsys) -> tuple[int, str, str]:
    code = run(["--data-dir", str(folder), *args])
    out, err = capsys.readouterr()
    return code, out, err


def station_app(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, "-m", "station_app", *args], capture_output=True, text=True, cwd=REPO, timeout=60,
                          env={**os.environ, **(env or {})})


def write_xlsx(path, rows, title: str | None = None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "五月签到表"
    if title:
        ws.append([title])
    for row in rows:
        ws.append(row)
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value[:1].isdigit() and len(cell.value) >= 15:
                cell.number_format = "@"  # ID numbers typed as text, as stations are told to
    wb.save(path)
    return path


def write_csv(path, rows, encoding="gbk"):
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def all_records() -> list[records.RecordView]:
    return [records.get_record(i) for (i,) in ServiceRecord.select(ServiceRecord.id).order_by(ServiceRecord.id).tuples()]


def report_rows(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


# --- import: reading what stations have ---------------------------------------------------------------------------


def test_import_xlsx_with_a_title_row_and_real_excel_dates_and_times(hours_station, tmp_path, capsys):
    folder, people, posts = hours_station
    zhang, li = people[0], people[1]
    path = write_xlsx(tmp_path / "五月.xlsx", [
        ["序号", *HEADER],
        [1, "张三", zhang.values["id_number"], "垃圾分类督导", DAY, dt.time(8, 0), dt.time(11, 30), "分类指导", 35],
        [2, "李四", li.values["id_number"], "文明交通劝导", dt.datetime(2024, 5, 7), "14:00", "17:15", "路口劝导", "12人次"],
        [],
        [3, "张三", zhang.values["id_number"], "日常值班", None, dt.datetime(2024, 5, 8, 9, 0),
         dt.datetime(2024, 5, 8, 12, 0), "值班", None],
    ], title="朝西社区志愿服务站 2024 年 5 月签到表")
    code, out, err = cli(folder, "import-hours", str(path), capsys=capsys)
    assert (code, err) == (0, "")
    assert "五月.xlsx（工作表“五月签到表”，表头在第 2 行）：导入 3 条记录，共 9.8 小时（等待审核），未导入 0 行。" in out
    assert "未识别、未导入的列：序号" in out
    with opened(folder):
        got = all_records()
        assert [(r.volunteer_name, r.post_name, r.start, r.end, r.minutes, r.people_served, r.content, r.state,
                 r.source, r.counts) for r in got] == [
            ("张三", "垃圾分类督导", at("08:00"), at("11:30"), 210, 35, "分类指导", "pending", "import", True),
            ("李四", "文明交通劝导", at("14:00", DAY + dt.timedelta(1)), at("17:15", DAY + dt.timedelta(1)), 195, 12,
             "路口劝导", "pending", "import", True),
            ("张三", "日常值班", at("09:00", DAY + dt.timedelta(2)), at("12:00", DAY + dt.timedelta(2)), 180, None,
             "值班", "pending", "import", False),
        ]
        creates = list(AuditEntry.select().where(AuditEntry.action == "record.create").order_by(AuditEntry.id))
        assert [readable(e)["reason"] for e in creates] == ["导入 五月.xlsx 第 3 行", "导入 五月.xlsx 第 4 行",
                                                            "导入 五月.xlsx 第 6 行"]
        assert all(e.actor == str(cli_actor()) for e in creates)
        summary = AuditEntry.select().where(AuditEntry.action == "hours.import").get()
        assert json.loads(summary.after) == {"added": 3, "approved": 0, "refused": 0, "sheet": "五月签到表",
                                             "format": "xlsx"}
        assert verify_chain() == []


def test_import_gbk_csv_with_other_column_names_full_width_digits_and_stray_spaces(hours_station, tmp_path, capsys):
    folder, people, posts = hours_station
    zhang = people[0]
    path = write_csv(tmp_path / "sheet.csv", [
        ["志愿者姓名", "证件号码", "岗位名称", "服务日期", "签到时间", "签退时间", "内容", "人次", "服务时长（小时）"],
        [" 张 三 ", " " + zhang.values["id_number"] + " ", " 垃圾分类督导 ", "2024年5月6日", "８：３０", "11点半",
         "入户宣传", "２０", "3"],
        ["张三", zhang.values["id_number"].lower(), "p-traffic", "2024/5/6", "下午2点", "16:00", "", "", ""],
    ])
    code, out, err = cli(folder, "import-hours", str(path), capsys=capsys)
    assert (code, err) == (0, "")
    assert "导入 2 条记录" in out and "未导入 0 行" in out
    with opened(folder):
        got = all_records()
        assert [(r.post_name, r.start, r.end, r.minutes, r.people_served) for r in got] == [
            ("垃圾分类督导", at("08:30"), at("11:30"), 180, 20),
            ("文明交通劝导", at("14:00"), at("16:00"), 120, None)]


def test_import_old_xls(hours_station, tmp_path, capsys):
    xlwt = pytest.importorskip("xlwt")
    folder, people, _ = hours_station
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("签到")
    time_style = xlwt.easyxf(num_format_str="hh:mm")
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for col, title in enumerate(HEADER):
        sheet.write(0, col, title)
    sheet.write(1, 0, "王五")
    sheet.write(1, 1, people[2].values["id_number"])
    sheet.write(1, 2, "垃圾分类督导")
    sheet.write(1, 3, dt.datetime(2024, 5, 6), date_style)
    sheet.write(1, 4, dt.time(7, 45), time_style)
    sheet.write(1, 5, dt.time(9, 15), time_style)
    book.save(str(tmp_path / "old.xls"))
    code, out, _ = cli(folder, "import-hours", str(tmp_path / "old.xls"), capsys=capsys)
    assert code == 0 and "导入 1 条记录" in out
    with opened(folder):
        (rec,) = all_records()
        assert (rec.start, rec.end, rec.minutes) == (at("07:45"), at("09:15"), 90)


def test_a_time_range_in_one_column(hours_station, tmp_path, capsys):
    folder, people, _ = hours_station
    path = write_csv(tmp_path / "span.csv", [
        ["姓名", "身份证号", "岗位", "日期", "起止时间"],
        ["张三", people[0].values["id_number"], "垃圾分类督导", "2024-05-06", "8:00-11:30"],
        ["张三", people[0].values["id_number"], "垃圾分类督导", "2024-05-06", "22:00～次日01:00"],
    ], encoding="utf-8")
    code, out, _ = cli(folder, "import-hours", str(path), capsys=capsys)
    assert code == 0 and "导入 2 条记录" in out
    with opened(folder):
        assert [(r.start, r.end) for r in all_records()] == [
            (at("08:00"), at("11:30")), (at("22:00"), at("01:00", DAY + dt.timedelta(1)))]


# --- import: hours column ----------------------------------------------------------------------------------------


def test_start_and_end_win_over_hours_and_a_row_with_hours_only_is_refused(hours_station, tmp_path, capsys):
    folder, people, _ = hours_station
    zhang, li, wang, zhao = (p.values["id_number"] for p in people)
    path = write_csv(tmp_path / "hours.csv", [
        ["姓名", "身份证号", "岗位", "日期", "开始时间", "结束时间", "休息（分钟）", "时长"],
        ["张三", zhang, "垃圾分类督导", "2024-05-06", "08:00", "11:00", "30", "2.5"],   # agrees
        ["李四", li, "垃圾分类督导", "2024-05-06", "08:00", "11:00", "", "5"],          # disagrees: times win
        ["王五", wang, "垃圾分类督导", "2024-05-06", "08:00", "", "", "2.5"],           # end computed
        ["赵六", zhao, "垃圾分类督导", "2024-05-06", "", "17:00", "60", "2"],           # start computed
        ["张三", zhang, "垃圾分类督导", "2024-05-07", "", "", "", "3"],                 # refused: nothing to check
        ["李四", li, "垃圾分类督导", "2024-05-07", "09:00", "", "", ""],                # refused: no end, no hours
    ], encoding="utf-8")
    code, out, _ = cli(folder, "import-hours", str(path), "--report", str(tmp_path / "r.csv"), capsys=capsys)
    assert code == 0
    assert "导入 4 条记录" in out and "未导入 2 行" in out
    assert "（已导入）时长列写 5.0 小时，起止时间算得 3.0 小时，以起止时间为准：第 3 行" in out
    assert "（已导入）结束时间按开始时间加时长推算：第 4 行" in out
    assert "（已导入）开始时间按结束时间减时长推算：第 5 行" in out
    assert report_rows(tmp_path / "r.csv") == [
        ["行号", "字段", "原因"],
        ["6", "开始时间", "只有时长，没有开始和结束时间：无法核对是否与其他记录重叠，也不能编造时间。请按签到表补上开始时间"],
        ["7", "结束时间", "未填写结束时间，也没有时长"],
    ]
    with opened(folder):
        got = all_records()
        assert [(r.volunteer_name, r.start, r.end, r.break_minutes, r.minutes) for r in got] == [
            ("张三", at("08:00"), at("11:00"), 30, 150),
            ("李四", at("08:00"), at("11:00"), 0, 180),
            ("王五", at("08:00"), at("10:30"), 0, 150),
            ("赵六", at("14:00"), at("17:00"), 60, 120),
        ]
        reasons = [readable(e)["reason"] for e in AuditEntry.select().where(AuditEntry.action == "record.create")
                   .order_by(AuditEntry.id)]
        assert reasons[2] == "导入 hours.csv 第 4 行；结束时间按开始时间加时长推算"


def test_a_file_with_hours_but_no_time_columns_is_refused_whole(hours_station, tmp_path):
    folder, people, _ = hours_station
    path = write_csv(tmp_path / "totals.csv", [
        ["姓名", "身份证号", "岗位", "日期", "时长"],
        ["张三", people[0].values["id_number"], "垃圾分类督导", "2024-05-06", "3"],
    ])
    proc = station_app("--data-dir", str(folder), "import-hours", str(path))
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.strip().count("\n") == 0 and proc.stderr.startswith("错误：")
    assert "开始时间" in proc.stderr


# --- import: refusals ------------------------------------------------------------------------------------------------


def test_every_refusal_has_its_reason_and_the_good_rows_are_imported(hours_station, tmp_path, capsys, actor):
    folder, people, posts = hours_station
    zhang, li, wang, zhao = (p.values["id_number"] for p in people)
    with opened(folder):
        held = records.add_record(RecordInput(people[3].id, posts.garbage.id, at("08:00"), at("10:00")), actor)
        kiosk.check_in(people[2].id, posts.garbage.id, at=at("09:00", DAY + dt.timedelta(1)))
    stranger = make_id("110105", "19700101", 555)
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    rows = [
        HEADER,
        ["张三", zhang, "垃圾分类督导", "2024-05-06", "08:00", "10:00", "好的一行", "5"],          # 2: imported
        ["钱七", stranger, "垃圾分类督导", "2024-05-06", "08:00", "10:00", "", ""],             # 3: not on roster
        ["张四", zhang, "垃圾分类督导", "2024-05-06", "12:00", "13:00", "", ""],               # 4: name disagrees
        ["李四", li, "扫雪除冰", "2024-05-06", "08:00", "10:00", "", ""],                       # 5: unknown post
        ["李四", li, "垃圾分类督导", "2024-05-06", "10:00", "10:00", "", ""],                   # 6: end not after start
        ["李四", li, "垃圾分类督导", "2024-05-06", "2024-05-06 08:00", "2024-05-07 08:01", "", ""],  # 7: > 24 h
        ["赵六", zhao, "文明交通劝导", "2024-05-06", "09:00", "11:00", "", ""],                 # 8: overlaps held
        ["王五", wang, "文明交通劝导", "2024-05-07", "10:00", "11:00", "", ""],                 # 9: overlaps open
        ["张三", zhang, "文明交通劝导", "2024-05-06", "09:30", "10:30", "", ""],                # 10: overlaps row 2
        ["李四", li, "垃圾分类督导", tomorrow, "08:00", "10:00", "", ""],                       # 11: future
        ["李四", li, "垃圾分类督导", "2024-02-30", "08:00", "10:00", "", ""],                   # 12: bad date
        ["李四", li, "垃圾分类督导", "2024-05-06", "八点", "10:00", "", ""],                    # 13: bad time
        ["李四", li, "垃圾分类督导", "2024-05-06", "25:00", "10:00", "", ""],                   # 14: no such time
        ["", li, "垃圾分类督导", "2024-05-06", "08:00", "10:00", "", ""],                       # 15: no name
        ["李四", "1.10105E+17", "垃圾分类督导", "2024-05-06", "08:00", "10:00", "", ""],        # 16: ID ruined by Excel
        ["李四", li, "垃圾分类督导", "2024-05-06", "08:00", "10:00", "", "许多"],               # 17: bad count
        ["李四", li, "垃圾分类督导", "2024-05-06", "08:00", "10:00", "", ""],                   # 18: imported
    ]
    path = write_csv(tmp_path / "sheet.csv", rows)
    code, out, err = cli(folder, "import-hours", str(path), "--report", str(tmp_path / "report.csv"), capsys=capsys)
    assert (code, err) == (0, "")
    assert "导入 2 条记录" in out and "未导入 15 行" in out
    report = {int(r[0]): (r[1], r[2]) for r in report_rows(tmp_path / "report.csv")[1:]}
    assert set(report) == set(range(3, 18))
    expect = {
        3: ("证件号码", f"证件号码 {mask_id_number(stranger)} 不在志愿者名册中"),
        4: ("姓名", "姓名“张四”与名册中证件号码"),
        5: ("岗位", "岗位“扫雪除冰”不存在"),
        6: ("结束时间", "结束时间必须晚于开始时间"),
        7: ("结束时间", "最长 24 小时"),
        8: ("开始时间", "与已有记录时间重叠：垃圾分类督导 2024-05-06 08:00–10:00（待审核）"),
        9: ("开始时间", "尚未签退（已签到）"),
        10: ("开始时间", "与本表第 2 行（同一人）时间重叠"),
        11: ("结束时间", "结束时间在将来"),
        12: ("日期", "日期“2024-02-30”无法识别"),
        13: ("开始时间", "时间“八点”无法识别"),
        14: ("开始时间", "时间“25:00”不存在"),
        15: ("姓名", "未填写"),
        16: ("证件号码", "科学计数法"),
        17: ("服务人次", "服务人次“许多”"),
    }
    for row, (field, text) in expect.items():
        assert report[row][0] == field and text in report[row][1], (row, report[row])
    assert stranger not in out and stranger not in (tmp_path / "report.csv").read_text(encoding="utf-8-sig")
    for row in expect:
        assert f"第 {row} 行" in out
    with opened(folder):
        got = [r for r in all_records() if r.source == "import"]
        assert [(r.volunteer_name, r.start, r.content) for r in got] == [("张三", at("08:00"), "好的一行"),
                                                                          ("李四", at("08:00"), "")]
        assert records.get_record(held.id).state == "pending"


def test_rows_of_one_person_in_any_order_are_checked_against_each_other(hours_station, tmp_path, capsys):
    folder, people, _ = hours_station
    zhang = people[0].values["id_number"]
    row = lambda start, end, day="2024-05-06": ["张三", zhang, "垃圾分类督导", day, start, end, "", ""]  # noqa: E731
    path = write_csv(tmp_path / "sheet.csv", [
        HEADER,
        row("14:00", "16:00"),                       # 2
        row("08:00", "10:00"),                       # 3
        row("09:00", "15:00"),                       # 4: overlaps rows 2 and 3
        row("10:00", "14:00"),                       # 5: fills the gap exactly
        row("2024-05-07 08:00", "09:00"),            # 6: its own date disagrees with the date column
        row("2024-05-06 22:00", "2024-05-07 01:00"),  # 7: a night, ending the next day
        row("00:30", "02:00", "2024-05-07"),         # 8: overlaps row 7 across midnight
    ])
    code, out, _ = cli(folder, "import-hours", str(path), "--report", str(tmp_path / "r.csv"), capsys=capsys)
    assert code == 0 and "导入 4 条记录" in out
    report = {int(r[0]): r[2] for r in report_rows(tmp_path / "r.csv")[1:]}
    assert set(report) == {4, 6, 8}
    assert report[4].startswith("与本表第 ") and "（同一人）时间重叠" in report[4]
    assert "开始时间中的日期 2024-05-07 与“日期”列的 2024-05-06 不一致" == report[6]
    assert report[8] == "与本表第 7 行（同一人）时间重叠"
    with opened(folder):
        assert totals.volunteer_history(people[0].id).pending_minutes == 8 * 60 + 3 * 60


def test_importing_the_same_file_twice_adds_nothing(hours_station, tmp_path, capsys):
    folder, people, _ = hours_station
    path = write_csv(tmp_path / "sheet.csv", [
        HEADER, ["张三", people[0].values["id_number"], "垃圾分类督导", "2024-05-06", "08:00", "10:00", "", ""]])
    assert cli(folder, "import-hours", str(path), capsys=capsys)[0] == 0
    code, out, _ = cli(folder, "import-hours", str(path), capsys=capsys)
    assert code == 0 and "导入 0 条记录" in out and "未导入 1 行" in out and "与已有记录时间重叠" in out
    with opened(folder):
        assert ServiceRecord.select().count() == 1


def test_approve_flag_approves_at_once_and_logs_each_approval(hours_station, tmp_path, capsys):
    folder, people, _ = hours_station
    zhang = people[0].values["id_number"]
    path = write_csv(tmp_path / "sheet.csv", [
        HEADER,
        ["张三", zhang, "垃圾分类督导", "2024-05-06", "08:00", "10:00", "", ""],
        ["张三", zhang, "日常值班", "2024-05-06", "10:00", "12:00", "", ""],
        ["张三", zhang, "垃圾分类督导", "2024-05-06", "11:00", "12:00", "", ""],  # refused: overlaps row 3
    ])
    code, out, _ = cli(folder, "import-hours", str(path), "--approve", capsys=capsys)
    assert code == 0 and "导入 2 条记录，共 4.0 小时（已审核通过 2 条），未导入 1 行。" in out
    with opened(folder):
        got = all_records()
        assert [r.state for r in got] == ["approved", "approved"]
        assert all(r.reviewed_by == str(cli_actor()) for r in got)
        approvals = AuditEntry.select().where(AuditEntry.action == "record.approve")
        assert sorted(int(e.entity_id) for e in approvals) == [r.id for r in got]
        assert all(e.actor == str(cli_actor()) and "命令行" in e.actor for e in approvals)
        assert totals.approved_minutes(people[0].id) == 120  # 日常值班 is kept but does not count
        assert json.loads(AuditEntry.select().where(AuditEntry.action == "hours.import").get().after)["approved"] == 2


def test_without_approve_the_records_wait_for_review(hours_station, tmp_path, capsys):
    folder, people, _ = hours_station
    path = write_csv(tmp_path / "sheet.csv", [
        HEADER, ["张三", people[0].values["id_number"], "垃圾分类督导", "2024-05-06", "08:00", "10:00", "", ""]])
    cli(folder, "import-hours", str(path), capsys=capsys)
    with opened(folder):
        queue = review.review_queue("attention", now=at("12:00", DAY + dt.timedelta(30)))
        assert [(r.volunteer_name, r.source, r.state) for r in queue] == [("张三", "import", "pending")]
        assert not AuditEntry.select().where(AuditEntry.action == "record.approve").exists()


# --- import: all or nothing ------------------------------------------------------------------------------------------


def sheet_for(people, n: int = 3):
    return [HEADER] + [[p.name, p.values["id_number"], "垃圾分类督导", "2024-05-06", "08:00", "10:00", "", ""]
                       for p in people[:n]]


def test_a_record_typed_after_the_preview_stops_the_whole_import(hours_station, tmp_path, actor):
    folder, people, posts = hours_station
    path = write_csv(tmp_path / "sheet.csv", sheet_for(people))
    with opened(folder):
        workbook, guess = open_hours_file(path)
        plan = plan_hours_import(workbook, guess.sheet, guess.row_index, guess.mapping, actor=PLANNER)
        assert len(plan.rows) == 3
        # meanwhile, staff type the second person's record from the same sheet
        records.add_record(RecordInput(people[1].id, posts.traffic.id, at("09:00"), at("09:30")), actor)
        audit_before = AuditEntry.select().count()
        with pytest.raises(FileUnreadable, match="第 3 行在预览之后"):
            commit_hours_import(plan, cli_actor(), approve=True)
        assert ServiceRecord.select().count() == 1
        assert AuditEntry.select().count() == audit_before
        assert verify_chain() == []


def test_a_cancelled_import_writes_nothing(hours_station, tmp_path):
    folder, people, _ = hours_station
    path = write_csv(tmp_path / "sheet.csv", sheet_for(people, 4))
    with opened(folder):
        workbook, guess = open_hours_file(path)
        seen = []
        plan = plan_hours_import(workbook, guess.sheet, guess.row_index, guess.mapping,
                                 progress=lambda done, total: seen.append((done, total)), actor=PLANNER)
        assert seen[-1] == (4, 4)
        audit_before = AuditEntry.select().count()
        with pytest.raises(Cancelled):
            commit_hours_import(plan, cli_actor(), cancelled=lambda: True)
        with pytest.raises(Cancelled):
            plan_hours_import(workbook, guess.sheet, guess.row_index, guess.mapping, cancelled=lambda: True, actor=PLANNER)
        calls = iter([False])  # cancelled only at the very end, after everything was written
        with pytest.raises(Cancelled):
            commit_hours_import(plan, cli_actor(), approve=True, cancelled=lambda: next(calls, True))
        assert ServiceRecord.select().count() == 0 and AuditEntry.select().count() == audit_before


def test_only_the_accepted_rows_are_committed(hours_station, tmp_path):
    folder, people, _ = hours_station
    path = write_csv(tmp_path / "sheet.csv", sheet_for(people, 3))
    with opened(folder):
        workbook, guess = open_hours_file(path)
        plan = plan_hours_import(workbook, guess.sheet, guess.row_index, guess.mapping, actor=PLANNER)
        result = commit_hours_import(plan, cli_actor(), accepted={2, 4})
        assert (result.added, result.approved, result.minutes) == (2, 0, 240)
        assert [r.volunteer_name for r in all_records()] == ["张三", "王五"]


# --- import: files that cannot be read ---------------------------------------------------------------------------


def file_with(name: str, data: bytes):
    def make(folder):
        (folder / name).write_bytes(data)
        return folder / name
    return make


@pytest.mark.parametrize("make,expect", [
    (lambda d: d / "missing.xlsx", "missing.xlsx"),  # wording belongs to table_reader
    (file_with("empty.csv", b""), "是空的"),
    (lambda d: write_csv(d / "roster.csv", [["姓名", "身份证号", "手机号码"], ["张三", "x", "1"]]), "找不到服务时长表的表头"),
    (file_with("bad.xlsx", b"PK\x03\x04 not really a workbook"), "xlsx"),
    (file_with("title-only.csv", "五月签到表\n".encode("gbk")), "找不到服务时长表的表头"),
])
def test_an_unreadable_file_is_one_line_on_stderr_and_a_non_zero_exit(hours_station, tmp_path, make, expect):
    folder = hours_station[0]
    path = make(tmp_path)
    proc = station_app("--data-dir", str(folder), "import-hours", str(path))
    assert proc.returncode == 2, proc
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误：") and expect in lines[0], proc.stderr
    with opened(folder):
        assert ServiceRecord.select().count() == 0


def test_the_times_are_the_stations_wall_clock_whatever_the_zone(hours_station, tmp_path):
    """Under Beijing time (UTC+8) the sheet's 08:00 is stored and exported as 08:00."""
    folder, people, _ = hours_station
    path = write_csv(tmp_path / "sheet.csv", sheet_for(people, 1))
    env = {"TZ": "CST-8"}  # POSIX form: needs no tz database
    assert station_app("--data-dir", str(folder), "import-hours", str(path), env=env).returncode == 0
    proc = station_app("--data-dir", str(folder), "export-hours", str(tmp_path / "out.xlsx"), env=env)
    assert proc.returncode == 0, proc.stderr
    ws = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    assert list(ws.iter_rows(min_row=2, values_only=True))[0][3:5] == (dt.datetime(2024, 5, 6, 8, 0),
                                                                        dt.datetime(2024, 5, 6, 10, 0))
    with opened(folder):
        (rec,) = all_records()
        # whatever zone this test runs in, the record keeps the offset it was made at
        assert rec.start.utcoffset() == dt.timedelta(hours=8) and (rec.start.hour, rec.start.minute) == (8, 0)


# --- export ------------------------------------------------------------------------------------------------------------


@pytest.fixture
def with_records(hours_station, actor):
    folder, people, posts = hours_station
    with opened(folder):
        zhang, li, wang, zhao = people
        a = records.add_record(RecordInput(zhang.id, posts.garbage.id, at("08:00"), at("09:40"), people_served=12,
                                           content="=1+1 入户宣传"), actor)
        b = records.add_record(RecordInput(li.id, posts.duty.id, at("09:00", DAY + dt.timedelta(1)),
                                           at("10:30", DAY + dt.timedelta(1))), actor)
        c = records.add_record(RecordInput(wang.id, posts.traffic.id, at("07:00", DAY + dt.timedelta(3)),
                                           at("08:00", DAY + dt.timedelta(3))), actor)
        review.approve([a.id, b.id], actor)
        review.reject(c.id, "重复登记", actor)
        review.correct(b.id, RecordInput(li.id, posts.duty.id, at("09:00", DAY + dt.timedelta(1)),
                                         at("10:00", DAY + dt.timedelta(1))), "实际 10 点离开", actor)
        kiosk.check_in(zhao.id, posts.garbage.id, at=at("08:00", DAY + dt.timedelta(5)))
    return folder, people


def read_export(path):
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    return ws, [list(r) for r in ws.iter_rows(values_only=True)]


def test_export_one_row_per_record_masked_with_chinese_states(with_records, tmp_path, capsys):
    folder, people = with_records
    out_path = tmp_path / "hours.xlsx"
    code, out, err = cli(folder, "export-hours", str(out_path), capsys=capsys)
    assert (code, err) == (0, "") and "已导出 5 条服务时长记录" in out
    ws, rows = read_export(out_path)
    assert rows[0] == ["姓名", "证件号码", "岗位", "开始", "结束", "分钟", "小时", "状态", "服务人次", "服务内容",
                       "计入志愿服务"]
    d = lambda days, hh, mm: dt.datetime(2024, 5, 6 + days, hh, mm)  # noqa: E731
    zhang_id, li_id, wang_id, zhao_id = (mask_id_number(p.values["id_number"]) for p in people)
    assert rows[1:] == [
        ["张三", zhang_id, "垃圾分类督导", d(0, 8, 0), d(0, 9, 40), 100, 1.7, "已审核", 12, "=1+1 入户宣传", "是"],
        ["李四", li_id, "日常值班", d(1, 9, 0), d(1, 10, 30), 90, 1.5, "已作废", None, None, "否"],
        ["李四", li_id, "日常值班", d(1, 9, 0), d(1, 10, 0), 60, 1, "已审核", None, None, "否"],
        ["王五", wang_id, "文明交通劝导", d(3, 7, 0), d(3, 8, 0), 60, 1, "已退回", None, None, "是"],
        ["赵六", zhao_id, "垃圾分类督导", d(5, 8, 0), None, None, None, "已签到", None, None, "是"],
    ]
    for row in ws.iter_rows(min_row=2):
        assert row[1].data_type == "s" and row[1].number_format == "@"  # ID cells are text
        assert row[9].value is None or row[9].data_type == "s"           # "=1+1" stays text, never a formula
        assert row[3].is_date
    assert ws["G2"].number_format == "0.0"
    for p in people:
        assert p.values["id_number"] not in str(rows)
    with opened(folder):
        log = AuditEntry.select().where(AuditEntry.action == "hours.export").get()
        assert json.loads(log.after)["rows"] == 5 and log.actor == str(cli_actor())


@pytest.mark.parametrize("args,names", [
    (["--from", "2024-05-07"], ["李四", "李四", "王五", "赵六"]),
    (["--to", "2024/5/7"], ["张三", "李四", "李四"]),
    (["--from", "2024-05-07", "--to", "2024-05-07"], ["李四", "李四"]),
    (["--from", "2024年5月8日", "--to", "2024-05-08"], []),
])
def test_export_filters_on_the_start_date(with_records, tmp_path, capsys, args, names):
    folder, _ = with_records
    code, out, _ = cli(folder, "export-hours", str(tmp_path / "h.xlsx"), *args, capsys=capsys)
    assert code == 0 and f"已导出 {len(names)} 条" in out
    assert [r[0] for r in read_export(tmp_path / "h.xlsx")[1][1:]] == names
    with opened(folder):
        log = json.loads(AuditEntry.select().where(AuditEntry.action == "hours.export").get().after)
        assert log["rows"] == len(names)


@pytest.mark.parametrize("args,expect", [
    (["out.csv"], ".xlsx"),
    (["no/such/folder/out.xlsx"], "文件夹不存在"),
    (["out.xlsx", "--from", "5月1日"], "无法识别"),
    (["out.xlsx", "--from", "2024-05-09", "--to", "2024-05-01"], "晚于"),
])
def test_export_bad_arguments_are_one_line_errors(with_records, tmp_path, args, expect):
    folder, _ = with_records
    args = [str(tmp_path / args[0]), *args[1:]]
    proc = station_app("--data-dir", str(folder), "export-hours", *args)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误：") and expect in lines[0], proc.stderr
    assert not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob("*.csv"))


def test_the_commands_are_in_the_help():
    proc = station_app("--help")
    assert "import-hours" in proc.stdout and "export-hours" in proc.stdout
    proc = station_app("import-hours", "--help")
    assert "--approve" in proc.stdout and "--report" in proc.stdout
