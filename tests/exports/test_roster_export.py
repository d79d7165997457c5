"""Exporting the roster (issue 3) through the CLI: numbers as text, nothing a spreadsheet evaluates,
masking, the audit entry, and an export that imports back without changing anyone."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from station_app.__main__ import main as run
from station_app.audit import Actor
from station_app.audit.log import entries_for
from station_app.db.models import AuditEntry, Volunteer
from station_app.imports.roster_import import (
    import_roster_file,
    open_roster_file,
    plan_roster_import,
)
from station_app.roster.service import (
    STORED_FIELDS,
    add_volunteer,
    set_status,
    stored_volunteer,
)
from support.core import adult_input, id_ending_in_x, make_id, opened

FORMULA_NOTES = ("=1+1", '=HYPERLINK("http://example.com","点我")', "+86 家属联系", "-5 分", "@SUM(A1:A9)")
STAFF = Actor("值班员", role="admin")


def id_ending_3945() -> str:
    """A valid Chaoyang (110105) number ending in 3945, the masking example of the issue."""
    day = dt.date(1980, 1, 1)
    while not (number := make_id("110105", day, 394)).endswith("5"):
        day += dt.timedelta(days=1)
    return number



def snapshot() -> dict[str, dict]:
    """Every volunteer's stored fields, by ID number."""
    out = {}
    for (vid,) in Volunteer.select(Volunteer.id).tuples():
        values = stored_volunteer(vid).values
        out[values["id_number"]] = values
    return out


@pytest.fixture
def export_station(tmp_path) -> Path:
    """A data folder with volunteers of every kind an export must carry, and notes that look like formulas."""
    folder = tmp_path / "station"
    today = dt.date.today()
    with opened(folder):
        add_volunteer(adult_input(name="张三", id_number=id_ending_3945(), phone="13800138000", gender="M",
                                  platform_no="BJ2019000123", team="朝西社区志愿服务队", skills="摄影,驾驶",
                                  notes="周末可来，谢谢（下午）"), STAFF)
        for i, note in enumerate(FORMULA_NOTES):
            add_volunteer(adult_input(name="李四王五赵六孙七周八"[i * 2:i * 2 + 2], phone=f"1390000000{i}",
                                      id_number=make_id("110108", dt.date(1970, 1, 1 + i), 111 + 2 * i),
                                      notes=note, team="-机动队-" if i == 2 else "平安巡逻队",
                                      skills="@摄影" if i == 4 else ""), STAFF)
        add_volunteer(adult_input(name="吴霞", id_number=id_ending_in_x("110101", "19550505"), phone=""), STAFF)
        minor = add_volunteer(adult_input(
            name="郑小明", id_number=make_id("110105", dt.date(today.year - 12, 6, 1), 457), phone="",
            guardian_name="郑大明", guardian_phone="13700137000", consent=True,
            consent_date=today - dt.timedelta(days=3), child_consent=True,
            child_consent_date=today - dt.timedelta(days=3)), STAFF)
        set_status(minor.id, "inactive", STAFF)
        add_volunteer(adult_input(name="陈志明", id_type="HMT_PERMIT", id_number="H12345678", gender="M",
                                  birth_date=dt.date(1988, 8, 8), phone="13600136000"), STAFF)
        add_volunteer(adult_input(name="John Smith", id_type="PASSPORT", id_number="E12345678", gender="M",
                                  phone="+86 135-0013-5000"), STAFF)
        add_volunteer(adult_input(name="马丽", id_number=make_id("110106", "19920202", 246), phone="",
                                  notes="第一行\n第二行"), STAFF)
    return folder


def read_xlsx(path: Path) -> tuple[list[str], list[dict]]:
    ws = openpyxl.load_workbook(path).active
    rows = list(ws.iter_rows())
    header = [c.value for c in rows[0]]
    return header, [dict(zip(header, r)) for r in rows[1:]]


