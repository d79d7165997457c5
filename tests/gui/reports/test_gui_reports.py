"""The 统计 page, used as staff use it: choose the month, read the figures, open a row's records,
export the workbook through the file dialog, print through the print dialog."""

from __future__ import annotations

import re
import subprocess

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from station_app.hours import records, review
from station_app.hours.records import RecordInput
from support.print_dialog import answer_print_dialog
from support.reports import bj

SENTENCE_MAY = "2 名志愿者完成 4 上岗人次，为 20 人次提供服务，总服务时长 7.0 小时"
WAIT = 5000


@pytest.fixture
def reports_page(qtbot, window, report_station):
    page = window.reports_page
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        window.nav.setCurrentRow(window.pages.indexOf(page))
    assert window.nav.currentItem().text() == "统计"
    picker = page.picker
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        picker.year.setValue(2024)
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        picker.month.setCurrentIndex(4)  # 5 月
    return page


def open_print_dialog(qtbot, page):
    """Press 打印… and wait for the system print dialog it opens."""
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(page, "print_job", None) is not None and page.print_job.dialog.isVisible(),
                    timeout=WAIT)
    return page.print_job


def choose_grouping(qtbot, page, label: str) -> None:
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.by.setCurrentIndex(page.by.findText(label))


def test_the_month_shows_the_figures_the_sentence_the_chart_and_the_table(qtbot, reports_page):
    page = reports_page
    assert [t.value.text() for t in page.tiles.values()] == ["2", "4", "20", "7.0"]
    assert page.sentence.text() == SENTENCE_MAY
    choose_grouping(qtbot, page, "服务岗位")
    assert page.chart.labels == ["垃圾分类督导", "文明交通劝导"] and page.chart.values == [5.5, 1.5]
    rows = [[page.model.index(r, c).data() for c in range(5)] for r in range(page.model.rowCount())]
    assert rows == [["垃圾分类督导", "2", "3", "20", "5.5"], ["文明交通劝导", "1", "1", "0", "1.5"]]
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "服务岗位"
    with qtbot.waitSignal(page.loaded, timeout=WAIT):  # a quarter: April is there with nothing
        page.picker.kind.setCurrentIndex(page.picker.kind.findText("按季度"))
    choose_grouping(qtbot, page, "月份")
    assert page.chart.labels == ["2024-04", "2024-05", "2024-06"] and page.chart.values == [0.0, 7.0, 1.0]


def test_double_click_on_a_row_shows_its_records_with_masked_ids(qtbot, reports_page, report_station):
    page = reports_page
    choose_grouping(qtbot, page, "服务岗位")
    rect = page.table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: getattr(page, "records_dialog", None) is not None
                    and page.records_dialog.model.rowCount() == 3, timeout=WAIT)
    dialog = page.records_dialog
    assert dialog.isVisible() and "垃圾分类督导" in dialog.windowTitle()
    names = [dialog.model.index(r, 0).data() for r in range(3)]
    assert names == ["张三", "李四", "李四"]
    ids = [dialog.model.index(r, 1).data() for r in range(3)]
    assert all(i.startswith("110105") and "********" in i for i in ids)
    assert "共 5.5 小时" in dialog.heading.text()
    dialog.accept()


def test_a_check_in_approved_elsewhere_redraws_the_page(qtbot, reports_page, report_station, actor, window):
    page = reports_page
    rec = records.add_record(RecordInput(report_station.people["赵六"], report_station.posts["garbage"],
                                         bj("2024-05-20", "09:00"), bj("2024-05-20", "10:00"), people_served=4), actor)
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        window.ctx.op(review.approve, [rec.id], actor).start()
    assert page.sentence.text() == "3 名志愿者完成 5 上岗人次，为 24 人次提供服务，总服务时长 8.0 小时"


def test_export_through_the_file_dialog_writes_the_workbook(qtbot, reports_page, tmp_path):
    page = reports_page
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = page.file_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "导出 Excel 报表"
    target = tmp_path / "五月统计.xlsx"
    dialog.selectFile(str(target))
    with qtbot.waitSignal(page.exported, timeout=WAIT):
        dialog.accept()
    wb = openpyxl.load_workbook(target)
    summary = wb["汇总"]
    assert SENTENCE_MAY in [summary.cell(r, 1).value for r in range(1, summary.max_row + 1)]
    assert page.notice.text() == f"已保存到 {target}"


def test_print_through_the_print_dialog(qtbot, reports_page, tmp_path, window):
    """The print dialog opens (window-modal, open(receiver, slot)); accepted with the PDF printer, the
    report's pages are printed and the print is logged."""
    page = reports_page
    job = open_print_dialog(qtbot, page)
    target = tmp_path / "printed.pdf"
    # As a user without a print queue would: "Print to File (PDF)" and a file name typed in.
    printers = job.dialog.findChild(QComboBox, "printers")
    printers.setCurrentIndex(printers.findText("Print to File (PDF)"))
    job.dialog.findChild(QLineEdit, "filename").setText(str(target))
    with qtbot.waitSignal(page.printed, timeout=20000) as printed:
        job.dialog.accept()
    assert printed.args == [1]
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0, timeout=WAIT)
    out = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+1$", out, re.M) and "A4" in out
    assert page.notice.text() == "已送往打印机：1 页"


def test_print_to_a_real_queue_gives_the_report_on_paper(qtbot, reports_page, print_queue, tmp_path):
    """打印… answered by choosing the CUPS queue, as a user at the station would: cups-pdf writes the
    job, one A4 page named after the report's file, and the page rendered back carries the report (its
    ink: the table and the chart, not a blank sheet)."""
    from PIL import Image

    page = reports_page
    print_queue.mark()
    job = open_print_dialog(qtbot, page)
    with qtbot.waitSignal(page.printed, timeout=20000):
        answer_print_dialog(qtbot, job.dialog, print_queue.name)
    printed = print_queue.wait_for_pdf(qtbot=qtbot)
    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M), info
    assert re.search(r"Page size:\s+59[45](\.\d+)? x 84[12]", info), info  # A4 in points
    # The job is named after the report's file (…志愿服务统计2024年5月.pdf); cups-pdf passes the title's
    # UTF-8 on as Latin-1, so only its ASCII part can be read back.
    assert re.search(r"^Title:.*2024.*\.pdf", info, re.M), info
    stem = tmp_path / "report-page"
    subprocess.run(["pdftoppm", "-q", "-r", "50", "-png", "-singlefile", str(printed), str(stem)], check=True)
    gray = Image.open(f"{stem}.png").convert("L")
    dark = sum(gray.histogram()[:128]) / (gray.width * gray.height)
    assert 0.005 < dark < 0.5, dark  # printed matter, neither a blank sheet nor a black one
    assert page.notice.text() == "已送往打印机：1 页"


def test_each_home_tile_opens_its_page(qtbot, window, report_station):
    home = window.home_page
    with qtbot.waitSignal(home.loaded, timeout=WAIT):
        window.show_page(home)
    for tile, page in ((home.review, window.review_page), (home.shifts, window.posts_page),
                       (home.upload, window.sync_page), (home.certificates, window.certificates_page),
                       (home.chart_tile, window.reports_page), (home.on_post, window.review_page)):
        window.show_page(home)
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        assert window.pages.currentWidget() is page, tile.caption.text()
    assert home.chart.labels[-1] == f"{__import__('datetime').date.today().month}月"
