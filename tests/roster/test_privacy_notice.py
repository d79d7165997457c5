"""The personal-information notice as a volunteer or guardian takes it home: the command's PDF, read back."""

from __future__ import annotations

import re
import subprocess

from station_app import config
from station_app.db import close_database, open_database
from station_app.demo import DEMO_STATION
from station_app.station import settings
from station_app.station.profile import save_profile
from support.core import run_station_app

UNITS = ("个月", "天", "周", "周岁", "条", "年")


def pdf_lines(path) -> list[str]:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [line.strip() for line in text.splitlines() if line.strip()]


def test_the_notice_names_the_recipient_the_retention_and_the_backups(tmp_path, actor):
    folder = tmp_path / "station"
    open_database(folder)
    save_profile(DEMO_STATION, actor)
    settings.put(config.PRIVACY_PLATFORM_OPERATOR, "北京市志愿服务联合会", actor)
    settings.put(config.PRIVACY_EXTRA_KEEP_MONTHS, 36, actor)
    settings.put(config.BACKUP_KEEP_DAILY, 10, actor)
    close_database()
    adult, child = tmp_path / "告知.pdf", tmp_path / "告知（儿童）.pdf"
    for args, out in (([], adult), (["--child"], child)):
        proc = run_station_app("--data-dir", str(folder), "privacy-notice", "--out", str(out), *args)
        assert proc.returncode == 0, proc.stderr
        assert str(out) in proc.stdout
    lines = pdf_lines(adult)
    text = "".join(lines)
    assert lines[0] == "个人信息处理告知（第2版）"
    assert "接收方为北京市志愿服务联合会" in text and DEMO_STATION.name in text
    assert "停用（退出）后再保存36个月" in text
    assert "保留最近10天的每日备份和最近4周的每周备份" in text and "U 盘的备份经过加密" in text
    assert "签名" in text and "儿童个人信息处理规则（第" not in text
    info = subprocess.run(["pdfinfo", str(child)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+2$", info, re.M)
    child_text = "".join(pdf_lines(child))
    assert "儿童个人信息处理规则（第2版）" in child_text and "单独同意" in child_text
    for path in (adult, child):  # a number never ends a line with its unit on the next
        lines = pdf_lines(path)
        for above, below in zip(lines, lines[1:]):
            assert not (above[-1].isdigit() and below.startswith(UNITS)), (above, below)


def test_bad_arguments_are_one_line(tmp_path):
    folder = tmp_path / "station"
    for args, message in ((["--out", str(tmp_path / "x.docx")], "只能保存为 .pdf 文件"),
                          (["--out", str(tmp_path / "nowhere" / "x.pdf")], "文件夹不存在")):
        proc = run_station_app("--data-dir", str(folder), "privacy-notice", *args)
        assert proc.returncode == 1 and proc.stderr.strip().startswith("错误：") and message in proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1
