"""Importing the roster files stations already have (issue 3), through the real core and the real CLI.

Every file is made here: .xlsx by openpyxl, .xls by xlwt, CSV as bytes in the
encoding named. The core calls are those the wizard makes (open, plan, commit);
the CLI is run in-process with ``run([...])`` and, where a traceback could show,
as a subprocess.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest

import station_app.imports.roster_import as roster_import
from station_app.__main__ import main as run
from station_app.audit import Actor
from station_app.audit.log import entries_for, readable, verify_chain
from station_app.db.models import AuditEntry, Volunteer
from station_app.imports.roster_import import (
    commit_roster_import,
    import_roster_file,
    open_roster_file,
    plan_roster_import,
    write_report,
)
from station_app.imports.table_reader import Cancelled, FileUnreadable
from station_app.roster.service import add_volunteer, find_by_id_number, stored_volunteer
from support.core import PYTHON, READER, REPO, adult_input, id_ending_in_x, make_id, opened
from support.roster_files import (
    HEADER,
    actions,
    counts,
    encrypted_xlsx,
    person,
    roster_rows,
    row_of,
    write_csv,
    write_xls,
    write_xlsx,
    xls_with_filepass,
)

PEOPLE = [person(i) for i in range(3)]
PLANNER = Actor("值班员")  # previews as an operator: whole-number lookups count (roster/id_probes.py)


def plan_file(path: Path):
    workbook, guess = open_roster_file(path)
    return plan_roster_import(workbook, guess.sheet, guess.row_index, guess.mapping, actor=PLANNER)


def stored(id_number: str, id_type: str = "CN_RIC") -> dict:
    rec = find_by_id_number(id_type, id_number, READER)
    assert rec is not None, id_number
    return stored_volunteer(rec.id).values


def problems_by_row(plan) -> dict[int, list]:
    out: dict[int, list] = {}
    for p in plan.problems:
        out.setdefault(p.row, []).append(p)
    return out



# --- formats -------------------------------------------------------------------------------------


def test_xlsx_with_a_merged_title_row_above_the_header(db, actor, tmp_path):
    path = write_xlsx(tmp_path / "名册.xlsx", roster_rows(PEOPLE), title="朝西社区志愿者花名册（2024 年）")
    plan, result = import_roster_file(path, actor)
    assert (plan.kind, plan.sheet, plan.header_row) == ("xlsx", "名册", 2)
    assert [r.row for r in plan.rows] == [3, 4, 5]  # the numbers the spreadsheet shows
    assert (result.added, result.updated, result.unchanged, result.refused) == (3, 0, 0, 0)
    for p in PEOPLE:
        v = stored(p["id_number"])
        assert (v["name"], v["phone"], v["team"]) == (p["name"], p["phone"], p["team"])
        assert v["gender"] in ("M", "F") and v["birth_date"] is not None  # derived from the ID number


def test_xls_from_excel_97_2003_with_title_row_and_phone_as_number(db, actor, tmp_path):
    rows = roster_rows(PEOPLE)
    for r in rows[1:]:
        r[4] = float(r[4])  # a phone typed into a General cell is a number; 11 digits survive
    path = write_xls(tmp_path / "旧名册.xls", rows, title="志愿者登记表")
    plan, result = import_roster_file(path, actor)
    assert (plan.kind, plan.header_row, result.added, result.refused) == ("xls", 2, 3, 0)
    assert [stored(p["id_number"])["phone"] for p in PEOPLE] == [p["phone"] for p in PEOPLE]


def test_format_is_told_by_content_not_by_name(db, actor, tmp_path):
    """Stations rename files: an .xlsx saved as .xls, a CSV called .xls."""
    xlsx_as_xls = write_xlsx(tmp_path / "a.xls", roster_rows(PEOPLE[:1]))
    csv_as_xls = write_csv(tmp_path / "b.xls", roster_rows(PEOPLE[1:2]), "gbk")
    assert plan_file(xlsx_as_xls).kind == "xlsx"
    assert plan_file(csv_as_xls).kind == "csv"


@pytest.mark.parametrize("encoding, bom, detected", [
    ("utf-8", False, "utf-8"),
    ("utf-8", True, "utf-8-sig"),
    ("gbk", False, "gb18030"),  # GB18030 is a superset of GBK: the same bytes, the same text
    ("gb18030", False, "gb18030"),
])
def test_csv_encodings_are_detected(db, actor, tmp_path, encoding, bom, detected):
    path = write_csv(tmp_path / "名册.csv", roster_rows(PEOPLE), encoding, bom)
    plan, result = import_roster_file(path, actor)
    assert (plan.kind, plan.encoding) == ("csv", detected)
    assert result.added == 3 and not plan.problems
    assert [stored(p["id_number"])["name"] for p in PEOPLE] == [p["name"] for p in PEOPLE]
    assert stored(PEOPLE[0]["id_number"])["team"] == "朝西社区志愿服务队"


def test_gb18030_file_with_characters_gbk_lacks(db, actor, tmp_path):
    rare = [person(0, name="王㛃"), person(1, name="张𠮷"), person(2, name="李䶮")]
    for p in rare:
        with pytest.raises(UnicodeEncodeError):
            p["name"].encode("gbk")
    path = write_csv(tmp_path / "生僻字.csv", roster_rows(rare), "gb18030")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    plan, result = import_roster_file(path, actor)
    assert plan.encoding == "gb18030" and plan.problems == []
    assert result.added == 3
    assert [stored(p["id_number"])["name"] for p in rare] == ["王㛃", "张𠮷", "李䶮"]


def test_tab_separated_text_from_wps(db, actor, tmp_path):
    path = write_csv(tmp_path / "名册.txt", roster_rows(PEOPLE), "gbk", sep="\t")
    plan, result = import_roster_file(path, actor)
    assert result.added == 3 and plan.problems == []


# --- header recognition --------------------------------------------------------------------------


def _header_with(column: int, title: str) -> list[str]:
    header = list(HEADER)
    header[column] = title
    return header


@pytest.mark.parametrize("title", ["身份证号", "身份证号码", "证件号码", "证件号", "公民身份号码", "身份证号码（必填）"])
def test_id_number_header_synonyms(db, actor, tmp_path, title):
    path = write_csv(tmp_path / "r.csv", roster_rows(PEOPLE, _header_with(2, title)))
    plan, result = import_roster_file(path, actor)
    assert plan.mapping[2] == "id_number" and result.added == 3


@pytest.mark.parametrize("title", ["手机", "手机号", "手机号码", "联系电话", "联系方式", "电话", "移动电话", "* 手机号码"])
def test_phone_header_synonyms(db, actor, tmp_path, title):
    path = write_csv(tmp_path / "r.csv", roster_rows(PEOPLE, _header_with(4, title)))
    plan, result = import_roster_file(path, actor)
    assert plan.mapping[4] == "phone" and result.added == 3
    assert stored(PEOPLE[1]["id_number"])["phone"] == PEOPLE[1]["phone"]


@pytest.mark.parametrize("title", ["所属队伍", "队伍", "所属组织", "所属团队", "服务队"])
def test_team_header_synonyms(db, actor, tmp_path, title):
    path = write_csv(tmp_path / "r.csv", roster_rows(PEOPLE, _header_with(5, title)))
    plan, _ = import_roster_file(path, actor)
    assert plan.mapping[5] == "team"
    assert stored(PEOPLE[2]["id_number"])["team"] == "朝西社区志愿服务队"


def test_other_header_names_and_unrecognised_columns(db, actor, tmp_path):
    header = ["序号", "*姓名", "证件类型", "身份证号码", "性别", "手机号码（必填）", "志愿者编号", "所属组织", "籍贯",
              "备注"]
    p = person(0)
    rows = [header, ["1", p["name"], "身份证", p["id_number"], "男", p["phone"], "bj2019001", "平安巡逻队", "北京",
                     "周末可服务"]]
    plan, result = import_roster_file(write_csv(tmp_path / "r.csv", rows, "gbk"), actor)
    assert sorted(plan.mapping.values()) == sorted(
        ["name", "id_type", "id_number", "gender", "phone", "platform_no", "team", "notes"])
    assert plan.unmapped_headers == ["序号", "籍贯"]
    v = stored(p["id_number"])
    assert (v["platform_no"], v["team"], v["notes"]) == ("BJ2019001", "平安巡逻队", "周末可服务")


# --- values normalised as in the volunteer dialog ------------------------------------------------


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" or "A" <= c <= "Z" else c for c in text)


def test_messy_values_are_normalised(db, actor, tmp_path):
    x_id = id_ending_in_x("110105", "19750315")
    a, b, c, d, e = (person(i) for i in range(5))
    rows = [list(HEADER),
            [" 张  伟 ", " 居民身份证 ", _full_width(a["id_number"]), "", _full_width(a["phone"]), "  朝西　社区 ", ""],
            ["王\u3000芳", "", x_id.lower(), "", "138-0013-8000", "", ""],
            ["李娜", "", " " + b["id_number"][:6] + " " + b["id_number"][6:14] + " " + b["id_number"][14:], "",
             "+86 139 0000 0001", "", ""],
            ["刘洋", "", c["id_number"], "", "0086-13900000002", "", ""],
            ["陈静", "", d["id_number"], "", "(+86) 139-0000-0003", "", " 下午有空 "],
            ["杨磊", "", e["id_number"], "", "１３９ ００００ ０００４", "", ""]]
    plan, result = import_roster_file(write_csv(tmp_path / "乱.csv", rows, "gbk"), actor)
    assert plan.problems == [] and result.added == 6
    assert stored(a["id_number"])["name"] == "张伟"
    assert stored(a["id_number"])["phone"] == a["phone"]
    assert stored(a["id_number"])["team"] == "朝西 社区"
    assert stored(x_id)["name"] == "王芳" and stored(x_id)["phone"] == "13800138000"
    assert x_id.endswith("X") and stored(x_id)["id_number"] == x_id
    assert stored(b["id_number"])["phone"] == "13900000001"
    assert stored(c["id_number"])["phone"] == "13900000002"
    assert stored(d["id_number"])["phone"] == "13900000003"
    assert stored(d["id_number"])["notes"] == "下午有空"
    assert stored(e["id_number"])["phone"] == "13900000004"


def test_invalid_values_are_refused_row_by_row_with_reasons(db, actor, tmp_path):
    good = person(0)
    bad_check = make_id("110105", "19800101", 123)[:-1] + ("0" if make_id("110105", "19800101", 123)[-1] != "0" else "1")
    rows = [list(HEADER), row_of(good),
            ["张三", "", bad_check, "", "13800138000", "", ""],
            ["李四", "", person(1)["id_number"], "", "12345678901", "", ""],
            ["", "", person(2)["id_number"], "", "", "", ""],
            ["王五", "驾驶证", person(3)["id_number"], "", "", "", ""]]
    plan, result = import_roster_file(write_csv(tmp_path / "r.csv", rows), actor)
    by_row = problems_by_row(plan)
    assert sorted(by_row) == [3, 4, 5, 6]
    assert "校验位" in by_row[3][0].message and by_row[3][0].field == "证件号码"
    assert by_row[4][0].field == "手机号码"
    assert by_row[5][0].field == "姓名" and by_row[5][0].message == "必填"
    assert by_row[6][0].field == "证件类型" and "驾驶证" in by_row[6][0].message
    assert (result.added, result.refused) == (1, 4)
    assert Volunteer.select().count() == 1


# --- ID numbers Excel turned into numbers ----------------------------------------------------------


def test_xlsx_id_number_stored_as_a_number_is_refused_with_the_fix(db, actor, tmp_path):
    rows = roster_rows(PEOPLE)
    rows[1][2] = 1.10105196001011e17  # what Excel keeps of 110105196001011001: 15 significant digits
    rows[2][2] = int(PEOPLE[1]["id_number"])  # an integer cell: Excel would show 1.10108E+17 too
    path = write_xlsx(tmp_path / "r.xlsx", rows, text_columns=())
    plan, result = import_roster_file(path, actor)
    by_row = problems_by_row(plan)
    assert sorted(by_row) == [2, 3]
    message = by_row[2][0].message
    assert by_row[2][0].field == "证件号码"
    assert "存成了数字" in message and "1.10105E+17" in message
    assert "“文本”格式" in message and "最后几位已经丢失" in message
    assert "存成了数字" in by_row[3][0].message
    assert (result.added, result.refused) == (1, 2)


def test_xls_id_number_stored_as_a_number_is_refused(db, actor, tmp_path):
    rows = roster_rows(PEOPLE)
    rows[3][2] = float(PEOPLE[2]["id_number"])
    plan, result = import_roster_file(write_xls(tmp_path / "r.xls", rows), actor)
    (problem,) = plan.problems
    assert problem.row == 4 and "存成了数字" in problem.message and "文本" in problem.message
    assert result.added == 2


def test_csv_id_number_in_scientific_notation_is_refused(db, actor, tmp_path):
    rows = roster_rows(PEOPLE)
    rows[1][2] = "1.10105E+17"  # Excel saved the number as it showed it
    rows[2][2] = "１.１０１０８Ｅ＋１７"
    plan, result = import_roster_file(write_csv(tmp_path / "r.csv", rows, "gbk"), actor)
    by_row = problems_by_row(plan)
    assert sorted(by_row) == [2, 3]
    for row in (2, 3):
        message = by_row[row][0].message
        assert "科学计数法" in message and "数字" in message and "“文本”格式" in message
    assert "1.10105E+17" in by_row[2][0].message
    assert result.added == 1


def test_short_id_number_stored_as_a_number_keeps_its_digits(db, actor, tmp_path):
    """Up to 15 digits a number cell loses nothing: an 8-digit Taiwan permit number is fine."""
    rows = [list(HEADER), ["林志明", "台湾居民来往大陆通行证", 12345678, "男", "13900000009", "", ""]]
    plan, result = import_roster_file(write_xlsx(tmp_path / "r.xlsx", rows, text_columns=()), actor)
    assert plan.problems == [] and result.added == 1
    assert stored("12345678", "HMT_PERMIT")["name"] == "林志明"


# --- sheets, formulas, empty rows ------------------------------------------------------------------


def test_the_sheet_with_the_roster_header_is_chosen(db, actor, tmp_path):
    path = write_xlsx(
        tmp_path / "多表.xlsx", roster_rows(PEOPLE), sheet="志愿者",
        before={"填表说明": [["请按下表填写"], ["姓名请写全名"], ["身份证号码请设为文本格式"]],
                "签到": [["姓名", "日期", "时长"], ["张伟", "2024-05-01", 2]]},
        after={"统计": [["队伍", "人数"], ["朝西社区志愿服务队", 3]]})
    plan, result = import_roster_file(path, actor)
    assert plan.sheet == "志愿者" and result.added == 3


def _merged_header_file(path: Path, kind: str, rows: list[list], merges: list[tuple[int, int, int, int]]) -> Path:
    """rows with cells merged as (first row, last row, first col, last col), 0-based, as Excel and xlwt count."""
    if kind == "xlsx":
        wb = openpyxl.Workbook()
        for r in rows:
            wb.active.append(r)
        for r1, r2, c1, c2 in merges:
            wb.active.merge_cells(start_row=r1 + 1, end_row=r2 + 1, start_column=c1 + 1, end_column=c2 + 1)
        wb.save(path)
        return path
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("名册")
    merged_away = {(r, c) for r1, r2, c1, c2 in merges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
    for r1, r2, c1, c2 in merges:
        ws.write_merge(r1, r2, c1, c2, rows[r1][c1])
    for r, cells in enumerate(rows):
        for c, value in enumerate(cells):
            if value is not None and (r, c) not in merged_away:
                ws.write(r, c, value)
    wb.save(str(path))
    return path


@pytest.mark.parametrize("kind", ["xlsx", "xls"])
def test_header_over_two_rows_with_merged_cells(db, actor, tmp_path, kind):
    """Government forms: 证件信息 merged over 证件类型 | 证件号码, 联系方式 over 手机 | 座机,
    the other titles merged down over both rows."""
    people = [person(i) for i in range(3)]
    rows = [["序号", "姓名", "证件信息", None, "联系方式", None],
            [None, None, "证件类型", "证件号码", "手机", "座机"]]
    rows += [[i + 1, p["name"], "居民身份证", p["id_number"], p["phone"], "010-85551234"] for i, p in enumerate(people)]
    merges = [(0, 1, 0, 0), (0, 1, 1, 1), (0, 0, 2, 3), (0, 0, 4, 5)]
    plan, result = import_roster_file(_merged_header_file(tmp_path / f"表.{kind}", kind, rows, merges), actor)
    assert plan.header_row == 2
    assert plan.mapping == {1: "name", 2: "id_type", 3: "id_number", 4: "phone"}
    assert plan.problems == [] and [r.row for r in plan.rows] == [3, 4, 5]
    assert result.added == 3
    assert stored(people[2]["id_number"])["phone"] == people[2]["phone"]


def test_data_that_looks_like_header_words_is_still_data(db, actor, tmp_path):
    """A team called 服务队 under the header is a person's team, not a second header row."""
    rows = roster_rows(PEOPLE)
    rows[1][5] = "服务队"
    rows[2][5] = "队伍"
    plan, result = import_roster_file(write_xlsx(tmp_path / "r.xlsx", rows), actor)
    assert plan.header_row == 1 and result.added == 3
    assert stored(PEOPLE[0]["id_number"])["team"] == "服务队"