def read_csv(path: Path) -> tuple[list[str], list[dict]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        header, *rows = list(csv.reader(fh))
    return header, [dict(zip(header, r)) for r in rows]


def export(folder: Path, out: Path, *extra: str) -> None:
    """The command; an unmasked export is a 站长's act with a reason."""
    reason = [] if "--mask" in extra else ["--reason", "向街道报送名册"]
    assert run(["--data-dir", str(folder), "export-roster", str(out), *extra, *reason]) == 0


def test_xlsx_export_keeps_numbers_as_text_and_formulas_inert(export_station, tmp_path, capsys):
    out = tmp_path / "名册.xlsx"
    export(export_station, out)
    assert "已导出 11 名志愿者" in capsys.readouterr().out
    _, rows = read_xlsx(out)
    with opened(export_station):
        db = snapshot()
    assert len(rows) == len(db) == 11
    for row in rows:
        for column in ("证件号码", "手机号码", "志愿者编号", "监护人电话"):
            cell = row[column]
            assert cell.number_format == "@", (column, cell.value)
            if cell.value:
                assert cell.data_type == "s" and isinstance(cell.value, str), (column, cell.value)
        assert row["证件号码"].value in db  # all 18 characters, X kept
        assert all(c.data_type != "f" for c in row.values())
    notes = {r["备注"].value for r in rows}
    assert set(FORMULA_NOTES) <= notes  # unchanged: no apostrophe, no evaluation
    by_name = {r["姓名"].value: r for r in rows}
    assert by_name["赵六"]["所属队伍"].value == "-机动队-"
    assert by_name["周八"]["技能/标签"].value == "@摄影"
    assert by_name["吴霞"]["证件号码"].value.endswith("X")


def test_csv_export_has_a_bom_and_quotes_formulas(export_station, tmp_path):
    out = tmp_path / "名册.csv"
    export(export_station, out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    header, rows = read_csv(out)
    assert header[:3] == ["姓名", "证件类型", "证件号码"]
    by_note = {r["备注"]: r for r in rows}
    for note in FORMULA_NOTES:
        assert "'" + note in by_note  # a leading apostrophe: shown as text, never evaluated
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@")), value
        assert row["证件号码"].strip() in {r["证件号码"].strip() for r in rows}
    with opened(export_station):
        assert {r["证件号码"].strip() for r in rows} == set(snapshot())


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_mask_hides_the_middle_of_ids_and_phones(export_station, tmp_path, suffix):
    out = tmp_path / ("masked" + suffix)
    export(export_station, out, "--mask")
    _, rows = read_xlsx(out) if suffix == ".xlsx" else read_csv(out)
    value = (lambda c: c.value or "") if suffix == ".xlsx" else (lambda c: c.strip())
    by_name = {value(r["姓名"]): r for r in rows}
    assert value(by_name["张三"]["证件号码"]) == "110105********3945"
    assert value(by_name["张三"]["手机号码"]) == "138****8000"
    assert value(by_name["郑小明"]["监护人电话"]) == "137****7000"
    assert value(by_name["陈志明"]["证件号码"]) == "H*****678"
    with opened(export_station):
        secrets = {v for p in snapshot().values() for v in (p["id_number"], p["phone"], p["guardian_phone"]) if v}
    text = out.read_bytes().decode("utf-8-sig", errors="replace") if suffix == ".csv" else ""
    for row in rows:
        for cell in row.values():
            assert value(cell) not in secrets
    for secret in secrets:
        assert secret not in text
    # the birth date would fill in the masked ID's hidden digits: a masked copy gives this year's age
    assert "出生日期" not in [c for c in rows[0]] and "年龄段" in rows[0]
    assert value(by_name["张三"]["年龄段"]) == "35–59 岁"
    with opened(export_station):
        births = {p["birth_date"].strftime("%Y%m%d") for p in snapshot().values() if p["birth_date"]}
    cells = " ".join(str(value(c)) for row in rows for c in row.values())
    for birth in births:
        assert birth not in cells.replace("-", "") and f"{birth[:4]}-{birth[4:6]}-{birth[6:]}" not in cells


def test_a_full_export_takes_a_reason_and_logs_it(export_station, tmp_path, capsys):
    out = tmp_path / "full.xlsx"
    assert run(["--data-dir", str(export_station), "export-roster", str(out)]) == 1
    assert "原因" in capsys.readouterr().err and not out.exists()
    assert run(["--data-dir", str(export_station), "export-roster", str(out), "--reason", "向街道报送名册"]) == 0
    with opened(export_station):
        (entry,) = entries_for("file", str(out))
    assert entry["reason"] == "向街道报送名册" and entry["after"]["masked"] is False


def test_export_is_audit_logged_with_the_masked_flag(export_station, tmp_path):
    plain, masked = tmp_path / "a.xlsx", tmp_path / "b.csv"
    export(export_station, plain)
    export(export_station, masked, "--mask")
    with opened(export_station):
        (a,) = entries_for("file", str(plain))
        (b,) = entries_for("file", str(masked))
    assert a["action"] == b["action"] == "roster.export"
    assert a["after"] == {"rows": 11, "masked": False, "format": "xlsx"}
    assert b["after"] == {"rows": 11, "masked": True, "format": "csv"}
    assert a["actor"].endswith("（命令行）")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_changes_nothing(export_station, tmp_path, suffix):
    out = tmp_path / ("roster" + suffix)
    export(export_station, out)
    with opened(export_station):
        before = snapshot()
        audit_before = AuditEntry.select().count()
        workbook, guess = open_roster_file(out)
        plan = plan_roster_import(workbook, guess.sheet, guess.row_index, guess.mapping, actor=STAFF)
        assert plan.problems == []
        changed = {r.row: r.values["name"] for r in plan.rows if r.action != "same"}
        assert changed == {}, [(r.row, r.before, r.values) for r in plan.rows if r.action != "same"]
        assert len(plan.rows) == 11
        _, result = import_roster_file(out, STAFF)
        assert (result.added, result.updated, result.unchanged) == (0, 0, 11)
        assert snapshot() == before
        assert AuditEntry.select().count() == audit_before + 1  # the roster.import summary only


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_imported_into_an_empty_station_gives_the_same_roster(export_station, tmp_path, suffix):
    out = tmp_path / ("roster" + suffix)
    export(export_station, out)
    with opened(export_station):
        before = snapshot()
    with opened(tmp_path / "new-station"):
        plan, result = import_roster_file(out, STAFF)
        assert plan.problems == [] and result.added == 11
        after = snapshot()
    assert after == before
    assert {k: after[k]["notes"] for k in after} == {k: before[k]["notes"] for k in before}
    assert [f for f in STORED_FIELDS if f not in next(iter(after.values()))] == []


def test_a_masked_export_never_overwrites_anyone(export_station, tmp_path):
    """Imported back by mistake, masked numbers match nobody and are refused row by row."""
    out = tmp_path / "masked.xlsx"
    export(export_station, out, "--mask")
    with opened(export_station):
        before = snapshot()
        plan, result = import_roster_file(out, STAFF)
        assert (result.added, result.updated) == (0, 0)
        assert result.refused == 11
        assert snapshot() == before
        assert {p.row for p in plan.problems if p.field == "证件号码"} == set(range(2, 13))
