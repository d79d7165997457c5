"""Printing from the window to a real CUPS queue: press 打印…, answer the system print dialog, read the
PDF that cups-pdf wrote back with pdftotext."""

from __future__ import annotations

from station_app.audit.log import entries_for
from station_app.certificates.issue import issue_certificate
from station_app.db.models import AuditEntry, Certificate
from support.certificate_window import open_certificates, reprint_preview
from support.gui import click, confirm, type_text
from support.print_dialog import answer_print_dialog
from support.printing import pdf_pages, read_printed


def flat(text: str) -> str:
    return "".join(text.split())


def test_issue_then_print_through_the_print_dialog_to_a_real_queue(qtbot, cert_window, print_queue):
    page = open_certificates(qtbot, cert_window)
    click(qtbot, page.issue_button)
    dialog = page.dialog
    with qtbot.waitSignal(dialog.picker.matches_shown, timeout=5000):
        type_text(qtbot, dialog.picker.edit, "秀英")
    with qtbot.waitSignal(dialog.planned, timeout=5000):
        dialog.picker.pick_row(0)
    dialog.annex.setChecked(True)
    with qtbot.waitSignal(page.preview_shown, timeout=5000) as shown:
        click(qtbot, dialog.issue_button)
        confirm(qtbot, dialog)
    preview = shown.args[0]
    serial = Certificate.get().serial
    assert preview.frameGeometry().bottom() <= preview.screen().availableGeometry().bottom()

    print_queue.mark()
    click(qtbot, preview.print_button)  # raised TypeError before: QPrintDialog.open() wants a receiver
    with qtbot.waitSignal(preview.printed, timeout=10000):
        answer_print_dialog(qtbot, preview.print_dialog, print_queue.name, pages="1")
    printed = print_queue.wait_for_pdf(qtbot=qtbot)
    text = read_printed(printed)
    assert serial in text and "张秀英" in text and "小时" in text and "副本" not in text
    assert pdf_pages(printed) == 1  # the page range: the certificate without its annex page
    assert "已送往打印机" in preview.info.text() and print_queue.name in preview.info.text()
    assert Certificate.get().copies == 0  # printing the original is not a reprint


def test_a_reprint_printed_through_the_dialog_is_a_counted_copy(qtbot, cert_window, story, actor, print_queue):
    first = issue_certificate(story.volunteer.id, actor)
    preview = reprint_preview(qtbot, cert_window)
    print_queue.mark()
    click(qtbot, preview.print_button)
    with qtbot.waitSignal(preview.printed, timeout=10000):
        answer_print_dialog(qtbot, preview.print_dialog, print_queue.name, copies=2)
    text = read_printed(print_queue.wait_for_pdf(qtbot=qtbot))
    assert first.serial in text and "张秀英" in text and "副本" in text
    assert Certificate.get(Certificate.serial == first.serial).copies == 1  # one act of printing, two sheets
    reprint = entries_for("certificate", first.serial)[-1]
    assert reprint["action"] == "certificate.reprint" and reprint["actor"] == "王站长"
    assert "× 2 份" in preview.info.text() and "第 1 次补打" in preview.info.text()


def test_the_print_preview_shows_the_pages_and_closes(qtbot, cert_window, story, actor, print_queue):
    issue_certificate(story.volunteer.id, actor, annex=True)
    preview = reprint_preview(qtbot, cert_window)
    click(qtbot, preview.preview_button)
    dialog = preview.preview_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    widget = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == len(preview.pages) >= 1, timeout=5000)
    dialog.reject()
    assert Certificate.get().copies == 0  # looking is not printing


def test_volunteer_cards_print_through_the_dialog(qtbot, window, print_queue):
    from station_app.audit import Actor
    from station_app.roster.service import add_volunteer
    from station_app.roster.validation import VolunteerInput
    from support.core import make_id

    add_volunteer(VolunteerInput(name="白洋淑", id_number=make_id("110105", "19600202", 123), phone="13700137000",
                                 platform_no="BJ2026000777", team="巡逻队"), Actor("测试值班员", role="admin"))
    page = window.roster_page
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.refresh()
    print_queue.mark()
    click(qtbot, page.cards_button)
    qtbot.waitUntil(lambda: getattr(page, "print_flow", None) is not None and page.print_flow.dialog is not None,
                    timeout=5000)
    answer_print_dialog(qtbot, page.print_flow.dialog, print_queue.name)
    text = read_printed(print_queue.wait_for_pdf(qtbot=qtbot))
    assert "白洋淑" in text and "BJ2026000777" in text and "志愿者证" in text
    qtbot.waitUntil(lambda: AuditEntry.select().where(AuditEntry.action == "cards.print").count() == 1, timeout=5000)


def test_batch_issue_for_a_team_then_print_them_all_in_one_job(qtbot, cert_window, story, actor, print_queue,
                                                                tmp_path):
    import datetime as dt

    from station_app.hours import records, review
    from station_app.hours.records import RecordInput
    from station_app.hours.times import local_time
    from station_app.roster.service import add_volunteer
    from station_app.roster.validation import VolunteerInput
    from support.core import make_id

    bai = add_volunteer(VolunteerInput(name="白洋淑", id_number=make_id("110105", "19600202", 123),
                                       phone="13700137000", team="垃圾分类督导队"), actor)
    rec = records.add_record(RecordInput(bai.id, story.traffic.id, local_time(dt.date(2024, 6, 3), "09:00"),
                                         local_time(dt.date(2024, 6, 3), "11:00")), actor)
    review.approve([rec.id], actor)
    page = open_certificates(qtbot, cert_window)
    click(qtbot, page.batch_button)
    dialog = page.dialog
    assert not dialog.print_button.isEnabled() and dialog.print_button.toolTip()  # says why
    qtbot.waitUntil(lambda: dialog.team.count() == 1, timeout=5000)
    dialog.path.setText(str(tmp_path / "team.pdf"))
    with qtbot.waitSignal(dialog.finished_batch, timeout=10000) as done:
        click(qtbot, dialog.start_button)
        confirm(qtbot, dialog)
    serials = [s for s, _n in done.args[0].issued]
    assert len(serials) == 2
    print_queue.mark()
    click(qtbot, dialog.print_button)
    qtbot.waitUntil(lambda: getattr(dialog, "print_flow", None) is not None, timeout=5000)
    with qtbot.waitSignal(dialog.printed, timeout=10000):
        answer_print_dialog(qtbot, dialog.print_flow.dialog, print_queue.name)
    printed = print_queue.wait_for_pdf(qtbot=qtbot)
    text = read_printed(printed)
    assert "张秀英" in text and "白洋淑" in text and serials[0] in text  # the first page's QR carries its serial
    assert pdf_pages(printed) == 2 and "已送往打印机" in dialog.status.text()