def test_formula_cell_as_a_name_is_refused(db, actor, tmp_path):
    rows = roster_rows(PEOPLE)
    rows[2][0] = '=CONCATENATE("王","芳")'
    plan, result = import_roster_file(write_xlsx(tmp_path / "r.xlsx", rows), actor)
    (problem,) = plan.problems
    assert problem.row == 3 and problem.field == "姓名"
    assert "公式" in problem.message and "CONCATENATE" in problem.message
    assert result.added == 2
    assert find_by_id_number("CN_RIC", PEOPLE[1]["id_number"], READER) is None


def test_blank_rows_are_skipped_and_rows_keep_their_numbers(db, actor, tmp_path):
    rows = roster_rows(PEOPLE)
    rows.insert(2, [None] * len(HEADER))
    rows.insert(3, ["", "  ", "", "", "", "", ""])
    plan, result = import_roster_file(write_xlsx(tmp_path / "r.xlsx", rows), actor)
    assert plan.blank_rows == 2 and [r.row for r in plan.rows] == [2, 5, 6]
    assert result.added == 3


# --- the same people again -------------------------------------------------------------------------


def test_reimporting_the_same_file_changes_nothing(db, actor, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", roster_rows(PEOPLE))
    import_roster_file(path, actor)
    plan, result = import_roster_file(path, actor)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 3)
    assert [r.action for r in plan.rows] == ["same"] * 3
    assert Volunteer.select().count() == 3
    assert (actions("volunteer.create"), actions("volunteer.update"), actions("roster.import")) == (3, 0, 2)


