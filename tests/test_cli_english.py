"""The command line in English (issue 18): a duty officer's session with ``--lang en`` prints English,
the station's own data (names, posts, the station's address) as it is; the same commands without
--lang keep to Chinese, word for word; and the documents written stay Chinese."""

from __future__ import annotations

import re
import subprocess

import pytest
from openpyxl import load_workbook

from station_app import language
from station_app.db import close_database, open_database
from station_app.db.models import Post, Station, Volunteer
from support.core import run_station_app

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")  # Chinese characters and full-width punctuation
OFFICER = "Liu Ming"


def station_app(folder, *args: str, lang: str | None = "en") -> subprocess.CompletedProcess:
    proc = run_station_app(*(("--lang", lang) if lang else ()), "--data-dir", str(folder), *args)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def data_values(folder) -> list[str]:
    """What the station's data holds, longest first: allowed in English output, since it is not ours to translate."""
    open_database(folder)
    try:
        values = {v for s in Station.select() for v in (s.name, s.organisation, s.person_in_charge, s.address)}
        values |= {v for vol in Volunteer.select() for v in (vol.name, vol.team)}
        values |= {v for p in Post.select() for v in (p.name, p.category, p.place)}
    finally:
        close_database()
    return sorted((v for v in values if v), key=len, reverse=True)


def chinese_left(text: str, data: list[str]) -> list[str]:
    for value in data:
        text = text.replace(value, "")
    return [line for line in text.splitlines() if CJK.search(line)]


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    """A demo station and a duty officer's session on it in English: every command's output, by name."""
    tmp = tmp_path_factory.mktemp("english")
    folder = tmp / "station"
    out: dict[str, subprocess.CompletedProcess] = {}
    out["demo"] = station_app(folder, "demo", "--volunteers", "5")
    assert out["demo"].returncode == 0, out["demo"].stderr
    open_database(folder)
    try:
        volunteer = Volunteer.select().order_by(Volunteer.id).first()
        number, name = volunteer.id_number, volunteer.name
    finally:
        close_database()
    out["operator"] = station_app(folder, "profile", "operator", OFFICER)
    out["profile"] = station_app(folder, "profile", "show")
    out["posts"] = station_app(folder, "posts", "list")
    out["keys"] = station_app(folder, "keys", "list")
    out["roster"] = station_app(folder, "export-roster", str(tmp / "roster.xlsx"), "--mask")
    out["bad date"] = station_app(folder, "export-hours", str(tmp / "hours.xlsx"), "--from", "2024-13-01")
    out["certificate"] = station_app(folder, "certificate", "--volunteer", number, "--out", str(tmp / "cert.pdf"),
                                     "--handler", OFFICER)
    assert out["certificate"].returncode == 0, out["certificate"].stderr
    serial = out["certificate"].stdout.splitlines()[0]
    out["wrong code"] = station_app(folder, "verify-certificate", serial, "AAAA-BBBB")
    out["keys export"] = station_app(folder, "keys", "export", str(tmp / "keys.json"))
    out["report"] = station_app(folder, "report", "--by", "post", "--from", "2020-01-01")
    out["audit"] = station_app(folder, "audit", "verify")
    return {"folder": folder, "tmp": tmp, "out": out, "serial": serial, "name": name, "number": number}


