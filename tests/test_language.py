"""Which language: --lang, then 设置 → 语言's choice, then the system's; and the command line in English
keeps the documents it writes Chinese."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from station_app import language

REPO = Path(__file__).resolve().parent.parent


def test_the_first_start_follows_the_system_then_the_saved_choice(tmp_path):
    assert language.choose(None, tmp_path, "zh_CN") == "zh_CN"
    assert language.choose(None, tmp_path, "zh_TW") == "zh_CN"
    assert language.choose(None, tmp_path, "en_GB") == "en"
    assert language.choose(None, tmp_path, "de_DE") == "en"
    language.save(tmp_path, "en")
    assert language.choose(None, tmp_path, "zh_CN") == "en"
    assert language.choose("zh_CN", tmp_path, "en_US") == "zh_CN"
    (tmp_path / language.FILENAME).write_text("klingon\n", encoding="utf-8")
    assert language.choose(None, tmp_path, "zh_CN") == "zh_CN"  # nonsense in the file: the system's


def cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "station_app", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_the_command_line_in_english_writes_chinese_reports(tmp_path):
    data = tmp_path / "station"
    assert cli("--data-dir", str(data), "demo", "--volunteers", "20").returncode == 0
    out = tmp_path / "report.xlsx"
    english = cli("--lang", "en", "--data-dir", str(data), "report", "--from", "2020-01-01", "--out", str(out))
    assert english.returncode == 0, english.stderr
    assert "volunteers worked" in english.stdout and "shifts" in english.stdout
    sheets = load_workbook(out, read_only=True).sheetnames
    assert "汇总" in sheets and "活动统计表" in sheets  # a report for the offices: Chinese
    refused = cli("--lang", "en", "--data-dir", str(data), "revoke-certificate", "NO-SUCH", "--reason", "x")
    assert refused.returncode == 1
    assert refused.stderr.startswith("Error: ") and "NO-SUCH" in refused.stderr
    chinese = cli("--data-dir", str(data), "revoke-certificate", "NO-SUCH", "--reason", "x")
    assert chinese.stderr.startswith("错误：")  # no --lang, nothing chosen: commands keep to Chinese