def test_overlapping_file_updates_and_adds_without_duplicates(db, actor, tmp_path):
    first = [person(i) for i in range(4)]
    import_roster_file(write_csv(tmp_path / "一月.csv", roster_rows(first)), actor)
    changed = dict(first[1], phone="13911112222", team="银发助老服务队")
    second = [first[0], changed, dict(first[2], phone=""), first[3], person(10), person(11)]
    plan, result = import_roster_file(write_xlsx(tmp_path / "二月.xlsx", roster_rows(second)), actor)
    assert (result.added, result.updated, result.unchanged, result.refused) == (2, 1, 3, 0)
    assert Volunteer.select().count() == 6
    v = stored(first[1]["id_number"])
    assert (v["phone"], v["team"]) == ("13911112222", "银发助老服务队")
    assert stored(first[2]["id_number"])["phone"] == first[2]["phone"]  # a blank cell keeps what we have
    volunteer_id = Volunteer.get(Volunteer.id_number == first[1]["id_number"]).id
    update = entries_for("volunteer", volunteer_id)[-1]
    assert update["action"] == "volunteer.update"
    assert update["before"] == {"phone": first[1]["phone"], "team": first[1]["team"]}
    assert update["after"] == {"phone": "13911112222", "team": "银发助老服务队"}
    assert "二月.xlsx 第 3 行" in update["reason"]