def test_a_session_with_lang_en_prints_english_around_the_stations_own_data(session):
    out = session["out"]
    data = data_values(session["folder"])
    for command, proc in out.items():
        left = chinese_left(proc.stdout + proc.stderr, data)
        assert not left, f"{command}: Chinese outside the station's data: {left}"

    assert re.fullmatch(r"Demo station “朝西社区志愿服务站” \(BJ-CY-0001\) created: 5 volunteers, \d+ service records\.\n",
                        out["demo"].stdout)
    assert out["operator"].stdout == (f"Duty officer set: {OFFICER} (the issuing officer on certificates issued from "
                                      "the command line)\n")
    assert "Station name: 朝西社区志愿服务站\n" in out["profile"].stdout
    assert f"Duty officer (issuing officer on the command line): {OFFICER}\n" in out["profile"].stdout
    assert "\tcounts toward service hours\tActive" in out["posts"].stdout
    assert "\tnot counted\tActive" in out["posts"].stdout  # the demo's 日常值班
    assert "  this station  valid" in out["keys"].stdout
    assert out["roster"].stdout.startswith("Exported 5 volunteers to ")
    assert out["roster"].stdout.endswith("(middle digits of ID and mobile numbers hidden)\n")

    refused = out["bad date"]
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr == ("Error: The date “2024-13-01” given to --from is not recognised: "
                              "write it like 2024-05-01\n")

    issued = out["certificate"].stdout.splitlines()
    assert issued[1].startswith(f"Issued: {session['name']}, ")
    assert "verification code " in issued[1] and issued[1].endswith(f"Saved to {session['tmp'] / 'cert.pdf'}")

    wrong = out["wrong code"]
    assert wrong.returncode == 4
    assert wrong.stdout == (f"Cannot be checked (unknown): The verification code does not match the serial "
                            f"{session['serial']}: not a certificate this station issued\n")
    assert out["keys export"].stdout == f"Exported 1 public keys to {session['tmp'] / 'keys.json'}\n"
    assert "by Post\n" in out["report"].stdout and "\nTotal " in out["report"].stdout
    assert out["audit"].stdout.startswith("Audit log intact: ")


def test_the_documents_an_english_session_writes_stay_chinese(session):
    tmp = session["tmp"]
    text = subprocess.run(["pdftotext", str(tmp / "cert.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "志愿服务记录证明" in text and "（居民身份证：" in text  # the ID type too: not "Resident ID card"
    assert "Resident" not in text and "Issued" not in text
    sheet = load_workbook(tmp / "roster.xlsx", read_only=True).active
    header = next(sheet.iter_rows(values_only=True))
    assert "姓名" in header and "证件类型" in header
    types = {row[header.index("证件类型")] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert types == {"居民身份证"}


def test_without_lang_the_same_commands_keep_to_chinese(session):
    folder, tmp, serial = session["folder"], session["tmp"], session["serial"]
    chinese = {name: station_app(folder, *args, lang=None) for name, args in {
        "profile": ("profile", "show"),
        "posts": ("posts", "list"),
        "bad date": ("export-hours", str(tmp / "hours.xlsx"), "--from", "2024-13-01"),
        "roster": ("export-roster", str(tmp / "roster-zh.csv"), "--mask"),
        "wrong code": ("verify-certificate", serial, "AAAA-BBBB"),
        "keys export": ("keys", "export", str(tmp / "keys-zh.json")),
    }.items()}
    assert "站点名称：朝西社区志愿服务站\n" in chinese["profile"].stdout
    assert f"值班员（命令行经办人）：{OFFICER}\n" in chinese["profile"].stdout
    assert "\t计入时长\t启用" in chinese["posts"].stdout and "\t不计入时长\t启用" in chinese["posts"].stdout
    assert chinese["bad date"].stderr == "错误：--from 的日期“2024-13-01”无法识别，请写成 2024-05-01 的样子\n"
    assert chinese["roster"].stdout == f"已导出 5 名志愿者到 {tmp / 'roster-zh.csv'}（证件号码和手机号码已隐去中间位）\n"
    assert chinese["wrong code"].stdout == f"无法核实（unknown）：验证码与编号 {serial} 不符，不是本站出具的证明\n"
    assert chinese["keys export"].stdout == f"已导出 1 把公钥到 {tmp / 'keys-zh.json'}\n"


def test_english_chosen_under_settings_is_the_command_lines_language_too(tmp_path):
    folder = tmp_path / "station"
    assert station_app(folder, "demo", "--volunteers", "0", lang=None).returncode == 0
    language.save(folder, language.ENGLISH)  # what 设置 → 语言 → English writes
    shown = station_app(folder, "profile", "show", lang=None)
    assert shown.stdout.startswith("Station name: 朝西社区志愿服务站\n")
    assert station_app(folder, "profile", "show", lang="zh_CN").stdout.startswith("站点名称：朝西社区志愿服务站\n")
    refused = station_app(folder, "demo", "--volunteers", "-1", lang=None)
    assert refused.returncode == 1 and refused.stderr == "Error: --volunteers cannot be negative\n"
