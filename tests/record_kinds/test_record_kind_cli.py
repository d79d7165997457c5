"""add-award, add-evaluation and import-training from the command line, as a station would type them."""

from __future__ import annotations

import csv
import datetime as dt

from station_app.db import close_database, open_database
from station_app.db.models import Award, Evaluation, OutboxItem, TrainingAttendance
from support.certificates import ID_NUMBER, PLATFORM_NO, story_folder
from support.core import run_station_app


def _read(folder, fn):
    open_database(folder)
    try:
        return fn()
    finally:
        close_database()


def test_add_award_and_evaluation(tmp_path):
    folder = story_folder(tmp_path)
    done = run_station_app("--data-dir", str(folder), "add-award", "--volunteer", PLATFORM_NO, "--title", "优秀志愿者",
                           "--level", "街道级", "--by", "朝西街道办事处", "--date", "2024年12月5日")
    assert done.returncode == 0, done.stderr
    assert "已登记表彰奖励" in done.stdout and "优秀志愿者" in done.stdout
    ev = run_station_app("--data-dir", str(folder), "add-evaluation", "--volunteer", ID_NUMBER, "--from", "2024-01-01",
                         "--to", "2024-12-31", "--rating", "优秀", "--comment", "服务认真", "--by", "王建国")
    assert ev.returncode == 0, ev.stderr
    complaint = run_station_app("--data-dir", str(folder), "add-evaluation", "--volunteer", ID_NUMBER, "--from",
                                "2024-06-01", "--to", "2024-06-01", "--complaint", "--comment", "语气生硬；已道歉")
    assert complaint.returncode == 0 and "被投诉记录" in complaint.stdout
    bad = run_station_app("--data-dir", str(folder), "add-award", "--volunteer", PLATFORM_NO, "--title", "优秀志愿者",
                          "--level", "宇宙级", "--by", "某单位", "--date", "2024-12-05")
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "表彰级别“宇宙级”无法识别" in bad.stderr
    assert "Traceback" not in bad.stderr
    got = _read(folder, lambda: ([(a.title, a.level, a.awarded_on) for a in Award.select()],
                                 [(e.type, e.rating) for e in Evaluation.select().order_by(Evaluation.id)],
                                 OutboxItem.select().where(OutboxItem.award.is_null(False)
                                                           | OutboxItem.evaluation.is_null(False)).count()))
    assert got == ([("优秀志愿者", "street", dt.date(2024, 12, 5))], [("evaluation", "excellent"), ("complaint", None)], 3)


def _sheet(path, rows):
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["姓名", "证件号码", "培训名称", "主办单位", "地点", "日期", "开始时间", "结束时间", "结果"])
        out.writerows(rows)
    return path


def test_import_training_reports_rows_and_adds_nothing_twice(tmp_path):
    folder = story_folder(tmp_path)
    rows = [["张秀英", ID_NUMBER, "急救技能培训", "朝阳区红十字会", "朝西社区活动室", "2024-09-14", "9:00", "12:00", "完成"],
            ["张秀英", ID_NUMBER, "垃圾分类知识", "朝西街道", "活动室", "2024/10/1", "14:00", "15:30", "参加"],
            ["王五", "110105199001011234", "急救技能培训", "朝阳区红十字会", "朝西社区活动室", "2024-09-14", "9:00", "12:00", "完成"],
            ["张秀英", ID_NUMBER, "夜校", "", "", "2024-09-20", "20:00", "19:00", "完成"],
            ["张秀英", ID_NUMBER, "急救进阶", "", "", "2024-09-21", "9:00", "10:00", "缺席"]]
    sheet = _sheet(tmp_path / "培训签到表.csv", rows)
    report = tmp_path / "refused.csv"
    done = run_station_app("--data-dir", str(folder), "import-training", str(sheet), "--report", str(report))
    assert done.returncode == 0, done.stderr
    assert "2 次培训，登记 2 人次，未导入 3 行" in done.stdout
    assert "不计入志愿服务时长" in done.stdout
    assert "第 4 行" in done.stdout and "第 5 行" in done.stdout and "第 6 行" in done.stdout
    assert "结束时间应晚于开始时间" in done.stdout and "结果“缺席”无法识别" in done.stdout
    assert len(report.read_text(encoding="utf-8-sig").splitlines()) == 4
    again = run_station_app("--data-dir", str(folder), "import-training", str(sheet))
    assert "登记 0 人次，未导入 5 行" in again.stdout and "已登记参加过这次培训" in again.stdout
    count = _read(folder, lambda: (TrainingAttendance.select().count(),
                                   OutboxItem.select().where(OutboxItem.attendance.is_null(False)).count()))
    assert count == (2, 2)
    unreadable = run_station_app("--data-dir", str(folder), "import-training", str(_sheet(tmp_path / "e.csv", [])))
    assert unreadable.returncode in (0, 2)