def test_reimport_matches_the_id_number_however_it_is_written(db, actor, tmp_path):
    x_id = id_ending_in_x("110101", "19700707")
    import_roster_file(write_csv(tmp_path / "a.csv", roster_rows([person(0, id_number=x_id)])), actor)
    again = roster_rows([person(0, id_number=" " + _full_width(x_id[:-1]) + "x")])
    plan, result = import_roster_file(write_csv(tmp_path / "b.csv", again, "gbk"), actor)
    assert (result.added, result.unchanged) == (0, 1)
    assert Volunteer.select().count() == 1


def test_a_person_twice_in_one_file_is_reported_with_the_first_row(db, actor, tmp_path):
    x_id = id_ending_in_x("110108", "19660606")
    rows = roster_rows([person(0), person(1, id_number=x_id), person(2), person(3, id_number=x_id.lower())])
    rows.append(row_of(person(1, id_number=_full_width(x_id))))
    plan, result = import_roster_file(write_csv(tmp_path / "r.csv", rows), actor)
    by_row = problems_by_row(plan)
    assert sorted(by_row) == [5, 6]
    for row in (5, 6):
        assert by_row[row][0].field == "证件号码"
        assert "与第 3 行是同一个人" in by_row[row][0].message
    assert (result.added, result.refused) == (3, 2)
    assert Volunteer.select().where(Volunteer.id_number == x_id).count() == 1
    assert stored(x_id)["name"] == person(1)["name"]  # the first row is the one imported


