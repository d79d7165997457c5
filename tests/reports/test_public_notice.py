"""The 公示 list, made as a station makes it for its notice board: from the command line and from
the 统计 page, read back from the PDF. Names partly masked, no ID number or phone anywhere."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest
from PySide6.QtCore import Qt

from station_app.certificates.issue import issue_certificate
from station_app.certificates.register import revoke_certificate
from station_app.db import close_database, open_database
from station_app.db.models import AuditEntry, Volunteer
from station_app.masking import mask_name
from support.core import run_station_app
from support.reports import build_report_station

WAIT = 5000


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def personal_numbers() -> list[str]:
    return [n for v in Volunteer.select() for n in (v.id_number, v.phone) if n]


@pytest.mark.parametrize("name, shown", [("张三", "张*"), ("王小明", "王*明"), ("欧阳娜娜", "欧**娜"), ("李", "李"),
                                         (" 赵 六 ", "赵*")])
def test_a_name_keeps_its_first_and_last_character(name, shown):
    assert mask_name(name) == shown


@pytest.fixture
def notice_station(tmp_path, actor):
    folder = tmp_path / "station"
    open_database(folder)
    built = build_report_station(actor)
    kept = issue_certificate(built.people["张三"], actor, dt.date(2024, 1, 1), dt.date(2024, 12, 31)).serial
    gone = issue_certificate(built.people["李四"], actor, dt.date(2024, 1, 1), dt.date(2024, 12, 31)).serial
    revoke_certificate(gone, "时长登记有误", actor)
    numbers = personal_numbers()
    close_database()
    return folder, kept, gone, numbers


def test_the_command_lists_this_months_certificates_and_mays_hours(notice_station, tmp_path):
    folder, kept, gone, numbers = notice_station
    out = tmp_path / "公示.pdf"
    proc = run_station_app("--data-dir", str(folder), "public-notice", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "出具证明 1 份" in proc.stdout and str(out) in proc.stdout
    text = pdf_text(out)
    assert kept in text and "张*" in text and gone not in text
    assert "另有 1 份本期出具的证明已作废" in text
    assert "2024-01-01 至 2024-12-31" in text

    may = tmp_path / "五月.pdf"
    proc = run_station_app("--data-dir", str(folder), "public-notice", "--from", "2024-05-01", "--to", "2024-05-31",
                           "--out", str(may))
    assert proc.returncode == 0, proc.stderr
    assert "2 名志愿者记录服务时长共 7.0 小时" in proc.stdout
    text = pdf_text(may)
    rows = {m.group(1): m.group(2) for m in re.finditer(r"\d+\s+(\S\*)\s+\d+\s+(\d+\.\d)", text)}
    assert rows == {"张*": "3.5", "李*": "3.5"}  # approved service only: not 王五's duty, pending or open records
    assert "本期未出具证明" in text
    assert "本期出具证明0份，2名志愿者记录服务时长共7.0小时。" in text.splitlines()  # one line, unbroken
    for whole in ("张三", "李四", "王五", "赵六", *numbers):
        assert whole not in text, whole
    assert not re.search(r"\d{6}", text.replace("2024-05-01", "").replace("2024-05-31", "").replace("85551234", ""))

    open_database(folder)
    try:
        logged = [e for e in AuditEntry.select() if e.action == "report.public_notice"]
        assert [e.entity_id for e in logged] == [str(out), str(may)]
    finally:
        close_database()


def test_bad_arguments_are_one_line(notice_station, tmp_path):
    folder = notice_station[0]
    for args, message in ((["--out", str(tmp_path / "x.xlsx")], "只能保存为 .pdf 文件"),
                          (["--out", str(tmp_path / "nowhere" / "x.pdf")], "文件夹不存在"),
                          (["--from", "昨天", "--out", str(tmp_path / "x.pdf")], "--from 的日期“昨天”无法识别")):
        proc = run_station_app("--data-dir", str(folder), "public-notice", *args)
        assert proc.returncode != 0 and message in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, args
        assert "Traceback" not in proc.stderr


def test_the_reports_page_saves_the_notice_through_the_file_dialog(qtbot, window, report_station, tmp_path):
    page = window.reports_page
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        window.nav.setCurrentRow(window.pages.indexOf(page))
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.picker.year.setValue(2024)
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.picker.month.setCurrentIndex(4)  # 5 月
    qtbot.mouseClick(page.notice_button, Qt.MouseButton.LeftButton)
    dialog = page.file_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "保存公示名单"
    assert dialog.selectedFiles()[0].endswith(".pdf")
    target = tmp_path / "五月公示.pdf"
    dialog.selectFile(str(target))
    with qtbot.waitSignal(page.exported, timeout=WAIT):
        dialog.accept()
    assert page.notice.text().startswith(f"公示名单已保存到 {target}")
    text = pdf_text(target)
    assert "张*" in text and "李*" in text and "张三" not in text
    assert re.search(r"公示期7天：\d{4}年\d+月\d+日至\d{4}年\d+月\d+日。", text)
