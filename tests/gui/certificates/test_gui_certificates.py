"""The certificates page: issue with a preview, print and save, search the register, reprint (副本),
revoke with a reason, verify by scanning, and batch issue with progress and cancel."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from station_app.audit.log import entries_for
from station_app.certificates.issue import issue_certificate
from station_app.certificates.register import GENUINE, REVOKED, UNKNOWN
from station_app.db.models import Certificate
from support.certificate_window import open_certificates
from support.certificates import PLATFORM_NO
from support.gui import click, confirm, type_text


def open_page(qtbot, cert_window):
    return open_certificates(qtbot, cert_window)


def pdftotext(path) -> str:
    proc = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return "".join(proc.stdout.split())


def pdf_printer(path) -> QPrinter:
    from station_app.gui.page_painter import set_up_printer

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    set_up_printer(printer)  # as the preview does before the print dialog opens
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_staff_issue_a_certificate_preview_it_print_it_and_save_it(qtbot, cert_window, story, tmp_path):
    page = open_page(qtbot, cert_window)
    assert cert_window.nav.item(cert_window.pages.indexOf(page)).text() == "志愿服务证明"
    click(qtbot, page.issue_button)
    dialog = page.dialog
    assert not dialog.issue_button.isEnabled()
    with qtbot.waitSignal(dialog.picker.matches_shown, timeout=5000):
        type_text(qtbot, dialog.picker.edit, "秀英")
    with qtbot.waitSignal(dialog.planned, timeout=5000) as planned:
        dialog.picker.pick_row(0)
    assert planned.args[0].total_minutes == 465
    assert "7.8 小时" in dialog.summary.text() and "垃圾分类桶前值守" in dialog.summary.text()
    dialog.annex.setChecked(True)

    with qtbot.waitSignal(dialog.draft_ready, timeout=5000) as draft:
        click(qtbot, dialog.draft_button)
    assert draft.args[0].draft and not dialog.preview.print_button.isEnabled()
    assert Certificate.select().count() == 0  # a draft registers nothing
    dialog.preview.close()

    with qtbot.waitSignal(page.preview_shown, timeout=5000) as shown:
        click(qtbot, dialog.issue_button)
        confirm(qtbot, dialog)
    preview = shown.args[0]
    serial = Certificate.get().serial
    assert preview.doc.serial == serial and not preview.doc.copy
    assert len(preview.page_labels) == 2 and preview.page_labels[0].pixmap().width() > 700  # certificate + annex
    with qtbot.waitSignal(preview.printed, timeout=5000):
        preview.print_to(pdf_printer(tmp_path / "printed.pdf"))  # what the print dialog's printer receives
    printed = pdftotext(tmp_path / "printed.pdf")
    assert serial in printed and "张秀英" in printed and "7.8小时" in printed
    with qtbot.waitSignal(preview.saved, timeout=5000):
        preview.save_as(str(tmp_path / "saved"))
    saved = pdftotext(tmp_path / "saved.pdf")
    assert serial in saved and "经办人：王站长" in saved and "副本" not in saved
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.model.index(0, 0).data() == serial and page.model.index(0, 8).data() == "有效"
    assert Certificate.get().copies == 0  # the original is not a reprint
    assert entries_for("certificate", serial)[0]["actor"] == "王站长"


def test_a_volunteer_with_nothing_to_certify_is_told_why(qtbot, cert_window, story):
    page = open_page(qtbot, cert_window)
    page.open_issue()
    dialog = page.dialog
    with qtbot.waitSignal(dialog.planned, timeout=5000) as planned:
        dialog.picker.set_volunteer(story.idle.id, "李建国")
    assert "没有已审核" in planned.args[0] and "没有已审核" in dialog.summary.text()
    assert not dialog.issue_button.isEnabled()


def test_register_search_reprint_and_revoke(qtbot, cert_window, story, actor, tmp_path):
    first = issue_certificate(story.volunteer.id, actor)
    issue_certificate(story.volunteer.id, actor)
    page = open_page(qtbot, cert_window)
    assert page.model.rowCount() == 2
    with qtbot.waitSignal(page.loaded, timeout=5000):
        type_text(qtbot, page.search, first.serial[-6:])
    assert page.model.rowCount() == 1 and page.model.rows[0].serial == first.serial
    with qtbot.waitSignal(page.loaded, timeout=5000):
        type_text(qtbot, page.search, "秀英")
    assert page.model.rowCount() == 2

    page.table.selectRow(page.model.rows.index(next(r for r in page.model.rows if r.serial == first.serial)))
    with qtbot.waitSignal(page.preview_shown, timeout=5000) as shown:
        click(qtbot, page.reprint_button)
    preview = shown.args[0]
    assert preview.doc.copy and preview.doc.serial == first.serial and "副本" in preview.windowTitle()
    with qtbot.waitSignal(preview.saved, timeout=5000):
        preview.save_as(str(tmp_path / "copy.pdf"))
    assert "副本" in pdftotext(tmp_path / "copy.pdf")
    with qtbot.waitSignal(preview.printed, timeout=5000):
        preview.print_to(pdf_printer(tmp_path / "copy-printed.pdf"))
    assert Certificate.get(Certificate.serial == first.serial).copies == 2
    assert [e["action"] for e in entries_for("certificate", first.serial)][-2:] == ["certificate.reprint"] * 2
    preview.close()

    click(qtbot, page.revoke_button)
    dialog = page.dialog
    assert not dialog.ok.isEnabled()  # a reason is required
    type_text(qtbot, dialog.reason, "服务期间填写有误")
    assert dialog.ok.isEnabled()
    click(qtbot, dialog.ok)

    def shown_revoked() -> bool:
        return any(r.serial == first.serial and r.status == "revoked" for r in page.model.rows)

    qtbot.waitUntil(shown_revoked, timeout=5000)
    assert Certificate.get(Certificate.serial == first.serial).status == "revoked"
    assert entries_for("certificate", first.serial)[-1]["reason"] == "服务期间填写有误"
    row = next(i for i, r in enumerate(page.model.rows) if r.serial == first.serial)
    assert page.model.index(row, 8).data() == "已作废"
    page.table.selectRow(row)
    assert not page.revoke_button.isEnabled()


def test_verify_by_scanning_the_qr_code_or_typing(qtbot, cert_window, story, actor):
    issued = issue_certificate(story.volunteer.id, actor)
    page = open_page(qtbot, cert_window)
    click(qtbot, page.verify_button)
    dialog = page.dialog
    with qtbot.waitSignal(dialog.checked, timeout=5000) as checked:
        qtbot.keyClicks(dialog.scan, issued.doc.qr_text)  # a USB scanner types the QR text, then Enter
        qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert checked.args[0].status == GENUINE
    assert dialog.result.text().startswith("真实有效") and "张秀英" in dialog.result.text()
    dialog.code.setText(issued.code.replace("-", "").lower())
    with qtbot.waitSignal(dialog.checked, timeout=5000) as checked:
        click(qtbot, dialog.verify_button)
    assert checked.args[0].status == GENUINE
    dialog.code.setText("AAAA-AAAA")
    with qtbot.waitSignal(dialog.checked, timeout=5000) as checked:
        click(qtbot, dialog.verify_button)
    assert checked.args[0].status == UNKNOWN and dialog.result.text().startswith("无法核实")
    from station_app.certificates.register import revoke_certificate

    revoke_certificate(issued.serial, "重复出具", actor)
    dialog.code.setText(issued.code)
    with qtbot.waitSignal(dialog.checked, timeout=5000) as checked:
        click(qtbot, dialog.verify_button)
    assert checked.args[0].status == REVOKED and "重复出具" in dialog.result.text()
    from station_app.protocol import cert_link, signing

    link = cert_link.parse(issued.doc.qr_text)  # the platform's URL form, one hour added to what was signed
    forged = cert_link.make_url("https://volunteer.example.cn", signing.signed_message(
        {**link.fields, "total_minutes": link.fields["total_minutes"] + 60}), link.key_id, link.signature)
    dialog.scan.setText(forged)
    with qtbot.waitSignal(dialog.checked, timeout=5000) as checked:
        qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert checked.args[0].status == "not_genuine" and dialog.result.text().startswith("不是真实证明")
    assert dialog.serial.text() == issued.serial
    dialog.scan.setText("not a certificate")
    dialog.use_scan()
    assert "无法识别" in dialog.result.text()


def test_batch_issue_for_a_team_in_one_pdf(qtbot, cert_window, story, tmp_path):
    page = open_page(qtbot, cert_window)
    click(qtbot, page.batch_button)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.team.count() == 1, timeout=5000)
    assert dialog.team.currentText() == "垃圾分类督导队"
    dialog.path.setText(str(tmp_path / "team.pdf"))
    with qtbot.waitSignal(dialog.finished_batch, timeout=10000) as done:
        click(qtbot, dialog.start_button)
        confirm(qtbot, dialog)
    result = done.args[0]
    assert [n for _s, n in result.issued] == ["张秀英"] and [n for _v, n, _w in result.skipped] == ["李建国"]
    assert "已出具 1 份证明" in dialog.status.text() and "李建国" in dialog.status.text()
    assert result.issued[0][0] in pdftotext(tmp_path / "team.pdf")
    assert not dialog.progress.isVisible() and dialog.cancel_button.text() == "关闭"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)


def test_batch_issue_for_chosen_volunteers_one_file_each_and_cancel(qtbot, cert_window, story, tmp_path):
    page = open_page(qtbot, cert_window)
    page.open_batch()
    dialog = page.dialog
    dialog.picker.set_volunteer(story.volunteer.id, "张秀英")
    dialog.picker.set_volunteer(story.idle.id, "李建国")
    dialog.picker.set_volunteer(story.volunteer.id, "张秀英")  # chosen twice, listed once
    assert dialog.by_list.isChecked() and dialog.volunteer_ids() == [story.volunteer.id, story.idle.id]
    dialog.one_each.setChecked(True)
    dialog.path.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.finished_batch, timeout=10000) as done:
        click(qtbot, dialog.start_button)
        confirm(qtbot, dialog)
    assert [p.name for p in tmp_path.glob("*.pdf")] == [f"{done.args[0].issued[0][0]}_张秀英.pdf"]

    dialog.combined.setChecked(True)
    dialog.path.setText(str(tmp_path / "cancelled.pdf"))
    with qtbot.waitSignal(dialog.finished_batch, timeout=10000) as done:
        click(qtbot, dialog.start_button)
        confirm(qtbot, dialog)
        click(qtbot, dialog.cancel_button)  # while running: cancel, not close
    result = done.args[0]
    assert result.cancelled or len(result.issued) + len(result.skipped) == 2
    assert dialog.isVisible()


def test_the_printer_gets_the_same_pages_as_the_pdf(qtbot, story, actor, tmp_path):
    """QPainter draws the layout the PDF is drawn from: same text, same page count, the font embedded."""
    from station_app.certificates.layout import layout
    from station_app.gui.page_painter import page_image, print_pages

    issued = issue_certificate(story.volunteer.id, actor, annex=True)
    pages = layout(issued.doc)
    print_pages(pdf_printer(tmp_path / "p.pdf"), pages)
    info = subprocess.run(["pdfinfo", str(tmp_path / "p.pdf")], capture_output=True, text=True).stdout
    assert "Pages:           2" in info and "595" in info
    text = pdftotext(tmp_path / "p.pdf")
    for field in (issued.serial, issued.code, "张秀英", PLATFORM_NO, "志愿服务记录证明", "附件：志愿服务记录明细"):
        assert field in text, field
    fonts = subprocess.run(["pdffonts", str(tmp_path / "p.pdf")], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts)
    image = page_image(pages[0], 72)
    assert (image.width(), image.height()) == (595, 842)
    from PySide6.QtGui import QPageSize

    letter = pdf_printer(tmp_path / "letter.pdf")
    letter.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))  # staff chose other paper in the dialog
    print_pages(letter, pages)
    info = subprocess.run(["pdfinfo", str(tmp_path / "letter.pdf")], capture_output=True, text=True).stdout
    assert "612 x 792" in info and issued.serial in pdftotext(tmp_path / "letter.pdf")