def test_a_platform_number_twice_in_one_file_or_already_taken(db, actor, tmp_path):
    add_volunteer(adult_input(name="赵六", id_number=make_id("110101", "19700101", 555), platform_no="BJ2020001"),
                  actor)
    header = [*HEADER, "志愿者编号"]
    rows = [header, [*row_of(person(0)), "BJ2021001"], [*row_of(person(1)), "bj2021001"],
            [*row_of(person(2)), "BJ2020001"]]
    plan, result = import_roster_file(write_csv(tmp_path / "r.csv", rows), actor)
    by_row = problems_by_row(plan)
    assert sorted(by_row) == [3, 4]
    assert "与第 2 行的志愿者编号相同" in by_row[3][0].message
    assert "赵六" in by_row[4][0].message
    assert result.added == 1


# --- the report ------------------------------------------------------------------------------------


def test_report_csv_lists_refused_rows_for_excel(db, actor, tmp_path):
    rows = roster_rows(PEOPLE)
    rows[1][2] = "1.10105E+17"
    rows[3][4] = "12345"
    rows.append(["=1+1", "", person(5)["id_number"], "", "", "", ""])
    plan = plan_file(write_csv(tmp_path / "r.csv", rows))
    report = tmp_path / "未导入.csv"
    write_report(plan, report)
    data = report.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert lines[0] == ["行号", "字段", "原因"]
    assert [line[0] for line in lines[1:]] == ["2", "4", "5"]
    assert [line[1] for line in lines[1:]] == ["证件号码", "手机号码", "姓名"]
    assert "科学计数法" in lines[1][2]
    assert all(not cell.startswith(("=", "+", "-", "@")) for line in lines for cell in line)


# --- the command line ------------------------------------------------------------------------------


