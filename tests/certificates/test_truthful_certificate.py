"""A certificate says only what is true (issue 15): the period never ends after today, the 经办人 is a
named person (never the operating-system user), star levels are said as thresholds reached under a
named standard, posts are gathered into "其他" only when they truly do not fit, no line parts a number
from its unit, and the PDF's metadata names the certificate and the issuing station. Each is read back
from the PDF with pdftotext / pdfinfo, or from the command line's output."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest

from station_app import config
from station_app.certificates.issue import issue_certificate
from station_app.certificates.layout import BODY_SIZE, gathered_posts, wrap_runs
from station_app.db.models import Certificate
from station_app.hours import star_standard
from station_app.hours.totals import star_thresholds
from station_app.station import settings
from support.certificates import ID_NUMBER, PLATFORM_NO, _add, story_folder
from support.core import run_station_app

Y2024 = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def pdftotext(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdfinfo(path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def flat(text: str) -> str:
    return "".join(text.split())


# --- the period and the handler ----------------------------------------------------------------------------------


def test_a_period_ending_after_today_is_clamped_to_today(story, actor, tmp_path):
    today = dt.date(2024, 6, 5)
    issued = issue_certificate(story.volunteer.id, actor, dt.date(2024, 1, 1), dt.date(2024, 12, 31),
                               out=tmp_path / "c.pdf", today=today)
    assert issued.doc.period_end == today
    assert "于2024年1月1日至2024年6月5日期间" in flat(pdftotext(tmp_path / "c.pdf"))
    assert "2024年12月31日" not in flat(pdftotext(tmp_path / "c.pdf"))


def test_the_command_line_refuses_a_certificate_with_no_handler_and_says_how_to_name_one(tmp_path):
    folder = story_folder(tmp_path)
    out = tmp_path / "c.pdf"
    refused = run_station_app("--data-dir", str(folder), "certificate", "--volunteer", PLATFORM_NO, "--out", str(out))
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert "--handler" in refused.stderr and "station-app profile operator" in refused.stderr
    assert not out.exists()

    assert run_station_app("--data-dir", str(folder), "profile", "operator", "刘经办").returncode == 0
    shown = run_station_app("--data-dir", str(folder), "profile", "show")
    assert "值班员（命令行经办人）：刘经办" in shown.stdout
    proc = run_station_app("--data-dir", str(folder), "certificate", "--volunteer", ID_NUMBER, "--to", "2099-12-31",
                           "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    today = dt.date.today()
    assert re.fullmatch(r"BJ-CY-0001-\d{4}-000001", lines[0])  # the serial stays the first line
    assert lines[1] == f"截止日 2099-12-31 晚于今天，已按今天 {today} 出具"
    text = flat(pdftotext(out))
    assert "经办人：刘经办" in text and "root" not in text and "2099" not in text
    assert f"{today.year}年{today.month}月{today.day}日期间" in text


def test_the_handler_option_wins_over_the_operator(tmp_path):
    folder = story_folder(tmp_path)
    run_station_app("--data-dir", str(folder), "profile", "operator", "刘经办")
    out = tmp_path / "c.pdf"
    proc = run_station_app("--data-dir", str(folder), "certificate", "--volunteer", ID_NUMBER, "--handler", " 周  办理 ",
                           "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "经办人：周办理" in flat(pdftotext(out)) and "刘经办" not in pdftotext(out)


# --- star thresholds ---------------------------------------------------------------------------------------------


def test_star_thresholds_come_as_named_presets_or_custom(db, actor):
    assert star_standard.current_preset() == "beijing" and star_thresholds() == [100, 300, 600, 1000, 1500]
    settings.put(config.STAR_PRESET, "older", actor)
    assert star_thresholds() == [100, 200, 500, 800, 1000]
    settings.put(config.STAR_THRESHOLDS, "50,150", actor)
    assert star_thresholds() == [100, 200, 500, 800, 1000]  # a preset ignores the custom list
    settings.put(config.STAR_PRESET, "custom", actor)
    assert star_thresholds() == [50, 150] and star_standard.current_preset() == "custom"
    assert star_standard.parse_hours("100，300, 600") == [100, 300, 600]
    assert star_standard.parse_hours("300,100") is None and star_standard.parse_hours("一百") is None


def test_the_certificate_says_hours_reached_a_standard_and_keeps_the_threshold_it_was_issued_under(
        story, actor, tmp_path):
    settings.put(config.STAR_PRESET, "custom", actor)
    settings.put(config.STAR_THRESHOLDS, "2,5,100,300,600", actor)  # 7.8 approved hours: the second threshold
    issued = issue_certificate(story.volunteer.id, actor, *Y2024, out=tmp_path / "c.pdf", today=dt.date(2026, 1, 5))
    text = flat(pdftotext(tmp_path / "c.pdf"))
    assert "累计志愿服务时长已达到二星志愿者标准（5小时）" in text
    assert "★" not in text and "星级为" not in text
    assert Certificate.get_by_id(issued.certificate_id).star_hours == 5
    settings.put(config.STAR_PRESET, "older", actor)  # later changes do not rewrite what was issued
    from station_app.certificates.register import reprint_to_file

    reprint_to_file(issued.serial, tmp_path / "copy.pdf", actor)
    assert "已达到二星志愿者标准（5小时）" in flat(pdftotext(tmp_path / "copy.pdf"))  # the 副本 mark cuts in before


# --- posts and line breaks ---------------------------------------------------------------------------------------


def _more_posts(story, actor, n: int, content: str = "协助开展社区服务") -> list[str]:
    from station_app.posts.service import PostInput, create_post

    names = []
    for i in range(n):
        post = create_post(PostInput(f"社区岗位{i:02d}", f"P-M{i}"), actor)
        _add(actor, story.volunteer, post, dt.date(2024, 8, 1) + dt.timedelta(days=i), "08:00", "10:00", content)
        names.append(post.name)
    return names


def test_posts_that_fit_are_all_listed_by_name(story, actor, tmp_path):
    names = _more_posts(story, actor, 6)  # eight posts in all: room for every one on the page
    issued = issue_certificate(story.volunteer.id, actor, *Y2024, out=tmp_path / "c.pdf", today=dt.date(2026, 1, 5))
    pages = pdftotext(tmp_path / "c.pdf").split("\f")[:-1]
    assert len(pages) == 1
    assert all(name in pages[0] for name in names) and "其他" not in pages[0]
    assert gathered_posts(issued.doc) == 0


def test_posts_are_gathered_only_when_they_truly_do_not_fit_and_the_command_line_offers_the_annex(tmp_path):
    from station_app.audit import Actor
    from station_app.db import close_database, open_database
    from support.certificates import tell_story

    folder = tmp_path / "station"
    open_database(folder)
    try:
        admin = Actor("准备数据", role="admin")
        _more_posts(tell_story(admin), admin, 24)
    finally:
        close_database()
    out = tmp_path / "c.pdf"
    proc = run_station_app("--data-dir", str(folder), "certificate", "--volunteer", ID_NUMBER, "--handler", "刘经办",
                           "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    found = re.search(r"其他 (\d+) 个岗位", pdftotext(out))
    assert found, pdftotext(out)
    assert f"岗位较多，{found.group(1)} 个岗位在证明上合并为一行“其他”；加 --annex 可附逐条明细" in proc.stdout
    assert len(pdftotext(out).split("\f")[:-1]) == 1


UNIT_AFTER = re.compile(r"^(小时|分钟|人次|个岗位|个|次|条|页|年|月|日)")


@pytest.mark.parametrize("width", range(120, 460, 3))
def test_no_line_parts_a_number_from_its_unit_or_splits_a_volunteer_number(width):
    runs = [("该志愿者经审核确认的志愿服务共 12 次，累计志愿服务时长 ", False), ("1234.5", True),
            (" 小时，志愿者编号：BJ2026000123，于2024年11月22日出具，附件 3 页。", False)]
    lines = ["".join(seg[1] for seg in line) for line in wrap_runs(runs, BODY_SIZE, width)]
    for before, after in zip(lines, lines[1:]):
        assert not (re.search(r"[0-9]\s*$", before) and UNIT_AFTER.match(after.lstrip())), (before, after)
    assert any("BJ2026000123" in line for line in lines)
    assert "".join(lines).replace(" ", "") == "".join(t for t, _b in runs).replace(" ", "")


def test_on_paper_no_line_ends_in_a_number_whose_unit_starts_the_next(story, actor, tmp_path):
    for content in ("协助", "协助社区开展各类志愿服务活动和宣传"):  # lengths that move the line breaks about
        _more_posts(story, actor, 1, content) if content == "协助" else None
        out = tmp_path / f"{len(content)}.pdf"
        issue_certificate(story.volunteer.id, actor, *Y2024, handler="刘经办" * 3, out=out, today=dt.date(2026, 1, 5))
        lines = [line for line in pdftotext(out).splitlines() if line.strip()]
        for before, after in zip(lines, lines[1:]):
            assert not (re.search(r"[0-9]$", before.rstrip()) and UNIT_AFTER.match(after.lstrip())), (before, after)


# --- metadata -----------------------------------------------------------------------------------------------------


def test_the_pdf_metadata_names_the_certificate_and_the_issuing_station(story, actor, tmp_path):
    issued = issue_certificate(story.volunteer.id, actor, *Y2024, out=tmp_path / "c.pdf", today=dt.date(2026, 1, 5))
    info = pdfinfo(tmp_path / "c.pdf")
    assert info["Title"] == f"志愿服务记录证明 {issued.serial} 张秀英"
    assert info["Author"] == issued.doc.station_name and info["Author"] != "anonymous"
    assert "志愿服务记录证明" in info["Subject"] and issued.doc.station_code in info["Subject"]
    assert info["Subject"] != "unspecified"
