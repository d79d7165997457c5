"""Setting a station up without the window (issue 17): profile, posts, shifts, then a certificate.

Every command goes through the core services: the same rules as the window, audit-logged as done
from the command line by the OS user; errors are one line in Chinese with a non-zero exit.
"""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from station_app.__main__ import main as run
from station_app.db import close_database, open_database
from station_app.db.models import AuditEntry, Post, Shift, ShiftSeries
from support.roster_files import person, roster_rows, write_csv

PROFILE = ["--name", "朝西社区志愿服务站", "--code", "BJ-CY-0001", "--organisation", "朝西社区居民委员会",
           "--person-in-charge", "王建国", "--phone", "010-85551234", "--address", "北京市朝阳区朝西路 1 号"]


def _cli(folder, capsys, *args):
    code = run(["--data-dir", str(folder), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _actions(folder) -> list[tuple[str, str]]:
    open_database(folder)
    try:
        return [(e.action, e.actor) for e in AuditEntry.select().order_by(AuditEntry.id)]
    finally:
        close_database()


def test_a_fresh_folder_is_set_up_and_issues_a_certificate_from_the_command_line(tmp_path, capsys):
    folder = tmp_path / "station"
    people = [person(0), person(1)]
    roster = write_csv(tmp_path / "名册.csv", roster_rows(people))
    hours = tmp_path / "时长.csv"
    with hours.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["姓名", "身份证号", "岗位", "日期", "开始时间", "结束时间"],
                                  [people[0]["name"], people[0]["id_number"], "P-GARBAGE", "2024-05-06", "07:00", "09:30"]])
    for args in (["profile", "set", *PROFILE],
                 ["posts", "add", "--name", "垃圾分类桶前值守", "--code", "p-garbage", "--category", "环境保护"],
                 ["import-roster", str(roster)], ["import-hours", str(hours), "--approve"]):
        code, out, err = _cli(folder, capsys, *args)
        assert (code, err) == (0, ""), (args, out, err)
    code, out, err = _cli(folder, capsys, "certificate", "--volunteer", people[0]["id_number"],
                          "--handler", "李娜", "--out", str(tmp_path / "证明.pdf"))
    assert (code, err) == (0, "") and out.startswith("BJ-CY-0001-")
    assert "2.5 小时" in out
    code, out, err = _cli(folder, capsys, "profile", "show")
    assert code == 0 and "站点名称：朝西社区志愿服务站" in out and "负责人：王建国" in out
    actions = _actions(folder)
    assert ("station.create", actions[0][1]) in actions and any(a == "post.create" for a, _ in actions)
    assert all(actor.endswith("（命令行）") or "cli" in actor for _a, actor in actions), set(actor for _a, actor in actions)


def test_profile_set_changes_only_what_is_given_and_refuses_in_one_line(tmp_path, capsys):
    folder = tmp_path / "station"
    code, out, err = _cli(folder, capsys, "profile", "set", "--name", "朝西社区志愿服务站")
    assert code == 1 and err.startswith("错误：首次填写站点信息须给出全部六项") and "--code" in err
    assert len(err.strip().splitlines()) == 1
    assert _cli(folder, capsys, "profile", "set", *PROFILE)[0] == 0
    code, out, err = _cli(folder, capsys, "profile", "set", "--phone", "办公室电话")
    assert code == 1 and err.strip() == "错误：联系电话：请填写座机或手机号码，例如 010-85551234"
    assert _cli(folder, capsys, "profile", "set", "--person-in-charge", "李红")[0] == 0
    out = _cli(folder, capsys, "profile", "show")[1]
    assert "负责人：李红" in out and "站点编码：BJ-CY-0001" in out
    assert [a for a, _ in _actions(folder)] == ["station.create", "station.update"]