def test_cli_imports_prints_counts_and_refused_rows_and_writes_the_report(tmp_path, capsys):
    folder = tmp_path / "station"
    rows = roster_rows(PEOPLE + [person(3)])
    rows[2][2] = "1.10108E+17"
    rows.append(row_of(PEOPLE[0]))
    src = write_xlsx(tmp_path / "名册.xlsx", rows, title="花名册")
    report = tmp_path / "report.csv"
    assert run(["--data-dir", str(folder), "import-roster", str(src), "--report", str(report)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert "新增 3 人，更新 0 人，无变化 0 人，未导入 2 行" in out
    assert "表头在第 2 行" in out
    lines = out.splitlines()
    assert any(line.startswith("证件号码是科学计数法") and line.endswith("：第 4 行") for line in lines)
    assert any(line.startswith("与第 3 行是同一个人") and line.endswith("：第 7 行") for line in lines)
    assert f"未导入的行已写入 {report}" in out
    assert report.read_bytes().startswith(b"\xef\xbb\xbf")
    assert len(list(csv.reader(io.StringIO(report.read_text("utf-8-sig"))))) == 3
    with opened(folder):
        assert Volunteer.select().count() == 3
    # Again: nothing new, nothing duplicated.
    assert run(["--data-dir", str(folder), "import-roster", str(src)]) == 0
    assert "新增 0 人，更新 0 人，无变化 3 人，未导入 2 行" in capsys.readouterr().out
    with opened(folder):
        assert Volunteer.select().count() == 3


def test_cli_header_without_data_rows_imports_nothing_and_succeeds(tmp_path, capsys):
    folder = tmp_path / "station"
    src = write_xlsx(tmp_path / "空表.xlsx", [list(HEADER)])
    assert run(["--data-dir", str(folder), "import-roster", str(src)]) == 0
    assert "新增 0 人，更新 0 人，无变化 0 人，未导入 0 行" in capsys.readouterr().out
    with opened(folder):
        assert Volunteer.select().count() == 0
        (entry,) = entries_for("file", str(src))
        assert entry["action"] == "roster.import"
        assert entry["after"]["added"] == 0


def test_cli_report_in_a_missing_folder_is_refused_before_importing(tmp_path, capsys):
    folder = tmp_path / "station"
    src = write_csv(tmp_path / "r.csv", roster_rows(PEOPLE))
    assert run(["--data-dir", str(folder), "import-roster", str(src), "--report", str(tmp_path / "no" / "r.csv")]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("错误：文件夹不存在") and len(err.strip().splitlines()) == 1
    with opened(folder):
        assert counts() == (0, 0)


def _random_bytes(path: Path) -> Path:
    path.write_bytes(random.Random(3).randbytes(5000))
    return path


def _png(path: Path) -> Path:
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(4).randbytes(300))
    return path


def _empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def _bom_only(path: Path) -> Path:
    path.write_bytes(b"\xef\xbb\xbf\r\n\r\n")
    return path


def _no_known_columns(path: Path) -> Path:
    return write_csv(path, [["编号", "地址", "日期"], ["1", "朝西路 18 号", "2024-05-01"]], "gbk")


def _names_only(path: Path) -> Path:
    return write_csv(path, [["姓名", "手机号码"], ["张伟", "13800138000"]])


def _prose(path: Path) -> Path:
    path.write_text("关于开展社区志愿服务的通知\n各位志愿者：本周六上午九点集合。\n", encoding="gbk")
    return path


def _ole2_junk(path: Path) -> Path:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + random.Random(5).randbytes(4000))
    return path


def _empty_workbook(path: Path) -> Path:
    openpyxl.Workbook().save(path)
    return path


def _damaged_xlsx(path: Path) -> Path:
    write_xlsx(path, roster_rows(PEOPLE))
    with zipfile.ZipFile(path) as src:
        members = {n: src.read(n) for n in src.namelist()}
    members["xl/worksheets/sheet1.xml"] = b"<worksheet><sheetData><row><c r='A1' t='s'><v>"
    with zipfile.ZipFile(path, "w") as out:
        for name, data in members.items():
            out.writestr(name, data)
    return path


def _truncated_xlsx(path: Path) -> Path:
    write_xlsx(path, roster_rows(PEOPLE))
    path.write_bytes(path.read_bytes()[:1500])
    return path


def _damaged_xls(path: Path) -> Path:
    """A real .xls whose sheet records are overwritten: the workbook opens, its sheet cannot be read."""
    write_xls(path, roster_rows(PEOPLE))
    data = bytearray(path.read_bytes())
    sheet_bof = data.find(b"\x09\x08\x10\x00\x00\x06\x10\x00")  # BOF of a worksheet
    assert sheet_bof > 0
    data[sheet_bof + 20:sheet_bof + 400] = b"\xff" * 380
    path.write_bytes(bytes(data))
    return path


def _directory(path: Path) -> Path:
    path.mkdir()
    return path


def _missing(path: Path) -> Path:
    return path


UNREADABLE = {
    "random bytes": (_random_bytes, "r.csv", "不是表格文件"),
    "PNG picture": (_png, "名册.xlsx", "不是表格文件"),
    "empty file": (_empty, "r.csv", "是空的"),
    "BOM and blank lines": (_bom_only, "r.csv", "找不到表头"),
    "no recognisable columns": (_no_known_columns, "r.csv", "找不到表头"),
    "names but no ID column": (_names_only, "r.csv", "找不到表头"),
    "a letter, not a roster": (_prose, "通知.csv", "找不到表头"),
    "OLE2 header and junk": (_ole2_junk, "r.xls", "密码"),
    "password-protected .xls": (xls_with_filepass, "r.xls", "密码"),
    "password-protected .xlsx": (encrypted_xlsx, "r.xlsx", "密码"),
    "empty workbook": (_empty_workbook, "r.xlsx", "没有任何内容"),
    "damaged .xlsx XML": (_damaged_xlsx, "r.xlsx", "损坏"),
    "truncated .xlsx": (_truncated_xlsx, "r.xlsx", "损坏"),
    "damaged .xls sheet": (_damaged_xls, "r.xls", "损坏"),
    "a folder": (_directory, "名册", "是文件夹"),
    "missing file": (_missing, "nowhere.xlsx", "找不到文件"),
}


@pytest.mark.parametrize("case", list(UNREADABLE))
def test_cli_refuses_unreadable_files_in_one_line_and_writes_nothing(tmp_path, capsys, case):
    make, name, words = UNREADABLE[case]
    folder = tmp_path / "station"
    with opened(folder):
        add_volunteer(adult_input(), Actor("值班员"))
        before = counts()
    src = make(tmp_path / name)
    assert run(["--data-dir", str(folder), "import-roster", str(src), "--report", str(tmp_path / "rep.csv")]) != 0
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误："), err
    assert words in lines[0]
    assert not (tmp_path / "rep.csv").exists()
    with opened(folder):
        assert counts() == before


@pytest.mark.parametrize("case", ["PNG picture", "OLE2 header and junk", "password-protected .xlsx",
                                  "damaged .xls sheet", "damaged .xlsx XML", "a folder"])
def test_cli_process_shows_no_traceback(tmp_path, case):
    make, name, words = UNREADABLE[case]
    src = make(tmp_path / name)
    proc = subprocess.run([PYTHON, "-m", "station_app", "--data-dir", str(tmp_path / "station"), "import-roster",
                           str(src)], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    assert proc.stdout == ""  # xlrd's own warnings about damaged files stay out of the output too
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误：") and words in lines[0]


def test_cli_process_imports_a_gbk_csv(tmp_path):
    src = write_csv(tmp_path / "名册.csv", roster_rows(PEOPLE), "gbk")
    proc = subprocess.run([PYTHON, "-m", "station_app", "--data-dir", str(tmp_path / "station"), "import-roster",
                           str(src), "--report", str(tmp_path / "r.csv")], capture_output=True, text=True, cwd=REPO,
                          timeout=60)
    assert proc.returncode == 0 and proc.stderr == ""
    assert "新增 3 人" in proc.stdout


# --- cancel and all-or-nothing ---------------------------------------------------------------------


def _after_calls(n: int):
    """A cancel flag that turns True on its n-th call."""
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] >= n
    return cancelled


def test_cancel_while_reading(db, actor, tmp_path):
    for path in (write_xlsx(tmp_path / "r.xlsx", roster_rows(PEOPLE)), write_xls(tmp_path / "r.xls", roster_rows(PEOPLE)),
                 write_csv(tmp_path / "r.csv", roster_rows(PEOPLE))):
        with pytest.raises(Cancelled):
            open_roster_file(path, cancelled=lambda: True)
    assert counts() == (0, 0)


def test_cancel_during_plan_writes_nothing(db, actor, tmp_path):
    workbook, guess = open_roster_file(write_xlsx(tmp_path / "r.xlsx", roster_rows(PEOPLE)))
    with pytest.raises(Cancelled):
        plan_roster_import(workbook, guess.sheet, guess.row_index, guess.mapping, cancelled=lambda: True, actor=PLANNER)
    assert counts() == (0, 0)


def _big_rows(n: int) -> list[list]:
    return roster_rows(person(i) for i in range(n))


@pytest.mark.parametrize("cancel_on_call", [1, 2, 3])
def test_cancel_during_commit_writes_nothing(db, actor, tmp_path, cancel_on_call):
    """2,500 rows commit in two chunks: cancel before the first, between them, or after the audit entries."""
    path = write_csv(tmp_path / "big.csv", _big_rows(2500))
    plan = plan_file(path)
    assert plan.count("add") == 2500
    seen = []
    with pytest.raises(Cancelled):
        commit_roster_import(plan, actor, progress=lambda done, total: seen.append((done, total)),
                             cancelled=_after_calls(cancel_on_call))
    assert counts() == (0, 0)
    assert seen == [(2000, 2500), (2500, 2500)][:cancel_on_call - 1]
    # The same plan commits afterwards: nothing was half done.
    result = commit_roster_import(plan, actor)
    assert result.added == 2500 and counts() == (2500, 2501)


def test_failure_midway_through_commit_writes_nothing(db, actor, tmp_path, monkeypatch):
    add_volunteer(adult_input(), actor)
    before = counts()
    plan = plan_file(write_csv(tmp_path / "big.csv", _big_rows(2500)))

    def broken(*args, **kwargs):
        assert Volunteer.select().count() == before[0] + 2500  # the rows were in, inside the transaction
        raise RuntimeError("disk full")
    monkeypatch.setattr(roster_import, "record_many", broken)
    with pytest.raises(RuntimeError):
        commit_roster_import(plan, actor)
    assert counts() == before


def test_someone_adding_the_same_person_after_the_preview(db, actor, tmp_path):
    """The preview said "add"; meanwhile the dialog registered one of them. Nothing of the import is written."""
    plan = plan_file(write_csv(tmp_path / "r.csv", roster_rows(PEOPLE)))
    p = PEOPLE[2]
    add_volunteer(adult_input(name=p["name"], id_number=p["id_number"]), actor)
    before = counts()
    with pytest.raises(FileUnreadable, match="重新预览"):
        commit_roster_import(plan, actor)
    assert counts() == before


def test_only_accepted_rows_are_committed(db, actor, tmp_path):
    people = [person(i) for i in range(5)]
    rows = roster_rows(people)
    rows[3][4] = "123"  # row 4 refused
    plan = plan_file(write_csv(tmp_path / "r.csv", rows))
    assert [r.row for r in plan.rows] == [2, 3, 5, 6]
    result = commit_roster_import(plan, actor, accepted={3, 6})
    assert (result.added, result.refused) == (2, 1)
    assert sorted(n for (n,) in Volunteer.select(Volunteer.id_number).tuples()) == sorted(
        [people[1]["id_number"], people[4]["id_number"]])
    assert actions("volunteer.create") == 2


# --- audit -----------------------------------------------------------------------------------------


def test_every_import_is_in_the_audit_log(db, actor, tmp_path):
    rows = roster_rows(PEOPLE)
    rows.append(["坏人", "", "123", "", "", "", ""])
    path = write_xlsx(tmp_path / "名册.xlsx", rows)
    import_roster_file(path, actor)
    (summary,) = entries_for("file", str(path))
    assert summary["action"] == "roster.import" and summary["actor"] == "测试值班员"
    assert summary["after"] == {"added": 3, "updated": 0, "unchanged": 0, "refused": 1, "sheet": "名册",
                                "format": "xlsx"}
    creates = list(AuditEntry.select().where(AuditEntry.action == "volunteer.create").order_by(AuditEntry.id))
    assert len(creates) == 3
    for entry, p, row in zip(creates, PEOPLE, (2, 3, 4)):
        shown = readable(entry)
        assert shown["after"]["id_number"] == p["id_number"] and shown["after"]["name"] == p["name"]
        assert shown["reason"] == f"导入 名册.xlsx 第 {row} 行"
        assert p["id_number"] not in entry.after and p["name"] not in entry.after  # sealed with their key
        assert entry.entity_id == str(Volunteer.get(Volunteer.id_number == p["id_number"]).id)
    assert verify_chain() == []


def test_progress_is_reported_while_reading_and_planning(db, actor, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", _big_rows(1200))
    read_progress, plan_progress = [], []
    workbook, guess = open_roster_file(path, progress=lambda d, t: read_progress.append((d, t)))
    plan_roster_import(workbook, guess.sheet, guess.row_index, guess.mapping,
                       progress=lambda d, t: plan_progress.append((d, t)), actor=PLANNER)
    assert read_progress and all(t >= 1200 for _, t in read_progress)
    assert plan_progress[0] == (0, 1200) and plan_progress[-1] == (1200, 1200)


def test_birth_date_and_consent_columns(db, actor, tmp_path):
    """Dates arrive as date cells or as text in several styles; a minor needs a guardian."""
    today = dt.date.today()
    minor_birth = dt.date(today.year - 16, 3, 3)
    minor_id = make_id("110105", minor_birth, 234)
    header = ["姓名", "身份证号", "告知同意日期", "监护人姓名", "监护人电话"]
    rows = [header,
            ["张伟", person(0)["id_number"], dt.datetime(2024, 5, 1), "", ""],
            ["王芳", person(1)["id_number"], "2024年5月2日", "", ""],
            ["李娜", person(2)["id_number"], "2024/5/3", "", ""],
            ["刘小洋", minor_id, "2024-05-04", "", ""],
            ["陈小静", make_id("110105", dt.date(today.year - 15, 4, 4), 246), "2024-05-05", "陈大山", "13900000077"]]
    plan, result = import_roster_file(write_xlsx(tmp_path / "r.xlsx", rows, text_columns=(1, 4)), actor)
    by_row = problems_by_row(plan)
    assert sorted(by_row) == [5]
    assert {p.field for p in by_row[5]} == {"监护人姓名", "监护人电话"}
    assert result.added == 4
    assert stored(person(1)["id_number"])["consent_date"] == dt.date(2024, 5, 2)
    assert stored(person(2)["id_number"])["consent_date"] == dt.date(2024, 5, 3)
    assert stored(person(0)["id_number"])["consent_by"] == "self"


def test_a_child_under_14_needs_the_guardians_separate_consent_in_its_own_column(db, actor, tmp_path):
    today = dt.date.today()
    child = make_id("110105", dt.date(today.year - 10, 4, 4), 248)
    other = make_id("110105", dt.date(today.year - 9, 5, 5), 256)
    header = ["姓名", "身份证号", "告知同意日期", "监护人姓名", "监护人电话", "监护人单独同意日期"]
    rows = [header,
            ["陈小静", child, "2024-05-05", "陈大山", "13900000077", "2024-05-06"],
            ["周小川", other, "2024-05-05", "周大海", "13900000078", ""]]
    plan, _result = import_roster_file(write_xlsx(tmp_path / "r.xlsx", rows, text_columns=(1, 4)), actor)
    by_row = problems_by_row(plan)
    assert sorted(by_row) == [3]
    assert [p.field for p in by_row[3]] == ["监护人单独同意日期"]
    assert "儿童个人信息处理规则" in by_row[3][0].message
    kept = stored(child)
    assert kept["child_consent_date"] == dt.date(2024, 5, 6) and kept["child_consent_by"] == "陈大山"
    assert (kept["consent_version"], kept["child_consent_version"]) == ("2", "2")
