"""The Excel report opened by an office suite: LibreOffice (Debian's libreoffice-calc, installed by
dev.sh) converts it to PDF the way a clerk prints it, and the pages read as filed."""

from __future__ import annotations

import re
import shutil
import subprocess

from support.core import PYTHON, REPO

SENTENCE_MAY = "2 名志愿者完成 4 上岗人次，为 20 人次提供服务，总服务时长 7.0 小时"


def test_libreoffice_prints_every_sheet_with_titles_headers_and_page_numbers(tmp_path, actor):
    from station_app.db import close_database, open_database
    from support.reports import build_report_station

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (Debian: libreoffice-calc) is needed; ./dev.sh test installs it"
    station = tmp_path / "station"
    open_database(station)
    build_report_station(actor)
    close_database()
    book = tmp_path / "report.xlsx"
    made = subprocess.run([PYTHON, "-m", "station_app", "--data-dir", str(station), "report", "--from", "2024-05-01",
                           "--to", "2024-05-31", "--by", "post", "--out", str(book)], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    assert made.returncode == 0, made.stderr
    profile = tmp_path / "lo-profile"  # its own profile: runs beside a LibreOffice already open
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(book)], capture_output=True, timeout=180, check=True)
    pdf = tmp_path / "report.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)$", info, re.M).group(1))
    assert pages == 7  # one A4 page per sheet: fitted to the page width, nothing spills onto a second page
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    sheets = text.split("\f")
    assert SENTENCE_MAY in sheets[0] and "朝西社区志愿服务站志愿服务统计" in sheets[0]
    assert "第 1 页，共 7 页" in sheets[0] and "第 7 页，共 7 页" in sheets[6]
    activity = next(s for s in sheets if "志愿服务活动统计表" in s)
    assert "参与情况" in activity and "志愿者人数" in activity and "2024-05-31" in activity
    assert re.search(r"2024-05-06\s+垃圾分类督导\s+3号楼\s+2\s+2\s+4\.0\s+18", activity)
    details = next(s for s in sheets if "服务记录明细" in s)
    assert "110105********" in details and "19600101" not in text