def test_posts_add_list_update_deactivate(tmp_path, capsys):
    folder = tmp_path / "station"
    assert _cli(folder, capsys, "posts", "add", "--name", "日常值班", "--code", "DUTY", "--not-counting",
                "--capacity", "2")[0] == 0
    assert _cli(folder, capsys, "posts", "add", "--name", "文明交通劝导", "--code", "P-TRAFFIC", "--place", "路口")[0] == 0
    code, out, err = _cli(folder, capsys, "posts", "add", "--name", "重复", "--code", "duty")
    assert code == 1 and err.strip() == "错误：岗位编码：已有岗位使用编码 DUTY"
    code, out, _ = _cli(folder, capsys, "posts", "list")
    assert "DUTY\t日常值班\t—\t—\t2 人\t不计入时长\t启用" in out.splitlines()
    assert _cli(folder, capsys, "posts", "update", "p-traffic", "--capacity", "3", "--category", "文明交通")[0] == 0
    assert _cli(folder, capsys, "posts", "deactivate", "DUTY", "--reason", "合并到其他岗位")[0] == 0
    code, out, err = _cli(folder, capsys, "posts", "update", "NOPE", "--name", "x")
    assert code == 1 and "没有编码为 NOPE 的岗位" in err
    open_database(folder)
    try:
        traffic = Post.get(Post.code == "P-TRAFFIC")
        assert (traffic.capacity, traffic.category, traffic.place) == (3, "文明交通", "路口")
        assert not Post.get(Post.code == "DUTY").active
        (deactivated,) = AuditEntry.select().where(AuditEntry.action == "post.update", AuditEntry.reason != "")
        assert deactivated.reason == "合并到其他岗位"
    finally:
        close_database()


def test_shifts_add_one_and_a_weekly_series(tmp_path, capsys):
    folder = tmp_path / "station"
    _cli(folder, capsys, "posts", "add", "--name", "礼让斑马线文明引导", "--code", "P-ZEBRA", "--capacity", "4")
    code, out, err = _cli(folder, capsys, "shifts", "add", "--post", "P-ZEBRA", "--date", "2030-09-02",
                          "--start", "07:00", "--end", "09:00")
    assert (code, err) == (0, "")
    code, out, err = _cli(folder, capsys, "shifts", "add", "--post", "P-ZEBRA", "--date", "2030-09-02",
                          "--start", "07:00", "--end", "09:00", "--repeat", "weekly", "--days", "1,3,5",
                          "--until", "2030-09-30", "--capacity", "6")
    assert (code, err) == (0, "") and "每周一、三、五" in out and "共 13 个班次" in out
    open_database(folder)
    try:
        (series,) = ShiftSeries.select()
        occurrences = list(Shift.select().where(Shift.series == series.id).order_by(Shift.start_min))
        assert len(occurrences) == 13 and {o.capacity for o in occurrences} == {6}
        days = [dt.datetime.fromtimestamp(o.start_min * 60).date() for o in occurrences]
        assert {d.isoweekday() for d in days} == {1, 3, 5} and days[0] == dt.date(2030, 9, 2)
        assert Shift.select().where(Shift.series.is_null()).count() == 1
        assert AuditEntry.select().where(AuditEntry.action == "shift.create_series").count() == 1
    finally:
        close_database()


@pytest.mark.parametrize("args, message", [
    (["--start", "7点", "--end", "09:00"], "--start 的时间“7点”无法识别"),
    (["--start", "07:00", "--end", "09:00", "--repeat", "weekly", "--days", "1,8", "--until", "2030-09-30"],
     "星期“8”应为 1 到 7"),
    (["--start", "07:00", "--end", "09:00", "--repeat", "weekly"], "--repeat weekly 需要 --until"),
    (["--start", "07:00", "--end", "09:00", "--repeat", "weekly", "--until", "2032-01-01"], "重复班次最长一年"),
    (["--start", "07:00", "--end", "07:00"], "结束时间必须晚于开始时间"),
])
def test_shift_errors_are_one_line(tmp_path, capsys, args, message):
    folder = tmp_path / "station"
    _cli(folder, capsys, "posts", "add", "--name", "值守", "--code", "P1")
    code, out, err = _cli(folder, capsys, "shifts", "add", "--post", "P1", "--date", "2030-09-02", *args)
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1


def test_every_new_command_documents_itself(capsys):
    for verb in (["profile", "set"], ["posts", "add"], ["posts", "update"], ["shifts", "add"], ["template"],
                 ["import-hours"]):
        with pytest.raises(SystemExit) as done:
            run([*verb, "--help"])
        assert done.value.code == 0
        assert "--" in capsys.readouterr().out
