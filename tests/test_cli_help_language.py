"""``--help`` speaks the command line's language: English with --lang en or with English chosen in
设置 → 语言, the Chinese of before otherwise. argparse's own words ("usage:", "options") are English
in both."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from station_app import __main__ as entry
from station_app import cli, i18n, language
from station_app.record_kinds.common import LEVELS, RATINGS

REPO = Path(__file__).resolve().parent.parent
CJK = re.compile(r"[\u3400-\u9fff]")
# Chinese that stays in the English help: values a user may type as they are (a level, a rating) and
# the Chinese language's own name beside --lang.
ALLOWED = ["简体中文", *LEVELS.values(), *RATINGS.values()]


@pytest.fixture(autouse=True)
def _keep_translator(monkeypatch):
    """main() installs the English lookup for the whole process; put back what was there."""
    monkeypatch.setattr(i18n, "_translator", i18n._translator)


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "station_app", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def help_text(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        entry.main([*argv, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


def flat(text: str) -> str:
    """The help as one line: argparse wraps it at the terminal's width."""
    return " ".join(text.split())


def chinese_left(text: str) -> list[str]:
    for allowed in ALLOWED:
        text = text.replace(allowed, "")
    return sorted({line.strip() for line in text.splitlines() if CJK.search(line)})


def command_paths() -> list[tuple[str, ...]]:
    """Every command and verb the parser knows (``posts add``, ``audit verify`` …)."""
    found: list[tuple[str, ...]] = []

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    found.append((*path, name))
                    walk(child, (*path, name))

    walk(cli.build_parser(), ())
    return found


def test_every_help_page_is_english_with_lang_en(capsys, tmp_path):
    paths = command_paths()
    assert ("posts", "add") in paths and ("platform-server",) in paths and len(paths) > 40
    top = help_text(capsys, "--lang", "en", "--data-dir", str(tmp_path))
    assert "fill an empty data folder with a demo station and volunteers" in flat(top)
    assert chinese_left(top) == []
    for path in paths:
        page = help_text(capsys, "--lang", "en", "--data-dir", str(tmp_path), *path)
        assert page.startswith("usage: station-app"), path
        assert chinese_left(page) == [], path
    award = help_text(capsys, "--lang", "en", "add-award")
    assert "level: station/street/district/city/province/national/other" in flat(award)
    assert "站级" in flat(award)  # the Chinese names are accepted too, and said so
    shift = help_text(capsys, "--lang", "en", "shifts", "add")
    assert "which weekdays (1 Monday … 7 Sunday)" in flat(shift)


def test_the_language_chosen_in_settings_gives_english_help(capsys, tmp_path):
    language.save(tmp_path, language.ENGLISH)
    top = help_text(capsys, "--data-dir", str(tmp_path))
    assert "import the volunteer roster from an Excel" in flat(top)
    page = help_text(capsys, "--data-dir", str(tmp_path), "import-roster")
    assert "write the rows not imported, with the reasons, to a CSV" in flat(page)
    assert chinese_left(top + page) == []
    chinese = help_text(capsys, "--lang", "zh_CN", "--data-dir", str(tmp_path), "import-roster")  # --lang wins
    assert "把未导入的行及原因写入 CSV 文件" in flat(chinese) and "rows not imported" not in flat(chinese)


def test_chinese_help_is_as_before(capsys, tmp_path):
    top = help_text(capsys, "--lang", "zh_CN", "--data-dir", str(tmp_path))
    assert "Station Desk 社区志愿服务站工作台" in flat(top)
    assert "在空的数据文件夹里生成演示站点和志愿者" in flat(top)
    posts = help_text(capsys, "--data-dir", str(tmp_path), "posts", "add")  # nothing chosen: Chinese
    assert "岗位名称，如 礼让斑马线文明引导" in flat(posts) and "post name" not in flat(posts)
    profile = help_text(capsys, "--data-dir", str(tmp_path), "profile", "set")
    assert "站点名称" in flat(profile) and "负责人" in flat(profile)


def test_the_installed_command_prints_english_help(tmp_path):
    """The same through ``python -m station_app``, as a user at a terminal runs it."""
    english = run_cli("--lang", "en", "--data-dir", str(tmp_path), "--help")
    assert english.returncode == 0, english.stderr
    assert "issue a service record certificate (PDF) for one volunteer" in flat(english.stdout)
    assert chinese_left(english.stdout) == []
    page = run_cli("--lang", "en", "--data-dir", str(tmp_path), "certificate", "--help")
    assert "first day of the service period" in flat(page.stdout) and chinese_left(page.stdout) == []
    chinese = run_cli("--lang", "zh_CN", "--data-dir", str(tmp_path), "certificate", "--help")
    assert "服务期间起始日" in flat(chinese.stdout)
